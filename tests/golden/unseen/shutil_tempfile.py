import shutil
import tempfile
import os
import glob
import fnmatch

with tempfile.TemporaryDirectory(prefix="demo") as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "pkg"))
    for name in ["a.txt", "b.log", "pkg/c.txt"]:
        with open(os.path.join(src, name), "w") as f:
            f.write(name * 3)
    dst = os.path.join(d, "dst")
    shutil.copytree(src, dst)
    print(sorted(os.path.relpath(p, dst) for p in glob.glob(os.path.join(dst, "**", "*"), recursive=True)))
    shutil.copy(os.path.join(src, "a.txt"), os.path.join(d, "copy.txt"))
    print(open(os.path.join(d, "copy.txt")).read())
    shutil.move(os.path.join(d, "copy.txt"), os.path.join(d, "moved.txt"))
    print(sorted(os.listdir(d)))
    shutil.rmtree(dst)
    print(os.path.exists(dst), sorted(glob.glob("*.txt", root_dir=src)))
    print(fnmatch.filter(["x.py", "y.txt", "z.py"], "*.py"), fnmatch.fnmatch("Data.CSV", "*.csv"))
    with tempfile.NamedTemporaryFile("w+", suffix=".tmp", dir=d, delete=False) as tf:
        tf.write("temp data")
        tf.seek(0)
        print(tf.read(), tf.name.endswith(".tmp"))
    print(os.path.exists(tf.name))
    with tempfile.TemporaryFile() as tf2:
        tf2.write(b"bytes")
        tf2.seek(0)
        print(tf2.read())
    arch = shutil.make_archive(os.path.join(d, "bundle"), "zip", src)
    print(os.path.basename(arch), os.path.getsize(arch) > 0)
    print(shutil.which("sh") is not None, shutil.disk_usage(d).total > 0)
with tempfile.SpooledTemporaryFile(max_size=10) as sp:
    sp.write(b"small")
    sp.seek(0)
    print(sp.read())
