# A tiny test suite run with output to stdout
import io
import sys
import unittest

def slugify(text):
    return "-".join(text.lower().split())

class SlugTests(unittest.TestCase):
    def setUp(self):
        self.sample = "Hello Big World"

    def test_basic(self):
        self.assertEqual(slugify(self.sample), "hello-big-world")

    def test_empty(self):
        self.assertEqual(slugify(""), "")

    def test_fails(self):
        self.assertEqual(slugify("A  B"), "a--b")

    def test_raises(self):
        with self.assertRaises(AttributeError):
            slugify(None)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_subtests(self):
        for n in range(3):
            with self.subTest(n=n):
                self.assertLess(n, 2)

class MathTests(unittest.TestCase):
    def test_asserts(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("abc123", r"\d+")
        self.assertGreaterEqual(3, 3)
        self.assertIsInstance(1, int)

    def test_list_diff(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

stream = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(SlugTests))
suite.addTests(loader.loadTestsFromTestCase(MathTests))
print("tests found:", suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = stream.getvalue()
for line in text.splitlines():
    if line.startswith("Ran "):
        print("Ran N tests")
    else:
        print(line)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
print(result.wasSuccessful(), [t.id().split(".")[-1] for t, _ in result.failures])
