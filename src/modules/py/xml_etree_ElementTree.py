"""xml.etree.ElementTree for refpy, written from the library documentation and
observed behaviour.

The module is organised in layers:

* the node type (`Element`), which stands for CPython's C accelerator type: no
  instance dictionary, the C struct's size as `sys.getsizeof` reports it (a 56 byte
  header plus a 64 byte side block once the node has attributes or children, plus a
  growing pointer array past four children), children released first to last;
* the query engine behind find/findall/findtext/iterfind (ElementPath syntax);
* the writers: xml, html and text output, namespace prefixes, indentation;
* the readers: `TreeBuilder`, `XMLParser` over refpy's own xml.parsers.expat, the
  pull interface (`XMLPullParser`, `iterparse`) and the convenience functions;
* Canonical XML 2.0 output (`canonicalize`, `C14NWriterTarget`).
"""

import sys as _sys
import io as _io
import collections as _collections
import collections.abc as _cabc
import warnings as _warnings
import operator as _operator

__all__ = [
    "C14NWriterTarget", "Comment", "Element", "ElementTree", "PI", "ParseError",
    "ProcessingInstruction", "QName", "SubElement", "TreeBuilder", "VERSION", "XML",
    "XMLID", "XMLParser", "XMLPullParser", "canonicalize", "dump", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse", "register_namespace",
    "tostring", "tostringlist",
]

VERSION = "1.3.0"

_Deque = _collections.deque
_ABSENT = object()
_FIRST_BLOCK = 4          # child slots that come with the side block


class ParseError(SyntaxError):
    """Raised when a document cannot be parsed; carries .code and .position."""


def iselement(element):
    """True for anything that looks like an element (has a .tag)."""
    return hasattr(element, "tag")


def _tname(obj):
    return _type_name(obj)


def _not_element(obj):
    return TypeError('expected an Element, not "%s"' % _tname(obj))


def _plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def _clinic(fname, args, kwargs, names, required):
    """Bind arguments the way Argument Clinic does for a C method."""
    total = len(args) + len(kwargs)
    if total > len(names):
        if not args:
            raise TypeError("%s() takes at most %s (%d given)"
                            % (fname, _plural(len(names), "keyword argument"), total))
        raise TypeError("%s() takes at most %s (%d given)"
                        % (fname, _plural(len(names), "argument"), total))
    bound = list(args) + [_ABSENT] * (len(names) - len(args))
    stray = None
    for key, value in kwargs.items():
        if key in names:
            pos = names.index(key)
            if pos < len(args):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, key, pos + 1))
            bound[pos] = value
        elif stray is None:
            stray = key
    for pos in range(required):
        if bound[pos] is _ABSENT:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[pos], pos + 1))
    if stray is not None:
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (stray, fname))
    return bound


def _exactly(meth, args, kwargs, count):
    """Check the argument count of a METH_O / METH_NOARGS style method."""
    if kwargs:
        raise TypeError("Element.%s() takes no keyword arguments" % meth)
    if len(args) != count:
        if count == 0:
            raise TypeError("Element.%s() takes no arguments (%d given)" % (meth, len(args)))
        raise TypeError("Element.%s() takes exactly one argument (%d given)"
                        % (meth, len(args)))


def _positional(fname, args, kwargs, count, qual):
    if kwargs:
        raise TypeError("%s.%s() takes no keyword arguments" % (qual, fname))
    if len(args) != count:
        raise TypeError("%s expected %d arguments, got %d" % (fname, count, len(args)))


def _as_list(value):
    """PySequence_Fast: a list of the items of any iterable."""
    if type(value) is list or type(value) is tuple:
        return value
    try:
        source = iter(value)
    except TypeError:
        raise TypeError('expected sequence, not "%s"' % _tname(value)) from None
    return list(source)


# ---------------------------------------------------------------------------
# the node type

class Element:
    """One XML element: tag, attribute dict, text, tail and a list of children."""

    # _at: the attribute dict (or None), _ch: a deque of children (or None),
    # _room: 0 while the C side block does not exist, else its child capacity.
    __slots__ = ("tag", "text", "tail", "_at", "_ch", "_room", "__weakref__")

    def __new__(cls, *args, **kwargs):
        node = object.__new__(cls)
        node.tag = None
        node.text = None
        node.tail = None
        node._at = None
        node._ch = None
        node._room = 0
        return node

    def __init__(self, *args, **extra):
        given = len(args)
        if given == 0:
            raise TypeError("Element() takes at least 1 argument (0 given)")
        if given > 2:
            raise TypeError("Element() takes at most 2 arguments (%d given)" % given)
        attrs = None
        if given == 2:
            if not isinstance(args[1], dict):
                raise TypeError("Element() argument 2 must be dict, not %s" % _tname(args[1]))
            attrs = dict(args[1])
            if extra:
                attrs.update(extra)
        elif extra:
            attrs = _merge_keywords(extra)
        if attrs:
            self._at = attrs
            if not self._room:
                self._room = _FIRST_BLOCK
        self.tag = args[0]
        self.text = None
        self.tail = None

    def __delattr__(self, name):
        if name in ("tag", "text", "tail", "attrib"):
            raise AttributeError("can't delete element attribute")
        object.__delattr__(self, name)

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    # the side block

    def _reserve(self, more):
        """Make room for `more` further children (element_resize)."""
        room = self._room or _FIRST_BLOCK
        kids = self._ch
        if kids is None:
            kids = self._ch = _Deque()
        need = len(kids) + more
        if need > room:
            room = need + (need >> 3) + (3 if need < 9 else 6)
        self._room = room
        return kids

    def _adopt(self, child):
        if not isinstance(child, Element):
            raise _not_element(child)
        self._reserve(1).append(child)

    def __sizeof__(self):
        size = object.__sizeof__(self)
        room = self._room
        if room:
            size += 64
            if room > _FIRST_BLOCK:
                size += 8 * room
        return size

    @property
    def attrib(self):
        found = self._at
        if found is None:
            if not self._room:
                self._room = _FIRST_BLOCK
            found = self._at = {}
        return found

    @attrib.setter
    def attrib(self, value):
        if not isinstance(value, dict):
            raise TypeError("attrib must be dict, not %s" % _tname(value))
        if not self._room:
            self._room = _FIRST_BLOCK
        self._at = value

    # sequence protocol (no __iter__: iter() of an element is a plain sequence iterator)

    def __len__(self):
        kids = self._ch
        return 0 if kids is None else len(kids)

    def __getitem__(self, index):
        kids = self._ch
        if isinstance(index, slice):
            if kids is None:
                return []
            return list(kids)[index]
        if not hasattr(type(index), "__index__"):
            raise TypeError("element indices must be integers")
        pos = _operator.index(index)
        count = 0 if kids is None else len(kids)
        if pos < 0 and self._room:
            pos += count
        if pos < 0 or pos >= count:
            raise IndexError("child index out of range")
        return kids[pos]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self._splice(index, value, True)
            return
        if not hasattr(type(index), "__index__"):
            raise TypeError("element indices must be integers")
        pos = self._position(index)
        if not isinstance(value, Element):
            raise _not_element(value)
        self._ch[pos] = value

    def __delitem__(self, index):
        if isinstance(index, slice):
            self._splice(index, None, False)
            return
        if not hasattr(type(index), "__index__"):
            raise TypeError("element indices must be integers")
        pos = self._position(index)
        del self._ch[pos]

    def _position(self, index):
        pos = _operator.index(index)
        kids = self._ch
        count = 0 if kids is None else len(kids)
        if pos < 0 and self._room:
            pos += count
        if pos < 0 or pos >= count:
            raise IndexError("child assignment index out of range")
        return pos

    def _splice(self, where, value, assigning):
        kids = self._reserve(0)
        picked = range(*where.indices(len(kids)))
        if not assigning:
            if not picked:
                return
            doomed = [kids[i] for i in picked]
            survivors = list(kids)
            del survivors[where]
            self._ch = _Deque(survivors)
            del survivors, kids
            del doomed          # a list lets go of its items last to first
            return
        incoming = _as_list(value)
        if where.step not in (None, 1) and len(incoming) != len(picked):
            raise ValueError("attempt to assign sequence of size %d to extended slice "
                             "of size %d" % (len(incoming), len(picked)))
        if len(incoming) > len(picked):
            kids = self._reserve(len(incoming) - len(picked))
        for item in incoming:
            if not isinstance(item, Element):
                raise _not_element(item)
        doomed = [kids[i] for i in picked]
        rebuilt = list(kids)
        rebuilt[where] = incoming
        self._ch = _Deque(rebuilt)
        del rebuilt, kids, incoming
        del doomed

    # children

    def append(self, *args, **kwargs):
        _exactly("append", args, kwargs, 1)
        child = args[0]
        if not isinstance(child, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not %s"
                            % _tname(child))
        self._reserve(1).append(child)

    def extend(self, *args, **kwargs):
        _exactly("extend", args, kwargs, 1)
        for child in _as_list(args[0]):
            self._adopt(child)

    def insert(self, *args, **kwargs):
        _positional("insert", args, kwargs, 2, "Element")
        pos = _operator.index(args[0])
        child = args[1]
        if not isinstance(child, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % _tname(child))
        kids = self._reserve(0)
        count = len(kids)
        if pos < 0:
            pos = max(pos + count, 0)
        self._reserve(1).insert(min(pos, count), child)

    def remove(self, *args, **kwargs):
        _exactly("remove", args, kwargs, 1)
        child = args[0]
        if not isinstance(child, Element):
            raise TypeError("remove() argument must be xml.etree.ElementTree.Element, not %s"
                            % _tname(child))
        kids = self._ch
        if kids is not None:
            for pos, other in enumerate(kids):
                if other is child or other == child:
                    del kids[pos]
                    return
        raise ValueError("list.remove(x): x not in list")

    def clear(self, *args, **kwargs):
        _exactly("clear", args, kwargs, 0)
        self._room = 0
        self._at = None
        self._ch = None
        self.text = None
        self.tail = None

    # attributes

    def get(self, *args, **kwargs):
        key, default = _clinic("get", args, kwargs, ("key", "default"), 1)
        if default is _ABSENT:
            default = None
        attrs = self._at
        if attrs is not None:
            return attrs.get(key, default)
        return default

    def set(self, *args, **kwargs):
        _positional("set", args, kwargs, 2, "Element")
        self.attrib[args[0]] = args[1]

    def keys(self, *args, **kwargs):
        _exactly("keys", args, kwargs, 0)
        attrs = self._at
        return [] if attrs is None else list(attrs)

    def items(self, *args, **kwargs):
        _exactly("items", args, kwargs, 0)
        attrs = self._at
        return [] if attrs is None else list(attrs.items())

    def makeelement(self, *args, **kwargs):
        _positional("makeelement", args, kwargs, 2, "Element")
        tag, attrs = args
        if not isinstance(attrs, dict):
            raise TypeError("makeelement() argument 2 must be dict, not %s" % _tname(attrs))
        return _new_node(tag, dict(attrs))

    # walking and searching

    def iter(self, *args, **kwargs):
        (tag,) = _clinic("iter", args, kwargs, ("tag",), 0)
        if tag is _ABSENT or tag == "*":
            tag = None
        return _element_iterator(self, tag, False)

    def itertext(self, *args, **kwargs):
        _exactly("itertext", args, kwargs, 0)
        return _element_iterator(self, None, True)

    def find(self, *args, **kwargs):
        path, spaces = _clinic("find", args, kwargs, ("path", "namespaces"), 1)
        spaces = None if spaces is _ABSENT else spaces
        if spaces is None and not _is_path(path):
            kids = self._ch
            if kids:
                for kid in kids:
                    if kid.tag == path:
                        return kid
            return None
        for hit in _search(self, path, spaces):
            return hit
        return None

    def findtext(self, *args, **kwargs):
        path, default, spaces = _clinic("findtext", args, kwargs,
                                        ("path", "default", "namespaces"), 1)
        default = None if default is _ABSENT else default
        spaces = None if spaces is _ABSENT else spaces
        if spaces is None and not _is_path(path):
            kids = self._ch
            if kids:
                for kid in kids:
                    if kid.tag == path:
                        return kid.text or ""
            return default
        for hit in _search(self, path, spaces):
            return hit.text or ""
        return default

    def findall(self, *args, **kwargs):
        path, spaces = _clinic("findall", args, kwargs, ("path", "namespaces"), 1)
        spaces = None if spaces is _ABSENT else spaces
        if spaces is None and not _is_path(path):
            kids = self._ch
            if not kids:
                return []
            return [kid for kid in kids if kid.tag == path]
        return list(_search(self, path, spaces))

    def iterfind(self, *args, **kwargs):
        path, spaces = _clinic("iterfind", args, kwargs, ("path", "namespaces"), 1)
        return _search(self, path, None if spaces is _ABSENT else spaces)

    # copying and pickling

    def __copy__(self, *args, **kwargs):
        _exactly("__copy__", args, kwargs, 0)
        twin = _new_node(self.tag, self._at if self._room else None)
        twin.text = self.text
        twin.tail = self.tail
        if self._room:
            kids = self._ch
            count = 0 if kids is None else len(kids)
            twin._reserve(count).extend(kids or ())
        return twin

    def __deepcopy__(self, *args, **kwargs):
        _exactly("__deepcopy__", args, kwargs, 1)
        memo = args[0]
        if not isinstance(memo, dict):
            raise TypeError("__deepcopy__() argument must be dict, not %s" % _tname(memo))
        tag = _deep(self.tag, memo)
        attrs = _deep(self._at, memo) if self._at is not None else None
        twin = _new_node(tag, attrs)
        twin.text = _deep(self.text, memo)
        twin.tail = _deep(self.tail, memo)
        if self._room:
            kids = self._ch
            store = twin._reserve(0 if kids is None else len(kids))
            for kid in kids or ():
                copied = _deep(kid, memo)
                if not isinstance(copied, Element):
                    raise _not_element(copied)
                store.append(copied)
        memo[id(self)] = twin
        return twin

    def __getstate__(self, *args, **kwargs):
        _exactly("__getstate__", args, kwargs, 0)
        kids = self._ch
        return {"tag": self.tag, "_children": list(kids) if kids else [],
                "attrib": self._at if self._at is not None else {},
                "text": self.text, "tail": self.tail}

    def __setstate__(self, *args, **kwargs):
        _exactly("__setstate__", args, kwargs, 1)
        state = args[0]
        if type(state) is not dict:
            raise TypeError('Don\'t know how to unpickle "%.200r" as an Element' % (state,))
        fields = {}
        for key, value in state.items():
            if key not in ("tag", "attrib", "text", "tail", "_children"):
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
            fields[key] = value
        if "tag" not in fields:
            raise TypeError("tag may not be NULL")
        self.tag = fields["tag"]
        self.text = fields.get("text")
        self.tail = fields.get("tail")
        kids = fields.get("_children")
        attrs = fields.get("attrib")
        if kids is None and attrs is None:
            return
        if kids is not None:
            if not isinstance(kids, list):
                raise TypeError("'_children' is not a list")
            for kid in kids:
                if not isinstance(kid, Element):
                    raise _not_element(kid)
            self._room = 0
            self._ch = None
            self._reserve(len(kids)).extend(kids)
        else:
            self._reserve(0)
        self._at = attrs


Element.__module__ = "xml.etree.ElementTree"
_sys._c_layout(Element, 56, False, True)
_c_type(Element)


def _merge_keywords(extra):
    """An attribute dict from keyword arguments, honouring attrib=..."""
    if "attrib" in extra:
        base = extra.pop("attrib")
        if not isinstance(base, dict):
            raise TypeError("attrib must be dict, not %s" % _tname(base))
        base = dict(base)
        base.update(extra)
        return base
    return dict(extra)


def _new_node(tag, attrs):
    """create_new_element: a plain Element, side block only for non-empty attributes."""
    node = object.__new__(Element)
    node.tag = tag
    node.text = None
    node.tail = None
    node._ch = None
    if attrs:
        node._at = attrs
        node._room = _FIRST_BLOCK
    else:
        node._at = None
        node._room = 0
    return node


def _deep(value, memo):
    if value is None or type(value) is str:
        return value
    import copy
    return copy.deepcopy(value, memo)


class _element_iterator:
    """Pre-order walk over a subtree (Element.iter and Element.itertext)."""

    __slots__ = ("_trail", "_start", "_want", "_texts")

    def __init__(self, start, want, texts):
        self._trail = []
        self._start = start
        self._want = want
        self._texts = texts

    def __iter__(self):
        return self

    def __next__(self):
        trail = self._trail
        texts = self._texts
        want = self._want
        while True:
            if trail:
                frame = trail[-1]
                holder = frame[0]
                kids = holder._ch
                at = frame[1]
                if kids is None or at >= len(kids):
                    trail.pop()
                    if texts and trail:
                        piece = holder.tail
                        if piece:
                            return piece
                    continue
                node = kids[at]
                frame[1] = at + 1
            else:
                node = self._start
                if node is None:
                    raise StopIteration
                self._start = None
            trail.append([node, 0])
            if texts:
                piece = node.text
                if piece:
                    return piece
            elif want is None or node.tag == want:
                return node


_element_iterator.__module__ = "_elementtree"


def SubElement(*args, **extra):
    """Create an element and append it to `parent`."""
    given = len(args)
    if given < 2:
        raise TypeError("SubElement() takes at least 2 arguments (%d given)" % given)
    if given > 3:
        raise TypeError("SubElement() takes at most 3 arguments (%d given)" % given)
    parent = args[0]
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, "
                        "not %s" % _tname(parent))
    attrs = None
    if given == 3:
        if not isinstance(args[2], dict):
            raise TypeError("SubElement() argument 3 must be dict, not %s" % _tname(args[2]))
        attrs = dict(args[2])
        attrs.update(extra)
    elif extra:
        attrs = _merge_keywords(extra)
    node = _new_node(args[1], attrs)
    parent._reserve(1).append(node)
    return node


def Comment(text=None):
    """A comment node: its tag is this function."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """A processing-instruction node: its tag is this function."""
    node = Element(ProcessingInstruction)
    node.text = target
    if text:
        node.text = target + " " + text
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, key or value."""

    def __init__(self, text_or_uri, tag=None):
        self.text = "{%s}%s" % (text_or_uri, tag) if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _peer(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._peer(other)

    def __ne__(self, other):
        return self.text != self._peer(other)

    def __lt__(self, other):
        return self.text < self._peer(other)

    def __le__(self, other):
        return self.text <= self._peer(other)

    def __gt__(self, other):
        return self.text > self._peer(other)

    def __ge__(self, other):
        return self.text >= self._peer(other)


# ---------------------------------------------------------------------------
# queries (ElementPath)

_QUERY_CACHE = {}
_NAME_STOP = frozenset("/[]()@!=")
_SINGLE_OPS = frozenset("/.*:[]()@=")
_DOUBLE_OPS = frozenset(("::", "//", "..", "()", "!="))


def _is_path(path):
    """Does `path` need the query engine (checkpath of the C type)?"""
    if isinstance(path, (str, bytes)):
        text = path.decode("latin-1") if isinstance(path, bytes) else path
        if len(text) >= 3 and text[0] == "{" and (text[1] == "}" or text[1:3] == "*}"):
            return True
        inside = False
        for ch in text:
            if ch == "{":
                inside = True
            elif ch == "}":
                inside = False
            elif not inside and ch in "/*[@.":
                return True
        return False
    return True


def _scan_path(path):
    """Raw (operator, name) tokens of a path expression."""
    at = 0
    end = len(path)
    while at < end:
        ch = path[at]
        pair = path[at:at + 2]
        if ch in "'\"":
            close = path.find(ch, at + 1)
            if close >= 0:
                yield path[at:close + 1], ""
                at = close + 1
                continue
        elif pair in _DOUBLE_OPS:
            yield pair, ""
            at += 2
            continue
        elif ch in _SINGLE_OPS:
            yield ch, ""
            at += 1
            continue
        if ch.isspace():
            stop = at + 1
            while stop < end and path[stop].isspace():
                stop += 1
            yield "", ""
            at = stop
            continue
        if ch in _NAME_STOP:
            at += 1
            continue
        stop = at
        if ch == "{":
            brace = path.find("}", at + 2)
            if brace > 0 and brace + 1 < end and _name_char(path[brace + 1]):
                stop = brace + 1
        while stop < end and _name_char(path[stop]):
            stop += 1
        yield "", path[at:stop]
        at = stop


def _name_char(ch):
    return ch not in _NAME_STOP and not ch.isspace()


def _path_tokens(pattern, namespaces=None):
    """Tokens of an ElementPath expression, prefixes resolved through `namespaces`."""
    default = namespaces.get("") if namespaces else None
    after_at = False
    for op, name in _scan_path(pattern):
        if name and name[0] != "{":
            if ":" in name:
                prefix, local = name.split(":", 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
                name = "{%s}%s" % (namespaces[prefix], local)
            elif default and not after_at:
                name = "{%s}%s" % (default, name)
        yield op, name
        after_at = op == "@"


class _Tokens:
    """A token stream that reports its end with _Tokens.Done."""

    class Done(Exception):
        pass

    def __init__(self, source):
        self._source = source

    def take(self):
        for tok in self._source:
            return tok
        raise _Tokens.Done

    def peek_next(self):
        for tok in self._source:
            return tok
        return None


class _Scope:
    """The element a query started from, with a lazily built child->parent map."""

    __slots__ = ("top", "_up")

    def __init__(self, top):
        self.top = top
        self._up = None

    def parent_of(self, node):
        up = self._up
        if up is None:
            up = self._up = {}
            for holder in self.top.iter():
                for kid in holder:
                    up[kid] = holder
        return up.get(node)


def _tag_test(tag):
    """A predicate for tag matching, or None when plain equality will do."""
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        ending = "}" + local
        return lambda t: t == local or (isinstance(t, str) and t.endswith(ending))
    if tag[-2:] == "}*":
        start = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(start)
    if tag[:2] == "{}":
        plain = tag[2:]
        return lambda t: t == plain
    return None


def _children_step(tag):
    if tag is None:
        def step(scope, nodes):
            for node in nodes:
                yield from node
        return step
    test = _tag_test(tag)
    if test is None:
        def step(scope, nodes):
            for node in nodes:
                for kid in node:
                    if kid.tag == tag:
                        yield kid
    else:
        def step(scope, nodes):
            for node in nodes:
                for kid in node:
                    if test(kid.tag):
                        yield kid
    return step


def _descendants_step(tag):
    test = None if tag is None else (_tag_test(tag) or (lambda t: t == tag))

    def step(scope, nodes):
        for node in nodes:
            for below in node.iter():
                if below is not node and (test is None or test(below.tag)):
                    yield below
    return step


def _self_step(scope, nodes):
    yield from nodes


def _parent_step(scope, nodes):
    seen = {}
    for node in nodes:
        up = scope.parent_of(node)
        if up is not None and up not in seen:
            seen[up] = None
            yield up


def _filter_step(keep):
    def step(scope, nodes):
        for node in nodes:
            if keep(node):
                yield node
    return step


def _full_text(node):
    return "".join(node.itertext())


def _position_step(index):
    def step(scope, nodes):
        for node in nodes:
            up = scope.parent_of(node)
            if up is None:
                continue
            try:
                if list(up.findall(node.tag))[index] is node:
                    yield node
            except (IndexError, KeyError):
                pass
    return step


def _predicate(tokens):
    shape = []
    values = []
    while True:
        try:
            op, name = tokens.take()
        except _Tokens.Done:
            return None
        if op == "]":
            break
        if not op and not name:
            continue
        if op[:1] in ("'", '"'):
            shape.append("'")
            values.append(op[1:-1])
        else:
            shape.append(op or "-")
            values.append(name)
    shape = "".join(shape)
    if shape == "@-":
        key = values[1]
        return _filter_step(lambda node: node.get(key) is not None)
    if shape in ("@-='", "@-!='"):
        key = values[1]
        wanted = values[-1]
        if shape == "@-='":
            return _filter_step(lambda node: node.get(key) == wanted)
        return _filter_step(lambda node: node.get(key) not in (None, wanted))
    if shape in (".='", ".!='"):
        wanted = values[-1]
        if shape == ".='":
            return _filter_step(lambda node: _full_text(node) == wanted)
        return _filter_step(lambda node: _full_text(node) != wanted)
    if shape == "-" and not _is_int_literal(values[0]):
        tag = values[0]
        return _filter_step(lambda node: node.find(tag) is not None)
    if shape in ("-='", "-!='"):
        tag = values[0]
        wanted = values[-1]
        equal = shape == "-='"

        def keep(node):
            for kid in node.findall(tag):
                if (_full_text(kid) == wanted) == equal:
                    return True
            return False
        return _filter_step(keep)
    if shape in ("-", "-()", "-()-"):
        if shape == "-":
            index = int(values[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if values[0] != "last":
                raise SyntaxError("unsupported function")
            index = -1
            if shape == "-()-":
                try:
                    index = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
        return _position_step(index)
    raise SyntaxError("invalid predicate")


def _is_int_literal(text):
    digits = text[1:] if text[:1] == "-" else text
    return digits.isdigit() and digits.isascii()


def _descend(tokens, tok):
    nxt = tokens.take()
    if nxt[0] == "*":
        return _descendants_step(None)
    if not nxt[0]:
        return _descendants_step(nxt[1])
    raise SyntaxError("invalid descendant")


_STEP_MAKERS = {
    "": lambda tokens, tok: _children_step(tok[1]),
    "*": lambda tokens, tok: _children_step(None),
    ".": lambda tokens, tok: _self_step,
    "..": lambda tokens, tok: _parent_step,
    "//": _descend,
    "[": lambda tokens, tok: _predicate(tokens),
}


def _compile_query(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    if namespaces:
        key = (path, tuple(sorted(namespaces.items())))
    else:
        key = (path, None)
    try:
        return _QUERY_CACHE[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = _Tokens(iter(_path_tokens(path, namespaces)))
    tok = tokens.peek_next()
    steps = None
    if tok is not None:
        steps = []
        while True:
            maker = _STEP_MAKERS.get(tok[0])
            if maker is None:
                raise KeyError(tok[0])
            try:
                steps.append(maker(tokens, tok))
            except _Tokens.Done:
                raise SyntaxError("invalid path") from None
            tok = tokens.peek_next()
            if tok is not None and tok[0] == "/":
                tok = tokens.peek_next()
            if tok is None:
                break
    if key is not None:
        if len(_QUERY_CACHE) > 100:
            _QUERY_CACHE.clear()
        _QUERY_CACHE[key] = steps
    return steps


def _nothing():
    return
    yield


def _search(elem, path, namespaces):
    steps = _compile_query(path, namespaces)
    if steps is None:
        return _nothing()
    scope = _Scope(elem)
    found = [elem]
    for step in steps:
        found = step(scope, found)
    return found


# ---------------------------------------------------------------------------
# documents

class ElementTree:
    """A whole document: a root element plus reading and writing."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        opened = None
        if not hasattr(source, "read"):
            source = opened = open(source, "rb")
        try:
            if parser is None:
                parser = XMLParser()
                self._root = parser._parse_whole(source)
                return self._root
            while True:
                chunk = source.read(65536)
                if not chunk:
                    break
                parser.feed(chunk)
            self._root = parser.close()
            return self._root
        finally:
            if opened is not None:
                opened.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _rooted(self, path):
        if path[:1] == "/":
            path = "." + path
            _warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._rooted(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._rooted(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._rooted(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._rooted(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        style = method or "xml"
        if style not in _WRITERS:
            raise ValueError("unknown method %r" % style)
        encoding = encoding or ("utf-8" if style == "c14n" else "us-ascii")
        textual = encoding.lower() == "unicode"
        if not textual:
            import codecs
            codecs.lookup(encoding)
        parts = []
        if style == "xml" and (xml_declaration or (
                xml_declaration is None and encoding.lower() not in ("utf-8", "us-ascii"))
                and not (xml_declaration is None and textual)):
            shown = "utf-8" if textual else encoding
            parts.append("<?xml version='1.0' encoding='%s'?>\n" % shown)
        _WRITERS[style](parts.append, self._root, default_namespace, short_empty_elements)
        _deliver(file_or_filename, parts, None if textual else encoding)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


def _deliver(target, parts, encoding):
    """Hand serialized text to a file object or a file name."""
    if encoding is None:
        if hasattr(target, "write"):
            for part in parts:
                target.write(part)
        else:
            with open(target, "w", encoding="utf-8", errors="xmlcharrefreplace") as out:
                out.write("".join(parts))
        return
    data = "".join(parts).encode(encoding, "xmlcharrefreplace")
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as out:
            out.write(data)


# ---------------------------------------------------------------------------
# writing

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
              "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}

_TEXT_TABLE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
_ATTR_TABLE = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;",
               ord("\r"): "&#13;", ord("\n"): "&#10;", ord("\t"): "&#09;"}
_HTML_ATTR_TABLE = {ord("&"): "&amp;", ord(">"): "&gt;", ord('"'): "&quot;"}


def _unserializable(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _escaped(value, table):
    try:
        return value.translate(table)
    except (TypeError, AttributeError):
        _unserializable(value)


def register_namespace(prefix, uri):
    """Use `prefix` for `uri` when writing."""
    if prefix[:2] == "ns" and prefix[2:].isdigit() and prefix[2:].isascii():
        raise ValueError("Prefix format reserved for internal use")
    for known, given in list(_namespace_map.items()):
        if known == uri or given == prefix:
            del _namespace_map[known]
    _namespace_map[uri] = prefix


class _Prefixes:
    """Qualified names for a tree: which prefix each namespace gets, in order."""

    def __init__(self, root, default_namespace):
        self.names = {None: None}
        self.declared = {}
        self.default = default_namespace
        if default_namespace:
            self.declared[default_namespace] = ""
        for node in root.iter():
            tag = node.tag
            if isinstance(tag, QName):
                self.note(tag.text)
            elif isinstance(tag, str):
                self.note(tag)
            elif tag is not None and tag is not Comment and tag is not PI:
                _unserializable(tag)
            for key, value in node.items():
                self.note(key.text if isinstance(key, QName) else key)
                if isinstance(value, QName):
                    self.note(value.text)
            if isinstance(node.text, QName):
                self.note(node.text.text)

    def note(self, name):
        if name in self.names:
            return
        try:
            if name[:1] != "{":
                if self.default:
                    raise ValueError(
                        "cannot use non-qualified names with default_namespace option")
                self.names[name] = name
                return
            uri, local = name[1:].rsplit("}", 1)
        except TypeError:
            _unserializable(name)
        prefix = self.declared.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri) or "ns%d" % len(self.declared)
            if prefix != "xml":
                self.declared[uri] = prefix
        self.names[name] = "%s:%s" % (prefix, local) if prefix else local

    def xmlns(self):
        for uri, prefix in sorted(self.declared.items(), key=lambda pair: pair[1]):
            yield ("xmlns:" + prefix if prefix else "xmlns"), uri


def _open_tag(emit, node, names, decls, attr_table):
    for key, uri in decls:
        emit(' %s="%s"' % (key, _escaped(uri, _ATTR_TABLE)))
    for key, value in node.items():
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = names[value.text]
        else:
            value = _escaped(value, attr_table)
        emit(' %s="%s"' % (names[key], value))


def _write_xml(emit, node, names, decls, short):
    tag = node.tag
    if tag is Comment:
        emit("<!--%s-->" % node.text)
    elif tag is PI:
        emit("<?%s?>" % node.text)
    else:
        text = node.text
        if tag is None:
            if text:
                emit(_escaped(text, _TEXT_TABLE))
            for kid in node:
                _write_xml(emit, kid, names, None, short)
        else:
            qualified = names[tag.text if isinstance(tag, QName) else tag]
            emit("<" + qualified)
            if decls or node.items():
                _open_tag(emit, node, names, decls or (), _ATTR_TABLE)
            if text or len(node) or not short:
                emit(">")
                if text:
                    emit(_escaped(text, _TEXT_TABLE))
                for kid in node:
                    _write_xml(emit, kid, names, None, short)
                emit("</" + qualified + ">")
            else:
                emit(" />")
    if node.tail:
        emit(_escaped(node.tail, _TEXT_TABLE))


def _write_html(emit, node, names, decls, short):
    tag = node.tag
    if tag is Comment:
        emit("<!--%s-->" % _escaped(node.text, _TEXT_TABLE))
    elif tag is PI:
        emit("<?%s?>" % _escaped(node.text, _TEXT_TABLE))
    else:
        text = node.text
        if tag is None:
            if text:
                emit(_escaped(text, _TEXT_TABLE))
            for kid in node:
                _write_html(emit, kid, names, None, short)
        else:
            qualified = names[tag.text if isinstance(tag, QName) else tag]
            emit("<" + qualified)
            if decls or node.items():
                _open_tag(emit, node, names, decls or (), _HTML_ATTR_TABLE)
            emit(">")
            lowered = qualified.lower()
            if text:
                if lowered in ("script", "style"):
                    emit(text)
                else:
                    emit(_escaped(text, _TEXT_TABLE))
            for kid in node:
                _write_html(emit, kid, names, None, short)
            if lowered not in HTML_EMPTY:
                emit("</" + qualified + ">")
    if node.tail:
        emit(_escaped(node.tail, _TEXT_TABLE))


def _markup_writer(walker):
    def write(emit, root, default_namespace, short):
        prefixes = _Prefixes(root, default_namespace)
        walker(emit, root, prefixes.names, list(prefixes.xmlns()), short)
    return write


def _text_writer(emit, root, default_namespace, short):
    for piece in root.itertext():
        emit(piece)
    if root.tail:
        emit(root.tail)


_WRITERS = {
    "xml": _markup_writer(_write_xml),
    "html": _markup_writer(_write_html),
    "text": _text_writer,
}     # 3.11 has no "c14n" writer: write_c14n() raises ValueError as CPython's does


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Serialize `element` to bytes (or str for encoding='unicode')."""
    parts = _serialize_parts(element, encoding, method, xml_declaration,
                             default_namespace, short_empty_elements)
    if isinstance(parts, list):
        return "".join(parts)
    return parts


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """Like tostring(), as a list of pieces."""
    parts = _serialize_parts(element, encoding, method, xml_declaration,
                             default_namespace, short_empty_elements)
    if isinstance(parts, list):
        return parts
    return [parts]


class _Collector:
    def __init__(self):
        self.parts = []
        self.data = b""

    def write(self, piece):
        if isinstance(piece, str):
            self.parts.append(piece)
        else:
            self.data += piece


def _serialize_parts(element, encoding, method, xml_declaration, default_namespace,
                     short_empty_elements):
    sink = _Collector()
    ElementTree(element).write(sink, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    if encoding is not None and encoding.lower() == "unicode":
        return sink.parts
    return sink.data


def dump(elem):
    """Write an element or tree to sys.stdout (for debugging)."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(_sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        _sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Add whitespace so that the tree prints one element per line."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return
    _pad(tree, level, space)


def _blank(text):
    return not text or not text.strip()


def _pad(node, depth, space):
    inner = "\n" + space * (depth + 1)
    if _blank(node.text):
        node.text = inner
    kids = list(node)
    for kid in kids:
        if len(kid):
            _pad(kid, depth + 1, space)
        if _blank(kid.tail):
            kid.tail = inner
    if _blank(kids[-1].tail):
        kids[-1].tail = "\n" + space * depth


# ---------------------------------------------------------------------------
# reading

def _unknown_event(name):
    return ValueError("unknown event '%s'" % name)


class TreeBuilder:
    """Builds a tree from start/data/end/comment/pi calls."""

    __slots__ = ("_root", "_current", "_stack", "_latest", "_tail_to", "_pending",
                 "_factory", "_comment_factory", "_pi_factory", "_keep_comments",
                 "_keep_pis", "_report", "_wanted")

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("TreeBuilder() takes at most 1 positional argument (%d given)"
                            % len(args))
        factory = args[0] if args else kwargs.pop("element_factory", None)
        comment_factory = kwargs.pop("comment_factory", None)
        pi_factory = kwargs.pop("pi_factory", None)
        keep_comments = bool(kwargs.pop("insert_comments", False))
        keep_pis = bool(kwargs.pop("insert_pis", False))
        for name in kwargs:
            raise TypeError("TreeBuilder() got an unexpected keyword argument '%s'" % name)
        self._root = None
        self._current = None
        self._stack = []
        self._latest = None
        self._tail_to = None
        self._pending = None
        self._factory = factory
        self._comment_factory = comment_factory or _default_factories[0]
        self._pi_factory = pi_factory or _default_factories[1]
        self._keep_comments = keep_comments if self._comment_factory else False
        self._keep_pis = keep_pis if self._pi_factory else False
        self._report = None
        self._wanted = {}

    def _event(self, kind, value):
        label = self._wanted.get(kind)
        if label is not None and self._report is not None:
            self._report((label, value))

    def _flush(self):
        pending = self._pending
        if pending is None:
            return
        self._pending = None
        text = "".join(pending) if type(pending) is list else pending
        if self._tail_to is None:
            node = self._latest
            before = node.text
            node.text = text if before is None else before + text
        else:
            node = self._tail_to
            before = node.tail
            node.tail = text if before is None else before + text

    def _attach(self, node):
        holder = self._current
        if type(holder) is Element:
            holder._reserve(1).append(node)
        else:
            holder.append(node)

    def data(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _exactly_tb("data", args, kwargs)
        piece = args[0]
        pending = self._pending
        if pending is None:
            if self._latest is not None:
                self._pending = piece
        elif type(pending) is list:
            pending.append(piece)
        else:
            self._pending = [pending, piece]

    def start(self, *args, **kwargs):
        _positional("start", args, kwargs, 2, "TreeBuilder")
        tag, attrs = args
        if not isinstance(attrs, dict):
            raise TypeError("start() argument 2 must be dict, not %s" % _tname(attrs))
        return self._open(tag, attrs)

    def _open(self, tag, attrs):
        self._flush()
        if self._factory is None:
            node = _new_node(tag, attrs)
        else:
            node = self._factory(tag, {} if attrs is None else attrs)
        self._tail_to = None
        if self._current is not None:
            self._attach(node)
        else:
            if self._root is not None:
                raise ParseError("multiple elements on top level")
            self._root = node
        self._stack.append(self._current)
        self._current = node
        self._latest = node
        if self._report is not None:
            self._event("start", node)
        return node

    def end(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _exactly_tb("end", args, kwargs)
        self._flush()
        if not self._stack:
            raise IndexError("pop from empty stack")
        closed = self._current
        self._latest = closed
        self._tail_to = closed
        self._current = self._stack.pop()
        if self._report is not None:
            self._event("end", closed)
        return closed

    def comment(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _exactly_tb("comment", args, kwargs)
        text = args[0]
        self._flush()
        if self._comment_factory is not None:
            node = self._comment_factory(text)
            if self._keep_comments and self._current is not None:
                self._attach(node)
                self._tail_to = node
        else:
            node = text
        if self._report is not None:
            self._event("comment", node)
        return node

    def pi(self, *args, **kwargs):
        if kwargs:
            raise TypeError("TreeBuilder.pi() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError("pi expected at %s 1 argument%s, got %d"
                            % (("least", "") if not args else ("most", "s"), len(args))
                            if not args else "pi expected at most 2 arguments, got %d"
                            % len(args))
        target = args[0]
        text = args[1] if len(args) > 1 else None
        self._flush()
        if self._pi_factory is not None:
            node = self._pi_factory(target, text)
            if self._keep_pis and self._current is not None:
                self._attach(node)
                self._tail_to = node
        else:
            node = (target, text)
        if self._report is not None:
            self._event("pi", node)
        return node

    def close(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("TreeBuilder.close() takes no arguments (%d given)"
                            % (len(args) + len(kwargs)))
        return self._root


def _exactly_tb(meth, args, kwargs):
    if kwargs:
        raise TypeError("TreeBuilder.%s() takes no keyword arguments" % meth)
    raise TypeError("TreeBuilder.%s() takes exactly one argument (%d given)"
                    % (meth, len(args)))


TreeBuilder.__module__ = "xml.etree.ElementTree"
_sys._c_layout(TreeBuilder, 160, False, False)
_c_type(TreeBuilder)

_default_factories = [Comment, ProcessingInstruction]


def _set_factories(comment_factory, pi_factory):
    old = tuple(_default_factories)
    _default_factories[:] = [comment_factory, pi_factory]
    return old


_EVENT_NAMES = ("start", "end", "start-ns", "end-ns", "comment", "pi")


class XMLParser:
    """An expat-driven parser that reports to a target (a TreeBuilder by default)."""

    __slots__ = ("_expat", "target", "entity", "_names", "_hooks", "_builder", "version")

    def __init__(self, *args, target=None, encoding=None):
        if args:
            raise TypeError("XMLParser() takes no positional arguments")
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("XMLParser() argument 'encoding' must be str or None, not %s"
                            % _tname(encoding))
        from xml.parsers import expat
        self._expat = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self._names = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        self._builder = target if type(target) is TreeBuilder else None
        hooks = {}
        for name in ("start_ns", "end_ns", "start", "data", "end", "comment", "pi",
                     "close", "doctype"):
            try:
                hooks[name] = getattr(target, name)
            except AttributeError:
                pass
        self._hooks = hooks
        engine = self._expat
        if "start_ns" in hooks or "end_ns" in hooks:
            engine.StartNamespaceDeclHandler = self._on_start_ns
            engine.EndNamespaceDeclHandler = self._on_end_ns
        engine.StartElementHandler = self._on_start
        engine.EndElementHandler = self._on_end
        engine.DefaultHandlerExpand = self._on_default
        engine.CharacterDataHandler = self._on_data
        if "comment" in hooks:
            engine.CommentHandler = self._on_comment
        if "pi" in hooks:
            engine.ProcessingInstructionHandler = self._on_pi
        engine.StartDoctypeDeclHandler = self._on_doctype

    # names: 'uri}local' from expat becomes '{uri}local'

    def _name(self, raw):
        known = self._names.get(raw)
        if known is None:
            known = "{" + raw if "}" in raw else raw
            self._names[raw] = known
        return known

    def _on_start(self, raw, attrs):
        tag = self._name(raw)
        fixed = None
        if attrs:
            fixed = {}
            for key, value in attrs.items():
                fixed[self._name(key)] = value
        if self._builder is not None:
            self._builder._open(tag, fixed)
        else:
            hook = self._hooks.get("start")
            if hook is not None:
                hook(tag, {} if fixed is None else fixed)

    def _on_end(self, raw):
        if self._builder is not None:
            self._builder.end(None)
        else:
            hook = self._hooks.get("end")
            if hook is not None:
                hook(self._name(raw))

    def _on_data(self, text):
        if self._builder is not None:
            self._builder.data(text)
        else:
            hook = self._hooks.get("data")
            if hook is not None:
                hook(text)

    def _on_default(self, text):
        if len(text) < 2 or text[0] != "&":
            return
        try:
            value = self.entity[text[1:-1]]
        except KeyError:
            engine = self._expat
            line, column = engine.ErrorLineNumber, engine.ErrorColumnNumber
            err = ParseError("undefined entity %s: line %d, column %d"
                             % (text[:100], line, column))
            err.code = 11
            err.position = (line, column)
            raise err from None
        self._on_data(value)

    def _on_start_ns(self, prefix, uri):
        prefix = prefix or ""
        uri = uri or ""
        if self._builder is not None:
            self._builder._event("start-ns", (prefix, uri))
        else:
            hook = self._hooks.get("start_ns")
            if hook is not None:
                hook(prefix, uri)

    def _on_end_ns(self, prefix):
        if self._builder is not None:
            self._builder._event("end-ns", None)
        else:
            hook = self._hooks.get("end_ns")
            if hook is not None:
                hook(prefix or "")

    def _on_comment(self, text):
        if self._builder is not None:
            self._builder.comment(text)
        else:
            self._hooks["comment"](text)

    def _on_pi(self, target, data):
        builder = self._builder
        if builder is not None:
            if builder._keep_pis or "pi" in builder._wanted:
                builder.pi(target, data)
        else:
            self._hooks["pi"](target, data)

    def _on_doctype(self, name, sysid, pubid, has_internal):
        hook = self._hooks.get("doctype")
        if hook is not None:
            hook(name, pubid, sysid)
        elif hasattr(self, "doctype"):
            _warnings.warn("The doctype() method of XMLParser is ignored.  Define "
                           "doctype() method on the TreeBuilder target.",
                           RuntimeWarning, stacklevel=2)

    # feeding

    def _run(self, data, final):
        from xml.parsers import expat
        try:
            self._expat.Parse(data, final)
        except expat.ExpatError as exc:
            err = ParseError("%s: line %d, column %d"
                             % (expat.ErrorString(exc.code), exc.lineno, exc.offset))
            err.code = exc.code
            err.position = (exc.lineno, exc.offset)
            raise err from None

    def feed(self, data):
        if not isinstance(data, str):
            if not isinstance(data, (bytes, bytearray, memoryview)):
                try:
                    data = memoryview(data)
                except TypeError:
                    raise TypeError("a bytes-like object is required, not '%s'"
                                    % _tname(data)) from None
            data = bytes(data)
        self._run(data, False)

    def close(self):
        self._run(b"", True)
        if self._builder is not None:
            return self._builder.close()
        hook = self._hooks.get("close")
        if hook is not None:
            return hook()
        return None

    def _parse_whole(self, file):
        read = file.read
        while True:
            chunk = read(65536)
            if isinstance(chunk, str):
                if not chunk:
                    break
                chunk = chunk.encode("utf-8")
            elif type(chunk) is not bytes or not chunk:
                break
            self._run(chunk, False)
        return self.close()

    def _setevents(self, events_queue, events_to_report):
        builder = self._builder
        if builder is None:
            raise TypeError("event handling only supported for ElementTree.TreeBuilder "
                            "targets")
        builder._report = events_queue.append
        engine = self._expat
        for label in events_to_report:
            if not isinstance(label, str):
                raise ValueError("invalid events sequence")
            if label not in _EVENT_NAMES:
                raise _unknown_event(label)
            builder._wanted[label] = label
            if label in ("start-ns", "end-ns"):
                engine.StartNamespaceDeclHandler = self._on_start_ns
                engine.EndNamespaceDeclHandler = self._on_end_ns
            elif label == "comment":
                engine.CommentHandler = self._on_comment
            elif label == "pi":
                engine.ProcessingInstructionHandler = self._on_pi


XMLParser.__module__ = "xml.etree.ElementTree"
_sys._c_layout(XMLParser, 120, False, False)
_c_type(XMLParser)


class XMLPullParser:
    """Non-blocking parsing: feed() data, then collect read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._pending = _collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        self._parser._setevents(self._pending, ("end",) if events is None else events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._pending.append(exc)

    def _finish(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._finish()

    def read_events(self):
        pending = self._pending
        while pending:
            item = pending.popleft()
            if isinstance(item, Exception):
                raise item
            yield item


def iterparse(source, events=None, parser=None):
    """Parse incrementally, yielding (event, element) pairs as they happen."""
    import weakref
    puller = XMLPullParser(events=events, _parser=parser)
    owned = not hasattr(source, "read")
    if owned:
        source = open(source, "rb")

    class IterParseIterator(_cabc.Iterator):
        def __next__(self):
            return next(self._steps)

    it = IterParseIterator()
    it.root = None
    handle = weakref.ref(it)

    def steps():
        try:
            while True:
                yield from puller.read_events()
                chunk = source.read(16 * 1024)
                if not chunk:
                    break
                puller.feed(chunk)
            root = puller._finish()
            yield from puller.read_events()
            holder = handle()
            if holder is not None:
                holder.root = root
        finally:
            if owned:
                source.close()

    it._steps = steps()
    return it


def XML(text, parser=None):
    """Parse a document held in a string; returns its root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """Parse a document given as a sequence of string pieces."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


def XMLID(text, parser=None):
    """Parse a document; returns (root, {id attribute: element})."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    root = parser.close()
    ids = {}
    for node in root.iter():
        key = node.get("id")
        if key:
            ids[key] = node
    return root, ids


def parse(source, parser=None):
    """Parse a file (name or file object) into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


# ---------------------------------------------------------------------------
# Canonical XML 2.0

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """Serialize a document in C14N 2.0 form; returns a str unless `out` is given."""
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    collected = None
    if out is None:
        collected = []
        out = _io.StringIO()
        out_write = collected.append
    else:
        out_write = out.write
    parser = XMLParser(target=C14NWriterTarget(out_write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    else:
        parse(from_file, parser=parser)
    return "".join(collected) if collected is not None else None


_C14N_TEXT = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#xD;"}
_C14N_ATTR = {ord("&"): "&amp;", ord("<"): "&lt;", ord('"'): "&quot;", ord("\t"): "&#x9;",
              ord("\n"): "&#xA;", ord("\r"): "&#xD;"}


def _c14n_escape(value, table):
    try:
        return value.translate(table)
    except (TypeError, AttributeError):
        _unserializable(value)


def _split_name(name):
    """('uri', 'local') of '{uri}local', ('', name) otherwise."""
    if name[:1] == "{":
        uri, _, local = name[1:].partition("}")
        return uri, local
    return "", name


class C14NWriterTarget:
    """A parser target that writes Canonical XML 2.0 through `write`."""

    def __init__(self, write, *, with_comments=False, strip_text=False,
                 rewrite_prefixes=False, qname_aware_tags=None, qname_aware_attrs=None,
                 exclude_attrs=None, exclude_tags=None):
        self._out = write
        self._comments = with_comments
        self._strip = strip_text
        self._renumber = rewrite_prefixes
        self._skip_attrs = set(exclude_attrs) if exclude_attrs else None
        self._skip_tags = set(exclude_tags) if exclude_tags else None
        self._qtags = set(qname_aware_tags) if qname_aware_tags else None
        self._qattrs = set(qname_aware_attrs) if qname_aware_attrs else None
        self._given = [[(_XML_NS, "xml")]]    # input declarations, per open element
        self._written = [{"": ""}]          # output bindings prefix -> uri, per element
        self._fresh = {}                    # uri -> n<k> with rewrite_prefixes
        self._incoming = []                 # start_ns calls waiting for their element
        self._texts = []
        self._names = []                    # rendered tags of the open elements
        self._skipping = 0
        self._keep_space = [False]
        self._state = 0                     # 0 before, 1 inside, 2 after the root
        self._held = None                   # a qname-aware start waiting for its text

    # namespace bookkeeping

    def _uri_of(self, prefix):
        for scope in reversed(self._given):
            for uri, known in reversed(scope):
                if known == prefix:
                    return uri
        return None

    def _prefix_of(self, uri):
        for scope in reversed(self._given):
            for known_uri, prefix in reversed(scope):
                if known_uri == uri and self._uri_of(prefix) == uri:
                    return prefix
        raise ValueError("Namespace %r is not declared in scope" % uri)

    def _qname_text(self, text):
        prefix, colon, local = text.partition(":")
        if not colon:
            prefix, local = "", text
        uri = self._uri_of(prefix)
        if uri is None:
            raise ValueError("Prefix %s of QName %r is not declared in scope"
                             % (prefix, text))
        return "{%s}%s" % (uri, local)

    # events

    def data(self, data):
        if not self._skipping:
            self._texts.append(data)

    def _flush_text(self):
        held = self._held
        if held is not None:
            self._held = None
            text = "".join(self._texts)
            self._texts = []
            self._open(held[0], held[1], self._qname_text(text.strip()) if text else None)
            return
        if not self._texts:
            return
        text = "".join(self._texts)
        self._texts = []
        if self._strip and not self._keep_space[-1]:
            text = text.strip()
        if self._state == 1 and text:
            self._out(_c14n_escape(text, _C14N_TEXT))

    def start_ns(self, prefix, uri):
        if self._skipping:
            return
        self._flush_text()
        self._incoming.append((uri, prefix))

    def end_ns(self, prefix):
        pass

    def start(self, tag, attrs):
        if self._skip_tags is not None and (self._skipping or tag in self._skip_tags):
            self._skipping += 1
            return
        self._flush_text()
        self._given.append(self._incoming)
        self._incoming = []
        if self._skip_attrs:
            attrs = {k: v for k, v in attrs.items() if k not in self._skip_attrs}
        if self._qtags is not None and tag in self._qtags:
            self._held = (tag, attrs)
        else:
            self._open(tag, attrs, None)

    def _open(self, tag, attrs, text_qname):
        self._state = 1
        space = attrs.get(_XML_NS_SPACE)
        self._keep_space.append(self._keep_space[-1] if space is None
                                else space == "preserve")
        names = [tag] + list(attrs)
        values = {}
        if self._qattrs:
            for key, value in attrs.items():
                if key in self._qattrs:
                    values[key] = self._qname_text(value)
                    names.append(values[key])
        if text_qname is not None:
            names.append(text_qname)
        split = {name: _split_name(name) for name in names}
        uris = sorted({uri for uri, _ in split.values()}) if self._renumber else None
        if uris is not None:
            for uri in uris:
                if uri != _XML_NS and uri not in self._fresh:
                    self._fresh[uri] = "n%d" % len(self._fresh)
        bound = dict(self._written[-1])
        declare = {}

        def render(name, is_attr):
            uri, local = split[name]
            if uri == _XML_NS:
                return "xml:" + local
            if is_attr and not uri:
                return local
            prefix = self._fresh[uri] if self._renumber else (
                self._prefix_of(uri) if uri else "")
            if bound.get(prefix) != uri:
                bound[prefix] = uri
                declare[prefix] = uri
            return "%s:%s" % (prefix, local) if prefix else local

        shown = render(tag, False)
        pairs = []
        for key, value in attrs.items():
            if key in values:
                value = render(values[key], False)
            pairs.append((split[key], render(key, True), value))
        text = render(text_qname, False) if text_qname is not None else None
        if self._renumber:
            for uri in uris:
                if uri != _XML_NS:
                    prefix = self._fresh[uri]
                    if bound.get(prefix) != uri:
                        bound[prefix] = uri
                        declare[prefix] = uri
        self._written.append(bound)
        self._names.append(shown)
        self._out("<" + shown)
        for prefix in sorted(declare):
            self._out(' %s="%s"' % ("xmlns:" + prefix if prefix else "xmlns",
                                    _c14n_escape(declare[prefix], _C14N_ATTR)))
        pairs.sort(key=lambda item: item[0])
        for _, key, value in pairs:
            self._out(' %s="%s"' % (key, _c14n_escape(value, _C14N_ATTR)))
        self._out(">")
        if text is not None:
            self._out(_c14n_escape(text, _C14N_TEXT))

    def end(self, tag):
        if self._skipping:
            self._skipping -= 1
            return
        if self._held is not None and not self._texts:
            # CPython drops the start tag of an empty qname-aware element
            self._held = None
            self._given.pop()
            self._out("</%s>" % _split_name(tag)[1])
            return
        self._flush_text()
        self._out("</%s>" % self._names.pop())
        self._keep_space.pop()
        self._given.pop()
        self._written.pop()
        if not self._names:
            self._state = 2

    def _misc(self, markup):
        if self._state == 2:
            self._out("\n")
        elif self._state == 1:
            self._flush_text()
        self._out(markup)
        if self._state == 0:
            self._out("\n")

    def comment(self, text):
        if self._comments and not self._skipping:
            self._misc("<!--%s-->" % _c14n_escape(text, _C14N_TEXT))

    def pi(self, target, data):
        if not self._skipping:
            self._misc("<?%s %s?>" % (target, _c14n_escape(data, _C14N_TEXT))
                       if data else "<?%s?>" % target)

    def close(self):
        return None


_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XML_NS_SPACE = "{%s}space" % _XML_NS
