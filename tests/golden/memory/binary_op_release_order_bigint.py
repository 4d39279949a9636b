# 3.11's BINARY_OP_ADD_INT / SUBTRACT_INT / MULTIPLY_INT take any two exact ints, big ones
# included, and let go of the right operand first: the next int made reuses the left
# operand's block. Results past 64 bits, and operands already past it, keep that order.


def probe(x, y, op):
    marks = []
    for _ in range(12):
        p = x + 100
        q = x + 200
        ip, iq = id(p), id(q)
        del q
        del p
        if op == "+":
            r = (x + 1) + (y + 1)
        elif op == "-":
            r = (x + 1) - (y + 1)
        else:
            r = (x + 1) * (y + 1)
        n = x + 5
        marks.append("L" if id(n) == ip else "R" if id(n) == iq else "?")
        del r, n
    return "".join(marks)


# CPython's first executions of a site are not yet specialized (left first): a warm-up run
# of every case, not printed, so the printed runs see the specialized instructions.
CASES = [(2**62, 2**62), (2**62 - 10, 2**62 - 10), (2**70, 3), (2**40, 2**40), (-(2**62), 2**62)]
for x, y in CASES:
    for op in "+-*":
        probe(x, y, op)
for x, y in CASES:
    for op in "+-*":
        print(op, x.bit_length(), y.bit_length(), probe(x, y, op))
