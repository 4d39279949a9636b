# Flag and IntFlag: combination, iteration, containment, inversion, pseudo-members,
# boundaries, reprs as 3.11 prints them.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), rw.value, rw.name)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R), Perm(0).name)
print(list(Perm), list(rw), list(Perm.RWX), list(Perm(0)), len(rw), len(Perm.RWX))
print(Perm.R in rw, Perm.X in rw, Perm.RWX in rw, rw in Perm.RWX)
print(repr(~Perm.R), repr(~rw), repr(~Perm.RWX), repr(~Perm(0)))
print(repr(rw & Perm.R), repr(rw ^ Perm.RWX), repr(Perm.R | Perm.W | Perm.X), Perm(7) is Perm.RWX)
print(Perm(3), Perm(6) is rw, Perm['RWX'], Perm.__members__.keys())
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in rw
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.BLUE.value, Color.WHITE, repr(Color.RED | Color.BLUE))
print([m.name for m in Color.WHITE], Color(5))


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IP.R | IP.W), str(IP.R | IP.W), format(IP.R), f'{IP.W | IP.X:b}')
print(repr(IP(8)), repr(IP.R | 8), repr(~IP.R), repr(IP(0)), IP(0), IP.R | 8)
print(IP.R + 1, IP.R == 4, isinstance(IP.R, int), IP.R & 6, repr(IP.R & 6), repr(6 & IP.R))
print(list(IP.R | IP.X), IP.W in (IP.R | IP.W), len(IP(7)))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)).__name__, repr(Keep(7)), repr(Eject(3)))
print(Perm._boundary_, IP._boundary_, Conform._boundary_ is CONFORM, STRICT)
