# A method descriptor checks its receiver's type before anything else (descr_check in
# method_vectorcall_*): before its argument count, and even where refpy's str, bytes and
# bytearray (or set and frozenset) share an implementation. Subclass receivers pass.
import re


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
    else:
        print('ok', repr(r))


class S(str):
    pass


class B(bytes):
    pass


class L(list):
    pass


types = (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex)
receivers = (1.5, None, 'ab', b'ab', bytearray(b'ab'), [1], (1,), {1: 2}, {1}, frozenset({1}), 7)
for T in types:
    for name in sorted(vars(T)):
        attr = vars(T)[name]
        if type(attr).__name__ != 'method_descriptor' or name.startswith('__'):
            continue
        for recv in receivers:
            if isinstance(recv, T):
                continue
            try:
                attr(recv)
            except TypeError as e:
                print(T.__name__, name, type(recv).__name__, re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
            except Exception as e:
                print(T.__name__, name, type(recv).__name__, type(e).__name__)
show(lambda: str.upper(b'x'))
show(lambda: bytes.upper('x'))
show(lambda: bytearray.hex(b'x'))
show(lambda: bytes.hex(bytearray(b'x')))
show(lambda: str.join(b',', []))
show(lambda: str.upper(S('x')))
show(lambda: bytes.upper(B(b'x')))
show(lambda: list.append(L(), 1))
show(lambda: set.add(frozenset(), 1))
show(lambda: frozenset.union(set([1]), [2]))
show(lambda: str.replace(1, x=2))
show(lambda: list.append())
show(lambda: list.append(x=1))
show(lambda: dict.fromkeys([1]))
show(lambda: int.__add__(1.5, 2))
show(lambda: str.__len__(b'ab'))
