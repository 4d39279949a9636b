# os.uname(): a posix.uname_result, the same host platform.uname() describes.
import os, platform
u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0] == u.sysname, repr(u) == "posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)" % tuple(u))
print(u.machine == platform.machine(), u.release == platform.release(), platform.uname()[:5] == tuple(u)[:5] or (platform.uname()[:5], tuple(u)))
print(u == tuple(u), u.nodename == platform.node())
try:
    os.uname_result((1, 2))
except TypeError as e:
    print(e)
