import doctest
import io
import os
import sys
import tempfile
import unittest
import contextlib


def main(tmp):
    path = os.path.join(tmp, 'example.txt')
    with open(path, 'w') as f:
        f.write('Title\n=====\n\n>>> a = 5\n>>> a * 2\n10\n>>> a - 1\n3\n\nText.\n\n>>> print("done")\ndone\n')
    modpath = os.path.join(tmp, 'dtmod.py')
    with open(modpath, 'w') as f:
        f.write('"""Module doc.\n\n>>> double(2)\n4\n"""\n\n\ndef double(x):\n    """\n    >>> double(5)\n    10\n    >>> double(1)\n    3\n    """\n    return 2 * x\n\n\nclass Box:\n    """\n    >>> Box(1).v\n    1\n    """\n    def __init__(self, v):\n        self.v = v\n\n    def get(self):\n        """>>> Box(3).get()\n        3\n        """\n        return self.v\n')
    r = doctest.testfile(path, module_relative=False)
    print(r)
    r = doctest.testfile(path, module_relative=False, name='custom', verbose=True)
    print(r)
    r = doctest.testfile(path, module_relative=False, report=False, extraglobs={'b': 1})
    print(r)
    sys.path.insert(0, tmp)
    try:
        import dtmod
        print(doctest.testmod(dtmod))
        print(doctest.testmod(dtmod, verbose=True))
        print(doctest.testmod(dtmod, name='renamed', report=False))
        print(doctest.testmod(dtmod, extraglobs={'double': lambda x: x + 1}))
        suite = doctest.DocTestSuite(dtmod)
        print(suite.countTestCases(), [str(t) for t in suite], [t.id() for t in suite])
        for t in suite:
            print(repr(t), t.shortDescription())
        result = unittest.TestResult()
        suite.run(result)
        print(result.testsRun, len(result.failures), len(result.errors))
        for test, tb in result.failures:
            print(test)
            msg = tb.strip().splitlines()
            start = [i for i, l in enumerate(msg) if l.startswith('AssertionError')][0]
            print('\n'.join(msg[start:]))
        stream = io.StringIO()
        unittest.TextTestRunner(stream=stream, verbosity=2).run(doctest.DocTestSuite(dtmod))
        lines = stream.getvalue().splitlines()
        print('\n'.join(l for l in lines if ' ... ' in l or l.startswith(('FAILED', 'OK'))))
        fs = doctest.DocFileSuite(path, module_relative=False)
        result = unittest.TestResult()
        fs.run(result)
        print(fs.countTestCases(), result.testsRun, len(result.failures))
    finally:
        sys.path.remove(tmp)
        sys.modules.pop('dtmod', None)


with tempfile.TemporaryDirectory() as tmp:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(tmp)
    print(buf.getvalue().replace(tmp + os.sep, ''))
