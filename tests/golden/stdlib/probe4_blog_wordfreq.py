"""Word frequency analysis, blog-post style."""
import re, string, textwrap, collections, itertools, functools, operator, heapq, json, enum, dataclasses, logging, sys, time
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = collections.Counter(words)
print(freq.most_common(5))
for word, count in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:<12}{count:>3} {'#' * count}")
print(textwrap.fill(" ".join(sorted(set(words))), width=60, initial_indent="Vocabulary: ", subsequent_indent=" " * 12))
bigrams = collections.Counter(zip(words, words[1:])); print(bigrams.most_common(3))
by_len = {k: sorted(set(g)) for k, g in itertools.groupby(sorted(words, key=len), key=len)}; print(by_len)
print(heapq.nlargest(3, freq, key=freq.get), max(words, key=len), functools.reduce(operator.add, map(len, words)))
table = str.maketrans("", "", string.punctuation); print(TEXT.splitlines()[0].translate(table))
class Level(enum.IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3
@dataclasses.dataclass(order=True)
class Task:
    priority: Level
    title: str = dataclasses.field(compare=False)
    done: bool = dataclasses.field(default=False, compare=False)
tasks = [Task(Level.MID, "write"), Task(Level.HIGH, "fix bug"), Task(Level.LOW, "nap")]
heap = list(tasks); heapq.heapify(heap)
while heap:
    t = heapq.heappop(heap); print(t.priority.name, t.title, t)
print(json.dumps([dataclasses.asdict(t) for t in tasks], indent=2))
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s: %(message)s", level=logging.INFO)
log = logging.getLogger(__name__)
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("calling %s%r", fn.__name__, args)
        result = fn(*args, **kwargs)
        log.info("%s returned %r", fn.__name__, result)
        return result
    return wrapper
@timed
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
fib(10)
print(time.strftime("%A, %d %B %Y %H:%M", time.gmtime(0)), time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1234567890)))
matrix = [[1, 2, 3], [4, 5, 6]]; print(list(map(list, zip(*matrix))), [x for row in matrix for x in row], sum(map(sum, matrix)))
print({k: v for k, v in sorted(freq.items())[:4]}, dict(itertools.islice(freq.items(), 3)), f"{len(words)=}", f"{freq['it'] / len(words):.1%}")
