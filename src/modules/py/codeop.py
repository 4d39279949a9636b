"""codeop: compile what a user types at an interactive prompt.

`compile_command` tells three cases apart: the source is a complete statement (a code
object), it is the beginning of a statement that more lines could finish (None), or it is
wrong whatever follows (SyntaxError, OverflowError or ValueError). `Compile` and
`CommandCompiler` do the same while remembering the `from __future__ import` statements
compiled so far.

refpy's approach: compile the text as typed; when that fails, the compiler's message and
position say whether the error sits at the very end of the input (an unclosed bracket or
triple-quoted string, a header still waiting for its block, a decorator without its
definition, a `try` without its handlers) - then the command is incomplete.
"""

import __future__
import warnings as _warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

# the compiler flags a `from __future__ import` statement turns on
_FUTURE_FLAGS = tuple(getattr(__future__, name).compiler_flag
                      for name in __future__.all_feature_names)

# statements that own an indented block: without a final newline more may follow
_BLOCK_NODES = frozenset(['If', 'For', 'AsyncFor', 'While', 'Try', 'TryStar', 'With',
                          'AsyncWith', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef',
                          'Match'])

# messages whose error is "the input stopped too early"
_OPEN_AT_END = ('was never closed', 'unterminated triple-quoted string literal',
                'unexpected EOF while parsing')


def _only_blank(lines):
    for text in lines:
        stripped = text.strip()
        if stripped and not stripped.startswith('#'):
            return False
    return True


def _header_line(msg):
    # "expected an indented block after 'if' statement on line 3" -> 3
    tail = msg.rpartition(' on line ')[2]
    return int(tail) if tail.isdigit() else None


def _compile_quietly(source, filename, symbol, flags):
    with _warnings.catch_warnings():
        _warnings.simplefilter('ignore')
        return compile(source, filename, symbol, flags, True)


def _wants_more_lines(source, filename, symbol, flags, exc):
    """True when the SyntaxError `exc` of `source` only says the input ended early."""
    msg = exc.msg or ''
    lines = source.split('\n')
    if msg.startswith('unterminated triple-quoted string literal'):
        # incomplete if the text with that string closed at once is fine so far
        row = lines[(exc.lineno or 1) - 1]
        cut = max((exc.offset or 1) - 1, 0)
        shut = '\n'.join(lines[:(exc.lineno or 1) - 1] + [row[:cut] + '""""""'])
        try:
            _try_command(_plain_compile_quiet, shut, filename, symbol, flags)
        except (SyntaxError, ValueError, OverflowError):
            return False
        return True
    if any(marker in msg for marker in _OPEN_AT_END):
        if msg == 'unexpected EOF while parsing':
            # a trailing backslash: incomplete only if the text before it stands
            body = source.rstrip('\n')
            try:
                _compile_quietly(body[:-1], filename, symbol, flags)
            except (SyntaxError, ValueError, OverflowError):
                return False
            return True
        return True
    if msg.startswith('expected an indented block'):
        header = _header_line(msg)
        return header is not None and _only_blank(lines[header:])
    if msg == "expected 'except' or 'finally' block":
        # reported at the end of the try body or at the line after it
        rest = lines[max((exc.lineno or 1) - 1, 0):]
        if rest and rest[0][:1] in (' ', '\t'):
            rest = rest[1:]
        return _only_blank(rest)
    if source.rstrip(' \t').endswith('\\'):
        return True
    # an error past the last line of the text (e.g. a decorator with nothing after it)
    padded = source if source.endswith('\n') else source + '\n'
    try:
        _compile_quietly(padded, filename, symbol, flags)
    except SyntaxError as again:
        last = len(padded.split('\n')) - 1
        return (again.lineno or 0) > last and again.msg == 'invalid syntax'
    except (ValueError, OverflowError):
        return False
    return False


def _block_unfinished(code_source, filename, flags):
    # a compound statement typed without its final newline may still get more lines
    import ast
    try:
        tree = _compile_quietly(code_source, filename, 'exec', flags | ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, OverflowError):
        return False
    return bool(tree.body) and type(tree.body[-1]).__name__ in _BLOCK_NODES


def _try_command(compiler, source, filename, symbol, flags):
    if symbol != 'eval' and _only_blank(source.split('\n')):
        # nothing but blanks and comments: an empty statement
        source = 'pass'
    elif symbol == 'eval' and _only_blank(source.split('\n')):
        return None
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as exc:
        if _wants_more_lines(source, filename, symbol, flags, exc):
            return None
        raise
    if symbol == 'single' and not source.endswith('\n') and \
            _block_unfinished(source, filename, flags):
        return None
    return code


def compile_command(source, filename='<input>', symbol='single'):
    """Compile SOURCE as typed at a prompt: a code object, or None if it is unfinished."""
    return _try_command(_plain_compile, source, filename, symbol, 0)


def _plain_compile(source, filename, symbol):
    return compile(source, filename, symbol, 0, True)


def _plain_compile_quiet(source, filename, symbol):
    return _compile_quietly(source, filename, symbol, 0)


class Compile:
    """A compile() that keeps the __future__ features of everything it compiled."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        code = compile(source, filename, symbol, self.flags, True)
        for bit in _FUTURE_FLAGS:
            if code.co_flags & bit:
                self.flags |= bit
        return code


class CommandCompiler:
    """compile_command() with memory: features imported from __future__ stay on."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        compiler = self.compiler
        future = compiler.flags & ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        return _try_command(compiler, source, filename, symbol, future)
