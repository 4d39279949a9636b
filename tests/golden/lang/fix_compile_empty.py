# compile() of input with no statement: 'single' and 'eval' input get no implicit
# newline, so the parser meets ENDMARKER (invalid syntax on the tokenizer's last line,
# offset 0) or, for a last line of only blanks, an unexpected indent. 'exec' accepts
# them all.


def attempt(src, mode):
    try:
        compile(src, 'src', mode)
        return 'ok'
    except SyntaxError as e:
        return (f'{type(e).__name__}: {e} | lineno={e.lineno} offset={e.offset} '
                f'text={e.text!r} end=({e.end_lineno}, {e.end_offset})')


sources = ['', '\n', '# c', '# c\n', '  ', '  \n', '\t', ' \x0c ', '\x0c', '\n\n',
           '\n\n# c\n', '  # c', '\n  ', '\r\n', '# c\r\n', 'x\n\n  ', 'x\n ', 'x\\\n  ',
           ' x', ' x\n', '\n x', '(', '(\n', '(1,\n  ', '(1,\n2', 'f(\n  1,\n', 'x', 'x\n',
           'x # c', 'pass\n\n', 'x = 1 \\\n\n', 'x = 1 \\\n  # c', 'x\\\n\t\n\n']
for src in sources:
    for mode in ('single', 'exec', 'eval'):
        print(f'{src!r:14} {mode:6} {attempt(src, mode)}')

print('-- eval() and exec() of the same')
for src in ['', '\n', '  ', '# c', '  \n']:
    for fn in (eval, exec):
        try:
            print(repr(src), fn.__name__, repr(fn(src)))
        except SyntaxError as e:
            print(repr(src), fn.__name__, f'{type(e).__name__}: {e}', e.lineno, e.offset, repr(e.text))

print('-- bytes sources')
for src in [b'', b'\n', b'  ']:
    print(src, attempt(src, 'single'), '|', attempt(src, 'eval'))
