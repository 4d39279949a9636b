"""pympler.asizeof for refpy: the deep size of Python objects, as Pympler 1.0.1 computes
it on CPython 3.11 (64-bit).

The flat size of an object is sys.getsizeof(obj) rounded up to the alignment (8 by
default); the size of an object is its flat size plus the sizes of its referents,
each distinct object counted once per call. Which referents are followed depends on
the kind of object: the items of lists, tuples and sets, the keys and values of
dicts, the __dict__ and __slots__ values of instances, and so on. Classes, functions,
methods and code objects are "code": sized only with code=True. Objects of types
from the builtins and types modules that are not listed here are ignored.
"""

import sys
import gc as _gc
import types as _types
import weakref as _weakref
from inspect import isbuiltin, isclass, iscode, isframe, isfunction, ismethod, ismodule

__all__ = ['adict', 'asized', 'asizeof', 'asizesof',
           'Asized', 'Asizer',
           'basicsize', 'flatsize', 'itemsize', 'leng', 'refs']
__version__ = '21.08.09'

# C sizes on a 64-bit build, as Pympler derives them with struct.calcsize.
_PTR = 8                 # sizeof(void*)
_BYTE = 1                # sizeof(char)
_DIGIT = 4               # sizeof(digit), int.__itemsize__
_UNICODE = 1             # len('\0'.encode('utf-8'))
_GC_HEAD = 32            # Pympler's estimate of sizeof(PyGC_Head) without _testcapi's
_DICT_ENTRY = 24         # sizeof(PyDictEntry)
_SET_ENTRY = 16          # sizeof(setentry)
_CODE_BASE = 120         # Pympler's sizeof(PyCodeObject)
_FRAME_BASE = 384        # Pympler's sizeof(PyFrameObject)
_MODULE_BASE = 24        # Pympler's sizeof(PyModuleObject)

_HAVE_GC = 1 << 14
_HEAPTYPE = 1 << 9

_BUILTIN_MODULES = ('builtins', 'types', Exception.__module__, __name__)

# Types whose objects are not tracked by CPython's collector (no GC header).
_NO_GC_NAMES = frozenset(['NoneType', 'NotImplementedType', 'bool', 'bytearray', 'bytes',
                          'code', 'complex', 'ellipsis', 'float', 'int', 'object', 'range',
                          'str'])
# Types that CPython 3.11 allocates on the heap (PyType_FromSpec).
_HEAP_NAMES = frozenset(['array', 'stat_result', 'statvfs_result', 'Struct', 'KeyedRef',
                         'arrayiterator'])
# Types refpy writes in Python that are C types (without a __module__ visible from
# their instances) in CPython.
_C_TYPES_IN_CPYTHON = (_types.SimpleNamespace,)

_cell_type = type((lambda v: (lambda: v))(None).__closure__[0])


def _type_has_gc(t, obj=None):
    flags = getattr(t, '__flags__', None)
    if isinstance(flags, int):
        return bool(flags & _HAVE_GC)
    if obj is not None and type(obj) is t:
        try:
            return sys.getsizeof(obj) > obj.__sizeof__()
        except Exception:
            pass
    return getattr(t, '__name__', '') not in _NO_GC_NAMES


def _class_is_heap(cls):
    flags = getattr(cls, '__flags__', None)
    if isinstance(flags, int):
        return bool(flags & _HEAPTYPE)
    try:
        if '__module__' in vars(cls) and getattr(cls, '__module__', None) != 'builtins':
            return True
    except TypeError:
        return False
    return getattr(cls, '__name__', '') in _HEAP_NAMES


# CPython 3.11's __basicsize__ and __itemsize__ of builtin types for which refpy's differ.
_CPY_TYPE_SIZES = {
    'function': (136, 0), 'range': (48, 0), 'slice': (40, 0), 'list_iterator': (32, 0),
    'dict_keyiterator': (56, 0), 'dict_valueiterator': (56, 0), 'dict_itemiterator': (56, 0),
    'str_ascii_iterator': (32, 0), 'tuple_iterator': (32, 0), 'enumerate': (56, 0),
    'list_reverseiterator': (32, 0), 'property': (64, 0), 'memoryview': (144, 8),
    'ReferenceType': (64, 0), 'weakref': (64, 0), 'builtin_function_or_method': (56, 0),
    'dict_keys': (24, 0), 'dict_items': (24, 0), 'dict_values': (24, 0), 'set_iterator': (48, 0),
    'bytes_iterator': (32, 0), 'bytearray_iterator': (32, 0), 'SimpleNamespace': (24, 0),
    'generator': (152, 8), 'classmethod': (32, 0), 'staticmethod': (32, 0), 'method': (48, 0),
    'reversed': (32, 0), 'callable_iterator': (32, 0), 'map': (32, 0), 'filter': (32, 0),
    'zip': (48, 0), 'range_iterator': (48, 0), 'array': (64, 0),
}


def _type_sizes(t):
    basic = getattr(t, '__basicsize__', 0)
    item = getattr(t, '__itemsize__', 0)
    known = _CPY_TYPE_SIZES.get(getattr(t, '__name__', None))
    if known is not None and getattr(t, '__module__', None) in ('builtins', 'types', 'weakref', 'array'):
        return known
    return basic, item


def _basicsize(t, base=0, heap=False, obj=None):
    """The basic size of type t (at least base), with Pympler's GC header estimate."""
    size = max(_type_sizes(t)[0], base)
    if t is not type:
        gc_head = _type_has_gc(t, obj)
    elif heap:
        gc_head = True
    else:
        gc_head = obj is not None and isinstance(obj, type) and _class_is_heap(obj)
    if gc_head:
        size += _GC_HEAD
    return size


def _itemsize(t, item=0):
    return _type_sizes(t)[1] or item


def _moduleof(obj, default=''):
    if isinstance(obj, _C_TYPES_IN_CPYTHON):
        return default
    return getattr(obj, '__module__', default)


def _nameof(obj, default=''):
    return getattr(obj, '__name__', default)


def _repr(obj, clip=80):
    try:
        text = repr(obj).replace('\n', '\\n')
    except Exception:
        text = 'N/A'
    if len(text) > clip > 0:
        half = clip // 2 - 2
        if half > 0:
            text = text[:half] + '....' + text[-half:]
    return text


def _power2(n):
    p = 2
    while p <= n:
        p <<= 1
    return p


def _plural(num):
    return '' if num == 1 else 's'


def _SI(size, K=1024, i='i'):
    if 1 < K <= size:
        f = float(size)
        for prefix in 'KMGPTE':
            f /= K
            if f < K:
                return ' or %.1f %s%sB' % (f, prefix, i)
    return ''


def _SI2(size, **kwds):
    return str(size) + _SI(size, **kwds)


def _kwdstr(**kwds):
    return ', '.join(sorted('%s=%r' % kv for kv in kwds.items()))


# ---------------------------------------------------------------------------
# Referents: each function yields the referents of an object, as (name, object)
# pairs when `named`, else the objects alone.

class _NamedRef(object):
    __slots__ = ('name', 'ref')

    def __init__(self, name, ref):
        self.name = name
        self.ref = ref


def _attr_pairs(obj, prefix='', exclude=(), slots=None, itor=''):
    if slots:
        if hasattr(obj, slots):
            found = {}
            for klass in type(obj).mro():
                for attr in getattr(klass, slots, ()):
                    if attr.startswith('__'):
                        attr = '_' + klass.__name__ + attr
                    if hasattr(obj, attr):
                        found.setdefault(attr, getattr(obj, attr))
            for pair in found.items():
                yield pair
    elif itor:
        for item in obj:
            yield itor, item
    else:
        for attr in dir(obj):
            if attr.startswith(prefix) and hasattr(obj, attr) and attr not in exclude:
                yield attr, getattr(obj, attr)


def _refs(obj, named, *attrs, **kwds):
    for attr in attrs:
        if hasattr(obj, attr):
            value = getattr(obj, attr)
            yield _NamedRef(attr, value) if named else value
    if kwds:
        for attr, value in _attr_pairs(obj, **kwds):
            yield _NamedRef(attr, value) if named else value


def _cell_refs(obj, named):
    try:
        value = obj.cell_contents
    except (AttributeError, ValueError):
        return
    yield _NamedRef('cell_contents', value) if named else value


def _class_refs(obj, named):
    return _refs(obj, named, '__class__', '__doc__', '__mro__', '__name__', '__slots__',
                 '__weakref__', '__dict__')


def _co_refs(obj, named):
    return _refs(obj, named, prefix='co_')


def _dict_refs(obj, named):
    try:
        if named:
            for key, value in obj.items():
                text = str(key)
                yield _NamedRef('[K] ' + text, key)
                yield _NamedRef('[V] ' + text + ': ' + _repr(value), value)
        else:
            for key, value in obj.items():
                yield key
                yield value
    except (KeyError, ReferenceError, TypeError) as exc:
        import warnings
        warnings.warn("Iterating '%s': %r" % (getattr(obj, '__class__', None), exc))


def _enum_refs(obj, named):
    return _refs(obj, named, '__doc__')


def _exc_refs(obj, named):
    return _refs(obj, named, 'args', 'filename', 'lineno', 'msg', 'text')


def _frame_refs(obj, named):
    return _refs(obj, named, prefix='f_')


def _func_refs(obj, named):
    return _refs(obj, named, '__doc__', '__name__', '__code__', '__closure__',
                 prefix='func_', exclude=('func_globals',))


def _gen_refs(obj, named):
    frame = getattr(obj, 'gi_frame', None)
    return _refs(frame, named, 'f_locals', 'f_code')


def _im_refs(obj, named):
    return _refs(obj, named, '__doc__', '__name__', '__code__', prefix='im_')


def _inst_refs(obj, named):
    return _refs(obj, named, '__dict__', '__class__', slots='__slots__')


def _iter_refs(obj, named):
    return _refs(_gc.get_referents(obj), named, itor=_nameof(obj) or 'iteref')


def _module_refs(obj, named):
    if obj.__name__ == __name__:
        return ()
    return _dict_refs(obj.__dict__, named)


def _namedtuple_refs(obj, named):
    for ref in _refs(obj, named, '__class__', slots='__slots__'):
        yield ref
    for item in obj:
        yield item


def _prop_refs(obj, named):
    return _refs(obj, named, '__doc__', prefix='f')


def _seq_refs(obj, named):
    return obj


def _stat_refs(obj, named):
    return _refs(obj, named, prefix='st_')


def _statvfs_refs(obj, named):
    return _refs(obj, named, prefix='f_')


def _tb_refs(obj, named):
    return _refs(obj, named, prefix='tb_')


def _type_refs(obj, named):
    return _refs(obj, named, '__doc__', '__mro__', '__name__', '__slots__', '__weakref__',
                 '__dict__')


def _weak_refs(obj, named):
    try:
        return (obj(),)
    except Exception:
        return ()


# ---------------------------------------------------------------------------
# Lengths (in items) used for the estimated flat size when sys.getsizeof fails.

def _len(obj):
    try:
        return len(obj)
    except TypeError:
        return 0


def _len_array(obj):
    return len(obj) * obj.itemsize


def _len_bytearray(obj):
    return obj.__alloc__()


def _len_code(obj):
    return (getattr(obj, 'co_stacksize', 0) + getattr(obj, 'co_nlocals', 0)
            + _len(getattr(obj, 'co_freevars', ())) + _len(getattr(obj, 'co_cellvars', ())) - 1)


def _len_dict(obj):
    n = len(obj)
    return 0 if n < 6 else _power2(n + 1)


def _len_frame(obj):
    code = getattr(obj, 'f_code', None)
    return _len_code(code) if code else 0


def _len_int(obj):
    if not obj:
        return 0
    n, value = 1, abs(obj)
    if value > (1 << (_DIGIT * 8)) - 1:
        import math
        n += int(math.log(value) / math.log(1 << (_DIGIT * 8)))
    return n


def _len_iter(obj):
    hint = getattr(obj, '__length_hint__', None)
    return hint() if hint else _len(obj)


def _len_list(obj):
    n = len(obj)
    if n > 8:
        n += 6 + (n >> 3)
    elif n:
        n += 4
    return n


def _len_module(obj):
    return _len(obj.__dict__)


def _len_set(obj):
    n = len(obj)
    if n > 8:
        return _power2(n + n - 2)
    return 8 if n else 0


def _len_slice(obj):
    try:
        return (obj.stop - obj.start + 1) // obj.step
    except (AttributeError, TypeError):
        return 0


def _len_struct(obj):
    try:
        return obj.size
    except AttributeError:
        return 0


def _len_unicode(obj):
    return len(obj) + 1


# ---------------------------------------------------------------------------
# Type definitions

_STATIC, _DYNAMIC, _DERIVED, _IGNORED, _INFERRED = (
    'static', 'dynamic', 'derived', 'ignored', 'inferred')
_KINDS = (_STATIC, _DYNAMIC, _DERIVED, _IGNORED, _INFERRED)


class _Typedef(object):
    """How objects of one type are sized: basic and item size, length and referents
    functions, whether they are data (`both`) or code only, and the kind of entry."""
    __slots__ = ('base', 'item', 'leng', 'refs', 'both', 'kind', 'type', 'vari')

    def __init__(self, base=0, item=0, leng=None, refs=None, both=True, kind=None,
                 type=None, vari=''):
        self.base = base
        self.item = item
        self.leng = leng
        self.refs = refs
        self.both = both
        self.kind = kind
        self.type = type
        self.vari = vari

    def __lt__(self, other):
        return True

    def __str__(self):
        parts = [str(self.base), str(self.item)]
        for f in (self.leng, self.refs):
            parts.append(f.__name__ if f else 'n/a')
        if not self.both:
            parts.append('(code only)')
        return ', '.join(parts)

    def args(self):
        return (self.base, self.item, self.leng, self.refs, self.both, self.kind, self.type)

    __repr__ = lambda self: repr(self.args())

    def copy_from(self, other, **changes):
        for name in ('base', 'item', 'leng', 'refs', 'both', 'kind', 'type', 'vari'):
            setattr(self, name, getattr(other, name))
        for name, value in changes.items():
            setattr(self, name, value)

    def flat(self, obj, mask=0):
        size = self.base
        if self.leng and self.item > 0:
            size += self.leng(obj) * self.item
        size = sys.getsizeof(obj, size)
        if mask:
            size = (size + mask) & ~mask
        return size


class _ClassKey(object):
    """The key of the typedef for one class object (not for its instances)."""
    __slots__ = ('_obj',)

    def __init__(self, obj):
        self._obj = obj

    def __str__(self):
        text = str(self._obj)
        if text.endswith('>'):
            return text[:-1] + ' def>'
        return text + ' def'
    __repr__ = __str__


_class_keys = {}


def _class_key(obj):
    key = _class_keys.get(id(obj))
    if key is None:
        key = _class_keys[id(obj)] = _ClassKey(obj)
    return key


def _objkey(obj):
    t = type(obj)
    if t is type:
        return _class_key(obj)
    return t


_typedefs = {}


def _save(td, t, base=0, heap=False):
    if type(t) is type:
        if t not in _typedefs:
            _typedefs[t] = td
            ck = _class_key(t)
            if ck not in _typedefs:
                kind = _IGNORED if t.__module__ in _BUILTIN_MODULES else td.kind
                _typedefs[ck] = _Typedef(base=_basicsize(type(t), base=base, heap=heap),
                                         refs=_type_refs, both=False, kind=kind, type=t)
    elif t not in _typedefs:
        _typedefs[t] = _Typedef(base=_basicsize(t, base=base), both=False, kind=_IGNORED,
                                type=t)


def _both(t, base=0, item=0, leng=None, refs=None, kind=_STATIC, heap=False, vari=''):
    td = _Typedef(base=_basicsize(t, base=base), item=_itemsize(t, item), leng=leng,
                  refs=refs, both=True, kind=kind, type=t, vari=vari)
    _save(td, t, base=base, heap=heap)
    return td


def _code(t, base=0, refs=None, kind=_STATIC, heap=False):
    td = _Typedef(base=_basicsize(t, base=base), refs=refs, both=False, kind=kind, type=t)
    _save(td, t, base=base, heap=heap)
    return td


_both(complex)
_both(float)
_both(list, refs=_seq_refs, leng=_len_list, item=_PTR)
_both(tuple, refs=_seq_refs, leng=_len, item=_PTR)
_both(property, refs=_prop_refs)
_both(type(Ellipsis))
_both(type(None))
_dict_typedef = _both(dict, item=_DICT_ENTRY, leng=_len_dict, refs=_dict_refs)
_both(_types.MappingProxyType, item=_DICT_ENTRY, leng=_len_dict, refs=_dict_refs)
_dict_classes = {'UserDict': ('IterableUserDict', 'UserDict'),
                 'weakref': ('WeakKeyDictionary', 'WeakValueDictionary')}
_both(_types.ModuleType, base=_dict_typedef.base, item=_dict_typedef.item + _MODULE_BASE,
      leng=_len_module, refs=_module_refs)

try:
    from array import array as _array
except ImportError:
    _array = None


def _array_kwds(obj):
    return dict(leng=_len_array, item=_BYTE, vari='itemsize' if hasattr(obj, 'itemsize') else '')


if _array is not None:
    _both(_array, **_array_kwds(_array('d', [])))
_both(bool)
_both(bytearray, item=_BYTE, leng=_len_bytearray)
_both(bytes, item=_BYTE, leng=_len)
_both(enumerate, refs=_enum_refs)
_both(Exception, refs=_exc_refs)
_both(frozenset, item=_SET_ENTRY, leng=_len_set, refs=_seq_refs)
_both(set, item=_SET_ENTRY, leng=_len_set, refs=_seq_refs)
if getattr(_types, 'GetSetDescriptorType', None) is not None:
    _both(_types.GetSetDescriptorType)
_both(int, item=_DIGIT, leng=_len_int)
if getattr(_types, 'MemberDescriptorType', None) is not None:
    _both(_types.MemberDescriptorType)
_both(type(NotImplemented))
_both(range)
_both(reversed, refs=_enum_refs)
_both(slice, item=_PTR, leng=_len_slice)
try:
    import os as _os
    _both(_os.stat_result, refs=_stat_refs)
    if hasattr(_os, 'statvfs_result'):
        _both(_os.statvfs_result, refs=_statvfs_refs, item=_PTR, leng=_len)
except ImportError:
    pass
try:
    from struct import Struct as _Struct
    _both(_Struct, item=_BYTE, leng=_len_struct)
except ImportError:
    pass
_both(_types.TracebackType, refs=_tb_refs)
_both(str, leng=_len_unicode, item=_UNICODE)
for _t, _kw in ((getattr(_weakref, 'KeyedRef', None), dict(refs=_weak_refs, heap=True)),
                (getattr(_weakref, 'ProxyType', None), {}),
                (getattr(_weakref, 'ReferenceType', None), dict(refs=_weak_refs))):
    if _t is not None:
        _both(_t, **_kw)
_code(object, kind=_IGNORED)
_code(super, kind=_IGNORED)
_code(type, kind=_IGNORED)
_code(classmethod, refs=_im_refs)
_code(staticmethod, refs=_im_refs)
_code(_types.MethodType, refs=_im_refs)
_both(_types.GeneratorType, refs=_gen_refs)
if getattr(_weakref, 'CallableProxyType', None) is not None:
    _code(_weakref.CallableProxyType, refs=_weak_refs)


def _iterator_typedefs():
    samples = [{}.items(), {}.keys(), {}.values(), reversed([]), reversed(())]
    try:
        import re
        samples.append(re.finditer('', ''))
    except ImportError:
        pass
    for td in list(_typedefs.values()):
        if td.type and td.leng:
            try:
                samples.append(td.type())
            except TypeError:
                pass
    for sample in samples:
        try:
            it = iter(sample)
        except TypeError:
            continue
        t = type(it)
        if t in _typedefs:
            continue
        _both(t, leng=_len_iter, refs=_iter_refs, item=0)


_iterator_typedefs()
del _t, _kw


def _isdictclass(obj):
    cls = getattr(obj, '__class__', None)
    return cls and cls.__name__ in _dict_classes.get(cls.__module__, ())


def _infer_dict(obj):
    for attrs in (('items', 'keys', 'values'), ('iteritems', 'iterkeys', 'itervalues')):
        attrs += ('__len__', 'get', 'has_key')
        if all(callable(getattr(obj, a, None)) for a in attrs):
            return True
    return False


def _isframe(obj):
    try:
        return isframe(obj)
    except ReferenceError:
        return False


def _derive_typedef(t):
    found = [td for td in _typedefs.values()
             if td.type is not object and _safe_issubclass(t, td.type)]
    return found[0] if len(found) == 1 else None


def _safe_issubclass(sub, sup):
    if sup is not object:
        try:
            return issubclass(sub, sup)
        except TypeError:
            pass
    return False


def _typedef(obj, derive=False, frames=False, infer=False):
    """A new typedef for an object whose type (or class) has none yet."""
    t = type(obj)
    td = _Typedef(base=_basicsize(t, obj=obj), kind=_DYNAMIC, type=t)
    if ismodule(obj):
        td.copy_from(_dict_typedef, base=td.base, kind=_DYNAMIC, type=t,
                     item=_dict_typedef.item + _MODULE_BASE, leng=_len_module,
                     refs=_module_refs)
    elif _isframe(obj):
        td.base = _basicsize(t, base=_FRAME_BASE, obj=obj)
        td.item = _itemsize(t)
        td.leng = _len_frame
        td.refs = _frame_refs
        if not frames:
            td.kind = _IGNORED
    elif iscode(obj):
        td.base = _basicsize(t, base=_CODE_BASE, obj=obj)
        td.item = _PTR
        td.leng = _len_code
        td.refs = _co_refs
        td.both = False
    elif callable(obj):
        if isclass(obj):
            td.refs = _class_refs
            td.both = False
            if _moduleof(obj) in _BUILTIN_MODULES:
                td.kind = _IGNORED
        elif isbuiltin(obj):
            td.both = False
            td.kind = _IGNORED
        elif isfunction(obj):
            td.refs = _func_refs
            td.both = False
        elif ismethod(obj):
            td.refs = _im_refs
            td.both = False
        elif isclass(t):
            td.item = _itemsize(t)
            if td.item:
                td.leng = _len
            td.refs = _inst_refs
        else:
            td.both = False
    elif _safe_issubclass(t, dict):
        td.copy_from(_dict_typedef, kind=_DERIVED)
    elif _isdictclass(obj) or (infer and _infer_dict(obj)):
        td.copy_from(_dict_typedef, kind=_INFERRED)
    elif isinstance(obj, _cell_type):
        td.item = _itemsize(t)
        td.refs = _cell_refs
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        td.refs = _namedtuple_refs
    elif _array is not None and isinstance(obj, _array):
        for name, value in _array_kwds(obj).items():
            setattr(td, name, value)
    elif _moduleof(obj) in _BUILTIN_MODULES:
        td.kind = _IGNORED
    else:
        if derive:
            parent = _derive_typedef(t)
            if parent:
                td.copy_from(parent, kind=_DERIVED)
                return td
        td.item = _itemsize(t)
        if td.item:
            td.leng = _len
        if _safe_issubclass(t, Exception):
            td.refs = _exc_refs
            td.kind = _DERIVED
        elif isinstance(obj, Exception):
            td.refs = _exc_refs
        else:
            td.refs = _inst_refs
    return td


# ---------------------------------------------------------------------------
# Results and the sizer

class Asized(object):
    """The size information of one object: size (with referents), flat size, name and
    an Asized for each referent sized in detail."""
    __slots__ = ('flat', 'name', 'refs', 'size')

    def __init__(self, size, flat, refs=(), name=None):
        self.size = size
        self.flat = flat
        self.name = name
        self.refs = tuple(refs)

    def __str__(self):
        return 'size %r, flat %r, refs[%d], name %r' % (
            self.size, self.flat, len(self.refs), self.name)

    def format(self, format='%(name)s size=%(size)d flat=%(flat)d', depth=-1,
               order_by='size', indent=''):
        """The size of this object and of its sized referents, one line each,
        referents indented by 4 more spaces and sorted by `order_by`."""
        text = indent + (format % dict(size=self.size, flat=self.flat, name=self.name))
        if depth and self.refs:
            ordered = sorted(self.refs, key=lambda r: getattr(r, order_by),
                             reverse=order_by in ('size', 'flat'))
            lines = [r.format(format=format, depth=depth - 1, order_by=order_by,
                              indent=indent + '    ') for r in ordered]
            text = '\n'.join([text] + lines)
        return text

    def get(self, name, dflt=None):
        """The referent called `name`, or dflt."""
        for ref in self.refs:
            if name == ref.name:
                return ref
        return dflt


class _Seen(dict):
    def again(self, key):
        count = self.get(key, 0) + 1
        if count > 0:
            self[key] = count


class _Prof(object):
    high = 0
    number = 0
    objref = None
    total = 0
    weak = False

    def _cmp(self, other):
        a, b = (self.total, self.number), (other.total, other.number)
        return (a > b) - (a < b)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def format(self, clip=0, grand=None):
        if self.number > 1:
            avg, plural = int(self.total / self.number), 's'
        else:
            avg, plural = self.total, ''
        obj = self.objref() if self.weak else self.objref
        total = _SI2(self.total)
        if grand:
            total += ' (%s)' % _p100(self.total, grand, prec=0)
        return dict(avg=_SI2(avg), high=_SI2(self.high), lengstr=_lengstr(obj),
                    obj=_repr(obj, clip=clip), plural=plural, total=total)

    def update(self, obj, size):
        self.number += 1
        self.total += size
        if self.high < size:
            self.high = size
            try:
                self.objref, self.weak = _weakref.ref(obj), True
            except TypeError:
                self.objref, self.weak = obj, False


def _p100(part, total, prec=1):
    r = float(total)
    if r:
        return '%.*f%%' % (prec, part * 100.0 / r)
    return 'n/a'


def _lengstr(obj):
    n = leng(obj)
    if n is None:
        return ''
    if n > _len(obj):
        return ' leng %d!' % n
    return ' leng %d' % n


class _Rank(object):
    __slots__ = ('deep', 'id', 'key', 'objref', 'pid', 'size', 'weak')

    def __init__(self, key, obj, size, deep, pid):
        self.deep = deep
        self.id = id(obj)
        self.key = key
        try:
            self.objref, self.weak = _weakref.ref(obj), True
        except TypeError:
            self.objref, self.weak = obj, False
        self.pid = pid
        self.size = size

    def format(self, clip=0, id2x={}):
        obj = self.objref() if self.weak else self.objref
        deep = ' (at %s)' % (self.deep,) if self.deep > 0 else ''
        pid = ', pix %s' % (id2x.get(self.pid, '?'),) if self.pid else ''
        return '%s: %s%s, ix %d%s%s' % (_prepr(self.key, clip=clip), _repr(obj, clip=clip),
                                        _lengstr(obj), id2x[self.id], deep, pid)


def _prepr(obj, clip=0):
    return _repr(obj, clip=clip).strip('<>').replace("'", '')


class Asizer(object):
    """Sizing state and options; sizes accumulate over calls until reset."""

    def __init__(self, **opts):
        self._excl_d = {}
        self.reset(**opts)

    def _clear(self):
        self._depth = 0
        self._incl = ''
        self._missed = 0
        self._profile = False
        self._profs = {}
        self._ranked = 0
        self._ranks = []
        self._seen = _Seen()
        self._total = 0
        for key in self._excl_d:
            self._excl_d[key] = 0
        module = sys.modules.get(__name__)
        self.exclude_objs(self, self._excl_d, self._profs, self._ranks, self._seen,
                          module, getattr(module, '__dict__', None), _typedefs)

    def _nameof(self, obj):
        return _nameof(obj, '') or _repr(obj, clip=self._clip_)

    def _prof(self, key):
        prof = self._profs.get(key)
        if not prof:
            self._profs[key] = prof = _Prof()
            self.exclude_objs(prof)
        return prof

    def _rank(self, key, obj, size, deep, pid):
        ranks = self._ranks
        lo, hi = 0, len(ranks)
        while lo < hi:
            mid = (lo + hi) // 2
            if size < ranks[mid].size:
                lo = mid + 1
            else:
                hi = mid
        if lo < 100:
            rank = _Rank(key, obj, size, deep, pid)
            ranks.insert(lo, rank)
            self.exclude_objs(rank)
            del ranks[100:]
        self._ranked += 1

    def _sizer(self, obj, pid, deep, sized):
        size = flat = 0
        i = id(obj)
        refs = []
        if i not in self._seen:
            self._seen[i] = 1
        elif deep or self._seen[i]:
            self._seen.again(i)
            if sized:
                result = sized(size, flat, name=self._nameof(obj))
                self.exclude_objs(result)
                return result
            return size
        else:
            self._seen.again(i)
        try:
            key = _objkey(obj)
            if key in self._excl_d:
                self._excl_d[key] += 1
            else:
                td = _typedefs.get(key)
                if not td:
                    _typedefs[key] = td = _typedef(obj, derive=self._derive_,
                                                   frames=self._frames_, infer=self._infer_)
                if (td.both or self._code_) and td.kind is not self._ign_d:
                    size = flat = td.flat(obj, self._mask)
                    if self._profile:
                        self._prof(key).update(obj, size)
                    if td.refs and deep < self._limit_ and not (deep and ismodule(obj)):
                        deeper = deep + 1
                        if sized and deep < self._detail_:
                            self.exclude_objs(refs)
                            for ref in td.refs(obj, True):
                                if isinstance(ref, _NamedRef):
                                    result = self._sizer(ref.ref, i, deeper, sized)
                                    result.name = ref.name
                                else:
                                    result = self._sizer(ref, i, deeper, sized)
                                    result.name = self._nameof(ref)
                                refs.append(result)
                                size += result.size
                        else:
                            for ref in td.refs(obj, False):
                                size += self._sizer(ref, i, deeper, None)
                        if self._depth < deeper:
                            self._depth = deeper
                if self._stats_ and size > self._above_ > 0:
                    self._rank(key, obj, size, deep, pid)
        except RecursionError:
            self._missed += 1
        if not deep:
            self._total += size
        if sized:
            result = sized(size, flat, name=self._nameof(obj), refs=refs)
            self.exclude_objs(result)
            return result
        return size

    def _sizes(self, objs, sized=None):
        self.exclude_refs(*objs)
        done, results = {}, []
        self.exclude_objs(done, results)
        for obj in objs:
            i = id(obj)
            if i in done:
                self._seen.again(i)
            else:
                done[i] = self._sizer(obj, 0, 0, sized)
            results.append(done[i])
        return tuple(results)

    def asized(self, *objs, **opts):
        """An Asized for each object (just one when one object is given)."""
        if opts:
            self.set(**opts)
        result = self._sizes(objs, Asized)
        if len(result) == 1:
            result = result[0]
        return result

    def asizeof(self, *objs, **opts):
        """The combined size of the objects."""
        if opts:
            self.set(**opts)
        self.exclude_refs(*objs)
        return sum(self._sizer(obj, 0, 0, None) for obj in objs)

    def asizesof(self, *objs, **opts):
        """The size of each object; 0 for duplicates and ignored objects."""
        if opts:
            self.set(**opts)
        return self._sizes(objs, None)

    def exclude_objs(self, *objs):
        """Never size, profile or rank these objects."""
        for obj in objs:
            self._seen.setdefault(id(obj), -1)

    def exclude_refs(self, *objs):
        """Do not size references to these objects (they are still sized when given)."""
        for obj in objs:
            self._seen.setdefault(id(obj), 0)

    def exclude_types(self, *objs):
        """Do not size instances of these types (or of these objects' types)."""
        for obj in objs:
            if type(obj) is type:
                for key in (_class_key(obj), obj):
                    if key not in self._excl_d:
                        self._excl_d[key] = 0

    above = property(lambda self: self._above_)
    align = property(lambda self: self._align_)
    clip = property(lambda self: self._clip_)
    code = property(lambda self: self._code_)
    cutoff = property(lambda self: self._cutoff_)
    derive = property(lambda self: self._derive_)
    detail = property(lambda self: self._detail_)
    frames = property(lambda self: self._frames_)
    ignored = property(lambda self: self._ign_d == _IGNORED)
    infer = property(lambda self: self._infer_)
    limit = property(lambda self: self._limit_)
    missed = property(lambda self: self._missed)
    ranked = property(lambda self: self._ranked)
    stats = property(lambda self: self._stats_)
    total = property(lambda self: self._total)

    @property
    def duplicate(self):
        return sum(1 for v in self._seen.values() if v > 1)

    @property
    def excluded(self):
        return tuple(self._excl_d)

    @property
    def seen(self):
        return sum(v for v in self._seen.values() if v > 0)

    @property
    def sized(self):
        return sum(1 for v in self._seen.values() if v > 0)

    def _printf(self, fmt, *args, **print3options):
        if args:
            fmt = fmt % args
        if self._stream and not print3options.get('file', None):
            print3options['file'] = self._stream
        print(fmt, **print3options)

    def print_largest(self, w=0, cutoff=0, **print3options):
        """Print the largest objects ranked."""
        c = int(cutoff) if cutoff else self._cutoff_
        n = min(len(self._ranks), max(c, 0))
        s = self._above_
        if n > 0 and s > 0:
            self._printf('\n%*d largest object%s (of %d over %d bytes%s)', w, n, _plural(n),
                         self._ranked, s, _SI(s), **print3options)
            id2x = dict((r.id, i) for i, r in enumerate(self._ranks))
            for r in self._ranks[:n]:
                s, t = r.size, r.format(self._clip_, id2x)
                self._printf('%*d bytes%s: %s', w, s, _SI(s), t, **print3options)

    def print_summary(self, w=0, objs=(), **print3options):
        """Print the totals: bytes, alignment, objects given, sized, seen, ..."""
        self._printf('%*d bytes%s%s', w, self._total, _SI(self._total), self._incl,
                     **print3options)
        if self._mask:
            self._printf('%*d byte aligned', w, self._mask + 1, **print3options)
        self._printf('%*d byte sizeof(void*)', w, _PTR, **print3options)
        n = len(objs or ())
        self._printf('%*d object%s %s', w, n, _plural(n), 'given', **print3options)
        n = self.sized
        self._printf('%*d object%s %s', w, n, _plural(n), 'sized', **print3options)
        if self._excl_d:
            n = sum(self._excl_d.values())
            self._printf('%*d object%s %s', w, n, _plural(n), 'excluded', **print3options)
        n = self.seen
        self._printf('%*d object%s %s', w, n, _plural(n), 'seen', **print3options)
        n = self.ranked
        if n > 0:
            self._printf('%*d object%s %s', w, n, _plural(n), 'ranked', **print3options)
        n = self.missed
        self._printf('%*d object%s %s', w, n, _plural(n), 'missed', **print3options)
        n = self.duplicate
        self._printf('%*d duplicate%s', w, n, _plural(n), **print3options)
        if self._depth > 0:
            self._printf('%*d deepest recursion', w, self._depth, **print3options)

    def print_profiles(self, w=0, cutoff=0, **print3options):
        """Print the flat-size profile of each type sized."""
        t = [(v, k) for k, v in self._profs.items() if v.total > 0 or v.number > 1]
        if (len(self._profs) - len(t)) < 9:
            t = [(v, k) for k, v in self._profs.items()]
        if t:
            s = ''
            if self._total:
                s = ' (% of grand total)'
                c = int(cutoff) if cutoff else self._cutoff_
                C = int(c * 0.01 * self._total)
            else:
                C = c = 0
            self._printf('\n%*d profile%s:  total%s, average, and largest flat size%s:  '
                         'largest object', w, len(t), _plural(len(t)), s, self._incl,
                         **print3options)
            r = len(t)
            for v, k in sorted(t, reverse=True):
                s = ('object%(plural)s:  %(total)s, %(avg)s, %(high)s:  %(obj)s%(lengstr)s'
                     % v.format(self._clip_, self._total))
                self._printf('%*d %s %s', w, v.number, _prepr(k, clip=self._clip_), s,
                             **print3options)
                r -= 1
                if r > 1 and v.total < C:
                    self._printf('%+*d profiles below cutoff (%.0f%%)', w, r, c)
                    break
            z = len(self._profs) - len(t)
            if z > 0:
                self._printf('%+*d %r object%s', w, z, 'zero', _plural(z), **print3options)

    def print_stats(self, objs=(), opts={}, sized=(), sizes=(), stats=3, **print3options):
        """Print the statistics of the last sizing, as asizeof(stats=N) does."""
        s = min(opts.get('stats', stats) or 0, self.stats)
        if s > 0:
            w = len(str(self.missed + self.seen + self.total)) + 1
            t = c = ''
            o = _kwdstr(**opts)
            if o and objs:
                c = ', '
            if sized and objs:
                n = len(objs)
                if n > 1:
                    self._printf('\nasized(...%s%s) ...', c, o, **print3options)
                    for i in range(n):
                        self._printf('%*d: %s', w - 1, i, sized[i], **print3options)
                else:
                    self._printf('\nasized(%s): %s', o, sized, **print3options)
            elif sizes and objs:
                self._printf('\nasizesof(...%s%s) ...', c, o, **print3options)
                for z, obj in zip(sizes, objs):
                    self._printf('%*d bytes%s%s:  %s', w, z, _SI(z), self._incl,
                                 _repr(obj, clip=self._clip_), **print3options)
            else:
                if objs:
                    t = _repr(objs, clip=self._clip_)
                self._printf('\nasizeof(%s%s%s) ...', t, c, o, **print3options)
            self.print_summary(w=w, objs=objs, **print3options)
            whole = int(s)
            c = int((s - whole) * 100.0 + 0.5) or self._cutoff_
            self.print_largest(w=w, cutoff=c if whole < 2 else 10, **print3options)
            if whole > 1:
                self.print_profiles(w=w, cutoff=c, **print3options)

    def reset(self, above=1024, align=8, clip=80, code=False, cutoff=10, derive=False,
              detail=0, frames=False, ignored=True, infer=False, limit=100, stats=0,
              stream=None, **extra):
        """Reset all options to the given values (or defaults) and clear the state."""
        if extra:
            raise KeyError('invalid option%s: %s' % (_plural(len(extra)), _kwdstr(**extra)))
        self._above_ = above
        self._align_ = align
        self._clip_ = clip
        self._code_ = code
        self._cutoff_ = cutoff
        self._derive_ = derive
        self._detail_ = detail
        self._frames_ = frames
        self._infer_ = infer
        self._limit_ = limit
        self._stats_ = stats
        self._stream = stream
        self._ign_d = _IGNORED if ignored else None
        self._mask = 7
        self._clear()
        self.set(align=align, code=code, cutoff=cutoff, stats=stats)

    def set(self, above=None, align=None, code=None, cutoff=None, frames=None, detail=None,
            limit=None, stats=None):
        """Change some options, keeping the others."""
        if above is not None:
            self._above_ = int(above)
        if align is not None:
            self._align_ = align
            if align > 1:
                self._mask = align - 1
                if (self._mask & align) != 0:
                    raise ValueError('invalid option: %s=%r' % ('align', align))
            else:
                self._mask = 0
        if code is not None:
            self._code_ = code
            if code:
                self._incl = ' (incl. code)'
        if detail is not None:
            self._detail_ = detail
        if frames is not None:
            self._frames_ = frames
        if limit is not None:
            self._limit_ = limit
        if stats is not None:
            if stats < 0:
                raise ValueError('invalid option: %s=%r' % ('stats', stats))
            whole = int(stats)
            c = int((stats - whole) * 100.0 + 0.5) or self._cutoff_
            self._cutoff_ = int(cutoff) if cutoff else c
            self._stats_ = whole
            self._profile = whole > 1


def adict(*classes):
    """Have these dict-like classes sized as dicts; True if all were accepted."""
    ok = True
    for cls in classes:
        if isclass(cls) and _infer_dict(cls):
            names = _dict_classes.get(cls.__module__, ())
            if cls.__name__ not in names:
                _dict_classes[cls.__module__] = names + (cls.__name__,)
        else:
            ok = False
    return ok


_asizer = Asizer()


def _objs_opts_x(objs, all=None, **opts):
    if objs:
        return objs, opts, False
    if all in (False, None):
        return (), opts, True
    if all is True:
        return _gc.get_objects(), opts, True
    raise ValueError('invalid option: %s=%r' % ('all', all))


def asized(*objs, **opts):
    """An Asized for each object (one Asized when one object is given); detail=N
    sizes the referents N levels deep."""
    _asizer.reset(**opts)
    if objs:
        result = _asizer.asized(*objs)
        _asizer.print_stats(objs, opts=opts, sized=result)
        _asizer._clear()
    else:
        result = ()
    return result


def asizeof(*objs, **opts):
    """The combined size in bytes of the objects and of everything they refer to."""
    objs, opts, everything = _objs_opts_x(objs, **opts)
    _asizer.reset(**opts)
    if objs:
        if everything:
            _asizer.exclude_objs(objs)
        total = _asizer.asizeof(*objs)
        _asizer.print_stats(objs=objs, opts=opts)
        _asizer._clear()
    else:
        total = 0
    return total


def asizesof(*objs, **opts):
    """A tuple with the size of each object (0 for duplicates and ignored objects)."""
    _asizer.reset(**opts)
    if objs:
        result = _asizer.asizesof(*objs)
        _asizer.print_stats(objs, opts=opts, sizes=result)
        _asizer._clear()
    else:
        result = ()
    return result


def _typedefof(obj, save=False, **opts):
    key = _objkey(obj)
    td = _typedefs.get(key)
    if not td:
        td = _typedef(obj, **opts)
        if save:
            _typedefs[key] = td
    return td


def basicsize(obj, **opts):
    """The basic size of an object in bytes."""
    td = _typedefof(obj, **opts)
    return td.base if td else td


def flatsize(obj, align=0, **opts):
    """The flat size of an object in bytes, aligned to `align` (a power of 2)."""
    td = _typedefof(obj, **opts)
    if not td:
        return td
    if align > 1:
        mask = align - 1
        if (align & mask) != 0:
            raise ValueError('invalid option: %s=%r' % ('align', align))
    else:
        mask = 0
    return td.flat(obj, mask=mask)


def itemsize(obj, **opts):
    """The item size of an object in bytes."""
    td = _typedefof(obj, **opts)
    if not td:
        return td
    item, vari = td.item, td.vari
    if vari and item == _BYTE:
        item = getattr(obj, vari, item)
    return item


def leng(obj, **opts):
    """The length of an object in items, or None."""
    td = _typedefof(obj, **opts)
    if not td:
        return td
    n = td.leng
    if n and callable(n):
        item, vari, n = td.item, td.vari, n(obj)
        if vari and item == _BYTE:
            item = getattr(obj, vari, item)
            if item > _BYTE:
                n = n // item
    return n


def named_refs(obj, **opts):
    """The (name, referent) pairs of an object's named referents."""
    result = []
    td = _typedefof(obj, **opts)
    if td and td.refs and callable(td.refs):
        for ref in td.refs(obj, True):
            try:
                result.append((ref.name, ref.ref))
            except AttributeError:
                pass
    return result


def refs(obj, **opts):
    """The referents of an object that asizeof follows."""
    td = _typedefof(obj, **opts)
    if td:
        td = td.refs
        if td and callable(td):
            td = td(obj, False)
    return td
