# The compiler folds complex arithmetic on constants as CPython 3.11's ast_opt.c does:
# `1+2j`, `-2j`, `-(1+2j)`, `2 ** -1j` become one complex constant (a negative zero real
# part kept), tuples of them fold into one tuple constant, and equal constants in one
# code object are one object.
def f():
    a = 1+2j
    b = -1
    c = -1.5
    d = 2j
    e = -2j
    g = 1-2j
    h = -(1+2j)
    i = (1, -2j, 3+0j)
    j = -0.0
    k = 1+2j
    return a is k


print(f.__code__.co_consts)
print(f())


def g():
    return 1+2j, 1+2j


x, y = g()
print(x is y, g.__code__.co_consts)
print(compile('-5', '', 'eval').co_consts, compile('-(5)', '', 'eval').co_consts,
      compile('-0', '', 'eval').co_consts)
print(compile('x = 1j + 1', '', 'exec').co_consts)
print(compile('x = (0.0, -0.0, 0j, -0j)', '', 'exec').co_consts)
print(compile('x = 2 ** -1j', '', 'exec').co_consts)
print(compile('x = (1+2j) * (3-4j), (1+2j) / (3-4j), 1j / 0, 0j ** -1', '', 'exec').co_consts)
print(compile('x = 1.5 + 2j, 2j - 1.5, True + 1j, ~1j, 1j % 2, 1j // 2', '', 'exec').co_consts)
print(compile('x = 10 ** 400 + 1j', '', 'exec').co_consts[1:])


def h():
    return 1.0, 1, 1j, 0.0, -0.0


print(h.__code__.co_consts)
match 1-2j:
    case -1-2j:
        print('no')
    case 1-2j:
        print('complex value pattern')
