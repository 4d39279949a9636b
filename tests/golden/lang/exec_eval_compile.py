# eval, exec and compile: modes, namespaces (the calling frame, dicts, any mapping for
# locals), __builtins__ insertion, errors; the builtins module.
import builtins
import sys


def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


x = 10
print(eval("x + 1"), eval("  x * 2\n\n"), eval(b"x - 1"))
exec("y = x + 5")
print(y)
g = {}
exec("a = 1\nb = a + 1", g)
print(sorted(k for k in g), g['a'], g['b'], g['__builtins__'] is builtins.__dict__)
g2 = {'__builtins__': {}}
exec("z = 3", g2)
print(g2['__builtins__'], g2['z'])
loc = {}
exec("c = 5\nd = c * 2", {}, loc)
print(loc)
print(eval("p + q", {'p': 1}, {'q': 2}))


class Mapping:
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)


print(eval("magic", {}, Mapping()))


def f():
    v = 7
    print(eval("v * 3"))
    exec("w = v + 1")
    print('v' in locals())
    return eval("v + 100")


print(f())
code = compile("1 + 2", "<mine>", "eval")
print(type(code).__name__, code.co_filename, eval(code))
code = compile("r = 5\nprint('exec', r)", "fname", "exec")
print(exec(code))
code = compile("6 * 7", "<s>", "single")
exec(code)
show(lambda: exec('a\x00b'))
show(lambda: compile('1', 'f', 'eval', 0x8000000))
show(lambda: eval('1', {}, 3))
show(lambda: exec('1', [], 3))
show(lambda: exec('1', {}, 3))
show(lambda: eval(3))
show(lambda: exec(3))
show(lambda: compile(3, 'f', 'exec'))
show(lambda: compile('1', 'f', 'bad'))
show(lambda: compile('1', 3, 'exec'))
show(lambda: compile('1', 'f'))
show(lambda: eval(code, {}, {}, 4))
show(lambda: eval())
show(lambda: eval('1', globals={}))
show(lambda: exec('1', closure=3))
show(lambda: eval('1', {}.keys()))
for src, mode in [('1+', 'eval'), ('x = 1\nreturn 5', 'exec'), ('x = 1', 'eval'), ('def f(:', 'exec')]:
    try:
        compile(src, '<string>', mode)
    except SyntaxError as e:
        print("SyntaxError", e, repr(e.text), e.filename, e.lineno, e.offset)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(builtins.print is print, builtins.len is len, builtins.__name__)
builtins.my_global = 99
print(my_global)
del builtins.my_global
show(lambda: my_global)
print(callable(breakpoint))
e = eval
print(e("x"))
print(sys.getrefcount(g) >= 2)
