"""The concurrent package: its one submodule is concurrent.futures."""

# A frozen module gets no __path__ from the import system; an empty one makes this a
# package whose submodule is found among the frozen modules.
try:
    __path__
except NameError:
    __path__ = []
