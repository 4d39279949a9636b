import mod_helper
import mod_helper as again
print(mod_helper.greet("world"), mod_helper is again)
print(mod_helper.calls(), mod_helper.__name__, __name__)
c = mod_helper.Counter()
print(c.tick(), c.tick(), type(c).__module__)
import sys
print("mod_helper" in sys.modules)
