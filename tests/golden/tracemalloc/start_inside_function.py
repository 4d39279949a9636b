# tracemalloc started inside a function: it and its callers attribute their
# allocations to their lines from then on.
import tracemalloc


def start_and_allocate():
    tracemalloc.start()
    data = [object() for _ in range(1000)]
    return data


def caller():
    kept = start_and_allocate()
    more = [bytearray(8) for _ in range(500)]
    kept.append(more)
    return kept


def main():
    result = caller()
    extra = [bytearray(8) for _ in range(300)]
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    lines = {}
    for stat in snap.statistics("lineno"):
        if stat.traceback[0].filename == __file__:
            lines[stat.traceback[0].lineno] = stat.count
    for line in sorted(lines):
        print(line, lines[line] >= 200)
    return result, extra


main()
