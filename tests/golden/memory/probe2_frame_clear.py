# frame.clear() and traceback.clear_frames(): the locals of a finished frame die at
# once; an executing frame refuses; a generator's frame closes the generator.
import sys
import traceback

class Big:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("Big freed:", self.tag)

def fail(tag):
    data = Big(tag)
    raise RuntimeError("boom " + tag)

try:
    fail("tb")
except RuntimeError as e:
    saved = e
traceback.clear_frames(saved.__traceback__)
print("clear_frames done")
print("frame locals now:", saved.__traceback__.tb_next.tb_frame.f_locals)
saved = None

try:
    fail("direct")
except RuntimeError as e:
    fr = e.__traceback__.tb_next.tb_frame
    fr.clear()
    print("cleared; locals:", fr.f_locals)
    fr.clear()
    del fr
print("after except")

try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)

def callee():
    try:
        sys._getframe().f_back.clear()
    except RuntimeError as e:
        print("caller frame:", e)

callee()

def keeps():
    x = Big("x")
    y = Big("y")

    def closure():
        return y
    return sys._getframe()

f = keeps()
print("names:", sorted(f.f_locals))
f.clear()
print("after clear:", f.f_locals)
try:
    f.clear(1)
except TypeError as e:
    print("TypeError:", e)

def gen():
    a = Big("gen local")
    try:
        yield sys._getframe()
    finally:
        print("generator finally")

g = gen()
gf = next(g)
print("clearing a suspended generator's frame")
gf.clear()
print("generator closed:", g.gi_frame, g.gi_running)
try:
    next(g)
except StopIteration:
    print("StopIteration")

def selfclear():
    try:
        me.gi_frame.clear()
    except RuntimeError as e:
        print("running generator:", e)
    yield 1

me = selfclear()
next(me)
me.close()
print("end")
