# Building a tiny shell: parse lines, expand aliases, quote for display.
import shlex

aliases = {"ll": "ls -l", "gs": "git status --short"}

def expand(line):
    parts = shlex.split(line)
    if parts and parts[0] in aliases:
        parts = shlex.split(aliases[parts[0]]) + parts[1:]
    return parts

for line in ["ll 'my dir'", "gs", 'echo "a  b" c\\ d', "grep -r 'TODO:' src/ --include='*.py'", "   "]:
    argv = expand(line)
    print(argv, "=>", shlex.join(argv))
script = """
# comment line
set name "Ann Lee"   # trailing
echo hello $name
"""
lex = shlex.shlex(script, posix=True)
lex.whitespace_split = True
lex.commenters = "#"
print(list(lex))
lex = shlex.shlex("a,b;c", posix=True)
lex.whitespace += ",;"
print(list(lex))
lex = shlex.shlex('name="value with spaces" x=y', posix=True)
lex.whitespace_split = True
print([tok.split("=", 1) for tok in lex])
print(shlex.quote(""), shlex.quote("abc"), shlex.quote("a b"), shlex.quote("it's"), shlex.quote("@%+=:,./-_"))
print(shlex.split("x 'y z'", comments=False, posix=True))
lex = shlex.shlex("foo bar", posix=False)
print(lex.get_token(), lex.token, lex.eof, lex.whitespace == " \t\r\n", lex.quotes, lex.escape)
lex = shlex.shlex("'quoted string' plain", posix=False)
print(list(lex))
lex = shlex.shlex("a 'b", posix=False)
try:
    list(lex)
except ValueError as e:
    print("ValueError:", e)
lex = shlex.shlex("one\ntwo\nthree", posix=True)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex("hello", infile="cfg.txt")
print(lex.error_leader(), repr(lex.error_leader("x", 3)))
print(shlex.split("a=1 b='2 3' c=\"4\"")) 
