# Argument errors of heapq's list checks and bisect's bounds, as CPython's C versions
# report them (bounds are C ssize_t values; hi=None or -1 means len(a)).
import bisect
import heapq


def attempt(f, *args, **kwargs):
    try:
        print('ok', f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(heapq.heappush, 1, 2)
attempt(heapq.heappop, ())
attempt(heapq.heappop, [])
attempt(heapq.heapify, {})
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heapreplace, (1,), 1)
attempt(heapq.heappushpop, (1,), 1)
attempt(heapq.heappushpop, [], 1)
attempt(heapq._heappop_max, [])
attempt(heapq._heappop_max, 3)
attempt(heapq._heapify_max, 3)
attempt(heapq._heapreplace_max, [], 3)
attempt(heapq._heapreplace_max, 3, 3)

attempt(bisect.bisect_left, [1, 2], 1, -1)
attempt(bisect.bisect_right, [1, 2], 1, lo=-5)
attempt(bisect.insort, [1, 2], 1, -1)
attempt(bisect.insort_left, [1, 2], 1, lo=-1)
attempt(bisect.bisect, 5, 1)
attempt(bisect.bisect, [1], 1, 'a')
attempt(bisect.bisect, [1], 1, 0, 'b')
attempt(bisect.bisect, [1], 1, 1.5)
attempt(bisect.bisect, [1, 2, 3], 2, hi=-1)
attempt(bisect.bisect, [1, 2, 3], 2, hi=-5)
attempt(bisect.bisect, [1, 2, 3], 2, 0, None)
attempt(bisect.bisect, [1, 2, 3], 2, True)
attempt(bisect.bisect_left, [1, 2, 3], 2, 10 ** 30)
attempt(bisect.bisect_left, [1, 2, 3], 2, 0, 10 ** 30)
attempt(bisect.insort, (1, 2), 3)
attempt(bisect.bisect_left, [1, 'a'], 2)
