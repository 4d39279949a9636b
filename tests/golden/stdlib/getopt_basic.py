"""getopt.getopt / gnu_getopt: clusters, long options, abbreviations and errors."""
import getopt


def show(func, *args):
    try:
        print(func.__name__, func(*args))
    except getopt.GetoptError as e:
        print(func.__name__, type(e).__name__, e, repr(e.msg), repr(e.opt), e.args)


argv = ["-a", "-bval", "-c", "cval", "--verbose", "--out=file", "--lev", "3", "x", "-a", "y"]
for f in (getopt.getopt, getopt.gnu_getopt):
    show(f, argv, "ab:c:", ["verbose", "output=", "level="])
    show(f, ["-ab", "--", "-c", "z"], "ab", [])
    show(f, ["-", "-a"], "a")
    show(f, ["x", "--", "-a"], "a")
    show(f, ["-x"], "ab")
    show(f, ["-b"], "ab:")
    show(f, ["--nope"], "", ["verbose"])
    show(f, ["--ver"], "", ["verbose", "version"])
    show(f, ["--verb=1"], "", ["verbose", "version"])
    show(f, ["--out"], "", ["output="])
    show(f, ["--out="], "", ["output="])
    show(f, ["--version"], "", "version")
    show(f, ["--v"], "", ["v", "verbose"])
    show(f, ["-:"], "a:")
    show(f, ["-abc"], "abc:")
show(getopt.gnu_getopt, ["x", "-a", "y", "--z"], "+a", ["z"])
show(getopt.gnu_getopt, ["x", "-a", "y", "--z"], "a", ("z",))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError("message")
print(repr(e.opt), e.args, str(e), repr(e))
