import random, queue, sched, shelve, pickle, tempfile, os, csv, io
random.seed(2024)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5), random.uniform(1, 2))
deck = list(range(10)); random.shuffle(deck); print(deck, random.sample(deck, 3), random.choices("abc", weights=[5, 1, 1], k=6))
print(random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10), random.betavariate(2, 3), random.randbytes(4), random.getrandbits(20))
r = random.Random(7); print(r.random(), r.randint(0, 9)); st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed("hello"); print(random.random()); random.seed(b"x"); print(random.random())
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
try:
    random.randrange(5, 1)
except ValueError as e:
    print(e)
q = queue.Queue(maxsize=2); q.put(1); q.put(2); print(q.full(), q.qsize(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
q.put(1); q.put(2)
try:
    q.put_nowait(3)
except queue.Full:
    print("full")
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(x) for x in [(3, 'c'), (1, 'a'), (2, 'b')]]; print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put('x'); print(sq.get(), sq.empty())
clock = [0.0]
s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
def act(name): print("event", name, clock[0])
s.enter(2, 1, act, ("b",)); s.enter(1, 1, act, ("a",)); e = s.enter(3, 1, act, ("c",)); s.enterabs(2, 0, act, argument=("b0",))
s.cancel(e); print(len(s.queue), s.empty()); s.run(); print(s.empty())
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, "db")
    with shelve.open(fn) as db:
        db["key"] = {"a": [1, 2]}; db["n"] = 5
    with shelve.open(fn) as db:
        print(sorted(db.keys()), db["key"], "n" in db, len(db))
        del db["n"]; print(list(db))
    with shelve.open(fn, writeback=True) as db:
        db["key"]["a"].append(3)
    with shelve.open(fn, flag="r") as db:
        print(db["key"])
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x})"
    def __eq__(self, o): return self.x == o.x
obj = {"a": [1, 2.5, "s", None, True], "p": P(3), "t": (1, 2), "b": b"by", "fs": frozenset([1])}
for proto in range(0, 6):
    blob = pickle.dumps(obj, protocol=proto)
    print(proto, len(blob), pickle.loads(blob) == obj)
print(pickle.dumps([1, 2], protocol=2), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(' at ')[0])
try:
    pickle.loads(b"garbage")
except Exception as e:
    print(type(e).__name__, e)
buf = io.StringIO()
w = csv.writer(buf); w.writerow(["name", "note"]); w.writerows([["a", 'say "hi"'], ["b", "x,y"], ["c", "line\nbreak"]])
print(repr(buf.getvalue()))
buf.seek(0); print(list(csv.reader(buf)))
buf = io.StringIO(); dw = csv.DictWriter(buf, fieldnames=["x", "y"], quoting=csv.QUOTE_NONNUMERIC); dw.writeheader(); dw.writerow({"x": 1, "y": "b"}); dw.writerow({"x": 2.5})
print(repr(buf.getvalue())); buf.seek(0); print(list(csv.DictReader(buf, quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")), list(csv.reader(io.StringIO("h1,h2\n1,2\n"))))
try:
    dw.writerow({"z": 1})
except ValueError as e:
    print(e)
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.list_dialects())
