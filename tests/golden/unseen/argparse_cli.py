import argparse

parser = argparse.ArgumentParser(prog="tool", description="A demo tool.")
parser.add_argument("files", nargs="+", help="input files")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("-n", "--count", type=int, default=3)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("-I", "--include", action="append", default=[])
parser.add_argument("-q", action="count", default=0)
args = parser.parse_args(["a.txt", "b.txt", "-v", "-n", "5", "-I", "x", "-I", "y", "-qq"])
print(args)
print(args.files, args.verbose, args.count, args.mode, args.include, args.q)
print(vars(parser.parse_args(["only.txt"])))
parser.print_help()
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m", "--message", required=True)
p = sp.add_parser("push")
p.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "fix"]))
print(sub.parse_args(["push"]))
import sys, io
err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    parser.parse_args(["-n", "abc", "f"])
except SystemExit as e:
    print("exit code", e.code)
finally:
    sys.stderr = old
print(err.getvalue())
g = argparse.ArgumentParser(prog="g")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--on", action="store_true")
mx.add_argument("--off", action="store_true")
print(g.parse_args(["--on"]))
ns, rest = g.parse_known_args(["--off", "--extra", "1"])
print(ns, rest)
print(g.format_usage(), end="")
