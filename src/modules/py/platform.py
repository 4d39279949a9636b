"""Information about the platform, as documented for CPython 3.11's platform module.

refpy has no os.uname and no subprocess, so the kernel's answers are read from
/proc/sys/kernel, the machine from /proc/sys/kernel/arch (or the ELF header of the
running binary), and the C library's version from the libc mapped into this process.
"""

import collections
import os
import re
import sys

__version__ = '1.0.8'

# ---------------------------------------------------------------- small helpers


def _read_text(path):
    """The stripped contents of a small text file, or '' if it cannot be read."""
    try:
        with open(path) as f:
            return f.read().strip()
    except (OSError, ValueError):
        return ''


def _read_head(path, size):
    try:
        with open(path, 'rb') as f:
            return f.read(size)
    except OSError:
        return b''


# ELF e_machine numbers -> the names `uname -m` prints.
_ELF_MACHINES = {0x03: 'i686', 0x08: 'mips', 0x14: 'ppc', 0x15: 'ppc64le', 0x16: 's390x',
                 0x28: 'armv7l', 0x32: 'ia64', 0x3E: 'x86_64', 0xB7: 'aarch64',
                 0xF3: 'riscv64', 0x102: 'loongarch64'}


def _elf_header(path):
    """(bits, machine) from an ELF file's header, or None when it is not ELF."""
    head = _read_head(path, 20)
    if len(head) < 20 or head[:4] != b'\x7fELF':
        return None
    bits = {1: '32bit', 2: '64bit'}.get(head[4], '')
    order = 'little' if head[5] == 1 else 'big'
    return bits, _ELF_MACHINES.get(int.from_bytes(head[18:20], order), '')


def _unknown_as_blank(value):
    return '' if value == 'unknown' else value


def _platform(*parts):
    """Join the non-empty parts with '-' into a string fit for a file name."""
    text = '-'.join(part.strip() for part in parts if part)
    for char in ' /\\:;"()':
        text = text.replace(char, '_' if char == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


# ---------------------------------------------------------------- uname


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """The five uname fields plus `processor`, which is computed on demand
    (it is iterated and indexed like a sixth field but not shown in the repr)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        result = cls.__new__(cls, *iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields) - 1} arguments, got {len(result)}')
        return result


_uname_cache = None


def _machine(arch):
    if arch:
        return arch
    header = _elf_header('/proc/self/exe')
    return header[1] if header else ''


def uname():
    """(system, node, release, version, machine) of this host, plus processor."""
    global _uname_cache
    if _uname_cache is None:
        host = os.uname()
        _uname_cache = uname_result(host.sysname, host.nodename, host.release,
                                    host.version, _machine(host.machine))
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    """The processor name; like CPython on most Linux systems (`uname -p` says
    'unknown'), refpy answers ''."""
    return ''


def system_alias(system, release, version):
    """The marketing names of some systems; Linux has none, so the values come back."""
    return system, release, version


# ---------------------------------------------------------------- binaries and libc


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable, read from its ELF header."""
    if not bits:
        import struct
        bits = str(struct.calcsize('P') * 8) + 'bit'
    header = _elf_header(executable) if executable else None
    if header is None:
        return bits, linkage
    return header[0] or bits, 'ELF'


_LIBC_RELEASE = re.compile(rb'release version (\d+(?:\.\d+)+)')
_GLIBC_SYMBOL = re.compile(rb'GLIBC_(\d+(?:\.\d+)+)')


def _version_key(text):
    return [int(part) for part in text.split('.') if part.isdigit()]


def _mapped_libc():
    """Path of the C library mapped into this process, if any."""
    for line in _read_text('/proc/self/maps').splitlines():
        path = line.split()[-1] if line.split() else ''
        name = os.path.basename(path)
        if name.startswith('libc.so') or (name.startswith('libc-') and name.endswith('.so')):
            return path
    return None


def _read_binary(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except OSError:
        return b''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library: ('glibc', '2.36') on glibc systems,
    (lib, version) when nothing is found."""
    if executable is None:
        libc = _mapped_libc()
        if libc:
            match = _LIBC_RELEASE.search(_read_binary(libc))
            if match:
                return 'glibc', match.group(1).decode('latin-1')
        executable = sys.executable
    # As CPython: the newest GLIBC_x.y symbol version the binary refers to.
    found = [m.group(1).decode('latin-1') for m in _GLIBC_SYMBOL.finditer(_read_binary(executable))]
    if found:
        newest = max(found, key=_version_key)
        if lib != 'glibc' or _version_key(newest) > _version_key(version):
            return 'glibc', newest
    return lib, version


# ---------------------------------------------------------------- other systems' queries


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


# ---------------------------------------------------------------- the Python build


def _sys_version():
    """(version, buildno, builddate, compiler) parsed from sys.version,
    e.g. '3.11.7 (main, May 9 2026, 07:35:25) [GCC 12.2.0]'."""
    match = re.match(r'([\w.+]+)\s*\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*\[([^\]]+)\]?',
                     sys.version)
    if match is None:
        raise ValueError('failed to parse CPython sys.version: %r' % sys.version)
    version, buildno, builddate, buildtime, compiler = match.groups()
    if builddate is None:
        builddate = ''
    if buildtime:
        builddate = builddate + ' ' + buildtime
    parts = version.split('.')
    if len(parts) == 2:
        parts.append('0')
    return '.'.join(parts), buildno, builddate, compiler


def python_implementation():
    """'CPython', 'PyPy', ...: refpy presents itself as CPython (sys.implementation)."""
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
            'jython': 'Jython'}.get(name, name)


def python_version():
    return _sys_version()[0]


def python_version_tuple():
    return tuple(python_version().split('.'))


def python_branch():
    return getattr(sys, '_git', ('', '', ''))[1]


def python_revision():
    return getattr(sys, '_git', ('', '', ''))[2]


def python_build():
    return _sys_version()[1:3]


def python_compiler():
    return _sys_version()[3]


# ---------------------------------------------------------------- platform()

_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (bool(aliased), bool(terse))
    if key not in _platform_cache:
        system, node, release, version, machine, proc = uname()
        if machine == proc:
            proc = ''
        if aliased:
            system, release, version = system_alias(system, release, version)
        if system == 'Linux':
            libname, libversion = libc_ver()
            text = _platform(system, release, machine, proc, 'with', libname + libversion)
        elif terse:
            text = _platform(system, release)
        else:
            text = _platform(system, release, machine, proc)
        _platform_cache[key] = text
    return _platform_cache[key]


# ---------------------------------------------------------------- os-release

_OS_RELEASE_LINE = re.compile("^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
_OS_RELEASE_ESCAPE = re.compile(r"\\([\\\$\"\'`])")
_OS_RELEASE_FILES = ("/etc/os-release", "/usr/lib/os-release")
_os_release_cache = None


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        match = _OS_RELEASE_LINE.match(line)
        if match is not None:
            info[match.group('name')] = _OS_RELEASE_ESCAPE.sub(r"\1", match.group('value'))
    return info


def freedesktop_os_release():
    """The os-release file as a dict (a copy, so callers may change it)."""
    global _os_release_cache
    if _os_release_cache is None:
        for path in _OS_RELEASE_FILES:
            try:
                with open(path, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as exc:
                errno = exc.errno
        else:
            raise OSError(errno, "Unable to read files " + ', '.join(_OS_RELEASE_FILES))
    return _os_release_cache.copy()
