"""refpy's cmd: a framework for line-oriented command interpreters.

Written for refpy from the module's documentation. A subclass of `Cmd` defines
`do_NAME(self, arg)` methods; `cmdloop()` reads lines (from `cmdqueue` first, then
`input()` or the given stdin), and `onecmd()` dispatches each to its method, with
`help` built from `help_NAME` methods and docstrings laid out in columns.
refpy has no `readline`, so the completion methods work but nothing binds them to a key.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """The base class of line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # --- the loop ----------------------------------------------------------------

    def cmdloop(self, intro=None):
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            line = self.precmd(self._next_line())
            stop = self.postcmd(self.onecmd(line), line)
        self.postloop()

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        out = self.stdout
        out.write(self.prompt)
        out.flush()
        text = self.stdin.readline()
        return text.rstrip('\r\n') if text else 'EOF'

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    # --- one command --------------------------------------------------------------

    def parseline(self, line):
        """(command, argument, line) of a line; '?' means help, '!' shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = f'shell {line[1:]}'
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        handler = getattr(self, 'do_' + command, None)
        if handler is None:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        again = self.lastcmd
        if again:
            return self.onecmd(again)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # --- completion ---------------------------------------------------------------

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        return [name[3:] for name in self.get_names()
                if name.startswith('do_' + text)]

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        found.update(name[5:] for name in self.get_names()
                     if name.startswith('help_' + args[0]))
        return list(found)

    def get_names(self):
        return dir(type(self))

    # --- help -----------------------------------------------------------------------

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = sorted(self.get_names())
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        seen = None
        for name in names:
            if not name.startswith('do_') or name == seen:
                continue
            seen = name
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(getattr(self, name), '__doc__', None):
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        helper = getattr(self, 'help_' + arg, None)
        if helper is not None:
            helper()
            return
        handler = getattr(self, 'do_' + arg, None)
        doc = getattr(handler, '__doc__', None) if handler is not None else None
        if doc:
            self.stdout.write("%s\n" % str(doc))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings in `list` in as few rows as fit in displaywidth, filled
        column by column, columns two spaces apart."""
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(items) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        count = len(items)
        if count == 1:
            self.stdout.write('%s\n' % str(items[0]))
            return
        rows, widths = self._layout(items, displaywidth)
        for row in range(rows):
            cells = [items[i] for i in range(row, count, rows)]
            while cells and not cells[-1]:
                cells.pop()
            line = "  ".join(cell.ljust(widths[col]) for col, cell in enumerate(cells))
            self.stdout.write("%s\n" % line)

    @staticmethod
    def _layout(items, displaywidth):
        # The fewest rows whose columns (each as wide as its longest item) fit.
        count = len(items)
        for rows in range(1, count):
            widths = []
            total = -2
            for first in range(0, count, rows):
                width = max(len(item) for item in items[first:first + rows])
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                return rows, widths
        return count, [0]
