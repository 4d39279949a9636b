# subprocess.Popen: pipes as binary and text files, communicate, wait/poll with their
# timeout, signals, the context manager, and files as streams.
import os
import subprocess
import tempfile
import time

PIPE = subprocess.PIPE

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True)
print(p.stdout.encoding, p.stdin.encoding, p.stdout.errors)
print(repr(p), p.universal_newlines, p.text_mode, p.encoding, p.errors, p.args)
print(p.communicate('x\r\ny\rz'), repr(p), p.returncode)

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(p.stdout.mode, p.stdin.mode, type(p.pid).__name__, p.pid > 0)
p.stdin.write(b'abc\n')
p.stdin.flush()
print(p.stdout.readline())
p.stdin.write(b'more')
p.stdin.close()
print(p.stdout.read(), p.stdout.read())
p.stdout.close()
print(p.wait(), p.returncode, p.poll())
for f in [lambda: p.stdout.read(), lambda: p.stdout.readline(), lambda: p.stdin.write(b'x'),
          lambda: p.stdin.flush(), lambda: p.stdout.fileno(), lambda: p.stdin.close(),
          lambda: p.stdout.closed, lambda: iter(p.stdout), lambda: p.stdout.read1(),
          lambda: p.stdin.writable(), lambda: p.stdout.readable()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True)
for f in [lambda: p.stdin.write(b'x'), lambda: p.stdin.write('x'), lambda: p.stdin.close(),
          lambda: p.stdin.write('x'), lambda: p.stdout.read(), lambda: p.stdout.close(),
          lambda: p.stdout.read(), lambda: p.stdout.readline(), lambda: p.stdout.fileno(),
          lambda: p.wait()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
for f in [lambda: p.stdin.write('x'), lambda: p.stdin.read(), lambda: p.stdout.write(b'x'),
          lambda: p.stdout.seekable(), lambda: p.stdout.seek(0), lambda: p.stdout.tell(),
          lambda: p.stdout.isatty()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
p.stdin.close()
p.wait()
p.stdout.close()

print(repr(subprocess.Popen(['echo', 'a' * 100], stdout=subprocess.DEVNULL)))
with subprocess.Popen(['echo', 'hi'], stdout=PIPE) as q:
    print(q.stdout.read())
print(q.returncode, q.stdout.closed)

# reading line by line, newlines, multi-byte characters split by reads
p = subprocess.Popen(['printf', 'a\\nb\\r\\nc\\rd'], stdout=PIPE, text=True)
print(list(p.stdout))
p.wait()
p.stdout.close()
p = subprocess.Popen(['printf', 'a\\nb\\r\\nc\\rd'], stdout=PIPE)
print(p.stdout.readlines())
p.wait()
p.stdout.close()
p = subprocess.Popen(['printf', 'h\\303\\251llo w\\303\\266rld\\n'], stdout=PIPE, text=True)
print(p.stdout.read(1), p.stdout.read(2), p.stdout.readline(3), p.stdout.readline(),
      repr(p.stdout.read()))
p.wait()
p.stdout.close()
p = subprocess.Popen(['printf', 'abcdef\\nxyz'], stdout=PIPE)
print(p.stdout.read(2), p.stdout.readline(2), p.stdout.read1(100), p.stdout.read())
p.wait()
p.stdout.close()

# a conversation, line by line
p = subprocess.Popen(['sh', '-c', 'while read x; do echo "got $x"; done'],
                     stdin=PIPE, stdout=PIPE, text=True, bufsize=1)
for word in ['one', 'two', 'three']:
    p.stdin.write(word + '\n')
    print(p.stdout.readline().strip())
p.stdin.close()
print(p.wait())
p.stdout.close()

# communicate after a partial read
p = subprocess.Popen(['printf', 'l1\\nl2\\nl3\\n'], stdout=PIPE)
print(p.stdout.readline())
print(p.communicate())
p = subprocess.Popen(['sh', '-c', 'echo a; echo b 1>&2; echo c'], stdout=PIPE,
                     stderr=subprocess.STDOUT, text=True)
print(p.communicate())
p = subprocess.Popen(['true'])
print(p.communicate(), p.returncode)

# return codes, signals, timeouts
p = subprocess.Popen(['sh', '-c', 'kill -9 $$'], stdout=PIPE)
print(p.communicate(), p.returncode)
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
p.kill()
p.send_signal(9)
print(p.poll())
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.output)
p.kill()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'echo part; exec sleep 10'], stdout=PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e, e.output, e.stderr)
p.kill()
print(p.communicate(), p.returncode)
p = subprocess.Popen(['sh', '-c', 'exit 3'])
while p.poll() is None:
    time.sleep(0.01)
print(p.poll(), p.returncode)

# files and descriptors as the child's streams, in a fresh temporary folder
folder = tempfile.mkdtemp()
name = os.path.join(folder, 'f.txt')
with open(name, 'w') as f:
    f.write('first\n')
    subprocess.run(['echo', 'to file'], stdout=f)
    f.write('last\n')
print(open(name).read())
with open(name) as f:
    print(f.readline(), subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
with open(name, 'rb') as f:
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
fd = os.open(name, os.O_RDONLY)
print(subprocess.run(['wc', '-c'], stdin=fd, capture_output=True).stdout.strip())
os.close(fd)
os.remove(name)
os.rmdir(folder)
