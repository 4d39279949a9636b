"""Topological sorting of a graph of hashable nodes: TopologicalSorter and CycleError.

refpy's own implementation of the documented behaviour of CPython 3.11's graphlib,
including the order in which ready nodes are handed out and the cycle that CycleError
reports (the first found by a depth-first search over nodes in insertion order).
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Marks in _NodeInfo.npredecessors once a node has left the "waiting" state.
_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done, or _NODE_OUT / _NODE_DONE.
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the nodes of one
    cycle, the first node repeated at the end."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add a node and the predecessors it depends on."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles (raising CycleError)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        # The ready nodes stay available even when a cycle is reported.
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of all the nodes that are ready (possibly empty)."""
        self._check_prepared()
        ready = tuple(self._ready_nodes)
        for node in ready:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(ready)
        return ready

    def is_active(self):
        """True while nodes are ready or handed out but not yet marked done."""
        self._check_prepared()
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, releasing successors."""
        self._check_prepared()
        for node in nodes:
            info = self._node2info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.npredecessors != _NODE_OUT:
                if info.npredecessors >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                successor_info = self._node2info[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """Depth-first search along successor edges; return the first cycle met as a
        path [n0, ..., n0], or None."""
        seen = set()
        for start in self._node2info:
            if start in seen:
                continue
            path = []          # nodes on the current DFS path
            on_path = {}       # node -> its index in path
            iterators = []     # pending successors of each node in path
            node = start
            while True:
                if node in on_path:
                    return path[on_path[node]:] + [node]
                if node not in seen:
                    seen.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    iterators.append(iter(self._node2info[node].successors))
                # Resume the deepest node that still has an unexplored successor.
                while path:
                    node = next(iterators[-1], _EXHAUSTED)
                    if node is not _EXHAUSTED:
                        break
                    del on_path[path.pop()]
                    iterators.pop()
                else:
                    break
        return None

    def static_order(self):
        """Yield the nodes in a topological order (prepare() is called first)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_EXHAUSTED = object()
