# Builtin exception fields are getset/member descriptors of the class that defines them.
import builtins


def show(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as ex:
        print(label, type(ex).__name__, ex)


EXC = sorted((n, t) for n, t in vars(builtins).items()
             if isinstance(t, type) and issubclass(t, BaseException) and n != 'ExceptionGroup')
for n, t in EXC:
    own = [(k, type(v).__name__) for k, v in t.__dict__.items()
           if type(v).__name__ in ('getset_descriptor', 'member_descriptor')]
    if own:
        print(n, own)

for t, n in [(OSError, 'errno'), (BaseException, 'args'), (BaseException, '__traceback__'),
             (BaseException, '__context__'), (BaseException, '__cause__'),
             (BaseException, '__suppress_context__'), (BaseException, '__dict__'),
             (OSError, 'characters_written'), (BaseExceptionGroup, 'message'),
             (BaseExceptionGroup, 'exceptions'), (UnicodeDecodeError, 'reason'),
             (UnicodeEncodeError, 'start'), (UnicodeTranslateError, 'object'),
             (SystemExit, 'code'), (StopIteration, 'value'), (ImportError, 'path'),
             (AttributeError, 'obj'), (NameError, 'name'), (SyntaxError, 'print_file_and_line')]:
    d = t.__dict__[n]
    print(repr(d), d.__objclass__.__name__, d.__name__, d.__qualname__)
    print('  via class', getattr(t, n) is d)

# __get__ / __set__ / __delete__ called directly
show('errno get', lambda: OSError.errno.__get__(OSError(1, 'x')))
show('errno get sub', lambda: OSError.errno.__get__(FileNotFoundError(2, 'x')))
show('errno get wrong', lambda: OSError.errno.__get__(ValueError(1)))
show('args get wrong', lambda: BaseException.args.__get__(1))
show('args set wrong', lambda: BaseException.args.__set__(1, ()))
show('args get none', lambda: BaseException.args.__get__(None, ValueError))
show('errno cls', lambda: OSError.errno.__get__(None, OSError))
e = OSError(1, 'x')
show('errno set', lambda: (OSError.errno.__set__(e, 5), e.errno))
show('errno delete', lambda: (OSError.errno.__delete__(e), e.errno))
show('tb set', lambda: BaseException.__traceback__.__set__(e, 3))
show('dict get', lambda: BaseException.__dict__['__dict__'].__get__(e))

# Fields exist only on the classes that define them.
show('UnicodeError reason', lambda: UnicodeError('x').reason)
show('UnicodeError hasattr', lambda: [hasattr(UnicodeError(), n) for n in ('encoding', 'start')])
show('ValueError errno', lambda: ValueError().errno)
show('Exception name', lambda: getattr(Exception(), 'name', 'default'))
show('NameError name', lambda: NameError('x').name)
show('KeyError args', lambda: KeyError('k').args)

# dir() lists the descriptors of every class in the MRO and the instance dict.
e = BlockingIOError(11, 'again', 3)
e.extra = 1
wanted = ('__dict__', '__traceback__', 'args', 'characters_written', 'errno', 'extra',
          'filename', 'filename2', 'strerror', '__suppress_context__', 'with_traceback')
print([n for n in dir(e) if n in wanted])
print([n for n in dir(BaseException) if n in wanted])
print(sorted(vars(e)), e.__dict__)

# characters_written: a getset of OSError, set only by BlockingIOError(errno, msg, n).
show('cw unset', lambda: OSError().characters_written)
show('cw has', lambda: hasattr(OSError(), 'characters_written'))
b = BlockingIOError(1, 'x', 5)
show('cw init', lambda: (b.characters_written, b.args, b.filename, str(b)))
show('cw bool', lambda: BlockingIOError(1, 'x', True).characters_written)
show('cw f2', lambda: (lambda b: (b.args, b.filename2, str(b)))(BlockingIOError(1, 'x', 5, None, 'g')))


class Sub(BlockingIOError):
    pass


show('cw sub', lambda: (lambda b: (b.filename, b.args, hasattr(b, 'characters_written')))(Sub(1, 'x', 5)))


def cw_cycle():
    e = OSError()
    e.characters_written = 7
    r = [e.characters_written]
    del e.characters_written
    r.append(hasattr(e, 'characters_written'))
    try:
        del e.characters_written
    except AttributeError as x:
        r.append(str(x))
    e.characters_written = True
    r.append(e.characters_written)
    for bad in ('a', None, 1.5, 2 ** 70):
        try:
            e.characters_written = bad
        except Exception as x:
            r.append((type(x).__name__, str(x)))
    r.append(e.characters_written)
    r.append(e.args)
    return r


show('cw cycle', cw_cycle)

# BaseExceptionGroup.message / .exceptions are read-only members.
g = ExceptionGroup('m', [ValueError(1)])
show('group message', lambda: (g.message, g.exceptions))
show('group set', lambda: setattr(g, 'message', 'x'))
show('group del', lambda: delattr(g, 'exceptions'))
show('group descr set', lambda: BaseExceptionGroup.message.__set__(g, 'x'))

# OSError(errno, strerror, None, None, filename2): no filename, so no filename2.
e = OSError(1, 'x', None, None, 'g')
show('f2 without f', lambda: (e.args, e.filename, e.filename2, str(e)))
e = OSError(1, 'x', 'f', None, 'g')
show('f and f2', lambda: (e.args, e.filename, e.filename2, str(e)))
