import difflib
from difflib import Differ, ndiff, restore, IS_LINE_JUNK, IS_CHARACTER_JUNK

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(Differ().compare(text1, text2))
print("".join(result), end="")
print(result[-3:])

diff = list(ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                  'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(restore(diff, 1)), end="")
print(''.join(restore(diff, 2)), end="")
print(list(restore(diff, "2")))

# tabs in hint lines are kept so the markers line up
print(''.join(ndiff(["\tabc\tdef\n"], ["\tabd\tdef\n"])), end="")
print(''.join(ndiff(["a b c d e\n"], ["a b X d e f\n"])), end="")
# identical line pair inside a replaced block
print(list(ndiff(["x\n", "same\n", "y\n"], ["1\n", "same\n", "2\n", "3\n"])))
print(list(ndiff(["aaaa", "bbbb"], ["cccc", "dddd", "eeee"])))
print(list(ndiff(["aaaa", "bbbb", "ffff"], ["cccc"])))
print(list(ndiff([], ["x"])), list(ndiff(["x"], [])), list(ndiff([], [])))
print(list(ndiff(["abcdefgh\n", "\n", "#\n"], ["abcdxfgh\n", "  # \n", "\n"], linejunk=IS_LINE_JUNK)))
print(list(Differ(charjunk=IS_CHARACTER_JUNK).compare(["a b c\n"], ["a  b c\n"])))
print(list(Differ(linejunk=IS_LINE_JUNK).compare(["a\n", "\n"], ["a\n", " \n"])))

for line in ["", "\n", "  # \n", "#", "x#", " #x", "##"]:
    print(repr(line), IS_LINE_JUNK(line))
print([c for c in " \tx\n#" if IS_CHARACTER_JUNK(c)])

for which in (0, 3, "x"):
    try:
        list(restore(diff, which))
    except ValueError as e:
        print(type(e).__name__, e)
g = restore(diff, 5)
print(type(g).__name__)
