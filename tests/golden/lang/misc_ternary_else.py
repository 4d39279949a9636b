# A conditional expression whose condition is followed by something other than 'else':
# CPython's "expected 'else' after 'if' expression" and its span, and the neighbours
# that stay plain "invalid syntax" or another message.
cases = [
    '1 if n == not n else 2', '1 if x', 'a if b else', '[x if y for y in z]', 'f(1 if 2)',
    'x = 1 if 2', '(a if b)', 'lambda: 1 if x', 'a if b c', '1 if 2 else 3 if 4',
    'a if b else c == not d', '1 if n + else 2', '1 if n +', 'x = 1 if n == not n',
    'f(1 if n == not n)', 'if x == not y: pass', '[x for x in y if z == not w]',
    '[a if b == not c for a in d]', 'a if b.', 'a if b ==', 'a if b == not', 'a if not not',
    'a if b is not not c', 'a if b not in not c', 'a if -', 'a if b - * c',
    'a if b and not or c', 'a if (b == not c) else d', 'a if b[c == not d] else e',
    'lambda: a if b == not c', 'x = a if b == not c else d', 'a if b lambda', 'a if b = c',
    'a if b == c = d', 'x += a if b', 'a if b, c', 'print(a if b c)', 'a if b if c else d',
    'a if await b == not c', 'a if b **', '(a if b ==)', 'a if b := c', 'a if b; c',
    '(x) if (y)', '((x)) if ((y)) z', '(x, y) if (z, w) +', "'s' if (x) [ e[0] c.d :",
    'a if b[c d]', 'a if f(c d)', 'a if f(c, d e)', '[y for y in a if b == not c]', 'a if b else c if d ==',
    'x = [1 if a == not b]', 'a if "s" "t" ==', 'a if b.c.d(e)[f] ** g ==', 'a if ~b == not c',
    'a if b\n', 'def f():\n    return a if b == not c\n', 'a if b == not c  # comment',
]
for source in cases:
    for mode in ('eval', 'exec'):
        try:
            compile(source, '<s>', mode)
            print(mode, repr(source), 'compiles')
        except SyntaxError as e:
            print(mode, repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
