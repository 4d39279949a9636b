"""Iterate over the lines of several files (or stdin) as one stream.

refpy's own implementation, from the documented behaviour of CPython 3.11's
module: line numbers across and within files, `nextfile()`, in-place editing
(stdout goes to the file being rewritten, optionally keeping a backup), opening
hooks, and the module-level functions that act on the stream `input()` made.
"""

import io
import os
import sys
from types import GenericAlias

__all__ = [
    "input",
    "close",
    "nextfile",
    "filename",
    "lineno",
    "filelineno",
    "fileno",
    "isfirstline",
    "isstdin",
    "FileInput",
    "hook_compressed",
    "hook_encoded",
]

# The FileInput made by input(), which the module-level functions consult.
_current = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Make the module's stream (a FileInput) and return it."""
    global _current
    if _current is not None and _current._handle:
        raise RuntimeError("input() already active")
    _current = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                         encoding=encoding, errors=errors)
    return _current


def close():
    """Close the module's stream."""
    global _current
    stream, _current = _current, None
    if stream:
        stream.close()


def _stream():
    if not _current:
        raise RuntimeError("no active input()")
    return _current


def nextfile():
    """Skip the rest of the current file."""
    return _stream().nextfile()


def filename():
    """Name of the file being read (None before the first line)."""
    return _stream().filename()


def lineno():
    """Number of lines read so far, over all files."""
    return _stream().lineno()


def filelineno():
    """Number of lines read so far from the current file."""
    return _stream().filelineno()


def fileno():
    """File descriptor of the current file, or -1."""
    return _stream().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _stream().isfirstline()


def isstdin():
    """Whether the last line came from sys.stdin."""
    return _stream().isstdin()


class FileInput:
    """FileInput([files[, inplace[, backup]]], *, mode=None, openhook=None)

    The stream behind input(), usable on its own: iterate over it, or call
    readline(); the query methods match the module's functions.
    """

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            names = (files,)
        elif isinstance(files, os.PathLike):
            names = (os.fspath(files),)
        elif files is None:
            names = tuple(sys.argv[1:]) or ('-',)
        else:
            names = tuple(files)
        self._pending = names
        self._inplace = inplace
        self._backup = backup
        self._encoding = encoding
        self._errors = errors
        # Per-file state; nothing is open yet.
        self._name = None
        self._before = 0          # lines of the files already finished
        self._count = 0           # lines read from the current file
        self._handle = None
        self._read_line = None    # readline of the open file
        self._from_stdin = False
        self._backup_path = None
        self._sink = None         # the rewritten file in inplace mode
        self._stdout_before = None

        flags = getattr(sys, 'flags', None)
        if (getattr(flags, 'warn_default_encoding', 0) and 'b' not in mode
                and encoding is None and openhook is None):
            import warnings
            warnings.warn("'encoding' argument not specified.",
                          EncodingWarning, 2)

        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._out_mode = 'wb' if mode == 'rb' else 'w'
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._hook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self._advance()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        return self._advance()

    def _advance(self):
        # The next line of the stream, moving on through the files; an empty
        # line (str or bytes as the mode says) once all are done.
        while True:
            if self._read_line is None:
                if not self._pending:
                    return b'' if 'b' in self._mode else ''
                self._open_next()
            line = self._read_line()
            if line:
                self._count += 1
                return line
            self.nextfile()

    def _open_next(self):
        name = self._pending[0]
        self._pending = self._pending[1:]
        self._before += self._count
        self._count = 0
        self._name = name
        self._handle = None
        self._read_line = None
        self._from_stdin = False
        self._backup_path = 0
        # None stands for the locale's encoding (CPython spells it 'locale').
        text_encoding = None if 'b' in self._mode else self._encoding
        if name == '-':
            self._name = '<stdin>'
            source = sys.stdin
            if 'b' in self._mode:
                source = getattr(source, 'buffer', source)
            self._from_stdin = True
        elif self._inplace:
            source = self._start_rewrite(name, text_encoding)
        elif self._hook is None:
            source = open(name, self._mode, encoding=text_encoding, errors=self._errors)
        elif self._encoding is None:
            # Hooks written before 3.10 take no encoding arguments.
            source = self._hook(name, self._mode)
        else:
            source = self._hook(name, self._mode, encoding=self._encoding,
                                errors=self._errors)
        self._handle = source
        self._read_line = source.readline

    def _start_rewrite(self, name, text_encoding):
        # Move the file aside, read the moved copy, and send stdout to a new
        # file under the original name with the original permissions.
        aside = os.fspath(name) + (self._backup or '.bak')
        self._backup_path = aside
        try:
            os.unlink(aside)
        except OSError:
            pass
        os.rename(name, aside)
        source = open(aside, self._mode, encoding=text_encoding, errors=self._errors)
        self._handle = source
        try:
            permissions = os.stat(aside).st_mode
        except OSError:
            permissions = None
        self._sink = open(name, self._out_mode, encoding=text_encoding, errors=self._errors)
        if permissions is not None:
            try:
                os.chmod(name, permissions)
            except OSError:
                pass
        self._stdout_before = sys.stdout
        sys.stdout = self._sink
        return source

    def nextfile(self):
        restore, self._stdout_before = self._stdout_before, None
        if restore:
            sys.stdout = restore
        sink, self._sink = self._sink, None
        try:
            if sink:
                sink.close()
        finally:
            handle, self._handle = self._handle, None
            self._read_line = None
            try:
                if handle and not self._from_stdin:
                    handle.close()
            finally:
                aside, self._backup_path = self._backup_path, None
                if aside and not self._backup:
                    try:
                        os.unlink(aside)
                    except OSError:
                        pass
                self._from_stdin = False

    def filename(self):
        return self._name

    def lineno(self):
        return self._before + self._count

    def filelineno(self):
        return self._count

    def fileno(self):
        if not self._handle:
            return -1
        try:
            return self._handle.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._count == 1

    def isstdin(self):
        return self._from_stdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Opening hook that reads .gz and .bz2 files through gzip and bz2."""
    suffix = os.path.splitext(filename)[1]
    binary = 'b' in mode
    if suffix == '.gz':
        import gzip
        if binary:
            return gzip.open(filename, mode)
        return gzip.open(filename, mode + 't', encoding=encoding, errors=errors)
    if suffix == '.bz2':
        import bz2
        packed = bz2.BZ2File(filename, mode)
        if binary:
            return packed
        return io.TextIOWrapper(packed, encoding=encoding, errors=errors)
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    """Opening hook that opens files with the given encoding and errors."""
    def opener(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return opener
