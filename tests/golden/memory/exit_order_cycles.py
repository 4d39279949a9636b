# Cycles still alive at exit and the order their finalizers run in: the final
# collections see globals, cycles and class namespaces in CPython's list order.
import gc
class E:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = E('a')
b = E('b')
a.peer = b
b.peer = a
ring = [E('ring-0'), E('ring-1')]
ring.append(ring)
class Node:
    registry = []
    def __init__(self, name):
        self.name = name
        Node.registry.append(self)
    def __del__(self):
        print('del node', self.name)
n1 = Node('n1')
n2 = Node('n2')
del n1
gc.collect()
late = E('after-collect')
late.self = late
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    attr = E('meta-class-attr')
print('end of script')
