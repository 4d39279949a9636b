# %d, %i and %u convert a float as int() does: exactly, however large.
for v in [8.49790815437623e+29, -1e20, 1e308, 3.7, -3.7, 0.0, float('nan'), float('inf'), -float('inf')]:
    for spec in ['%d', '%u', '%i', '%5d', '%-30d|', '%x']:
        try:
            print(spec, repr(spec % v))
        except Exception as e:
            print(spec, type(e).__name__, e)
