"""refpy's pympler package: asizeof, muppy, summary, tracker and classtracker, written
for refpy after the documented behaviour of Pympler 1.0.1."""

# A frozen module gets no __path__ from the import system; an empty one makes this a
# package whose submodules are found among the frozen modules.
try:
    __path__
except NameError:
    __path__ = []

__version__ = '1.0.1'
