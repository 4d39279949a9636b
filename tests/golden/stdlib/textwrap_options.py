# textwrap: TextWrapper's attributes and defaults, every option alone and combined,
# max_lines/placeholder limits, error messages, shorten/dedent/indent edge cases.
import textwrap

w = textwrap.TextWrapper()
print(sorted(vars(w).items()))
print(list(vars(w)))
print(len(textwrap.TextWrapper.unicode_whitespace_trans), textwrap.TextWrapper.unicode_whitespace_trans[9])
print(textwrap.__all__)

text = "Hello there,  how are you\tdoing today?  Fine. Thanks! Well-being is a long-term thing."
for kw in [dict(), dict(width=10), dict(width=10, initial_indent='>> '), dict(width=12, subsequent_indent='..'),
           dict(width=15, expand_tabs=False), dict(width=15, replace_whitespace=False),
           dict(width=15, fix_sentence_endings=True), dict(width=4, break_long_words=False),
           dict(width=15, drop_whitespace=False), dict(width=8, break_on_hyphens=False),
           dict(width=20, tabsize=2), dict(width=20, tabsize=0), dict(width=12, max_lines=2),
           dict(width=12, max_lines=3, placeholder='~'), dict(width=30, max_lines=1, placeholder=''),
           dict(width=6, max_lines=2, placeholder=' [..]'), dict(width=9, max_lines=2, initial_indent='* ')]:
    print(kw, textwrap.wrap(text, **kw))

# Positional arguments in the constructor's order.
w = textwrap.TextWrapper(12, '- ', '  ', True, True, False, True, True, True, 4)
print(w.wrap(text))
try:
    textwrap.TextWrapper(12, '', '', True, True, False, True, True, True, 4, 3)
except TypeError as e:
    print('TypeError', e)

for bad in [dict(width=0), dict(width=-5), dict(width=3, max_lines=1), dict(width=3, max_lines=2, subsequent_indent='  '),
            dict(width=7, max_lines=1, initial_indent='    ')]:
    try:
        print(textwrap.wrap('a few words here', **bad))
    except ValueError as e:
        print('ValueError', e)
print(textwrap.wrap('', 1), textwrap.fill('', 5), repr(textwrap.fill('   ', 5)))
try:
    textwrap.shorten('some words', 5, max_lines=2)
except TypeError as e:
    print('TypeError', e)
try:
    textwrap.wrap('text', width=5, colour='red')
except TypeError as e:
    print('TypeError', e)

# Sentence endings: lowercase letter, punctuation, optional quote, then one space.
for s in ['End. Next', 'End.  Next', 'Mr. Smith', 'A. Big', 'why? yes', '"ok!" go', "it.' so", 'x.) y', '3. four']:
    print(repr(s), textwrap.wrap(s, 40, fix_sentence_endings=True))

# Hyphens and em-dashes.
for s in ['well-known', 'a-b', 'ab-cd', 'abc--def', 'x---y', '-leading', 'trailing-', '123-456', 'über-cool',
          'some-very-long-hyphenated-compound-word', 'a--b--c', 'co-op-ed']:
    print(repr(s), textwrap.wrap(s, 5), textwrap.wrap(s, 5, break_on_hyphens=False))

# Long words with and without breaking, and indents that use up the width.
print(textwrap.wrap('abcdefghijklmnop qr', 5, initial_indent='++++'))
print(textwrap.wrap('abcdefghij', 3, break_long_words=False, subsequent_indent=' '))
print(textwrap.fill('one two three four five six', 9, max_lines=2, placeholder='...'))

# Whitespace: every whitespace character becomes a space; other spaces stay.
print(textwrap.wrap('a\x0bb\x0cc\rd\ne\u2003f\u00a0g', 3))
print(textwrap.wrap('a\x0bb\x0cc\rd\ne', 3, replace_whitespace=False))

# Changing attributes after construction.
w = textwrap.TextWrapper(width=10)
print(w.fill('attributes may change between calls'))
w.width, w.initial_indent, w.max_lines = 14, '# ', 2
print(w.fill('attributes may change between calls'))

# shorten
for s, width in [('Hello world', 20), ('Hello world', 5), ('Hello   \n world  ', 11), ('', 6),
                 ('abcdefgh ijkl', 10), ('one two three', 9)]:
    print(repr(s), width, repr(textwrap.shorten(s, width)), repr(textwrap.shorten(s, width, placeholder='..')))
try:
    textwrap.shorten('Hello world', 3)
except ValueError as e:
    print('ValueError', e)

# dedent
for s in ['  a\n  b', '  a\n    b\n  c', '\ta\n\tb', '\ta\n    b', '  a\n\n  b\n', '    \n  a', 'a\n  b',
          ' \t a\n \t b', '  a\r\n  b', '\n\n', '  x  \n  y  ']:
    print(repr(s), repr(textwrap.dedent(s)))

# indent
for s in ['a\nb', 'a\n\nb\n', '  \n\t\nx', '', 'x\r\ny\rz', 'no newline']:
    print(repr(s), repr(textwrap.indent(s, '| ')), repr(textwrap.indent(s, '>', lambda l: 'x' in l)))
print(repr(textwrap.indent('a\nb\n', '-', predicate=str.strip)))
