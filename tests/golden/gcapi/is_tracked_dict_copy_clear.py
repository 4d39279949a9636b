# A dict copied from a tracked dict is tracked, whichever way it is copied (a cloned
# table or entry by entry); clear() does not untrack; only a full collection does.
import gc

src = {1: []}
print('source:', gc.is_tracked(src))
print('copy:', gc.is_tracked(src.copy()), gc.is_tracked(dict(src)), gc.is_tracked({**src}))
e = {}
e.update(src)
print('update into empty:', gc.is_tracked(e))
big = {i: [] for i in range(20)}
for i in range(15):
    del big[i]
print('copy of a sparse dict:', gc.is_tracked(big.copy()))
atoms = {1: 2}
print('atoms:', gc.is_tracked(atoms), gc.is_tracked(atoms.copy()), gc.is_tracked(dict(atoms)))
src.clear()
print('after clear:', gc.is_tracked(src), src)
src[1] = 2
print('atoms after clear:', gc.is_tracked(src))
gc.collect()
print('after a full collection:', gc.is_tracked(src))
