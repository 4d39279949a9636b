import os
import os.path as op

print(op.join("a", "b", "c.txt"), op.split("/x/y/z.py"), op.splitext("arch.tar.gz"))
print(op.basename("/p/q/r"), op.dirname("/p/q/r"), op.normpath("a//b/./c/../d"))
print(op.isabs("/a"), op.isabs("a"), op.commonprefix(["/usr/lib", "/usr/local"]))
print(op.commonpath(["/usr/lib", "/usr/local"]), op.relpath("/a/b/c", "/a"))
print(op.expanduser("~") == os.environ.get("HOME"), op.splitdrive("/x"))
os.environ["MY_TEST_VAR"] = "hello"
print(os.environ["MY_TEST_VAR"], os.getenv("MY_TEST_VAR"), os.getenv("NOPE_NOT_SET", "default"))
del os.environ["MY_TEST_VAR"]
print("MY_TEST_VAR" in os.environ)
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir)
import tempfile
d = tempfile.mkdtemp()
try:
    fn = op.join(d, "f.txt")
    with open(fn, "w") as fh:
        fh.write("data")
    print(op.exists(fn), op.getsize(fn), op.isfile(fn), op.isdir(d))
    os.mkdir(op.join(d, "sub"))
    os.makedirs(op.join(d, "sub", "a", "b"), exist_ok=True)
    print(sorted(os.listdir(d)))
    with os.scandir(d) as it:
        print(sorted((e.name, e.is_dir()) for e in it))
    os.rename(fn, op.join(d, "g.txt"))
    print(sorted(os.listdir(d)))
    os.remove(op.join(d, "g.txt"))
    os.removedirs(op.join(d, "sub", "a", "b"))
    print(op.exists(d))
finally:
    import shutil
    shutil.rmtree(d, ignore_errors=True)
print(op.exists(d))
print(type(os.getpid()).__name__, os.cpu_count() > 0, callable(os.getcwd))
print(os.path.splitext(".bashrc"), os.fspath("x"))
