# Comparing text: difflib, fnmatch, shlex
import difflib
import fnmatch
import shlex

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox leaps over the lazy cat".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op)
old = ["line one\n", "line two\n", "line three\n", "line four\n"]
new = ["line one\n", "line 2\n", "line three\n", "line four\n", "line five\n"]
print("".join(difflib.unified_diff(old, new, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(old, new, n=1)), end="")
print("".join(difflib.ndiff(["abcd\n"], ["abed\n"])), end="")
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "shell", "whale"], n=2, cutoff=0.5))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 3), s2.find_longest_match(0, 29, 0, 38))
print(fnmatch.fnmatch("report.TXT", "*.txt"), fnmatch.fnmatchcase("report.TXT", "*.txt"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "d.pyc"], "*.py"), fnmatch.translate("*.py[co]"))
print(fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("x!", "x[!a-z]"), fnmatch.fnmatch("a?b", "a[?]b"))
print(shlex.split('cmd --name "John Smith" -v \'single quoted\' esc\\ aped'))
print(shlex.quote("it's here"), shlex.quote("safe"), shlex.join(["ls", "-l", "my file"]))
lex = shlex.shlex("a = b + 'c d' # comment", posix=True)
lex.whitespace_split = False
print(list(lex))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
d = difflib.Differ()
print(list(d.compare(["one", "two"], ["one", "too"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("#\n"))
