# errno: every Linux constant with CPython's value, and errorcode (aliases map to
# the last name given to a value).
import errno
import os

names = sorted(k for k in vars(errno) if k.startswith('E'))
print(len(names))
for name in names:
    print(name, getattr(errno, name))
print(len(errno.errorcode))
print(list(errno.errorcode.items()))
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK],
      errno.errorcode[errno.EOPNOTSUPP])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ENOTDIR, errno.EISDIR)
print([k for k in vars(errno) if not k.startswith('__')][:3])
print(errno.__doc__)
try:
    os.stat('/nonexistent/path/for/errno')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
print(type(errno.errorcode), errno.errorcode.get(9999))
