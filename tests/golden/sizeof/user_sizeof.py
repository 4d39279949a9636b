# sys.getsizeof calls __sizeof__ and adds the GC header (16 bytes), plus 16 for the
# managed __dict__ of ordinary instances. Bad results raise as in CPython.
import sys


class Fixed:
    def __sizeof__(self):
        return 10


class SlotFixed:
    __slots__ = ()

    def __sizeof__(self):
        return True


class Grows(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000


print(sys.getsizeof(Fixed()), sys.getsizeof(SlotFixed()))
print(sys.getsizeof(Grows()))
print([].__sizeof__(), (1, 2).__sizeof__(), {}.__sizeof__(), (5).__sizeof__(), 'ab'.__sizeof__(),
      object().__sizeof__(), set().__sizeof__(), bytearray(b'x').__sizeof__())


class Bad:
    def __init__(self, value):
        self.value = value

    def __sizeof__(self):
        return self.value


for value in ['a', 1.5, -1, 2 ** 70, None]:
    try:
        print(sys.getsizeof(Bad(value)))
    except Exception as e:
        print(type(e).__name__, e)
print('default replaces a TypeError:', sys.getsizeof(Bad('a'), 'dflt'))
try:
    sys.getsizeof(Bad(-1), 'dflt')
except ValueError as e:
    print('but not a ValueError:', e)
