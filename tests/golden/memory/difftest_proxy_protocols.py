# A weakref proxy has every slot, whatever its referent has: bytes(), bytearray(),
# list() and the like take a TypeError from its __index__ or __len__ as "not that", and
# its __bytes__ and __reversed__ call the referent's methods by name. pow() with a
# modulus tries each operand's slot in turn (ternary_op), proxies unwrapping theirs.
# Found by scripts/difftest (wr_proxy_protocols: weakref_2_1, weakref_2_15, weakref_2_20).
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class B:
    def __bytes__(self):
        return None


class P:
    def __pow__(self, a, m=None):
        return ('pow', a, m)


class L:
    def __len__(self):
        raise TypeError('no len')

    def __iter__(self):
        return iter([1, 2])


class H:
    def __iter__(self):
        return iter([1])

    def __length_hint__(self):
        raise TypeError('no hint')


class S:
    def __iter__(self):
        return iter('ab')

    def __length_hint__(self):
        return 'many'


k, b, p, seq = K(3), B(), P(), [1, 2, 3]
for f in [lambda: list(weakref.proxy(K(2))), lambda: [*weakref.proxy(K(2))], lambda: list(L()), lambda: list(H()),
          lambda: list(S()), lambda: bytes(weakref.proxy(k)), lambda: bytes(weakref.proxy(b)), lambda: bytes(b),
          lambda: bytearray(weakref.proxy(K(2))), lambda: bytearray(weakref.proxy(b)), lambda: [10, 20][weakref.proxy(k)],
          lambda: list(reversed(weakref.proxy(seq))), lambda: reversed(weakref.proxy(k)),
          lambda: pow(k, 2, 7), lambda: pow(2, k, 7), lambda: pow(2, 3, k), lambda: pow(weakref.proxy(k), 2, 7),
          lambda: pow(weakref.proxy(p), 2, 7), lambda: pow(2, weakref.proxy(p), 5), lambda: pow(p, 2, 3),
          lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0), lambda: pow(1j, 2, 3),
          lambda: pow(2, 3, True), lambda: pow(True, 2, 3), lambda: pow(2, -1, 7), lambda: pow('a', 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
