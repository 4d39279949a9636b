# pprint neighbours: recursion in every container kind, depth limits, subclass
# hooks (format overrides), streams, constructor errors, readable/recursive quirks,
# tiny widths and wide indents, string and bytes splitting edge cases.
import collections
import contextlib
import dataclasses
import io
import pprint
import types


def hide_ids(text, *objs):
    for o in objs:
        text = text.replace(str(id(o)), 'ID')
    return text


lst = [1, 'two']
lst.append(lst)
dct = {'a': 1}
dct['me'] = dct
dct['list'] = lst
tup = (lst, dct)
ns = types.SimpleNamespace(x=1)
ns.me = ns


@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
    parent: object = None


root = Node('root')
root.children.append(Node('leaf', parent=root))
root.children.append(Node('x' * 50, parent=None))
for obj in (lst, dct, tup, ns, root):
    for width in (80, 20):
        print(hide_ids(pprint.pformat(obj, width=width), lst, dct, ns, root))
    print(hide_ids(pprint.saferepr(obj), lst, dct, ns, root), pprint.isrecursive(obj), pprint.isreadable(obj))
for depth in (1, 2, 3):
    print(pprint.pformat(root, depth=depth, width=30))
    print(pprint.pformat([[1, [2, [3, [4]]]], {'k': {'k2': (5,)}}], depth=depth))
    print(pprint.pformat(collections.OrderedDict(a=[1, [2]]), depth=depth, width=10))

# format() overrides reach nested objects
class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)


print(Upper(width=30).pformat({'key': ['abc', 'def' * 6, ('ghi',)], 'z': 'q'}))
print(Upper().isreadable(['x']), Upper().isrecursive(lst))

# streams
buf = io.StringIO()
pprint.pprint({'b': 1, 'a': 2}, stream=buf)
pprint.pp({'b': 1, 'a': 2}, buf, width=5)
pprint.PrettyPrinter(stream=buf, indent=3).pprint(list(range(30)))
print(repr(buf.getvalue()))
early = pprint.PrettyPrinter()
with contextlib.redirect_stdout(io.StringIO()) as captured:
    pprint.pprint('into captured')
    early.pprint('to the real stdout')
print(repr(captured.getvalue()))
printer = pprint.PrettyPrinter(stream=None)
print(printer.pformat(b'x'))

# constructor arguments
for kwargs in [dict(indent=-1), dict(depth=0), dict(depth=-5), dict(width=0), dict(width='x'),
               dict(indent='2'), dict(indent=2.9, width=30.5), dict(compact=1, sort_dicts=0)]:
    try:
        p = pprint.PrettyPrinter(**kwargs)
        print(kwargs, repr(p.pformat({'b': [1] * 12, 'a': 'x'})))
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
try:
    pprint.pformat([], 1, 80, None, True)
except TypeError as e:
    print('TypeError', e)


# readable/recursive details
class Empty:
    def __repr__(self):
        return ''


class Angle:
    def __repr__(self):
        return '<angle>'


print(repr(pprint.isreadable(Empty())), repr(pprint.isreadable({1: Empty()})), pprint.isreadable([Empty()]))
print(pprint.isreadable(Angle()), pprint.isreadable((1, 2.5, None, b'x', 1j)), pprint.isreadable({1: [Angle()]}))
print(pprint.PrettyPrinter().isreadable({'a': lst}), pprint.saferepr([Angle(), {2: 1, 1: 2}]))
print(pprint.saferepr({'z': 1, 'a': [3, {'y': 1, 'b': 2}]}), pprint.saferepr(set()), pprint.saferepr(()))

# tiny widths, wide indents, empty containers that do not fit
for obj in ([], {}, (), set(), '', b'', [[]], ((),), {'k': []}, collections.deque(), [1]):
    print(repr(pprint.pformat(obj, width=1, indent=4)))
print(pprint.pformat({'key': [1, 2, 3], 'other': {'x': 'y'}}, indent=6, width=20))
print(pprint.pformat([[1, 2], (3, 4), {5, 6}], indent=3, width=8, compact=True))
print(pprint.pformat(collections.Counter('aabbbc'), indent=4, width=10))

# underscore_numbers: ints and int subclasses without their own repr only
class MyInt(int):
    pass


class ReprInt(int):
    def __repr__(self):
        return 'ReprInt'


print(pprint.pformat([10**9, -10**7, True, MyInt(123456), ReprInt(5), 1.5e9, 10**30], underscore_numbers=True))
print(pprint.pformat({10**6: 10**7}, underscore_numbers=True, width=5))

# strings: line breaks, leading/trailing spaces, words longer than the width
for s in ['word ' * 20, '  leading spaces and more words here ok', 'a\n\nb\n', 'x' * 30 + ' ' + 'y' * 30,
          'tabs\there\tand\tthere and more', 'end with newline\n' * 3, 'ü ö ä ß ' * 8, 'a\r\nb\rc\x0bd\x0ce']:
    print(pprint.pformat(s, width=18))
    print(pprint.pformat({'s': s}, width=25))
for b in [b'abcd' * 10, b'abc' * 11, b'12345', b'\x00' * 21, bytearray(b'q' * 41)]:
    print(pprint.pformat(b, width=20))
    print(pprint.pformat([b], width=24))
