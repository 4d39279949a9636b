# Deleting an empty slot raises AttributeError with the bare name (3.11's member
# descriptor); sys.exit(tuple) gives the tuple's items as the exception's arguments.
import sys
class S:
    __slots__ = ('a', 'b')
s = S()
for op in [lambda: s.a, lambda: delattr(s, 'a'), lambda: setattr(s, 'c', 1)]:
    try:
        op()
    except AttributeError as e:
        print(repr(e), e.args)
s.a = 1
del s.a
try:
    del s.a
except AttributeError as e:
    print(repr(e))
for status in [(1, 2), (), (5,), None, 3, 'x', [1]]:
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(e.code), e.args, repr(e))
