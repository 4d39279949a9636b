import contextlib, sys
from contextlib import contextmanager, ExitStack, suppress
@contextmanager
def cm(name, fail_enter=False, swallow=False):
    print('enter', name)
    if fail_enter:
        raise RuntimeError('enter failed ' + name)
    try:
        yield name
    except Exception as e:
        print('cm', name, 'saw', type(e).__name__)
        if not swallow:
            raise
    finally:
        print('exit', name)
try:
    with ExitStack() as st:
        st.enter_context(cm('a'))
        st.enter_context(cm('b', fail_enter=True))
except RuntimeError as e:
    print('outer', e)
with ExitStack() as st:
    st.enter_context(cm('s', swallow=True))
    st.enter_context(cm('t'))
    raise ValueError('x')
print('swallowed by s')
try:
    with ExitStack() as st:
        st.enter_context(5)
except TypeError as e:
    print('TypeError', e)
class Ctx:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): print('Ctx exit', a[0]); return True
with ExitStack() as st:
    v = st.enter_context(Ctx()); print(v)
    st.push(lambda *a: print('pushed exit', a[0]))
    raise KeyError
print(contextlib.ExitStack().__enter__().__class__.__name__)
@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise ValueError('converted') from e
try:
    with converting():
        raise KeyError('orig')
except ValueError as e:
    print('ValueError', e, repr(e.__cause__), repr(e.__context__))
@contextmanager
def stop_iter():
    yield
try:
    with stop_iter():
        raise StopIteration('leak')
except StopIteration as e:
    print('StopIteration kept', e)
@contextmanager
def gen_raise_stop():
    try:
        yield
    except Exception:
        pass
    return
with gen_raise_stop():
    raise ZeroDivisionError
print('suppressed by return')
@contextmanager
def decorated():
    print('before'); yield; print('after')
@decorated()
def work():
    print('working')
work(); work()
s = suppress()
with s:
    pass
try:
    with suppress():
        raise KeyError
except KeyError:
    print('suppress() with no types suppresses nothing')
with suppress(Exception):
    raise ExceptionGroup('eg', [ValueError(1)]) if sys.version_info >= (3, 12) else ValueError(1)
print(type(contextlib.nullcontext()).__name__, contextlib.nullcontext(3).__enter__())
import io
f = io.StringIO()
with contextlib.redirect_stdout(f) as target:
    print('into f'); print(target is f)
print(repr(f.getvalue()))
cm2 = contextlib.redirect_stdout(io.StringIO())
with cm2:
    with cm2:
        print('nested same')
print('restored stdout')
