# CPython's free lists serve PyList_New / PyDict_New / PyTuple_New, but a call of the
# type (list(), dict(), dict.fromkeys) allocates through tp_alloc: that allocation always
# counts in gc.get_count(), even while the free lists hold blocks.
import gc

keep = []
get = gc.get_count
rows = []
c = get()[0]; keep.append([]); rows.append(("[]", get()[0] - c))
c = get()[0]; keep.append(list()); rows.append(("list()", get()[0] - c))
c = get()[0]; keep.append(list((1, 2))); rows.append(("list(tuple)", get()[0] - c))
c = get()[0]; keep.append({}); rows.append(("{}", get()[0] - c))
c = get()[0]; keep.append(dict()); rows.append(("dict()", get()[0] - c))
c = get()[0]; keep.append(dict(a=1)); rows.append(("dict(a=1)", get()[0] - c))
c = get()[0]; keep.append(dict.fromkeys("ab")); rows.append(("dict.fromkeys", get()[0] - c))
c = get()[0]; keep.append([1, 2][:]); rows.append(("slice copy", get()[0] - c))
c = get()[0]; keep.append(tuple(keep)); rows.append(("tuple(list)", get()[0] - c))
for name, delta in rows:
    print(f"{name:<14} {delta}")
