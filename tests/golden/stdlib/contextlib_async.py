# contextlib: asynccontextmanager, AsyncExitStack, aclosing, the async side of
# nullcontext, the abstract bases' subclass hooks, chdir and reentrant redirection.
import asyncio
import contextlib
import io
import os
import sys
import tempfile
from contextlib import (AbstractAsyncContextManager, AbstractContextManager,
                        AsyncExitStack, ExitStack, aclosing, asynccontextmanager,
                        chdir, nullcontext, redirect_stdout, suppress)

print(contextlib.__all__)


def chain(e):
    out = []
    while e is not None and len(out) < 6:
        out.append(repr(e))
        e = e.__context__
    return out


@asynccontextmanager
async def resource(x):
    """An async resource."""
    print('open', x)
    try:
        yield x * 2
    finally:
        print('close', x)


@asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    try:
        yield
    finally:
        print('two_yields cleanup')
    yield


@asynccontextmanager
async def yields_after_throw():
    try:
        yield
    except KeyError:
        yield


class AsyncRes:
    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        print('AsyncRes enter', self.n)
        return self.n

    async def __aexit__(self, typ, val, tb):
        print('AsyncRes exit', self.n, typ.__name__ if typ else None)
        return False


class SyncRes:
    def __enter__(self):
        print('SyncRes enter')
        return 'sync'

    def __exit__(self, typ, val, tb):
        print('SyncRes exit', typ.__name__ if typ else None)
        return False


class Closer:
    async def aclose(self):
        print('aclose called')


async def note(x):
    print('async callback', x)


async def main():
    async with resource(3) as v:
        print('got', v)
    cm = resource(1)
    print(cm.__doc__, type(cm).__name__, isinstance(cm, AbstractAsyncContextManager))
    async with swallow():
        raise ValueError('v')
    for factory in (no_yield, two_yields):
        try:
            async with factory():
                pass
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        async with two_yields():
            raise KeyError('k')
    except (RuntimeError, KeyError) as e:
        print(type(e).__name__, e)
    try:
        async with yields_after_throw():
            raise KeyError('k')
    except (RuntimeError, KeyError) as e:
        print(type(e).__name__, e)
    try:
        async with resource(4):
            raise StopAsyncIteration('passes')
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e)

    @resource(7)
    async def decorated(a):
        print('decorated body', a)
        return a + 1
    print(await decorated(1), await decorated(2), decorated.__name__)

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(AsyncRes(1)))
        print(stack.enter_context(SyncRes()))
        print(stack.push_async_callback(note, 'x') is note)
        stack.callback(print, 'sync callback')
        stack.push_async_exit(AsyncRes(2))

        async def absorb(typ, val, tb):
            print('absorb', typ.__name__)
            return True
        stack.push_async_exit(absorb)
        raise KeyError('suppressed')
    print('after suppressed block')
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(SyncRes())
    except TypeError as e:
        print('TypeError', e)
    try:
        async with AsyncExitStack() as stack:
            stack.enter_context(AsyncRes(0))
    except TypeError as e:
        print('TypeError', e)
    stack = AsyncExitStack()
    await stack.enter_async_context(AsyncRes(5))
    moved = stack.pop_all()
    await stack.aclose()
    print('first closed')
    await moved.aclose()
    try:
        async with AsyncExitStack() as stack:
            async def fail_a(*exc):
                raise IndexError('a')

            async def fail_b(*exc):
                raise LookupError('b')
            stack.push_async_exit(fail_a)
            stack.push_async_exit(fail_b)
            raise ValueError('body')
    except Exception as e:
        print(chain(e))
    async with aclosing(Closer()) as c:
        print(type(c).__name__)
    async with nullcontext(9) as n:
        print('async nullcontext', n)

asyncio.run(main())

# The abstract bases recognise classes with the methods.
class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class OptOut(Plain):
    __exit__ = None


class AsyncPlain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


print(issubclass(Plain, AbstractContextManager), issubclass(OptOut, AbstractContextManager),
      issubclass(int, AbstractContextManager), issubclass(AsyncPlain, AbstractAsyncContextManager),
      issubclass(Plain, AbstractAsyncContextManager))
print(AbstractContextManager[int], AbstractAsyncContextManager[str])
print(isinstance(nullcontext(), AbstractAsyncContextManager),
      isinstance(ExitStack(), AbstractContextManager),
      isinstance(AsyncExitStack(), AbstractAsyncContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print('TypeError', e)


class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Minimal() as m:
    print(type(m).__name__)
print(suppress(KeyError).__exit__(None, None, None), suppress(KeyError).__exit__(KeyError, None, None),
      suppress().__exit__(KeyError, None, None))

# chdir restores the previous directory, also when nested.
with tempfile.TemporaryDirectory() as d:
    start = os.getcwd()
    changer = chdir(d)
    with changer as value:
        print(value, os.getcwd() == os.path.realpath(d))
        with changer:
            print(os.getcwd() == os.path.realpath(d))
        with chdir(start):
            print(os.getcwd() == start)
    print(os.getcwd() == start)

# A redirection can be entered again while active.
buf = io.StringIO()
redirect = redirect_stdout(buf)
with redirect:
    print('one')
    with redirect:
        print('two')
    print('three')
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__)
