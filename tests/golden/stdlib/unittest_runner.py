# TextTestRunner at verbosity 1, 2 and 0: dots, status lines, failure reports with
# cleaned tracebacks (chained exceptions too), subtests, skips, expected failures.
import io, re, unittest

def run(*classes, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()))
    return result

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        {}['missing']
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_usuccess(self):
        pass
    def test_sub(self):
        """Docstring line.

        more"""
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
    def test_chain(self):
        try:
            1/0
        except ZeroDivisionError as e:
            raise ValueError("bad") from e

r = run(T)
print(r, r.testsRun, r.wasSuccessful())
r = run(T, verbosity=2)
r = run(T, verbosity=0)
