# unittest.main() at the end of a failing script: exit status 1, last stderr line the summary.
import unittest

class Numbers(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(sum([1, 2]), 4)

    def test_broken(self):
        raise RuntimeError('oops')

    @unittest.skip('later')
    def test_later(self):
        pass

print('before main')
unittest.main()
