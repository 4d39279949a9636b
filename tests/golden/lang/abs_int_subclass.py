# abs() calls the type's nb_absolute: a subclass of int, float or complex that defines
# __abs__ gets its own; one that does not gets the base's, with an exact result.
class I(int):
    def __abs__(self):
        return 'I.__abs__'

class F(float):
    def __abs__(self):
        return 'F.__abs__'

class C(complex):
    def __abs__(self):
        return 'C.__abs__'

class B(int):
    pass

print(abs(I(-3)), abs(F(-2.5)), abs(C(3 + 4j)))
print(abs(B(-3)), type(abs(B(-3))).__name__, abs(B(4)), type(abs(B(4))).__name__)
print(abs(True), abs(-2**70))
