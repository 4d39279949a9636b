# A command line tool with argparse, driven by argument lists
import argparse
import sys

parser = argparse.ArgumentParser(prog="todo", description="Manage a todo list.", epilog="Have fun.")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--db", default="todo.json", metavar="PATH", help="database file (default: %(default)s)")
sub = parser.add_subparsers(dest="command", required=True)
add = sub.add_parser("add", help="add a task")
add.add_argument("title", nargs="+")
add.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
add.add_argument("--tag", action="append", dest="tags")
ls = sub.add_parser("list", help="list tasks")
ls.add_argument("--done", action="store_true")
ls.add_argument("--limit", type=int)

for argv in (["add", "buy", "milk", "-p", "1", "--tag", "home", "--tag", "food"],
             ["-vv", "--db", "x.json", "list", "--done"],
             ["list", "--limit=3"]):
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

parser.print_help(sys.stdout)
add.print_usage(sys.stdout)
print(parser.format_usage(), end="")

calc = argparse.ArgumentParser(prog="calc", exit_on_error=False)
calc.add_argument("x", type=float)
calc.add_argument("op", choices=["+", "-", "*"])
calc.add_argument("y", type=float)
grp = calc.add_mutually_exclusive_group()
grp.add_argument("--int", action="store_true")
grp.add_argument("--round", type=int, default=None)
ns = calc.parse_args(["3", "*", "4.5", "--round", "1"])
print(ns)
args, rest = calc.parse_known_args(["1", "+", "2", "--extra", "z"])
print(args.x + args.y, rest)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1))

class Exit(Exception):
    pass

class Quiet(argparse.ArgumentParser):
    def error(self, message):
        raise Exit(message)

q = Quiet(prog="q")
q.add_argument("n", type=int)
q.add_argument("--mode", choices=["a", "b"])
q.add_argument("--req", required=False)
for argv in (["x"], [], ["1", "--mode", "c"], ["1", "--bogus"]):
    try:
        q.parse_args(argv)
    except Exit as e:
        print("error:", e)
try:
    calc.parse_args(["1", "%", "2"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
h = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
h.add_argument("--size", type=int, default=10, help="size of things")
h.add_argument("files", nargs="*", help="input files")
print(h.format_help())
