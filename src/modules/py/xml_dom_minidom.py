"""A small DOM (Level 1 plus namespaces) for refpy: xml.dom.minidom.

Written from the xml.dom and xml.dom.minidom documentation and CPython's observed
output (toxml/toprettyxml are byte-identical to CPython's). The tree is plain Python
objects: every node keeps parentNode, previousSibling and nextSibling as attributes
and a container node keeps its children in a NodeList; parse() and parseString()
build a tree with xml.parsers.expat.
"""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE,
                     HierarchyRequestErr, IndexSizeErr, NotFoundErr, NotSupportedErr,
                     NamespaceErr, InuseAttributeErr, WrongDocumentErr,
                     InvalidCharacterErr, NoModificationAllowedErr)

StringTypes = (str,)

_N = xml.dom.Node


# ---------------------------------------------------------------- node lists

class NodeList(list):
    """The children of a node (a list with the DOM's item() and length)."""
    __slots__ = ()

    def item(self, index):
        """The node at `index`, or None outside the list."""
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        """How many nodes the list holds."""
        return len(self)

    @length.setter
    def length(self, value):
        raise NoModificationAllowedErr(
            "attempt to modify read-only attribute 'length'")

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        self[:] = state if state is not None else []


class EmptyNodeList(tuple):
    """The (immutable, empty) children of a node that cannot have any."""
    __slots__ = ()

    def item(self, index):
        return None

    @property
    def length(self):
        return 0

    @length.setter
    def length(self, value):
        raise NoModificationAllowedErr(
            "attempt to modify read-only attribute 'length'")

    def __add__(self, other):
        merged = NodeList()
        merged.extend(other)
        return merged

    def __radd__(self, other):
        merged = NodeList()
        merged.extend(other)
        return merged


# CPython defines the two list types in xml.dom.minicompat; their reprs say so.
NodeList.__module__ = EmptyNodeList.__module__ = "xml.dom.minicompat"


def _write_data(writer, data):
    """Write text with the characters markup would misread escaped."""
    if data:
        writer.write(data.replace("&", "&amp;").replace("<", "&lt;")
                     .replace('"', "&quot;").replace(">", "&gt;"))


def _split_qname(qname):
    """'p:local' -> ('p', 'local'); 'local' -> (None, 'local')."""
    head, colon, tail = qname.partition(":")
    if colon:
        return head, tail
    return EMPTY_PREFIX, qname


def _check_data(data):
    if not isinstance(data, str):
        raise TypeError("node contents must be a string")


# What each kind of container accepts as a child.
_CONTENT_KINDS = frozenset((_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE,
                            _N.COMMENT_NODE, _N.TEXT_NODE, _N.CDATA_SECTION_NODE,
                            _N.ENTITY_REFERENCE_NODE))
_DOCUMENT_KINDS = frozenset((_N.ELEMENT_NODE, _N.PROCESSING_INSTRUCTION_NODE,
                             _N.COMMENT_NODE, _N.DOCUMENT_TYPE_NODE))


def _matching_elements(root, accept, found):
    """Append to `found`, in document order, the elements below `root` for which
    accept(element) holds."""
    pending = list(reversed(root.childNodes))
    while pending:
        node = pending.pop()
        if node.nodeType == _N.ELEMENT_NODE:
            if accept(node):
                found.append(node)
            pending.extend(reversed(node.childNodes))
    return found


# ---------------------------------------------------------------- the base node

class Node(xml.dom.Node):
    """What every node shares: navigation, child editing and serialization."""

    namespaceURI = EMPTY_NAMESPACE
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    _accepts = frozenset()          # kinds of children this node may hold

    def __bool__(self):
        return True

    # -- serialization --

    def toxml(self, encoding=None, standalone=None):
        """The node as XML text (bytes in `encoding` when one is given)."""
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        """Like toxml(), with each nesting level indented by `indent` and lines
        ended by `newl`."""
        out = io.StringIO()
        if self.nodeType == _N.DOCUMENT_NODE:
            self.writexml(out, "", indent, newl, encoding, standalone)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    # -- navigation --

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        return self.firstChild

    def _get_lastChild(self):
        return self.lastChild

    # -- editing children --

    def _accept(self, node):
        if node.nodeType not in self._accepts:
            raise HierarchyRequestErr("%r cannot be child of %r" % (node, self))

    def _link(self, index):
        """Fix the sibling pointers around position `index` of childNodes."""
        kids = self.childNodes
        node = kids[index]
        before = kids[index - 1] if index > 0 else None
        after = kids[index + 1] if index + 1 < len(kids) else None
        node.previousSibling = before
        node.nextSibling = after
        if before is not None:
            before.nextSibling = node
        if after is not None:
            after.previousSibling = node

    def _position(self, child):
        for i, node in enumerate(self.childNodes):
            if node is child:
                return i
        raise NotFoundErr()

    def appendChild(self, node):
        """Add `node` (or a fragment's children) after the last child."""
        if node.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(node.childNodes):
                self.appendChild(child)
            return node
        self._accept(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        self._link(len(self.childNodes) - 1)
        return node

    def insertBefore(self, newChild, refChild):
        """Insert `newChild` before `refChild` (at the end when that is None)."""
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._accept(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        at = self._position(refChild)
        self.childNodes.insert(at, newChild)
        newChild.parentNode = self
        self._link(at)
        return newChild

    def replaceChild(self, newChild, oldChild):
        """Put `newChild` where `oldChild` is; return `oldChild`."""
        if newChild.nodeType == _N.DOCUMENT_FRAGMENT_NODE:
            after = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, after)
        self._accept(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        at = self._position(oldChild)
        self.childNodes[at] = newChild
        newChild.parentNode = self
        self._link(at)
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        return oldChild

    def removeChild(self, oldChild):
        """Take `oldChild` out of the children; return it."""
        at = self._position(oldChild)
        del self.childNodes[at]
        before, after = oldChild.previousSibling, oldChild.nextSibling
        if before is not None:
            before.nextSibling = after
        if after is not None:
            after.previousSibling = before
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        return oldChild

    def normalize(self):
        """Merge adjacent text nodes and drop empty ones, in the whole subtree."""
        merged = []
        for node in self.childNodes:
            if node.nodeType == _N.TEXT_NODE:
                if not node.data:
                    node.unlink()
                    continue
                if merged and merged[-1].nodeType == _N.TEXT_NODE:
                    merged[-1].data = merged[-1].data + node.data
                    node.unlink()
                    continue
            elif node.nodeType == _N.ELEMENT_NODE:
                node.normalize()
            merged.append(node)
        self.childNodes[:] = merged
        for i in range(len(merged)):
            merged[i].parentNode = self
            self._link(i)

    # -- other DOM methods --

    def cloneNode(self, deep):
        return _copy_node(self, deep, self.ownerDocument)

    def isSupported(self, feature, version):
        return self.ownerDocument.implementation.hasFeature(feature, version)

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        if self.isSupported(feature, None):
            return self
        return None

    def getUserData(self, key):
        entry = (getattr(self, "_user", None) or {}).get(key)
        return entry[0] if entry else None

    def setUserData(self, key, data, handler):
        table = getattr(self, "_user", None)
        if table is None:
            table = self._user = {}
        previous = table.get(key)
        if data is None:
            table.pop(key, None)
        else:
            table[key] = (data, handler)
        return previous[0] if previous else None

    def unlink(self):
        """Cut the references in this subtree so it can be freed without the
        cycle collector."""
        self.parentNode = self.ownerDocument = None
        kids = self.childNodes
        if kids:
            for child in kids:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


class _Leaf:
    """Mixin for nodes without children."""
    __slots__ = ()
    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None


# ---------------------------------------------------------------- the node types

class DocumentFragment(Node):
    """A lightweight parent for moving several nodes at once."""
    nodeType = _N.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    parentNode = None
    _accepts = _CONTENT_KINDS

    def __init__(self):
        self.childNodes = NodeList()

    def writexml(self, writer, indent="", addindent="", newl=""):
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)


class Attr(Node):
    """An attribute: a name, a value (also held as one Text child) and the
    element that carries it."""
    __slots__ = ("_qname", "_text", "namespaceURI", "_pfx", "childNodes",
                 "_local", "ownerDocument", "ownerElement")
    nodeType = _N.ATTRIBUTE_NODE
    attributes = None
    specified = False
    _is_id = False

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.ownerElement = None
        self.ownerDocument = None
        self._qname = qName
        self.namespaceURI = namespaceURI
        self._pfx = prefix
        self._local = localName
        self._text = ""
        self.childNodes = NodeList()
        # A Text child carries the value, as in CPython.
        self.childNodes.append(Text())

    @property
    def name(self):
        return self._qname

    @name.setter
    def name(self, value):
        self._qname = value
        self._local = None

    nodeName = name

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self._qname.rpartition(":")[2]

    @property
    def value(self):
        return self._text

    @value.setter
    def value(self, text):
        self._text = text
        self.childNodes[0].data = text
        owner = self.ownerElement
        if owner is not None and self._is_id:
            _forget_ids(owner)

    nodeValue = value

    @property
    def prefix(self):
        return self._pfx

    @prefix.setter
    def prefix(self, new):
        if new and new == "xmlns" and self.namespaceURI != XMLNS_NAMESPACE:
            raise NamespaceErr("illegal use of 'xmlns' prefix")
        self._pfx = new
        local = self.localName
        self._qname = "%s:%s" % (new, local) if new else local
        self._local = local

    @property
    def isId(self):
        return self._is_id

    @property
    def schemaType(self):
        return _no_type

    def unlink(self):
        owner = self.ownerElement
        if owner is not None:
            owner._attrmap.pop(self._qname, None)
        self.ownerElement = None
        self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, self._text)


class TypeInfo:
    """Schema type information (never any in this DOM)."""
    __slots__ = ("namespace", "name")

    def __init__(self, namespace, name):
        self.namespace = namespace
        self.name = name

    def __repr__(self):
        if self.namespace:
            return "<%s %r (from %r)>" % (type(self).__name__, self.name, self.namespace)
        return "<%s %r>" % (type(self).__name__, self.name)


_no_type = TypeInfo(None, None)


def _forget_ids(node):
    doc = node.ownerDocument
    if doc is not None:
        doc._ids = None


class NamedNodeMap:
    """The attributes of an element, by qualified name or (uri, localname).

    It is a live view: it reads and edits the element's own attribute table.
    """
    __slots__ = ("_host",)

    def __init__(self, element):
        self._host = element

    @property
    def _table(self):
        return self._host._attrmap

    @property
    def length(self):
        return len(self._table)

    def __len__(self):
        return len(self._table)

    def item(self, index):
        nodes = list(self._table.values())
        if 0 <= index < len(nodes):
            return nodes[index]
        return None

    def items(self):
        return [(a.nodeName, a.value) for a in self._table.values()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._table.values()]

    def keys(self):
        return self._table.keys()

    def keysNS(self):
        return {(a.namespaceURI, a.localName): None for a in self._table.values()}.keys()

    def values(self):
        return self._table.values()

    def _find(self, key):
        if isinstance(key, tuple):
            return self._host._attr_ns(*key)
        return self._table.get(key)

    def __contains__(self, key):
        return self._find(key) is not None

    def get(self, name, value=None):
        found = self._table.get(name)
        return value if found is None else found

    def __getitem__(self, key):
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    def __setitem__(self, attname, value):
        if isinstance(value, str):
            node = self._table.get(attname)
            if node is None:
                node = Attr(attname)
                node.ownerDocument = self._host.ownerDocument
                node.value = value
                self._host.setAttributeNode(node)
            else:
                node.value = value
        else:
            if not isinstance(value, Attr):
                raise TypeError("value must be a string or Attr object")
            self._host.setAttributeNode(value)

    def __delitem__(self, key):
        node = self._find(key)
        if node is None:
            raise NotFoundErr()
        self._host.removeAttributeNode(node)

    def getNamedItem(self, name):
        return self._table.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._host._attr_ns(namespaceURI, localName)

    def removeNamedItem(self, name):
        node = self._table.get(name)
        if node is None:
            raise NotFoundErr()
        self._host.removeAttributeNode(node)
        return node

    def removeNamedItemNS(self, namespaceURI, localName):
        node = self._host._attr_ns(namespaceURI, localName)
        if node is None:
            raise NotFoundErr()
        self._host.removeAttributeNode(node)
        return node

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise HierarchyRequestErr("%r cannot be child of %r" % (node, self))
        return self._host.setAttributeNode(node)

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


class Element(Node):
    """An element: a tag name (with its namespace parts), attributes and children."""
    __slots__ = ("ownerDocument", "parentNode", "tagName", "nodeName", "prefix",
                 "namespaceURI", "_local", "childNodes", "_attrmap", "_user",
                 "nextSibling", "previousSibling")
    nodeType = _N.ELEMENT_NODE
    nodeValue = None
    schemaType = _no_type
    _accepts = _CONTENT_KINDS

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.ownerDocument = self.parentNode = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self.nextSibling = self.previousSibling = None
        self._local = localName
        self._attrmap = {}          # qualified name -> Attr, in document order

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.rpartition(":")[2]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def _get_attributes(self):
        return self.attributes

    def _get_tagName(self):
        return self.tagName

    def _attr_ns(self, uri, local):
        for node in self._attrmap.values():
            if node.namespaceURI == uri and node.localName == local:
                return node
        return None

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    # -- attributes --

    def getAttribute(self, attname):
        node = self._attrmap.get(attname)
        return "" if node is None else node.value

    def getAttributeNS(self, namespaceURI, localName):
        node = self._attr_ns(namespaceURI, localName)
        return "" if node is None else node.value

    def setAttribute(self, attname, value):
        node = self._attrmap.get(attname)
        if node is None:
            node = Attr(attname)
            node.value = value
            node.ownerDocument = self.ownerDocument
            self.setAttributeNode(node)
        elif node.value != value:
            node.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        node = self._attr_ns(namespaceURI, local)
        if node is None:
            node = Attr(qualifiedName, namespaceURI, local, prefix)
            node.value = value
            node.ownerDocument = self.ownerDocument
            self.setAttributeNode(node)
            return
        if node.value != value:
            node.value = value
        if node.prefix != prefix or node.name != qualifiedName:
            # Renamed: keep the table keyed (and ordered) by the new name.
            self._attrmap = {(qualifiedName if a is node else k): a
                             for k, a in self._attrmap.items()}
            node._pfx = prefix
            node._qname = qualifiedName
            node._local = local

    def getAttributeNode(self, attrname):
        return self._attrmap.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._attr_ns(namespaceURI, localName)

    def setAttributeNode(self, attr):
        if attr.ownerElement is not None and attr.ownerElement is not self:
            raise InuseAttributeErr("attribute node already owned")
        table = self._attrmap
        by_name = table.get(attr.name)
        by_ns = self._attr_ns(attr.namespaceURI, attr.localName)
        replaced = None
        for previous in (by_name, by_ns):
            if previous is not None and previous is not attr and previous is not replaced:
                self.removeAttributeNode(previous)
                replaced = replaced or previous
        table[attr.name] = attr
        attr.ownerElement = self
        if attr._is_id:
            _forget_ids(self)
        return replaced

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        node = self._attrmap.get(name)
        if node is None:
            raise NotFoundErr()
        self.removeAttributeNode(node)

    def removeAttributeNS(self, namespaceURI, localName):
        node = self._attr_ns(namespaceURI, localName)
        if node is None:
            raise NotFoundErr()
        self.removeAttributeNode(node)

    def removeAttributeNode(self, node):
        if node is None:
            raise NotFoundErr()
        if self._attrmap.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrmap[node.name]
        node.ownerElement = None
        if node._is_id:
            _forget_ids(self)
        return node

    def hasAttribute(self, name):
        return name in self._attrmap

    def hasAttributeNS(self, namespaceURI, localName):
        return self._attr_ns(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._attrmap)

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or idAttr.ownerElement is not self:
            raise NotFoundErr()
        idAttr._is_id = True
        _forget_ids(self)

    # -- searching --

    def getElementsByTagName(self, name):
        if name == "*":
            return _matching_elements(self, lambda e: True, NodeList())
        return _matching_elements(self, lambda e: e.tagName == name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        def accept(e):
            return ((localName == "*" or e.localName == localName) and
                    (namespaceURI == "*" or e.namespaceURI == namespaceURI))
        return _matching_elements(self, accept, NodeList())

    # -- the rest --

    def unlink(self):
        for node in list(self._attrmap.values()):
            node.ownerElement = None
            node.ownerDocument = None
            for child in node.childNodes:
                child.unlink()
        self._attrmap = {}
        Node.unlink(self)

    def writexml(self, writer, indent="", addindent="", newl=""):
        """Write the element: start tag with attributes, then its children (a
        single text child stays on the tag's line), or an empty-element tag."""
        writer.write(indent + "<" + self.tagName)
        for node in self._attrmap.values():
            writer.write(' %s="' % node.name)
            _write_data(writer, node.value)
            writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
            kids[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            deeper = indent + addindent
            for child in kids:
                child.writexml(writer, deeper, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))


class ProcessingInstruction(_Leaf, Node):
    """<?target data?>"""
    __slots__ = ("target", "data")
    nodeType = _N.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def nodeName(self):
        return self.target

    @nodeName.setter
    def nodeName(self, value):
        self.target = value

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class CharacterData(_Leaf, Node):
    """Text-like nodes: their content is the string `data`."""
    __slots__ = ("_chars", "ownerDocument", "parentNode", "previousSibling",
                 "nextSibling")

    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._chars = ""

    @property
    def data(self):
        return self._chars

    @data.setter
    def data(self, value):
        self._chars = value

    nodeValue = data

    def _get_data(self):
        return self._chars

    def _set_data(self, value):
        self._chars = value

    def __len__(self):
        return len(self._chars)

    @property
    def length(self):
        return len(self._chars)

    def __repr__(self):
        shown = self._chars[:10]
        more = "..." if len(self._chars) > 10 else ""
        return '<DOM %s node "%r%s">' % (type(self).__name__, shown, more)

    def _check_range(self, offset, count=0):
        if offset < 0:
            raise IndexSizeErr("offset cannot be negative")
        if offset > len(self._chars):
            raise IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise IndexSizeErr("count cannot be negative")

    def substringData(self, offset, count):
        self._check_range(offset, count)
        return self._chars[offset:offset + count]

    def appendData(self, arg):
        self._chars = self._chars + arg

    def insertData(self, offset, arg):
        self._check_range(offset)
        if arg:
            self._chars = self._chars[:offset] + arg + self._chars[offset:]

    def deleteData(self, offset, count):
        self._check_range(offset, count)
        if count:
            self._chars = self._chars[:offset] + self._chars[offset + count:]

    def replaceData(self, offset, count, arg):
        self._check_range(offset, count)
        if count:
            self._chars = self._chars[:offset] + arg + self._chars[offset + count:]


class Text(CharacterData):
    """Character data inside an element."""
    __slots__ = ()
    nodeType = _N.TEXT_NODE
    nodeName = "#text"
    attributes = None

    def splitText(self, offset):
        """Cut this node at `offset`; the rest goes into a new node after it."""
        if offset < 0 or offset > len(self._chars):
            raise IndexSizeErr("illegal offset value")
        rest = type(self)()
        rest._chars = self._chars[offset:]
        rest.ownerDocument = self.ownerDocument
        parent = self.parentNode
        if parent is not None:
            parent.insertBefore(rest, self.nextSibling)
        self._chars = self._chars[:offset]
        return rest

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self._chars, newl))

    def _run(self):
        """The adjacent text nodes around this one, in order."""
        textual = (_N.TEXT_NODE, _N.CDATA_SECTION_NODE)
        first = self
        while first.previousSibling is not None and \
                first.previousSibling.nodeType in textual:
            first = first.previousSibling
        run = []
        node = first
        while node is not None and node.nodeType in textual:
            run.append(node)
            node = node.nextSibling
        return run

    @property
    def wholeText(self):
        return "".join(node.data for node in self._run())

    def replaceWholeText(self, content):
        parent = self.parentNode
        for node in self._run():
            if node is not self and parent is not None:
                parent.removeChild(node)
        if content:
            self.data = content
            return self
        if parent is not None:
            parent.removeChild(self)
        return None

    @property
    def isWhitespaceInElementContent(self):
        if self._chars.strip():
            return False
        doc = self.ownerDocument
        parent = self.parentNode
        if doc is None or parent is None or parent.nodeType != _N.ELEMENT_NODE:
            return False
        info = doc._get_elem_info(parent)
        return info is not None and info.isElementContent()


class Comment(CharacterData):
    """<!--data-->"""
    nodeType = _N.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self._chars = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self._chars:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self._chars, newl))


class CDATASection(Text):
    """<![CDATA[data]]>"""
    __slots__ = ()
    nodeType = _N.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self._chars:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self._chars)


class ReadOnlySequentialNamedNodeMap:
    """The entities or notations of a document type: read-only, by name or index."""
    __slots__ = ("_seq",)

    def __init__(self, seq=()):
        self._seq = seq

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def getNamedItem(self, name):
        for node in self._seq:
            if node.nodeName == name:
                return node
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for node in self._seq:
            if node.namespaceURI == namespaceURI and node.localName == localName:
                return node
        return None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            node = self.getNamedItemNS(*key)
        else:
            node = self.getNamedItem(key)
        if node is None:
            raise KeyError(key)
        return node

    def item(self, index):
        if 0 <= index < len(self._seq):
            return self._seq[index]
        return None

    def _refuse(self, *args):
        raise NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = setNamedItem = setNamedItemNS = _refuse


class _Identified:
    """publicId and systemId, shared by document types, entities and notations."""

    def _identify(self, publicId, systemId):
        self.publicId = publicId
        self.systemId = systemId


class DocumentType(_Identified, _Leaf, Node):
    """<!DOCTYPE name ...>: the name, the external ids and the internal subset."""
    nodeType = _N.DOCUMENT_TYPE_NODE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap(NodeList())
        self.notations = ReadOnlySequentialNamedNodeMap(NodeList())
        if qualifiedName:
            self.name = qualifiedName.rpartition(":")[2]
        self.nodeName = self.name

    def cloneNode(self, deep):
        if self.ownerDocument is not None:
            return None
        twin = DocumentType(None)
        twin.name = twin.nodeName = self.name
        twin._identify(self.publicId, self.systemId)
        twin.internalSubset = self.internalSubset
        if deep:
            for src, dst in ((self.notations, twin.notations),
                             (self.entities, twin.entities)):
                for node in src._seq:
                    dst._seq.append(node.cloneNode(True))
        return twin

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'"
                         % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class Entity(_Identified, Node):
    """An entity declared in the DTD."""
    nodeType = _N.ENTITY_NODE
    nodeValue = None
    attributes = None
    actualEncoding = None
    encoding = None
    version = None
    _accepts = _CONTENT_KINDS

    def __init__(self, name, publicId, systemId, notation):
        self.nodeName = name
        self.notationName = notation
        self.childNodes = NodeList()
        self._identify(publicId, systemId)

    def _refuse(self, *args):
        raise HierarchyRequestErr("cannot modify children of an entity node")

    appendChild = insertBefore = removeChild = replaceChild = _refuse


class Notation(_Identified, _Leaf, Node):
    """A notation declared in the DTD."""
    nodeType = _N.NOTATION_NODE
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self._identify(publicId, systemId)


# ---------------------------------------------------------------- implementation

class DOMImplementation:
    """Creates documents and document types; answers feature questions."""

    _features = frozenset([("core", "1.0"), ("core", "2.0"), ("core", None),
                           ("xml", "1.0"), ("xml", "2.0"), ("xml", None),
                           ("ls-load", "3.0"), ("ls-load", None)])

    def hasFeature(self, feature, version):
        return (feature.lower(), version or None) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return doc              # an empty document is allowed here
        if not qualifiedName:
            raise InvalidCharacterErr("Element with no name")
        prefix, local = _split_qname(qualifiedName)
        if prefix == "xml" and namespaceURI != XML_NAMESPACE:
            raise NamespaceErr("illegal use of 'xml' prefix")
        if prefix and not namespaceURI:
            raise NamespaceErr("illegal use of prefix without namespaces")
        root = doc.createElementNS(namespaceURI, qualifiedName)
        if doctype is not None:
            doc.appendChild(doctype)
        doc.appendChild(root)
        if doctype is not None:
            doctype.parentNode = doctype.ownerDocument = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        dt = DocumentType(qualifiedName)
        dt._identify(publicId, systemId)
        return dt

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class ElementInfo:
    """What a DTD says about an element (this DOM reads no content models)."""
    __slots__ = ("tagName",)

    def __init__(self, name):
        self.tagName = name

    def getAttributeType(self, aname):
        return _no_type

    def getAttributeTypeNS(self, namespaceURI, localName):
        return _no_type

    def isElementContent(self):
        return False

    def isEmpty(self):
        return False

    def isId(self, aname):
        return False

    def isIdNS(self, namespaceURI, localName):
        return False


class Document(Node):
    """The root of a tree; it also creates the nodes that go into it."""
    __slots__ = ("_elem_infos", "doctype", "_user", "childNodes", "_ids")
    nodeType = _N.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    implementation = DOMImplementation()
    _accepts = _DOCUMENT_KINDS

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()
        self._elem_infos = {}
        self._ids = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == _N.ELEMENT_NODE:
                return node
        return None

    def _get_documentElement(self):
        return self.documentElement

    def _get_elem_info(self, element):
        return self._elem_infos.get(element.tagName)

    def appendChild(self, node):
        if node.nodeType == _N.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def removeChild(self, oldChild):
        node = Node.removeChild(self, oldChild)
        if node is self.doctype:
            self.doctype = None
        return node

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        self._ids = None
        Node.unlink(self)

    def cloneNode(self, deep):
        if not deep:
            return None
        twin = self.implementation.createDocument(None, None, None)
        twin.encoding = self.encoding
        twin.standalone = self.standalone
        twin.version = self.version
        for child in self.childNodes:
            copy = _copy_node(child, deep, twin)
            twin.childNodes.append(copy)
            copy.parentNode = twin
            twin._link(len(twin.childNodes) - 1)
            if child.nodeType == _N.DOCUMENT_TYPE_NODE:
                twin.doctype = copy
        return twin

    # -- factories --

    def createDocumentFragment(self):
        frag = DocumentFragment()
        frag.ownerDocument = self
        return frag

    def createElement(self, tagName):
        node = Element(tagName)
        node.ownerDocument = self
        return node

    def createTextNode(self, data):
        _check_data(data)
        node = Text()
        node._chars = data
        node.ownerDocument = self
        return node

    def createCDATASection(self, data):
        _check_data(data)
        node = CDATASection()
        node._chars = data
        node.ownerDocument = self
        return node

    def createComment(self, data):
        node = Comment(data)
        node.ownerDocument = self
        return node

    def createProcessingInstruction(self, target, data):
        node = ProcessingInstruction(target, data)
        node.ownerDocument = self
        return node

    def createAttribute(self, qName):
        node = Attr(qName)
        node.ownerDocument = self
        node.value = ""
        return node

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        node = Element(qualifiedName, namespaceURI, prefix, local)
        node.ownerDocument = self
        return node

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        node = Attr(qualifiedName, namespaceURI, local, prefix)
        node.ownerDocument = self
        node.value = ""
        return node

    def _create_entity(self, name, publicId, systemId, notationName):
        node = Entity(name, publicId, systemId, notationName)
        node.ownerDocument = self
        return node

    def _create_notation(self, name, publicId, systemId):
        node = Notation(name, publicId, systemId)
        node.ownerDocument = self
        return node

    # -- searching --

    def getElementById(self, id):
        if self._ids is None:
            found = {}
            for element in _matching_elements(self, lambda e: True, []):
                for attr in element._attrmap.values():
                    if attr._is_id:
                        found.setdefault(attr.value, element)
            self._ids = found
        return self._ids.get(id)

    def getElementsByTagName(self, name):
        if name == "*":
            return _matching_elements(self, lambda e: True, NodeList())
        return _matching_elements(self, lambda e: e.tagName == name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        def accept(e):
            return ((localName == "*" or e.localName == localName) and
                    (namespaceURI == "*" or e.namespaceURI == namespaceURI))
        return _matching_elements(self, accept, NodeList())

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    def importNode(self, node, deep):
        if node.nodeType == _N.DOCUMENT_NODE:
            raise NotSupportedErr("cannot import document nodes")
        if node.nodeType == _N.DOCUMENT_TYPE_NODE:
            raise NotSupportedErr("cannot import document type nodes")
        return _copy_node(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        """Write the XML declaration, then every child."""
        extra = ""
        if encoding is not None:
            extra += ' encoding="%s"' % encoding
        if standalone is not None:
            extra += ' standalone="%s"' % ("yes" if standalone else "no")
        writer.write('<?xml version="1.0"%s?>%s' % (extra or " ", newl))
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)


def _owned(node, doc):
    node.ownerDocument = doc
    return node


def _copy_attr(attr, doc):
    twin = Attr(attr.name, attr.namespaceURI, attr._local, attr.prefix)
    twin.value = attr.value
    twin._is_id = attr._is_id
    return _owned(twin, doc)


def _copy_node(node, deep, doc):
    """A copy of `node` (and its subtree when deep) owned by `doc`."""
    kind = node.nodeType
    if kind == _N.ELEMENT_NODE:
        twin = _owned(Element(node.tagName, node.namespaceURI, node.prefix,
                              node._local), doc)
        for attr in node._attrmap.values():
            copy = _copy_attr(attr, doc)
            twin._attrmap[copy.name] = copy
            copy.ownerElement = twin
    elif kind == _N.DOCUMENT_FRAGMENT_NODE:
        twin = _owned(DocumentFragment(), doc)
    elif kind in (_N.TEXT_NODE, _N.CDATA_SECTION_NODE):
        twin = _owned(type(node)(), doc)
        twin._chars = node.data
        return twin
    elif kind == _N.COMMENT_NODE:
        return _owned(Comment(node.data), doc)
    elif kind == _N.PROCESSING_INSTRUCTION_NODE:
        return _owned(ProcessingInstruction(node.target, node.data), doc)
    elif kind == _N.ATTRIBUTE_NODE:
        twin = _copy_attr(node, doc)
        twin.specified = True
        return twin
    elif kind == _N.DOCUMENT_TYPE_NODE:
        twin = _owned(DocumentType(node.name), doc)
        twin._identify(node.publicId, node.systemId)
        twin.internalSubset = node.internalSubset
        if deep:
            for src, dst in ((node.notations, twin.notations),
                             (node.entities, twin.entities)):
                for item in src._seq:
                    dst._seq.append(_copy_node(item, True, doc))
        return twin
    elif kind == _N.ENTITY_NODE:
        return _owned(Entity(node.nodeName, node.publicId, node.systemId,
                             node.notationName), doc)
    elif kind == _N.NOTATION_NODE:
        return _owned(Notation(node.nodeName, node.publicId, node.systemId), doc)
    else:
        raise NotSupportedErr("Cannot clone node %r" % node)
    if deep:
        for child in node.childNodes:
            twin.appendChild(_copy_node(child, True, doc))
    return twin


# ---------------------------------------------------------------- parsing

def _internal_subset(text):
    """The raw text between the brackets of the DOCTYPE's internal subset in
    `text`, or None (expat reports the declarations, not their text)."""
    start = text.find("<!DOCTYPE")
    if start < 0:
        return None
    i = start + 9
    quote = None
    n = len(text)
    while i < n:
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == ">":
            return None
        elif ch == "[":
            break
        i += 1
    else:
        return None
    begin = i + 1
    i = begin
    quote = None
    while i < n:
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return None
            i = end + 3
            continue
        elif text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                return None
            i = end + 2
            continue
        elif ch in "\"'":
            quote = ch
        elif ch == "]":
            return text[begin:i]
        i += 1
    return None


class _TreeBuilder:
    """Receives expat's callbacks and grows a Document from them."""

    def __init__(self):
        self.doc = Document()
        self.parent = self.doc
        self.text = None            # the Text node that more character data extends
        self.in_cdata = False
        self.in_dtd = False
        self.decls = []             # namespace declarations for the next element
        self.entities = self.notations = None
        self.has_subset = False

    def hook(self, p):
        p.buffer_text = True
        p.ordered_attributes = True
        p.namespace_prefixes = True
        p.XmlDeclHandler = self.xml_decl
        p.StartDoctypeDeclHandler = self.start_doctype
        p.EndDoctypeDeclHandler = self.end_doctype
        p.EntityDeclHandler = self.entity_decl
        p.NotationDeclHandler = self.notation_decl
        p.StartNamespaceDeclHandler = self.namespace_decl
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.chars
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi

    def put(self, node):
        # Appending without the checks (the parser guarantees a sound tree).
        kids = self.parent.childNodes
        if kids:
            last = kids[-1]
            last.nextSibling = node
            node.previousSibling = last
        kids.append(node)
        node.parentNode = self.parent
        self.text = None

    def xml_decl(self, version, encoding, standalone):
        self.doc.version = version
        self.doc.encoding = encoding
        if standalone >= 0:
            self.doc.standalone = bool(standalone)

    def start_doctype(self, name, sysid, pubid, has_internal_subset):
        dt = self.doc.implementation.createDocumentType(name, pubid, sysid)
        dt.ownerDocument = self.doc
        self.entities = dt.entities._seq
        self.notations = dt.notations._seq
        self.put(dt)
        self.doc.doctype = dt
        self.in_dtd = True
        self.has_subset = has_internal_subset

    def end_doctype(self):
        self.in_dtd = False

    def entity_decl(self, name, is_pe, value, base, sysid, pubid, notation):
        if is_pe or self.entities is None:
            return
        ent = self.doc._create_entity(name, pubid, sysid, notation)
        if value is not None:
            text = self.doc.createTextNode(value)
            ent.childNodes.append(text)
            text.parentNode = ent
        self.entities.append(ent)

    def notation_decl(self, name, base, sysid, pubid):
        if self.notations is not None:
            self.notations.append(self.doc._create_notation(name, pubid, sysid))

    def namespace_decl(self, prefix, uri):
        self.decls.append((prefix, uri))

    def start(self, name, attrs):
        doc = self.doc
        tag, uri, prefix, local = _expat_name(name)
        node = Element(tag, uri, prefix, local)
        node.ownerDocument = doc
        table = node._attrmap
        for dprefix, duri in self.decls:
            if dprefix:
                attr = Attr("xmlns:" + dprefix, XMLNS_NAMESPACE, dprefix, "xmlns")
            else:
                attr = Attr("xmlns", XMLNS_NAMESPACE, "xmlns", None)
            attr.value = duri or ""
            attr.ownerDocument = doc
            attr.ownerElement = node
            table[attr.name] = attr
        self.decls = []
        for i in range(0, len(attrs), 2):
            aname, auri, aprefix, alocal = _expat_name(attrs[i])
            attr = Attr(aname, auri, alocal, aprefix)
            attr.value = attrs[i + 1]
            attr.ownerDocument = doc
            attr.ownerElement = node
            table[aname] = attr
        self.put(node)
        self.parent = node

    def end(self, name):
        self.parent = self.parent.parentNode
        self.text = None

    def chars(self, data):
        if self.text is not None:
            self.text._chars += data
            return
        node = CDATASection() if self.in_cdata else Text()
        node._chars = data
        node.ownerDocument = self.doc
        self.put(node)
        self.text = node

    def start_cdata(self):
        self.in_cdata = True
        self.text = None

    def end_cdata(self):
        self.in_cdata = False
        self.text = None

    def comment(self, data):
        if not self.in_dtd:
            self.put(self.doc.createComment(data))

    def pi(self, target, data):
        if not self.in_dtd:
            self.put(self.doc.createProcessingInstruction(target, data))


def _expat_name(name):
    """expat's 'uri local prefix' form -> (qualified name, uri, prefix, local)."""
    parts = name.split(" ")
    if len(parts) == 3:
        return parts[2] + ":" + parts[1], parts[0], parts[2], parts[1]
    if len(parts) == 2:
        return parts[1], parts[0], None, parts[1]
    return name, None, None, name


def _build(source):
    """Parse the document text (str or bytes) into a Document."""
    from xml.parsers import expat
    builder = _TreeBuilder()
    parser = expat.ParserCreate(namespace_separator=" ")
    builder.hook(parser)
    parser.Parse(source, True)
    doc = builder.doc
    if doc.doctype is not None and builder.has_subset:
        text = source
        if not isinstance(text, str):
            enc = doc.encoding or "utf-8"
            try:
                text = bytes(text).decode(enc, "replace")
            except LookupError:
                text = bytes(text).decode("utf-8", "replace")
        doc.doctype.internalSubset = _internal_subset(text)
    return doc


def _sax_build(stream, parser):
    """Build a Document from the events of a SAX `parser` reading `stream`."""
    from xml.sax import handler
    doc = Document()

    class _Events(handler.ContentHandler):
        def __init__(self):
            super().__init__()
            self.parent = doc
            self.decls = []

        def _put(self, node):
            self.parent.appendChild(node)

        def startPrefixMapping(self, prefix, uri):
            self.decls.append((prefix, uri))

        def startElementNS(self, name, qname, attrs):
            uri, local = name
            if qname is None:
                qname = local
            element = doc.createElementNS(uri, qname)
            for prefix, nsuri in self.decls:
                qn = "xmlns:" + prefix if prefix else "xmlns"
                element.setAttributeNS(XMLNS_NAMESPACE, qn, nsuri or "")
            self.decls = []
            for (auri, alocal), value in attrs.items():
                qn = attrs.getQNameByName((auri, alocal))
                element.setAttributeNS(auri, qn, value)
            self._put(element)
            self.parent = element

        def endElementNS(self, name, qname):
            self.parent = self.parent.parentNode

        def startElement(self, name, attrs):
            element = doc.createElement(name)
            for aname, value in attrs.items():
                element.setAttribute(aname, value)
            self._put(element)
            self.parent = element

        def endElement(self, name):
            self.parent = self.parent.parentNode

        def characters(self, content):
            last = self.parent.lastChild
            if last is not None and last.nodeType == _N.TEXT_NODE:
                last._chars += content
            else:
                self._put(doc.createTextNode(content))

        def processingInstruction(self, target, data):
            self._put(doc.createProcessingInstruction(target, data))

    events = _Events()
    parser.setFeature(handler.feature_namespaces, 1)
    parser.setContentHandler(events)
    parser.parse(stream)
    return doc


def parse(file, parser=None, bufsize=None):
    """Parse a file (a name, path or binary file object) into a Document."""
    if parser is not None:
        return _sax_build(file, parser)
    if isinstance(file, str):
        with open(file, "rb") as stream:
            data = stream.read()
    else:
        data = file.read()
    return _build(data)


def parseString(string, parser=None):
    """Parse a document held in a str or bytes object into a Document."""
    if parser is not None:
        stream = io.StringIO(string) if isinstance(string, str) else io.BytesIO(string)
        return _sax_build(stream, parser)
    return _build(string)


def _feature_list(text):
    """'core 2.0, xml' -> [('core', '2.0'), ('xml', None)]"""
    pairs = []
    words = text.split()
    i = 0
    while i < len(words):
        name = words[i]
        version = None
        if i + 1 < len(words) and words[i + 1][:1].isdigit():
            version = words[i + 1]
            i += 1
        pairs.append((name, version))
        i += 1
    return pairs


def getDOMImplementation(features=None):
    """The DOMImplementation, or None if it lacks one of `features`."""
    if features:
        if isinstance(features, str):
            features = _feature_list(features)
        for name, version in features:
            if not Document.implementation.hasFeature(name, version):
                return None
    return Document.implementation
