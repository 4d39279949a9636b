# Manipulating paths without touching the disk
from pathlib import PurePath, PurePosixPath, PureWindowsPath

p = PurePosixPath("/home/user/projects/app/src/main.tar.gz")
print(p, repr(p))
print(p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root)
print(p.parts)
print(list(p.parents)[:3], p.parents[1])
print(p.with_name("other.py"), p.with_suffix(".zip"), p.with_stem("lib"))
print(p.relative_to("/home/user"), p.is_relative_to("/etc"), p.is_absolute())
print(PurePosixPath("a") / "b" / "c.txt", PurePosixPath("a", "b/c", "/abs", "d"))
print(PurePosixPath("docs").joinpath("api", "index.md"), "x" / PurePosixPath("y"))
print(PurePosixPath("a//b/./c/"), PurePosixPath("a/../b"), PurePosixPath(""), PurePosixPath("."))
print(PurePosixPath("src/app.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("a/b.py").match("/*.py"))
print(PurePosixPath("/a/b").as_posix(), PurePosixPath("/a b/c").as_uri(), str(PurePosixPath("x/y")))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("A") == PurePosixPath("a"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("a")]))
print(PurePosixPath(".bashrc").suffix, PurePosixPath("archive.").suffix, PurePosixPath("x.tar.gz").stem)

w = PureWindowsPath("C:\\Users\\Ann\\Documents\\report.DOCX")
print(w, repr(w), w.drive, w.root, w.anchor, w.name, w.suffix)
print(w.parts, w.parent, w.as_posix())
print(PureWindowsPath("c:/users") == PureWindowsPath("C:\\USERS"), PureWindowsPath("//server/share/f.txt").drive)
print(PureWindowsPath("C:a\\b").is_absolute(), PureWindowsPath("D:/x").relative_to("d:/"), w.with_suffix(".pdf"))
print(PureWindowsPath("a/b", "C:/c", "d"), PureWindowsPath("C:/a").joinpath("/b"))

try:
    p.relative_to("/usr")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("/").with_name("x")
except ValueError as e:
    print("ValueError:", e)
try:
    p.with_suffix("zip")
except ValueError as e:
    print("ValueError:", e)
print(type(PurePath("a")).__name__, hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")))
files = ["a/readme.md", "a/b/x.py", "a/b/y.txt", "a/c/z.py"]
by_ext = {}
for f in map(PurePosixPath, files):
    by_ext.setdefault(f.suffix, []).append(f.name)
print(by_ext)
print([str(PurePosixPath(f).relative_to("a")) for f in files if PurePosixPath(f).match("*.py")])
