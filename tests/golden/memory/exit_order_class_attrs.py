# At exit, __main__'s namespace is collected as a cycle: CPython's collector reaches a
# class's namespace dict only after the class, so class attributes die after the
# globals that the collector reaches first (instances, tuples, private names).
class E:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class Holder:
    attr = E('class-attr')
    items = [E('class-list-item')]
    nested = {'k': E('class-dict-value')}
    def method(self):
        return self
class Child(Holder):
    extra = E('child-attr')
inst = Holder()
inst.x = E('instance-attr')
child = Child()
tup = (E('tuple-0'), E('tuple-1'))
_private = E('private')
lst = [E('list-0'), E('list-1')]
mapping = {'a': E('dict-a'), 'b': E('dict-b')}
only_class_refs = Holder
Holder.late = E('set-after-creation')
def f():
    pass
print('end of script')
