# itertools.accumulate releases its function, running total, iterator and initial value
# in that order when it dies; heappop / heapreplace / heappushpop release the popped
# item before a failing comparison's error propagates (it is not kept by a traceback).
# Found by scripts/difftest (release_55_121, release_55_169).
import heapq
import itertools


class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


class U(D):
    pass  # no ordering: comparisons raise TypeError


def run_accumulate(steps, func, initial):
    src = [D('a1'), D('a2'), D('a3'), D('a4')]
    it = itertools.accumulate(src, func, initial=initial)
    for _ in range(steps):
        print(next(it))
    del src
    print('drop')
    del it
    print('--')


run_accumulate(2, lambda a, b: b, None)
run_accumulate(1, lambda a, b: b, D('i1'))
run_accumulate(0, lambda a, b: b, D('i2'))
run_accumulate(3, lambda a, b: a, None)


def run_heap(op):
    heap = [U('h1'), U('h2'), U('h3'), U('h4')]
    try:
        print(op(heap))
    except TypeError as exc:
        print('caught', exc)
    print('after', heap)
    del heap
    print('--')


run_heap(heapq.heappop)
run_heap(lambda h: heapq.heapreplace(h, U('r1')))
run_heap(lambda h: heapq.heappushpop(h, U('p1')))
run_heap(lambda h: heapq.heappush(h, U('q1')))
