for expr in ["object.__new__.__self__", "int.__new__.__self__", "str.join.__self__", "[].append.__self__",
             "len.__self__", "(1).__add__.__self__", "int.__add__.__self__", "dict.fromkeys.__self__",
             "dict.__dict__['fromkeys'].__self__", "[].append.__objclass__", "str.join.__objclass__",
             "(1).__add__.__objclass__", "len.__objclass__", "int.__add__.__objclass__",
             "dict.__dict__['fromkeys'].__objclass__", "object.__new__.__objclass__",
             "type(str.join).__name__", "hasattr(str.join, '__self__')", "hasattr([].append, '__objclass__')"]:
    try:
        print(expr, "->", eval(expr))
    except AttributeError as e:
        print(expr, "-> AttributeError", e)
print(int.__new__.__qualname__, object.__new__.__qualname__)
