import shlex

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'a\\b', 'file.txt',
          '-rf', 'x=1', 'user@host:/path,a+b%c', 'tab\there', 'new\nline', 'ünï',
          "'", "''", '*', '~', '!', 'a;b', '(x)']:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s] if s else shlex.split(q))
args = ['ls', '-l', 'my file', "it's", '', '$x']
j = shlex.join(args)
print(j)
print(shlex.split(j) == args)
print(shlex.join([]), repr(shlex.join(['a'])))
print(shlex.join(iter(['a b', 'c'])))
print(shlex.quote(None))
for bad in [5, b'bytes', ['a']]:
    try:
        shlex.quote(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    shlex.join(['a', 3])
except TypeError as e:
    print(type(e).__name__, e)
print(shlex.__all__)
