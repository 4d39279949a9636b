# objgraph's chain finders: what keeps an object alive, what it reaches.
import objgraph
import gc


class Node:
    def __init__(self, name):
        self.name = name


def names(chain):
    return [getattr(o, 'name', type(o).__name__) for o in chain]


root = Node('root')
root.children = [Node('a'), Node('b')]
root.children[1].extra = {'deep': Node('c')}
deep = root.children[1].extra['deep']

print(names(objgraph.find_backref_chain(deep, objgraph.is_proper_module)))
print(names(objgraph.find_ref_chain(root, lambda o: getattr(o, 'name', None) == 'c')))
print(names(objgraph.find_ref_chain(root, lambda o: isinstance(o, dict) and 'deep' in o)))
print(names(objgraph.find_backref_chain(deep, objgraph.is_proper_module, max_depth=2)))
print(names(objgraph.find_ref_chain(root, lambda o: getattr(o, 'name', None) == 'c',
                                    max_depth=2)))
lonely = Node('lonely')
print(names(objgraph.find_backref_chain(Node('temp'), objgraph.is_proper_module)))
print(names(objgraph.find_ref_chain(lonely, lambda o: o is root, max_depth=1)))
print(objgraph.is_proper_module(gc), objgraph.is_proper_module(root))

# extra_ignore: without the list, the way goes through the dict.
holder = [deep]
print(names(objgraph.find_backref_chain(deep, objgraph.is_proper_module)))
print(names(objgraph.find_backref_chain(deep, objgraph.is_proper_module,
                                        extra_ignore=(id(holder),))))
