# Element stands for the C type: its size, gc tracking, references, deaths.
import sys, gc, weakref, copy
import xml.etree.ElementTree as ET

E = ET.Element
print(sys.getsizeof(E('a')), gc.is_tracked(E('a')))
print(sys.getsizeof(E('a', x='1')), sys.getsizeof(E('a', {})))
a = E('a')
a.attrib
print('after attrib', sys.getsizeof(a))
a.clear()
print('after clear', sys.getsizeof(a))
g = E('g')
g.get('x'); g.keys(); g.items()
print('lookups', sys.getsizeof(g))
sizes = []
for i in range(20):
    ET.SubElement(g, 'c')
    sizes.append(sys.getsizeof(g))
print(sizes)
del g[:]
print('emptied', sys.getsizeof(g), len(g))
k = E('k'); k.extend([E('b') for i in range(6)]); print('extend6', sys.getsizeof(k))
k = E('k'); k[:] = [E('b') for i in range(6)]; print('slice6', sys.getsizeof(k))
k = E('k'); k.insert(0, E('b')); print('insert', sys.getsizeof(k))
print('copy', sys.getsizeof(copy.copy(k)), sys.getsizeof(copy.copy(E('z'))))
print('deepcopy', sys.getsizeof(copy.deepcopy(k)))
f = E('f'); f.set('x', '1'); print('set', sys.getsizeof(f))

class Sub(ET.Element):
    pass
s = Sub('s')
print('subclass', sys.getsizeof(s), gc.is_tracked(s))
s.extra = 1
print(s.extra, Sub.__mro__[1].__name__)

parsed = ET.fromstring('<a><b/><c x="1"/></a>')
print('parsed', sys.getsizeof(parsed), sys.getsizeof(parsed[0]), sys.getsizeof(parsed[1]))

# reference counts: a child is held once by its parent
child = E('child')
base = sys.getrefcount(child)
parent = E('parent')
parent.append(child)
print('refcount +', sys.getrefcount(child) - base)
parent.remove(child)
print('refcount back', sys.getrefcount(child) - base)
parent.extend([child, child])
print('twice', sys.getrefcount(child) - base)
del parent
print('parent gone', sys.getrefcount(child) - base)

# deaths: a dropped tree dies at once, children first to last after the parent
class D(ET.Element):
    def __del__(self):
        print('del', self.tag)

root = D('root')
for n in ('one', 'two', 'three'):
    root.append(D(n))
ref = weakref.ref(root[1], lambda r: print('weakref callback'))
del root
print('after del root')
r2 = D('r2')
r2.append(D('kid'))
r2.remove(r2[0])
print('after remove')
r3 = D('r3')
r3.extend([D('k1'), D('k2')])
r3.clear()
print('after clear')
r4 = D('r4')
r4.append(D('k3'))
r4[0] = D('k4')
print('after replace')
del r4[0]
print('after delitem')
del r2, r3, r4

# a cycle through an element's attrib is collected
e = E('cyc')
e.set('self', e)
w = weakref.ref(e)
del e
print('before collect', w() is not None)
gc.collect()
print('after collect', w() is None)
