# unittest.main() with argv, exit=False and verbosity; ends with an unknown option (exit 2).
import unittest

class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')

    def test_split(self):
        self.assertEqual('a b'.split(), ['a', 'b'])

    def test_title(self):
        self.assertEqual('ab cd'.title(), 'Ab Cd')

if __name__ == '__main__':
    try:
        unittest.main(verbosity=2)
    except SystemExit as e:
        print('exit code', e.code)
    prog = unittest.main(exit=False, argv=['prog', '-q'])
    print(prog.result.testsRun, prog.result.wasSuccessful(), prog.verbosity)
    prog = unittest.main(exit=False, argv=['prog', '-v', 'Words.test_upper', 'Words.test_title'])
    print(prog.result.testsRun, prog.verbosity, prog.testNames)
    prog = unittest.main(exit=False, argv=['prog', '-k', 'split'])
    print(prog.result.testsRun)
    prog = unittest.main(exit=False, argv=['prog', '-k', 'upp', '-k', '*title'])
    print(prog.result.testsRun)
    prog = unittest.main(exit=False, argv=['prog', 'Words'])
    print(prog.result.testsRun)
    prog = unittest.main(exit=False, argv=['prog', 'Nope'])
    print(prog.result.testsRun, len(prog.result.errors))
    print(prog.result.errors[0][1].splitlines()[-1])
    prog = unittest.main(exit=False, argv=['prog'], defaultTest='Words.test_split')
    print(prog.result.testsRun)
    unittest.main(argv=['prog', '--bogus'])
