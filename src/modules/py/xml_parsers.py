"""refpy's xml.parsers package; its one member is xml.parsers.expat."""

if '__path__' not in globals():
    __path__ = []
