# linecache: the cache itself, pseudo file names, lazycache with a loader, sys.path
# search, clearcache.
import linecache
import os
import sys


def show(*args):
    print(*[repr(a) for a in args])


print(linecache.__all__)
show(linecache.cache)
show(linecache.getlines('<string>'), linecache.getlines(''), linecache.getline('<stdin>', 1))
show(linecache.updatecache('<frozen x>'), '<frozen x>' in linecache.cache)

# A relative name is looked for along sys.path: this script's folder is on it.
me = os.path.basename(__file__)
show(linecache.getline(me, 1))
entry = linecache.cache[me]
show(len(entry), entry[3] == os.path.join(os.path.dirname(os.path.abspath(__file__)), me)
     or entry[3] == os.path.join(sys.path[0], me))
show(linecache.getline('no_such_module_file.py', 1), 'no_such_module_file.py' in linecache.cache)


class Loader:
    def get_source(self, name):
        return 'source of ' + name + '\nsecond line\n\nfourth'


class NoSource:
    def get_source(self, name):
        return None


class Failing:
    def get_source(self, name):
        raise ImportError('cannot')


g = {'__name__': 'mymod', '__loader__': Loader()}
show(linecache.lazycache('mymod.py', g))
show(len(linecache.cache['mymod.py']), linecache.cache['mymod.py'][0].args)
show(linecache.lazycache('mymod.py', g))
show(linecache.getlines('mymod.py'))
show(linecache.cache['mymod.py'])
show(linecache.lazycache('mymod.py', g))
linecache.checkcache('mymod.py')
show('mymod.py' in linecache.cache)
show(linecache.getline('other.py', 2, g), linecache.cache['other.py'][0])
show(linecache.getline('nosrc.py', 1, {'__name__': 'n', '__loader__': NoSource()}),
     'nosrc.py' in linecache.cache)
show(linecache.getline('fails.py', 1, {'__name__': 'f', '__loader__': Failing()}),
     len(linecache.cache['fails.py']))


class Spec:
    loader = Loader()


show(linecache.lazycache('spec.py', {'__name__': 'specmod', '__spec__': Spec()}))
show(linecache.getline('spec.py', 1))
show(linecache.lazycache('<stdin>', g), linecache.lazycache('', g))
show(linecache.lazycache('q.py', None), linecache.lazycache('q.py', {}),
     linecache.lazycache('q.py', {'__name__': 'q'}),
     linecache.lazycache('q.py', {'__name__': '', '__loader__': Loader()}))
show(linecache.getline('/abs/missing.py', 1, g), '/abs/missing.py' in linecache.cache)

linecache.clearcache()
show(linecache.cache)
linecache.checkcache()
linecache.checkcache('not cached')
show(linecache.getline('mymod.py', 1))
