"""filecmp: compare files (cmp, cmpfiles) and directories (dircmp)."""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget the results of earlier deep comparisons."""
    _cache.clear()


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """True if the two files seem equal: with shallow, files of the same type, size
    and modification time are equal without being read; otherwise the contents are
    compared (and the result cached while the signatures stay the same)."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk1 = a.read(BUFSIZE)
            chunk2 = b.read(BUFSIZE)
            if chunk1 != chunk2:
                return False
            if not chunk1:
                return True


def _filter(names, skip):
    return list(filterfalse(skip.__contains__, names))


class dircmp:
    """Compare the directories a and b. The attributes are computed when first read:
    left_list, right_list, common, left_only, right_only, common_dirs, common_files,
    common_funny, same_files, diff_files, funny_files and subdirs (a dircmp for each
    common subdirectory). `ignore` names are skipped (DEFAULT_IGNORES by default),
    and `hide` ones too (os.curdir and os.pardir by default)."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        if hide is None:
            self.hide = [os.curdir, os.pardir]
        else:
            self.hide = hide
        if ignore is None:
            self.ignore = DEFAULT_IGNORES
        else:
            self.ignore = ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = _filter(os.listdir(self.left), skip)
        self.right_list = _filter(os.listdir(self.right), skip)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        left = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        right = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                a_stat = os.stat(os.path.join(self.left, name))
                b_stat = os.stat(os.path.join(self.right, name))
            except OSError:
                self.common_funny.append(name)
                continue
            a_type = stat.S_IFMT(a_stat.st_mode)
            b_type = stat.S_IFMT(b_stat.st_mode)
            if a_type != b_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        """Print the comparison of the two directories."""
        print('diff', self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            self.right_only.sort()
            print('Only in', self.right, ':', self.right_only)
        if self.same_files:
            self.same_files.sort()
            print('Identical files :', self.same_files)
        if self.diff_files:
            self.diff_files.sort()
            print('Differing files :', self.diff_files)
        if self.funny_files:
            self.funny_files.sort()
            print('Trouble with common files :', self.funny_files)
        if self.common_dirs:
            self.common_dirs.sort()
            print('Common subdirectories :', self.common_dirs)
        if self.common_funny:
            self.common_funny.sort()
            print('Common funny cases :', self.common_funny)

    def report_partial_closure(self):
        """Print the report of these directories and of their common subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Print the report of these directories and, recursively, of all common
        subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in `common` in directories a and b: returns the lists
    (same, different, could not compare)."""
    result = ([], [], [])
    for name in common:
        result[_cmp(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _cmp(a, b, shallow):
    try:
        return not abs(cmp(a, b, shallow))
    except OSError:
        return 2
