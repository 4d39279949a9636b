"""refpy's xml package: the dom, sax, parsers and etree subpackages.

Each subpackage is a frozen module of its own; this one only makes `xml` a package.
"""

# Frozen modules get no __path__ from the importer; an empty list turns this module into
# a package whose children are then looked up among the frozen modules.
if '__path__' not in globals():
    __path__ = []

__all__ = ["dom", "parsers", "sax", "etree"]
