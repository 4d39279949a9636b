import gc
gc.collect()
l = [[1]]
print([any(o is l for o in gc.get_objects(g)) for g in range(3)])
gc.collect()
print([any(o is l for o in gc.get_objects(generation=g)) for g in range(3)])
print(any(o is l for o in gc.get_objects(None)))
print(any(o is l for o in gc.get_objects(-1)))
for g in (3, -2):
    try:
        gc.get_objects(g)
    except ValueError as e:
        print(type(e).__name__, e)
