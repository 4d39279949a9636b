"""Abstract Syntax Trees: the node classes of Python 3.11's grammar, `parse`, `dump`,
`literal_eval`, the visitors and `unparse`.

The trees come from refpy's own parser: the native half (`modules/ast.rs`) converts its
syntax tree to these classes (`_parse`), and converts a tree of them back to compile it
(`_compile`, used by `compile()` when given an AST object).
"""

import sys

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


# --------------------------------------------------------------------------------------
# Node classes

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (cls.__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument %r"
                                % (cls.__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The grammar (Parser/Python.asdl of 3.11). A line is `base: alternatives`; `@` after the
# base marks the location attributes; an alternative without fields is written bare.
_GRAMMAR = """
mod: Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt@: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue
expr@: BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values) | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)
expr_context: Load | Store | Del
boolop: And | Or
operator: Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop: Invert | Not | UAdd | USub
cmpop: Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler@: ExceptHandler(expr? type, identifier? name, stmt* body)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg@ = (identifier arg, expr? annotation, string? type_comment)
keyword@ = (identifier? arg, expr value)
alias@ = (identifier name, identifier? asname)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern@: MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)
type_ignore: TypeIgnore(int lineno, string tag)
"""

_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _parse_signature(sig):
    """('Name(identifier id, expr_context ctx)') -> ('Name', fields, optional fields)."""
    if '(' not in sig:
        return sig.strip(), (), ()
    name, rest = sig.split('(', 1)
    fields = []
    optional = []
    for part in rest.rstrip(')').split(','):
        typ, field = part.split()
        fields.append(field)
        if typ.endswith('?'):
            optional.append(field)
    return name.strip(), tuple(fields), tuple(optional)


def _new_class(name, base, fields, attributes, defaults, doc):
    ns = {'__module__': 'ast', '_fields': fields, '__match_args__': fields, '__doc__': doc}
    if attributes:
        ns['_attributes'] = attributes
    ns.update(defaults)
    return type(name, (base,), ns)


def _build_classes(grammar, into):
    for line in grammar.strip().split('\n'):
        if ' = (' in line:
            head, sig = line.split(' = ', 1)
            located = head.endswith('@')
            name = head.rstrip('@')
            _, fields, optional = _parse_signature(name + sig)
            attributes = _LOCATION if located else ()
            defaults = {f: None for f in optional}
            if located:
                defaults['end_lineno'] = None
                defaults['end_col_offset'] = None
            into[name] = _new_class(name, AST, fields, attributes, defaults,
                                    name + sig)
            continue
        head, alts = line.split(': ', 1)
        located = head.endswith('@')
        name = head.rstrip('@')
        sigs = [s.strip() for s in alts.split(' | ')]
        simple = all('(' not in s for s in sigs)
        if simple:
            doc = '%s = %s' % (name, ' | '.join(sigs))
        else:
            doc = '%s = %s' % (name, ('\n' + ' ' * len(name) + ' | ').join(sigs))
        attributes = _LOCATION if located else ()
        base_defaults = {'end_lineno': None, 'end_col_offset': None} if located else {}
        base = _new_class(name, AST, (), attributes, base_defaults, doc)
        into[name] = base
        for sig in sigs:
            sub, fields, optional = _parse_signature(sig)
            into[sub] = _new_class(sub, base, fields, attributes,
                                   {f: None for f in optional}, sig)


_build_classes(_GRAMMAR, globals())
del _build_classes, _new_class, _parse_signature


def _const_alias(self):
    return self.value


def _set_const_alias(self, value):
    self.value = value


Constant.n = property(_const_alias, _set_const_alias)
Constant.s = property(_const_alias, _set_const_alias)


def _dims(self):
    return self.elts


def _set_dims(self, value):
    self.elts = value


Tuple.dims = property(_dims, _set_dims)
del _const_alias, _set_const_alias, _dims, _set_dims


# Deprecated classes kept for old code: `Num(1)` builds a Constant, and a Constant holding a
# number is an instance of `Num`.
class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            return (isinstance(value, _const_types[cls])
                    and not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            continue
        pos = cls._fields.index(key)
        if pos < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}
_const_node_type_names = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _c in (Num, Str, Bytes, NameConstant, Ellipsis, slice, Index, ExtSlice, Suite,
           AugLoad, AugStore, Param):
    _c.__module__ = 'ast'
del _c


# --------------------------------------------------------------------------------------
# Parsing and compiling

_CLASSES = tuple(globals()[_n] for _n in _node_names())
_SINGLETONS = tuple(globals()[_n]() for _n in _singleton_names())


def _parse_func_type(source, filename):
    if not isinstance(source, str):
        source = bytes(source).decode('utf-8')
    depth = 0
    arrow = -1
    i = 0
    while i < len(source):
        c = source[i]
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == '-' and depth == 0 and source[i + 1:i + 2] == '>':
            arrow = i
            break
        i += 1
    if arrow < 0:
        compile(source + '\n->', filename, 'exec')
        raise SyntaxError('invalid syntax')
    head = source[:arrow]
    tree = _parse(head, filename, 'eval', _CLASSES, _SINGLETONS).body
    if isinstance(tree, Tuple) and head.strip().startswith('('):
        argtypes = tree.elts
    else:
        argtypes = [tree]
    # The return type is parsed in place: the text before it blanked, inside parentheses
    # (so that the columns are the source's).
    blank = ''.join(c if c == '\n' else ' ' for c in source[1:arrow + 2])
    returns = _parse('(' + blank + source[arrow + 2:] + ')', filename, 'eval', _CLASSES,
                     _SINGLETONS).body
    return FunctionType(argtypes, returns)


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile(source, filename, mode,
    PyCF_ONLY_AST))."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


# --------------------------------------------------------------------------------------
# literal_eval

def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or
    container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal(node_or_string)


def _malformed(node):
    msg = "malformed node or string"
    line = getattr(node, 'lineno', None)
    if line:
        msg += ' on line %s' % line
    raise ValueError(msg + ': %r' % (node,))


def _literal_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _literal_signed(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _literal_number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _literal_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(_literal(e) for e in node.elts)
    if isinstance(node, List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, Set):
        return set(_literal(e) for e in node.elts)
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return dict(zip([_literal(k) for k in node.keys],
                        [_literal(v) for v in node.values]))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _literal_signed(node.left)
        right = _literal_number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _literal_signed(node)


# --------------------------------------------------------------------------------------
# dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree in `node`."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).format(node, 0)[0]


class _Dumper:
    def __init__(self, annotate, attributes, indent):
        self.annotate = annotate
        self.attributes = attributes
        self.indent = indent

    def format(self, node, level):
        """(text, simple): simple when the text holds no nested node with fields."""
        if self.indent is None:
            opening = ''
            joiner = ', '
        else:
            level += 1
            opening = '\n' + self.indent * level
            joiner = ',\n' + self.indent * level
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            all_simple = True
            named = self.annotate
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    named = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, simple = self.format(value, level)
                all_simple = all_simple and simple
                parts.append('%s=%s' % (name, text) if named else text)
            if self.attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = self.format(value, level)
                    all_simple = all_simple and simple
                    parts.append('%s=%s' % (name, text))
            if all_simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, opening, joiner.join(parts)), False
        if isinstance(node, list):
            if not node:
                return '[]', True
            items = [self.format(x, level)[0] for x in node]
            return '[%s%s]' % (opening, joiner.join(items)), False
        return repr(node), True


# --------------------------------------------------------------------------------------
# Locations and traversal

def copy_location(new_node, old_node):
    """Copy the source location of `old_node` to `new_node` where both have it."""
    for attr in _LOCATION:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking a location its parent's, recursively."""
    _fix_locations(node, 1, 0, 1, 0)
    return node


def _fix_locations(node, lineno, col_offset, end_lineno, end_col_offset):
    if 'lineno' in node._attributes:
        if not hasattr(node, 'lineno'):
            node.lineno = lineno
        else:
            lineno = node.lineno
    if 'end_lineno' in node._attributes:
        if getattr(node, 'end_lineno', None) is None:
            node.end_lineno = end_lineno
        else:
            end_lineno = node.end_lineno
    if 'col_offset' in node._attributes:
        if not hasattr(node, 'col_offset'):
            node.col_offset = col_offset
        else:
            col_offset = node.col_offset
    if 'end_col_offset' in node._attributes:
        if getattr(node, 'end_col_offset', None) is None:
            node.end_col_offset = end_col_offset
        else:
            end_col_offset = node.end_col_offset
    for child in iter_child_nodes(node):
        _fix_locations(child, lineno, col_offset, end_lineno, end_col_offset)


def increment_lineno(node, n=1):
    """Add `n` to the line numbers of `node` and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of `node`."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines(source):
    """Lines with their ends, split at \\r\\n, \\n and \\r only (not \\f and friends)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            i += 2 if source[i + 1:i + 2] == '\n' else 1
            lines.append(source[start:i])
            start = i
        elif c == '\n':
            i += 1
            lines.append(source[start:i])
            start = i
        else:
            i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _blank_like(text):
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The source text `node` was parsed from, or None without full location."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    pad = _blank_like(lines[first].encode()[:start].decode()) if padded else ''
    head = pad + lines[first].encode()[start:].decode()
    tail = lines[last].encode()[:end].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


def walk(node):
    """Yield `node` and all its descendants, breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling `visit_<ClassName>` for each node that has one, and
    `generic_visit` (which visits the children) for the others."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        kind = _const_node_type_names.get(type(value))
        if kind is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    kind = name
                    break
        if kind is not None:
            method = 'visit_' + kind
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node: the same
    node, a new one, a list of nodes (in a list field) or None to remove it."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for value in old:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            replaced.extend(value)
                            continue
                    replaced.append(value)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# --------------------------------------------------------------------------------------
# unparse

_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)

# Precedence levels, loosest first.
(_P_NAMED_EXPR, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_EXPR,
 _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT,
 _P_ATOM) = range(18)
_P_BOR = _P_EXPR

_BINOPS = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
    'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT), 'BitOr': ('|', _P_BOR),
    'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND), 'FloorDiv': ('//', _P_TERM),
    'Pow': ('**', _P_POWER),
}
_UNARYOPS = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT),
             'UAdd': ('+', _P_FACTOR), 'USub': ('-', _P_FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', _P_AND), 'Or': ('or', _P_OR)}


def _next(level):
    return level + 1 if level < _P_ATOM else level


def _quote_string(string, quote_types=_ALL_QUOTES, escape_whitespace=False):
    """(body, usable quotes) for a literal of `string` needing the fewest escapes."""
    out = []
    for c in string:
        if c in '\n\t' and not escape_whitespace:
            out.append(c)
        elif c == '\\' or not c.isprintable():
            out.append(c.encode('unicode_escape').decode('ascii'))
        else:
            out.append(c)
    body = ''.join(out)
    quotes = list(quote_types)
    if '\n' in body:
        quotes = [q for q in quotes if q in _MULTI_QUOTES]
    quotes = [q for q in quotes if q not in body]
    if not quotes:
        text = repr(string)
        quote = next((q for q in quote_types if text[0] in q), text[0])
        return text[1:-1], [quote]
    if body:
        quotes.sort(key=lambda q: q[0] == body[-1])
        if quotes[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, quotes


class _Unparser(NodeVisitor):
    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # output helpers

    def write(self, *text):
        self._source.extend(text)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def fill(self, text=''):
        self.maybe_newline()
        self.write('    ' * self._indent + text)

    def open_block(self, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self._indent += 1

    def close_block(self):
        self._indent -= 1

    def body(self, stmts, extra=None):
        self.open_block(extra)
        self.traverse(stmts)
        self.close_block()

    def join(self, sep, items, func=None):
        func = func or self.traverse
        first = True
        for item in items:
            if not first:
                self.write(sep)
            first = False
            func(item)

    def items_view(self, func, items):
        if len(items) == 1:
            func(items[0])
            self.write(',')
        else:
            self.join(', ', items, func)

    def precedence(self, node):
        return self._precedences.get(node, _P_TEST)

    def set_precedence(self, level, *nodes):
        for node in nodes:
            self._precedences[node] = level

    def parens_needed(self, level, node):
        return self.precedence(node) > level

    def type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    # docstrings

    def _docstring_node(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
            return None
        if len(node.body) < 1 or not isinstance(node.body[0], Expr):
            return None
        value = node.body[0].value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def _docstring_and_body(self, node):
        doc = self._docstring_node(node)
        if doc is not None:
            self.fill()
            if doc.kind == 'u':
                self.write('u')
            self._write_str_avoiding_backslashes(doc.value, _MULTI_QUOTES)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # modules

    def visit_Module(self, node):
        self._type_ignores = {i.lineno: f"ignore{i.tag}" for i in node.type_ignores}
        self._docstring_and_body(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        self.write('(')
        self.join(', ', node.argtypes)
        self.write(')')
        self.write(' -> ')
        self.traverse(node.returns)

    # statements

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_P_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        parens = self.parens_needed(_P_NAMED_EXPR, node)
        if parens:
            self.write('(')
        self.set_precedence(_P_ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(' := ')
        self.traverse(node.value)
        if parens:
            self.write(')')

    def visit_Import(self, node):
        self.fill('import ')
        self.join(', ', node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.join(', ', node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_P_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINOPS[node.op.__class__.__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        parens = not node.simple and isinstance(node.target, Name)
        if parens:
            self.write('(')
        self.traverse(node.target)
        if parens:
            self.write(')')
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.join(', ', node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.join(', ', node.names, self.write)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.join(', ', node.names, self.write)

    def visit_Await(self, node):
        parens = self.parens_needed(_P_AWAIT, node)
        if parens:
            self.write('(')
        self.write('await')
        if node.value:
            self.write(' ')
            self.set_precedence(_P_ATOM, node.value)
            self.traverse(node.value)
        if parens:
            self.write(')')

    def visit_Yield(self, node):
        parens = self.parens_needed(_P_YIELD, node)
        if parens:
            self.write('(')
        self.write('yield')
        if node.value:
            self.write(' ')
            self.set_precedence(_P_ATOM, node.value)
            self.traverse(node.value)
        if parens:
            self.write(')')

    def visit_YieldFrom(self, node):
        parens = self.parens_needed(_P_YIELD, node)
        if parens:
            self.write('(')
        self.write('yield from ')
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.set_precedence(_P_ATOM, node.value)
        self.traverse(node.value)
        if parens:
            self.write(')')

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def _try(self, node, star):
        saved = self._in_try_star
        self._in_try_star = star
        try:
            self.fill('try')
            self.body(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill('else')
                self.body(node.orelse)
            if node.finalbody:
                self.fill('finally')
                self.body(node.finalbody)
        finally:
            self._in_try_star = saved

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        self.body(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill('class ' + node.name)
        has_args = bool(node.bases or node.keywords)
        if has_args:
            self.write('(')
        self.join(', ', node.bases + node.keywords)
        if has_args:
            self.write(')')
        self.open_block()
        self._docstring_and_body(node)
        self.close_block()

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill(keyword + ' ' + node.name)
        self.write('(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.open_block(self.type_comment(node))
        self._docstring_and_body(node)
        self.close_block()

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.fill('else')
            self.body(node.orelse)

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.body(node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.body(node.body)
        if node.orelse:
            self.fill('else')
            self.body(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.body(node.body)
        if node.orelse:
            self.fill('else')
            self.body(node.orelse)

    def visit_With(self, node):
        self.fill('with ')
        self.join(', ', node.items)
        self.body(node.body, self.type_comment(node))

    def visit_AsyncWith(self, node):
        self.fill('async with ')
        self.join(', ', node.items)
        self.body(node.body, self.type_comment(node))

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.open_block()
        for case in node.cases:
            self.traverse(case)
        self.close_block()

    # strings

    def _write_str_avoiding_backslashes(self, string, quote_types=_ALL_QUOTES):
        body, quotes = _quote_string(string, quote_types)
        self.write(quotes[0] + body + quotes[0])

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            saved = self._source
            self._source = []
            self._fstring_inner(node)
            text = ''.join(self._source)
            self._source = saved
            self._write_str_avoiding_backslashes(text)
            return
        # Literal parts may use escapes (`\n`), field parts may not.
        pieces = []
        for value in node.values:
            saved = self._source
            self._source = []
            self._fstring_inner(value)
            pieces.append((''.join(self._source), isinstance(value, Constant)))
            self._source = saved
        quotes = list(_ALL_QUOTES)
        out = []
        for text, literal in pieces:
            text, usable = _quote_string(text, quotes, escape_whitespace=literal)
            out.append(text)
            if set(usable).isdisjoint(quotes):
                # No quote suits every part: each part as repr spells it, in triple quotes.
                quotes = ["'''"]
                out = [repr('"' + t)[2:-1] for t, _ in pieces]
                break
            quotes = usable
        self.write(quotes[0] + ''.join(out) + quotes[0])

    def _fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        self.write('{')
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_next(_P_TEST), node.value)
        text = inner.visit(node.value)
        if '\\' in text:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        if text.startswith('{'):
            self.write(' ')
        self.write(text)
        if node.conversion != -1:
            self.write(f'!{chr(node.conversion)}')
        if node.format_spec:
            self.write(':')
            self._fstring_inner(node.format_spec)
        self.write('}')

    # expressions

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INFSTR)
                       .replace('nan', f'({_INFSTR}-{_INFSTR})'))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.items_view(self._write_constant, value)
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._write_constant(node.value)

    def visit_List(self, node):
        self.write('[')
        self.join(', ', node.elts)
        self.write(']')

    def _comprehension(self, node, opening, closing):
        self.write(opening)
        self.traverse(node.elt)
        for gen in node.generators:
            self.traverse(gen)
        self.write(closing)

    def visit_ListComp(self, node):
        self._comprehension(node, '[', ']')

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '(', ')')

    def visit_SetComp(self, node):
        self._comprehension(node, '{', '}')

    def visit_DictComp(self, node):
        self.write('{')
        self.traverse(node.key)
        self.write(': ')
        self.traverse(node.value)
        for gen in node.generators:
            self.traverse(gen)
        self.write('}')

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_next(_P_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.traverse(cond)

    def visit_IfExp(self, node):
        parens = self.parens_needed(_P_TEST, node)
        if parens:
            self.write('(')
        self.set_precedence(_next(_P_TEST), node.body, node.test)
        self.traverse(node.body)
        self.write(' if ')
        self.traverse(node.test)
        self.write(' else ')
        self.set_precedence(_P_TEST, node.orelse)
        self.traverse(node.orelse)
        if parens:
            self.write(')')

    def visit_Set(self, node):
        if node.elts:
            self.write('{')
            self.join(', ', node.elts)
            self.write('}')
        else:
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_precedence(_P_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        self.write('{')
        self.join(', ', zip(node.keys, node.values), item)
        self.write('}')

    def visit_Tuple(self, node):
        parens = len(node.elts) == 0 or self.precedence(node) > _P_TUPLE
        if parens:
            self.write('(')
        self.items_view(self.traverse, node.elts)
        if parens:
            self.write(')')

    def visit_UnaryOp(self, node):
        symbol, level = _UNARYOPS[node.op.__class__.__name__]
        parens = self.parens_needed(level, node)
        if parens:
            self.write('(')
        self.write(symbol)
        if level != _P_FACTOR:
            self.write(' ')
        self.set_precedence(level, node.operand)
        self.traverse(node.operand)
        if parens:
            self.write(')')

    def visit_BinOp(self, node):
        symbol, level = _BINOPS[node.op.__class__.__name__]
        parens = self.parens_needed(level, node)
        if parens:
            self.write('(')
        if symbol == '**':
            left, right = _next(level), level
        else:
            left, right = level, _next(level)
        self.set_precedence(left, node.left)
        self.traverse(node.left)
        self.write(f' {symbol} ')
        self.set_precedence(right, node.right)
        self.traverse(node.right)
        if parens:
            self.write(')')

    def visit_Compare(self, node):
        parens = self.parens_needed(_P_CMP, node)
        if parens:
            self.write('(')
        self.set_precedence(_next(_P_CMP), node.left, *node.comparators)
        self.traverse(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.write(' ' + _CMPOPS[op.__class__.__name__] + ' ')
            self.traverse(right)
        if parens:
            self.write(')')

    def visit_BoolOp(self, node):
        word, level = _BOOLOPS[node.op.__class__.__name__]
        parens = self.parens_needed(level, node)
        if parens:
            self.write('(')
        for i, value in enumerate(node.values):
            if i:
                self.write(f' {word} ')
            level = _next(level)
            self.set_precedence(level, value)
            self.traverse(value)
        if parens:
            self.write(')')

    def visit_Attribute(self, node):
        self.set_precedence(_P_ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_P_ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.join(', ', node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.set_precedence(_P_ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        s = node.slice
        if isinstance(s, Tuple) and s.elts:
            self.items_view(self.traverse, s.elts)
        else:
            self.traverse(s)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(_P_EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (a, d) in enumerate(zip(positional, defaults), 1):
            if first:
                first = False
            else:
                self.write(', ')
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if first:
                first = False
            else:
                self.write(', ')
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        if node.kwonlyargs:
            for a, d in zip(node.kwonlyargs, node.kw_defaults):
                self.write(', ')
                self.traverse(a)
                if d:
                    self.write('=')
                    self.traverse(d)
        if node.kwarg:
            if not first:
                self.write(', ')
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg)
            self.write('=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        parens = self.parens_needed(_P_TEST, node)
        if parens:
            self.write('(')
        self.write('lambda')
        saved = self._source
        self._source = []
        self.traverse(node.args)
        args = self._source
        self._source = saved
        if args:
            self.write(' ', *args)
        self.write(': ')
        self.set_precedence(_P_TEST, node.body)
        self.traverse(node.body)
        if parens:
            self.write(')')

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.body(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.join(', ', node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        name = node.name
        if name is None:
            name = '_'
        self.write(f'*{name}')

    def visit_MatchMapping(self, node):
        def pair(kp):
            key, pattern = kp
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)
        self.write('{')
        keys = node.keys
        self.join(', ', zip(keys, node.patterns, strict=True), pair)
        if node.rest is not None:
            if keys:
                self.write(', ')
            self.write(f'**{node.rest}')
        self.write('}')

    def visit_MatchClass(self, node):
        self.set_precedence(_P_ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')
        self.join(', ', node.patterns)
        if node.kwd_attrs:
            def attr_pattern(pair):
                attr, pattern = pair
                self.write(f'{attr}=')
                self.traverse(pattern)
            if node.patterns:
                self.write(', ')
            self.join(', ', zip(node.kwd_attrs, node.kwd_patterns, strict=True),
                      attr_pattern)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            parens = self.parens_needed(_P_TEST, node)
            if parens:
                self.write('(')
            self.set_precedence(_P_BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(f' as {node.name}')
            if parens:
                self.write(')')

    def visit_MatchOr(self, node):
        parens = self.parens_needed(_P_BOR, node)
        if parens:
            self.write('(')
        self.set_precedence(_next(_P_BOR), *node.patterns)
        self.join(' | ', node.patterns)
        if parens:
            self.write(')')


def unparse(ast_obj):
    """Python source text that parses to a tree equal to `ast_obj`."""
    return _Unparser().visit(ast_obj)
