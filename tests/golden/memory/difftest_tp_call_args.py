# Builtin types without vectorcall in 3.11 (int, str, bytes, bytearray, complex,
# property, staticmethod, classmethod, memoryview) get their arguments packed into a
# tuple (and a dict for keywords) by _PyObject_MakeTpCall: the tuple counts in
# gc.get_count() unless the tuple free list serves it.
# (difftest: gc_alloc_counts)
import gc


exprs = ["bytearray(2)", "bytes(2)", "int('5')", "float('2.5')", "str(5)", "list((1,))",
         "tuple([1])", "dict(a=1)", "set([1])", "frozenset([1])", "object()", "range(3)",
         "enumerate([])", "filter(None, [])", "reversed([])", "bool(1)", "complex(1, 2)",
         "memoryview(b'a')", "property(None)", "staticmethod(len)",
         "classmethod(len)", "type(1)", "bytearray(b'a')", "bytes(b'ab')", "int(5)", "str('a')",
         "str(b'a', 'ascii')", "ValueError('a')"]
for e in exprs:
    code = compile(f"r = {e}", "<e>", "exec")
    ns = {}
    gc.collect()
    a = gc.get_count()[0]
    exec(code, ns)
    b = gc.get_count()[0]
    del ns
    print(e, b - a)

# A second call finds the tuple on the free list: no count.
gc.collect()
keep = []
counts = [gc.get_count()[0]]
for i in range(3):
    keep.append(bytearray(2))
    counts.append(gc.get_count()[0])
print(counts)
