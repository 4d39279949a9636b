import string
from collections import Counter
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
freq = Counter(words)
print("total words:", len(words), "unique:", len(freq))
for word, n in freq.most_common(5):
    print(f"{word:>8} {'*' * n} ({n})")
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print("longest:", max(words, key=len), "avg len: %.3f" % (sum(map(len, words)) / len(words)))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[-1])
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("".join(c for c, _ in letters.most_common(6)))
print(textwrap.fill(" ".join(sorted(set(words))), width=50))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
table = str.maketrans("aeiou", "AEIOU")
print(TEXT.splitlines()[0].translate(table))
def palindromes(ws):
    return sorted({w for w in ws if len(w) > 2 and w == w[::-1]})
print(palindromes("level noon racecar abc wow deed".split()))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "Hello World".replace("World", "There").lower().count("e"))
print(" | ".join(f"{w}:{len(w)}" for w in TEXT.split()[:6]))
print(TEXT.find("age"), TEXT.rfind("age"), TEXT.index("best"), TEXT.count("it was"))
