# Splitting and quoting shell command lines with shlex
import shlex

cmds = [
    'ls -la "My Documents"',
    "echo 'single quoted' and\\ escaped",
    'grep -r "pattern with \\"quotes\\"" .',
    "python -c 'print(1)' # comment here",
    "a=1 b='two words' cmd",
    "",
]
for c in cmds:
    print(repr(c), "->", shlex.split(c))
print(shlex.split("python -c 'x' # keep", comments=True))
print(shlex.split("a 'b c' d", posix=False))
for s in ["simple", "with space", "it's", "", "$HOME", "semi;colon", "safe-_./:=@%+,"]:
    print(repr(s), "->", shlex.quote(s))
print(shlex.join(["cp", "my file.txt", "dest dir/", "--flag=x y"]))
print(shlex.split(shlex.join(["a b", "c'd", "e"])))

lex = shlex.shlex("x = 'hello world' + y2; z", posix=True)
print(list(lex))
lex = shlex.shlex("key=value other=2", posix=True, punctuation_chars=False)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a && b || (c | d) > out.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("one two", posix=True)
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("first second")
lex.push_token("zeroth")
print(lex.get_token(), lex.get_token(), lex.lineno)
for bad in ['echo "unterminated', "it's"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print(shlex.split("tab\tseparated\nnewline"), shlex.split("  lead  trail  "))
print(shlex.split(r'"a\\b" "c\$d" \\x'))
