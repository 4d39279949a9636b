# The stat module: constants, the S_IS* tests, S_IMODE/S_IFMT and filemode.
import os
import stat
import tempfile

names = [n for n in dir(stat) if n.isupper() and isinstance(getattr(stat, n), int)]
print(len(names))
for n in sorted(names):
    print(n, getattr(stat, n))
modes = [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o20666, 0o60660, 0o10644,
         0o140755, 0o102755, 0o100000, 0o7777, 0, 0o170000, 0o103000, 0o101001]
for m in modes:
    tests = [f.__name__ for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG,
                                  stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK) if f(m)]
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), tests,
          stat.S_ISDOOR(m), stat.S_ISPORT(m), stat.S_ISWHT(m))
folder = tempfile.mkdtemp()
st = os.stat(folder)
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.filemode(st.st_mode)[0])
os.rmdir(folder)
