"""Comparing files and directories: cmp, cmpfiles, dircmp, clear_cache.

refpy's own implementation of the behaviour documented for CPython 3.11's filecmp.
"""

import os
import stat
import types

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

# How much of each file a content comparison reads at a time.
BUFSIZE = 8192

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# Results of content comparisons, keyed by both names and both files' signatures, so
# that a file changed since (other size or mtime) is compared again.
_verdicts = {}
_VERDICTS_MAX = 100


def clear_cache():
    """Drop every remembered comparison result."""
    _verdicts.clear()


def _signature(path):
    info = os.stat(path)
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def _read_equal(path1, path2):
    with open(path1, 'rb') as one, open(path2, 'rb') as two:
        while True:
            block = one.read(BUFSIZE)
            if block != two.read(BUFSIZE):
                return False
            if not block:
                return True


def cmp(f1, f2, shallow=True):
    """Whether the files f1 and f2 look equal.

    Only regular files can be equal. With `shallow` (the default), files whose type,
    size and modification time agree are equal without being read; otherwise files of
    equal size are compared byte by byte, and the answer is remembered as long as
    neither file's signature changes.
    """
    sig1 = _signature(f1)
    sig2 = _signature(f2)
    if not (sig1[0] == sig2[0] == stat.S_IFREG):
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    try:
        return _verdicts[key]
    except KeyError:
        pass
    verdict = _read_equal(f1, f2)
    if len(_verdicts) > _VERDICTS_MAX:
        _verdicts.clear()
    _verdicts[key] = verdict
    return verdict


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in `common` in the directories a and b.

    Returns three lists of names: equal files, different files, and files that could
    not be compared (missing, unreadable, ...).
    """
    equal, different, trouble = [], [], []
    for name in common:
        try:
            same = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:
            trouble.append(name)
        else:
            (equal if same else different).append(name)
    return equal, different, trouble


def _visible(names, skipped):
    kept = [n for n in names if n not in skipped]
    kept.sort()
    return kept


class dircmp:
    """The comparison of two directories, a and b.

    Names listed in `ignore` (DEFAULT_IGNORES when None) and `hide` (os.curdir and
    os.pardir when None) are left out. The result attributes (left_list, right_list,
    common, left_only, right_only, common_dirs, common_files, common_funny,
    same_files, diff_files, funny_files, subdirs) are computed on first use.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    # -- the lazily computed attributes, grouped by what computes them --

    def _list_both(self):
        skipped = self.hide + self.ignore
        self.left_list = _visible(os.listdir(self.left), skipped)
        self.right_list = _visible(os.listdir(self.right), skipped)

    def _split_names(self):
        # names are matched after os.path.normcase (a no-op on POSIX)
        lefts = {os.path.normcase(n): n for n in self.left_list}
        rights = {os.path.normcase(n): n for n in self.right_list}
        self.common = [n for k, n in lefts.items() if k in rights]
        self.left_only = [n for k, n in lefts.items() if k not in rights]
        self.right_only = [n for k, n in rights.items() if k not in lefts]

    def _kind_of(self, name):
        # 'dir', 'file' or None (different kinds, other kinds, or stat failed)
        try:
            kinds = {stat.S_IFMT(os.stat(os.path.join(top, name)).st_mode)
                     for top in (self.left, self.right)}
        except OSError:
            return None
        if len(kinds) != 1:
            return None
        kind = kinds.pop()
        if stat.S_ISDIR(kind):
            return 'dir'
        if stat.S_ISREG(kind):
            return 'file'
        return None

    def _classify(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        lists = {'dir': self.common_dirs, 'file': self.common_files}
        for name in self.common:
            lists.get(self._kind_of(name), self.common_funny).append(name)

    def _compare_files(self):
        outcome = cmpfiles(self.left, self.right, self.common_files)
        self.same_files, self.diff_files, self.funny_files = outcome

    def _descend(self):
        make = type(self)
        self.subdirs = {
            name: make(os.path.join(self.left, name), os.path.join(self.right, name),
                       self.ignore, self.hide)
            for name in self.common_dirs}

    _COMPUTED_BY = {}
    for _names, _how in (
            (('left_list', 'right_list'), _list_both),
            (('common', 'left_only', 'right_only'), _split_names),
            (('common_dirs', 'common_files', 'common_funny'), _classify),
            (('same_files', 'diff_files', 'funny_files'), _compare_files),
            (('subdirs',), _descend)):
        for _name in _names:
            _COMPUTED_BY[_name] = _how
    del _names, _how, _name

    def __getattr__(self, attr):
        how = type(self)._COMPUTED_BY.get(attr)
        if how is None:
            raise AttributeError(attr)
        how(self)
        return self.__dict__[attr]

    # -- reports --

    _SECTIONS = (
        ('left_only', lambda d: ('Only in', d.left, ':')),
        ('right_only', lambda d: ('Only in', d.right, ':')),
        ('same_files', lambda d: ('Identical files :',)),
        ('diff_files', lambda d: ('Differing files :',)),
        ('funny_files', lambda d: ('Trouble with common files :',)),
        ('common_dirs', lambda d: ('Common subdirectories :',)),
        ('common_funny', lambda d: ('Common funny cases :',)),
    )

    def report(self):
        """Print how the two directories differ."""
        print('diff', self.left, self.right)
        for attr, heading in self._SECTIONS:
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*heading(self), names)

    def report_partial_closure(self):
        """Print the report, then that of each common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Print the report, then those of all common subdirectories, recursively."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(types.GenericAlias)
