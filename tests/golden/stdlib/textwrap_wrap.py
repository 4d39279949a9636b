# textwrap: wrap/fill with every TextWrapper option, hyphenated words and em-dashes,
# long words, max_lines and placeholders, shorten, dedent and indent.
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. Hyphenated-words like "
        "state-of-the-art and e-mail or x-ray break--at em-dashes--sometimes. "
        "Supercalifragilisticexpialidocious\tis\ttabbed,\nand newlines\r\nvanish. "
        "Numbers 123-456 and --double dash, a-b-c-d, well-known-ish; end!  Done? 'Yes.' ok")
for width in (1, 5, 10, 12, 17, 25, 40, 70):
    print(width, textwrap.wrap(TEXT, width))
print(textwrap.fill(TEXT, 30, initial_indent='* ', subsequent_indent='    '))
print(textwrap.wrap(TEXT, 20, break_on_hyphens=False))
print(textwrap.wrap(TEXT, 20, break_long_words=False))
print(textwrap.wrap(TEXT, 20, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(TEXT, 30, drop_whitespace=False))
print(textwrap.wrap(TEXT, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(TEXT, 30, tabsize=2))
print(textwrap.wrap('One. Two.  Three! "Four." x. Y.', 12, fix_sentence_endings=True))
for lines in (1, 2, 3):
    for ph in (' [...]', '...', ' ~'):
        print(lines, repr(ph), textwrap.wrap(TEXT, 24, max_lines=lines, placeholder=ph))
print(textwrap.wrap('aaaa bbbb cccc dddd', 9, max_lines=2))
print(textwrap.wrap('aaaaaaaaaaaaa bb', 10, max_lines=1, placeholder='..'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('   ', 10, drop_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('a-b-c-d-e-f-g-h aaaa-bbbb-cccc-dddd', 7))
print(textwrap.wrap('--------------- word---word ---', 6))
print(textwrap.wrap('x' * 25, 10), textwrap.wrap('hyphen-ated-longwordhere-too', 10))
print(textwrap.wrap('Ünïcödé wörds hérè-ând-thère ça', 8))
print(textwrap.shorten('Hello  world!   How are\tyou?', 12))
print(textwrap.shorten('Hello world', 11), textwrap.shorten('Hello world', 10, placeholder='..'))
print(textwrap.shorten('Hello world!', 8))
w = textwrap.TextWrapper(width=15, initial_indent='> ')
print(w.wrap(TEXT[:60]), w.width, w.placeholder, w.max_lines)
w.width = 8
print(w.fill('change the width after making it'))
for bad in [dict(width=0), dict(width=-1), dict(width=5, max_lines=1, placeholder='toolong')]:
    try:
        textwrap.wrap('some text here', **bad)
    except ValueError as e:
        print('ValueError:', e)
print(repr(textwrap.dedent('''
    def f():
        return 1
      \t
    x = 2
''')))
print(repr(textwrap.dedent('\tx\n\t  y\n')), repr(textwrap.dedent('  a\n\tb\n')),
      repr(textwrap.dedent('    a\n  \n   b')), repr(textwrap.dedent('no indent\n  x')),
      repr(textwrap.dedent('')), repr(textwrap.dedent('  \n  \n')), repr(textwrap.dedent('  x\r\n  y')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '+ ')), repr(textwrap.indent('a\r\nb', '> ')),
      repr(textwrap.indent('a\nb\n', '# ', lambda line: True)),
      repr(textwrap.indent('x\ny', '', None)))
