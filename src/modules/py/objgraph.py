# refpy's objgraph module: the API of the objgraph package (3.6), written for
# refpy on top of its gc module (get_objects, get_referents, get_referrers).
# Counting, growth and leak finding read the collector's lists; the chain
# finders walk references breadth first; show_refs / show_backrefs write a DOT
# graph, or an SVG laid out here (graphviz is not needed). Node names in the DOT
# text are numbered in the order the walk found them, and addresses are left
# out of labels, so the same heap gives the same file. `_why` serves the REPL's
# %why / %refs.

import gc
import sys

__version__ = '3.6.1'

def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    cls = type(obj)
    module = getattr(cls, '__module__', None)
    return cls.__name__ if not module else module + '.' + cls.__name__


def _matcher(typename):
    name_of = _long_typename if '.' in typename else _short_typename
    return lambda obj: name_of(obj) == typename


def count(typename, objects=None):
    """How many objects of type `typename` (a short or module-qualified name) are tracked."""
    if objects is None:
        objects = gc.get_objects()
    matches = _matcher(typename)
    n = 0
    for obj in objects:
        if matches(obj):
            n += 1
    return n


def typestats(objects=None, shortnames=True, filter=None):
    """A dict from type name to the number of tracked objects of that type."""
    if objects is None:
        objects = gc.get_objects()
    name_of = _short_typename if shortnames else _long_typename
    stats = {}
    for obj in objects:
        if filter is not None and not filter(obj):
            continue
        name = name_of(obj)
        stats[name] = stats.get(name, 0) + 1
    return stats


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    """The `limit` most common types, as (name, count) pairs, most common first."""
    stats = sorted(typestats(objects, shortnames=shortnames, filter=filter).items(),
                   key=lambda item: item[1], reverse=True)
    if limit:
        stats = stats[:limit]
    return stats


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None, filter=None):
    """Prints `most_common_types`, one `name count` line each."""
    if file is None:
        file = sys.stdout
    stats = most_common_types(limit, objects, shortnames=shortnames, filter=filter)
    width = max([len(name) for name, n in stats])
    for name, n in stats:
        file.write('%-*s %i\n' % (width, name, n))


def growth(limit=10, peak_stats={}, shortnames=True, filter=None):
    """Types whose count grew past its peak in `peak_stats` (updated), as (name, count,
    delta), largest growth first. Collects garbage first."""
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    deltas = {}
    for name, n in stats.items():
        old = peak_stats.get(name, 0)
        if n > old:
            deltas[name] = n - old
            peak_stats[name] = n
    ranked = sorted(deltas.items(), key=lambda item: item[1], reverse=True)
    if limit:
        ranked = ranked[:limit]
    return [(name, stats[name], delta) for name, delta in ranked]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None, filter=None):
    """Prints `growth` (with a module-wide peak table unless one is given)."""
    if peak_stats is None:
        # growth's own default table, as objgraph shares it between the two.
        result = growth(limit, shortnames=shortnames, filter=filter)
    else:
        result = growth(limit, peak_stats, shortnames, filter)
    if result:
        if file is None:
            file = sys.stdout
        width = max([len(name) for name, n, d in result])
        for name, n, delta in result:
            file.write('%-*s%9d %+9d\n' % (width, name, n, delta))


def get_leaking_objects(objects=None):
    """Tracked objects that no tracked object refers to (after a collection): roots kept
    alive by something the collector cannot see, such as a leaked reference."""
    if objects is None:
        gc.collect()
        objects = gc.get_objects()
    unreferred = set([id(obj) for obj in objects])
    for obj in objects:
        for ref in gc.get_referents(obj):
            unreferred.discard(id(ref))
    return [obj for obj in objects if id(obj) in unreferred]


def by_type(typename, objects=None):
    """The tracked objects of type `typename`."""
    if objects is None:
        objects = gc.get_objects()
    matches = _matcher(typename)
    return [obj for obj in objects if matches(obj)]


def at(addr):
    """The tracked object whose id() is `addr`, or None."""
    for obj in gc.get_objects():
        if id(obj) == addr:
            return obj
    return None


def at_addrs(address_set):
    """The tracked objects whose id() is in `address_set`."""
    return [obj for obj in gc.get_objects() if id(obj) in address_set]


def is_proper_module(obj):
    """Whether `obj` is a module that sys.modules knows under its name."""
    return (type(obj) is type(sys)
            and sys.modules.get(getattr(obj, '__name__', None)) is obj)


def _find_chain(obj, predicate, edges, max_depth, extra_ignore):
    # Breadth first from obj along `edges`; returns [found, ..., obj], or [obj].
    queue = [obj]
    depth = {id(obj): 0}
    parent = {id(obj): None}
    ignore = set(extra_ignore)
    for own in (extra_ignore, queue, depth, parent, ignore):
        ignore.add(id(own))
    gc.collect()
    head = 0
    while head < len(queue):
        target = queue[head]
        head += 1
        if predicate(target):
            chain = [target]
            while parent[id(target)] is not None:
                target = parent[id(target)]
                chain.append(target)
            return chain
        level = depth[id(target)]
        if level < max_depth:
            found = edges(target)
            ignore.add(id(found))
            for source in found:
                if id(source) in ignore or id(source) in depth:
                    continue
                depth[id(source)] = level + 1
                parent[id(source)] = target
                queue.append(source)
    return [obj]


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """The shortest chain of referrers from an object satisfying `predicate` down to `obj`:
    [found, ..., obj]; [obj] if there is none within `max_depth`."""
    return _find_chain(obj, predicate, gc.get_referrers, max_depth, extra_ignore)


def find_ref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """The shortest chain of references from `obj` to an object satisfying `predicate`:
    [obj, ..., found]; [obj] if there is none within `max_depth`."""
    return _find_chain(obj, predicate, gc.get_referents, max_depth, extra_ignore)[::-1]


# ---- graphs ----

def _strip_addresses(text):
    # '<Foo object at 0x7f..>' -> '<Foo object>': labels stay the same from run to run.
    while True:
        at = text.find(' at 0x')
        if at < 0:
            return text
        end = at + 6
        while end < len(text) and text[end] in '0123456789abcdefABCDEF':
            end += 1
        text = text[:at] + text[end:]


def _describe(obj):
    if isinstance(obj, (dict, list, tuple, set, frozenset)):
        return '%d items' % len(obj)
    if isinstance(obj, type) or type(obj) is type(sys):
        return obj.__name__
    if type(obj) is type(_describe):
        return obj.__name__
    try:
        text = repr(obj)
    except Exception:
        text = '(unrepresentable)'
    text = _strip_addresses(text)
    return text if len(text) <= 40 else text[:40]


def _label(obj, extra_info, refcounts, shortnames):
    name = _short_typename(obj) if shortnames else _long_typename(obj)
    label = name + '\n' + _describe(obj)
    if refcounts:
        # Minus the references this module holds while it draws.
        label += '\n%d' % (sys.getrefcount(obj) - 4)
    if extra_info is not None:
        label += '\n' + str(extra_info(obj))
    return label


def _edge_label(source, target):
    # Dict keys and module namespaces, as objgraph labels them, and instance attributes
    # (read natively: vars() would materialize the instance's __dict__).
    if isinstance(source, dict):
        for key, value in source.items():
            if value is target and isinstance(key, str):
                return key
    elif type(source) is type(sys):
        return '__dict__'
    return _attr_name(source, target)


def _quote(text):
    return ('"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
            + '"')


class _Graph:
    """The objects a walk reached, numbered in order, with their depths, and per object
    the edges drawn to its neighbours and how many neighbours were left out."""

    def __init__(self, max_depth):
        self.max_depth = max_depth
        self.nodes = []
        self.number = {}
        self.depth = []
        self.edges = []
        self.skipped = []


def _walk(objs, neighbours_of, backwards, max_depth, extra_ignore, filter, too_many):
    graph = _Graph(max_depth)
    ignore = set(extra_ignore)
    for own in (extra_ignore, ignore, graph, graph.nodes, graph.number, graph.depth,
                graph.edges, graph.skipped, objs):
        ignore.add(id(own))

    def add(obj, depth):
        graph.number[id(obj)] = len(graph.nodes)
        graph.nodes.append(obj)
        graph.depth.append(depth)
        graph.edges.append([])
        graph.skipped.append(0)

    for obj in objs:
        if id(obj) not in graph.number:
            add(obj, 0)
    head = 0
    while head < len(graph.nodes):
        obj = graph.nodes[head]
        here = head
        head += 1
        if graph.depth[here] >= max_depth:
            continue
        found = neighbours_of(obj)
        ignore.add(id(found))
        wanted = [other for other in found
                  if id(other) not in ignore and (filter is None or filter(other))]
        ignore.add(id(wanted))
        if len(wanted) > too_many:
            graph.skipped[here] = len(wanted) - too_many
            wanted = wanted[:too_many]
        for other in wanted:
            if id(other) not in graph.number:
                add(other, graph.depth[here] + 1)
            there = graph.number[id(other)]
            if backwards:
                graph.edges[here].append((there, _edge_label(other, obj)))
            else:
                graph.edges[here].append((there, _edge_label(obj, other)))
    return graph


def _shade(graph, depth):
    return round(1 - 0.7 * depth / max(graph.max_depth, 1), 6)


def _dot(graph, backwards, highlight, extra_info, refcounts, shortnames,
         extra_node_attrs):
    # objgraph's order: each object's attributes, then its edges, in the order found.
    lines = ['digraph ObjectGraph {',
             '  node[shape=box, style=filled, fillcolor=white];']
    for i, obj in enumerate(graph.nodes):
        name = 'o%d' % (i + 1)
        if graph.depth[i] == 0:
            lines.append('  %s[fontcolor=red];' % name)
        lines.append('  %s[label=%s];' % (name, _quote(_label(obj, extra_info, refcounts,
                                                                shortnames))))
        shade = _shade(graph, graph.depth[i])
        if is_proper_module(obj):
            lines.append('  %s[fillcolor="0.3,1,0.3"];' % name)
            lines.append('  %s[fontcolor=white];' % name)
        elif highlight is not None and highlight(obj):
            lines.append('  %s[fillcolor="0.6,0.3,%g"];' % (name, shade))
        else:
            lines.append('  %s[fillcolor="0,0,%g"];' % (name, shade))
            if shade < 0.5:
                lines.append('  %s[fontcolor=white];' % name)
        if extra_node_attrs is not None:
            for key, value in extra_node_attrs(obj).items():
                lines.append('  %s[%s=%s];' % (name, key, _quote(str(value))))
        for there, label in graph.edges[i]:
            ends = ('o%d' % (there + 1), name) if backwards else (name, 'o%d' % (there + 1))
            if label is None:
                lines.append('  %s -> %s;' % ends)
            else:
                weight = 10 if label == '__dict__' else 2
                lines.append('  %s -> %s [label=%s,weight=%d];' % (ends + (_quote(label),
                                                                      weight)))
        if graph.skipped[i]:
            more = 'too_many_' + name
            ends = (more, name) if backwards else (name, more)
            lines.append('  %s->%s[color=red,style=dotted,len=0.25,weight=10];' % ends)
            lines.append('  %s[label="%d more %s",shape=box,height=0.25,color=red,'
                         'fillcolor="0,1,%g",fontsize=6];'
                         % (more, graph.skipped[i],
                            'backreferences' if backwards else 'references',
                            _shade(graph, graph.depth[i] + 1)))
            lines.append('  %s[fontcolor=white];' % more)
    lines.append('}')
    return '\n'.join(lines) + '\n'


def _xml(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace(
        '"', '&quot;')


def _svg(graph, backwards, extra_info, refcounts, shortnames):
    # Layered layout: one row per depth (roots at the top for show_refs, at the bottom for
    # show_backrefs), nodes in the order found, straight edges between box borders.
    char_w, line_h, pad, gap_x, gap_y = 7, 15, 6, 24, 56
    rows = {}
    for i, d in enumerate(graph.depth):
        rows.setdefault(d, []).append(i)
    deepest = max(graph.depth) if graph.depth else 0
    boxes = {}
    width = 0
    y = 10
    order = range(deepest, -1, -1) if backwards else range(deepest + 1)
    for d in order:
        x = 10
        row_h = 0
        for i in rows.get(d, []):
            lines = _label(graph.nodes[i], extra_info, refcounts, shortnames).split('\n')
            w = max([len(line) for line in lines]) * char_w + 2 * pad
            h = len(lines) * line_h + 2 * pad
            boxes[i] = (x, y, w, h, lines)
            x += w + gap_x
            row_h = max(row_h, h)
        width = max(width, x)
        y += row_h + gap_y
    height = y
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="monospace" font-size="12">' % (width, height),
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
           'markerWidth="8" markerHeight="8" orient="auto">'
           '<path d="M0,0 L10,5 L0,10 z" fill="#334155"/></marker></defs>']
    drawn = []
    for source in range(len(graph.nodes)):
        for target, label in graph.edges[source]:
            if backwards:
                drawn.append((target, source, label))
            else:
                drawn.append((source, target, label))
    for source, target, label in drawn:
        sx, sy, sw, sh, _ = boxes[source]
        tx, ty, tw, th, _ = boxes[target]
        x1, x2 = sx + sw / 2, tx + tw / 2
        if ty > sy:
            y1, y2 = sy + sh, ty
        elif ty < sy:
            y1, y2 = sy, ty + th
        else:
            y1, y2 = sy + sh, ty + th
        out.append('<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="#334155" '
                   'marker-end="url(#arrow)"/>' % (x1, y1, x2, y2))
        if label is not None:
            out.append('<text x="%g" y="%g" fill="#7c3aed">%s</text>'
                       % ((x1 + x2) / 2 + 3, (y1 + y2) / 2, _xml(label)))
    for i in range(len(graph.nodes)):
        x, y, w, h, lines = boxes[i]
        fill = '#bbf7d0' if is_proper_module(graph.nodes[i]) else '#ffffff'
        stroke = '#dc2626' if graph.depth[i] == 0 else '#334155'
        out.append('<rect x="%g" y="%g" width="%g" height="%g" rx="4" fill="%s" '
                   'stroke="%s"/>' % (x, y, w, h, fill, stroke))
        for k, line in enumerate(lines):
            out.append('<text x="%g" y="%g">%s</text>'
                       % (x + pad, y + pad + (k + 1) * line_h - 4, _xml(line)))
    out.append('</svg>')
    return '\n'.join(out) + '\n'


_graph_files = [0]


def _show_graph(objs, edges, backwards, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames, output,
                extra_node_attrs):
    if not isinstance(objs, (list, tuple)):
        objs = [objs]
    graph = _walk(objs, edges, backwards, max_depth, extra_ignore, filter, too_many)
    n = len(graph.nodes)
    if filename is not None and filename.endswith('.svg'):
        text = _svg(graph, backwards, extra_info, refcounts, shortnames)
        with open(filename, 'w') as f:
            f.write(text)
        print('Image generated as %s' % filename)
        return
    text = _dot(graph, backwards, highlight, extra_info, refcounts, shortnames,
                extra_node_attrs)
    if output is not None:
        output.write(text)
        return
    if filename is None:
        _graph_files[0] += 1
        filename = '/tmp/objgraph-%d-%x.dot' % (_graph_files[0], id(graph) & 0xffffff)
    elif not filename.endswith('.dot'):
        # Only DOT and SVG are written without graphviz: the DOT goes beside the name asked.
        base = filename.rsplit('.', 1)[0]
        print('Image renderer (dot) not found, writing %s.dot instead' % base)
        filename = base + '.dot'
    with open(filename, 'w') as f:
        f.write(text)
    print('Graph written to %s (%d nodes)' % (filename, n))


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
              highlight=None, filename=None, extra_info=None, refcounts=False,
              shortnames=True, output=None, extra_node_attrs=None):
    """Draws what `objs` refer to, `max_depth` levels deep (DOT, or SVG for a .svg name)."""
    _show_graph(objs, gc.get_referents, False, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames, output,
                extra_node_attrs)


def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
                  highlight=None, filename=None, extra_info=None, refcounts=False,
                  shortnames=True, output=None, extra_node_attrs=None):
    """Draws what refers to `objs`, `max_depth` levels up (DOT, or SVG for a .svg name)."""
    _show_graph(objs, gc.get_referrers, True, max_depth, extra_ignore, filter, too_many,
                highlight, filename, extra_info, refcounts, shortnames, output,
                extra_node_attrs)


def show_chain(*chains, **kw):
    """Draws chains found by find_backref_chain / find_ref_chain (keywords as show_backrefs,
    with `backrefs=True` for backref chains)."""
    backrefs = kw.pop('backrefs', True)
    members = set()
    for chain in chains:
        for obj in chain:
            members.add(id(obj))
    only = lambda obj: id(obj) in members
    if backrefs:
        show_backrefs([chain[-1] for chain in chains], max_depth=max(map(len, chains)) - 1,
                      filter=only, **kw)
    else:
        show_refs([chain[0] for chain in chains], max_depth=max(map(len, chains)) - 1,
                  filter=only, **kw)


# ---- the REPL's %why / %refs ----

def _one_line(obj):
    return _label(obj, None, False, True).replace('\n', ' ')


def _where(holder, held):
    # How `holder` refers to `held`: a key, an index or an attribute name.
    if isinstance(holder, dict):
        for key, value in holder.items():
            if value is held:
                return '[%r]' % (key,)
    if isinstance(holder, (list, tuple)):
        for i, value in enumerate(holder):
            if value is held:
                return '[%d]' % i
    if type(holder) is type(sys):
        return '.__dict__'
    name = _attr_name(holder, held)
    return '.' + name if name is not None else ''


def _via(holder, held):
    where = _where(holder, held)
    return ', via ' + where if where else ''


def _why(obj, namespace, max_depth=20):
    """Lines telling what keeps `obj` alive: the shortest chain of referrers from a global
    of `namespace` (the REPL's globals) or a module down to `obj`; else the cycle it is
    part of; else that only something the collector cannot see holds it."""
    lines = [_one_line(obj)]

    def is_root(candidate):
        return candidate is namespace or is_proper_module(candidate)

    chain = find_backref_chain(obj, is_root, max_depth)
    if len(chain) > 1:
        for i in range(len(chain) - 2, -1, -1):
            holder = chain[i]
            held = chain[i + 1]
            if holder is namespace:
                lines.append('  <- global %s' % _where(holder, held)[2:-2])
            elif is_proper_module(holder):
                lines.append('  <- module %s' % holder.__name__)
            else:
                lines.append('  <- %s%s' % (_one_line(holder), _via(holder, held)))
        return lines

    def closes_cycle(candidate):
        return any(r is obj for r in gc.get_referents(candidate))

    cycle = find_ref_chain(obj, closes_cycle, max_depth)
    if len(cycle) > 1 or closes_cycle(obj):
        lines.append('  part of a reference cycle:')
        for holder, held in zip(cycle, cycle[1:] + [obj]):
            lines.append('    %s%s -> %s' % (_one_line(holder), _where(holder, held),
                                             _one_line(held)))
        lines.append('  no global or module reaches it: gc.collect() frees the cycle'
                     ' once nothing else holds it')
        return lines
    lines.append('  no global, module or cycle holds it: only a frame local or a'
                 ' reference from outside Python objects')
    return lines


def _show_why(obj, namespace):
    for line in _why(obj, namespace):
        print(line)


def _show_referrers(obj, namespace):
    print(_one_line(obj))
    referrers = gc.get_referrers(obj)
    if not referrers:
        print('  no referrer the collector sees')
    for holder in referrers:
        if holder is namespace:
            print('  <- global %s' % _where(holder, obj)[2:-2])
        else:
            print('  <- %s%s' % (_one_line(holder), _via(holder, obj)))
