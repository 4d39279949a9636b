# queue: bounded and unbounded Queue/LifoQueue/PriorityQueue, block/timeout argument
# forms, negative timeouts, task accounting, subclass hooks and the lock attributes.
import queue


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e))


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(3)
    for item in (5, 1, 4):
        q.put(item)
    print(cls.__name__, q.qsize(), q.full(), q.empty(), q.maxsize)
    t(lambda: q.put(9, block=False))
    t(lambda: q.put_nowait(9))
    t(lambda: q.put(9, True, 0))
    t(lambda: q.put(9, timeout=0.001))
    t(lambda: q.put(9, False, -1))
    t(lambda: q.put(9, True, -1))
    print([q.get() for _ in range(3)], q.unfinished_tasks)
    t(lambda: q.get(False))
    t(lambda: q.get_nowait())
    t(lambda: q.get(timeout=0))
    t(lambda: q.get(block=True, timeout=0.001))
    t(lambda: q.get(False, -5))
    t(lambda: q.get(True, -5))
    for _ in range(3):
        q.task_done()
    t(lambda: q.task_done())
    q.join()
    print('joined', q.unfinished_tasks)

for size in (0, -1, -10):
    q = queue.Queue(size)
    for i in range(50):
        q.put(i, timeout=-1)
    print(size, q.qsize(), q.full())
q = queue.Queue(maxsize=1)
t(lambda: q.put(1, timeout=-0.5))
q = queue.Queue()
q.put(1)
t(lambda: q.get(timeout=-1))
print(q.get(timeout=0), q.qsize())
t(lambda: queue.Queue('x').full())
t(lambda: queue.Queue('x').put(1))
t(lambda: queue.Queue(None).get(False))
t(lambda: queue.Queue(1, 2))
t(lambda: queue.Queue().put())
t(lambda: queue.Queue().get(1, 2, 3))

q = queue.Queue()
print(sorted(vars(q)), type(q.queue).__name__)
print(type(q.mutex).__name__, type(q.not_empty).__name__,
      q.not_empty is not q.not_full, q.mutex.locked())
with q.mutex:
    q.queue.extend([1, 2, 3])
print(q.qsize(), q.get(), q.unfinished_tasks)

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(item)
print(pq.queue[0], [pq.get() for _ in range(4)])
pq.put(1)
t(lambda: pq.put('a'))
print(pq.qsize(), pq.unfinished_tasks)


class Bag(queue.Queue):
    """Storage hooks: a sorted list, largest first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort()

    def _get(self):
        return self.queue.pop()


b = Bag(2)
b.put(1)
b.put(7)
t(lambda: b.put(3, False))
print(b.get(), b.get(), b.empty())
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple])
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.Full, Exception),
      queue.Empty.__module__, queue.Full.__module__, queue.__all__)
