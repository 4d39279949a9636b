import os
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3], p.anchor)
print(p.with_suffix(".txt"), p.with_name("x.py"), p.parent.parent.name)
print(PurePosixPath("a") / "b" / "c.tar.gz", PurePosixPath("c.tar.gz").suffixes)
print(p.relative_to("/usr/local"), p.is_absolute(), PurePosixPath("a/b").is_absolute())
print(p.match("*.py"), PurePosixPath("a/../b").parts)
with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "sub").mkdir()
    (base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
    f = base / "notes.txt"
    f.write_text("alpha\nbeta\ngamma\n")
    print(f.read_text().splitlines(), f.exists(), f.is_file(), f.is_dir())
    print(f.stat().st_size)
    (base / "sub" / "a.py").write_text("print(1)")
    (base / "sub" / "b.py").write_bytes(b"x = 2")
    (base / "sub" / "deep" / "c.py").touch()
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.py")))
    print(sorted(x.name for x in (base / "sub").glob("*.py")))
    with f.open("a") as fh:
        fh.write("delta\n")
    print(len(f.read_text().splitlines()))
    g = f.rename(base / "renamed.txt")
    print(g.name, f.exists(), g.exists())
    g.unlink()
    print(g.exists())
    print((base / "sub" / "b.py").read_bytes())
    print(Path(tmp).joinpath("x", "y").relative_to(tmp))
    for root, dirs, files in sorted(os.walk(base)):
        print(os.path.relpath(root, base), sorted(dirs), sorted(files))
print(Path("a/b/../c").as_posix(), Path("x.txt").suffix == ".txt")
