# memory_profiler counts on the tracer's "return" event when a frame is left by
# an exception (a comprehension that raises inside the profiled function) and
# when an unfinished generator is closed as its last reference goes; the
# bookkeeping instructions that end a try body or an except handler have no
# line of their own, so they add no line events.
from memory_profiler import profile


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def dump(self):
        text = ''.join(self.parts)
        self.parts.clear()
        for line in text.split('\n')[4:]:
            pieces = line.split(' MiB')
            for i in range(len(pieces) - 1):
                head = pieces[i]
                cut = len(head.rstrip('0123456789.-'))
                cut = len(head[:cut].rstrip(' '))
                pieces[i] = head[:cut] + ' ' * (len(head) - cut - 1) + 'N'
            print(repr(' MiB'.join(pieces)))


out = Collect()


@profile(stream=out)
def catches():
    try:
        v = [1 // (i - 2) for i in range(5)]
    except ZeroDivisionError:
        v = None
    w = 1
    return v, w


@profile(stream=out)
def tries():
    try:
        a = 1
    except KeyError:
        a = 2
    b = a
    return b


@profile(stream=out)
def gen_user(n):
    g = (i * i for i in range(n))
    total = 0
    while n > 0:
        n -= 1
        total += next(g)
    return total


print('catches ->', catches())
out.dump()
print('tries ->', tries())
out.dump()
print('gen_user ->', gen_user(3))
out.dump()
