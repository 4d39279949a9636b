import gc
def bad(phase, info):
    raise RuntimeError(phase)
def good(phase, info):
    print("good", phase)
gc.callbacks.append(bad)
gc.callbacks.append(good)
print(gc.collect() >= 0)
gc.callbacks.clear()
print("after")
