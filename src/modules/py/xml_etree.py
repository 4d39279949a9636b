# The xml.etree package: its module is xml.etree.ElementTree.
try:
    __path__
except NameError:
    __path__ = []
