import re
from collections import Counter
import string
import textwrap

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", text.lower())
print("words:", len(words), "unique:", len(set(words)))
counts = Counter(words)
for word, n in counts.most_common(5):
    print(f"{word:>8} | {'#' * n} {n}")
print("longest:", max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:3])
sentences = [s.strip() for s in re.split(r"[,.]", text) if s.strip()]
print(len(sentences), sentences[:2])
letters = Counter(c for c in text.lower() if c in string.ascii_lowercase)
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print("vowels:", sum(letters[v] for v in "aeiou"))
print(textwrap.fill(text.replace("\n", " "), width=40))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""\
        hello
          world
        """))
caps = re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world")
print(caps, string.capwords("hello   big world"))
print(re.sub(r"(\w+) of (\w+)", r"\2's \1", "the age of wisdom"))
m = re.search(r"season of (?P<what>\w+)", text)
print(m.group("what"), m.span(), m.groupdict(), m.start("what"))
print(re.split(r"\s+", "  a  b   c "), re.split(r"(,)", "a,b,c"))
print([m.group() for m in re.finditer(r"\b\w{7,}\b", text)])
print(string.punctuation, string.digits, string.hexdigits)
tmpl = string.Template("$who likes ${what}!")
print(tmpl.substitute(who="Tim", what="kung pao"), tmpl.safe_substitute(who="Ann"))
print(f"{'centered':^20}|{'left':<8}|{'right':>8}|{42:08.3f}|{255:#x}|{255:b}|{1234567:_}")
