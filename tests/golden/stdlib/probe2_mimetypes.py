# mimetypes: guesses from the built-in tables only (knownfiles emptied so the
# machine's /etc/mime.types does not matter), data: URLs, suffix and encoding
# maps, strict and non-strict tables, add_type, MimeTypes over files, read_mime_types.
import mimetypes
mimetypes.knownfiles = []
import os, tempfile
names = ["a.tar.gz", "x.json", "IMG.JPG", "doc.PDF", "s.svgz", "arch.tgz", "a.txt.Z", "a.txt.z", "noext", ".bashrc", "a.b.c.html",
         "http://example.com/a/b.css?x=1", "data:text/plain;base64,SGk=", "data:,hello", "data:image/png", "data:charset=x,y",
         "file.xyzunknown", "a.py", "m.mp3", "v.mp4", "s.wasm", "f.woff2", "a.rtf", "a.xul", "a.pict", "x.mid", "t.tbz2", "a.br", "DATA:text/html,x"]
for n in names:
    print(n, mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False))
for t in ["text/plain", "image/jpeg", "application/json", "TEXT/HTML", "audio/mpeg", "application/x-nothing", "image/pict", "text/xul"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t), mimetypes.guess_extension(t, strict=False), mimetypes.guess_all_extensions(t, strict=False))
print(len(mimetypes.types_map), len(mimetypes.common_types), mimetypes.inited, sorted(mimetypes.encodings_map.items()), sorted(mimetypes.suffix_map.items()))
mimetypes.add_type("application/x-mine", ".mine")
print(mimetypes.guess_type("f.mine"), mimetypes.guess_extension("application/x-mine"))
db = mimetypes.MimeTypes()
print(len(db.types_map[True]), db.guess_type("a.csv"), db.guess_type("f.mine"))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "my.types")
    with open(p, "w") as f:
        f.write("# comment line\napplication/x-foo foo fooz # trailing\n\ntext/x-bar bar\n")
    print(mimetypes.read_mime_types(p) == {**mimetypes._types_map_default, ".foo": "application/x-foo", ".fooz": "application/x-foo", ".bar": "text/x-bar"})
    print(mimetypes.read_mime_types(os.path.join(d, "missing")))
    db2 = mimetypes.MimeTypes([p])
    print(db2.guess_type("x.fooz"), db2.guess_all_extensions("application/x-foo"))
    db2.read(p, strict=False)
    print(db2.guess_all_extensions("text/x-bar", strict=False))
print(mimetypes.guess_type(__import__("pathlib").Path("a/b.png")))
print(list(mimetypes.types_map.items())[:3], list(mimetypes.types_map.items())[-3:])
