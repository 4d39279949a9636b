"""Counts seen inside a generator consumed by builtins and constructors: the arguments are
borrowed, as CPython's C functions borrow them."""
import sys
def mk():
    global gx
    gx = (sys.getrefcount(gx) for _ in range(2))
    return gx
mk(); print("list", list(gx))
mk(); print("tuple", tuple(gx))
mk(); print("set", sorted(set(gx)))
mk(); print("sorted", sorted(gx))
mk(); print("star", [*gx])
mk(); print("sum", sum(gx))
mk(); print("max", max(gx))
mk(); print("listcomp", [v for v in gx])
mk(); print("dict", dict.fromkeys(gx))
mk(); print("join", "".join(str(v) for v in gx))
mk(); L = []; L.extend(gx); print("extend", L)
mk(); print("map", list(map(str, gx)))
mk(); print("any", any(v > 100 for v in gx))
