# Helper of fix_frame_namespaces.py: these functions reach globals(), locals(), vars(),
# dir(), eval() and exec() indirectly, from this module.
import sys

WHERE = 'helper module'


def via_alias():
    f = globals
    return f()['WHERE']


def via_iter():
    return next(iter(globals, None))['WHERE']


def via_map():
    return list(map(eval, ['WHERE']))


def locals_iter():
    a = 1
    return sorted(next(iter(locals, None)))


def vars_iter():
    b = 2
    return sorted(next(iter(vars, None)))


def dir_iter():
    c = 3
    return next(iter(dir, None))


def eval_map_local():
    d = 4
    return list(map(eval, ['d', 'WHERE']))


def exec_map():
    ns = {}
    list(map(exec, ['r = WHERE'], [None], [ns]))
    return ns['r']


def exec_map_globals():
    list(map(exec, ['EXECUTED = WHERE']))
    return globals().get('EXECUTED')


def caller_locals():
    e = 5
    return inner_caller_locals()


def inner_caller_locals():
    return sorted(sys._getframe(1).f_locals)


def class_body():
    class K:
        x = 1
        seen = sorted(next(iter(locals, None)))
    return K.seen
