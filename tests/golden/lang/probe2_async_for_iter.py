# An `async for` over a list display iterates the list itself: CPython's AST optimizer
# turns the display into a tuple only for a plain `for` (and comprehensions).
import asyncio


async def main():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("async for list:", e)
    try:
        async for x in {1, 2}:
            pass
    except TypeError as e:
        print("async for set:", e)
    try:
        async for x in (1, 2):
            pass
    except TypeError as e:
        print("async for tuple:", e)
    try:
        [x async for x in [1]]
    except TypeError as e:
        print("async comprehension list:", e)
    for x in [1, 2]:
        pass
    print("plain for over a list display is fine")


asyncio.run(main())
