from __future__ import annotations
import gc
def f(x: int, y: list[str] = None) -> dict[str, int]: pass
print(f.__annotations__)
class C:
    def m(self, __p: C) -> None: pass
print(C.m.__annotations__)
def mk():
    def cyc(a: Undefined): pass
    cyc.me = cyc
gc.collect()
mk()
print(gc.collect())
