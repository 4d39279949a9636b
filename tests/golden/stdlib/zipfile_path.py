import io, os
if False:
    import zf as zipfile
else:
    import zipfile
b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr('a.txt', 'A'); z.writestr('d/b.txt', 'B'); z.writestr('d/e/c.txt', 'C')
z = zipfile.ZipFile(b)
p = zipfile.Path(z)
print([x.name for x in p.iterdir()], p.is_dir(), (p / 'a.txt').read_text(), (p / 'd').is_dir(), (p / 'd' / 'b.txt').read_bytes())
print([x.name for x in (p / 'd').iterdir()], (p / 'nope').exists(), (p / 'a.txt').suffix, (p/'a.txt').stem, (p / 'd/e/c.txt').parent.name)
with (p / 'a.txt').open() as f: print(f.read())
