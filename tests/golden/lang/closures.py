def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(10))
fs = [lambda i=i: i * i for i in range(4)]
late = [lambda: i for i in range(4)]
print([f() for f in fs], [f() for f in late])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer(), c.__code__.co_freevars, c.__closure__[0].cell_contents)
