import math, random
random.seed(5)
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1e-300, 5e-324, 1e308, -1e308, 710.0, -745.0, 1e-10, 3.0, -2.0, 100.0, float('inf'), float('-inf'), float('nan')]
vals += [random.uniform(-50, 50) for _ in range(300)] + [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(300)]
for name in ["expm1", "log1p", "exp2", "sinh", "cosh", "tanh", "asinh", "ulp"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, hash(tuple(out)) % 1000003, out[:14])
pairs = [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (5e-324, 0.0), (1e308, float('inf')), (float('inf'), 0.0), (2.0, 2.0), (-1.0, -2.0), (float('nan'), 1.0)]
print([repr(math.nextafter(a, b)) for a, b in pairs])
print(math.ulp(1.0), math.ulp(-1e308), math.ulp(5e-324), math.ulp(float('inf')), math.ulp(1.7976931348623157e308))
