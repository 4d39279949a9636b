import argparse, io, contextlib

def positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return v

def run(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
        print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="jobs")
p.add_argument("--workers", type=positive, default=1)
p.add_argument("--ratio", type=float)
p.add_argument("--names", nargs=2, metavar=("FIRST", "LAST"))
p.add_argument("--tags", nargs="*", default=["none"])
p.add_argument("--opt", nargs="?", const="CONST", default="DEFAULT")
p.add_argument("--level", type=str.upper, choices=["LOW", "HIGH"])
p.add_argument("-q", dest="verbosity", action="store_const", const=0, default=1)
p.add_argument("--feature", dest="features", action="append_const", const="f")
p.add_argument("--extend", action="extend", nargs="+", type=int)
run(p, [])
run(p, ["--workers", "4", "--ratio", "0.5", "--names", "a", "b", "--tags", "x", "y", "--opt"])
run(p, ["--opt", "val", "--level", "low", "-q", "--feature", "--feature", "--extend", "1", "2", "--extend", "3"])
run(p, ["--workers", "0"])
run(p, ["--workers", "x"])
run(p, ["--names", "only"])
run(p, ["--level", "mid"])
run(p, ["--ratio"])
run(p, ["--bogus"])
run(p, ["-h"])
p2 = argparse.ArgumentParser(prog="pre", prefix_chars="+", allow_abbrev=False)
p2.add_argument("+x", "++extra", default="no")
run(p2, ["+x", "1"])
run(p2, ["++ext", "1"])
p3 = argparse.ArgumentParser(prog="fromfile", fromfile_prefix_chars="@", exit_on_error=False)
p3.add_argument("n", type=int)
try:
    p3.parse_args(["notint"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name)
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, vars(ns))
