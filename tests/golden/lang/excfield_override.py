# A subclass's attribute of a field's name, and instance dict entries, against the field
# descriptors: the generic attribute lookup decides, as in CPython.


def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as ex:
        print(label, type(ex).__name__, ex)


# An instance dict entry never wins over a getset or member descriptor.
e = OSError(2, 'nf', 'fn')
e.__dict__['errno'] = 'D'
e.__dict__['args'] = 'D'
e.__dict__['__traceback__'] = 'D'
e.__dict__['__suppress_context__'] = 'D'
show('dict-vs-field', lambda: (e.errno, e.args, e.__traceback__, e.__suppress_context__))
show('vars', lambda: vars(e))
e.foo = 1
show('vars2', lambda: (vars(e), e.foo, getattr(e, 'bar', 'dflt'), hasattr(e, 'bar')))
e.errno = 3
show('store goes to field', lambda: (e.errno, vars(e)['errno']))
del e.foo
show('del foo', lambda: (vars(e), hasattr(e, 'foo')))
show('del foo again', lambda: delattr(e, 'foo'))

# __dict__ itself: replaced by a dict, never deleted.
e = Exception(1)
e.a = 1
d = {'b': 2}
e.__dict__ = d
show('dict replaced', lambda: (e.__dict__ is d, hasattr(e, 'a'), e.b))
show('dict bad', lambda: setattr(e, '__dict__', 5))
show('dict del', lambda: delattr(e, '__dict__'))
show('dict list', lambda: setattr(e, '__dict__', [1]))


# A plain class attribute shadows a field for reads; stores go to the instance dict.
class E1(OSError):
    errno = 'class'
    args = 'cargs'


e = E1(2, 'x')
show('E1 read', lambda: (e.errno, e.args, str(e), repr(e)))
e.errno = 5
show('E1 errno set', lambda: (e.errno, vars(e), OSError.errno.__get__(e)))
e.args = (1,)
show('E1 args set', lambda: (e.args, vars(e), BaseException.args.__get__(e)))
del e.errno
show('E1 errno del', lambda: (e.errno, vars(e), OSError.errno.__get__(e)))
show('E1 errno del2', lambda: delattr(e, 'errno'))


# A property.
class E2(Exception):
    @property
    def args(self):
        return 'prop'


e = E2(1, 2)
show('E2 args', lambda: e.args)
show('E2 set', lambda: setattr(e, 'args', 5))
show('E2 del', lambda: delattr(e, 'args'))
show('E2 str repr', lambda: (str(e), repr(e)))
show('E2 base', lambda: BaseException.args.__get__(e))


class E2b(Exception):
    @property
    def __traceback__(self):
        return 'tbprop'

    @__traceback__.setter
    def __traceback__(self, v):
        print('tb setter', type(v).__name__)


try:
    raise E2b('x')
except E2b as ex:
    show('E2b tb', lambda: (ex.__traceback__, type(BaseException.__traceback__.__get__(ex)).__name__))


# A data descriptor and a non-data descriptor.
class D:
    def __get__(self, o, t):
        return 'D.get' if o is not None else 'D.cls'

    def __set__(self, o, v):
        print('D.set', v)

    def __delete__(self, o):
        print('D.del')


class ND:
    def __get__(self, o, t):
        return 'ND.get'


class E3(NameError):
    name = D()


e = E3('m', name='n')
show('E3 name', lambda: (e.name, E3.name))
e.name = 3
del e.name
show('E3 member', lambda: (NameError.name.__get__(e), vars(e)))


class E4(Exception):
    args = ND()


e = E4(1)
show('E4 args', lambda: e.args)
e.__dict__['args'] = 'inst'
show('E4 args inst', lambda: (e.args, str(e)))


# __slots__ in an exception subclass: real slots, apart from __dict__.
class E5(Exception):
    __slots__ = ('extra', 'code')


e = E5(1)
show('E5 empty', lambda: (e.args, hasattr(e, 'extra'), hasattr(e, 'code'), vars(e)))
show('E5 read', lambda: e.extra)
e.extra = 3
e.code = 4
e.other = 5
show('E5 set', lambda: (e.extra, e.code, vars(e), sorted(n for n in dir(e) if n in ('extra', 'code', 'other'))))
del e.code
show('E5 del', lambda: (hasattr(e, 'code'), vars(e)))
show('E5 del2', lambda: delattr(e, 'code'))
show('E5 descr', lambda: (type(E5.__dict__['extra']).__name__, E5.extra.__get__(e)))


class E6(SystemExit):
    __slots__ = ('code',)


e = E6(9)
show('E6 code', lambda: e.code)
e.code = 4
show('E6 code2', lambda: (e.code, SystemExit.code.__get__(e), vars(e)))


class E7(StopIteration):
    value = 'cls'


e = E7(1)
show('E7', lambda: (e.value, StopIteration.value.__get__(e)))


# __getattr__ is called only when the lookup fails; __getattribute__ always.
class GA(Exception):
    def __getattr__(self, n):
        return 'GA:' + n


e = GA()
show('GA', lambda: (e.args, e.zz, e.errno, e.__traceback__))


class GAT(OSError):
    def __getattribute__(self, n):
        if n in ('args', 'errno'):
            return 'intercepted'
        return super().__getattribute__(n)


e = GAT(1, 'x')
show('GAT', lambda: (e.args, e.errno, e.strerror, e.__traceback__, str(e)))


# __setattr__ overrides see the field stores; object.__setattr__ reaches the descriptors.
class SA(OSError):
    def __setattr__(self, n, v):
        print('setattr', n, v)
        object.__setattr__(self, n, v)


e = SA(1, 'x')
e.errno = 7
e.other = 1
show('SA', lambda: (e.errno, vars(e)))
show('SA args bad', lambda: setattr(e, 'args', 5))


# User exceptions storing attributes in __init__.
class MyErr(Exception):
    def __init__(self, code):
        super().__init__('c%d' % code)
        self.code = code
        self.reason = 'r'


e = MyErr(3)
show('MyErr', lambda: (e.code, e.args, vars(e), str(e)))


class MyOS(OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.errno = 'z'
        self.filename = 'f'


e = MyOS(1, 'x')
show('MyOS', lambda: (e.errno, vars(e), str(e), e.args))
