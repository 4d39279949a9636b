import difflib
from difflib import get_close_matches
import keyword

print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(get_close_matches("wheel", keyword.kwlist))
print(get_close_matches("pineapple", keyword.kwlist))
print(get_close_matches("accept", keyword.kwlist))
print(get_close_matches("lamda", keyword.kwlist, n=1))
words = ["abc", "abd", "abe", "xbc", "abcd", "bc", "ab", "cab"]
for n in (1, 2, 5, 10):
    for cutoff in (0.0, 0.5, 0.7, 1.0):
        print(n, cutoff, get_close_matches("abc", words, n, cutoff))
print(get_close_matches("", ["", "a"]))
print(get_close_matches("abc", iter(words)))
print(get_close_matches("abc", []))
for args in [(0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        get_close_matches("abc", words, *args)
    except ValueError as e:
        print(type(e).__name__, e)
