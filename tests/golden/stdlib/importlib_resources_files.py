# importlib.resources over packages written to a temporary folder: files(), as_file,
# the deprecated one-call functions (with their warnings), namespace packages, errors.
import importlib.resources as resources
import os
import sys
import tempfile
import warnings


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).replace(root, '<tmp>'))
    else:
        print(label, '=>', repr(result).replace(root, '<tmp>'))


def legacy(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        attempt(label, fn)
    for w in caught:
        print('   ', w.category.__name__, str(w.message)[:40])


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


with tempfile.TemporaryDirectory() as tmp:
    root = os.path.realpath(tmp)
    first = os.path.join(root, 'first')
    second = os.path.join(root, 'second')
    write(os.path.join(first, 'rpkg', '__init__.py'), b'VALUE = 1\n')
    write(os.path.join(first, 'rpkg', 'data.txt'), 'hello\nw\u00f6rld\n'.encode())
    write(os.path.join(first, 'rpkg', 'blob.bin'), bytes(range(6)))
    write(os.path.join(first, 'rpkg', 'mod.py'), b'X = 2\n')
    write(os.path.join(first, 'rpkg', 'sub', '__init__.py'), b'')
    write(os.path.join(first, 'rpkg', 'sub', 'inner.txt'), b'inner\n')
    write(os.path.join(first, 'rns', 'a', 'one.txt'), b'one\n')
    write(os.path.join(first, 'rns', 'top.txt'), b'top\n')
    write(os.path.join(second, 'rns', 'b', 'two.txt'), b'two\n')
    write(os.path.join(second, 'rns', 'a', 'shadowed.txt'), b'x\n')
    write(os.path.join(second, 'rns', 'more.txt'), b'more\n')
    sys.path[:0] = [first, second]

    import rpkg
    import rpkg.mod

    print(resources.__all__)
    f = resources.files('rpkg')
    print(type(f).__name__, str(f).replace(root, '<tmp>'), f == resources.files(rpkg))
    print(sorted(p.name for p in f.iterdir()))
    print((f / 'data.txt').read_text(encoding='utf-8'), (f / 'blob.bin').read_bytes())
    print(f.joinpath('sub', 'inner.txt').read_text(), f.joinpath('sub').is_dir(),
          (f / 'data.txt').is_file(), (f / 'nope').exists())
    with (f / 'data.txt').open('rb') as stream:
        print(stream.read(5))
    print(str(resources.files('rpkg.sub')).replace(root, '<tmp>'))

    with resources.as_file(f / 'data.txt') as p:
        print('as_file', type(p).__name__, str(p).replace(root, '<tmp>'), p.read_bytes()[:5])
    with resources.as_file(f) as p:
        print('as_file dir', str(p).replace(root, '<tmp>'), p.is_dir())

    attempt('module not package', lambda: resources.files('rpkg.mod'))
    attempt('module object', lambda: resources.files(rpkg.mod))
    attempt('missing', lambda: resources.files('no_such_package_here'))
    attempt('int', lambda: resources.files(3))
    attempt('None', lambda: resources.files(None))
    attempt('no argument', lambda: resources.files())
    attempt('sys', lambda: resources.files('sys'))

    # namespace packages: the folders are merged, the first wins on a name
    ns = resources.files('rns')
    print(type(ns).__name__, repr(ns).replace(root, '<tmp>'), ns.name)
    print(sorted(str(p).replace(root, '<tmp>') for p in ns.iterdir()))
    print(ns.is_dir(), ns.is_file())
    print(str(ns / 'top.txt').replace(root, '<tmp>'), (ns / 'more.txt').read_text())
    print(str(ns / 'a').replace(root, '<tmp>'), str(ns / 'b').replace(root, '<tmp>'),
          str(ns.joinpath('absent')).replace(root, '<tmp>'))
    attempt('ns read_bytes', ns.read_bytes)
    attempt('ns read_text', ns.read_text)
    attempt('ns open', ns.open)
    with resources.as_file(ns / 'more.txt') as p:
        print('ns as_file', str(p).replace(root, '<tmp>'))

    # the deprecated API
    legacy('read_text', lambda: resources.read_text('rpkg', 'data.txt'))
    legacy('read_text latin-1', lambda: resources.read_text('rpkg', 'data.txt', 'latin-1'))
    legacy('read_text ascii', lambda: resources.read_text('rpkg', 'data.txt', encoding='ascii'))
    legacy('read_text replace', lambda: resources.read_text('rpkg', 'data.txt', 'ascii', 'replace'))
    legacy('read_binary', lambda: resources.read_binary(rpkg, 'blob.bin'))
    legacy('read_text missing', lambda: resources.read_text('rpkg', 'nope.txt'))
    legacy('read_text nested', lambda: resources.read_text('rpkg', 'sub/inner.txt'))
    legacy('read_binary parent', lambda: resources.read_binary('rpkg', '../x'))
    legacy('read_text dir', lambda: resources.read_text('rpkg', 'sub'))
    legacy('read_text module', lambda: resources.read_text('rpkg.mod', 'x'))

    def with_open_text():
        with resources.open_text('rpkg', 'data.txt') as stream:
            return stream.readline()

    def with_open_binary():
        with resources.open_binary('rpkg', 'blob.bin') as stream:
            return stream.read(3)

    def with_path():
        with resources.path('rpkg', 'data.txt') as p:
            return type(p).__name__, p.name, p.exists()

    def with_missing_path():
        with resources.path('rpkg', 'missing.txt') as p:
            return p.name, p.exists()

    legacy('open_text', with_open_text)
    legacy('open_binary', with_open_binary)
    legacy('open_binary missing', lambda: resources.open_binary('rpkg', 'nope'))
    legacy('path', with_path)
    legacy('path missing', with_missing_path)
    legacy('is_resource file', lambda: resources.is_resource('rpkg', 'data.txt'))
    legacy('is_resource dir', lambda: resources.is_resource('rpkg', 'sub'))
    legacy('is_resource missing', lambda: resources.is_resource('rpkg', 'nope'))
    legacy('is_resource nested', lambda: resources.is_resource('rpkg', 'a/b'))
    legacy('is_resource ns', lambda: resources.is_resource('rns', 'more.txt'))
    legacy('contents', lambda: sorted(resources.contents('rpkg')))
    legacy('contents type', lambda: type(resources.contents('rpkg')).__name__)
    legacy('contents ns', lambda: sorted(resources.contents('rns')))

    print(resources.Resource, resources.Package == resources.Package)
    print(sorted(resources.ResourceReader.__abstractmethods__))
    attempt('ResourceReader()', resources.ResourceReader)

    class Reader(resources.ResourceReader):
        def open_resource(self, resource):
            return resource

        def resource_path(self, resource):
            return resource

        def is_resource(self, path):
            return True

        def contents(self):
            return iter(())

    print(Reader().open_resource('x'), list(Reader().contents()))
    sys.path.remove(first)
    sys.path.remove(second)
    for name in ('rpkg', 'rpkg.mod', 'rpkg.sub', 'rns'):
        sys.modules.pop(name, None)
