# copytree, rmtree (onerror, ignore_errors), move.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()


def p(*names):
    return os.path.join(base, *names)


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(p(top)):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            full = os.path.join(dirpath, name)
            kind = 'L' if os.path.islink(full) else 'D' if os.path.isdir(full) else 'F'
            out.append(kind + ':' + os.path.relpath(full, p(top)))
    return out


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(os.path.relpath(r, base) if isinstance(r, str) else r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))


for name in ['src/a.txt', 'src/b.py', 'src/sub/c.txt', 'src/sub/deep/d.pyc', 'src/.hid']:
    os.makedirs(os.path.dirname(p(name)), exist_ok=True)
    with open(p(name), 'w') as f:
        f.write(name)
os.makedirs(p('src', 'emptydir'))
os.symlink('a.txt', p('src', 'link_a'))
os.symlink('sub', p('src', 'link_sub'))
os.utime(p('src', 'a.txt'), ns=(5, 5_000_000_000))

show(shutil.copytree, p('src'), p('dst'))
print(tree('dst'))
print(os.stat(p('dst', 'a.txt')).st_mtime_ns)
show(shutil.copytree, p('src'), p('dst'))
show(shutil.copytree, p('src'), p('dst'), dirs_exist_ok=True)
show(shutil.copytree, p('src'), p('dst2'), symlinks=True)
print(tree('dst2'))
show(shutil.copytree, p('src'), p('dst3', 'nested'), ignore=shutil.ignore_patterns('*.pyc', '.*', 'emptydir'))
print(tree('dst3'))
seen = []


def ignore(folder, names):
    seen.append((os.path.relpath(folder, base), sorted(names)))
    return {'sub'}


show(shutil.copytree, p('src'), p('dst4'), ignore=ignore, copy_function=shutil.copy)
print(seen, tree('dst4'))
show(shutil.copytree, p('missing'), p('dst5'))
show(shutil.copytree, p('src', 'a.txt'), p('dst5'))
os.symlink('nowhere', p('src', 'dangling'))
try:
    shutil.copytree(p('src'), p('dst6'))
except shutil.Error as e:
    print('Error', [(os.path.relpath(a, base), os.path.relpath(b, base), c.replace(base, '<base>'))
                    for a, b, c in e.args[0]])
show(shutil.copytree, p('src'), p('dst7'), ignore_dangling_symlinks=True)
print('dangling' in os.listdir(p('dst7')))
os.unlink(p('src', 'dangling'))

# rmtree
show(shutil.rmtree, p('dst'))
print(os.path.exists(p('dst')))
show(shutil.rmtree, p('dst'))
show(shutil.rmtree, p('dst'), ignore_errors=True)
show(shutil.rmtree, p('src', 'a.txt'))
show(shutil.rmtree, p('src', 'link_sub'))
print(os.path.exists(p('src', 'sub', 'c.txt')))
calls = []


def onerror(func, path, exc_info):
    calls.append((func.__name__, os.path.relpath(path, base), exc_info[0].__name__,
                  str(exc_info[1]).replace(base, '<base>')))


shutil.rmtree(p('missing'), onerror=onerror)
shutil.rmtree(p('src', 'a.txt'), onerror=onerror)
shutil.rmtree(p('src', 'link_sub'), onerror=onerror)
for call in calls:
    print(call)
shutil.rmtree(p('dst2'))  # holds links: removed, not followed
print(sorted(os.listdir(base)), os.path.exists(p('src', 'sub', 'c.txt')))
show(shutil.rmtree, p('dst3').encode())
print(os.path.exists(p('dst3')))

# move
show(shutil.move, p('dst4'), p('moved'))
print(os.path.exists(p('dst4')), tree('moved'))
with open(p('file.txt'), 'w') as f:
    f.write('F')
show(shutil.move, p('file.txt'), p('moved'))
print(sorted(os.listdir(p('moved'))))
with open(p('file.txt'), 'w') as f:
    f.write('F2')
show(shutil.move, p('file.txt'), p('moved'))
show(shutil.move, p('file.txt'), p('moved', 'file2.txt'))
show(shutil.move, p('missing'), p('x'))
show(shutil.move, p('moved'), p('moved', 'inside'))
show(shutil.move, p('moved') + '/', p('dst7'))
print(sorted(os.listdir(p('dst7'))))
show(shutil.move, p('dst7', 'moved'), p('m2'))
os.symlink('m2', p('lnk'))
show(shutil.move, p('lnk'), p('lnk2'))
print(os.path.islink(p('lnk2')), os.readlink(p('lnk2')))

shutil.rmtree(base)
print(os.path.exists(base))
