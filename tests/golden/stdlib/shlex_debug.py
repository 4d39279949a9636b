import shlex

lex = shlex.shlex('ab "c d"', posix=True)
lex.debug = 3
print(list(lex))
lex = shlex.shlex('x;y', posix=False)
lex.debug = 2
lex.push_token('t')
print(list(lex))
lex = shlex.shlex('one')
lex.debug = 1
lex.push_token('two')
print(list(lex))
