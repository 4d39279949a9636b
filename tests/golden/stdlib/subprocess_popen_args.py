# Popen's argument checks, repr, text-mode switches, wait/poll/kill and
# communicate() repeated.
import subprocess
import sys

for kw in [dict(bufsize='1'), dict(pipesize=1.5), dict(text=True, universal_newlines=False),
           dict(startupinfo=1), dict(creationflags=4)]:
    try:
        subprocess.Popen(['true'], **kw)
    except (TypeError, ValueError, subprocess.SubprocessError) as exc:
        print(type(exc).__name__, exc)

with subprocess.Popen(['true'], text=True, universal_newlines=True) as p:
    print(p.text_mode, p.universal_newlines)
p.universal_newlines = 0
print(p.text_mode, p.universal_newlines, p.returncode)
p = subprocess.Popen(['true'], encoding='ascii')
print(p.text_mode, p.universal_newlines, p.encoding, p.errors)
p.wait()
p = subprocess.Popen(['true'], errors='replace')
print(bool(p.text_mode), p.encoding, p.errors)
p.wait()
p = subprocess.Popen(['true'])
print(p.text_mode, p.universal_newlines, p.encoding)
print(repr(p)[:40].startswith('<Popen: returncode: None args:'))
p.wait()
print(repr(p))
p = subprocess.Popen(['echo'] + ['argument%d' % i for i in range(10)], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p), len(repr(p)))
print(subprocess.Popen[str])

p = subprocess.Popen(['sleep', '5'])
print(p.poll())
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as exc:
    print(exc)
p.kill()
print(p.wait(), p.poll(), p.returncode)
p.send_signal(15)
p.terminate()
print(p.returncode)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b'abc'))
print(p.communicate())
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'printf "a\\r\\nb\\rc"'], stdout=subprocess.PIPE, text=True)
print(repr(p.communicate()[0]))
p = subprocess.Popen(['sh', '-c', 'cat; exit 3'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     universal_newlines=True)
out, err = p.communicate('line1\nline2\n')
print(repr(out), err, p.returncode)
try:
    p.communicate('more')
except ValueError as exc:
    print('ValueError', exc)
p = subprocess.Popen(['true'])
print(p.communicate(), p.returncode)
