# ContextVar, Token, Context and copy_context, and the context threads run in.
import concurrent.futures as cf
import contextvars
import threading

user = contextvars.ContextVar('user', default='nobody')
depth = contextvars.ContextVar('depth')
print(user.name, user.get(), user.get('fallback'), depth.get(0))
try:
    depth.get()
except LookupError as exc:
    print('LookupError', exc.args[0] is depth)

token = user.set('alice')
print(user.get(), token.var is user, token.old_value is contextvars.Token.MISSING,
      repr(contextvars.Token.MISSING))
snapshot = contextvars.copy_context()
t2 = user.set('bob')
print(user.get(), snapshot[user], t2.old_value, len(snapshot))
user.reset(t2)
user.reset(token)
print(user.get(), user in snapshot, user in contextvars.copy_context())
for bad in (lambda: user.reset(token), lambda: depth.reset(depth.set(1)) or user.reset(
        depth.set(2)), lambda: snapshot['user'], lambda: contextvars.ContextVar(5)):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as exc:
        print(type(exc).__name__, str(exc).split('> ')[-1] if 'Token' in str(exc) else exc)


def inside(x):
    depth.set(x)
    user.set('in-run')
    return user.get(), depth.get(), len(contextvars.copy_context())


ctx = contextvars.Context()
print(ctx.run(inside, 7), user.get(), depth.get(None))
print(dict(ctx.items()) == {user: 'in-run', depth: 7}, sorted(v.name for v in ctx),
      ctx.get(user), ctx.get(contextvars.ContextVar('x'), 'd'), list(ctx.values()) != [])
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as exc:
    print('RuntimeError', exc.args[0].split(':')[0])
try:
    ctx[contextvars.ContextVar('missing')]
except KeyError:
    print('KeyError')
other = contextvars.Context()
tok = other.run(depth.set, 1)
try:
    depth.reset(tok)
except ValueError as exc:
    print('ValueError', exc.args[0].split('> ')[-1])
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as exc:
    print('TypeError', exc)
print(contextvars.ContextVar[int], type(ctx).__module__, contextvars.Context() == contextvars.Context())

user.set('main-value')
seen = []
t = threading.Thread(target=lambda: seen.append((user.get(), depth.get('unset'))))
t.start()
t.join()
print('thread sees', seen)
with cf.ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(user.get).result())
    pool.submit(user.set, 'worker-value').result()
    print(pool.submit(user.get).result(), user.get())
    copied = contextvars.copy_context()
    print(pool.submit(copied.run, user.get).result())
