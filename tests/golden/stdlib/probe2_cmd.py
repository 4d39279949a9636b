# cmd.Cmd: a shell driven by cmdqueue and by a stdin stream; help output, columnize.
import cmd
import io
import sys


class Shell(cmd.Cmd):
    """A tiny calculator shell."""
    intro = "Welcome. Type help or ? to list commands."
    prompt = "(calc) "

    def __init__(self, **kw):
        super().__init__(**kw)
        self.stack = []

    def do_push(self, arg):
        "Push numbers: push 1 2 3"
        for tok in arg.split():
            self.stack.append(float(tok))
        print("stack:", self.stack, file=self.stdout)

    def do_add(self, arg):
        "Add the two top numbers."
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)
        print(self.stack[-1], file=self.stdout)

    def do_mul(self, arg):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)
        print(self.stack[-1], file=self.stdout)

    def do_shell(self, arg):
        print("shell:", arg, file=self.stdout)

    def help_mul(self):
        print("Multiply the two top numbers.", file=self.stdout)

    def help_topics(self):
        print("Topics help.", file=self.stdout)

    def do_quit(self, arg):
        "Quit the shell."
        print("bye", file=self.stdout)
        return True

    do_EOF = do_quit

    def precmd(self, line):
        return line if line == "EOF" else line.lower()

    def postcmd(self, stop, line):
        self.stdout.write(f"[post {line!r} {stop}]\n")
        return stop

    def preloop(self):
        self.stdout.write("preloop\n")

    def postloop(self):
        self.stdout.write("postloop\n")


out = io.StringIO()
sh = Shell(stdout=out)
sh.cmdqueue = ["push 2 3", "ADD", "push 4", "", "mul", "?", "help add", "help mul", "help nothing",
               "!ls -l", "bogus 1", "  ", "help topics", "quit"]
sh.cmdloop()
print(out.getvalue())
print(sh.parseline("push 1 2"), sh.parseline("?x"), sh.parseline("!y"), sh.parseline(""), sh.parseline("a.b c"))
print(sorted(sh.completenames("p")), sorted(sh.complete_help("m")), sh.completedefault("x"))

out2 = io.StringIO()
sh2 = Shell(stdin=io.StringIO("push 1\npush 2\nadd\n"), stdout=out2)
sh2.use_rawinput = False
sh2.cmdloop(intro="custom intro")
print(out2.getvalue())

c = cmd.Cmd(stdout=io.StringIO())
for items in ([], ["one"], ["a", "bb", "ccc"], [f"command{i}" for i in range(25)], ["x" * 90, "y"], ["w%d" % i for i in range(100)]):
    c.stdout = io.StringIO()
    c.columnize(items, 40)
    print(c.stdout.getvalue(), end="--\n")
try:
    c.columnize(["a", 1, "b", None])
except TypeError as e:
    print("TypeError:", e)
c.stdout = io.StringIO()
c.onecmd("help")
c.onecmd("nothing here")
c.onecmd("help help")
print(c.stdout.getvalue())
print(cmd.Cmd.prompt, repr(cmd.Cmd.identchars[:5]), cmd.Cmd.ruler, cmd.Cmd.nohelp, cmd.__all__)
print(c.lastcmd, c.onecmd(""), c.lastcmd)
