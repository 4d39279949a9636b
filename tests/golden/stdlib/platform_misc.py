import platform, sys, tempfile, os

bits, linkage = platform.architecture()
print(bits, linkage)
print(platform.architecture(bits='32bit'), platform.architecture(None), platform.architecture('', '16bit', 'X'))
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'notelf')
    with open(p, 'w') as f:
        f.write('hello')
    print(platform.architecture(p))
    print(platform.architecture(os.path.join(d, 'missing')))
    print(platform.libc_ver(p), platform.libc_ver(p, 'x', '1'))
    with open(p, 'wb') as f:
        f.write(b'\0junk GLIBC_2.2.5\0 GLIBC_2.17\0GLIBC_2.3\0')
    print(platform.libc_ver(p))
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
lib, ver = platform.libc_ver()
print(lib, type(ver).__name__, ver.count('.') >= 1)
print(platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.mac_ver(), platform.java_ver())
print(platform.win32_ver('a', 'b'), platform.mac_ver('1'), platform.java_ver('r', 'v'))
print(platform.system_alias('Linux', '6.1', '#1'))
info = platform.freedesktop_os_release()
print(type(info).__name__, all(k in info for k in ('NAME', 'ID', 'PRETTY_NAME')))
info['NAME'] = 'changed'
print(platform.freedesktop_os_release()['NAME'] != 'changed')
lines = ['NAME="Fedora Linux"\n', "ID=fedora\n", 'VERSION="38 (Workstation \\"Ed\\")"\n',
         "# comment\n", "\n", 'PRETTY_NAME=\'x $y\'\n', 'BAD LINE\n', 'ESC="a\\\\b\\$c\\`d"\n']
print(sorted(platform._parse_os_release(lines).items()))
print(platform._parse_os_release([]))
print(platform._platform('Linux', '5.0 (x)', 'unknown', '', 'with', 'glibc2.3'))
print(platform._platform('A/B', 'c:d;e"f', 'g\\h', '--'))
u = platform.uname()
print(platform.uname_result('a', 'b', 'c', 'd', 'e'))
print(tuple(platform.uname_result('a', 'b', 'c', 'd', 'e'))[:5])
