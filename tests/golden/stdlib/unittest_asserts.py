# The failure messages of TestCase's assert methods (CPython 3.11's texts), msg= and longMessage.
import unittest

class Dummy(unittest.TestCase):
    def runTest(self):
        pass

t = Dummy()

def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, "passed")
    except AssertionError as e:
        print(name, "->", e)
    except Exception as e:
        print(name, "raised", type(e).__name__, e)

check('assertTrue', 0)
check('assertTrue', [])
check('assertFalse', 'x')
check('assertTrue', False, 'custom')
check('assertEqual', 1, 2)
check('assertEqual', 1, 1.0)
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertEqual', 'x' * 50 + 'abc' + 'y' * 60, 'x' * 50 + 'abd' + 'y' * 60)
check('assertNotEqual', 3, 3)
check('assertIs', None, 0)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertNotIn', 2, [1, 2, 3])
check('assertIsInstance', 3, str)
check('assertNotIsInstance', 3, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertAlmostEqual', 1.0, 1.5, places=2, delta=0.1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertNotAlmostEqual', 1.0, 2.0)
check('assertRegex', 'hello world', r'^world')
check('assertNotRegex', 'hello world', r'wor')
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertCountEqual', 'abc', 'cba')
check('assertSetEqual', {1, 2}, {2, 3})
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 1, {1})
check('assertSetEqual', frozenset([1, 2]), {1, 2})
check('assertEqual', {4}, {5})
check('assertDictEqual', {'a': 1}, [])
check('assertMultiLineEqual', 'a', 1)
check('assertListEqual', (1,), [1])
check('assertTupleEqual', (1,), [1])
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2], (1, 2), seq_type=list)
check('assertSequenceEqual', 5, [1])
check('assertEqual', 1, 2, msg='note')
t.longMessage = False
check('assertEqual', 1, 2, msg='only note')
check('assertEqual', 1, 2)
t.longMessage = True
check('assertIsNone', 'x' * 100)
check('fail')
check('fail', 'boom')
print(t.failureException)
