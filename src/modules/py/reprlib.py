"""Size-limited reprs (refpy's own implementation).

Repr() builds reprs that stop after a few items of a container, a few levels
of nesting and a few characters of a long string or number, putting
`fillvalue` where things were left out. recursive_repr() makes a __repr__ safe
against objects that contain themselves.
"""

import builtins
import itertools
import _thread

__all__ = [
    "Repr",
    "repr",
    "recursive_repr",
]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a repr that reaches the same object again
    (in the same thread) gives `fillvalue` instead of recursing."""

    def decorate(method):
        active = set()

        def wrapper(self):
            token = (id(self), _thread.get_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _in_order(items):
    # Sets and dict keys are shown sorted when their items allow it.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + kind, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    # -- helpers of our own

    def _middle_cut(self, text, limit):
        """`text` with its middle replaced by fillvalue to keep about `limit`
        characters (the head gets the smaller half)."""
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _items(self, x, level, opener, closer, limit, lone_suffix=''):
        count = len(x)
        if count and level <= 0:
            return opener + self.fillvalue + closer
        shown = [self.repr1(item, level - 1) for item in itertools.islice(x, limit)]
        if count > limit:
            shown.append(self.fillvalue)
        if count == 1:
            closer = lone_suffix + closer
        return opener + ', '.join(shown) + closer

    # -- one method per type

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if len(x) == 0:
            return "array('%s')" % x.typecode
        return self._items(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._items(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._items(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        count = len(x)
        if count == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        inner = level - 1
        entries = []
        for key in itertools.islice(_in_order(x), self.maxdict):
            entries.append(self.repr1(key, inner) + ': ' + self.repr1(x[key], inner))
        if count > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Quote a shortened string, then cut the quoted form at the same places.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._middle_cut(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._middle_cut(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
