# subTest: parameters, messages, nesting, skips and expected failures inside subtests, failfast.
import io, re, unittest

def run(cls, verbosity=1, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()))
    return result

class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, even=i % 2 == 0):
                self.assertEqual(i % 3, 0)

    def test_message(self):
        with self.subTest('first part'):
            self.assertTrue(False)
        with self.subTest('second', value=[1, 2]):
            raise KeyError('k')
        with self.subTest():
            self.fail('anonymous')

    def test_nested(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.assertIn('x', 'abc')
            with self.subTest(outer=3, other='o'):
                self.fail('shadowed')

    def test_all_pass(self):
        for c in 'abc':
            with self.subTest(c=c):
                self.assertTrue(c.isalpha())

    def test_skip_inside(self):
        with self.subTest(n=1):
            self.skipTest('skip in subtest')
        self.fail('after skip')

    @unittest.expectedFailure
    def test_expected(self):
        with self.subTest(k=1):
            self.assertEqual(1, 0)
        print('not reached')

r = run(Sub)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures))
for test, text in r.failures + r.errors:
    print(type(test).__name__, test.id(), '|', test.params.maps if hasattr(test, 'params') else None)
r = run(Sub, verbosity=2)
r = run(Sub, failfast=True)
print(r.testsRun)
