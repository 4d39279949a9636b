# A code object's co_consts and co_names are real tuples, the same object on every read,
# merged with equal constants of the same compilation (makecode's merge_const_one): the
# collector finds a nested code object through its parent's co_consts until a collection
# untracks that tuple (it holds only atoms: code objects are no containers).
import gc
import sys

def outer():
    def inner():
        pass
    return inner

c = outer.__code__
print(c.co_consts is c.co_consts, c.co_names is c.co_names, type(c.co_consts).__name__)
inner_code = [k for k in c.co_consts if hasattr(k, 'co_name')][0]
print(sorted(type(r).__name__ for r in gc.get_referrers(inner_code)))
print(gc.is_tracked(c.co_consts), sys.getrefcount(c.co_consts))
gc.collect()
print(gc.is_tracked(c.co_consts))
print(sorted(type(r).__name__ for r in gc.get_referrers(inner_code)))

def a():
    pass

def b():
    pass

def c2():
    return (None,)

print(a.__code__.co_consts is b.__code__.co_consts, c2() is a.__code__.co_consts)

def d():
    return xx.yy

def e():
    return xx.yy

print(d.__code__.co_names is e.__code__.co_names, d.__code__.co_names)
code = compile("def k():\n    return 'k k'\n", "<s>", "exec")
print(gc.is_tracked(code.co_consts), [type(x).__name__ for x in code.co_consts])
k_code = code.co_consts[0]
print(k_code.co_consts, sys.getrefcount(k_code.co_consts[1]))
