# queue in one thread: FIFO, LIFO and priority order, bounds, task accounting, errors,
# and a breadth-first search as scripts write it.
import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

q = Queue(maxsize=2)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
q.put(1)
q.put(2)
print(q.full(), list(q.queue))
try:
    q.put(3, block=False)
except Full as e:
    print("Full", repr(e))
try:
    q.put(3, timeout=0.01)
except Full as e:
    print("Full after timeout", repr(e))
print(q.get(), q.get_nowait(), q.unfinished_tasks)
try:
    q.get_nowait()
except Empty as e:
    print("Empty", repr(e), Empty.__module__, [c.__name__ for c in Full.__mro__])
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(e)
q.join()
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)

lifo = LifoQueue()
pq = PriorityQueue()
for item in (3, 1, 4, 1, 5, 9, 2, 6):
    lifo.put(item)
    pq.put((item % 3, item))
print([lifo.get() for _ in range(lifo.qsize())])
print([pq.get() for _ in range(pq.qsize())])

s = SimpleQueue()
s.put("a")
s.put_nowait("b")
print(s.get(), s.get_nowait(), s.empty(), s.qsize(), type(s).__module__)
try:
    s.get(block=False)
except Empty:
    print("SimpleQueue empty")
print(Queue[int], SimpleQueue[str])

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = {"a": 0}
todo = Queue()
todo.put("a")
while not todo.empty():
    node = todo.get()
    for nxt in graph[node]:
        if nxt not in seen:
            seen[nxt] = seen[node] + 1
            todo.put(nxt)
print(seen)
