# Fixes found by the dunder tables work: slice() arity, bytes membership, O(1) range
# membership, and operators overridden by subclasses of builtins.
try:
    slice()
except TypeError as e: print('TypeError', e)
print(b'b' in b'ab', b'' in b'ab', 98 in b'ab', bytearray(b'b') in b'ab', b'ab' in bytearray(b'xab'))
class I(int):
    def __add__(self, o): return 'I.add'
    def __radd__(self, o): return 'I.radd'
    def __mul__(self, o): return 'I.mul'
print(I(1) + 2, 2 + I(1), I(2) * 3, I(3) - 1)
class S(str):
    def __add__(self, o): return 'S.add'
print(S('a') + 'b', 'b' + S('a'))
class L(list):
    def __add__(self, o): return 'L.add'
    def __len__(self): return 42
print(L() + [], len(L()))
class F(float):
    def __lt__(self, o): return 'F.lt'
print(F(1.0) < 2)
print(10**9 in range(10**10), 10**9 + 1 in range(0, 10**10, 2), 5 in range(10, 0, -1), 0 in range(10, 0, -1), True in range(3), 2.0 in range(3), -3 in range(-1, -10, -2))
for bad in [256, -1, 'a']:
    try:
        print(bad in b'ab')
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
