"""Splitting and quoting text the way a POSIX shell (or a simpler, older
convention) reads it.

refpy's `shlex`, written from the module's documentation (the "Parsing Rules" of the
POSIX and non-POSIX modes) and checked against the reference interpreter's output:
tokens, `state` values, line numbers, error messages and the text of the debug trace.
"""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_LATIN1_WORD = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_SHELL_PUNCT = "();<>|&"
# With punctuation_chars, these also become word characters (file names, globs, ...).
_PUNCT_MODE_WORD = "~-./*?="

# Outcomes of feeding one character to the scanner.
_MORE, _DONE = 0, 1


class _Scan:
    """What one read_token() call tracks besides the lexer's own attributes."""

    __slots__ = ("quoted", "resume")

    def __init__(self):
        self.quoted = False  # a quote was seen: '' is then a real (empty) token
        self.resume = " "  # the state an escape sequence returns to


class shlex:
    """Tokenizer for shell-like input; iterate over it or call get_token()."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCT
        elif not punctuation_chars:
            punctuation_chars = ""
        self._punct = punctuation_chars
        if punctuation_chars:
            # characters read ahead while scanning a run of punctuation
            self._lookahead = deque()
            self.wordchars = "".join(
                ch for ch in self.wordchars + _PUNCT_MODE_WORD
                if ch not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punct

    # -- token stack and input sources ------------------------------------------

    def push_token(self, tok):
        "Push a token back so that get_token() returns it next."
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Read from newstream until it ends, then resume the current input."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is None:
                print("shlex: pushing to stream %s" % (self.instream,))
            else:
                print("shlex: pushing to file %s" % (self.infile,))

    def pop_source(self):
        "Close the current input and return to the one it was pushed over."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream, self.lineno))
        self.state = " "

    def sourcehook(self, newfile):
        "Open the file named by a source request; relative to the current file."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(here), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        "A message prefix in the style of C compilers' errors."
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    # -- tokens -------------------------------------------------------------------

    def get_token(self):
        "The next token: pushed-back ones first, following source requests."
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                request = self.sourcehook(self.read_token())
                if request:
                    name, stream = request
                    self.push_source(stream, name)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            print("shlex: token=" + (repr(raw) if raw != self.eof else "EOF"))
        return raw

    def _next_char(self):
        pending = self._punct and self._lookahead
        ch = pending.pop() if pending else self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def read_token(self):
        "Scan one raw token from the input (no pushback, no source requests)."
        scan = _Scan()
        while True:
            ch = self._next_char()
            state = self.state
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (state, ch))
            if state is None:
                self.token = ""
                break
            if state == " ":
                outcome = self._between(ch, scan)
            elif state in self.quotes:
                outcome = self._in_quotes(ch, state, scan)
            elif state in self.escape:
                outcome = self._after_escape(ch, state, scan)
            elif state in ("a", "c"):
                outcome = self._in_word(ch, state, scan)
            else:
                outcome = _MORE
            if outcome == _DONE:
                break
        result, self.token = self.token, ""
        if self.posix and not scan.quoted and result == "":
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(result) if result else "EOF"))
        return result

    def _have_token(self, scan):
        return bool(self.token) or (self.posix and scan.quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between(self, ch, scan):
        """Whitespace state: nothing of a token read yet."""
        if not ch:
            self.state = None
            return _DONE
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return _DONE if self._have_token(scan) else _MORE
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            scan.resume = "a"
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, "a"
        elif ch in self._punct:
            self.token, self.state = ch, "c"
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, "a"
        else:
            # any other character is a token by itself
            self.token = ch
            return _DONE if self._have_token(scan) else _MORE
        return _MORE

    def _in_quotes(self, ch, quote, scan):
        scan.quoted = True
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == quote:
            if self.posix:
                self.state = "a"
                return _MORE
            self.token += ch
            self.state = " "
            return _DONE
        if self.posix and ch in self.escape and quote in self.escapedquotes:
            scan.resume, self.state = quote, ch
        else:
            self.token += ch
        return _MORE

    def _after_escape(self, ch, esc, scan):
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        back = scan.resume
        # Inside quotes the escape only escapes the quote itself or another escape.
        if back in self.quotes and ch != esc and ch != back:
            self.token += esc
        self.token += ch
        self.state = back
        return _MORE

    def _end_word(self, note, scan):
        if note and self.debug >= 2:
            print("shlex: I see %s in word state" % note)
        self.state = " "
        return _DONE if self._have_token(scan) else _MORE

    def _in_word(self, ch, state, scan):
        """Inside a word ('a') or a run of punctuation ('c')."""
        if not ch:
            self.state = None
            return _DONE
        if ch in self.whitespace:
            return self._end_word("whitespace", scan)
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                return self._end_word(None, scan)
            return _MORE
        if state == "c":
            if ch in self._punct:
                self.token += ch
                return _MORE
            if ch not in self.whitespace:
                self._lookahead.append(ch)
            self.state = " "
            return _DONE
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            scan.resume, self.state = "a", ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punct)):
            self.token += ch
        else:
            if self._punct:
                self._lookahead.append(ch)
            else:
                self.pushback.appendleft(ch)
            return self._end_word("punctuation", scan)
        return _MORE

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell would split them (comments dropped
    unless comments is true)."""
    if s is None:
        import warnings

        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


def join(split_command):
    """Quote each argument for a POSIX shell and join them with spaces."""
    return " ".join(map(quote, split_command))


# Anything outside this set makes quote() wrap its argument in single quotes.
_needs_quoting = re.compile(r"[^-\w@%+=:,./]", re.ASCII).search


def quote(s):
    """s made safe as one POSIX shell word (single-quoted when needed)."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    # close the quote, emit a double-quoted ', reopen
    return "'%s'" % s.replace("'", "'\"'\"'")
