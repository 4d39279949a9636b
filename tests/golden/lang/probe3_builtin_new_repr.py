# A type's __new__ is a builtin method bound to the type ("of type object").
for o in [object.__new__, int.__new__, dict.__new__, type.__new__, str.__new__]:
    r = repr(o)
    print(r.split(" at 0x")[0], r.endswith(">"), type(o).__name__, o.__qualname__, o.__self__)
print(repr(object.__init__), repr(dict.fromkeys).split(" at 0x")[0], repr(len))
