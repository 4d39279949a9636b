import contextlib, io, sys
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, redirect_stderr, nullcontext, AbstractContextManager, ContextDecorator, chdir
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print(f'</{name}>')
with tag('a') as t:
    print('inside', t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('after suppress')
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    files = [stack.enter_context(tag(f't{i}')) for i in range(2)]
    print(files)
with ExitStack() as stack:
    stack.callback(print, 'never')
    moved = stack.pop_all()
moved.close()
def swallow(*exc):
    print('exit got', exc[0].__name__); return True
with ExitStack() as stack:
    stack.push(swallow)
    raise IndexError
print('swallowed')
class Res:
    def close(self): print('closed Res')
with closing(Res()) as r:
    print(type(r).__name__)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
    help_text = 'x'
print(repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb):
    sys.stderr.write('err!')
print(repr(eb.getvalue()))
with nullcontext(5) as v:
    print('null', v)
class Timer(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
@Timer()
def work(x):
    print('work', x)
work(1)
class ACM(AbstractContextManager):
    def __exit__(self, *a): return None
with ACM() as a:
    print(type(a).__name__)
print(issubclass(Res, AbstractContextManager), issubclass(ACM, AbstractContextManager))
@contextmanager
def gen_error():
    yield
try:
    with gen_error():
        raise StopIteration('inner')
except StopIteration as e:
    print('StopIteration', e)
try:
    with ExitStack() as s:
        s.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, 'context:', repr(e.__context__))
import asyncio
@contextlib.asynccontextmanager
async def actx():
    print('aenter'); yield 'A'; print('aexit')
async def main():
    async with actx() as v:
        print('in', v)
    async with contextlib.AsyncExitStack() as st:
        v2 = await st.enter_async_context(actx())
        st.push_async_callback(asyncio.sleep, 0)
        print('stacked', v2)
    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            print('agen', x)
async def agen():
    yield 1; yield 2
asyncio.run(main())
