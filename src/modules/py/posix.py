"""refpy's `posix`: the system calls `os` is built on (CPython's C module of that name).
refpy keeps their implementations in `os`; this module exposes the same objects."""

import os as _os

# Everything os has from CPython's posix: the functions and types of module 'posix',
# the result types it names, and the constants.
for _name, _value in list(vars(_os).items()):
    if _name.startswith('_'):
        continue
    if (getattr(_value, '__module__', None) == 'posix'
            or _name in ('stat_result', 'statvfs_result', 'terminal_size', 'error')
            or (_name.isupper() and isinstance(_value, int))):
        globals()[_name] = _value
del _name, _value, _os
