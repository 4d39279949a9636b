#!/usr/bin/env python3
"""Print the identifiers CPython 3.11 keeps as statically allocated strings.

CPython 3.11 allocates some strings statically (`_Py_ID(name)` and `_Py_STR(...)` of
`pycore_global_strings.h`, deep-frozen modules' names) with a reference count of
999999999, while every other string, interned or not, counts its references.
`sys.getrefcount` shows the difference, so refpy needs the list: its own interned
identifiers are immortal, and only those CPython allocates statically answer with the
huge count (`src/objects/static_strings.txt`, read by `modules::sys::getrefcount`).

Run with CPython 3.11: ``python3 scripts/gen_static_strings.py > src/objects/static_strings.txt``.
Candidates are the identifier-like words of the interpreter's binary and library
(`strings`); a candidate is static when its interned string's count is that large.
"""
import os
import re
import subprocess
import sys
import sysconfig

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"

binaries = [os.path.realpath(sys.executable)]
libdir = sysconfig.get_config_var("LIBDIR") or ""
library = sysconfig.get_config_var("INSTSONAME") or ""
if library and os.path.exists(os.path.join(libdir, library)):
    binaries.append(os.path.join(libdir, library))

words = set()
for path in binaries:
    out = subprocess.run(["strings", "-n", "1", path], capture_output=True, text=True).stdout
    words.update(w for w in out.split() if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", w))

static = sorted(w for w in words if sys.getrefcount(sys.intern(w)) > 500_000_000)
print("\n".join(static))
