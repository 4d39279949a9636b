# Which freed block the next number reuses after a binary operation: 3.11's specialized
# BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_{INT,FLOAT} let go of the right operand first, the
# generic BINARY_OP (every other operator, mixed types) of the left one first. Runs after
# the first ten calls only, once CPython has specialized its instructions.
def t():
    p = 10**12 + 7; q = 3*10**9 + 1; p += 0; q += 0
    ip, iq = id(p), id(q); L = [q, p]; del p, q
    r = L.pop() % L.pop()
    s = -(10**12) - 12345 - int("0")
    return "left" if id(s) == ip else "right" if id(s) == iq else "?"
def u():
    p = 1.5e10; q = 2.5e9; p += 0.0; q += 0.0
    ip, iq = id(p), id(q); L = [q, p]; del p, q
    r = L.pop() / L.pop()
    s = -(1e10) - 12345.5 - float("0")
    return "left" if id(s) == ip else "right" if id(s) == iq else "?"
def v():
    p = 1.5e10; q = 2.5e9; p += 0.0; q += 0.0
    ip, iq = id(p), id(q); L = [q, p]; del p, q
    r = L.pop() * L.pop()
    s = -(1e10) - 12345.5 - float("0")
    return "left" if id(s) == ip else "right" if id(s) == iq else "?"
print([t() for _ in range(30)][10:][::5])
print([u() for _ in range(30)][10:][::5])
print([v() for _ in range(30)][10:][::5])
