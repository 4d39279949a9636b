from string import Template
import string
cases = [('$a and $b', {'a': 1, 'b': 2}), ('${a}bc', {'a': 'X'}), ('$$a', {}), ('$a$', {'a': 1}), ('$1', {}), ('${}', {}), ('${a', {'a': 1}), ('$é', {}), ('$a_b1', {'a_b1': 'ok'}), ('$A', {'A': 'upper'}), ('\n$\n', {}), ('x $ y', {})]
for tmpl, m in cases:
    t = Template(tmpl)
    try:
        print(repr(tmpl), '->', repr(t.substitute(m)))
    except (KeyError, ValueError) as e:
        print(repr(tmpl), type(e).__name__, e)
    print('   safe:', repr(t.safe_substitute(m)), t.is_valid(), t.get_identifiers())
class Percent(Template):
    delimiter = '%'
class Braces(Template):
    pattern = r'''
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[_a-z][_a-z0-9]*)\}\} |
      (?P<braced>[_a-z][_a-z0-9]*)\}\} |
      (?P<invalid>)
    )'''
print(Percent('%who owes %%5 to %{whom}').substitute(who='A', whom='B'))
print(Braces('Hello {{name}}! {{{{ literal').substitute(name='World'))
try:
    Braces('{{ bad').substitute()
except ValueError as e:
    print('ValueError', e)
class Flagged(Template):
    flags = 0
    idpattern = '[A-Z]+'
print(Flagged('$ABC $abc').safe_substitute(ABC=1, abc=2))
t = Template('$x')
print(t.template, Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags == string.re.IGNORECASE if hasattr(string, 're') else Template.flags)
try:
    t.substitute({'x': 1}, {'x': 2})
except TypeError as e:
    print('TypeError', e)
print(t.substitute({'x': 1}, x=2), t.safe_substitute({'y': 1}))
f = string.Formatter()
print(f.format('{0:{1}}', 3.14159, '.2f'), f.format('{!r:^10}', 'hi'), f.convert_field('x', 'r'), f.convert_field('é', 'a'), f.format_field(5, '03'))
try:
    f.convert_field('x', 'z')
except ValueError as e:
    print('ValueError', e)
try:
    f.format('{0:{1:{2}}}', 1, 2, 3)
except ValueError as e:
    print('ValueError', e)
try:
    f.format('{a.b}', a=1)
except AttributeError as e:
    print('AttributeError', e)
print(f.check_unused_args([], (), {}), f.get_field('0.real', (1j,), {}), f.get_field('a[0]', (), {'a': 'xyz'}))
