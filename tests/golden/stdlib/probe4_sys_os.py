import sys, os, platform, os.path as osp, tempfile, shutil, pathlib, stat
print(sys.version_info >= (3, 8), sys.version_info[:3] == tuple(sys.version_info)[:3], isinstance(sys.version, str), sys.version_info.releaselevel)
print(sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_info.max, sys.float_info.epsilon, sys.int_info.sizeof_digit, sys.hash_info.modulus)
print(sys.argv[0].endswith("p3_sys_os.py"), type(sys.path).__name__, "sys" in sys.builtin_module_names, sys.flags.dont_write_bytecode in (0, 1), sys.exec_prefix == sys.base_exec_prefix)
print(sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(""), sys.getsizeof(()), sys.getsizeof(1.0), sys.getsizeof(set()), sys.getsizeof(b""))
print(sys.intern("abc") is sys.intern("abc"), callable(sys.exit), sys.stdout.name, sys.stdin.name, sys.stderr.encoding, sys.stdout.isatty() in (True, False))
print(sys.thread_info.name if False else '', sys.is_finalizing(), sys.getswitchinterval(), sys.dont_write_bytecode in (True, False), sys.api_version)
def trace_me():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(trace_me(), sys.exc_info(), sys.modules["__main__"].__name__, __name__)
print(os.getcwd() == osp.abspath("."), os.sep, os.pathsep, os.altsep, os.devnull, os.name, "PATH" in os.environ, os.environ.get("NOPE_X", "dflt"))
print(osp.join("/usr", "local", "bin"), osp.split("/a/b/c.txt"), osp.splitext("archive.tar.gz"), osp.dirname("/a/b/"), osp.basename("/a/b/"), osp.normpath("/a//b/../c/./d"), osp.isabs("a"), osp.relpath("/a/b/c", "/a/d"), osp.commonpath(["/a/b/c", "/a/b/d"]), osp.commonprefix(["interspecies", "interstellar"]), osp.expanduser("~") != "~")
with tempfile.TemporaryDirectory() as d:
    p = osp.join(d, "sub", "deep"); os.makedirs(p); os.makedirs(p, exist_ok=True)
    with open(osp.join(p, "f.txt"), "w") as fh: fh.write("hello\n")
    print(sorted(os.listdir(osp.join(d, "sub"))), osp.getsize(osp.join(p, "f.txt")), osp.isfile(osp.join(p, "f.txt")), osp.isdir(p), osp.exists(osp.join(d, "nope")))
    for root, dirs, files in os.walk(d):
        print(osp.relpath(root, d), sorted(dirs), sorted(files))
    st = os.stat(osp.join(p, "f.txt")); print(st.st_size, stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
    with os.scandir(p) as it:
        print([(e.name, e.is_file(), e.is_dir()) for e in it])
    os.rename(osp.join(p, "f.txt"), osp.join(p, "g.txt")); print(os.listdir(p))
    shutil.copy(osp.join(p, "g.txt"), osp.join(d, "copy.txt")); print(open(osp.join(d, "copy.txt")).read().strip())
    try:
        os.mkdir(p)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == p)
    try:
        os.remove(osp.join(d, "missing"))
    except FileNotFoundError as e:
        print(e.strerror, e.errno)
    try:
        os.rmdir(osp.join(d, "sub"))
    except OSError as e:
        print(type(e).__name__, e.strerror)
    pth = pathlib.Path(d) / "sub" / "x.py"; pth.write_text("print(1)\n")
    print(pth.name, pth.stem, pth.suffix, pth.parent.name, pth.read_text(), pth.exists(), sorted(q.name for q in pathlib.Path(d).rglob("*")))
    shutil.rmtree(osp.join(d, "sub")); print(os.listdir(d))
print(platform.system(), platform.python_implementation(), platform.architecture()[1] if False else '', len(platform.python_version_tuple()), platform.uname().system, type(platform.node()).__name__, type(platform.release()).__name__, platform.python_compiler() != "" if False else '')
print(os.cpu_count() >= 1, os.getpid() > 0, type(os.urandom(4)).__name__, os.path.exists(os.devnull), os.get_terminal_size if False else '')
print(os.fspath(pathlib.PurePosixPath("/x/y")), os.strerror(2), os.environ.copy().__class__.__name__, os.getenv("HOME") is not None, os.access(".", os.R_OK))
print(sys.getrefcount(object()) , sys.getrecursionlimit(), sys.exit.__module__ if False else '')
try:
    sys.exit("bye message")
except SystemExit as e:
    print("exit:", e.code)
import os
for a in [(), (1,2), ('x',), (1.5,), (99999,), (-1,), (2**70,), (13,)]:
  try: print(repr(os.strerror(*a)))
  except Exception as e: print(type(e).__name__, e)
print(os.getuid() == os.geteuid(), type(os.getgid()).__name__, os.EX_USAGE, len(os.getloadavg()))

import locale
print(locale.getencoding(), locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getpreferredencoding(False), locale.getlocale(), locale.getencoding(), locale.getpreferredencoding())
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.getencoding(), locale.setlocale(locale.LC_ALL, 'POSIX'), locale.getencoding())
print(sys.api_version, sys.abiflags, sys.float_repr_style, sys.pycache_prefix, sys.getfilesystemencodeerrors(), sys.getdlopenflags(), sys.gettrace(), sys.getprofile(), sys.call_tracing(max, (3, 9)))
print(sys.thread_info, sys.thread_info.name, type(sys.thread_info).__name__, sys.copyright.splitlines()[0])
print('sys' in sys.builtin_module_names, 'json' in sys.builtin_module_names, 'json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names, len(sys.stdlib_module_names), type(sys.stdlib_module_names).__name__)
import os
print([(n, getattr(os,n)) for n in ['WCONTINUED','WEXITED','WNOHANG','WNOWAIT','WSTOPPED','WUNTRACED','P_ALL','P_PID','P_PGID','P_PIDFD']])
for st in [0, 256, 512+0, 9, 0x7f|0x200, 0xffff, 137, 139, 0x80|11, -1]:
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WCOREDUMP(st), os.WIFCONTINUED(st), end=' ')
    try: print(os.waitstatus_to_exitcode(st))
    except ValueError as e: print('VE', e)
for bad in ['x', 1.5, -1, 2**40]:
    try: print(os.WEXITSTATUS(bad))
    except Exception as e: print(type(e).__name__, e)
try: os.waitstatus_to_exitcode('x')
except Exception as e: print(type(e).__name__, e)
print(os.WEXITSTATUS(status=256))
try: os.WEXITSTATUS(st=3)
except Exception as e: print(type(e).__name__, e)
rc = os.system("exit 3"); print(rc, os.WEXITSTATUS(rc), os.waitstatus_to_exitcode(rc), os.WIFEXITED(rc))
import locale
names=[n for n in dir(locale) if n.isupper() and not n.startswith('LC_') and n not in ('CHAR_MAX','Error') and isinstance(getattr(locale,n), int)]
print(names)
print({n:(getattr(locale,n), locale.nl_langinfo(getattr(locale,n))) for n in names})
locale.setlocale(locale.LC_ALL, 'C')
print({n: locale.nl_langinfo(getattr(locale,n)) for n in names if locale.nl_langinfo(getattr(locale,n)) != ''} )
for bad in [99999, 'x', 15]:
    try: locale.nl_langinfo(bad)
    except Exception as e: print(type(e).__name__, e)
sys.exit("final exit message")
