import argparse, pathlib, tempfile, unittest, doctest, inspect, heapq, bisect, operator, copy, pickle, shelve, queue, threading, io, os, sys, uuid, secrets
import concurrent.futures, asyncio
p = argparse.ArgumentParser(prog='tool', description='A tool.')
p.add_argument('files', nargs='+'); p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['a', 'b'], default='a'); p.add_argument('-n', type=int, required=False)
print(p.parse_args(['x', 'y', '-vv', '--mode', 'b', '-n', '3']))
p.print_help()
try: p.parse_args(['--mode', 'c', 'f'])
except SystemExit as e: print('exit', e.code)
with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    (root / 'sub').mkdir(); (root / 'sub' / 'a.txt').write_text('hello\nworld\n'); (root / 'b.py').write_text('x=1')
    print(sorted(str(q.relative_to(root)) for q in root.rglob('*')), (root / 'sub' / 'a.txt').read_text().splitlines(), (root / 'b.py').suffix, (root / 'b.py').stem)
    print(pathlib.PurePosixPath('/a/b/c.tar.gz').suffixes, pathlib.PurePosixPath('a/b').with_name('z'), pathlib.PurePosixPath('/x/y').parts, (root / 'nope').exists())
    db = shelve.open(str(root / 'db')); db['k'] = {'a': [1, 2]}; db.close()
    with shelve.open(str(root / 'db')) as db: print(dict(db))
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
    @unittest.skip('nope')
    def test_skip(self): pass
    def test_raise(self):
        with self.assertRaises(ValueError): int('x')
r = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, len(r.failures), len(r.skipped), r.wasSuccessful())
def sq(x):
    """
    >>> sq(3)
    9
    >>> sq(-2)
    5
    """
    return x * x
print(doctest.run_docstring_examples(sq, {'sq': sq}, name='sq'))
def f(a, b=2, *args, c, d=4, **kw) -> int: return 1
sig = inspect.signature(f); print(sig, list(sig.parameters), sig.parameters['c'].kind, sig.return_annotation, inspect.isfunction(f), inspect.getdoc(sq).splitlines()[0])
print(sig.bind(1, c=3).arguments, inspect.getmembers(T, inspect.isfunction)[0][0])
h = [5, 1, 8, 3]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), h, heapq.nlargest(2, h), heapq.nsmallest(2, [(2, 'b'), (1, 'a')]), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 7]; print(bisect.bisect_left(a, 3), bisect.bisect(a, 3), bisect.insort(a, 5) or a)
print(sorted([{'n': 2}, {'n': 1}], key=operator.itemgetter('n')), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'), operator.add(1, 2))
x = {'a': [1, [2]]}; y = copy.deepcopy(x); y['a'][1].append(3); z = copy.copy(x); print(x, y, z['a'] is x['a'])
blob = pickle.dumps({'a': (1, 2), 'b': {3}}); print(len(blob), pickle.loads(blob), pickle.dumps([1, 2], protocol=0))
q = queue.Queue(); [q.put(i) for i in range(3)]; print(q.get(), q.qsize(), q.empty())
pq = queue.PriorityQueue(); pq.put((2, 'b')); pq.put((1, 'a')); print(pq.get())
results = []; lock = threading.Lock()
def work(n):
    with lock: results.append(n * n)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]; print(sorted(results), threading.current_thread().name)
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda v: v * 2, range(5))), ex.submit(pow, 2, 10).result())
async def fetch(i):
    await asyncio.sleep(0); return i * 10
async def main():
    res = await asyncio.gather(*(fetch(i) for i in range(3)))
    t = asyncio.create_task(fetch(9)); print(res, await t)
    try: await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError: print('timeout')
asyncio.run(main())
print(len(secrets.token_hex(8)), len(secrets.token_urlsafe(16)) > 10, secrets.choice('a'), uuid.UUID('12345678123456781234567812345678'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid4().version)
