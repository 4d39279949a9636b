"""Printing and formatting exceptions and tracebacks.

refpy's own `traceback`: the text comes from the code that prints an uncaught exception
(`_format_exception` and friends, native), so it is CPython 3.11's report. The
3.10+ calling forms are accepted (`format_exception(exc)` as well as
`format_exception(type, value, tb)`). `limit` is accepted and not applied; the
frame-summary API (`extract_tb`, `StackSummary`, `print_stack`) is not provided yet.
"""

import sys

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'format_tb',
           'print_exc', 'print_exception', 'print_tb', 'print_last']

_sentinel = object()


def _exception(exc, value):
    # `(type, value, tb)` calls name the exception in `value`.
    if value is not _sentinel:
        return value
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a report: `Type: message`, then any notes."""
    value = _exception(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_format_exception_only(value))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the report `sys.excepthook` would print for the exception."""
    value = _exception(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_format_exception(value, chain))


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def format_tb(tb, limit=None):
    """The entries of a traceback: one string per frame (with its source line)."""
    if tb is None:
        return []
    text = _format_tb(tb)
    entries = []
    for line in _lines(text):
        if line.startswith('  File ') or not entries:
            entries.append(line)
        else:
            entries[-1] += line
    return entries


def _file(file):
    return sys.stderr if file is None else file


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=_file(file), end='')


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def print_tb(tb, limit=None, file=None):
    for entry in format_tb(tb, limit):
        print(entry, file=_file(file), end='')
