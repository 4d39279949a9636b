import sys
print([sys.getsizeof(v) for v in (0, 1, 2 ** 30 - 1, 2 ** 30, 2 ** 100, -1)])
print(sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(True))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof(b""))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof({}), sys.getsizeof({"a": 1}))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3, 4, 5}))
