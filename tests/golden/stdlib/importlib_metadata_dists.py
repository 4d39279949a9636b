# importlib.metadata over dist-info and egg-info folders written to a temporary
# folder put on sys.path: version, metadata, requires, files, entry points, errors.
import importlib.metadata as md
import os
import sys
import tempfile
import warnings

warnings.simplefilter('ignore', DeprecationWarning)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, repr(e), '|', e)
    else:
        print(label, '=>', result if isinstance(result, str) else repr(result))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


METADATA = """Metadata-Version: 2.1
Name: Demo-Pkg
Version: 1.2.3
Summary: A demo distribution
Keywords: alpha beta  gamma
Requires-Dist: requests (>=2.0)
Requires-Dist: six; extra == "x"
Classifier: Programming Language :: Python
Classifier: License :: OSI Approved
Provides-Extra: x

Long description here.
Second line.
"""

ENTRY_POINTS = """[console_scripts]
demo = demo_pkg.cli:main

# a comment
[demo.plugins]
foo = demo_pkg.foo:Foo [extra1, extra2]
bar = demo_pkg.bar
join = os.path:join
"""

with tempfile.TemporaryDirectory() as tmp:
    site = os.path.join(os.path.realpath(tmp), 'site')
    info = os.path.join(site, 'demo_pkg-1.2.3.dist-info')
    write(os.path.join(info, 'METADATA'), METADATA)
    write(os.path.join(info, 'entry_points.txt'), ENTRY_POINTS)
    write(os.path.join(info, 'RECORD'),
          'demo_pkg/__init__.py,sha256=abc123,10\n'
          'demo_pkg/data.txt,,\n'
          'demo_pkg-1.2.3.dist-info/METADATA,,\n')
    write(os.path.join(info, 'top_level.txt'), 'demo_pkg\n')
    write(os.path.join(site, 'demo_pkg', '__init__.py'), 'X = 1\n')
    write(os.path.join(site, 'demo_pkg', 'data.txt'), 'payload\n')
    egg = os.path.join(site, 'eggy-2.0.egg-info')
    write(os.path.join(egg, 'PKG-INFO'), 'Metadata-Version: 1.1\nName: eggy\nVersion: 2.0\n')
    write(os.path.join(egg, 'requires.txt'),
          'base>=1\n\n[extra1]\nfoo\n\n[:python_version < "3"]\nbar\n\n'
          '[e2:sys_platform == "win32"]\nbaz\n')
    write(os.path.join(egg, 'SOURCES.txt'), 'eggy/__init__.py\neggy/x.py\n')
    write(os.path.join(site, 'Plain.Name-0.5.dist-info', 'METADATA'),
          'Metadata-Version: 2.1\nName: plain.name\nVersion: 0.5\n')
    sys.path.insert(0, site)

    print(md.__all__)
    # nothing is installed under these names anywhere
    attempt('missing', lambda: md.version('surely-not-installed-xyz'))
    attempt('missing distribution', lambda: md.distribution('surely_not_installed_xyz'))
    attempt('empty name', lambda: md.version(''))
    attempt('int name', lambda: md.version(3))
    err = md.PackageNotFoundError('abc')
    print(repr(err), str(err), err.name, isinstance(err, ModuleNotFoundError),
          md.PackageNotFoundError.__mro__[1:3])

    for name in ('demo-pkg', 'Demo_Pkg', 'demo.pkg', 'DEMO__PKG', 'eggy', 'Eggy',
                 'plain-name', 'Plain_Name'):
        attempt('version %s' % name, lambda: md.version(name))

    d = md.distribution('demo_pkg')
    print(type(d).__name__, d.name, d.version, d._normalized_name)
    meta = d.metadata
    print(type(meta).__name__, meta['Name'], meta['Summary'], meta['Nope'])
    print(meta.get_all('Classifier'), meta.get_all('Nope'), meta.get('Nope', 'dflt'))
    print(list(meta), len(meta), 'Name' in meta, 'Nope' in meta)
    print(repr(meta.get_payload()))
    print(sorted(meta.json.items()))
    print(md.metadata('demo-pkg')['Version'])
    print(d.requires, md.requires('eggy'), md.requires('plain.name'))

    print(d.files)
    for f in d.files:
        print(' ', f, f.hash, f.size, f.dist is d, type(f).__name__)
    print(d.files[1].read_text(), d.files[1].read_binary())
    print(str(d.files[0].locate()).replace(site, '<site>'))
    print(md.files('eggy'), md.files('plain-name'))
    print(str(d.locate_file('x/y')).replace(site, '<site>'))
    print(repr(d.read_text('top_level.txt')), d.read_text('nope.txt'))

    eps = d.entry_points
    print(type(eps).__name__, eps)
    print(sorted(eps.names), sorted(eps.groups))
    foo = eps['foo']
    print(foo, foo.name, foo.value, foo.group, foo.module, foo.attr, foo.extras,
          foo.dist is d)
    bar = eps['bar']
    print(bar.module, bar.attr, bar.extras)
    attempt('missing entry point', lambda: eps['nope'])
    attempt('immutable', lambda: setattr(foo, 'name', 'x'))
    print(eps['join'].load() is os.path.join)
    print(eps.select(group='console_scripts'), eps.select(name='bar', group='demo.plugins'))
    print(foo.matches(group='demo.plugins'), foo.matches(name='bar'),
          foo.matches(module='demo_pkg.foo', attr='Foo'))
    ep = md.EntryPoint(name='x', value='a.b : c.d [ e , f ]', group='g')
    print(ep, ep.module, ep.attr, ep.extras, ep.dist)
    print(ep == md.EntryPoint('x', 'a.b : c.d [ e , f ]', 'g'),
          hash(ep) == hash(md.EntryPoint('x', 'a.b : c.d [ e , f ]', 'g')),
          md.EntryPoint('a', 'v', 'g') < md.EntryPoint('b', 'v', 'g'))
    attempt('load missing attr', lambda: md.EntryPoint('a', 'os:nope', 'g').load())
    print(md.EntryPoint('a', 'os.path', 'g').load() is os.path)
    print(ep[0], ep[2], tuple(ep)[0])

    selected = md.entry_points(group='demo.plugins')
    print(type(selected).__name__, selected)
    print(md.entry_points(group='console_scripts', name='demo'))
    everything = md.entry_points()
    print(type(everything).__name__, 'demo.plugins' in everything.groups,
          everything['demo.plugins'] == selected)
    print(everything.select(name='bar'))

    found = sorted(dist.metadata['Name'] for dist in md.distributions(path=[site]))
    print(found)
    print([dist.version for dist in md.distributions(name='eggy', path=[site])])
    print(md.Distribution.at(info).version, md.Distribution.from_name('eggy').version)
    attempt('from_name empty', lambda: md.Distribution.from_name(''))
    attempt('context and kwargs', lambda: list(md.distributions(
        context=md.DistributionFinder.Context(name='eggy'), path=[site])))
    ctx = md.DistributionFinder.Context(name='eggy', path=[site])
    print(ctx.name, ctx.path == [site], md.DistributionFinder.Context().path is sys.path)
    print([x.version for x in md.distributions(context=ctx)])
    pd = md.packages_distributions()
    print(pd['demo_pkg'], pd['eggy'])
    print(md.PackagePath('a/b.py'), md.PackagePath('a/b.py').suffix)
    sys.path.remove(site)
