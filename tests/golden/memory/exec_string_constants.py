# exec() and eval() of a string keep its parsed tree while the code runs
# (PyRun_StringFlags frees the arena after run_mod): constants count that reference then,
# and lose it when the call returns.
import sys
ns = {}
src = """
import sys
x = 'exec const str'
y = (4.5, 5.5)
z = 12345678
print(sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(z))
def f():
    'exec doc'
print(sys.getrefcount(f.__doc__))
"""
exec(src, ns)
print(sys.getrefcount(ns['x']), sys.getrefcount(ns['y']), sys.getrefcount(ns['z']))
print(eval("sys.getrefcount('eval str!')"))
code = compile("w = 'compiled str'\nprint(sys.getrefcount(w))", "<c>", "exec")
exec(code)
