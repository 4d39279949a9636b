from mod_helper import greet, GREETING as G, Counter
import mod_helper
print(greet("a"), G, mod_helper.calls())
mod_helper.GREETING = "hi"
print(greet("b"), G)
try:
    from mod_helper import missing
except ImportError as e:
    print(type(e).__name__, e)
