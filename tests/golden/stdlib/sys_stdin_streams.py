# sys.stdin, sys.stdout.buffer and input() through replaced streams (stdin is /dev/null here).
import io
import sys

print(repr(sys.stdin), sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), list(sys.stdin), sys.stdin.readlines())
try:
    input("prompt: ")
except EOFError as e:
    print()
    print("EOFError", e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError))

sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print(e)

sys.stdin = io.StringIO("alpha\nbeta\r\ngamma")
print(repr(input("p> ")), repr(input()), repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = sys.__stdin__

captured = io.StringIO()
sys.stdout = captured
try:
    input("prompt-into-stringio ")
except EOFError:
    pass
sys.stdout = sys.__stdout__
print(repr(captured.getvalue()))


class Lines:
    """Any object with readline() can be sys.stdin."""

    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


sys.stdin = Lines("one\n", "two")
print(input(), input())
sys.stdin = Lines(b"bytes\n")
print(input())
sys.stdin = Lines(42)
try:
    input()
except Exception as e:
    print(type(e).__name__, e)
sys.stdin = sys.__stdin__
print(sys.warnoptions, sys.stdin is sys.__stdin__)
