"""The DOM's shared vocabulary for refpy: xml.dom.

Node-type and error-code constants, the DOMException family (one subclass per error
code, each carrying its `code`), the well-known namespace URIs, and the registry
behind getDOMImplementation(). xml.dom.minidom is the implementation.
"""

if '__path__' not in globals():
    __path__ = []


class Node:
    """The nodeType values, as class attributes."""
    __slots__ = ()

    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


# (constant name, exception class name) in code order: code i+1 is _CODES[i].
_CODES = (
    ("INDEX_SIZE_ERR", "IndexSizeErr"),
    ("DOMSTRING_SIZE_ERR", "DomstringSizeErr"),
    ("HIERARCHY_REQUEST_ERR", "HierarchyRequestErr"),
    ("WRONG_DOCUMENT_ERR", "WrongDocumentErr"),
    ("INVALID_CHARACTER_ERR", "InvalidCharacterErr"),
    ("NO_DATA_ALLOWED_ERR", "NoDataAllowedErr"),
    ("NO_MODIFICATION_ALLOWED_ERR", "NoModificationAllowedErr"),
    ("NOT_FOUND_ERR", "NotFoundErr"),
    ("NOT_SUPPORTED_ERR", "NotSupportedErr"),
    ("INUSE_ATTRIBUTE_ERR", "InuseAttributeErr"),
    ("INVALID_STATE_ERR", "InvalidStateErr"),
    ("SYNTAX_ERR", "SyntaxErr"),
    ("INVALID_MODIFICATION_ERR", "InvalidModificationErr"),
    ("NAMESPACE_ERR", "NamespaceErr"),
    ("INVALID_ACCESS_ERR", "InvalidAccessErr"),
    ("VALIDATION_ERR", "ValidationErr"),
)


class DOMException(Exception):
    """Base of the DOM errors; only its subclasses (one per code) are raised."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        super().__init__(*args, **kw)

    def _get_code(self):
        return self.code


def _define_codes(space):
    for number, (const, cls_name) in enumerate(_CODES, 1):
        space[const] = number
        space[cls_name] = type(cls_name, (DOMException,),
                               {"code": number, "__module__": __name__})


_define_codes(globals())


class UserDataHandler:
    """The operation codes passed to a user-data handler's handle()."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


# -- the implementation registry (CPython keeps it in xml.dom.domreg) --

_factories = {}
_known_modules = {"minidom": "xml.dom.minidom", "4DOM": "xml.dom.DOMImplementation"}


def registerDOMImplementation(name, factory):
    """Make `factory()` (returning a DOMImplementation) known under `name`."""
    _factories[name] = factory


def _wanted(features):
    if isinstance(features, str):
        words = features.split()
        pairs = []
        while words:
            name = words.pop(0)
            version = words.pop(0) if words and words[0][:1].isdigit() else None
            pairs.append((name, version))
        return pairs
    return list(features)


def _from_module(modname):
    import importlib
    return importlib.import_module(modname).getDOMImplementation()


def getDOMImplementation(name=None, features=()):
    """A DOMImplementation: the one registered as `name` if given, else the
    first known one that has all the requested features."""
    import os
    name = name or os.environ.get("PYTHON_DOM")
    if name:
        if name in _factories:
            return _factories[name]()
        if name in _known_modules:
            return _from_module(_known_modules[name])
        raise KeyError(name)
    wanted = _wanted(features)
    candidates = [factory for factory in _factories.values()]
    candidates += [lambda m=m: _from_module(m) for m in _known_modules.values()]
    for make in candidates:
        try:
            impl = make()
        except Exception:
            continue
        if all(impl.hasFeature(f, v) for f, v in wanted):
            return impl
    raise ImportError("no suitable DOM implementation found")
