"""Topological sorting of graphs of hashable nodes (TopologicalSorter, CycleError).

Written for refpy from the documentation of CPython 3.11's graphlib, and checked against
it for the order in which nodes come out and the cycle an error names.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# States a node takes after it stops waiting for predecessors (while waiting, its state
# is the number of predecessors not yet done, 0 meaning ready but not handed out yet).
_HANDED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    """prepare() found a cycle. The second argument lists the nodes along it, in the
    direction of the edges, ending with the node it started from."""


class TopologicalSorter:
    """Sort a graph topologically, at once (static_order) or a batch at a time
    (prepare, get_ready, done, is_active)."""

    def __init__(self, graph=None):
        # node -> state (see above); the dict also keeps the order nodes were first seen
        self._state = {}
        # node -> nodes that name it as a predecessor, in the order of the add() calls
        self._followers = {}
        self._queue = None        # ready nodes not yet handed out; None until prepare()
        self._out = 0             # nodes handed out by get_ready()
        self._finished = 0        # nodes marked done()
        if graph is not None:
            for node, before in graph.items():
                self.add(node, *before)

    def _touch(self, node):
        if node not in self._state:
            self._state[node] = 0
            self._followers[node] = []

    def add(self, node, *predecessors):
        """Add `node`, depending on each of `predecessors` (which are added too)."""
        if self._queue is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._touch(node)
        self._state[node] += len(predecessors)
        for before in predecessors:
            self._touch(before)
            self._followers[before].append(node)

    def prepare(self):
        """Freeze the graph. Raises CycleError when it has a cycle; the nodes that were
        ready stay available to get_ready() even then."""
        if self._queue is not None:
            raise ValueError("cannot prepare() more than once")
        self._queue = [n for n, waiting in self._state.items() if waiting == 0]
        loop = self._search_cycle()
        if loop is not None:
            raise CycleError("nodes are in a cycle", loop)

    def _require_prepared(self):
        if self._queue is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """All nodes whose predecessors are done, as a tuple (possibly empty); they
        count as handed out from now on."""
        self._require_prepared()
        batch = tuple(self._queue)
        self._queue = []
        for node in batch:
            self._state[node] = _HANDED_OUT
        self._out += len(batch)
        return batch

    def is_active(self):
        """Whether progress can still be made: nodes are ready, or handed out and not
        yet done."""
        self._require_prepared()
        if self._queue:
            return True
        return self._out > self._finished

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes handed out by get_ready() as processed; their successors whose
        predecessors are now all done become ready."""
        self._require_prepared()
        state = self._state
        for node in nodes:
            current = state.get(node)
            if current is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if current == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if current != _HANDED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            state[node] = _FINISHED
            self._finished += 1
            for follower in self._followers[node]:
                state[follower] -= 1
                if state[follower] == 0:
                    self._queue.append(follower)

    def _search_cycle(self):
        """Walk the edges depth first, starting from each node in the order they were
        first seen; the first edge back into the current walk closes a cycle."""
        visited = set()
        for root in self._state:
            if root in visited:
                continue
            visited.add(root)
            trail = [root]
            position = {root: 0}
            branches = [iter(self._followers[root])]
            while branches:
                for step in branches[-1]:
                    break
                else:
                    # every edge out of the newest node is explored: back up
                    branches.pop()
                    del position[trail.pop()]
                    continue
                if step in position:
                    return trail[position[step]:] + [step]
                if step not in visited:
                    visited.add(step)
                    position[step] = len(trail)
                    trail.append(step)
                    branches.append(iter(self._followers[step]))
        return None

    def static_order(self):
        """Prepare the sorter and yield every node in a topological order."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
