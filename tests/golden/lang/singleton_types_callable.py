# The types of None, NotImplemented and Ellipsis return their singleton when called.
for f in [lambda: type(None)(), lambda: type(None)(1), lambda: type(NotImplemented)(),
          lambda: type(...)(), lambda: type(...)(2), lambda: type(NotImplemented)(x=1)]:
    try:
        r = f()
        print(repr(r), r is None or r is NotImplemented or r is ...)
    except TypeError as e:
        print(e)
