name, n, x = "refpy", 42, 3.14159
print(f"{name!r} {name:>8}|{name:<8}|{name:^9}|")
print(f"{n:05d} {n:x} {n:#o} {n:b} {n:+} {-n:,} {1234567:_}")
print(f"{x:.3f} {x:10.2e} {x:%} {0.5:.0%}")
print(f"{n=} {x*2=:.1f} {'nested ' + name!s}")
width = 6
print(f"{n:{width}}|{'{'}{{}}")
print("{} {:>4} {k}".format(1, "b", k="kw"), "%s=%05.1f %d%%" % ("v", 2.5, 7))
