import unittest
class Calc:
    def add(self, a, b): return a + b
    def div(self, a, b): return a / b
class TestCalc(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    @classmethod
    def tearDownClass(cls): print("tearDownClass")
    def setUp(self): self.c = Calc()
    def tearDown(self): pass
    def test_add(self): self.assertEqual(self.c.add(2, 3), 5)
    def test_div_zero(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            self.c.div(1, 0)
        self.assertEqual(str(cm.exception), "division by zero")
    def test_list(self): self.assertListEqual([1, 2, 3], [1, 2, 4, 5])
    def test_true(self): self.assertTrue(0, "zero is falsy")
    def test_is_none(self): self.assertIsNone(5)
    def test_count(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
    def test_set(self): self.assertSetEqual({1, 2}, {2, 3})
    def test_greater(self): self.assertGreater(1, 2)
    def test_regex(self): self.assertRegex("hello", r"^w")
    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("x", DeprecationWarning)
    def test_long_str(self): self.assertEqual("x" * 100 + "a", "x" * 100 + "b")
    def test_tuple(self): self.assertEqual((1, 2), (1, 3))
    @unittest.skipIf(True, "reason here")
    def test_skipped(self): pass
    def test_unexpected(self): raise RuntimeError("oops")
if __name__ == "__main__":
    unittest.main(verbosity=2)
