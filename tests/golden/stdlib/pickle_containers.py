# Containers: batching by 1000, shared and recursive references, memo opcodes.
import pickle
import pickletools


def opnames(data):
    """Opcode names with repeats collapsed, to show the stream's shape."""
    out = []
    for op, arg, pos in pickletools.genops(data):
        name = op.name
        if out and out[-1][0] == name:
            out[-1][1] += 1
        else:
            out.append([name, 1])
    return " ".join(n if c == 1 else f"{n}*{c}" for n, c in out)


for proto in range(6):
    for n in (0, 1, 2, 999, 1000, 1001, 2000, 2001):
        for kind, obj in (("list", list(range(n))),
                          ("dict", dict.fromkeys(range(n), 0)),
                          ("set", set(range(n))),
                          ("frozenset", frozenset(range(n))),
                          ("tuple", tuple(range(n)))):
            data = pickle.dumps(obj, proto)
            assert pickle.loads(data) == obj
            if n < 999 or kind in ("list", "dict", "set"):
                print(proto, kind, n, len(data), opnames(data)[-110:])

for proto in range(6):
    shared = [1, 2]
    obj = [shared, shared, (shared, shared), {"k": shared}]
    data = pickle.dumps(obj, proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back, back[0] is back[1] is back[2][0] is back[3]["k"])

    rec = [1]
    rec.append(rec)
    tup = (rec, 2)
    rec.append(tup)
    d = {}
    d["self"] = d
    d["t"] = (d,)
    for obj in (rec, d):
        data = pickle.dumps(obj, proto)
        print(proto, data)
    back = pickle.loads(pickle.dumps(rec, proto))
    print(back[1] is back, back[2][0] is back)
    back = pickle.loads(pickle.dumps(d, proto))
    print(back["self"] is back, back["t"][0] is back)

# 300 distinct strings: memo indices beyond 255 switch to LONG_BINPUT/LONG_BINGET.
words = [f"w{i}" for i in range(300)]
for proto in (0, 1, 3, 4):
    data = pickle.dumps(words + words[::-1], proto)
    print(proto, len(data), data[-40:], pickle.loads(data)[-1])
