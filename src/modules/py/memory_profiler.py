# refpy's memory_profiler module, Python half (the native half is
# src/modules/memory_profiler.rs). A line-by-line memory profiler with the
# output format of the memory_profiler package (0.61): `@profile` runs the
# function under refpy's line hook (sys._set_line_hook), samples the process's
# RSS (through psutil) at each line event of the function and of the code
# objects nested in it, and prints a table once the function returns.

import sys
import psutil

__version__ = '0.61.0'

_TWO_20 = float(2 ** 20)


def choose_backend(new_backend=None):
    if new_backend not in (None, 'psutil', 'psutil_pss', 'psutil_uss', 'posix'):
        raise ValueError('unknown backend %r' % (new_backend,))
    return 'psutil'


def _get_memory(pid=-1, backend='psutil', timestamps=False, include_children=False,
                filename=None):
    """The resident set size of process `pid` (-1: this one), in MiB."""
    if pid == -1:
        pid = None
    process = psutil.Process(pid)
    mem = process.memory_info()[0] / _TWO_20
    if include_children:
        for child in process.children(recursive=True):
            try:
                mem += child.memory_info()[0] / _TWO_20
            except psutil.Error:
                pass
    if timestamps:
        import time
        return mem, time.time()
    return mem


def memory_usage(proc=-1, interval=.1, timeout=None, timestamps=False,
                 include_children=False, multiprocess=False, max_usage=False,
                 retval=False, stream=None, backend=None, max_iterations=None):
    """Memory usage (MiB) of a process, or of running `(f, args, kw)`: a list of samples."""
    import time
    backend = choose_backend(backend)
    ret = []
    result = None
    if callable(proc) or isinstance(proc, (tuple, list)):
        if callable(proc):
            proc = (proc, (), {})
        f = proc[0]
        args = proc[1] if len(proc) > 1 else ()
        kw = proc[2] if len(proc) > 2 else {}
        ret.append(_get_memory(-1, backend, timestamps, include_children))
        result = f(*args, **kw)
        ret.append(_get_memory(-1, backend, timestamps, include_children))
    else:
        if proc == -1:
            pid = -1
        elif isinstance(proc, int):
            pid = proc
        else:
            pid = getattr(proc, 'pid')
        n = 1
        if timeout is not None:
            n = max(1, int(round(timeout / interval)))
        if max_iterations is not None:
            n = min(n, max_iterations)
        for i in range(n):
            ret.append(_get_memory(pid, backend, timestamps, include_children))
            if i + 1 < n:
                time.sleep(interval)
    if max_usage:
        ret = max(ret)
    if retval:
        return ret, result
    return ret


# ---- source blocks (what inspect.getsourcelines gives for a function) ----

def _logical_lines(lines, start):
    """Yields (kind, first_row, last_row, col, text) for lines[start:]: kind is
    'blank', 'comment' (a comment-only line) or 'code' (a whole logical line,
    following brackets, strings and backslash continuations)."""
    n = len(lines)
    i = start
    while i < n:
        line = lines[i]
        stripped = line.lstrip(' \t\f')
        col = len(line) - len(stripped)
        body = stripped.rstrip('\r\n')
        if not body.strip():
            yield ('blank', i, i, col, body)
            i += 1
            continue
        if body.startswith('#'):
            yield ('comment', i, i, col, body)
            i += 1
            continue
        depth = 0
        quote = None
        j = i
        while j < n:
            s = lines[j]
            k = 0
            size = len(s)
            cont = False
            while k < size:
                c = s[k]
                if quote is not None:
                    if c == '\\':
                        k += 2
                    elif s.startswith(quote, k):
                        k += len(quote)
                        quote = None
                    else:
                        k += 1
                    continue
                if c == '#':
                    break
                if c == '"' or c == "'":
                    if s.startswith(c * 3, k):
                        quote = c * 3
                        k += 3
                    else:
                        quote = c
                        k += 1
                    continue
                if c in '([{':
                    depth += 1
                elif c in ')]}':
                    if depth > 0:
                        depth -= 1
                elif c == '\\':
                    cont = True
                    break
                k += 1
            if quote is not None and len(quote) == 1:
                if not s.rstrip('\r\n').endswith('\\'):
                    quote = None
            if quote is None and depth == 0 and not cont:
                break
            j += 1
        if j >= n:
            j = n - 1
        yield ('code', i, j, col, body)
        i = j + 1


def _first_word(text):
    word = ''
    for c in text:
        if c.isalnum() or c == '_':
            word += c
        else:
            break
    return word


def _has_word(text, word):
    pos = text.find(word)
    while pos >= 0:
        before = text[pos - 1] if pos > 0 else ' '
        end = pos + len(word)
        after = text[end] if end < len(text) else ' '
        if not (before.isalnum() or before == '_') and not (after.isalnum() or after == '_'):
            return True
        pos = text.find(word, pos + 1)
    return False


def _block_length(lines, start):
    """How many lines from lines[start] make up the def (with its decorators)."""
    last = start
    started = False
    def_col = 0
    body_col = None
    for kind, first, end, col, text in _logical_lines(lines, start):
        if not started:
            if kind != 'code':
                continue
            last = end
            if text.startswith('@'):
                continue
            word = _first_word(text)
            if word == 'async':
                word = _first_word(text[5:].lstrip())
            if word in ('def', 'class'):
                started = True
                def_col = col
            elif _has_word(text, 'lambda'):
                break
            continue
        if kind == 'blank':
            continue
        if kind == 'comment':
            if body_col is not None and col >= body_col:
                last = end
            continue
        if col <= def_col:
            break
        if body_col is None:
            body_col = col
        last = end
    return last - start + 1


def _getsourcelines(code, all_lines):
    """(lines, first line number) of the block of `code`, as inspect.getsourcelines."""
    lnum = code.co_firstlineno - 1
    if lnum >= len(all_lines):
        raise OSError('could not get source code')
    while lnum > 0:
        s = all_lines[lnum].lstrip()
        if s.startswith('def ') or s.startswith('def\t') or s.startswith('@') \
                or (s.startswith('async') and _first_word(s[5:].lstrip()) == 'def') \
                or _has_word(all_lines[lnum], 'lambda'):
            break
        lnum -= 1
    count = _block_length(all_lines, lnum)
    return all_lines[lnum:lnum + count], lnum + 1


def _iscode(obj):
    return type(obj) is _code_type


_code_type = type(_iscode.__code__)


# ---- the profiler ----

class CodeMap:
    """code object -> {lineno: (increment, memory, occurrences)}; nested code
    objects share the measures of the function they sit in. (A mapping that
    holds its dict rather than subclassing dict, with the same interface.)"""

    def __init__(self, include_children, backend):
        self._map = {}
        self.include_children = include_children
        self._toplevel = []
        self.backend = backend

    def __contains__(self, code):
        return code in self._map

    def __getitem__(self, code):
        return self._map[code]

    def __setitem__(self, code, measures):
        self._map[code] = measures

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        return iter(self._map)

    def keys(self):
        return self._map.keys()

    def values(self):
        return self._map.values()

    def get(self, code, default=None):
        return self._map.get(code, default)

    def add(self, code, toplevel_code=None):
        if code in self:
            return
        if toplevel_code is None:
            filename = code.co_filename
            if filename.endswith(('.pyc', '.pyo')):
                filename = filename[:-1]
            if not _exists(filename):
                print('ERROR: Could not find file ' + filename)
                return
            toplevel_code = code
            sub_lines, start_line = _getsourcelines(code, _getlines(filename))
            linenos = range(start_line, start_line + len(sub_lines))
            self._toplevel.append((filename, code, linenos))
            self[code] = {}
        else:
            self[code] = self[toplevel_code]
        for subcode in code.co_consts:
            if _iscode(subcode):
                self.add(subcode, toplevel_code=toplevel_code)

    def trace(self, code, lineno, prev_lineno):
        memory = _get_memory(-1, self.backend, include_children=self.include_children)
        measures = self._map[code]
        prev_value = measures.get(lineno)
        previous_memory = prev_value[1] if prev_value else 0
        previous_inc = prev_value[0] if prev_value else 0
        prev_line_value = measures.get(prev_lineno) if prev_lineno else None
        prev_line_memory = prev_line_value[1] if prev_line_value else 0
        occurrences = prev_value[2] + 1 if prev_value else 1
        measures[lineno] = (previous_inc + (memory - prev_line_memory),
                            max(memory, previous_memory), occurrences)

    def items(self):
        """(filename, iterator of (lineno, measures or None)) for each profiled function."""
        for filename, code, linenos in self._toplevel:
            measures = self[code]
            if not measures:
                continue
            yield filename, [(line, measures.get(line)) for line in linenos]


class LineProfiler:
    """Records the memory used at each line of the functions added to it."""

    def __init__(self, **kw):
        include_children = kw.get('include_children', False)
        backend = kw.get('backend', 'psutil')
        self.code_map = CodeMap(include_children=include_children, backend=backend)
        self.enable_count = 0
        self.max_mem = kw.get('max_mem', None)
        self.prevlines = []
        self.backend = choose_backend(kw.get('backend', None))
        self.prev_lineno = None
        self._original_trace_function = None

    def __call__(self, func=None, precision=1):
        if func is not None:
            self.add_function(func)
            f = self.wrap_function(func)
            f.__module__ = func.__module__
            f.__name__ = func.__name__
            f.__doc__ = func.__doc__
            f.__dict__.update(getattr(func, '__dict__', {}))
            return f

        def inner_partial(f):
            return self.__call__(f, precision=precision)
        return inner_partial

    def add_function(self, func):
        code = getattr(func, '__code__', None)
        if code is not None:
            self.code_map.add(code)

    def wrap_function(self, func):
        def f(*args, **kwds):
            self.enable_by_count()
            try:
                return func(*args, **kwds)
            finally:
                self.disable_by_count()
        return f

    def enable_by_count(self):
        if self.enable_count == 0:
            self.enable()
        self.enable_count += 1

    def disable_by_count(self):
        if self.enable_count > 0:
            self.enable_count -= 1
            if self.enable_count == 0:
                self.disable()

    def trace_memory_usage(self, code, lineno, event):
        if code in self.code_map._map:
            if event == 'call':
                self.prevlines.append(lineno)
            elif event == 'line':
                self.code_map.trace(code, self.prevlines[-1], self.prev_lineno)
                self.prev_lineno = self.prevlines[-1]
                self.prevlines[-1] = lineno
            elif event == 'return':
                if self.prevlines:
                    last = self.prevlines.pop()
                    self.code_map.trace(code, last, self.prev_lineno)
                    self.prev_lineno = last
        if self._original_trace_function is not None:
            self._original_trace_function(code, lineno, event)

    def trace_max_mem(self, code, lineno, event):
        if event in ('line', 'return') and code in self.code_map:
            c = _get_memory(-1, self.backend)
            if c >= self.max_mem:
                sys.stdout.write('Current memory {0:.2f} MiB exceeded the '
                                 'maximum of {1:.2f} MiB\n'.format(c, self.max_mem))
        if self._original_trace_function is not None:
            self._original_trace_function(code, lineno, event)

    def __enter__(self):
        self.enable_by_count()

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.disable_by_count()

    def enable(self):
        self._original_trace_function = _get_line_hook()
        if self.max_mem is not None:
            sys._set_line_hook(self.trace_max_mem)
        else:
            sys._set_line_hook(self.trace_memory_usage)

    def disable(self):
        sys._set_line_hook(self._original_trace_function)
        self._original_trace_function = None


def show_results(prof, stream=None, precision=1):
    if stream is None:
        stream = sys.stdout
    template = '{0:>6} {1:>12} {2:>12}  {3:>10}   {4:<}'
    for filename, lines in prof.code_map.items():
        header = template.format('Line #', 'Mem usage', 'Increment', 'Occurrences',
                                 'Line Contents')
        stream.write('Filename: ' + filename + '\n\n')
        stream.write(header + '\n')
        stream.write('=' * len(header) + '\n')
        all_lines = _getlines(filename)
        template_mem = '{0:' + '{0}.{1}f'.format(precision + 4, precision) + '} MiB'
        for lineno, mem in lines:
            if mem:
                total_mem = template_mem.format(mem[1])
                inc = template_mem.format(mem[0])
                occurrences = mem[2]
            else:
                total_mem = ''
                inc = ''
                occurrences = ''
            text = all_lines[lineno - 1] if lineno - 1 < len(all_lines) else '\n'
            stream.write(template.format(lineno, total_mem, inc, occurrences, text))
        stream.write('\n\n')


def _copy_wrapper_attrs(wrapper, wrapped):
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def profile(func=None, stream=None, precision=1, backend='psutil'):
    """Decorator that runs the function and prints a line-by-line memory profile."""
    backend = choose_backend(backend)
    if func is not None:
        def wrapper(*args, **kwargs):
            prof = LineProfiler(backend=backend)
            val = prof(func)(*args, **kwargs)
            show_results(prof, stream=stream, precision=precision)
            return val
        return _copy_wrapper_attrs(wrapper, func)

    def inner_wrapper(f):
        return profile(f, stream=stream, precision=precision, backend=backend)
    return inner_wrapper
