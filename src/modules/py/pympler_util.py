"""pympler.util: helpers shared by the pympler modules."""

try:
    __path__
except NameError:
    __path__ = []
