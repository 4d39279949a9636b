# co_stacksize, and the frame and generator sizes it makes, for code with exception
# handlers, with blocks, comprehensions, decorators, asserts, `is None` tests and big
# dict displays: CPython 3.11's compiler keeps on its stack what refpy keeps elsewhere.
import sys


def handler():
    try:
        x = 1
    except ValueError as e:
        pass


def with_block():
    with open(__file__) as f:
        pass


def nested_withs():
    with a:
        with b:
            with c:
                pass


def finally_in_loop(a, b):
    for i in range(a):
        try:
            yield i
        finally:
            print(b)


def except_in_except():
    try:
        pass
    except Exception as e:
        try:
            pass
        except Exception as f:
            with x:
                pass


def comprehensions(x):
    return [y for y in x if y], (y for y in x)


def decorated():
    @dec1
    @dec2(1, 2)
    def g(a=1, *, b=2):
        pass


def asserting():
    assert x, y


def none_tests(a):
    if a.b is None:
        return 1
    while True:
        if a is not None:
            break


def raising(*args):
    raise


def big_dict(a):
    return {(False, i): a for i in ()}, {
        (0, 0): a, (0, 1): a, (0, 2): a, (0, 3): a, (1, 0): a, (1, 1): a, (1, 2): a,
        (1, 3): a, (2, 0): a, (2, 1): a, (2, 2): a, (2, 3): a, (3, 0): a, (3, 1): a,
        (3, 2): a, (3, 3): a,
    }


def async_parts():
    async def g():
        async with a as b:
            async for i in c:
                await d
    return g


for f in (handler, with_block, nested_withs, finally_in_loop, except_in_except,
          comprehensions, decorated, asserting, none_tests, raising, big_dict):
    print(f.__name__, f.__code__.co_stacksize)
print('async g', async_parts().__code__.co_stacksize)


def gen_with():
    with open(__file__) as f:
        try:
            yield f
        except Exception:
            pass


g = gen_with()
print('generator', sys.getsizeof(g))
next(g)
print('started', sys.getsizeof(g))
g.close()
print('closed', sys.getsizeof(g))
print('finally generator', sys.getsizeof(finally_in_loop(1, 2)))


def running_frame(a, b):
    c = [a, b]
    return sys.getsizeof(sys._getframe())


print('running frame', running_frame(1, 2))
print('module frame', sys.getsizeof(sys._getframe()) - 8 * compile(open(__file__).read(), __file__, 'exec').co_stacksize)
