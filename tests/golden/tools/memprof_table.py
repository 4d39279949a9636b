# memory_profiler's table: loops count one occurrence per iteration, lines that
# never run have blank memory columns, comments and docstrings are listed,
# multi-line statements are counted on their first line, comprehensions and
# generator expressions add their own line events to the line they sit on.
# The table goes to a stream and its MiB figures are blanked, so the output is
# deterministic while the column layout is still checked.
from memory_profiler import profile


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def blank_mib(text):
    lines = []
    for line in text.split('\n'):
        pieces = line.split(' MiB')
        for i in range(len(pieces) - 1):
            head = pieces[i]
            cut = len(head.rstrip('0123456789.-'))
            cut = len(head[:cut].rstrip(' '))
            pieces[i] = head[:cut] + ' ' * (len(head) - cut - 1) + 'N'
        lines.append(' MiB'.join(pieces))
    return '\n'.join(lines)


out = Collect()


def helper(n):
    return [x * 2 for x in range(n)]


@profile(stream=out)
def work(n):
    """Builds a few lists."""
    total = 0
    for i in range(n):
        total += i
    if total < 0:
        # never taken
        total = -total
    data = helper(n)
    pairs = [(a, b)
             for a in range(3)
             for b in range(2)]
    squares = {k: k * k for k in range(5)}
    gen = sum(v for v in range(4))
    # a comment inside the body
    return total, len(data), len(pairs), len(squares), gen
    # a trailing comment at body level


print('result:', work(5))
print('wrapped:', work.__wrapped__.__name__, work.__wrapped__.__doc__)
text = ''.join(out.parts)
print(blank_mib(text), end='')
print('---')
out.parts.clear()
print('again:', work(2))
print(blank_mib(''.join(out.parts)).split('\n')[4:10])
