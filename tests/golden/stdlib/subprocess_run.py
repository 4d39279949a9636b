# subprocess.run and friends: captured output as bytes and text, stdin input, the
# STDOUT/DEVNULL redirections, the environment and working folder, CompletedProcess.
import os
import subprocess
import sys

print(subprocess.run(['true']))
print(subprocess.run('exit 3', shell=True))
print(subprocess.run(['echo', 'hi'], capture_output=True))
print(subprocess.run(['echo', 'hi'], capture_output=True, text=True))
print(subprocess.run(['echo', 'hi'], capture_output=True, universal_newlines=True))
print(subprocess.run(['echo', 'hi'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
both = ['sh', '-c', 'echo out; echo err >&2']
print(subprocess.run(both, stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
print(subprocess.run(both, capture_output=True))
print(subprocess.run(both, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(['cat'], input=b'abc', capture_output=True))
print(subprocess.run(['cat'], input='x\r\ny\rz', capture_output=True, text=True))
print(subprocess.run(['cat'], input='x' * 100000, capture_output=True,
                     text=True).stdout == 'x' * 100000)
r = subprocess.run(['cat'], input=b'z' * 300000, capture_output=True)
print(len(r.stdout), r.stderr)
print(subprocess.run(('echo', 'a tuple'), capture_output=True).stdout)
print(subprocess.run(['printf', '%s|', 'a b', '', 'c'], capture_output=True).stdout)
print(subprocess.run(['printf', 'h\\303\\251'], capture_output=True, encoding='latin-1'))
print(subprocess.run(['printf', '\\377'], capture_output=True, errors='replace'))
print(subprocess.run('echo $((6 * 7))', shell=True, capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo "$FOO-$BAR"'], env={'FOO': 'foo'},
                     capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd='/', capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd=b'/', capture_output=True).stdout)
os.environ['REFPY_SUBPROCESS_TEST'] = 'inherited'
print(subprocess.run('echo $REFPY_SUBPROCESS_TEST', shell=True, capture_output=True,
                     text=True).stdout)
print(subprocess.run('echo $0', shell=True, executable='/bin/sh',
                     capture_output=True).stdout)

# the convenience functions
print(subprocess.check_output(['echo', 'hello']))
print(subprocess.check_output('echo $((1+2))', shell=True, text=True))
print(subprocess.check_output(['cat'], input=None), subprocess.check_output(['cat'], input=None, text=True))
print(subprocess.call(['false']), subprocess.call('exit 7', shell=True))
print(subprocess.check_call(['true']))
print(repr(subprocess.getoutput('echo a; echo b >&2')))
print(subprocess.getstatusoutput('exit 4'), subprocess.getstatusoutput('echo x; exit 4'))
print(subprocess.getstatusoutput('printf "no newline"'))

# CompletedProcess
cp = subprocess.CompletedProcess(['x'], 0, 'out')
print(cp, cp.check_returncode())
cp = subprocess.CompletedProcess(['x'], 2, 'a', 'b')
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stdout, e.stderr)
print(subprocess.CompletedProcess[int], subprocess.Popen[bytes])
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.__all__)

# A child writing to the shared stdout: flushed output comes first.
print('before the child')
sys.stdout.flush()
subprocess.run(['echo', 'from the child'])
subprocess.run(['echo', 'to stdout'], stdout=sys.stdout)
print('after the child')
sys.stdout.flush()
# refpy itself (or python3) as the child
r = subprocess.run([sys.executable, '-c', 'import sys; print(6 * 7); sys.exit(3)'],
                   capture_output=True, text=True)
print(r.stdout, r.returncode)
