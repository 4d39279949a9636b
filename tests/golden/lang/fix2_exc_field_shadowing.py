import sys
# every builtin exception field, shadowed by a property in a subclass
FIELDS = [
    (BaseException, ('args',), ()),
    (Exception, ('args', '__traceback__', '__cause__', '__context__', '__suppress_context__'), ()),
    (ImportError, ('msg', 'name', 'path', 'args'), ('m',)),
    (ModuleNotFoundError, ('msg', 'name', 'path'), ('m',)),
    (OSError, ('errno', 'strerror', 'filename', 'filename2', 'args'), (2, 'nf', 'f', None, 'g')),
    (FileNotFoundError, ('errno', 'strerror', 'filename', 'filename2'), (2, 'nf', 'f')),
    (SystemExit, ('code', 'args'), (3,)),
    (StopIteration, ('value',), (4,)),
    (StopAsyncIteration, ('args',), (4,)),
    (SyntaxError, ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'), ('bad', ('f', 1, 2, 't', 1, 3))),
    (IndentationError, ('msg', 'lineno'), ('bad', ('f', 1, 2, 't'))),
    (UnicodeDecodeError, ('encoding', 'object', 'start', 'end', 'reason'), ('utf-8', b'\xff', 0, 1, 'bad')),
    (UnicodeEncodeError, ('encoding', 'object', 'start', 'end', 'reason'), ('ascii', '\xff', 0, 1, 'bad')),
    (UnicodeTranslateError, ('object', 'start', 'end', 'reason'), ('\xff', 0, 1, 'bad')),
    (AttributeError, ('name', 'obj'), ('x',)),
    (NameError, ('name',), ('x',)),
    (KeyError, ('args',), ('k',)),
]
for base, names, args in FIELDS:
    for n in names:
        ns = {n: property(lambda self, n=n: 'prop-' + n)}
        E = type('E_' + base.__name__, (base,), ns)
        e = E(*args)
        print(base.__name__, n, repr(getattr(e, n)))
        # the base's own field is still reachable through the base's descriptor
        d = None
        for k in base.__mro__:
            if n in k.__dict__:
                d = k.__dict__[n]
                break
        print('  base descr', type(d).__name__, repr(d.__get__(e, base)) if d is not None else None)
# a plain class attribute (non-data) loses to nothing stored? CPython: class attr found first
class C1(ImportError):
    name = 'classattr'
print(C1('m').name, C1('m', name='kw').name)
class C2(OSError):
    errno = 99
print(C2(1, 'x').errno, C2('a').errno)
class C3(SystemExit):
    code = 'cls'
print(C3(5).code)
# a data descriptor that is not a property
class D:
    def __get__(self, obj, cls): return ('D.get', type(obj).__name__)
    def __set__(self, obj, v): print('D.set', v)
    def __delete__(self, obj): print('D.delete')
class C4(NameError):
    name = D()
    args = D()
e = C4('q', name='zz')
print(e.name, e.args)
e.name = 5
e.args = (1,)
del e.name
# setters through property on exception subclass
class C5(OSError):
    @property
    def filename(self): return self._fn
    @filename.setter
    def filename(self, v): self._fn = ('set', v)
e = C5(2, 'nf', 'fff')
print(e.__dict__, OSError.filename.__get__(e))
e.filename = 'new'
print(e.filename)
print(str(e))
# str / repr use the C fields, not the property
class C6(ImportError):
    @property
    def msg(self): return 'PROPMSG'
print(str(C6('real')), repr(C6('real')))
class C7(SyntaxError):
    @property
    def lineno(self): return 777
print(str(C7('m', ('f', 1, 2, 't'))))
class C8(KeyError):
    @property
    def args(self): return ('propargs',)
print(str(C8('k')), repr(C8('k')))
class C9(SystemExit):
    @property
    def code(self): return 'propcode'
print(C9(1).code)
# __slots__ on exception subclasses
class S1(Exception):
    __slots__ = ('extra',)
s = S1(1)
try:
    s.extra
except AttributeError as ex:
    print('AttributeError', ex)
s.extra = 5
print(s.extra, s.args, hasattr(s, '__dict__'))
class S2(ImportError):
    __slots__ = ('name',)
s = S2('m', name='n')
try:
    print(s.name)
except AttributeError as ex:
    print('AttributeError', ex)
s.name = 'set'
print(s.name, ImportError.name.__get__(s))
class S3(OSError):
    __slots__ = ('errno', 'strerror')
s = S3(1, 'two')
try:
    print(s.errno)
except AttributeError as ex:
    print('AttributeError', ex)
print(s.args, str(s))
# instance __dict__ does not win over the builtin member (data descriptor)
class P(NameError): pass
p = P('x', name='n')
p.__dict__['name'] = 'dict'
print(p.name, p.__dict__)
class Q(ImportError):
    name = 'cls'
q = Q('m')
q.__dict__['name'] = 'dict'
print(q.name)
del Q.name
print(q.name)
# hasattr / getattr default / dir
print(hasattr(C6('x'), 'msg'), getattr(C6('x'), 'msg', 'dflt'))
class R(ImportError):
    @property
    def name(self): raise AttributeError('nope')
print(getattr(R('m', name='n'), 'name', 'default'))
class G(OSError):
    def __init__(self, *a): super().__init__(*a)
g = G(2,'nf','f'); print(g.errno, g.filename, g.args, str(g))
class H(OSError):
    def __init__(self, x): super().__init__(2, 'nf', x)
h = H('f'); print(h.errno, h.filename, h.args, str(h))
class I(OSError):
    def __init__(self, x): pass
i = I('f'); print(i.errno, i.filename, i.args, str(i))
class J(OSError): pass
j = J(2, 'nf', 'f', None, 'g'); print(j.errno, j.filename2, j.args, str(j))
class K(OSError):
    def __new__(cls, *a): return super().__new__(cls, *a)
k = K(2, 'nf', 'f'); print(k.errno, k.args, str(k))
class U(UnicodeDecodeError): pass
u = U('utf-8', b'x', 0, 1, 'bad'); print(u.start, u.reason, u.args, str(u))
class V(UnicodeEncodeError):
    def __init__(self): super().__init__('ascii', 'y', 0, 1, 'why')
v = V(); print(v.encoding, v.object, str(v))
class W(UnicodeTranslateError): pass
w = W('z', 0, 1, 'r'); print(w.encoding, w.object, w.end, str(w))
try: U('utf-8', b'x', 0, 1)
except TypeError as e: print(e)
try: U(1, b'x', 0, 1, 'r')
except TypeError as e: print(e)
class M(ImportError): pass
m = M('m', name='n', path='p'); print(m.msg, m.name, m.path)
class N(SystemExit): pass
print(N(1, 2).code, N().code, N(7).code)
class S(StopIteration): pass
print(S(1, 2).value, S().value)
class A(AttributeError): pass
a = A('x', name='nm', obj=5); print(a.name, a.obj)
class B(NameError): pass
print(B('x', name='q').name)
class SE(SyntaxError): pass
s = SE('m', ('f', 1, 2, 't', 1, 3)); print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
# the builtin fields are descriptors of their classes
print(repr(ImportError.name), repr(BaseException.args), repr(OSError.errno))
print(repr(BaseException.__traceback__), repr(BaseException.__suppress_context__))
print(repr(SyntaxError.lineno), repr(UnicodeDecodeError.start), repr(StopIteration.value))
print('name' in dir(ImportError), 'errno' in dir(FileNotFoundError), 'args' in dir(KeyError))
e = OSError(2, 'nf', 'f')
OSError.errno.__set__(e, 7)
BaseException.args.__set__(e, [1, 2])
print(e.errno, e.args, str(e))
OSError.filename.__delete__(e)
print(e.filename, str(e))
try:
    ImportError.name.__get__(ValueError())
except TypeError as ex:
    print(ex)
try:
    BaseException.args.__delete__(e)
except TypeError as ex:
    print(ex)
# a shadowing property with a setter, and the C field behind it
class T(NameError):
    @property
    def name(self):
        return 'shadow'
    @name.setter
    def name(self, v):
        NameError.name.__set__(self, v.upper())
t = T('x', name='abc')
print(t.name, NameError.name.__get__(t))
t.name = 'new'
print(t.name, NameError.name.__get__(t))
# OSError subclasses: __init__ parses when a subclass defines it
class Q1(FileNotFoundError):
    def __init__(self, path):
        super().__init__(2, 'No such file', path)
q = Q1('/x')
print(q.errno, q.filename, q.args, str(q), type(q).__name__)
try:
    class Q2(OSError): pass
    Q2(1, 'x', k=1)
except TypeError as ex:
    print(ex)
# subclasses of the unicode errors check their arguments
class U2(UnicodeEncodeError): pass
for a in [('ascii', 'x', 0), ('ascii', 'x', 'a', 1, 'r'), ('ascii', b'x', 0, 1, 'r'), ('ascii', 'x', 2**70, 1, 'r')]:
    try:
        U2(*a)
    except Exception as ex:
        print(type(ex).__name__, ex)
# refcounts: the shadowing property and the field values are not leaked
import sys
class R2(ImportError):
    @property
    def path(self): return 'p'
marker = object()
before = sys.getrefcount(marker)
r = R2('m', name=marker)
print(r.path, sys.getrefcount(marker) - before, ImportError.name.__get__(r) is marker)
del r
print(sys.getrefcount(marker) - before)
