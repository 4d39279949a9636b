# list.__getitem__ is list_methods' METH_COEXIST entry: a method descriptor, with
# method_descriptor's messages (dict.__getitem__ too); str's and tuple's are slot
# wrappers.
print(type(list.__getitem__).__name__, type(dict.__getitem__).__name__)
print(type(tuple.__getitem__).__name__, type(str.__getitem__).__name__)
print(list.__getitem__([7, 8], 1), list.__getitem__([7, 8], slice(1)))
for call in (lambda: list.__getitem__(1, 0), lambda: list.__getitem__(),
             lambda: dict.__getitem__([], 0), lambda: tuple.__getitem__([], 0),
             lambda: tuple.__getitem__(), lambda: list.__getitem__([], 0)):
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
class L(list):
    def __getitem__(self, i):
        return ('L', list.__getitem__(self, i))
print(L([1, 2])[0], repr(list.__getitem__)[:36])
