import random, collections, heapq, bisect, itertools
random.seed(12345)
print(random.choices(["a", "b", "c"], cum_weights=[1, 5, 6], k=5), random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(range(10**9), 3))
print(random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2), random.randrange(10), random.randrange(3, 30, 3))
print([random.randint(1, 6) for _ in range(10)], random.getrandbits(100), random.random() < 1)
class MyRandom(random.Random):
    def random(self): return 0.5
mr = MyRandom(); print(mr.choice("abcd"), mr.uniform(0, 10), mr.randrange(100) if False else '', mr.shuffle if False else '')
sr = random.SystemRandom(); print(0 <= sr.random() < 1, len(sr.sample(range(100), 5)))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    random.choices("ab", weights=[1], k=2)
except ValueError as e:
    print(e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(e)
try:
    random.randint(1.5, 3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
random.seed(1); a = [random.random() for _ in range(3)]; random.seed(1); print(a == [random.random() for _ in range(3)], random.Random(5).random() == random.Random(5).random())
Card = collections.namedtuple("Card", "rank suit")
ranks = [str(n) for n in range(2, 11)] + list("JQKA")
deck = [Card(r, s) for s in "♠♥" for r in ranks]
random.seed(7); random.shuffle(deck); hand = sorted(deck[:5], key=lambda c: (ranks.index(c.rank), c.suit)); print(hand, Card._make(["A", "♠"]) in deck)
c = collections.Counter(a=3, b=-2, c=0); print(c, +c, -c, c.most_common(), list(c.elements()), c["zz"], len(c), c.total())
c2 = collections.Counter(["x", "y", "x"]); c2 += collections.Counter(x=1); print(c2, c2 - collections.Counter(x=5), c2 | {"q": 1} if False else '', collections.Counter("aab") == collections.Counter("aba"))
c3 = collections.Counter(); c3.update({"a": 2}); c3.update(a=1, b=2); c3.subtract(["a"]); print(c3, repr(collections.Counter(x=1)), dict(c3), sorted(c3.items()))
od = collections.OrderedDict(); od["z"] = 1; od["a"] = 2; od.update(m=3); print(od, list(reversed(od)), od.popitem(), od == collections.OrderedDict([("z", 1), ("a", 2)]), od == {"a": 2, "z": 1}, repr(collections.OrderedDict()))
dq = collections.deque("abc"); dq.appendleft("z"); dq.extendleft("yx"); print(dq, dq.popleft(), dq.index("a"), dq.count("b"), dq[1], dq[-1], list(itertools.islice(dq, 1, 3)), repr(collections.deque([], maxlen=2)))
dq.rotate(-2); print(dq); dq.clear(); print(dq, bool(dq))
try:
    collections.deque().pop()
except IndexError as e:
    print(e)
dd = collections.defaultdict(lambda: "missing"); dd["k"]; print(dict(dd), dd.default_factory() , repr(collections.defaultdict(list, a=[1])))
try:
    collections.defaultdict(1)
except TypeError as e:
    print(e)
cm = collections.ChainMap({"color": "red"}, {"color": "blue", "size": 3}); print(cm["color"], cm.maps, list(cm.items()), cm.parents.parents, collections.ChainMap())
ud = collections.UserDict(a=1); ud["b"] = 2; print(ud, ud.data, isinstance(ud, collections.abc.MutableMapping) if hasattr(collections, "abc") else '')
ul = collections.UserList([3, 1]); ul.sort(); print(ul, ul + [5], type(ul + [5]).__name__)
us = collections.UserString("hello"); print(us.upper(), us[1:], type(us.upper()).__name__, us == "hello")
tasks = [(2, "code"), (1, "eat"), (3, "sleep"), (1, "drink")]; heapq.heapify(tasks); print([heapq.heappop(tasks) for _ in range(len(tasks))])
scores = [55, 70, 85, 95]; names = ["F", "C", "B", "A", "A+"]; print([names[bisect.bisect_right(scores, s)] for s in (10, 55, 84, 99)])
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.combinations(range(4), 3)), list(itertools.product([0, 1], repeat=3))[:4], list(itertools.compress(range(5), [1, 0, 1])), next(itertools.cycle("xy")), list(itertools.starmap(max, [(1, 5), (7, 2)])))
it1, it2 = itertools.tee(iter([1, 2, 3])); print(list(it1), list(it2), list(itertools.zip_longest([1], [2, 3], [4, 5, 6])))
