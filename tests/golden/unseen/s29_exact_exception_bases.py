# Exception classes of several builtin bases: the layout (tp_base, best_base), lay-out
# conflicts between builtin exceptions with C structs of their own, and which __new__/__init__
# parse OSError's arguments (oserror_use_init).
class E1(OSError):
    def __init__(self, *a): pass
e = E1(2, 'x'); print(e.errno, e.strerror, e.args, str(e))
class E2(OSError):
    def __init__(self, *a): super().__init__(*a)
e = E2(2, 'x'); print(e.errno, e.strerror, e.args, str(e))
class E3(OSError):
    def __new__(cls, *a): return super().__new__(cls, *a)
e = E3(2, 'x'); print(e.errno, e.strerror, e.args, str(e))
class Mixed(ValueError, OSError): pass
e = Mixed(2, 'x'); print(e.errno, e.strerror, e.args, str(e), repr(e))
e.errno = 5; e.strerror = 'y'; print(str(e))
class M2(KeyError, OSError): pass
e = M2(2, 'x'); print(e.errno, str(e))
class M3(OSError, ValueError): pass
e = M3(2, 'x'); print(e.errno, str(e))
class A(Exception): pass
class B(A, OSError): pass
e = B(2, 'x'); print(e.errno, str(e), B.__base__)
print(Mixed.__base__, M2.__base__, M3.__base__)
for bases in [(SyntaxError, OSError), (StopIteration, OSError), (UnicodeDecodeError, OSError), (ImportError, OSError),
              (SystemExit, OSError), (NameError, OSError), (AttributeError, OSError), (KeyError, ImportError),
              (ValueError, UnicodeError), (UnicodeError, OSError), (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError),
              (StopAsyncIteration, OSError), (ValueError, KeyError), (BaseExceptionGroup, OSError), (ExceptionGroup, ValueError)]:
    try:
        C = type('C', bases, {})
        print('ok', [b.__name__ for b in bases], C.__base__.__name__)
    except TypeError as e:
        print('TypeError', [b.__name__ for b in bases], e)
import sys
class MS(ValueError, OSError): pass
print(sys.getsizeof(MS()) - sys.getsizeof(ValueError()), sys.getsizeof(OSError()) - sys.getsizeof(ValueError()))
