"""Print the special methods each builtin type defines itself (its own ``__dict__``).

Run with CPython 3.11 (``python3 scripts/gen_dunder_names.py``): the output is the
reference that ``src/objects/slots.rs`` follows, one type per line, ``NAME: d1 d2 ...``.
Only names a type defines itself are listed; what it inherits (from ``object`` most
often) is deliberately left out, because a table that repeats an inherited name makes
``T.__dict__`` and ``T.__name__ is Base.__name__`` disagree with CPython.

The script sticks to what refpy runs too, so the same command under refpy shows what
is still missing: ``diff <(python3 scripts/gen_dunder_names.py) <(refpy scripts/gen_dunder_names.py)``.
"""

import sys


def _gen():
    yield 1


def _func():
    pass


def _cell():
    x = 1

    def inner():
        return x

    return inner.__closure__[0]


class _C:
    def method(self):
        pass


class _Seq:
    def __getitem__(self, i):
        raise IndexError


def _tb():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__


TYPES = [
    ("object", object),
    ("type", type),
    ("int", int),
    ("bool", bool),
    ("float", float),
    ("complex", complex),
    ("str", str),
    ("bytes", bytes),
    ("bytearray", bytearray),
    ("list", list),
    ("tuple", tuple),
    ("dict", dict),
    ("set", set),
    ("frozenset", frozenset),
    ("range", range),
    ("slice", slice),
    ("dict_keys", type({}.keys())),
    ("dict_values", type({}.values())),
    ("dict_items", type({}.items())),
    ("list_iterator", type(iter([]))),
    ("list_reverseiterator", type(reversed([]))),
    ("tuple_iterator", type(iter(()))),
    ("str_ascii_iterator", type(iter(""))),
    ("range_iterator", type(iter(range(0)))),
    ("dict_keyiterator", type(iter({}))),
    ("dict_valueiterator", type(iter({}.values()))),
    ("dict_itemiterator", type(iter({}.items()))),
    ("set_iterator", type(iter(set()))),
    ("iterator", type(iter(_Seq()))),
    ("callable_iterator", type(iter(_func, 1))),
    ("enumerate", type(enumerate([]))),
    ("zip", type(zip())),
    ("map", type(map(len, []))),
    ("filter", type(filter(None, []))),
    ("reversed", type(reversed(""))),
    ("generator", type(_gen())),
    ("function", type(_func)),
    ("builtin_function_or_method", type(len)),
    ("method", type(_C().method)),
    ("property", property),
    ("staticmethod", staticmethod),
    ("classmethod", classmethod),
    ("super", super),
    ("module", type(sys)),
    ("cell", type(_cell())),
    ("code", type(_func.__code__)),
    ("traceback", type(_tb())),
    ("NoneType", type(None)),
    ("NotImplementedType", type(NotImplemented)),
    ("ellipsis", type(...)),
    ("BaseException", BaseException),
    ("Exception", Exception),
    ("StopIteration", StopIteration),
    ("SystemExit", SystemExit),
    ("KeyError", KeyError),
    ("OSError", OSError),
    ("ImportError", ImportError),
    ("SyntaxError", SyntaxError),
    ("UnicodeDecodeError", UnicodeDecodeError),
]


def own_dunders(cls):
    return sorted(k for k in cls.__dict__ if k.startswith("__") and k.endswith("__"))


def main():
    for name, cls in TYPES:
        print(name + ": " + " ".join(own_dunders(cls)))


if __name__ == "__main__":
    main()
