# reprlib.recursive_repr: a container that holds itself.
import reprlib


class MyList(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        """My docstring."""
        return '<' + '|'.join(map(repr, self)) + '>'


class Tree:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr(fillvalue='<loop>')
    def __repr__(self):
        return 'Tree(%r)' % (self.children,)


m = MyList([1, 2])
m.append(m)
print(repr(m))
m2 = MyList([m, 3])
print(repr(m2))
t = Tree()
t.children.append(t)
t.children.append(Tree())
print(repr(t))
f = MyList.__repr__
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__annotations__, hasattr(f, '__wrapped__'))


class Annotated:
    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        return 'A'


print(Annotated.__repr__.__annotations__, repr(Annotated()))


class Failing:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise KeyError('boom')


x = Failing()
for i in range(2):
    try:
        repr(x)
    except KeyError as e:
        print('KeyError', e)
print(reprlib.repr([m]))
m.remove(m)
