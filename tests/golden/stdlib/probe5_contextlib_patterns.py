from contextlib import contextmanager, ExitStack, suppress, nullcontext
import os, tempfile
@contextmanager
def cd(path):
    old = os.getcwd(); os.chdir(path)
    try:
        yield os.getcwd()
    finally:
        os.chdir(old)
with tempfile.TemporaryDirectory() as d:
    with cd(d) as now:
        print(os.path.realpath(now) == os.path.realpath(d))
    print(os.getcwd() != d)
@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception as e:
        db.clear(); db.update(snapshot)
        print('rolled back:', type(e).__name__, e)
        raise
    else:
        print('committed', sorted(db.items()))
db = {'a': 1}
with transaction(db) as t:
    t['b'] = 2
try:
    with transaction(db) as t:
        t['c'] = 3
        raise RuntimeError('oops')
except RuntimeError:
    pass
print(db)
class Resource:
    def __init__(self, name): self.name = name; print('open', name)
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print('close', self.name, et.__name__ if et else None)
        return False
with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in 'abc']
    print([r.name for r in rs])
try:
    with ExitStack() as stack:
        stack.enter_context(Resource('x'))
        stack.enter_context(Resource('y'))
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
def opt(flag):
    return Resource('real') if flag else nullcontext('dummy')
for f in (True, False):
    with opt(f) as r:
        print('using', getattr(r, 'name', r))
with suppress(FileNotFoundError):
    os.remove('/nonexistent/zzz')
    print('not here')
print('suppressed ok')
cm = suppress(KeyError)
with cm:
    {}['x']
with cm:
    pass
print('reusable')
@contextmanager
def reentrant_gen():
    yield
g = reentrant_gen()
with g:
    pass
try:
    with g:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
class Cls:
    def __enter__(self): return 1
try:
    with Cls():
        pass
except TypeError as e:
    print('TypeError', e)
try:
    with 5:
        pass
except TypeError as e:
    print('TypeError', e)
