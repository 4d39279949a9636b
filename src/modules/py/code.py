"""code: the building blocks of a read-eval-print loop.

InteractiveInterpreter compiles and runs source text in its own namespace and reports
errors on stderr the way the interpreter's prompt does; InteractiveConsole adds the line
buffer and the prompt loop; interact() runs such a console.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact',
           'compile_command']

_HELP_LINE = 'Type "help", "copyright", "credits" or "license" for more information.'


class InteractiveInterpreter:
    """Runs source text in the namespace `locals`, reporting errors through write()."""

    def __init__(self, locals=None):
        self.locals = {'__name__': '__console__', '__doc__': None} \
            if locals is None else locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename='<input>', symbol='single'):
        """Compile and run `source`; True means it is unfinished and needs more lines."""
        try:
            code = self.compile(source, filename, symbol)
        except (SyntaxError, ValueError, OverflowError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Execute a code object; errors other than SystemExit are shown, not raised."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def _report(self, kind, value, tb, shown_tb, lines):
        # record the error as the prompt does, then print it or hand it to the hook
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        hook = sys.excepthook
        if hook is not sys.__excepthook__:
            hook(kind, value, shown_tb)
            return
        self.write(''.join(lines))

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled (no stack: it happened while compiling).

        With `filename`, a SyntaxError carrying the classic four-item location gets that
        file name instead of its own."""
        kind, value, tb = sys.exc_info()
        if filename and kind is SyntaxError:
            try:
                text, (_old, row, col, line) = value.args
            except (TypeError, ValueError):
                pass
            else:
                value = SyntaxError(text, (filename, row, col, line))
        self._report(kind, value, tb, tb, traceback.format_exception_only(kind, value))

    def showtraceback(self):
        """Show the exception being handled, leaving out the runcode() frame itself."""
        kind, value, tb = sys.exc_info()
        inner = tb.tb_next if tb is not None else None
        try:
            shown = traceback.format_exception(kind, value, inner)
            self._report(kind, value, tb, inner, shown)
        finally:
            kind = value = tb = inner = None

    def write(self, data):
        """Where error reports go: sys.stderr (override to send them elsewhere)."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter with a buffer of pending lines and a prompt loop."""

    def __init__(self, locals=None, filename='<console>'):
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines typed so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Read lines with raw_input() and run them until end of file."""
        for attr, prompt in (('ps1', '>>> '), ('ps2', '... ')):
            if not hasattr(sys, attr):
                setattr(sys, attr, prompt)
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' % (
                sys.version, sys.platform, _HELP_LINE, type(self).__name__))
        elif banner:
            self.write(str(banner) + '\n')
        waiting = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if waiting else sys.ps1)
                except EOFError:
                    self.write('\n')
                    break
                waiting = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                waiting = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % type(self).__name__)
        elif exitmsg != '':
            self.write(str(exitmsg) + '\n')

    def push(self, line):
        """Add one line; run the buffer when it forms a whole command.

        Returns True while the command still needs more lines."""
        self.buffer.append(line)
        unfinished = self.runsource('\n'.join(self.buffer), self.filename)
        if not unfinished:
            self.resetbuffer()
        return unfinished

    def raw_input(self, prompt=''):
        """Read one line (input() by default; EOFError at end of input)."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole over `local` until end of input."""
    shell = InteractiveConsole(local)
    if readfunc is not None:
        shell.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401  (line editing when it exists)
        except ImportError:
            pass
    shell.interact(banner=banner, exitmsg=exitmsg)
