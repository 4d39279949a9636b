import unittest, doctest, io, sys
class TestMath(unittest.TestCase):
    def setUp(self): self.v = [1, 2, 3]
    def test_sum(self): self.assertEqual(sum(self.v), 6)
    def test_fail(self): self.assertEqual(self.v, [1, 2, 4])
    def test_dict(self): self.assertDictEqual({"a": 1}, {"a": 2})
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError): 1 / 0
        with self.assertRaisesRegex(ValueError, "bad"): int("bad")
    def test_error(self): raise KeyError("k")
    @unittest.skip("not now")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xf(self): self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1, places=3, msg="close?")
    def test_in(self): self.assertIn("x", "abc")
    def test_multiline(self): self.assertEqual("a\nb\nc\n", "a\nB\nc\n")
suite = unittest.TestLoader().loadTestsFromTestCase(TestMath)
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = stream.getvalue()
import re
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", out)
out = re.sub(r'File ".*?", line', 'File "F", line', out)
print(out)
print(res.wasSuccessful(), len(res.failures), len(res.errors), len(res.skipped), len(res.expectedFailures), res.testsRun)
def average(values):
    """Return the average.

    >>> average([20, 30, 70])
    40.0
    >>> print(average([1, 2]))
    1.5
    >>> average([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> average([1]) # doctest: +ELLIPSIS
    1...
    >>> [1, 2,   3] # doctest: +NORMALIZE_WHITESPACE
    [1, 2, 3]
    >>> average([2, 2])
    3.0
    """
    return sum(values) / len(values)
r = doctest.run_docstring_examples(average, {"average": average}, name="average")
print(doctest.testmod(verbose=False))
print(doctest.testmod(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
t = doctest.DocTestParser().get_examples(">>> 1 + 1\n2\n>>> x = 5\n")
print([(e.source, e.want) for e in t])
