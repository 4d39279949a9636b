# sys.exit(None) raises SystemExit() without arguments, as sys.exit() does
import sys
for args in [(), (None,), (0,), (1,), ("msg",), (1, 2)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e), e.args, e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e), e.args, e.code)
try:
    exit()
except SystemExit as e:
    print(repr(e), e.args, e.code)
