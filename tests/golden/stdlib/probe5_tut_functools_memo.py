import functools, time
calls = []
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    calls.append(n)
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(10), ways(100), len(calls), ways.cache_info())
def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def wrapper(*args):
        print('  ' * depth[0] + f'{fn.__name__}{args}')
        depth[0] += 1
        try:
            return fn(*args)
        finally:
            depth[0] -= 1
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4), fact.__name__, fact.__qualname__, fact.__wrapped__.__name__)
pow2 = functools.partial(pow, exp=2)
print(list(map(pow2, range(5))), pow2.keywords)
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: acc.get(kv[0], 0) + kv[1]}, [('a', 1), ('b', 2), ('a', 3)], {}))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s + '!')('  hi '))
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print('computing area')
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2); print(c.area, c.area); c.r = 3; print(c.area); del c.area; print(c.area)
@functools.singledispatch
def to_json(o): raise TypeError(f'cannot serialize {type(o).__name__}')
@to_json.register(int)
@to_json.register(float)
def _(o): return str(o)
@to_json.register(list)
def _(o): return '[' + ','.join(to_json(x) for x in o) + ']'
@to_json.register(dict)
def _(o): return '{' + ','.join(f'"{k}":{to_json(v)}' for k, v in o.items()) + '}'
print(to_json({'a': [1, 2.5], 'b': {'c': 3}}))
try:
    to_json({1})
except TypeError as e:
    print('TypeError', e)
class Shape:
    @functools.singledispatchmethod
    def scale(self, arg): raise NotImplementedError(type(arg).__name__)
    @scale.register
    def _(self, arg: int): return f'int {arg}'
    @scale.register
    def _(self, arg: tuple): return f'tuple {arg}'
print(Shape().scale(3), Shape().scale((1, 2)))
try:
    Shape().scale('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
