# The MRO error names the heads of the sequences still to merge (set_mro_error), and
# its text spans two lines as CPython's does.
class A: pass
class B(A): pass
class X: pass
class Y(X, A): pass
for bases in [(A, B), (B, A, X, Y), (Y, A, X, B)]:
    try:
        type("C", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print(repr(str(e)))
class C(A, B): pass
