"""A lexical analyzer for simple shell-like syntaxes.

refpy's own `shlex`: `split`, `join`, `quote` and the `shlex` class (POSIX and compat
modes, punctuation_chars, whitespace_split, source inclusion, pushback), following
CPython 3.11's tokenizing state machine, including its quirks and error messages.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORDCHARS = ('abcdfeghijklmnopqrstuvwxyz'
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                     'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    # States of the tokenizer besides the quote and escape characters themselves:
    # ' ' between tokens, 'a' inside a word, 'c' inside a punctuation run, None at EOF.

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS + (_LATIN1_WORDCHARS if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read ahead while ending a punctuation run.
            self._pushback_chars = deque()
            # Characters common in file names, options and wildcards join words,
            # unless they were chosen as punctuation.
            chars = self.wordchars + '~-./*?='
            self.wordchars = ''.join(c for c in chars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def _trace(self, level, message):
        if self.debug >= level:
            print('shlex: ' + message)

    def push_token(self, tok):
        """Push a token onto the stack popped by get_token."""
        self._trace(1, 'pushing token ' + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from `newstream` until it ends, then resume the current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if newfile is not None:
            self._trace(1, 'pushing to file %s' % (self.infile,))
        else:
            self._trace(1, 'pushing to stream %s' % (self.instream,))

    def pop_source(self):
        """Close the current input and return to the one pushed before it."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._trace(1, 'popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        """The next token: a pushed-back one, else one read from the input (following
        `source` inclusions and falling back to outer inputs at their EOF)."""
        if self.pushback:
            tok = self.pushback.popleft()
            self._trace(1, 'popping token ' + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        self._trace(1, 'token=' + repr(raw) if raw != self.eof else 'token=EOF')
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input stream (no pushback or inclusion)."""
        quoted = False          # a quote was seen, so even '' is a token (POSIX)
        escapedstate = ' '      # the state to return to after an escaped character
        while True:
            nextchar = self._next_char()
            if nextchar == '\n':
                self.lineno += 1
            self._trace(3, 'in state %r I see character: %r' % (self.state, nextchar))
            state = self.state
            stop = False        # whether the token is complete (if it is non-empty)
            if state is None:
                self.token = ''
                break
            elif state == ' ':
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    self._trace(2, 'I see whitespace in whitespace state')
                    stop = True
                elif nextchar in self.commenters:
                    self._skip_comment()
                elif self.posix and nextchar in self.escape:
                    escapedstate = 'a'
                    self.state = nextchar
                elif nextchar in self.wordchars:
                    self.token = nextchar
                    self.state = 'a'
                elif nextchar in self._punctuation_chars:
                    self.token = nextchar
                    self.state = 'c'
                elif nextchar in self.quotes:
                    if not self.posix:
                        self.token = nextchar
                    self.state = nextchar
                elif self.whitespace_split:
                    self.token = nextchar
                    self.state = 'a'
                else:
                    # Any other character is a token of its own.
                    self.token = nextchar
                    stop = True
            elif state in self.quotes:
                quoted = True
                if not nextchar:
                    self._trace(2, 'I see EOF in quotes state')
                    raise ValueError('No closing quotation')
                if nextchar == state:
                    if not self.posix:
                        self.token += nextchar
                        self.state = ' '
                        break
                    self.state = 'a'
                elif (self.posix and nextchar in self.escape
                      and state in self.escapedquotes):
                    escapedstate = state
                    self.state = nextchar
                else:
                    self.token += nextchar
            elif state in self.escape:
                if not nextchar:
                    self._trace(2, 'I see EOF in escape state')
                    raise ValueError('No escaped character')
                # Inside quotes only the quote and the escape character itself can be
                # escaped; before anything else the backslash stays.
                if (escapedstate in self.quotes
                        and nextchar != state and nextchar != escapedstate):
                    self.token += state
                self.token += nextchar
                self.state = escapedstate
            elif state in ('a', 'c'):
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    self._trace(2, 'I see whitespace in word state')
                    self.state = ' '
                    stop = True
                elif nextchar in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = ' '
                        stop = True
                elif state == 'c':
                    if nextchar in self._punctuation_chars:
                        self.token += nextchar
                    else:
                        if nextchar not in self.whitespace:
                            self._pushback_chars.append(nextchar)
                        self.state = ' '
                        break
                elif self.posix and nextchar in self.quotes:
                    self.state = nextchar
                elif self.posix and nextchar in self.escape:
                    escapedstate = 'a'
                    self.state = nextchar
                elif (nextchar in self.wordchars or nextchar in self.quotes
                      or (self.whitespace_split
                          and nextchar not in self._punctuation_chars)):
                    self.token += nextchar
                else:
                    # The character ends the word and starts the next token.
                    if self._punctuation_chars:
                        self._pushback_chars.append(nextchar)
                    else:
                        self.pushback.appendleft(nextchar)
                    self._trace(2, 'I see punctuation in word state')
                    self.state = ' '
                    stop = True
            if stop and (self.token or (self.posix and quoted)):
                break
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        self._trace(2, 'raw token=' + repr(result) if result else 'raw token=EOF')
        return result

    def sourcehook(self, newfile):
        """Open a file named by a `source` token (relative to the current file)."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        """A C-compiler-like '"file", line N: ' prefix for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from split_command."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single-quote everything; a single quote itself becomes '"'"'.
    return "'" + s.replace("'", "'\"'\"'") + "'"
