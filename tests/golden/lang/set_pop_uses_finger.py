# set.pop starts where the last pop stopped (CPython's search finger), also after clear().
import random
random.seed(3)
for trial in range(200):
    s = set(random.sample(range(200), random.randrange(1, 30)))
    out = []
    for step in range(40):
        r = random.random()
        if r < 0.4 and s:
            out.append(s.pop())
        elif r < 0.7:
            s.add(random.randrange(300))
        elif s:
            s.discard(random.choice(sorted(s)))
    print(trial, out, list(s))
s = {1, 2, 3}
c = s.copy(); print(c.pop(), s.pop(), s.pop(), c.pop())
s.clear(); s.update(range(10)); print(s.pop(), s.pop())
