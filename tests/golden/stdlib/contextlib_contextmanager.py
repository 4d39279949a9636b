from contextlib import contextmanager, ContextDecorator, AbstractContextManager
import contextlib


@contextmanager
def tag(name):
    """Wraps output in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
cm = tag("x")
print(type(cm).__name__, type(cm).__module__, cm.__doc__)
print(isinstance(cm, AbstractContextManager), isinstance(cm, ContextDecorator))

try:
    with tag("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(ValueError):
    raise ValueError("v")
print("after swallow")
try:
    with swallow(ValueError):
        raise TypeError("t")
except TypeError as e:
    print("not swallowed", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__suppress_context__)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with yields_after_throw():
        1 / 0
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e


try:
    with converts():
        1 / 0
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes through:", e)


@contextmanager
def reraises_si():
    try:
        yield
    except StopIteration:
        raise


try:
    with reraises_si():
        raise StopIteration("again")
except StopIteration as e:
    print("StopIteration re-raised:", e)


@contextmanager
def ctx_dec(label):
    print("enter", label)
    yield
    print("exit", label)


@ctx_dec("deco")
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(1), decorated(2), decorated.__name__)
once = plain()
with once:
    pass
try:
    with once:
        pass
except AttributeError as e:
    print("reuse:", type(e).__name__)
print(contextlib.__name__, "contextmanager" in contextlib.__all__)
