# assertEqual's ndiff output on seeded random lists and texts: CPython's comes
# from difflib, refpy's from its own matcher inside unittest.
import random
import unittest

class Dummy(unittest.TestCase):
    maxDiff = None

    def runTest(self):
        pass

t = Dummy()
rng = random.Random(1234)

def line(alphabet):
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))

def variant(text, alphabet):
    choice = rng.random()
    if choice < 0.4 or not text:
        return text
    if choice < 0.7:
        i = rng.randrange(len(text))
        return text[:i] + rng.choice(alphabet) + text[i + 1:]
    if choice < 0.85:
        return text + line(alphabet)
    return line(alphabet)

def show(a, b):
    try:
        t.assertEqual(a, b)
        print('equal')
    except AssertionError as e:
        print(e)
    print('~' * 10)

for n in range(60):
    alphabet = rng.choice(['ab', 'abc \t', 'abcdefgh  ', 'xyz.,'])
    a = [line(alphabet) for _ in range(rng.randint(0, 7))]
    b = [variant(x, alphabet) for x in a]
    if rng.random() < 0.3:
        rng.shuffle(b)
    if rng.random() < 0.3:
        b.insert(rng.randint(0, len(b)), line(alphabet))
    if n % 2:
        show(a, b)
    else:
        show('\n'.join(a) + '\n', '\n'.join(b) + '\n')
