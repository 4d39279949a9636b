# A generator's frame holds its function (f_func) and the generator its code and name
# objects; a frame that outlives its call (a traceback) holds its function.
import sys, gc
def f():
    1/0
try:
    f()
except Exception as e:
    tb = e.__traceback__
print(sys.getrefcount(f))
del tb
print(sys.getrefcount(f))
def g():
    try:
        1/0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame
fr = g()
# (its f_back, the module's frame, is left out: refpy's frames have none yet)
print(sys.getrefcount(g), sorted(type(x).__name__ for x in gc.get_referents(fr) if type(x).__name__ != 'frame'))
del fr
print(sys.getrefcount(g))
def gen():
    yield 1
it = gen()
print(it.gi_code is gen.__code__, it.__name__ is gen.__name__)
list(it)
print(it.gi_code is gen.__code__, sorted(type(x).__name__ for x in gc.get_referents(it)), it.gi_frame)
c = (x for x in [1])
print(sorted(type(x).__name__ for x in gc.get_referents(c)))
async def co(): pass
k = co()
print(sorted(type(x).__name__ for x in gc.get_referents(k)), sys.getrefcount(co))
k.close()
print(sorted(type(x).__name__ for x in gc.get_referents(k)), sys.getrefcount(co))
class D:
    def __del__(self): print('del D')
def mk(d=D()):
    yield d
g2 = mk()
del mk
print('a')
del g2
print('b')
