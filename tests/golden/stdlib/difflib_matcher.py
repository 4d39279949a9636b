import difflib
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
for block in s.get_matching_blocks():
    print(block.a, block.b, block.size, block == (block.a, block.b, block.size))
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%r) b[%d:%d] (%r)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))

# junk and find_longest_match
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk))
print(s.find_longest_match(1, 3, 0, 9))
print(s.find_longest_match(0, 5, 6, 9))

# set_seq1/set_seq2 reuse the index of b
s = SequenceMatcher()
s.set_seq2("abcdefg")
for word in ["abc", "xbcdy", "gfedcba", ""]:
    s.set_seq1(word)
    print(word, s.ratio(), s.get_opcodes())
s.set_seqs("", "")
print(s.ratio(), s.get_matching_blocks(), s.get_opcodes())
print(list(s.get_grouped_opcodes()))

# lists of any hashable elements
s = SequenceMatcher(None, [1, 2, 3, 4, 5, 6], [1, 2, 9, 4, 5, 7, 6])
print(s.get_opcodes())
s = SequenceMatcher(None, ("a", 1), ("a", 2.0, 1))
print(s.get_matching_blocks())

# autojunk: elements filling more than 1% of a 200+ item b are popular
b = "ab" * 150
s = SequenceMatcher(None, "xab", b)
print(sorted(s.bpopular), s.get_matching_blocks())
s = SequenceMatcher(None, "xab", b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks())
s = SequenceMatcher(None, "x" + "ab" * 5, b)
print(s.find_longest_match(), round(s.ratio(), 4))
b = "".join(chr(65 + i % 60) for i in range(199)) + "a"
print(len(SequenceMatcher(None, "A", b).bpopular), len(SequenceMatcher(None, "A", b + "z").bpopular))
print(sorted(SequenceMatcher(None, "A", b * 2).bpopular)[:5])

# grouped opcodes with context
a = [str(i) for i in range(40)]
b = a[:]
b[3] = "x"
del b[20]
b.insert(35, "y")
s = SequenceMatcher(None, a, b)
for n in (0, 1, 3, 10):
    print(n, list(s.get_grouped_opcodes(n)))
print(SequenceMatcher[int])
print(Match(1, 2, 3), Match._fields)
