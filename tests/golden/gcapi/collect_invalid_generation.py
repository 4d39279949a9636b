import gc
for g in (3, -1, 100):
    try:
        gc.collect(g)
    except ValueError as e:
        print(g, type(e).__name__, e)
try:
    gc.collect("x")
except TypeError as e:
    print(type(e).__name__)
