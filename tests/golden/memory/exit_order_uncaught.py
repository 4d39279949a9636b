# An uncaught exception stays alive as sys.last_value (atexit handlers see it) until the
# teardown sets sys.last_type, last_value and last_traceback to None, before the modules
# go: its arguments and the frames of its traceback die then.
import atexit
import sys
class E:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'E(%s)' % self.name
    def __del__(self):
        print('del', self.name)
def handler():
    print('atexit sees', repr(sys.last_value), sys.last_type.__name__,
          type(sys.last_traceback).__name__)
atexit.register(handler)
g = E('global')
def inner():
    local = E('inner-local')
    raise ValueError(E('arg'))
def outer():
    local = E('outer-local')
    inner()
outer()
