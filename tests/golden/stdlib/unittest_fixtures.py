# setUp/tearDown, cleanups, setUpClass/tearDownClass, setUpModule/tearDownModule, class
# cleanups, fixture errors reported as stand-in tests, skip decorators.
import io, re, unittest

log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')

def run(*classes, verbosity=2):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()))
    return result

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('A.setUpClass')
        cls.addClassCleanup(log.append, 'A.classCleanup')
    @classmethod
    def tearDownClass(cls):
        log.append('A.tearDownClass')
    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup2 ' + self._testMethodName)
    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)
    def test_one(self):
        log.append('test_one')
    def test_two(self):
        log.append('test_two')
        self.fail('two failed')

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')
    def test_never(self):
        log.append('never')

class C(unittest.TestCase):
    def setUp(self):
        raise KeyError('setup broke')
    def tearDown(self):
        log.append('C.tearDown (not called)')
    def test_x(self):
        pass

class D(unittest.TestCase):
    def tearDown(self):
        raise ValueError('teardown broke')
    def test_y(self):
        self.addCleanup(self._bad_cleanup)
    def _bad_cleanup(self):
        raise OSError('cleanup broke')

class E(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise TypeError('class teardown broke')
    def test_z(self):
        self.skipTest('skipping z')

@unittest.skip('whole class')
class F(unittest.TestCase):
    def test_a(self):
        pass
    def test_b(self):
        pass

class G(unittest.TestCase):
    @unittest.skipIf(True, 'if true')
    def test_skipif(self):
        pass
    @unittest.skipUnless(False, 'unless false')
    def test_skipunless(self):
        pass
    @unittest.skipIf(False, 'no')
    def test_runs(self):
        pass

r = run(A, B, C, D, E, F, G)
for line in log:
    print(line)
print(len(r.errors), len(r.failures), len(r.skipped))
for test, reason in r.skipped:
    print('skipped:', test, reason)
for test, text in r.errors:
    print('error:', test, '|', text.splitlines()[-1])
