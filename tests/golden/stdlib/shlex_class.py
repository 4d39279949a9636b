import shlex

def tokens(lex):
    out = []
    while True:
        tok = lex.get_token()
        out.append((tok, lex.lineno))
        if tok == lex.eof:
            return out

text = 'foo bar "baz qux" \'x y\' a#b #comment\nnext=line 12.5 $v\n'
print(tokens(shlex.shlex(text)))
print(tokens(shlex.shlex(text, posix=True)))
lex = shlex.shlex(text, posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex(text)
print(repr(lex.eof), lex.posix, lex.commenters, lex.quotes, lex.escape,
      lex.escapedquotes, repr(lex.whitespace), lex.whitespace_split, lex.infile, lex.source)
print(lex.wordchars)
print(shlex.shlex('', posix=True).wordchars)
print(repr(lex.punctuation_chars), lex.state, lex.lineno, lex.token == '', lex.debug)

# push_token, iteration and read_token
lex = shlex.shlex('one two three')
print(lex.get_token())
lex.push_token('pushed')
lex.push_token('again')
print(lex.get_token(), lex.get_token(), lex.get_token())
print(lex.read_token(), repr(lex.read_token()), repr(lex.get_token()))
lex = shlex.shlex('a b c', posix=True)
print(iter(lex) is lex, next(lex), list(lex))
try:
    next(lex)
except StopIteration:
    print('StopIteration')

# customised characters
lex = shlex.shlex('a-b c.d e/f', posix=True)
print(list(lex))
lex = shlex.shlex('a-b c.d e/f', posix=True)
lex.wordchars += '-./'
print(list(lex))
lex = shlex.shlex('a;b % c; d', posix=True)
lex.commenters = '%'
lex.whitespace += ';'
print(list(lex))
lex = shlex.shlex('say |hi there| and "x"', posix=True)
lex.quotes = '|'
print(list(lex))
lex = shlex.shlex('a^ b "c^"d" e', posix=True)
lex.escape = '^'
print(list(lex))
lex = shlex.shlex("'a\\b' \"c\\\"d\" \"\\x\"", posix=True)
print(list(lex))
lex = shlex.shlex("'a\\'b'", posix=True)
lex.escapedquotes = "'\""
print(list(lex))
lex = shlex.shlex("'a\\'b", posix=True)
try:
    print(list(lex))
except ValueError as e:
    print(type(e).__name__, e)

# error_leader and lineno
lex = shlex.shlex('a\nb\n\nc', infile='cfg.txt')
for tok in lex:
    print(tok, lex.lineno, lex.error_leader())
print(lex.error_leader('other', 7), shlex.shlex('x').error_leader())
print(shlex.shlex(io_stream := __import__('io').StringIO('from stream')).instream is io_stream)
print(list(shlex.shlex(io_stream)), list(shlex.shlex(io_stream)))
