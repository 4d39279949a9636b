import sys
import difflib
from difflib import unified_diff, context_diff, diff_bytes

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
sys.stdout.writelines(unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(unified_diff(s1, s2, 'a', 'b', '2005-01-26 23:30:50', '2010-04-02 10:20:52'))
sys.stdout.writelines(context_diff(s1, s2, 'a', 'b', '2005-01-26', ''))
print(list(unified_diff(s1, s1)), list(context_diff(s1, s1)))
print(list(unified_diff('one two three'.split(), 'zero one tree'.split(), lineterm='')))
print(list(context_diff('one two three'.split(), 'zero one tree'.split(), lineterm='')))

a = ['%d\n' % i for i in range(30)]
b = a[:]
b[2] = 'two\n'
del b[15:17]
b.insert(25, 'new\n')
for n in (0, 1, 3, 5):
    print('n =', n)
    sys.stdout.writelines(unified_diff(a, b, n=n))
    sys.stdout.writelines(context_diff(a, b, n=n))
# pure insertions and deletions, empty sides
print(list(unified_diff([], ['x\n'])), list(unified_diff(['x\n'], [])))
print(list(context_diff([], ['x\n'])), list(context_diff(['x\n'], [])))
print(list(unified_diff(['a\n', 'b\n'], ['a\n', 'c\n', 'b\n'], n=0)))
print(list(context_diff(['a\n', 'b\n'], ['a\n', 'c\n', 'b\n'], n=0)))
print(list(context_diff(['a\n', 'x\n', 'b\n'], ['a\n', 'b\n'], n=1)))

# bytes
print(list(diff_bytes(unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'\xfe\n'], b'old', b'new', b'd1', b'd2')))
print(list(diff_bytes(context_diff, [b'a', b'b'], [b'a', b'c'], lineterm=b'')))
for bad in [(['a'], [b'b']), ([b'a'], [b'b'], 'x')]:
    try:
        list(diff_bytes(unified_diff, *bad))
    except TypeError as e:
        print(type(e).__name__, e)
# str checks
for args in [([b'a'], ['b']), (['a'], [1]), (['a'], ['b'], b'x'), (['a'], ['b'], 'x', 'y', 'z', 'w', 3)]:
    for func in (unified_diff, context_diff):
        try:
            list(func(*args))
        except TypeError as e:
            print(func.__name__, type(e).__name__, e)
print(type(unified_diff([1], [2])).__name__)
