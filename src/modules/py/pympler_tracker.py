"""pympler.tracker for refpy: SummaryTracker (differences between summaries of the live
objects) and ObjectTracker (objects created and freed between two calls)."""

import gc
import inspect

from pympler import muppy, summary


class SummaryTracker(object):
    """Takes a summary of the live objects now and at each diff, and reports the
    difference; with ignore_self, the tracker's own stored summaries are left out."""

    def __init__(self, ignore_self=True):
        self.s0 = summary.summarize(muppy.get_objects())
        self.summaries = {}
        self.ignore_self = ignore_self

    def create_summary(self):
        """A summary of the live objects, without the tracker's own data."""
        if not self.ignore_self:
            return summary.summarize(muppy.get_objects())
        all_of_them = []
        ref_counter = {}

        def store_info(o):
            all_of_them.append(o)
            ref_counter[id(o)] = ref_counter.get(id(o), 0) + 1

        store_info(self.summaries)
        for k, v in self.summaries.items():
            store_info(k)
            summary._traverse(v, store_info)
        res = summary.summarize(muppy.get_objects())
        for _id in ref_counter:
            if len(gc.get_referrers(_id)) == 3:
                summary._subtract(res, _id)
        for o in all_of_them:
            if len(gc.get_referrers(o)) == ref_counter[id(o)] + 2:
                summary._subtract(res, o)
        return res

    def diff(self, summary1=None, summary2=None):
        """The rows that changed: from the last summary to now, from summary1 to now,
        or from summary1 to summary2."""
        if summary2 is None:
            self.s1 = self.create_summary()
            if summary1 is None:
                res = summary.get_diff(self.s0, self.s1)
            else:
                res = summary.get_diff(summary1, self.s1)
            self.s0 = self.s1
        elif summary1 is not None:
            res = summary.get_diff(summary1, summary2)
        else:
            raise ValueError("You cannot provide summary2 without summary1.")
        return summary._sweep(res)

    def print_diff(self, summary1=None, summary2=None):
        """Print the table of `diff`."""
        summary.print_(self.diff(summary1=summary1, summary2=summary2))

    def format_diff(self, summary1=None, summary2=None):
        """The lines of the table of `diff`."""
        return summary.format_(self.diff(summary1=summary1, summary2=summary2))

    def store_summary(self, key):
        """Keep a summary of now under `key`."""
        self.summaries[key] = self.create_summary()


class ObjectTracker(object):
    """Keeps the live objects and reports the objects added and removed since."""

    def __init__(self):
        self.o0 = self._get_objects(ignore=(inspect.currentframe(),))

    def _get_objects(self, ignore=()):
        def remove_ignore(objects, ignore=()):
            return [o for o in objects if not muppy._in_list(o, ignore)]

        tmp = gc.get_objects()
        ignore += (inspect.currentframe(), self, ignore, remove_ignore)
        if hasattr(self, 'o0'):
            ignore += (self.o0,)
        if hasattr(self, 'o1'):
            ignore += (self.o1,)
        tmp = remove_ignore(tmp, ignore)
        res = []
        for o in tmp:
            for ref in muppy.get_referents(o):
                if not gc.is_tracked(ref):
                    res.append(ref)
        res.extend(tmp)
        res = muppy._remove_duplicates(res)
        res = remove_ignore(res, ignore)
        del ignore
        return res

    def get_diff(self, ignore=()):
        """{'+': new objects, '-': objects gone} since the last call."""
        self.o1 = self._get_objects(ignore + (inspect.currentframe(),))
        diff = muppy.get_diff(self.o0, self.o1)
        self.o0 = self.o1
        return diff

    def print_diff(self, ignore=()):
        """Print the summaries of the added and removed objects."""
        for line in self.format_diff(ignore + (inspect.currentframe(),)):
            print(line)

    def format_diff(self, ignore=()):
        """The lines of the summaries of the added and removed objects."""
        lines = []
        diff = self.get_diff(ignore + (inspect.currentframe(),))
        lines.append("Added objects:")
        lines.extend(summary.format_(summary.summarize(diff['+'])))
        lines.append("Removed objects:")
        lines.extend(summary.format_(summary.summarize(diff['-'])))
        return lines
