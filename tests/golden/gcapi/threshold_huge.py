import gc
gc.set_threshold(2**31 - 1, 1, 1)
print(gc.get_threshold())
for v in (2**31, 2**64, -2**31 - 1):
    try:
        gc.set_threshold(v)
    except OverflowError as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
