# Assigning an exception's __traceback__ releases the old traceback at once (its frames
# and their locals die then); __context__, __cause__ and __suppress_context__ are
# checked as in CPython.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def fail(p):
    loc = D('frame-local')
    raise RuntimeError(p)
def run():
    try:
        fail(D('arg'))
    except Exception as e:
        kept = e
    print('-- before reset')
    kept.__traceback__ = None
    print('-- after reset', kept.__traceback__)
    kept.__context__ = KeyError(D('context'))
    kept.__context__ = None
    print('-- context cleared')
    kept.__cause__ = ValueError(D('cause'))
    print(kept.__suppress_context__)
    kept.__cause__ = None
    print('-- cause cleared', kept.__suppress_context__)
    kept.__suppress_context__ = False
    print(kept.__suppress_context__, kept.__dict__)
    for bad in [lambda: setattr(kept, '__traceback__', 1),
                lambda: delattr(kept, '__traceback__'),
                lambda: setattr(kept, '__context__', 1),
                lambda: delattr(kept, '__context__'),
                lambda: setattr(kept, '__cause__', KeyError),
                lambda: delattr(kept, '__cause__'),
                lambda: setattr(kept, '__suppress_context__', 0),
                lambda: delattr(kept, '__suppress_context__')]:
        try:
            bad()
        except TypeError as exc:
            print('TypeError', exc)
    try:
        1 / 0
    except ZeroDivisionError as z:
        tb = z.__traceback__
    kept.__traceback__ = tb
    print(kept.__traceback__ is tb, tb.tb_lineno > 0)
run()
print('end')
