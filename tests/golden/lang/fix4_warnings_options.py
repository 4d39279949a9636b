# SyntaxWarnings the compiler found before a SyntaxError are issued first; the -W
# command-line option (and PYTHONWARNINGS) as CPython puts it into sys.warnoptions and
# the warnings filters, including the messages for options it cannot use.
import os
import subprocess
import sys
import tempfile
import warnings

for src in ["x = 5[0]\ndef f(:\n", "x = 1 is 1\nreturn 5\n", "5[0]\nx = (1 2)\n",
            "def f():\n  5[0]\n  return\n  yield\n", "x = 5[0]\nbreak\n",
            "'a'()\n6[0]\ncontinue\n", "def g():\n  x = 1 is 1\n  nonlocal q\n",
            "class C:\n  assert (x, 1)\n  return\n", "x = 5[0]\nawait y\n"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
            print('ok')
        except SyntaxError as e:
            print('SyntaxError', e.msg, e.lineno)
    print(repr(src), [(str(w.message), w.lineno) for w in caught])
# an "error" filter turns the first warning into the SyntaxError
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        compile("x = 5[0]\nreturn 1\n", '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)

SCRIPT = r'''
import sys, warnings
print(sys.warnoptions)
print([(a, getattr(b, 'pattern', b), c.__name__, getattr(d, 'pattern', d), e)
       for a, b, c, d, e in warnings.filters[:3]])
warnings.warn('hello', UserWarning)
warnings.warn('dep', DeprecationWarning)
warnings.warn('hello', UserWarning)
print('end')
'''
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'w.py')
    with open(path, 'w') as f:
        f.write(SCRIPT)
    bad = os.path.join(tmp, 'bad.py')
    with open(bad, 'w') as f:
        f.write('x = 5[0]\nreturn 1\n')

    def run(args, script=path, env=None):
        full = dict(os.environ)
        full.pop('PYTHONWARNINGS', None)
        full.update(env or {})
        r = subprocess.run([sys.executable, *args, script], capture_output=True, text=True,
                           env=full)
        out = r.stdout + r.stderr
        print(args, env or '', r.returncode)
        print('   ' + out.replace(tmp, 'TMP').replace('\n', '\n   ').rstrip())

    for opt in ['error', 'ignore::DeprecationWarning', 'always', 'default', 'ignore',
                'error::UserWarning', 'always::DeprecationWarning:__main__', 'once', 'module',
                'bogus', 'error:hel', 'error:HEL', 'ignore::NoSuchWarning', 'd', 'e', 'all',
                ':::', 'error::UserWarning::0', 'error::UserWarning::-1',
                'error::UserWarning::x', 'a:b:c:d:e:f', 'error::os.nope',
                'error::nosuchmod.X', 'error::int', ' error :: UserWarning ',
                'ignore::warnings.WarningMessage', 'error::builtins.UserWarning']:
        run(['-W', opt])
    run(['-W', 'error', '-W', 'ignore::UserWarning', '-Werror::DeprecationWarning'])
    run(['-Wignore'])
    run(['-W', 'always'], env={'PYTHONWARNINGS': 'ignore,error::DeprecationWarning'})
    run([], env={'PYTHONWARNINGS': 'error::UserWarning,,'})
    run([], script=bad)
    run(['-W', 'error'], script=bad)
    run(['-W', 'ignore'], script=bad)
