# difftest release seed=2800 i=145 (minimized): an lru_cache's dict was made untracked and
# became tracked at its first entry, after the arguments and result it holds; at exit
# the collector finalizes them in that list order.
class D:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return sum(map(ord, self.name))
    def __del__(self):
        print('del', self.name)
import functools
@functools.lru_cache(maxsize=None)
def fn1(x, *rest):
    return D('r' + x.name)
arg6 = D('d2')
fn1(arg6, 1)
fn1(D('d3'))
