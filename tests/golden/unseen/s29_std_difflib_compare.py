# Comparing texts with difflib
import difflib

old = """apple
banana
cherry
date
elderberry
fig""".splitlines(keepends=True)
new = """apple
blueberry
cherry
date
fig
grape""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.context_diff(old, new, fromfile="a", tofile="b", n=1)), end="")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"])), end="")
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="", n=0)))

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(sm.get_matching_blocks())
print(sm.find_longest_match(0, 29, 0, 38))
s2 = difflib.SequenceMatcher(lambda c: c == " ", "abcd efg", "abxd ef g")
print(list(s2.get_grouped_opcodes(1)))
words = ["apple", "ape", "peach", "puppy", "application", "apply"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("wheel", ["while", "when", "whale", "wheat"]))
d = difflib.Differ()
for line in d.compare(["the cat sat\n"], ["the cat sits\n"]):
    print(repr(line))
print(list(difflib.restore(difflib.ndiff(["x\n"], ["y\n"]), 2)))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"f1", b"f2")))
print("".join(difflib.unified_diff(["x\n"], ["x\n"])) == "")
