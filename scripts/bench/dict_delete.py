# Dict deletes: fill a dict with 10**6 str keys, delete every one with `del d[k]`, fill it
# again (the table keeps its holes until the next resize), pop half, then checksum.
def main():
    keys = [f"k{i}" for i in range(1000000)]
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    for k in keys:
        del d[k]
    print(len(d))
    for i, k in enumerate(keys):
        d[k] = i
    total = 0
    for k in keys[::2]:
        total += d.pop(k)
    total += sum(d.values())
    print(len(d), total, next(iter(d)), list(d)[-1])


main()
