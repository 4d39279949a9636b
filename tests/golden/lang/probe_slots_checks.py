# type_new's checks of __slots__: strings, identifiers, __dict__/__weakref__ once and only
# where the base lacks them, no clash with a class variable.
tests = [
    "class A:\n __slots__ = ('x',)\n x = 5",
    "class A:\n __slots__ = ('__p',)\n _A__p = 5",
    "class A:\n __slots__ = ('__p',)\n __p = 5",
    "class A:\n __slots__ = 'x'\n def x(self): pass",
    "class A:\n __slots__ = ['x']\n x = 1",
    "class A:\n __slots__ = ('y', 'x')\n x = 1\n y = 2",
    "class A:\n __slots__ = ('__dict__', '__dict__')",
    "class A:\n __slots__ = ('__weakref__', '__weakref__')",
    "class A:\n __slots__ = (1,)",
    "class A:\n __slots__ = ('x', None)",
    "class A:\n __slots__ = ('1a',)",
    "class A:\n __slots__ = ('a b',)",
    "class A:\n __slots__ = ('',)",
    "class A:\n __slots__ = ('a', 'a')\nprint(A.__slots__)",
    "class A:\n __slots__ = 5",
    "class A:\n __slots__ = iter(['p', 'q'])\na = A(); a.p = 1; print(a.p)",
    "class A:\n __slots__ = (x for x in 'uv')\na = A(); a.v = 2; print(a.v)",
    "class B:\n pass\nclass A(B):\n __slots__ = ('__dict__',)",
    "class B:\n pass\nclass A(B):\n __slots__ = ('__weakref__',)",
    "class B:\n __slots__ = ()\nclass A(B):\n __slots__ = ('__dict__', '__weakref__')\nprint(A().__dict__)",
    "class A:\n __slots__ = ('__dict__',)\n __dict__ = 1\nprint('ok')",
    "class A:\n __slots__ = {'x': 'doc'}\nprint(A.x)",
    "class A(int):\n __slots__ = ('x',)",
    "class A(tuple):\n __slots__ = ()\nprint(A((1,)))",
    "class A(int):\n __slots__ = ('__weakref__',)",
    "class A:\n __slots__ = ('é',)\na = A(); a.é = 3; print(a.é)",
]
for t in tests:
    try:
        exec(t)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
