# TestCase ids and descriptions, TestLoader, TestSuite, FunctionTestCase, TestResult,
# failfast, buffer and debug().
import io, re, unittest

class Sample(unittest.TestCase):
    """Class doc."""
    def test_b(self):
        """First line of b.

        Second line."""
    def test_a(self):
        pass
    def helper(self):
        pass
    def check_c(self):
        pass
    test_not_callable = 5

t = Sample('test_b')
print(t.id(), '|', str(t), '|', repr(t))
print(t.shortDescription(), Sample('test_a').shortDescription())
print(t.countTestCases(), t == Sample('test_b'), t == Sample('test_a'), hash(t) == hash(Sample('test_b')))
try:
    Sample('nope')
except ValueError as e:
    print('ValueError', e)
print(repr(Sample()))

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*test_a*']
print(loader.getTestCaseNames(Sample))
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sample)
print(suite.countTestCases(), [x.id() for x in suite])
print(repr(suite))
try:
    unittest.TestLoader().loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError', e)
print(unittest.defaultTestLoader.loadTestsFromTestCase(unittest.TestCase).countTestCases())

s = unittest.TestSuite()
for bad in (5, Sample):
    try:
        s.addTest(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    s.addTests('abc')
except TypeError as e:
    print('TypeError', e)
s.addTests([Sample('test_a'), unittest.TestSuite([Sample('test_b')])])
print(s.countTestCases(), len(list(s)))
print(s == unittest.TestSuite([Sample('test_a'), unittest.TestSuite([Sample('test_b')])]))

def plain():
    """Plain function doc."""
    pass
def failing():
    assert 1 == 2, 'nope'
ft = unittest.FunctionTestCase(plain)
print(ft.id(), '|', str(ft), '|', ft.shortDescription(), ft.countTestCases())
ft2 = unittest.FunctionTestCase(failing, description='custom desc')
print(ft2.shortDescription())
res = unittest.TestResult()
print(repr(res))
unittest.TestSuite([ft, ft2]).run(res)
print(res.testsRun, len(res.failures), res.wasSuccessful())
print(res.failures[0][1])

calls = []
ft3 = unittest.FunctionTestCase(lambda: calls.append('test'), setUp=lambda: calls.append('setUp'),
                                tearDown=lambda: calls.append('tearDown'))
ft3.run(unittest.TestResult())
print(calls)

r = Sample('test_a').run()
print(type(r).__name__, r.testsRun, r.wasSuccessful())

class Fails(unittest.TestCase):
    def test_1(self):
        self.fail('one')
    def test_2(self):
        raise OSError('two')
    def test_3(self):
        print('printed in test 3')
        self.fail('three')
    def test_4(self):
        pass

stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, failfast=True).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Fails))
print(res.testsRun, res.shouldStop)
print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()))

stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, buffer=True).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Fails))
print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()))

try:
    Fails('test_2').debug()
except OSError as e:
    print('debug raised', e)
s = unittest.TestSuite([Sample('test_a')])
s.debug()
print('suite debug ok')
res = unittest.TestResult()
res.addSkip(Sample('test_a'), 'why')
res.addUnexpectedSuccess(Sample('test_a'))
print(res.skipped, res.unexpectedSuccesses, res.wasSuccessful())
res.stop()
print(res.shouldStop)
