# Struct sequences: the values C functions make (os.stat, time.gmtime, sys.version_info...)
# are GC objects never tracked; their types' n_*fields, sizes, __reduce__ and pickling,
# and structseq_new's messages.
import copy
import gc
import os
import pickle
import sys
import tempfile
import time

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f')
    with open(path, 'wb') as f:
        f.write(b'12345')
    st = os.stat(path)
    lst = os.lstat(path)

made_by_c = [('stat', st), ('lstat', lst), ('gmtime', time.gmtime(0)),
             ('localtime', time.localtime(86400)),
             ('strptime', time.strptime('2024-02-03', '%Y-%m-%d')),
             ('version_info', sys.version_info), ('float_info', sys.float_info),
             ('int_info', sys.int_info), ('hash_info', sys.hash_info), ('flags', sys.flags),
             ('asyncgen_hooks', sys.get_asyncgen_hooks())]
for name, o in made_by_c:
    t = type(o)
    print(name, repr(t), t.__module__, t.__qualname__, 'tracked:', gc.is_tracked(o),
          'size:', sys.getsizeof(o), len(o))
    print('   fields:', t.n_sequence_fields, t.n_fields, t.n_unnamed_fields,
          getattr(t, '__match_args__', None))
    r = o.__reduce__()
    print('   reduce:', r[0] is t, type(r[1]).__name__, len(r[1]), r[1][0] == tuple(o),
          sorted(r[1][1]) if len(r[1]) > 1 else None)
    print('   isinstance tuple:', isinstance(o, tuple), issubclass(t, tuple))

print(os.stat_result.__match_args__)
print(st.st_size, st[6], st.st_mtime == st[8] or isinstance(st.st_mtime, float))

# made by Python code: tracked
for o in (os.terminal_size((80, 24)), time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)),
          time.struct_time(range(11)), os.stat_result(range(10)), sys.float_info.__class__(range(11))):
    print(type(o).__name__, gc.is_tracked(o), sys.getsizeof(o), len(o))

# pickling and copying round trips
for name, o in made_by_c[:5] + [('terminal_size', os.terminal_size((3, 4)))]:
    for proto in (0, 2, 5):
        back = pickle.loads(pickle.dumps(o, proto))
        same = back == o and type(back) is type(o)
        extra = [getattr(back, n) == getattr(o, n) for n in ('tm_zone', 'tm_gmtoff', 'st_mtime_ns',
                                                              'st_blksize') if hasattr(o, n)]
        print('pickle', name, proto, same, extra)
    print('copy', name, copy.copy(o) == o, copy.deepcopy(o) == o)
for o in (sys.version_info, sys.float_info, sys.flags, sys.hash_info, sys.int_info):
    try:
        pickle.dumps(o)
    except pickle.PicklingError as e:
        print('PicklingError', e)
print(time.gmtime(0).__reduce__())
print(os.terminal_size((3, 4)).__reduce__())
s = os.stat_result(range(10))
print(s.st_atime, s.st_mtime_ns, s.__reduce__()[1][1])
s = os.stat_result(range(10), {'st_atime': 1.5, 'st_rdev': 9})
print(s.st_atime, s.st_rdev, s.st_blocks)
t = time.struct_time(range(9), {'tm_zone': 'XYZ'})
print(t.tm_zone, t.tm_gmtoff)

# structseq_new's messages
tries = [
    lambda: time.struct_time((1, 2)),
    lambda: time.struct_time(()),
    lambda: time.struct_time(list(range(12))),
    lambda: time.struct_time(5),
    lambda: time.struct_time(range(9), []),
    lambda: os.terminal_size((1,)),
    lambda: os.terminal_size((1, 2, 3)),
    lambda: os.terminal_size(None),
    lambda: os.stat_result((1, 2, 3)),
    lambda: os.stat_result(range(20)),
    lambda: sys.version_info.__class__((3,)),
    lambda: type(sys.flags)(),
    lambda: type(sys.float_info)((1, 2)),
    lambda: type(sys.int_info)(range(3)),
]
for f in tries:
    try:
        print('made', f())
    except TypeError as e:
        print('TypeError', e)
print(time.struct_time('abcdefghi'))

match sys.version_info:
    case (3, minor, *_):
        print('match minor', minor)
match time.gmtime(0):
    case time.struct_time(tm_year=y, tm_mon=m):
        print('match', y, m)
match os.terminal_size((5, 6)):
    case os.terminal_size(c, l):
        print('match', c, l)
