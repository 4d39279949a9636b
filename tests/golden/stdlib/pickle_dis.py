# pickletools.dis listings and genops of pickles from every protocol.
import pickle
import pickletools


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []


root = Node("root")
root.children.append(Node("leaf"))
root.children.append(root)
VALUES = [
    [1, (2, "a"), {"b": b"x"}, None, True, 1.5, 2**70, bytearray(b"z")],
    root,
    {frozenset({1, 2}), 3},
    (b"\x00" * 300, -5, 70000, -2**40),
]
for value in VALUES:
    for proto in range(6):
        print("--- protocol", proto)
        pickletools.dis(pickle.dumps(value, proto))

pickletools.dis(b"(I1\nS'x\\n'\nF2.5\nL5L\ncbuiltins\nlen\n(lp0\nl.", indentlevel=2)
for op, arg, pos in pickletools.genops(pickle.dumps([1, "two"], 4)):
    print(pos, op.name, op.code.encode("latin-1"), op.proto, repr(arg))
for bad in (b"N", b"\xff.", b"h\x00."):
    try:
        pickletools.dis(bad)
    except ValueError as e:
        print("ValueError", e)
