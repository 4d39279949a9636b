import shlex

for s in ['"abc', "'abc", 'abc\\', '"ab\\', 'x "y z', "ok 'fine' 'no"]:
    for posix in (True, False):
        lex = shlex.shlex(s, posix=posix)
        got = []
        try:
            for tok in lex:
                got.append(tok)
        except ValueError as e:
            print(repr(s), posix, got, type(e).__name__, e, lex.lineno)
        else:
            print(repr(s), posix, got)
# EOF state is sticky: further reads return eof
lex = shlex.shlex('a', posix=True)
print(list(lex), lex.get_token(), lex.get_token(), lex.state)
lex = shlex.shlex('a')
print(list(lex), repr(lex.get_token()), lex.state)
print(shlex.split('a b c\n', comments=True), shlex.split('#only a comment', comments=True))
print(shlex.split(''), shlex.split('   '))
shlex.split('"open')
