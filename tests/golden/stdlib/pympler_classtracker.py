# pympler.classtracker: instances of tracked classes sized at each snapshot.
from pympler import classtracker


class Document:
    def __init__(self, text):
        self.text = text
        self.words = tuple(text.split())


class Other:
    pass


ct = classtracker.ClassTracker()
ct.track_class(Document)
docs = [Document('a b c'), Document('hello world')]
o = Other()
ct.track_object(o)
ct.create_snapshot('first')
print(sorted(ct.index), len(ct.objects), len(ct.snapshots), ct.snapshots[0].desc)
snap = ct.snapshots[0]
print(snap.tracked_total, snap.label.startswith('first ('))
for tobj in ct.index['__main__.Document']:
    print(tobj.name, tobj.get_max_size(), tobj.repr.startswith('<__main__.Document object'),
          tobj.death)
docs.append(Document('x ' * 50))
ct.create_snapshot('second')
print(ct.snapshots[1].tracked_total, [t.get_max_size() for t in ct.index['__main__.Document']])
stats = ct.stats
classes = stats.annotate_snapshot(ct.snapshots[1])
info = classes['__main__.Document']
print(info['active'], info['sum'], info['avg'], stats.tracked_classes)
del docs[0]
print(ct.index['__main__.Document'][0].death is not None)
ct.detach_class(Document)
Document('not tracked')
print(len(ct.index['__main__.Document']))
try:
    ct.track_class(Document())
except TypeError as e:
    print('TypeError', e)
ct.track_class(Other, name='others', resolution_level=1)
o2 = Other()
print(sorted(ct.index))
ct.clear()
print(len(ct.objects), len(ct.snapshots), dict(ct.index))
ct.close()
