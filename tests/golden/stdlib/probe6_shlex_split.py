import shlex

cmds = ['ls -l "My Documents"', "echo 'single quoted' \"double $HOME\"", r'grep -e foo\ bar file.txt',
        'cmd --opt="a b" # comment here', 'a\\"b "c\\"d"', "'it''s'", '   ', 'tab\tsep\nnewline']
for c in cmds:
    print(repr(c), "->", shlex.split(c))
print(shlex.split('cmd # keep comment', comments=True))
print(shlex.split("don't", posix=False) if False else shlex.split('a "b c"', posix=False))
for bad in ['echo "unterminated', "echo 'also", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
args = ["rm", "-rf", "my file", "it's", "", "$(danger)", "safe-name_1.txt", "a;b"]
print([shlex.quote(a) for a in args])
print(shlex.join(args))
print(shlex.split(shlex.join(args)) == args)
lex = shlex.shlex("a = b + 'c d' ; e", posix=True)
print(list(lex))
lex = shlex.shlex("key=value, other=thing", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("x && y || z > out.txt", punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
s = shlex.shlex('path/to/file.txt other', posix=True)
s.wordchars += "/."
print(list(s))
print(shlex.split("a\\ b c"), shlex.split("'a\\ b' c"), shlex.split('"a\\\\b" c'))
