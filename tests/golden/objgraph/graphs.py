# objgraph.show_refs / show_backrefs: the DOT text, read back for its shape.
# (Writing to a file is tested in tests/trace.rs: a golden test must leave no file.)
import objgraph


class Box:
    def __init__(self, name):
        self.name = name


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def shape(func, *args, **kwargs):
    out = Out()
    func(*args, output=out, **kwargs)
    lines = ''.join(out.parts).splitlines()
    print(lines[0], lines[-1])
    labels = []
    for line in lines:
        if '[label="' in line and '->' not in line:
            label = line.split('[label="', 1)[1].rsplit('"]', 1)[0]
            at = label.find(' at 0x')
            if at >= 0:
                label = label[:at] + label[label.index('>', at):]
            labels.append(label)
    print(sorted(labels))
    print(len([l for l in lines if '->' in l]), 'edges,',
          len([l for l in lines if 'fontcolor=red' in l]), 'roots')


outer = Box('outer')
outer.items = [Box('x'), Box('y')]
outer.items[0].friend = outer.items[1]

mine = lambda o: isinstance(o, (Box, list))
shape(objgraph.show_refs, [outer], filter=mine)
shape(objgraph.show_refs, outer, filter=mine, max_depth=1)
shape(objgraph.show_refs, (outer, outer.items[1]), filter=mine, max_depth=1)
shape(objgraph.show_backrefs, [outer.items[1]], filter=mine)
shape(objgraph.show_backrefs, [outer.items[1]], filter=mine, max_depth=1)
shape(objgraph.show_refs, [outer], filter=mine, too_many=1)
shape(objgraph.show_refs, [outer.items[0]], filter=mine,
      extra_info=lambda o: getattr(o, 'name', '-'),
      highlight=lambda o: isinstance(o, list))
shape(objgraph.show_refs, [outer], filter=mine, shortnames=False, max_depth=1)
shape(objgraph.show_refs, [outer], filter=mine,
      extra_ignore=[id(outer.items[0])])
