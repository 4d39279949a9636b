# Padding, joining and tabs that would need more memory than exists: MemoryError (or
# OverflowError where CPython converts to a C int), and the strings are unchanged.
import sys

big = sys.maxsize
cases = [
    ("ljust", lambda: 'x'.ljust(big)),
    ("rjust", lambda: 'x'.rjust(2**62, '*')),
    ("center", lambda: 'ab'.center(big)),
    ("zfill", lambda: '-1'.zfill(big)),
    ("bytes ljust", lambda: b'x'.ljust(2**62)),
    ("bytearray center", lambda: bytearray(b'x').center(2**62)),
    ("expandtabs", lambda: '\t'.expandtabs(2**40)),
    ("format width", lambda: '{:9223372036854775806}'.format(1)),
    ("format str width", lambda: format('s', '>9223372036854775806')),
    ("percent width", lambda: '%9223372036854775806d' % 1),
    ("fstring width", lambda: f'{"x":>{2**62}}'),
    ("ljust small", lambda: 'x'.ljust(3, '-')),
]
for name, make in cases:
    try:
        r = make()
        print(name, "ok", repr(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(name, type(e).__name__, repr(e.args))
print("done")
