# The exception texts, CompletedProcess reprs and the convenience functions'
# argument checks.
import subprocess
import sys

for code, cmd in [(1, 'ls'), (2, ['a', 'b']), (-9, 'x'), (-15, ('t',)), (-99, 'u'), (0, 'z')]:
    e = subprocess.CalledProcessError(code, cmd, output=b'o', stderr=b'e')
    print(str(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
e = subprocess.CalledProcessError(3, 'c')
print(e.output, e.stdout, e.stderr, e.args)
e.stdout = 'new'
print(e.output, e.stdout)
t = subprocess.TimeoutExpired(['sleep', '5'], 0.25)
print(str(t), t.timeout, t.output, t.stdout, t.stderr, t.args)
t.stdout = b'x'
print(t.output)
t = subprocess.TimeoutExpired('cmd', 3, output='a', stderr='b')
print(str(t), t.stdout, t.stderr)
print(isinstance(t, subprocess.SubprocessError), subprocess.TimeoutExpired.__mro__)

for args in [(['a'], 0), ('s', 1, b'out'), ('s', -2, None, b'err'), (('t',), 0, '', '')]:
    cp = subprocess.CompletedProcess(*args)
    print(repr(cp))
    try:
        cp.check_returncode()
        print('ok')
    except subprocess.CalledProcessError as exc:
        print('raised', exc, exc.stdout, exc.stderr)
print(subprocess.CompletedProcess[bytes])

for kw in [dict(stdout=1), dict(check=True)]:
    try:
        subprocess.check_output(['true'], **kw)
    except ValueError as exc:
        print('ValueError', exc)
try:
    subprocess.run(['true'], input=b'', stdin=subprocess.PIPE)
except ValueError as exc:
    print('ValueError', exc)
for kw in [dict(stdout=subprocess.PIPE), dict(stderr=subprocess.DEVNULL)]:
    try:
        subprocess.run(['true'], capture_output=True, **kw)
    except ValueError as exc:
        print('ValueError', exc)

print(subprocess.call(['sh', '-c', 'exit 4']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(args=['sh', '-c', 'exit 5'])
except subprocess.CalledProcessError as exc:
    print(exc, exc.cmd)
print(repr(subprocess.check_output(['cat'], input=None)))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(repr(subprocess.check_output(['cat'], input='hé', encoding='utf-8')))
try:
    subprocess.check_output(['sh', '-c', 'echo out; exit 7'])
except subprocess.CalledProcessError as exc:
    print(exc, exc.output, exc.stdout, exc.stderr)
print(subprocess.getstatusoutput('echo hi; echo err >&2; exit 3'))
print(subprocess.getstatusoutput('printf "a\\n\\n"'))
print(repr(subprocess.getoutput('printf x')))
print(subprocess.getstatusoutput('exit 0'))
r = subprocess.run(['sh', '-c', 'echo a; echo b >&2; exit 2'], capture_output=True)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as exc:
    print(exc)
try:
    subprocess.run(['sh', '-c', 'exit 1'], check=True, text=True, capture_output=True)
except subprocess.CalledProcessError as exc:
    print(exc, repr(exc.stdout), repr(exc.stderr))
