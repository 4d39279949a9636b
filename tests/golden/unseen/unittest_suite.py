import unittest
import io

def add(a, b):
    return a + b

class TestAdd(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]
    def test_ints(self):
        self.assertEqual(add(1, 2), 3)
    def test_strings(self):
        self.assertEqual(add("a", "b"), "ab")
    def test_fail(self):
        self.assertEqual(add(1, 1), 3, "math is hard")
    def test_raises(self):
        with self.assertRaises(TypeError):
            add(1, "a")
    def test_error(self):
        raise KeyError("boom")
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_misc(self):
        self.assertIn(2, self.data)
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertRaisesRegex(ValueError, "invalid", int, "x")
        self.assertCountEqual([1, 2, 3], [3, 2, 1])
        self.assertIsInstance(1, int)
        self.assertGreater(2, 1)

suite = unittest.TestLoader().loadTestsFromTestCase(TestAdd)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures))
print(result.wasSuccessful())
out = stream.getvalue()
for line in out.splitlines():
    if " ... " in line or line.startswith(("FAIL:", "ERROR:", "AssertionError", "KeyError")):
        print(line)
class T2(unittest.TestCase):
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
r = unittest.TestResult()
T2("test_list").run(r)
print(r.failures[0][1].strip().splitlines()[-3:])
