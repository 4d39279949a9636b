import asyncio
async def job(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd job {n}")
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(4)]
    print([t.result() for t in tasks])
try:
    asyncio.run(main())
except* ValueError as group:
    print(type(group).__name__, group.message, sorted(str(e) for e in group.exceptions))
    raise RuntimeError("some jobs failed") from group
