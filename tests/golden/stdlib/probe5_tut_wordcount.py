# Tutorial: word frequencies with collections + re
import re
from collections import Counter, defaultdict
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = re.findall(r"[a-z']+", text.lower())
cnt = Counter(words)
for w, n in cnt.most_common(5):
    print(f'{w:>12} {n:3d} {"#" * n}')
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
print(sum(cnt.values()), len(cnt), cnt['was'], cnt['nothing'])
first = {}
for i, w in enumerate(words):
    first.setdefault(w, i)
print(sorted(first.items(), key=lambda kv: kv[1])[:6])
