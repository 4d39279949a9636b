# Objects stored in builtins are released when builtins gets its start-up entries back,
# before the collection, while sys.stdout and every module are still usable; a builtin
# the script replaced is the original again by then.
import builtins
import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        sys.stdout.write('del %s\n' % self.n)
        print('  print', self.n, len.__name__, type(builtins.__dict__.get('x')))


builtins.x = A('x')
builtins.len = lambda o: 0
builtins.y = A('y')
builtins._ = A('underscore')
sys.zz = A('sys')  # freed with sys's dict: stdout is None then
print('end')
