# sys.getsizeof of a list after every way of growing and shrinking it, from every
# starting size: the allocation follows listobject.c's list_resize, list_ass_slice,
# list_inplace_repeat, list_extend and _list_clear.
import sys


def iadd(l, other):
    l += other


def imul(l, n):
    l *= n


OPS = {
    "append": lambda l: l.append(0),
    "extend_list": lambda l: l.extend([1, 2, 3]),
    "extend_tuple": lambda l: l.extend((1,) * 9),
    "extend_gen": lambda l: l.extend(x for x in range(5)),
    "extend_range": lambda l: l.extend(range(7)),
    "extend_self": lambda l: l.extend(l),
    "iadd_list": lambda l: iadd(l, [1] * 4),
    "iadd_self": lambda l: iadd(l, l),
    "insert0": lambda l: l.insert(0, 9),
    "pop": lambda l: l and l.pop(),
    "pop0": lambda l: l and l.pop(0),
    "remove": lambda l: 0 in l and l.remove(0),
    "del_item": lambda l: l and l.__delitem__(-1),
    "del_slice": lambda l: l.__delitem__(slice(1, 4)),
    "del_all": lambda l: l.__delitem__(slice(None)),
    "del_ext": lambda l: l.__delitem__(slice(None, None, 2)),
    "del_ext_neg": lambda l: l.__delitem__(slice(None, None, -3)),
    "set_slice_grow": lambda l: l.__setitem__(slice(1, 2), [7] * 6),
    "set_slice_shrink": lambda l: l.__setitem__(slice(0, 5), [7]),
    "set_slice_empty": lambda l: l.__setitem__(slice(None), []),
    "set_slice_self": lambda l: l.__setitem__(slice(1, 1), l),
    "clear": lambda l: l.clear(),
    "imul0": lambda l: imul(l, 0),
    "imul1": lambda l: imul(l, 1),
    "imul3": lambda l: imul(l, 3),
    "sort": lambda l: l.sort(),
    "reverse": lambda l: l.reverse(),
}

for start in (0, 1, 3, 4, 5, 8, 9, 16, 17, 30):
    row = []
    for name, op in OPS.items():
        grown = []
        for i in range(start):
            grown.append(i)
        op(grown)
        literal = list(range(start))
        op(literal)
        row.append(f"{name}={sys.getsizeof(grown)}/{sys.getsizeof(literal)}")
    print(start, " ".join(row))

# Fresh lists from every constructor.
for n in (0, 1, 2, 5, 9, 33):
    src = list(range(n))
    made = [
        src[:], src.copy(), list(src), list(tuple(src)), list(x for x in src),
        [x for x in src], [*src], src + [], src * 2, [0] * n, sorted(src),
        list(reversed(src)), src[::2], list(map(int, src)), list(range(n)),
    ]
    print(n, [sys.getsizeof(m) for m in made])
