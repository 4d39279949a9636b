# shlex neighbours: quote/join over unusual arguments, split's argument forms and
# errors, the non-str inputs, source requests with debug output, custom characters.
import io
import shlex
import warnings

for s in ['', 'plain', 'a b', "it's", '"dq"', 'tab\there', 'nl\nx', 'ünïcode', 'x' * 3,
          '-flag=1,2', '@%+=:,./-_', 'a$b', 'a`b`', "''", '*', '~user', 'a!b', '\\', 'é']:
    print(repr(s), shlex.quote(s), shlex.split(shlex.quote(s)) == [s] if s else None)
print(shlex.join([]), shlex.join(['a', '', 'b c', "d'e"]), shlex.join(iter(['x', 'y z'])))
print(shlex.join(('1', '2')), shlex.split(shlex.join(['a b', "c'd", '$x'])))
for bad in [5, None, b'abc', ['a']]:
    try:
        print(shlex.quote(bad))
    except TypeError as e:
        print(type(bad).__name__, 'TypeError', e)
try:
    shlex.join([1, 'a'])
except TypeError as e:
    print('join TypeError', e)
try:
    shlex.split(5)
except AttributeError as e:
    print('split AttributeError', e)

print(shlex.split('a "b c" d', posix=False), shlex.split("x 'y z'", False, False))
print(shlex.split('a #b\nc', comments=True), shlex.split('a #b\nc'), shlex.split('a#b c', True))
print(shlex.split(''), shlex.split('   \n\t'), shlex.split('""'), shlex.split("'' a ''"))
print(shlex.split('a\\ b c\\\\d "e\\"f" \'g\\h\''), shlex.split('x"y"z \'p\'q'))
print(shlex.split('"a"b"c" d\'\'e', posix=False))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(shlex.split(None))
print([(w.category.__name__, str(w.message)) for w in caught])

# source requests, nested, with debug=1 (streams with fixed reprs)
class Named(io.StringIO):
    def __repr__(self):
        return '<Named stream>'


lex = shlex.shlex(Named('start INCLUDE inner rest'), posix=True)
lex.source = 'INCLUDE'
streams = {'inner': 'i1 i2\ni3'}
lex.sourcehook = lambda name: (name.upper(), Named(streams[name]))
lex.debug = 1
print(list(lex), lex.infile, lex.lineno)
lex = shlex.shlex(Named('a b'), posix=True)
lex.push_source(Named('p q'), 'pushed.txt')
lex.debug = 1
print(lex.get_token(), lex.infile)
print(list(lex))

# custom whitespace/wordchars/escape/quotes and their effect on tokens
lex = shlex.shlex('k1=v1,k2=v2', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a:b::c', posix=True)
lex.whitespace = ':'
print(list(lex))
lex = shlex.shlex('path/to/file.txt -x', posix=True, punctuation_chars=True)
print(list(lex), lex.wordchars[-10:])
lex = shlex.shlex("say 'a\\'' \"b\\\\\" c\\'", posix=True)
print(list(lex))
lex = shlex.shlex('abc def', posix=False)
lex.wordchars = 'abc'
print(list(lex))
lex = shlex.shlex('1 2 3')
print(lex.get_token(), lex.read_token(), lex.lineno, repr(lex.token), lex.state)
lex = shlex.shlex(io.StringIO('line1\nline2\n# c\nline4'), infile='f')
print([(t, lex.lineno, lex.error_leader()) for t in lex])
