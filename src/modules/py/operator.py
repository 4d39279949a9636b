"""Functions standing for Python's operators.

refpy's own operator module, written from the documentation of CPython 3.11:
`operator.add(x, y)` computes `x + y`, `operator.itemgetter(1)` fetches `obj[1]`, and
so on. The plain operator functions are generated from a table of spellings below.
"""

import sys as _sys

# name -> (parameters, expression of the result, how the docstring spells it)
_PLAIN = {}


def _spell(names, params, expr, shown=None):
    for name in names.split():
        _PLAIN[name] = (params, expr, shown or expr)


for _n, _sym in (('lt', '<'), ('le', '<='), ('eq', '=='), ('ne', '!='), ('ge', '>='),
                 ('gt', '>'), ('add', '+'), ('sub', '-'), ('mul', '*'), ('matmul', '@'),
                 ('truediv', '/'), ('floordiv', '//'), ('mod', '%'), ('pow', '**'),
                 ('lshift', '<<'), ('rshift', '>>'), ('and_', '&'), ('or_', '|'),
                 ('xor', '^')):
    _spell(_n, 'a, b', 'a %s b' % _sym)
    if _n not in ('lt', 'le', 'eq', 'ne', 'ge', 'gt'):
        _spell('i' + _n.rstrip('_'), 'a, b', None, 'a %s= b' % _sym)
_spell('is_', 'a, b', 'a is b')
_spell('is_not', 'a, b', 'a is not b')
_spell('not_', 'a', 'not a')
_spell('truth', 'a', 'True if a else False', 'bool(a)')
_spell('neg', 'a', '-a')
_spell('pos', 'a', '+a')
_spell('inv invert', 'a', '~a')
_spell('abs', 'a', '_builtin_abs(a)', 'abs(a)')
_spell('getitem', 'a, b', 'a[b]')
_spell('contains', 'a, b', 'b in a', 'b in a (note reversed operands)')
_builtin_abs = abs


def _emit(name, params, expr, shown):
    """Source text of one generated function."""
    if expr is None:
        # An augmented assignment: rebind the first operand, hand it back.
        body = '    %s\n    return a\n' % shown
    else:
        body = '    return %s\n' % expr
    return 'def %s(%s, /):\n    "Same as %s."\n%s' % (name, params, shown, body)


exec(compile('\n'.join(_emit(k, *v) for k, v in _PLAIN.items()), '<operator>', 'exec'))


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def index(a, /):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    # range() converts through __index__ with CPython's own complaint for the rest;
    # int.__index__ then drops any int subclass (bool) from what it kept.
    return int.__index__(range(a).stop)


def _is_sequence(obj):
    if isinstance(obj, dict):
        return False
    return hasattr(type(obj), '__getitem__')


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if _is_sequence(a):
        return a + b
    raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def _walk(seq):
    try:
        return iter(seq)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(seq).__name__) from None


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    total = 0
    for elem in _walk(a):
        if elem is b or elem == b:
            total += 1
        # Each item goes before the next is asked for, as the C loop releases it.
        del elem
    return total


def indexOf(a, b, /):
    "Return the first index of b in a."
    pos = 0
    for elem in _walk(a):
        if elem is b or elem == b:
            return pos
        del elem
        pos += 1
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /, **given):
    """How many items obj is likely to produce: its len() when it has one, else what its
    __length_hint__() says, else default."""
    if given:
        raise TypeError('_operator.length_hint() takes no keyword arguments')
    if type(default) is not int:
        default = index(default)
    kind = type(obj)
    if hasattr(kind, '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    probe = getattr(kind, '__length_hint__', None)
    if probe is None:
        return default
    try:
        answer = probe(obj)
    except TypeError:
        return default
    if answer is NotImplemented:
        return default
    if not isinstance(answer, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(answer).__name__)
    if answer < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return answer


def call(*args, **kwargs):
    "Same as obj(*args, **kwargs)."
    if not args:
        raise TypeError('call expected at least 1 argument, got 0')
    return args[0](*args[1:], **kwargs)


def _sealed(cls):
    """Make cls behave as a C type that cannot be subclassed, at CPython's size."""
    def refuse(sub, **kw):
        raise TypeError("type 'operator.%s' is not an acceptable base type" % cls.__name__)
    cls.__init_subclass__ = classmethod(refuse)
    return cls


def _one_operand(who, got, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % who)
    if len(got) != 1:
        raise TypeError('%s expected 1 argument, got %d' % (who, len(got)))
    return got[0]


def _lookup_chain(obj, chain):
    for step in chain:
        obj = getattr(obj, step)
    return obj


@_sealed
class attrgetter:
    """attrgetter(attr, ...): a callable giving its operand's attribute attr (a dotted
    name follows a chain of attributes), or a tuple of them for several names."""
    __slots__ = ('_names', '_chains')

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        chains = []
        for text in names:
            if type(text) is not str and not isinstance(text, str):
                raise TypeError('attribute name must be a string')
            chains.append(tuple(text.split('.')))
        self._names = names
        self._chains = chains[0] if len(chains) == 1 else tuple(chains)

    def __call__(self, *got, **kwargs):
        if kwargs or len(got) != 1:
            _one_operand('attrgetter', got, kwargs)
        if len(self._names) == 1:
            return _lookup_chain(got[0], self._chains)
        return tuple([_lookup_chain(got[0], c) for c in self._chains])

    def __repr__(self):
        inner = ', '.join([repr(n) for n in self._names])
        return 'operator.attrgetter(%s)' % inner

    def __reduce__(self):
        return (type(self), self._names)


@_sealed
class itemgetter:
    """itemgetter(item, ...): a callable giving operand[item], or a tuple of such
    lookups when given several items."""
    __slots__ = ('_keys', '_single')

    def __init__(self, *keys, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = keys
        self._single = len(keys) == 1

    def __call__(self, *got, **kwargs):
        if kwargs or len(got) != 1:
            _one_operand('itemgetter', got, kwargs)
        if self._single:
            return got[0][self._keys[0]]
        target = got[0]
        return tuple([target[k] for k in self._keys])

    def __repr__(self):
        inner = ', '.join([repr(k) for k in self._keys])
        return 'operator.itemgetter(%s)' % inner

    def __reduce__(self):
        return (type(self), self._keys)


@_sealed
class methodcaller:
    """methodcaller(name, /, *args, **kwargs): a callable that calls the method `name`
    of its operand with the arguments stored here."""
    __slots__ = ('_method', '_pos', '_kw')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, method = args[0], args[1]
        if not isinstance(method, str):
            raise TypeError('method name must be a string')
        self._method = method
        self._pos = args[2:]
        self._kw = kwargs

    def __call__(self, *got, **kwargs):
        if kwargs or len(got) != 1:
            _one_operand('methodcaller', got, kwargs)
        return getattr(got[0], self._method)(*self._pos, **self._kw)

    def __repr__(self):
        shown = [repr(self._method)]
        shown += [repr(v) for v in self._pos]
        shown += ['%s=%r' % pair for pair in self._kw.items()]
        return 'operator.methodcaller(%s)' % ', '.join(shown)

    def __reduce__(self):
        if not self._kw:
            return (type(self), (self._method,) + self._pos)
        from functools import partial
        return (partial(type(self), self._method, **self._kw), self._pos)


_sys._c_layout(attrgetter, 40, False, False)
_sys._c_layout(itemgetter, 48, False, False)
_sys._c_layout(methodcaller, 40, False, False)
for _cls in (attrgetter, itemgetter, methodcaller):
    _sys._c_type_name(_cls)  # immutable, 'operator.itemgetter' in messages
del _cls

__all__ = sorted(n for n in globals() if n[0] != '_')

# Every function is also reachable under its dunder spelling (__add__, __not__, ...).
for _n in [n for n in __all__ if n not in ('attrgetter', 'itemgetter', 'methodcaller',
                                            'countOf', 'indexOf', 'is_', 'is_not',
                                            'length_hint', 'truth')]:
    globals()['__%s__' % _n.rstrip('_')] = globals()[_n]

del _n, _sym, _spell, _emit, _PLAIN, _sys
