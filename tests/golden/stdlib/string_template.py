# string.Template: substitute/safe_substitute, the class attributes a subclass changes
# (delimiter, idpattern, braceidpattern, flags, pattern), get_identifiers, is_valid.
import re
import string
from string import Template


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


print(type(Template.pattern).__name__, Template.delimiter, Template.idpattern,
      Template.braceidpattern, Template.flags)
s = Template('$who likes ${what}; $$5 $')
t(lambda: s.substitute(who='tim', what='ham'))
t(lambda: s.safe_substitute(who='tim'))
t(lambda: s.substitute({'who': 'a'}, what='b'))
t(lambda: s.substitute({'who': 'a', 'what': 'dict'}, what='kw'))
t(lambda: s.substitute(who='x'))
t(lambda: Template('$a $b').substitute(a=1))
t(lambda: Template('line\n  $').substitute())
t(lambda: Template('${a b}').substitute(a=1))
t(lambda: Template('${a b}').safe_substitute(a=1))
t(lambda: Template('$ä').substitute())
t(lambda: Template('$A $a').substitute(A=1, a=2))
t(lambda: Template('x').substitute({}, {}))
t(lambda: s.get_identifiers())
t(lambda: s.is_valid())
t(lambda: Template('$a ${b} $a $$ ${c}').get_identifiers())
t(lambda: Template('$a ${b}').is_valid())
t(lambda: Template('$ x ${y} $z').get_identifiers())
t(lambda: Template('$ x').is_valid())


class Percent(Template):
    delimiter = '%'


t(lambda: Percent('%who costs %%5 %{x}').substitute(who='it', x='!'))
print(Percent.pattern is not Template.pattern, Template.delimiter)


class Dotted(Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'


t(lambda: Dotted('$user.name and ${user.id}').substitute({'user.name': 'n', 'user.id': 7}))


class Braced(Template):
    braceidpattern = r'[^}]+'


t(lambda: Braced('${any thing} $plain').substitute({'any thing': 1, 'plain': 2}))
t(lambda: Braced('${any thing} $plain').get_identifiers())


class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'


t(lambda: CaseSensitive('$abc $ABC').safe_substitute(abc=1, ABC=2))
t(lambda: CaseSensitive('$abc $ABC').is_valid())


class Custom(Template):
    delimiter = '#'
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    '''


t(lambda: Custom('#a #<b> ## #').safe_substitute(a=1, b=2))
t(lambda: Custom('#a #<b>').substitute(a=1, b=2))
t(lambda: Custom('#a #<b>').get_identifiers())
print(Custom.pattern.flags & re.VERBOSE != 0, Custom.pattern.flags & re.IGNORECASE != 0)


class NoInvalid(Template):
    pattern = r'\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>)|(?P<other>!))'


t(lambda: NoInvalid('$!').substitute())


class Odd(Template):
    pattern = r'\$(?P<named>[a-z]+)|(?P<escaped>@@)|(?P<braced>\{\})|(?P<invalid>%)|(?P<x>&)'


t(lambda: Odd('$a @@ &').substitute(a=1))
t(lambda: Odd('&').is_valid())
t(lambda: Odd('&').get_identifiers())
t(lambda: Odd('%').safe_substitute())

try:
    class Bad(Template):
        pattern = re.compile(r'\$(?P<named>x)')
except ValueError as e:
    print('ValueError', e)
t(lambda: string.capwords(' hello   world '))
t(lambda: string.capwords('a-b-c', '-'))
