import asyncio
import inspect
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch


def r(m):
    return repr(m).split(' id=')[0]


async def fetch(x):
    return x


async def main():
    am = AsyncMock(return_value=5)
    print(r(am))
    coro = am(1, k=2)
    print(inspect.iscoroutine(coro))
    print(await coro)
    print(am.call_count, am.await_count, am.await_args, am.await_args_list)
    am.assert_awaited()
    am.assert_awaited_once()
    am.assert_awaited_with(1, k=2)
    am.assert_awaited_once_with(1, k=2)
    am.assert_any_await(1, k=2)
    am.assert_has_awaits([call(1, k=2)])
    for name, args in [('assert_not_awaited', ()), ('assert_awaited_with', (9,)),
                       ('assert_any_await', (9,))]:
        try:
            getattr(am, name)(*args)
        except AssertionError as e:
            print('AssertionError:', e)
    fresh = AsyncMock()
    for name, args in [('assert_awaited', ()), ('assert_awaited_once', ()),
                       ('assert_awaited_with', (1,))]:
        try:
            getattr(fresh, name)(*args)
        except AssertionError as e:
            print('AssertionError:', e)
    se = AsyncMock(side_effect=[1, 2])
    print(await se(), await se())
    try:
        await se()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    ex = AsyncMock(side_effect=ValueError('bad'))
    try:
        await ex()
    except ValueError as e:
        print('ValueError:', e)

    async def effect(v):
        return v * 10
    fx = AsyncMock(side_effect=effect)
    print(await fx(4))
    fx2 = AsyncMock(side_effect=lambda v: v + 1)
    print(await fx2(4))
    dflt = AsyncMock()
    res = await dflt()
    print(r(res))
    am.reset_mock()
    print(am.await_count, am.call_count)
    mm = MagicMock()
    async with mm as ctx:
        print(r(ctx))
    print(mm.__aenter__.await_count, mm.__aexit__.await_count)
    with patch('__main__.fetch') as pf:
        pf.return_value = 'patched'
        print(r(pf), await fetch(1))
    m = Mock(spec=fetch)
    print(r(m))


asyncio.run(main())
