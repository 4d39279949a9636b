import weakref
for obj in (1, "s", [1], (1,), {"a": 1}, 2.5, None, b"b", 10**30):
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)
