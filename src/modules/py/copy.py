"""Shallow and deep copies of arbitrary Python objects.

refpy's own `copy` module, written from its documentation. A class controls how it
is copied with `__copy__()` / `__deepcopy__(memo)`; otherwise the copy is rebuilt
from the object's reduction (copyreg's dispatch table, then `__reduce_ex__(4)`, then
`__reduce__()`), the same data pickle uses. A deep copy keeps a memo dict from
id(original) to copy, so shared and recursive structures are copied once; the memo
also keeps every original it copied alive (in a list stored under id(memo)) so that
no id can be reused while the copy runs.
"""

from copyreg import dispatch_table
from weakref import ref as _weakref_type

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # the older name


def _sample():
    pass


_NoneType = type(None)
_BuiltinType = type(len)
_FunctionType = type(_sample)
_CodeType = type(_sample.__code__)
_MethodType = type(_sample.__get__(0))

# Instances of these are never copied: copy() and deepcopy() return them as they are.
_SHARED_ALWAYS = (_NoneType, int, float, bool, complex, str, bytes, type, range,
                  property, _BuiltinType, type(Ellipsis), type(NotImplemented),
                  _FunctionType, _CodeType, _weakref_type)

# What copy() does with an object of each of these exact types, found with one lookup:
# None returns the object itself; a function (the built-in containers' own copy
# methods) makes the copy.
_SHALLOW_BY_TYPE = dict.fromkeys(_SHARED_ALWAYS + (tuple, frozenset, slice))
_SHALLOW_BY_TYPE.update({
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray.copy,
})

del _sample


def _reduction(x, cls, failure):
    """The reduction tuple (or str) describing how to rebuild x."""
    custom = dispatch_table.get(cls)
    if custom is not None:
        return custom(x)
    by_protocol = getattr(x, "__reduce_ex__", None)
    if by_protocol is not None:
        return by_protocol(4)
    plain = getattr(x, "__reduce__", None)
    if not plain:
        raise Error(failure % cls)
    return plain()


def copy(x):
    """A shallow copy of x: a new object of the same kind whose parts are x's parts."""
    cls = type(x)
    duplicate = _SHALLOW_BY_TYPE.get(cls, _ABSENT)
    if duplicate is not _ABSENT:
        return x if duplicate is None else duplicate(x)
    if issubclass(cls, type):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    recipe = _reduction(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(recipe, str):
        return x
    return _rebuild(x, None, recipe)


def deepcopy(x, memo=None, _nil=None):
    """A deep copy of x: its parts copied in turn, recursively. `memo` maps the id of
    every object already copied in this operation to its copy."""
    if memo is None:
        memo = {}
    key = id(x)
    known = memo.get(key, _ABSENT)
    if known is not _ABSENT:
        return known
    cls = type(x)
    # One lookup decides the common types: atomic ones (None) are their own copies.
    special = _DEEP_BY_TYPE.get(cls, _ABSENT)
    if special is None:
        return x
    if special is not _ABSENT:
        result = special(x, memo)
    elif issubclass(cls, type):
        return x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            recipe = _reduction(x, cls, "un(deep)copyable object of type %s")
            result = x if isinstance(recipe, str) else _rebuild(x, memo, recipe)
    if result is not x:
        memo[key] = result
        # Keep the original alive for as long as the memo lives: its id is a memo key.
        # (Not CPython's try/except KeyError: refpy's caught exceptions still move
        # gc.get_count() where CPython's do not; this form matches its counts.)
        memo.setdefault(id(memo), []).append(x)
    return result


_ABSENT = object()


def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    add = result.append
    for item in x:
        add(deepcopy(item, memo))
    return result


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deep_tuple(x, memo):
    parts = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied x itself (a cycle through a mutable item).
    if id(x) in memo:
        return memo[id(x)]
    for old, new in zip(x, parts):
        if old is not new:
            return tuple(parts)
    return x


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


# What deepcopy() does with an object of each of these exact types: None returns the
# object itself, a function makes the copy.
_DEEP_BY_TYPE = dict.fromkeys(_SHARED_ALWAYS)
_DEEP_BY_TYPE.update({
    list: _deep_list,
    dict: _deep_dict,
    tuple: _deep_tuple,
    _MethodType: _deep_method,
})


def _rebuild(x, memo, recipe):
    """Make the copy of x a reduction describes: callable, arguments, then optionally
    state, an iterator of list items and an iterator of dict pairs. `memo` is None
    for a shallow copy, else the deep copy's memo."""
    try:
        parts = tuple(recipe)
    except TypeError:
        raise TypeError("Value after * must be an iterable, not %s"
                        % type(recipe).__name__) from None
    count = len(parts)
    if count < 2:
        missing = ("'func' and 'args'", "s") if count == 0 else ("'args'", "")
        raise TypeError("_reconstruct() missing %d required positional argument%s: %s"
                        % (2 - count, missing[1], missing[0]))
    if count > 5:
        raise TypeError("_reconstruct() takes from 4 to 7 positional arguments "
                        "but %d were given" % (count + 2))
    func, args, state, items, pairs = parts + (None,) * (5 - count)
    deep = memo is not None
    if deep and args:
        args = tuple([deepcopy(a, memo) for a in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if items is not None:
        for item in items:
            y.append(deepcopy(item, memo) if deep else item)
    if pairs is not None:
        for k, v in pairs:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def _apply_state(y, state):
    """Give the new object y the state of its original, as unpickling would."""
    restore = getattr(y, "__setstate__", None)
    if restore is not None:
        restore(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)
