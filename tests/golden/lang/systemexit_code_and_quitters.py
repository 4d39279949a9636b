# SystemExit.code, and the exit/quit builtins site gives scripts too.
class CM: pass
for args in [(), (1,), ()]:
    try: print(type(CM(*args)).__name__)
    except TypeError as e: print(e)
try: CM(x=1)
except TypeError as e: print(e)
class N:
    def __new__(cls, *a): return super().__new__(cls)
print(type(N(1, 2)).__name__)
class I:
    def __init__(self, a): self.a = a
try: object.__new__(I, 1).a
except Exception as e: print(type(e).__name__, e)
try: object().__init__(1)
except TypeError as e: print(e)
e = SystemExit(3); print(e.code, SystemExit().code, SystemExit(1, 2).code)
try: exit(5)
except SystemExit as e: print("exit", e.code)
try: quit()
except SystemExit as e: print("quit", e.code)
print(repr(exit))
