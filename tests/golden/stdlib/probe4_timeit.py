import timeit, sys
class FakeClock:
    """Every reading is a quarter second after the previous one."""
    def __init__(self): self.now = 0.0
    def __call__(self):
        self.now += 0.25
        return self.now
class Slowing:
    def __init__(self): self.now = 0.0; self.step = 0.001
    def __call__(self):
        self.now += self.step; self.step *= 3
        return self.now
for args in [["-n", "10", "pass"], ["-v", "-n", "4", "-r", "2", "pass"], ["-v", "-v", "x = 1"], ["-u", "msec", "-n", "3", "-s", "y = 2", "x = y * 2"], ["-u", "sec", "-r", "1", "-n", "1000", "pass"], ["-u", "bad"], ["--nope"], ["-r", "0", "-n", "7", "a = 1", "b = 2"], ["--number=5", "--repeat=3", "--unit=usec", "pass"]]:
    rc = timeit.main(args, _wrap_timer=lambda t: FakeClock())
    print("rc", rc)
sys.stderr = sys.stdout
print(timeit.main(["-n", "3", "-r", "3", "pass"], _wrap_timer=lambda t: Slowing()))
t = timeit.Timer("x = 1", timer=FakeClock())
print(t.timeit(5), t.repeat(2, 3), t.autorange(), timeit.timeit("pass", timer=FakeClock(), number=2), timeit.repeat("pass", timer=FakeClock(), repeat=2, number=1))
print(timeit.Timer("pass").src if hasattr(timeit.Timer("pass"), "src") else "", timeit.default_repeat, timeit.default_number, timeit.default_timer.__name__)
