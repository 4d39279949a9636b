# os.path's string functions against CPython on random paths made of separators,
# dots, names and tildes.
import os
import os.path
import random

# relpath of relative paths depends on the working directory: make it fixed.
os.chdir('/')

r = random.Random(3)
pieces = ['/', '//', '.', '..', 'a', 'b.c', '.d', 'e..', '~', 'x-y', '', ' ']
for i in range(400):
    p = ''.join(r.choice(pieces) for _ in range(r.randint(0, 7)))
    q = ''.join(r.choice(pieces) for _ in range(r.randint(0, 5)))
    row = [p, os.path.normpath(p), os.path.split(p), os.path.splitext(p), os.path.basename(p),
           os.path.dirname(p), os.path.isabs(p), os.path.join(p, q), os.path.join(q, p, q),
           os.path.commonprefix([p, q])]
    if p and q:
        row.append(os.path.relpath('/' + p, '/' + q))
        row.append(os.path.relpath(p, q))
    try:
        row.append(os.path.commonpath([p, q]))
    except ValueError as e:
        row.append(str(e))
    print(row)
