# A generator's frame before it starts stands at the `def` line (the first decorator's
# line for a decorated one); then at each suspended `yield`.


def plain():
    x = 1
    yield x
    yield x + 1


g = plain()
print("unstarted", g.gi_frame.f_lineno - plain.__code__.co_firstlineno, g.gi_frame.f_lasti)
next(g)
print("first yield", g.gi_frame.f_lineno - plain.__code__.co_firstlineno)
next(g)
print("second yield", g.gi_frame.f_lineno - plain.__code__.co_firstlineno)
print("finished", list(g), g.gi_frame)


def deco(f):
    return f


@deco
def decorated():
    yield 1


d = decorated()
print("decorated", d.gi_frame.f_lineno - decorated.__code__.co_firstlineno)

ge = (i for i in range(2))
print("genexp", ge.gi_frame.f_lineno == ge.gi_code.co_firstlineno)


async def coro():
    return 1


c = coro()
print("coroutine", c.cr_frame.f_lineno - coro.__code__.co_firstlineno)
c.close()


def closed_early():
    yield 1


e = closed_early()
e.close()
print("closed unstarted", e.gi_frame)
