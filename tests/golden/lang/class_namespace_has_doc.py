# PyType_Ready's type_dict_set_doc: every class namespace has __doc__ (None without a
# docstring), after what the class body defined; __hash__ = None comes after it.
# (Subclasses of classes that already have __dict__/__weakref__ add no descriptors.)
class X: pass
class Y(X):
    'doc'
class Z(X):
    def f(self): pass
print(list(vars(Y)), list(vars(Z)), Z.__doc__, X.__doc__)
print(X.__dict__.get('__doc__', 'missing'))
class E(X):
    def __eq__(s, o): return True
print(list(vars(E)), E.__hash__)
class F:
    __slots__ = ()
    def __eq__(s, o): return True
print(list(vars(F)), F.__doc__)
class G(Y):
    x = 1
print(list(vars(G)), G.__doc__)
