import shlex

def show(s, **kw):
    ws = kw.pop('ws', False)
    lex = shlex.shlex(s, **kw)
    lex.whitespace_split = ws
    try:
        print(repr(s), kw, ws, list(lex))
    except ValueError as e:
        print(repr(s), kw, ws, type(e).__name__, e)

for s in ['a && b || c', 'a&&b||c', '(cd x; ls) > out.txt 2>&1', 'x|y', 'a;;b',
          '~/bin/*.py -v --x=1', 'echo "a;b" \'c|d\' e\\;f', 'a # c ; d\nb;c']:
    show(s, punctuation_chars=True)
    show(s, punctuation_chars=True, posix=True)
    show(s, punctuation_chars=True, posix=True, ws=True)
    show(s, punctuation_chars=';', posix=True)
lex = shlex.shlex('a', punctuation_chars=True)
print(repr(lex.punctuation_chars), '~' in lex.wordchars, '-' in lex.wordchars, '(' in lex.wordchars)
lex = shlex.shlex('a', punctuation_chars='~-')
print(repr(lex.punctuation_chars), '~' in lex.wordchars, '-' in lex.wordchars, '.' in lex.wordchars)
print(repr(shlex.shlex('a', punctuation_chars='').punctuation_chars))
try:
    lex.punctuation_chars = 'x'
except AttributeError:
    print('AttributeError')
lex = shlex.shlex('a<b', punctuation_chars=True)
print(lex.get_token())
lex.push_token('P')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
