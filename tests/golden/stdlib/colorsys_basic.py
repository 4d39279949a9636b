# colorsys: the six conversions, exact to the last bit of each float.
import colorsys

values = [0.0, 0.1, 0.2, 1 / 3, 0.5, 2 / 3, 0.75, 0.9, 1.0]
samples = [(r, g, b) for r in values for g in values[::2] for b in values[::3]]
for rgb in samples[:40]:
    print(rgb, colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb))
for triple in samples[40:80]:
    print(triple, colorsys.yiq_to_rgb(*triple), colorsys.hls_to_rgb(*triple),
          colorsys.hsv_to_rgb(*triple))

# Round trips.
worst = 0.0
for rgb in samples:
    for there, back in ((colorsys.rgb_to_yiq, colorsys.yiq_to_rgb),
                        (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                        (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)):
        again = back(*there(*rgb))
        worst = max(worst, max(abs(a - b) for a, b in zip(rgb, again)))
print(worst < 1e-12, repr(worst))

# Out of range inputs, hues past 1, ints, grays and clamping.
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
print(colorsys.hsv_to_rgb(1.5, 0.5, 0.5), colorsys.hsv_to_rgb(-0.25, 1.0, 1.0),
      colorsys.hsv_to_rgb(6.0, 1.0, 1.0))
print(colorsys.hls_to_rgb(1.25, 0.5, 1.0), colorsys.hls_to_rgb(0.5, 0.8, 0.5),
      colorsys.hls_to_rgb(0.3, 0.5, 0.0))
print(colorsys.rgb_to_hsv(1, 0, 0), colorsys.rgb_to_hsv(0, 0, 0), colorsys.rgb_to_hsv(2, 1, 0),
      colorsys.rgb_to_hls(1, 1, 1), colorsys.rgb_to_hls(0.2, 0.2, 0.2), colorsys.rgb_to_hls(1, 0.5, 2))
print(colorsys.hsv_to_rgb(0, 0, 7), colorsys.hls_to_rgb(0, 3, 0), colorsys.rgb_to_yiq(1, 1, 1))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
for call in (lambda: colorsys.rgb_to_hsv('a', 'b', 'c'), lambda: colorsys.hsv_to_rgb('a', 1, 1),
             lambda: colorsys.rgb_to_yiq(None, 0, 0), lambda: colorsys.hls_to_rgb(0.5, 0.5)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
