class Account:
    def __init__(self):
        self.balance = 0
        self.owner = "x"
    def deposit(self, n):
        self.balance += n
a = Account()
for expr in ["a.balanse", "a.deposti(1)", "a.ownr", "[].apend(1)", "'s'.uper()", "len(5)", "int('x1')", "abs('a')", "None + 1", "[1][5]", "{}['missing']", "(1,2).count()", "math_thing", "balanse", "float('abc')", "'a' * 'b'", "1 < 'a'", "open(5.5)", "sum(['a'])", "list(5)", "hash([])", "{[]: 1}", "(lambda x: x)()", "a.deposit()", "a.deposit(1, 2)", "Account(1)", "int.from_bytes()", "divmod(1, 0)", "1 % 0", "2.0 / 0", "'abc'[10]", "'abc'.index('z')", "[1,2].remove(5)", "next(iter([]))", "import_nothing", "__import__('nope_mod')", "chr(-1)", "range(1.5)", "'%d' % 'x'", "'{}{}'.format(1)", "'{x}'.format()", "int(None)", "object().x", "type.x", "Account.nope", "setattr(1, 'x', 2)", "(1).real = 2", "del [].x"]:
    try:
        exec(expr)
    except Exception as e:
        print(f"{expr:25} {type(e).__name__}: {e}")
