# subprocess errors: a missing program, a bad folder, CalledProcessError and
# TimeoutExpired (their messages and attributes), and the argument checks.
import pathlib
import subprocess

e = subprocess.CalledProcessError(1, ['false'])
print(e, repr(e), e.args, e.returncode, e.cmd, e.stdout, e.output, e.stderr)
e = subprocess.CalledProcessError(2, 'cmd', b'out', b'err')
print(e, e.stdout, e.stderr)
e.stdout = 'changed'
print(e.output)
print(subprocess.CalledProcessError(-9, 'x'))
print(subprocess.CalledProcessError(-99, 'x'))
e = subprocess.TimeoutExpired(['sleep', '5'], 0.1)
print(e, repr(e), e.args, e.stdout, e.timeout, e.cmd)
print(subprocess.CompletedProcess.__mro__)
print(subprocess.SubprocessError.__mro__)
print(subprocess.TimeoutExpired.__mro__)
print(subprocess.CalledProcessError.__mro__)

tests = [
    lambda: subprocess.run(['nosuchcmd']),
    lambda: subprocess.run([b'nosuchcmd']),
    lambda: subprocess.run(pathlib.Path('nosuch')),
    lambda: subprocess.run('echo hi'),
    lambda: subprocess.run(['true'], cwd='/nonexistent-folder'),
    lambda: subprocess.run(['true'], cwd='/etc/passwd'),
    lambda: subprocess.run(['/etc/passwd']),
    lambda: subprocess.run(['/etc']),
    lambda: subprocess.run(['true'], executable='nosuchexe'),
    lambda: subprocess.run(['false'], check=True),
    lambda: subprocess.run(['sh', '-c', 'echo o; echo e >&2; exit 1'], capture_output=True,
                           check=True),
    lambda: subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True),
    lambda: subprocess.check_call(['false']),
    lambda: subprocess.check_call('exit 5', shell=True),
    lambda: subprocess.check_output('exit 2', shell=True),
    lambda: subprocess.check_output(['echo', 'x'], stdout=subprocess.PIPE),
    lambda: subprocess.check_output(['echo', 'x'], check=True),
    lambda: subprocess.run(['sh', '-c', 'echo part; exec sleep 5'], capture_output=True,
                           timeout=0.3),
    lambda: subprocess.run(['true'], input=b'x', stdin=subprocess.PIPE),
    lambda: subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE),
    lambda: subprocess.run(['cat'], input='x'),
    lambda: subprocess.check_output(['cat'], input='x'),
    lambda: subprocess.run(['cat'], input=b'x', text=True, capture_output=True),
    lambda: subprocess.run(['printf', '\\377'], capture_output=True, text=True),
    lambda: subprocess.run(['true'], timeout='x'),
    lambda: subprocess.Popen(123),
    lambda: subprocess.Popen([]),
    lambda: subprocess.Popen(['echo', 1]),
    lambda: subprocess.Popen(['ec\0ho']),
    lambda: subprocess.Popen(['echo'], env={'A': 1}),
    lambda: subprocess.Popen(['echo'], env={'A=B': '1'}),
    lambda: subprocess.Popen(['echo'], env={1: '1'}),
    lambda: subprocess.Popen(['true'], bufsize='x'),
    lambda: subprocess.Popen(['true'], text=True, universal_newlines=False),
    lambda: subprocess.Popen(['true'], stdin=object()),
    lambda: subprocess.Popen(['true'], stdout=99),
    lambda: subprocess.Popen(['true'], stdout=-5),
    lambda: subprocess.Popen(['true'], foo=1),
    lambda: subprocess.run(),
    lambda: subprocess.run(['true'], *range(20)),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e, repr(getattr(e, 'filename', None)),
              getattr(e, 'output', None), getattr(e, 'stderr', None))
