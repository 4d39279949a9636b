# A script in the style of a memory tutorial, written without looking at refpy.
import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-2**100))
print(sys.getsizeof(''), sys.getsizeof('a'), sys.getsizeof('é'), sys.getsizeof('€'), sys.getsizeof('😀'), sys.getsizeof('abc' * 10))
print(sys.getsizeof(b''), sys.getsizeof(b'ab'), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(bytearray()))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1,2,3]), sys.getsizeof(list(range(10))))
L = []
sizes = []
for i in range(30):
    L.append(i); sizes.append(sys.getsizeof(L))
print(sorted(set(sizes)))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof({}), sys.getsizeof({1: 2}), sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof(frozenset()))
print(sys.getsizeof(1.0), sys.getsizeof(1j), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(range(10)), sys.getsizeof(slice(1)))
class A: pass
class B:
    __slots__ = ('a', 'b')
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(A().__dict__), sys.getsizeof(A), sys.getsizeof(lambda: 0))
def gen(): yield 1
print(sys.getsizeof(gen()), sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter({})), sys.getsizeof(reversed([])))
print(sys.getsizeof([x for x in range(100)]), sys.getsizeof(list(range(100))), sys.getsizeof([0] * 100))
print(sys.getsizeof({i: i for i in range(100)}), sys.getsizeof(dict.fromkeys(range(100))), sys.getsizeof(set(range(100))))
print(sys.getsizeof(str(10**50)), sys.getsizeof(repr(1.5)), sys.getsizeof(object()), sys.getsizeof(type))
