# C's heapq moves items by swapping them, so when a comparison raises midway every item
# is still in the list: the item heapreplace put in stays there (released with the list).
# Found by scripts/difftest (release_78_1, release_84_177).
import heapq


class D:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return self.name < other.name

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


heap = [D('d2'), D('d3'), D('d4'), D('d5')]
try:
    heapq.heappush(heap, 1)
except TypeError as e:
    print('!', e)
print(heap[:4], heap[4])
try:
    heapq.heapreplace(heap, D('d15'))
except (AttributeError, TypeError) as e:
    print('!', e)
print(heap)
try:
    heapq.heappop(heap)
except (AttributeError, TypeError) as e:
    print('!', e)
print(heap)
heap.clear()
print('--')
heap = [D('a'), D('b'), D('c'), 0, D('e')]
try:
    heapq.heapify(heap)
except (AttributeError, TypeError) as e:
    print('!', e)
print(heap)
del heap
print('end')
