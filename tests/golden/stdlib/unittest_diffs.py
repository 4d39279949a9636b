# assertEqual of lists, tuples, dicts and strings: the ndiff parts of the messages, and maxDiff.
import unittest

class Dummy(unittest.TestCase):
    def runTest(self):
        pass

t = Dummy()
t.maxDiff = None

def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, "passed")
    except AssertionError as e:
        print(name, "->", e)
    print('~~')

check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1], [1, 2, 3])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', list(range(30)), list(range(1, 31)))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {'key%d' % i: i for i in range(10)}, {'key%d' % i: i * 2 for i in range(10)})
check('assertEqual', "hello\nworld\n", "hello\nword\n")
check('assertEqual', "one line", "one lime")
check('assertEqual', "abcdefghij\nsecond\nthird\n", "abcdefghij\nsecnd\nthird\nfourth\n")
check('assertEqual', "\tindented line here\n", "\tindented lime here\n")
check('assertEqual', "foo\nbar", "foo\nbaz")
check('assertEqual', "a\nb\nc\nd\ne\n", "a\nc\nd\nX\ne\n")
check('assertEqual', "totally different\n", "nothing alike at all\n")
check('assertEqual', ['apple', 'banana', 'cherry'], ['apple', 'bananas', 'cherry', 'date'])
check('assertEqual', [{'a': 1}, {'b': 2}], [{'a': 1}, {'b': 3}])
check('assertMultiLineEqual', "x\n" * 3, "x\n" * 4)
check('assertEqual', "The quick brown fox jumps over the lazy dog\n",
      "The quick brown cat jumps over the lazy dog!\n")
t.maxDiff = 80
check('assertEqual', list(range(30)), list(range(1, 31)))
check('assertEqual', "a\n" * 50, "b\n" * 50)
check('assertCountEqual', list(range(100)), list(range(1, 101)))
t.maxDiff = 640
check('assertEqual', "a\n" * 50, "b\n" * 50)
check('assertEqual', 'x' * 300 + '\n' + 'y', 'x' * 300 + '\n' + 'z')
long1 = ['item number %d' % i for i in range(40)]
long2 = list(long1)
long2[20] = 'item number twenty'
t.maxDiff = None
check('assertEqual', long1, long2)
check('assertEqual', [1, [2, 3]], [1, [2, 4]])
check('assertSequenceEqual', 'abc', 'abd')
