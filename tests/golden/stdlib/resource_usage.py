# resource.getrusage and struct_rusage: the fields, their types, and the peak RSS
# (ru_maxrss, KiB on Linux) growing with the process's memory.
import resource

u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u), type(u).__mro__)
print(len(u), u.n_fields, u.n_sequence_fields, u.n_unnamed_fields)
print(type(u.ru_utime).__name__, type(u.ru_stime).__name__, type(u.ru_maxrss).__name__)
print(u.ru_maxrss > 0, u.ru_utime >= 0.0, u[2] == u.ru_maxrss, u[-1] == u.ru_nivcsw)
print(u[0:2] == (u.ru_utime, u.ru_stime), u[::8] == (u.ru_utime, u.ru_nswap))
print(isinstance(u, tuple), all(type(x) is int for x in u[2:]))

# A list of 5 million slots is 40 MB: the peak grows by at least 30,000 KiB.
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
big = [None] * 5_000_000
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print('peak grew:', after - before > 30_000)
del big
print('peak kept:', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >= after)

c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(type(c).__name__, c.ru_maxrss >= 0, c.ru_utime >= 0.0)
t = resource.getrusage(resource.RUSAGE_THREAD)
print(type(t).__name__, t.ru_maxrss > 0)
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)

# struct_rusage made by hand, its repr, its fields
r = resource.struct_rusage(range(16))
print(r)
print(r.ru_utime, r.ru_maxrss, r.ru_nivcsw, r[5], r.__reduce__())
print(resource.struct_rusage(range(16), {}) == r)
print(resource.struct_rusage.ru_maxrss)
print(resource.struct_rusage.__module__, resource.struct_rusage.__name__)
print(resource.struct_rusage.__doc__)

for f in [lambda: resource.getrusage(5),
          lambda: resource.getrusage('a'),
          lambda: resource.getrusage(0.0),
          lambda: resource.getrusage(),
          lambda: resource.getrusage(a=1),
          lambda: resource.getrusage(2 ** 70),
          lambda: resource.struct_rusage((1, 2)),
          lambda: resource.struct_rusage(),
          lambda: setattr(u, 'ru_maxrss', 1),
          lambda: setattr(u, 'foo', 1),
          lambda: u.foo,
          lambda: u[16]]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
