import re
from dataclasses import dataclass
from typing import Iterator

@dataclass
class Token:
    kind: str
    value: str
    pos: int

TOKEN_SPEC = [("NUM", r"\d+(?:\.\d*)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[-+*/^()=]"), ("WS", r"\s+"), ("BAD", r".")]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))

def tokenize(src: str) -> Iterator[Token]:
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())

class Parser:
    def __init__(self, tokens, env):
        self.toks = list(tokens)
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i].value if self.i < len(self.toks) else None
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            op = self.take().value
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take().value
            r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        b = self.atom()
        if self.peek() == "^":
            self.take()
            return b ** self.factor()
        return b
    def atom(self):
        t = self.take()
        if t.value == "-":
            return -self.atom()
        if t.value == "(":
            v = self.expr()
            self.take()
            return v
        if t.kind == "NUM":
            return float(t.value) if "." in t.value else int(t.value)
        if t.kind == "ID":
            return self.env[t.value]
        raise SyntaxError(f"bad token {t}")

env = {"pi": 3.14159, "x": 4}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 2", "10 / 4", "pi * x ^ 2", "7 - 2 - 1", "y + 1", "3 $ 4"]:
    try:
        print(f"{src:12} = {Parser(tokenize(src), env).expr()}")
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(f"{src:12} ! {type(e).__name__}: {e}")
print(list(tokenize("a=1.5")))
