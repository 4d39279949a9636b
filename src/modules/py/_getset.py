"""A read-only attribute of a C type refpy writes in Python (CPython's getset
descriptor without a setter): `array.typecode`, `Struct.size`, `HASH.name`.
Shared by those modules; its messages and repr name the C type as CPython does."""


class ReadOnly:
    __slots__ = ('_name', '_get', '_owner')

    def __init__(self, name, get, owner):
        self._name = name
        self._get = get
        self._owner = owner

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self._get(obj)

    def _refuse(self):
        return AttributeError("attribute '%s' of '%s' objects is not writable"
                              % (self._name, self._owner))

    def __set__(self, obj, value):
        raise self._refuse()

    def __delete__(self, obj):
        raise self._refuse()

    def __repr__(self):
        return "<attribute '%s' of '%s' objects>" % (self._name, self._owner)
