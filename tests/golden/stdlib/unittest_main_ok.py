# unittest.main() at the end of a passing script: exit status 0, report on stderr.
import unittest

def setUpModule():
    print('setUpModule')

def tearDownModule():
    print('tearDownModule')

class Words(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')

    def test_upper(self):
        print('in test_upper')
        self.assertEqual('abc'.upper(), 'ABC')

    def test_split(self):
        print('in test_split')
        self.assertEqual('a b'.split(), ['a', 'b'])

    @unittest.skip('not today')
    def test_skipped(self):
        print('never')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)

print('before main')
unittest.main(verbosity=2)
print('not reached')
