# resource.getrlimit/setrlimit/prlimit on this process, the RLIMIT_* constants and
# CPython's errors.
import os
import resource

names = sorted(n for n in dir(resource) if n.startswith('RLIM'))
print(names)
print([getattr(resource, n) for n in names])
print(resource.error is OSError, resource.getpagesize() in (4096, 16384, 65536))

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY, soft > 0)
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.getrlimit(resource.RLIMIT_OFILE) == (soft, hard))

# Lowering a soft limit is always allowed; raising it back up to the hard one too.
core_soft, core_hard = resource.getrlimit(resource.RLIMIT_CORE)
print(resource.setrlimit(resource.RLIMIT_CORE, (0, core_hard)))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
print(resource.prlimit(0, resource.RLIMIT_CORE, (0, core_hard))[0])
resource.setrlimit(resource.RLIMIT_CORE, [0, core_hard])
print(resource.getrlimit(resource.RLIMIT_CORE)[0])

for f in [lambda: resource.getrlimit(99),
          lambda: resource.getrlimit(-1),
          lambda: resource.getrlimit('a'),
          lambda: resource.getrlimit(2 ** 70),
          lambda: resource.getrlimit(resource.RLIMIT_NOFILE, 1),
          lambda: resource.getrlimit(resource=1),
          lambda: resource.setrlimit(0, (1,)),
          lambda: resource.setrlimit(0, 5),
          lambda: resource.setrlimit(0, None),
          lambda: resource.setrlimit(0, [1, 2, 3]),
          lambda: resource.setrlimit(0, ('a', 1)),
          lambda: resource.setrlimit(0, (1.5, 2)),
          lambda: resource.setrlimit(0, (2 ** 64, 1)),
          lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10, 10 ** 7)),
          lambda: resource.setrlimit(resource.RLIMIT_CORE, (10 ** 6, 0)),
          lambda: resource.setrlimit(1),
          lambda: resource.setrlimit(1, 2, 3),
          lambda: resource.setrlimit(a=1),
          lambda: resource.prlimit(),
          lambda: resource.prlimit(0),
          lambda: resource.prlimit(a=1),
          lambda: resource.prlimit(0, 99),
          lambda: resource.getpagesize(1),
          lambda: resource.getpagesize(a=1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
