import gc
gc.set_threshold(-5)
print(gc.get_threshold())
gc.set_threshold(-1, -2, -3)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
