import weakref
for obj in (1, "s", [1]):
    try:
        weakref.proxy(obj)
    except TypeError as e:
        print(e)
