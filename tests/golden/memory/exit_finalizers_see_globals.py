# At exit, the main module leaves sys.modules; its namespace, in a cycle with its
# functions, is freed by the final collection, whose finalizers still see every global
# (creation order), including a suspended generator's `finally`.
import gc
gc.disable()


class E:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name, type(helper).__name__, LABEL)


def gen(tag):
    e = E('in-' + tag)
    try:
        yield 1
    finally:
        print('finally', tag, type(helper).__name__)


first = E('first')
LABEL = 'label'
it = gen('it')
next(it)


def helper():
    pass


last = E('last')
box = [E('boxed')]
print('end of script')
