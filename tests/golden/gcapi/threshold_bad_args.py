import gc
for args in [(), (1, 2, 3, 4), (1.5,), ("a",)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
