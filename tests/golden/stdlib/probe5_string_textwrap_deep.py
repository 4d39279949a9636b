import string, textwrap
from string import Template, Formatter
t = Template('$who likes ${what}s, $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('$ bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('$a$b').substitute({'a': 1}, b=2), t.get_identifiers(), Template('$x $').is_valid())
class MyT(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(MyT('%name is %age').safe_substitute(name='bob'))
f = Formatter()
print(f.format('{0}-{x}-{1!r}', 'a', 'b', x=3), list(f.parse('a{0:>3}b{x!s}c{{}}')))
class Up(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Up().format('{a} {b:>5} {0}', 'z', a='hi'))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'))
txt = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(txt, 30))
print(textwrap.wrap(txt, 25, max_lines=3, placeholder=' [...]'))
print(textwrap.fill(txt, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten('Hello  world, this is   long', width=15))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
print(textwrap.wrap('a-very-long-hyphenated-word-here ok', 10), textwrap.wrap('abcdefghijklmnop', 5), textwrap.wrap('abcdefgh ij', 5, break_long_words=False))
print(textwrap.wrap('\tx\ty', 6, expand_tabs=True, tabsize=4), textwrap.wrap('one. two', 20, fix_sentence_endings=True), textwrap.wrap('', 5))
w = textwrap.TextWrapper(width=12, break_on_hyphens=False, drop_whitespace=False)
print(w.wrap('well-known  facts about'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap('hello world', 5, max_lines=1, placeholder='........')
except ValueError as e:
    print('ValueError', e)
