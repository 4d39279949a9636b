# shutil's archive functions: make_archive (zip, tar, gztar; root_dir and base_dir;
# a registered custom format), unpack_archive (format guessed or given, tar filter),
# the format registries and their errors.
import os, shutil, tempfile, zipfile, tarfile
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "project")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    os.makedirs(os.path.join(src, "empty"))
    for rel, text in [("README", "hi"), ("pkg/__init__.py", ""), ("pkg/mod.py", "x = 1\n"), ("pkg/sub/data.txt", "d" * 100)]:
        with open(os.path.join(src, *rel.split("/")), "w") as f:
            f.write(text)
    print([f for f in shutil.get_archive_formats() if f[0] in ("gztar", "tar", "zip")])
    print([f for f in shutil.get_unpack_formats() if f[0] in ("gztar", "tar", "zip")])
    out = os.path.join(d, "out", "proj")
    for fmt in ("zip", "tar", "gztar"):
        name = shutil.make_archive(out, fmt, root_dir=src)
        print(fmt, os.path.relpath(name, d), os.path.isabs(name))
        if fmt == "zip":
            with zipfile.ZipFile(name) as z:
                print(sorted(z.namelist()))
        else:
            with tarfile.open(name) as t:
                print(sorted(t.getnames()))
    name = shutil.make_archive(os.path.join(d, "pkgonly"), "zip", root_dir=src, base_dir="pkg")
    with zipfile.ZipFile(name) as z:
        print(os.path.basename(name), sorted(z.namelist()))
    cwd = os.getcwd()
    os.chdir(d)
    name = shutil.make_archive("rel", "gztar", base_dir="project")
    print(name, os.getcwd() == d)
    with tarfile.open(name) as t:
        print(sorted(t.getnames())[:3])
    os.chdir(cwd)
    dest = os.path.join(d, "unpacked")
    shutil.unpack_archive(os.path.join(d, "out", "proj.zip"), dest)
    print(sorted(os.path.relpath(os.path.join(p, f), dest) for p, _, fs in os.walk(dest) for f in fs))
    dest2 = os.path.join(d, "unpacked2")
    shutil.unpack_archive(os.path.join(d, "out", "proj.tar.gz"), dest2, filter="data")
    print(open(os.path.join(dest2, "pkg", "mod.py")).read(), end="")
    shutil.unpack_archive(os.path.join(d, "out", "proj.tar"), os.path.join(d, "u3"), format="tar")
    print(sorted(os.listdir(os.path.join(d, "u3"))))
    for args in [("x.rar",), (os.path.join(d, "out", "proj.zip"), dest, "rar")]:
        try:
            shutil.unpack_archive(*args)
        except (ValueError, shutil.ReadError) as e:
            print(type(e).__name__, e)
    try:
        shutil.make_archive(os.path.join(d, "x"), "rar")
    except ValueError as e:
        print("ValueError:", e)
    def my_fmt(base_name, base_dir, **kw):
        print("custom", os.path.basename(base_name), base_dir, sorted(kw))
        return base_name + ".my"
    shutil.register_archive_format("myfmt", my_fmt, [("flag", 1)], "mine")
    print(shutil.make_archive(os.path.join(d, "c"), "myfmt", base_dir="pkg").endswith("c.my"))
    print(("myfmt", "mine") in shutil.get_archive_formats())
    shutil.unregister_archive_format("myfmt")
    try:
        shutil.register_archive_format("bad", "notcallable")
    except TypeError as e:
        print("TypeError:", e)
    try:
        shutil.register_unpack_format("dup", [".zip"], my_fmt)
    except shutil.RegistryError as e:
        print("RegistryError:", e)
    try:
        shutil.unpack_archive(os.path.join(d, "project", "README"), d, "zip")
    except shutil.ReadError as e:
        print("ReadError:", str(e).replace(d, "D"))
