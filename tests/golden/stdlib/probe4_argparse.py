import argparse, sys
p = argparse.ArgumentParser(description="A file copier that does many things and has a long description that should be wrapped nicely by the formatter.", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination")
p.add_argument("-n", "--count", type=int, default=1, metavar="N", help="number of copies")
p.add_argument("--level", type=float, choices=[0.5, 1.0], help="level")
p.add_argument("--tags", nargs="*", default=[], help="tags")
p.add_argument("--pair", nargs=2, metavar=("K", "V"), help="a pair")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
grp = p.add_argument_group("advanced", "Advanced options")
grp.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
grp.add_argument("--append", action="append", help="repeatable")
grp.add_argument("--const", action="append_const", const=1, dest="consts")
p.print_help()
print(p.parse_args(["a", "--tags", "x", "y", "--pair", "k", "v", "--no-flag", "--append", "1", "--append", "2", "--const", "--const"]))
print(p.parse_known_args(["a", "--zzz", "b", "c"]))
p2 = argparse.ArgumentParser(prog="calc", formatter_class=argparse.RawDescriptionHelpFormatter, description="""\
Examples:
    calc add 1 2
    calc mul 3 4
""")
sub = p2.add_subparsers(title="commands", dest="command", metavar="COMMAND")
a = sub.add_parser("add", help="add numbers"); a.add_argument("nums", type=float, nargs="+")
m = sub.add_parser("mul", help="multiply", description="Multiply things"); m.add_argument("x", type=int); m.add_argument("y", type=int)
a.set_defaults(func=lambda ns: sum(ns.nums))
p2.print_help(); m.print_help()
ns = p2.parse_args(["add", "1", "2.5"]); print(ns.func(ns), ns.command)
print(p2.parse_args([]))
sys.stderr = sys.stdout
for argv in [["mul", "1"], ["mul", "1", "x"], ["div"], ["add"]]:
    try:
        p2.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
for argv in [["a", "--count", "x"], ["a", "--level", "2"], ["a", "--pair", "k"], ["a", "b", "c"], ["-h"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
p3 = argparse.ArgumentParser(prog="x", exit_on_error=False)
p3.add_argument("--n", type=int)
try:
    p3.parse_args(["--n", "q"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, e.argument_name)
try:
    p3.add_argument("--n")
except argparse.ArgumentError as e:
    print(e)
p4 = argparse.ArgumentParser(prog="x", usage="%(prog)s [opts]", add_help=False, prefix_chars="+-")
p4.add_argument("+v", action="store_true"); print(p4.parse_args(["+v"]), p4.format_help())
p5 = argparse.ArgumentParser(prog="longprog", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=10, width=50))
for i in range(6):
    p5.add_argument(f"--option-number-{i}", metavar="VALUE", help="some help text that is fairly long " * 2)
p5.print_usage(); p5.print_help()

import argparse, logging, sys, io
parser = argparse.ArgumentParser(prog="tool", description="Process some integers.", epilog="Have fun.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
parser.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast", help="mode (default: %(default)s)")
parser.add_argument("--out", type=argparse.FileType("w"), default=None)
g = parser.add_mutually_exclusive_group()
g.add_argument("-q", action="store_true"); g.add_argument("-l", action="store_true")
parser.print_help()
a = parser.parse_args(["1", "2", "3", "--sum", "-vv"]); print(a.accumulate(a.integers), a, vars(a)["verbose"])
sys.stderr = sys.stdout
for argv in [[], ["x"], ["1", "--mode", "medium"], ["1", "-q", "-l"], ["1", "--bogus"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.__stderr__
sub = argparse.ArgumentParser(prog="git"); sp = sub.add_subparsers(dest="cmd", required=True, help="sub-command help")
c = sp.add_parser("commit", help="record changes"); c.add_argument("-m", required=True)
sp.add_parser("push", aliases=["p"], help="push")
print(sub.parse_args(["commit", "-m", "msg"]), sub.parse_args(["p"])); sub.print_help(); c.print_help()
print(parser.format_usage(), end="")
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(lineno)d %(funcName)s %(message)s")
log = logging.getLogger("app.db")
log.debug("debug %s", 1); log.info("info %d items", 3); log.warning("warn"); log.error("err %r", "x")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{")); log.addHandler(h); log.propagate = False
log.critical("crit"); log.log(25, "custom level"); logging.addLevelName(25, "NOTICE"); log.log(25, "named")
log.setLevel(logging.ERROR); log.warning("hidden"); print(log.getEffectiveLevel(), log.isEnabledFor(logging.ERROR), logging.getLevelName(40), logging.getLevelName("INFO"))
f = logging.Formatter("$levelname $message", style="$"); print(f.format(logging.LogRecord("n", 20, "p", 1, "m %s", ("a",), None)))
adapter = logging.LoggerAdapter(logging.getLogger("adp"), {"ip": "1.2.3.4"}); adapter.logger.addHandler(h); adapter.logger.propagate = False
h.setFormatter(logging.Formatter("%(ip)s %(message)s")); adapter.warning("adapted")
class F(logging.Filter):
    def filter(self, rec): return "keep" in rec.getMessage()
h.addFilter(F()); adapter.warning("drop"); adapter.warning("keep me")
print(logging.getLogger("app.db").parent.name, logging.getLogger().name, repr(log), logging.root.level)
