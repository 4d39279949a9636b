# list.sort(key=...) calls the key in list order, even with reverse=True, and releases
# the keys in sorted order; a failing key releases the keys made so far, last first.
class D:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        return self.name < other.name
    def __repr__(self):
        return self.name
    def __del__(self):
        print('del', self.name)
def key(d):
    print('key', d.name)
    return D(d.name + 'k')
for rev in [False, True]:
    lst = [D('b'), D('a'), D('c'), D('a')]
    lst.sort(key=key, reverse=rev)
    print(lst)
    del lst
    print('--')
def bad(d):
    if d.name == 'c':
        raise ValueError('bad key')
    return D(d.name + 'k')
lst = [D('b'), D('a'), D('c'), D('d')]
try:
    lst.sort(key=bad)
except ValueError as e:
    print('error', e, lst)
del lst
print(sorted([D('y'), D('x')], key=key, reverse=True))
print('end')
