# A beginner's priority queue: heappush(heap, priority, item) instead of a tuple.
import heapq
tasks = []
heapq.heappush(tasks, (2, "write tests"))
heapq.heappush(tasks, (1, "fix bug"))
print(heapq.heappop(tasks))
heapq.heappush(tasks, 3, "deploy")
