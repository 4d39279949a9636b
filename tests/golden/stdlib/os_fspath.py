# os.fspath: __fspath__ looked up on the type and bound as a special method; the
# errors for missing or bad results; os.PathLike; path-like arguments of open/os.
import os, pathlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def __fspath__(self): return 'a'
class B:
    __fspath__ = None
class C:
    @classmethod
    def __fspath__(cls): return cls.__name__
class D:
    @staticmethod
    def __fspath__(): return b'd'
class E:
    def __fspath__(self): return 5
class F:
    @property
    def __fspath__(self): return lambda: 'prop'
class G: pass
g = G(); g.__fspath__ = lambda: 'inst'
class H(str):
    def __fspath__(self): return 'h'
class I:
    def __fspath__(self): raise KeyError('k')
class J(A): pass
for x in [A(), B(), C(), D(), E(), F(), g, H('hs'), I(), J(), 'x', b'y', 3, None, pathlib.PurePosixPath('p/q')]:
    t(lambda: os.fspath(x))
    t(lambda: isinstance(x, os.PathLike))
t(lambda: issubclass(B, os.PathLike))
t(lambda: issubclass(A, os.PathLike))
t(lambda: os.PathLike.register(G))
t(lambda: isinstance(g, os.PathLike))
t(lambda: os.fspath())
t(lambda: os.fspath(path='x'))
import tempfile
with tempfile.TemporaryDirectory() as d:
    class P:
        def __init__(self, p): self.p = p
        def __fspath__(self): return self.p
    p = P(os.path.join(d, 'f'))
    with open(p, 'w') as f: f.write('hi')
    t(lambda: open(p).read())
    t(lambda: os.stat(p).st_size)
    t(lambda: os.path.exists(p))
    t(lambda: os.path.getsize(p))
    t(lambda: os.path.basename(p))
    t(lambda: os.listdir(P(d)))
    t(lambda: os.path.join(P(d), 'x') == os.path.join(d, 'x'))
    t(lambda: open(P(os.path.join(d, 'f').encode())).read())

    t(lambda: open(E()))
    t(lambda: open(B()))
    t(lambda: os.stat(E()))
    t(lambda: os.remove(p))
    t(lambda: os.path.exists(p))
