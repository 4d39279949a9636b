import platform, sys

print(platform.system(), platform.python_version(), platform.python_version_tuple())
print(platform.python_implementation())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
for name in ['system', 'node', 'release', 'version', 'machine', 'processor', 'platform',
             'python_version', 'python_implementation', 'python_compiler', 'python_branch',
             'python_revision']:
    print(name, type(getattr(platform, name)()).__name__)
u = platform.uname()
print(type(u).__name__, len(u), len(tuple(u)), isinstance(u, tuple))
print(u._fields)
print(u.system == platform.system(), u.node == platform.node(), u.release == platform.release(),
      u.version == platform.version(), u.machine == platform.machine(),
      u.processor == platform.processor())
print(u[0] == u.system, u[-1] == u.processor, u[1:3] == (u.node, u.release))
system, node, release, version, machine, processor = u
print(system, type(node).__name__, bool(release), bool(machine))
print(repr(u).startswith("uname_result(system='Linux', node="), 'processor' in repr(u))
print(platform.uname() is platform.uname() or platform.uname() == platform.uname())
print(platform.machine() in ('x86_64', 'aarch64', 'i686', 'armv7l', 'riscv64', 'ppc64le', 's390x'))
print(platform.platform().startswith('Linux-' + platform.release()))
print(platform.platform(terse=True).startswith('Linux-'), platform.platform(aliased=True) == platform.platform())
b = platform.python_build()
print(type(b).__name__, len(b), [type(x).__name__ for x in b])
