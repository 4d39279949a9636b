import heapq
tests = ["heapq.heappush([], 1, 2)", "heapq.heappush([])", "heapq.heappush(None, 1)", "heapq.heappush((), 1)", "heapq.heappop()", "heapq.heappop([], 1)", "heapq.heappop(None)", "heapq.heappop(())",
"heapq.heapify()", "heapq.heapify([], 1)", "heapq.heapify(None)", "heapq.heapify('ab')", "heapq.heapreplace([], 1)", "heapq.heapreplace(None, 1)", "heapq.heapreplace([1])", "heapq.heappushpop(None, 1)", "heapq.heappushpop([], 1, 2)",
"heapq.nlargest('a', [1])", "heapq.nsmallest(2)", "heapq.nlargest(2, None)", "list(heapq.merge([1], None))", "heapq.heappush([1], 'a')", "heapq._heappop_max([])", "heapq._heapify_max(None)"]
for t in tests:
    try:
        r = eval(t)
        print("OK ", t, "->", repr(r)[:60])
    except BaseException as e:
        print("ERR", t, "->", type(e).__name__ + ":", str(e)[:150])
