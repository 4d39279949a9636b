# os.environ as a mapping over the process environment; getenv, putenv, unsetenv;
# and the other process facts (pid, cpu_count, urandom).
import os

key = 'REFPY_TEST_VAR'
print(os.getenv(key), os.getenv(key, 'dflt'), key in os.environ)
os.environ[key] = 'one'
print(os.getenv(key), os.environ[key], key in os.environ, os.environ.get(key))
os.environ[key] = 'two'
print(os.environ[key], len(os.environ) == len(dict(os.environ)), os.environ.copy()[key])
print(type(os.environ).__name__, repr(os.environ).startswith('environ({'))
os.putenv(key, 'three')
print(os.environ[key], 'putenv leaves os.environ alone')
del os.environ[key]
print(os.getenv(key), key in os.environ)
os.environ.setdefault(key, 'four')
print(os.environ.pop(key), os.environ.pop(key, 'missing'))
os.environ.update({key: 'five'})
print(os.environ[key])
os.unsetenv(key)
print(os.environ[key], 'unsetenv leaves os.environ alone')
del os.environ[key]
merged = os.environ | {key: 'six'}
print(type(merged).__name__, merged[key], key in os.environ)
for c in ["os.environ[1]", "os.environ['REFPY_NOT_SET_ZZ']", "os.environ.__setitem__('a', 1)",
          "os.environ.__setitem__(1, 'a')", "os.getenv(1)", "os.environ.get(1)",
          "os.putenv('', 'x')", "os.putenv('a=b', 'x')", "os.putenv('a', 1)",
          "os.putenv('a\\0', 'x')", "os.unsetenv('')", "os.environ.__delitem__('REFPY_NOT_SET_ZZ')",
          "os.urandom(-1)", "os.urandom('a')", "os.urandom(10**12)", "os.urandom(2**70)", "os.urandom(1.5)", "os.getcwd(1)", "os.getpid(1)"]:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '!!', type(e).__name__ + ':', e)
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(16)),
      type(os.urandom(0)).__name__, os.getcwd() == os.path.abspath('.'))
print(os.get_exec_path(env={'PATH': '/a:/b'}), os.fsencode('x'), os.fsdecode(b'y'))
print(os.error is OSError, issubclass(FileNotFoundError, os.error))
print('os.system runs /bin/sh after what was printed:')
print(os.system('echo from the shell'), os.system('exit 3'), os.system('kill -9 $$'), os.system(b'true'))
for c in [1, 'a' + chr(0) + 'b', None]:
    try:
        os.system(c)
    except Exception as e:
        print(type(e).__name__, e)
