class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("throw got", [type(x).__name__ for x in a], a[1:2])
        return "thrown"
def g():
    r = yield from It()
    return r
def outer():
    yield from g()
gen = g(); next(gen)
print(gen.throw(ValueError, "v"))
gen2 = outer(); next(gen2)
print(gen2.throw(KeyError("k")))
# a failed throw (running generator) must not leak its arguments into the next throw
def selfthrow():
    yield gen3.throw(TypeError, "stale")
gen3 = selfthrow()
try:
    next(gen3)
except ValueError as e:
    print("VE", e)
gen4 = g(); next(gen4)
print(gen4.throw(IndexError("fresh")))
