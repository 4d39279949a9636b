# A dying exception releases its __dict__ (notes included), then its args, traceback,
# __cause__ and __context__ (`BaseException_clear`'s order); a builtin subclass's own
# fields go first. (difftest: rel_exc_chain)
class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


e = ValueError(D('args'))
e.attr = D('dict')
e.add_note('n')
e.__notes__.append(D('notes'))
e.__cause__ = KeyError(D('cause'))
e.__context__ = TypeError(D('context'))


def f():
    x = D('tbframe')
    raise e


try:
    f()
except ValueError:
    pass
print('drop')
del e


def raiser():
    try:
        try:
            raise KeyError(D('inner_args'))
        except KeyError as inner:
            raise TypeError(D('outer_args')) from inner
    except TypeError as outer:
        return outer


exc = raiser()
exc.__context__.extra = D('inner_dict')
print('drop chain')
del exc

s = StopIteration(D('si_args'))
s.value = D('si_value')
s.more = D('si_dict')
print('drop StopIteration')
del s

o = OSError(2, D('strerror'), D('filename'))
o.extra = D('os_dict')
print('drop OSError')
del o
print('end')
