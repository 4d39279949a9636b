import logging, sys, io, argparse, pickle, copy, queue, threading, concurrent.futures as cf, asyncio, doctest, inspect, operator, pprint
from dataclasses import dataclass, field
from unittest import mock
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s.%(funcName)s:%(lineno)d %(message)s'))
log = logging.getLogger('svc'); log.addHandler(handler); log.setLevel(logging.INFO); log.propagate = False
def process(x):
    log.info('processing %s', x)
    if x < 0: log.warning('negative: %r', x)
    return abs(x)
print([process(v) for v in (3, -2)])
class OnlyErrors(logging.Filter):
    def filter(self, rec): return rec.levelno >= logging.ERROR
handler.addFilter(OnlyErrors()); log.info('hidden'); log.error('shown %d%%', 50)
adapter = logging.LoggerAdapter(log, {'req': 7}); adapter.error('via adapter')
print(logging.getLevelName(30), logging.getLevelName('ERROR'), log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel())
p = argparse.ArgumentParser(prog='git')
sp = p.add_subparsers(dest='command', required=True)
c = sp.add_parser('commit', help='record changes'); c.add_argument('-m', '--message', required=True); c.add_argument('--amend', action='store_true')
pu = sp.add_parser('push'); pu.add_argument('remote', nargs='?', default='origin'); pu.add_argument('--force', '-f', action='store_true')
print(p.parse_args(['commit', '-m', 'msg']), p.parse_args(['push', '-f']))
g = p.add_mutually_exclusive_group()
try: p.parse_args(['commit'])
except SystemExit as e: print('exit', e.code)
c.print_help()
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
pprint.pprint(tree, width=40)
t2 = pickle.loads(pickle.dumps(tree)); print(t2 == tree, t2 is tree)
t3 = copy.deepcopy(tree); t3.children[0].val = 99; print(tree.children[0].val, t3.children[0].val)
class Account:
    def __init__(self, bal): self.bal = bal; self._lock = threading.Lock()
    def __getstate__(self): d = self.__dict__.copy(); del d['_lock']; return d
    def __setstate__(self, d): self.__dict__.update(d); self._lock = threading.Lock()
a = pickle.loads(pickle.dumps(Account(5))); print(a.bal, type(a._lock).__name__)
try: queue.Queue(1).get_nowait()
except queue.Empty: print('empty')
with cf.ThreadPoolExecutor(3) as ex:
    futs = {ex.submit(pow, 2, n): n for n in range(5)}
    print(sorted(f.result() for f in cf.as_completed(futs)))
    f = ex.submit(operator.truediv, 1, 0)
    print(type(f.exception()).__name__, f.done())
async def worker(name, q, results):
    while True:
        item = await q.get()
        results.append((name, item)); q.task_done()
async def main():
    q = asyncio.Queue(); results = []
    for i in range(6): q.put_nowait(i)
    tasks = [asyncio.create_task(worker(f'w{i}', q, results)) for i in range(2)]
    await q.join()
    for t in tasks: t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(len(results), sorted(r[1] for r in results), [type(r).__name__ for r in res])
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    sem = asyncio.Semaphore(2)
    async def lim(i):
        async with sem: await asyncio.sleep(0); return i
    print(await asyncio.gather(*(lim(i) for i in range(4))))
asyncio.run(main())
m = mock.MagicMock(); m.method.return_value = 3; print(m.method(1, k=2), m.method.call_args, m.mock_calls)
with mock.patch.object(Account, '__init__', return_value=None) as pi: Account(1); print(pi.called)
def area(r):
    """Return area.

    >>> area(1)
    3.14159
    >>> area(2)
    12.5
    """
    return round(3.14159 * r * r, 5)
doctest.run_docstring_examples(area, {'area': area}, name='area', optionflags=doctest.ELLIPSIS)
print(inspect.getsource(area).splitlines()[0], inspect.signature(Account.__init__), inspect.getmodule(area).__name__)
print(inspect.getfullargspec(process), inspect.isclass(Node), [n for n, _ in inspect.getmembers(Node) if not n.startswith('_')])
