# globals(), locals(), vars(), dir(), eval() and exec() reached indirectly (an alias,
# map, iter(callable, sentinel)) see the innermost running Python frame, not
# __main__; sys._getframe(n).f_locals of a running caller works too.
import sys
sys.dont_write_bytecode = True
import mod_fix_frames as m

WHERE = 'main'
for name in ['via_alias', 'via_iter', 'via_map', 'locals_iter', 'vars_iter', 'dir_iter',
             'eval_map_local', 'exec_map', 'exec_map_globals', 'caller_locals', 'class_body']:
    print(name, getattr(m, name)())
print('EXECUTED' in globals(), hasattr(m, 'EXECUTED'))

print('-- at module level')
print(next(iter(globals, None)) is globals(), next(iter(locals, None)) is globals())
print(list(map(eval, ['WHERE'])))


def here():
    z = 'local z'
    g = globals
    return g() is globals(), next(iter(locals, None)), list(map(eval, ['z']))


print(here())

print('-- f_locals of frames further down')


def level1():
    l1 = 'one'
    return level2()


def level2():
    l2 = 'two'
    return [sorted(sys._getframe(i).f_locals) for i in range(3)]


print(level1()[:2])
print('l1' in level1()[1], 'WHERE' in level1()[2])
