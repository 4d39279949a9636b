# A hook restored from sys.__excepthook__, and an uncaught exception whose report goes
# through it (a chained exception with a note).
import sys

def other(*args):
    print('never called')

sys.excepthook = other
sys.excepthook = sys.__excepthook__
print(sys.excepthook is sys.__excepthook__)

try:
    {}['k']
except KeyError as e:
    err = TypeError('bad type')
    err.add_note('a note')
    raise err from e
