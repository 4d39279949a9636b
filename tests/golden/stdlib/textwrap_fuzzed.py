# textwrap: seeded random texts (words, hyphens, em-dashes, sentence ends, every
# whitespace character) wrapped with random option sets; shorten, dedent, indent.
import random
import textwrap

rnd = random.Random(2024)
PIECES = ['a', 'bc', 'Word', '42', '-', '--', '---', ' ', '  ', '\t', '\n', '.', '!', '?', '"', "'",
          'é', '_', ',', 'xyz', 'abc-def', 'e-mail', 'end.', '\xa0', '\r\n', '\x0b', 'self-made-man',
          'Supercalifragilistic']
OPTIONS = [('initial_indent', ['', '* ', '    ']), ('subsequent_indent', ['', '  ', '>>> ']),
           ('expand_tabs', [True, False]), ('replace_whitespace', [True, False]),
           ('fix_sentence_endings', [False, True]), ('break_long_words', [True, False]),
           ('drop_whitespace', [True, False]), ('break_on_hyphens', [True, False]),
           ('tabsize', [8, 0, 3]), ('max_lines', [None, 1, 2, 3]),
           ('placeholder', [' [...]', '..', '', ' ~ '])]
for case in range(400):
    text = ''.join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 30)))
    options = {name: rnd.choice(values) for name, values in OPTIONS if rnd.random() < 0.4}
    indent = max(len(options.get('initial_indent', '')), len(options.get('subsequent_indent', '')))
    width = rnd.randint(1, 20) + indent
    try:
        result = textwrap.wrap(text, width, **options)
    except ValueError as e:
        result = 'ValueError: %s' % e
    print(case, width, result)
    if case % 4 == 0:
        try:
            print('  shorten', repr(textwrap.shorten(text, width + 6)))
        except ValueError as e:
            print('  shorten ValueError:', e)
        print('  dedent', repr(textwrap.dedent(text)))
        print('  indent', repr(textwrap.indent(text, '> ')))
