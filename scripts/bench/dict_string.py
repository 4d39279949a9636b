# Dict and str work: building keys, counting words, joins, f-strings.
words = "the quick brown fox jumps over the lazy dog and keeps running far away".split()
counts = {}
parts = []
for i in range(2000000):
    w = words[i % len(words)]
    key = f"{w}-{i % 50}"
    counts[key] = counts.get(key, 0) + 1
    if i % 3 == 0:
        parts.append(w.upper())
text = " ".join(parts)
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(len(counts), sorted(freq.items())[:3], len(text))
print(max(counts.values()), min(counts.values()), "".join(sorted(counts))[:40])
