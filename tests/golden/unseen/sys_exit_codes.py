import sys
print(sys.argv[0].endswith("sys_exit_codes.py"), len(sys.argv), sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.maxsize, sys.byteorder, sys.platform, type(sys.path).__name__, sys.float_info.max, sys.int_info.bits_per_digit)
print(sys.getrecursionlimit(), sys.implementation.name in ("cpython", "refpy") or sys.implementation.name)
print(__name__, __file__.endswith(".py"), __doc__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", repr(e))
print(sys.stdin.read() == "", sys.stdout.isatty(), sys.stdout.encoding)
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), flush=True)
print("a", "b", sep="", end="!\n")
print()
print(*[], sep="x")
print("x", file=None)
import os
print(os.environ.get("PYTHONHASHSEED"), hash("abc") == hash("abc"), hash(1) , hash(-1), hash(2**61), hash(1.5), hash(None) != 0)
print(hash((1, 2)), hash(""), hash(True), hash(float("inf")), hash(0.1))
print(hash("abc"), hash(b"abc"), hash(frozenset([1])), hash(("a",)))
