"""Measure how long small pieces of Python code take.

refpy's own `timeit`, written from the module's documentation. A Timer turns its setup and statement into the source of a function
`inner(_it, _timer, ...)` whose loop runs the statement once per item of `_it`;
the source is compiled under the file name "<timeit-src>", so the statement's names
are locals of that function, syntax errors point into "<timeit-src>", and
`Timer.print_exc` can show the generated lines. The text of that function is the
one CPython generates (its line numbers show in tracebacks). The cycle collector is
switched off while a measurement runs.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

# The command line: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [stmt ...]
_USAGE = """usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

Times the statements (joined by newlines; 'pass' when none are given).

  -n N, --number=N   loops per measurement (found by autorange() when absent)
  -r N, --repeat=N   measurements to take, the best is reported (5)
  -s S, --setup=S    code run once before the loops, untimed (may be repeated)
  -p, --process      measure with time.process_time() instead of perf_counter()
  -u U, --unit=U     report in nsec, usec, msec or sec
  -v, --verbose      also print the raw measurements; again for more digits
  -h, --help         print this text
"""

# File name the generated code is compiled under.
dummy_src_name = "<timeit-src>"
# Loop counts when the caller gives none.
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

# Trial counts autorange() goes through: 1, 2, 5 times each power of ten.
_AUTORANGE_STEPS = (1, 2, 5)
# autorange() stops at the first trial taking at least this many seconds.
_AUTORANGE_TARGET = 0.2


def reindent(src, indent):
    """`src` with every line after the first shifted right by `indent` spaces."""
    return ("\n" + " " * indent).join(src.split("\n"))


def _function_text(setup_line, loop_line, defaults):
    """The source of the timing function, laid out line for line as CPython's."""
    pieces = [
        "",
        "def inner(_it, _timer" + defaults + "):",
        "    " + setup_line,
        "    _t0 = _timer()",
        "    for _i in _it:",
        "        " + loop_line,
        "        pass",
        "    _t1 = _timer()",
        "    return _t1 - _t0",
        "",
    ]
    return "\n".join(pieces)


class _Part:
    """How one of the two snippets (setup or statement) enters the generated code:
    pasted in as text, or called through a default argument of `inner`."""

    def __init__(self, what, code, depth, namespace):
        if isinstance(code, str):
            self.text = code
            self.line = reindent(code, depth)
            self.default = ""
        elif callable(code):
            self.text = None
            slot = "_" + what
            namespace[slot] = code
            self.line = slot + "()"
            self.default = ", %s=%s" % (slot, slot)
        else:
            raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Times a statement (str or callable) after a setup (likewise) with `timer`.
    String code runs in the namespace `globals` (a dict; this module's namespace when
    None)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        made = {}
        before = _Part("setup", setup, 4, made)
        if before.text is not None:
            # The setup must compile alone, and the statement after it.
            compile(before.text, dummy_src_name, "exec")
        body = _Part("stmt", stmt, 8, made)
        if body.text is not None:
            lead = "" if before.text is None else before.text + "\n"
            compile(lead + body.text, dummy_src_name, "exec")
        self.src = _function_text(before.line, body.line, before.default + body.default)
        code = compile(self.src, dummy_src_name, "exec")
        namespace = sys.modules[__name__].__dict__ if globals is None else globals
        exec(code, namespace, made)
        self.inner = made["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (to sys.stderr, or to
        `file`), with the lines of the generated code shown."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run the setup once, then the statement `number` times; the time taken by the
        loop (in seconds, for the default timer)."""
        loop = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            spent = self.inner(loop, self.timer)
        finally:
            if collecting:
                gc.enable()
        return spent

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), `repeat` times over; the list of the results."""
        results = []
        for _ in range(repeat):
            results.append(self.timeit(number))
        return results

    def autorange(self, callback=None):
        """Try number = 1, 2, 5, 10, 20, 50, ... until a run of timeit(number) takes
        0.2 seconds or more; return (number, time taken). `callback(number, time)`
        hears about every trial."""
        for number in _trial_counts():
            spent = self.timeit(number)
            if callback:
                callback(number, spent)
            if spent >= _AUTORANGE_TARGET:
                return (number, spent)


def _trial_counts():
    power = 1
    while True:
        for step in _AUTORANGE_STEPS:
            yield step * power
        power *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number) in one call."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number) in one call."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line interface: times the statements given in `args` (default
    sys.argv[1:]) and prints the best time per loop; returns the exit status."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                                   ["number=", "setup=", "repeat=", "process", "verbose",
                                    "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setups = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for option, value in opts:
        if option in ("-n", "--number"):
            number = int(value)
        elif option in ("-s", "--setup"):
            setups.append(value)
        elif option in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        elif option in ("-r", "--repeat"):
            repeat_count = max(int(value), 1)
        elif option in ("-p", "--process"):
            timer = time.process_time
        elif option in ("-v", "--verbose"):
            # the first -v shows the raw times, each further one a digit more
            if verbose:
                precision += 1
            verbose += 1
        elif option in ("-h", "--help"):
            print(_USAGE, end=" ")
            return 0
    setup = "\n".join(setups) or "pass"
    # statements may import modules of the current directory
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    def show(seconds):
        if unit is not None:
            name = unit
        else:
            name = "nsec"
            for candidate in ("sec", "msec", "usec"):
                if seconds >= _UNITS[candidate]:
                    name = candidate
                    break
        return "%.*g %s" % (precision, seconds / _UNITS[name], name)

    t = Timer(stmt, setup, timer)
    if number == 0:
        def report(loops, seconds):
            if verbose:
                print("%d loop%s -> %.*g secs" % (loops, "" if loops == 1 else "s",
                                                  precision, seconds))
        try:
            number, _ = t.autorange(report)
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat_count, number)
    except BaseException:
        t.print_exc()
        return 1
    if verbose:
        print("raw times: %s" % ", ".join(show(x) for x in raw))
        print()
    per_loop = [x / number for x in raw]
    best = min(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (number, "" if number == 1 else "s",
                                                   repeat_count, show(best)))
    worst = max(per_loop)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time "
                               "(%s) was more than four times slower than the best time "
                               "(%s)." % (show(worst), show(best)), UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
