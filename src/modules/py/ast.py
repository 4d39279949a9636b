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



# --------------------------------------------------------------------------------------
# Classes kept for old code. `Num(1)` and friends build a Constant; a Constant counts as
# an instance of `Num` when its value is a number (not a bool), and so on.

class _LegacyConstantMeta(type):
    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        accepted = _LEGACY_VALUE_TYPES.get(cls)
        if accepted is None:
            return type.__instancecheck__(cls, inst)
        try:
            value = inst.value
        except AttributeError:
            return False
        wanted, unwanted = accepted
        return isinstance(value, wanted) and not isinstance(value, unwanted)


def _legacy_constructor(cls, *args, **kwargs):
    taken = cls._fields[:len(args)]
    for key in kwargs:
        if key in taken:
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _LEGACY_VALUE_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls)


def _ellipsis_constructor(cls, *args, **kwargs):
    if cls is Ellipsis:
        return Constant(..., *args, **kwargs)
    return Constant.__new__(cls)


def _legacy_class(name, fields, constructor):
    body = {'__module__': 'ast', '__new__': constructor}
    if fields is not None:
        body['_fields'] = fields
    return _LegacyConstantMeta(name, (Constant,), body)


Num = _legacy_class('Num', ('n',), _legacy_constructor)
Str = _legacy_class('Str', ('s',), _legacy_constructor)
Bytes = _legacy_class('Bytes', ('s',), _legacy_constructor)
NameConstant = _legacy_class('NameConstant', None, _legacy_constructor)
Ellipsis = _legacy_class('Ellipsis', (), _ellipsis_constructor)

# class -> (value types it stands for, value types it does not)
_LEGACY_VALUE_TYPES = {
    Num: ((int, float, complex), (bool,)),
    Str: ((str,), ()),
    Bytes: ((bytes,), ()),
    NameConstant: ((type(None), bool), ()),
    Ellipsis: ((type(...),), ()),
}

# The old visitor method a Constant's value used to go to (visit_Num, ...), in the
# order isinstance() is tried for values of other types.
_LEGACY_VISIT = (
    (bool, 'NameConstant'), (type(None), 'NameConstant'), (int, 'Num'), (float, 'Num'),
    (complex, 'Num'), (str, 'Str'), (bytes, 'Bytes'), (type(...), 'Ellipsis'),
)


def _index_constructor(cls, value, **kwargs):
    return value


def _extslice_constructor(cls, dims=(), **kwargs):
    return Tuple(list(dims), Load(), **kwargs)


_UNUSED = "Deprecated AST node class.  Unused in Python 3."
slice = type('slice', (AST,), {'__module__': 'ast',
                               '__doc__': "Deprecated AST node class."})
Index = type('Index', (slice,), {
    '__module__': 'ast', '__new__': _index_constructor,
    '__doc__': "Deprecated AST node class. Use the index value directly instead."})
ExtSlice = type('ExtSlice', (slice,), {
    '__module__': 'ast', '__new__': _extslice_constructor,
    '__doc__': "Deprecated AST node class. Use ast.Tuple instead."})
Suite = type('Suite', (mod,), {'__module__': 'ast', '__doc__': _UNUSED})
AugLoad = type('AugLoad', (expr_context,), {'__module__': 'ast', '__doc__': _UNUSED})
AugStore = type('AugStore', (expr_context,), {'__module__': 'ast', '__doc__': _UNUSED})
Param = type('Param', (expr_context,), {'__module__': 'ast', '__doc__': _UNUSED})
for _f in (_index_constructor, _extslice_constructor, _legacy_constructor,
           _ellipsis_constructor):
    _f.__name__ = '__new__'
del _f, _UNUSED


# --------------------------------------------------------------------------------------
# Parsing (the native converter is handed the classes it builds)

_CLASSES = tuple(globals()[_n] for _n in _node_names())
_SINGLETONS = tuple(globals()[_n]() for _n in _singleton_names())


def _parse_func_type(source, filename):
    """mode='func_type': '(argtypes) -> returns', parsed as two expressions."""
    if not isinstance(source, str):
        source = bytes(source).decode('utf-8')
    nesting = 0
    arrow = None
    for pos, ch in enumerate(source):
        if ch in '([{':
            nesting += 1
        elif ch in ')]}':
            nesting -= 1
        elif nesting == 0 and source.startswith('->', pos):
            arrow = pos
            break
    if arrow is None:
        compile(source + '\n->', filename, 'exec')
        raise SyntaxError('invalid syntax')
    params = source[:arrow]
    params_tree = _parse(params, filename, 'eval', _CLASSES, _SINGLETONS).body
    if params.strip().startswith('(') and isinstance(params_tree, Tuple):
        argtypes = params_tree.elts
    else:
        argtypes = [params_tree]
    # The result type is parsed where it stands: everything before it blanked and
    # the whole put in parentheses keeps the columns of the source.
    blanked = ''.join('\n' if ch == '\n' else ' ' for ch in source[1:arrow + 2])
    result = _parse('(%s%s)' % (blanked, source[arrow + 2:]), filename, 'eval',
                    _CLASSES, _SINGLETONS).body
    return FunctionType(argtypes, result)


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse `source` into a tree of AST nodes, as compile() with PyCF_ONLY_AST."""
    flags = PyCF_ONLY_AST | (PyCF_TYPE_COMMENTS if type_comments else 0)
    if feature_version is None:
        minor = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
    else:
        minor = feature_version
    return compile(source, filename, mode, flags, _feature_version=minor)


# --------------------------------------------------------------------------------------
# literal_eval

def literal_eval(node_or_string):
    """The value of a literal, a container display of literals, or a +/- complex
    sum, given as a string or as a tree."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(" \t"), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _LiteralReader().value_of(tree)


class _LiteralReader:
    def fail(self, node):
        where = getattr(node, 'lineno', None)
        text = "malformed node or string"
        if where:
            text = '%s on line %s' % (text, where)
        raise ValueError('%s: %r' % (text, node))

    def number(self, node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        self.fail(node)

    def signed(self, node):
        if not (isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub))):
            return self.number(node)
        magnitude = self.number(node.operand)
        return -magnitude if isinstance(node.op, USub) else +magnitude

    def value_of(self, node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, (Tuple, List, Set)):
            items = [self.value_of(e) for e in node.elts]
            if isinstance(node, Tuple):
                return tuple(items)
            return items if isinstance(node, List) else set(items)
        if isinstance(node, Call):
            if (isinstance(node.func, Name) and node.func.id == 'set'
                    and node.args == node.keywords == []):
                return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                self.fail(node)
            result = {}
            for k, v in zip(node.keys, node.values):
                key = self.value_of(k)
                result[key] = self.value_of(v)
            return result
        elif isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            real = self.signed(node.left)
            imag = self.number(node.right)
            if isinstance(real, (int, float)) and isinstance(imag, complex):
                return real - imag if isinstance(node.op, Sub) else real + imag
        return self.signed(node)


# --------------------------------------------------------------------------------------
# dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Text showing the tree under `node`, for debugging."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    text, _ = _dump_value(node, 0, annotate_fields, include_attributes, indent)
    return text


def _dump_value(value, depth, annotate, with_attrs, indent):
    """(text, flat): flat when `value` holds no node that has fields of its own."""
    if indent is None:
        open_sep, item_sep = '', ', '
    else:
        depth += 1
        open_sep = '\n' + indent * depth
        item_sep = ',\n' + indent * depth
    if isinstance(value, list):
        if not value:
            return '[]', True
        inner = [_dump_value(v, depth, annotate, with_attrs, indent)[0] for v in value]
        return '[' + open_sep + item_sep.join(inner) + ']', False
    if not isinstance(value, AST):
        return repr(value), True
    cls = type(value)
    shown = []
    flat = True
    keyword = annotate
    names = list(value._fields)
    extra = list(value._attributes) if with_attrs else []
    for pos, name in enumerate(names + extra):
        is_attr = pos >= len(names)
        missing = object()
        field = getattr(value, name, missing)
        if field is missing or (field is None and getattr(cls, name, ...) is None):
            # A field left out forces keywords for the ones after it.
            if not is_attr:
                keyword = True
            continue
        text, simple = _dump_value(field, depth, annotate, with_attrs, indent)
        flat = flat and simple
        shown.append(name + '=' + text if (keyword or is_attr) else text)
    if flat and len(shown) <= 3:
        return '%s(%s)' % (cls.__name__, ', '.join(shown)), not shown
    return '%s(%s%s)' % (cls.__name__, open_sep, item_sep.join(shown)), False


# --------------------------------------------------------------------------------------
# Locations

def copy_location(new_node, old_node):
    """Give `new_node` the location attributes of `old_node`, where both have them."""
    for name in _LOCATION:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        if hasattr(old_node, name):
            value = getattr(old_node, name)
            # An end position may be copied as None; a start position may not.
            if value is None and not name.startswith('end_'):
                continue
            setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Fill in missing locations from the parent node, all through the tree."""
    stack = [(node, (1, 0, 1, 0))]
    while stack:
        current, inherited = stack.pop()
        here = list(inherited)
        for slot, name in enumerate(_LOCATION):
            if name not in current._attributes:
                continue
            if name.startswith('end_'):
                present = getattr(current, name, None) is not None
            else:
                present = hasattr(current, name)
            if present:
                here[slot] = getattr(current, name)
            else:
                setattr(current, name, here[slot])
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            stack.append((child, tuple(here)))
    return node


def increment_lineno(node, n=1):
    """Move `node` and everything under it `n` lines down."""
    for each in walk(node):
        if isinstance(each, TypeIgnore) or 'lineno' in each._attributes:
            each.lineno = getattr(each, 'lineno', 0) + n
        if isinstance(each, TypeIgnore):
            continue
        if 'end_lineno' in each._attributes:
            last = getattr(each, 'end_lineno', 0)
            if last is not None:
                each.end_lineno = last + n
    return node


# --------------------------------------------------------------------------------------
# Walking

def iter_fields(node):
    """(name, value) for each field `node` has."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """The nodes directly under `node`: fields that are nodes, and nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))
        elif isinstance(value, AST):
            yield value


def walk(node):
    """`node` and all the nodes under it, breadth first (in no promised order)."""
    from collections import deque
    queue = deque((node,))
    while queue:
        current = queue.popleft()
        queue.extend(iter_child_nodes(current))
        yield current


def _docstring_constant(node):
    body = node.body
    if body and isinstance(body[0], Expr):
        value = body[0].value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
    return None


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (None if it has none)."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    found = _docstring_constant(node)
    if found is None:
        return None
    if not clean:
        return found.value
    import inspect
    return inspect.cleandoc(found.value)


def _source_lines(source):
    """The lines of `source` with their ends; only \\r\\n, \\n and \\r end a line."""
    out = []
    begin = 0
    pos = 0
    size = len(source)
    while pos < size:
        ch = source[pos]
        pos += 1
        if ch == '\r' and source[pos:pos + 1] == '\n':
            pos += 1
        if ch in '\r\n':
            out.append(source[begin:pos])
            begin = pos
    if begin < size:
        out.append(source[begin:])
    return out


def get_source_segment(source, node, *, padded=False):
    """The part of `source` that `node` came from (None without a full location).
    With padded=True a multi-line segment keeps its first line's indentation."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        top, bottom = node.lineno - 1, node.end_lineno - 1
        start, stop = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    first = lines[top].encode()
    if top == bottom:
        return first[start:stop].decode()
    lead = ''
    if padded:
        lead = ''.join(ch if ch in '\f\t' else ' ' for ch in first[:start].decode())
    pieces = [lead + first[start:].decode()]
    pieces.extend(lines[top + 1:bottom])
    pieces.append(lines[bottom].encode()[:stop].decode())
    return ''.join(pieces)


class NodeVisitor(object):
    """Calls `visit_<class name>` for each node that has such a method, and
    `generic_visit` (which goes on to the children) for the others."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, None)
        if handler is None:
            return self.generic_visit(node)
        return handler(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # A visitor written for the old classes still gets its visit_Num & co.
        value = node.value
        old = None
        for kind, name in _LEGACY_VISIT:
            if type(value) is kind:
                old = name
                break
        if old is None:
            old = next((name for kind, name in _LEGACY_VISIT if isinstance(value, kind)),
                       None)
        if old is not None:
            handler = getattr(self, 'visit_' + old, None)
            if handler is not None:
                import warnings
                warnings.warn(f"visit_{old} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return handler(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor that rebuilds the tree: what a visit method returns replaces
    the node (None removes it; in a list field, a list of nodes is spliced in)."""

    def generic_visit(self, node):
        for name, current in iter_fields(node):
            if isinstance(current, AST):
                replacement = self.visit(current)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
            elif isinstance(current, list):
                rebuilt = []
                for item in current:
                    if not isinstance(item, AST):
                        rebuilt.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        rebuilt.append(result)
                    else:
                        rebuilt.extend(result)
                current[:] = rebuilt
        return node


# --------------------------------------------------------------------------------------
# unparse
#
# Expressions are rendered to strings by `_Unparser.expr(node, context)`, where
# `context` is how tightly the surrounding syntax binds: a node whose own operator binds
# less tightly than that puts itself in parentheses. Statements append lines.

_HUGE = "1e" + repr(sys.float_info.max_10_exp + 1)   # a literal that reads as inf
_TRIPLE = ('"""', "'''")
_QUOTES = ("'", '"') + _TRIPLE

# Binding strengths, loosest first.
_B_WALRUS, _B_TUPLE, _B_YIELD, _B_TEST, _B_OR, _B_AND, _B_NOT, _B_CMP, _B_BOR, \
    _B_BXOR, _B_BAND, _B_SHIFT, _B_ARITH, _B_TERM, _B_FACTOR, _B_POWER, _B_AWAIT, \
    _B_ATOM = range(18)


def _tighter(level):
    return min(level + 1, _B_ATOM)


_OPERATORS = {
    # class name: (text, binding strength)
    'Add': ('+', _B_ARITH), 'Sub': ('-', _B_ARITH), 'Mult': ('*', _B_TERM),
    'MatMult': ('@', _B_TERM), 'Div': ('/', _B_TERM), 'Mod': ('%', _B_TERM),
    'FloorDiv': ('//', _B_TERM), 'Pow': ('**', _B_POWER), 'LShift': ('<<', _B_SHIFT),
    'RShift': ('>>', _B_SHIFT), 'BitOr': ('|', _B_BOR), 'BitXor': ('^', _B_BXOR),
    'BitAnd': ('&', _B_BAND),
    'Invert': ('~', _B_FACTOR), 'UAdd': ('+', _B_FACTOR), 'USub': ('-', _B_FACTOR),
    'Not': ('not ', _B_NOT),
    'And': (' and ', _B_AND), 'Or': (' or ', _B_OR),
    'Eq': ('==', None), 'NotEq': ('!=', None), 'Lt': ('<', None), 'LtE': ('<=', None),
    'Gt': ('>', None), 'GtE': ('>=', None), 'Is': ('is', None), 'IsNot': ('is not', None),
    'In': ('in', None), 'NotIn': ('not in', None),
}


def _escape_for_literal(text, keep_newlines_tabs):
    chars = []
    for ch in text:
        if ch in '\n\t' and keep_newlines_tabs:
            chars.append(ch)
        elif ch == '\\' or not ch.isprintable():
            chars.append(ch.encode('unicode_escape').decode('ascii'))
        else:
            chars.append(ch)
    return ''.join(chars)


def _choose_quotes(text, allowed, escape_whitespace=False):
    """Escape `text` for a string literal and find the quotes (among `allowed`) that
    can enclose it, best first: (escaped body, usable quotes)."""
    body = _escape_for_literal(text, not escape_whitespace)
    usable = [q for q in allowed if q not in body and (q in _TRIPLE or '\n' not in body)]
    if not usable:
        spelled = repr(text)
        fallback = [q for q in allowed if spelled[0] in q]
        return spelled[1:-1], [fallback[0] if fallback else spelled[0]]
    if body:
        # Prefer quotes whose character differs from the last one of the text; a
        # triple quote may need that last character escaped.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _Unparser:
    def __init__(self, in_fstring=False):
        self.out = []
        self.depth = 0
        self.in_fstring = in_fstring      # no backslashes allowed in what is made
        self.star_except = False
        self.ignores = {}

    # -- output ------------------------------------------------------------------

    def render(self, node):
        self.out = []
        self.emit(node)
        return ''.join(self.out)

    def line(self, text=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.depth + text)

    def gap(self):
        if self.out:
            self.out.append('\n')

    def suite(self, statements, trailer=None):
        self.out.append(':')
        if trailer:
            self.out.append(trailer)
        self.depth += 1
        self.emit(statements)
        self.depth -= 1

    def emit(self, node):
        """Append `node` (a statement, a list of them, or anything else) to the output."""
        if isinstance(node, list):
            for item in node:
                self.emit(item)
            return
        writer = getattr(self, 'stmt_' + node.__class__.__name__, None)
        if writer is not None:
            writer(node)
        elif hasattr(self, 'expr_' + node.__class__.__name__):
            self.out.append(self.expr(node))
        else:
            # A node without a rule of its own: its children are visited, and as in
            # CPython each such visit starts the output afresh.
            for child in iter_child_nodes(node):
                self.out = []
                self.emit(child)

    def expr(self, node, context=_B_TEST):
        renderer = getattr(self, 'expr_' + node.__class__.__name__, None)
        if renderer is None:
            saved, self.out = self.out, []
            try:
                self.emit(node)
                return ''.join(self.out)
            finally:
                self.out = saved
        return renderer(node, context)

    def listing(self, nodes, context=_B_TEST, sep=', '):
        return sep.join([self.expr(n, context) for n in nodes])

    def comment_for(self, node):
        note = self.ignores.get(node.lineno) or node.type_comment
        return None if note is None else ' # type: ' + note

    # -- statements ----------------------------------------------------------------

    def docstring_then_body(self, node):
        doc = None
        if isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
            doc = _docstring_constant(node)
        if doc is None:
            self.emit(node.body)
            return
        self.line('u' if doc.kind == 'u' else '')
        self.out.append(self.quoted(doc.value, _TRIPLE))
        self.emit(node.body[1:])

    def stmt_Module(self, node):
        self.ignores = {ig.lineno: 'ignore' + ig.tag for ig in node.type_ignores}
        self.docstring_then_body(node)
        self.ignores.clear()

    def stmt_FunctionType(self, node):
        self.out.append('(%s) -> %s' % (self.listing(node.argtypes),
                                        self.expr(node.returns)))

    def stmt_Expr(self, node):
        self.line(self.expr(node.value, _B_YIELD))

    def stmt_Import(self, node):
        self.line('import ' + self.listing(node.names))

    def stmt_ImportFrom(self, node):
        self.line('from %s%s import %s' % ('.' * (node.level or 0), node.module or '',
                                           self.listing(node.names)))

    def stmt_Assign(self, node):
        text = ''.join([self.expr(t, _B_TUPLE) + ' = ' for t in node.targets])
        self.line(text + self.expr(node.value))
        note = self.comment_for(node)
        if note:
            self.out.append(note)

    def stmt_AugAssign(self, node):
        symbol = _OPERATORS[node.op.__class__.__name__][0]
        self.line('%s %s= %s' % (self.expr(node.target), symbol, self.expr(node.value)))

    def stmt_AnnAssign(self, node):
        target = self.expr(node.target)
        if not node.simple and isinstance(node.target, Name):
            target = '(' + target + ')'
        text = target + ': ' + self.expr(node.annotation)
        if node.value:
            text += ' = ' + self.expr(node.value)
        self.line(text)

    def stmt_Return(self, node):
        self.line('return' + (' ' + self.expr(node.value) if node.value else ''))

    def stmt_Pass(self, node):
        self.line('pass')

    def stmt_Break(self, node):
        self.line('break')

    def stmt_Continue(self, node):
        self.line('continue')

    def stmt_Delete(self, node):
        self.line('del ' + self.listing(node.targets))

    def stmt_Assert(self, node):
        text = 'assert ' + self.expr(node.test)
        if node.msg:
            text += ', ' + self.expr(node.msg)
        self.line(text)

    def stmt_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def stmt_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def stmt_Raise(self, node):
        if not node.exc:
            self.line('raise')
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        text = 'raise ' + self.expr(node.exc)
        if node.cause:
            text += ' from ' + self.expr(node.cause)
        self.line(text)

    def try_statement(self, node, star):
        outer = self.star_except
        self.star_except = star
        try:
            self.line('try')
            self.suite(node.body)
            self.emit(node.handlers)
            for word, block in (('else', node.orelse), ('finally', node.finalbody)):
                if block:
                    self.line(word)
                    self.suite(block)
        finally:
            self.star_except = outer

    def stmt_Try(self, node):
        self.try_statement(node, False)

    def stmt_TryStar(self, node):
        self.try_statement(node, True)

    def stmt_ExceptHandler(self, node):
        text = 'except*' if self.star_except else 'except'
        if node.type:
            text += ' ' + self.expr(node.type)
        if node.name:
            text += ' as ' + node.name
        self.line(text)
        self.suite(node.body)

    def decorators(self, node):
        self.gap()
        for deco in node.decorator_list:
            self.line('@' + self.expr(deco))

    def stmt_ClassDef(self, node):
        self.decorators(node)
        head = 'class ' + node.name
        if node.bases or node.keywords:
            head += '(' + self.listing(node.bases + node.keywords) + ')'
        self.line(head)
        self.out.append(':')
        self.depth += 1
        self.docstring_then_body(node)
        self.depth -= 1

    def function(self, node, word):
        self.decorators(node)
        head = '%s %s(%s)' % (word, node.name, self.expr(node.args))
        if node.returns:
            head += ' -> ' + self.expr(node.returns)
        self.line(head)
        self.out.append(':')
        note = self.comment_for(node)
        if note:
            self.out.append(note)
        self.depth += 1
        self.docstring_then_body(node)
        self.depth -= 1

    def stmt_FunctionDef(self, node):
        self.function(node, 'def')

    def stmt_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def loop(self, node, word):
        self.line('%s %s in %s' % (word, self.expr(node.target, _B_TUPLE),
                                   self.expr(node.iter)))
        self.suite(node.body, self.comment_for(node))
        self.else_part(node.orelse)

    def else_part(self, block):
        if block:
            self.line('else')
            self.suite(block)

    def stmt_For(self, node):
        self.loop(node, 'for')

    def stmt_AsyncFor(self, node):
        self.loop(node, 'async for')

    def stmt_If(self, node):
        word = 'if'
        while True:
            self.line(word + ' ' + self.expr(node.test))
            self.suite(node.body)
            rest = node.orelse
            if len(rest) == 1 and isinstance(rest[0], If):
                node = rest[0]
                word = 'elif'
                continue
            self.else_part(rest)
            return

    def stmt_While(self, node):
        self.line('while ' + self.expr(node.test))
        self.suite(node.body)
        self.else_part(node.orelse)

    def with_statement(self, node, word):
        self.line(word + ' ' + self.listing(node.items))
        self.suite(node.body, self.comment_for(node))

    def stmt_With(self, node):
        self.with_statement(node, 'with')

    def stmt_AsyncWith(self, node):
        self.with_statement(node, 'async with')

    def stmt_Match(self, node):
        self.line('match ' + self.expr(node.subject))
        self.out.append(':')
        self.depth += 1
        self.emit(node.cases)
        self.depth -= 1

    def stmt_match_case(self, node):
        text = 'case ' + self.expr(node.pattern)
        if node.guard:
            text += ' if ' + self.expr(node.guard)
        self.line(text)
        self.suite(node.body)

    # -- strings -------------------------------------------------------------------

    def quoted(self, text, allowed=_QUOTES):
        body, usable = _choose_quotes(text, allowed)
        return usable[0] + body + usable[0]

    def constant_text(self, value):
        if isinstance(value, (float, complex)):
            spelled = repr(value).replace('inf', _HUGE)
            return spelled.replace('nan', '(%s-%s)' % (_HUGE, _HUGE))
        if self.in_fstring and isinstance(value, str):
            return self.quoted(value)
        return repr(value)

    def fstring_body(self, node):
        """The text inside an f-string's quotes for one of its parts."""
        if isinstance(node, JoinedStr):
            return ''.join([self.fstring_body(v) for v in node.values])
        if isinstance(node, FormattedValue):
            return self.expr_FormattedValue(node, _B_TEST)
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node.value.replace('{', '{{').replace('}', '}}')
        raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def expr_JoinedStr(self, node, context):
        if self.in_fstring:
            return 'f' + self.quoted(self.fstring_body(node))
        parts = [(self.fstring_body(v), isinstance(v, Constant)) for v in node.values]
        allowed = list(_QUOTES)
        bodies = []
        for text, literal in parts:
            body, usable = _choose_quotes(text, allowed, escape_whitespace=literal)
            if not set(usable) & set(allowed):
                # No quote fits every part: spell each part as repr would, in '''.
                allowed = ["'''"]
                bodies = [repr('"' + t)[2:-1] for t, _ in parts]
                break
            bodies.append(body)
            allowed = usable
        return 'f' + allowed[0] + ''.join(bodies) + allowed[0]

    def expr_FormattedValue(self, node, context):
        inner = _Unparser(in_fstring=True).expr(node.value, _tighter(_B_TEST))
        if '\\' in inner:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        text = '{' + (' ' if inner.startswith('{') else '') + inner
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        if node.format_spec:
            text += ':' + self.fstring_body(node.format_spec)
        return text + '}'

    # -- expressions ---------------------------------------------------------------

    @staticmethod
    def wrap(text, own, context):
        return '(' + text + ')' if context > own else text

    def expr_Name(self, node, context):
        return node.id

    def expr_Constant(self, node, context):
        value = node.value
        if isinstance(value, tuple):
            items = [self.constant_text(v) for v in value]
            return '(' + (items[0] + ',' if len(items) == 1 else ', '.join(items)) + ')'
        if value is ...:
            return '...'
        return ('u' if node.kind == 'u' else '') + self.constant_text(value)

    def expr_NamedExpr(self, node, context):
        text = self.expr(node.target, _B_ATOM) + ' := ' + self.expr(node.value, _B_ATOM)
        return self.wrap(text, _B_WALRUS, context)

    def expr_Await(self, node, context):
        text = 'await'
        if node.value:
            text += ' ' + self.expr(node.value, _B_ATOM)
        return self.wrap(text, _B_AWAIT, context)

    def expr_Yield(self, node, context):
        text = 'yield'
        if node.value:
            text += ' ' + self.expr(node.value, _B_ATOM)
        return self.wrap(text, _B_YIELD, context)

    def expr_YieldFrom(self, node, context):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return self.wrap('yield from ' + self.expr(node.value, _B_ATOM), _B_YIELD,
                         context)

    def expr_List(self, node, context):
        return '[' + self.listing(node.elts) + ']'

    def expr_Tuple(self, node, context):
        elts = node.elts
        text = self.listing(elts) + (',' if len(elts) == 1 else '')
        if not elts or context > _B_TUPLE:
            return '(' + text + ')'
        return text

    def expr_Set(self, node, context):
        return '{' + self.listing(node.elts) + '}' if node.elts else '{*()}'

    def expr_Dict(self, node, context):
        entries = []
        for key, value in zip(node.keys, node.values):
            if key is None:
                entries.append('**' + self.expr(value, _B_BOR))
            else:
                entries.append(self.expr(key) + ': ' + self.expr(value))
        return '{' + ', '.join(entries) + '}'

    def generators(self, node):
        return ''.join([self.expr(g) for g in node.generators])

    def expr_ListComp(self, node, context):
        return '[' + self.expr(node.elt) + self.generators(node) + ']'

    def expr_SetComp(self, node, context):
        return '{' + self.expr(node.elt) + self.generators(node) + '}'

    def expr_GeneratorExp(self, node, context):
        return '(' + self.expr(node.elt) + self.generators(node) + ')'

    def expr_DictComp(self, node, context):
        return '{%s: %s%s}' % (self.expr(node.key), self.expr(node.value),
                               self.generators(node))

    def expr_comprehension(self, node, context):
        text = ' async for ' if node.is_async else ' for '
        text += self.expr(node.target, _B_TUPLE) + ' in '
        text += self.expr(node.iter, _B_OR)
        for cond in node.ifs:
            text += ' if ' + self.expr(cond, _B_OR)
        return text

    def expr_IfExp(self, node, context):
        text = '%s if %s else %s' % (self.expr(node.body, _B_OR),
                                     self.expr(node.test, _B_OR),
                                     self.expr(node.orelse, _B_TEST))
        return self.wrap(text, _B_TEST, context)

    def expr_UnaryOp(self, node, context):
        symbol, own = _OPERATORS[node.op.__class__.__name__]
        return self.wrap(symbol + self.expr(node.operand, own), own, context)

    def expr_BinOp(self, node, context):
        symbol, own = _OPERATORS[node.op.__class__.__name__]
        # ** groups to the right, everything else to the left.
        left, right = (_tighter(own), own) if symbol == '**' else (own, _tighter(own))
        text = '%s %s %s' % (self.expr(node.left, left), symbol,
                             self.expr(node.right, right))
        return self.wrap(text, own, context)

    def expr_Compare(self, node, context):
        operand = _tighter(_B_CMP)
        pieces = [self.expr(node.left, operand)]
        for op, right in zip(node.ops, node.comparators):
            pieces.append(_OPERATORS[op.__class__.__name__][0])
            pieces.append(self.expr(right, operand))
        return self.wrap(' '.join(pieces), _B_CMP, context)

    def expr_BoolOp(self, node, context):
        word, own = _OPERATORS[node.op.__class__.__name__]
        pieces = []
        level = own
        for value in node.values:
            # Each operand binds one step tighter than the one before it.
            level = _tighter(level)
            pieces.append(self.expr(value, level))
        return self.wrap(word.join(pieces), own, context)

    def expr_Attribute(self, node, context):
        base = self.expr(node.value, _B_ATOM)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            base += ' '        # 1 .real, not 1.real
        return base + '.' + node.attr

    def expr_Call(self, node, context):
        return '%s(%s)' % (self.expr(node.func, _B_ATOM),
                           self.listing(node.args + node.keywords))

    def expr_Subscript(self, node, context):
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            inside = self.listing(index.elts) + (',' if len(index.elts) == 1 else '')
        else:
            inside = self.expr(index)
        return self.expr(node.value, _B_ATOM) + '[' + inside + ']'

    def expr_Starred(self, node, context):
        return '*' + self.expr(node.value, _B_BOR)

    def expr_Slice(self, node, context):
        text = self.expr(node.lower) if node.lower else ''
        text += ':'
        if node.upper:
            text += self.expr(node.upper)
        if node.step:
            text += ':' + self.expr(node.step)
        return text

    def expr_arg(self, node, context):
        if node.annotation:
            return node.arg + ': ' + self.expr(node.annotation)
        return node.arg

    def expr_arguments(self, node, context):
        pieces = []
        ordered = node.posonlyargs + node.args
        defaults = [None] * (len(ordered) - len(node.defaults)) + node.defaults
        for pos, (param, default) in enumerate(zip(ordered, defaults)):
            text = self.expr(param)
            if default:
                text += '=' + self.expr(default)
            pieces.append(text)
            if pos + 1 == len(node.posonlyargs):
                pieces.append('/')
        if node.vararg or node.kwonlyargs:
            star = '*'
            if node.vararg:
                star += node.vararg.arg
                if node.vararg.annotation:
                    star += ': ' + self.expr(node.vararg.annotation)
            pieces.append(star)
        for param, default in zip(node.kwonlyargs, node.kw_defaults):
            text = self.expr(param)
            if default:
                text += '=' + self.expr(default)
            pieces.append(text)
        if node.kwarg:
            text = '**' + node.kwarg.arg
            if node.kwarg.annotation:
                text += ': ' + self.expr(node.kwarg.annotation)
            pieces.append(text)
        return ', '.join(pieces)

    def expr_keyword(self, node, context):
        prefix = '**' if node.arg is None else node.arg + '='
        return prefix + self.expr(node.value)

    def expr_Lambda(self, node, context):
        params = self.expr(node.args)
        text = 'lambda' + (' ' + params if params else '') + ': '
        return self.wrap(text + self.expr(node.body, _B_TEST), _B_TEST, context)

    def expr_alias(self, node, context):
        return node.name + (' as ' + node.asname if node.asname else '')

    def expr_withitem(self, node, context):
        text = self.expr(node.context_expr)
        if node.optional_vars:
            text += ' as ' + self.expr(node.optional_vars)
        return text

    # -- patterns ------------------------------------------------------------------

    def expr_MatchValue(self, node, context):
        return self.expr(node.value)

    def expr_MatchSingleton(self, node, context):
        return self.constant_text(node.value)

    def expr_MatchSequence(self, node, context):
        return '[' + self.listing(node.patterns) + ']'

    def expr_MatchStar(self, node, context):
        return '*' + ('_' if node.name is None else node.name)

    def expr_MatchMapping(self, node, context):
        entries = ['%s: %s' % (self.expr(k), self.expr(p))
                   for k, p in zip(node.keys, node.patterns, strict=True)]
        if node.rest is not None:
            entries.append('**' + node.rest)
        return '{' + ', '.join(entries) + '}'

    def expr_MatchClass(self, node, context):
        entries = [self.expr(p) for p in node.patterns]
        if node.kwd_attrs:
            entries += ['%s=%s' % (attr, self.expr(p)) for attr, p in
                        zip(node.kwd_attrs, node.kwd_patterns, strict=True)]
        return self.expr(node.cls, _B_ATOM) + '(' + ', '.join(entries) + ')'

    def expr_MatchAs(self, node, context):
        if node.name is None:
            return '_'
        if node.pattern is None:
            return node.name
        text = self.expr(node.pattern, _B_BOR) + ' as ' + node.name
        return self.wrap(text, _B_TEST, context)

    def expr_MatchOr(self, node, context):
        text = self.listing(node.patterns, _tighter(_B_BOR), ' | ')
        return self.wrap(text, _B_BOR, context)


def unparse(ast_obj):
    """Source code that parses back into a tree equal to `ast_obj`."""
    return _Unparser().render(ast_obj)
