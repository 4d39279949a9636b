# str.format's scan of a replacement field: brackets, conversions and nested specs, with
# CPython's error messages.
templates = ["{0[}", "{0[", "{0[a", "{0[a]x}", "{0[]}", "{0.}", "{0..a}", "{[0}", "{0[0]]}",
             "{0!}", "{0!r", "{0!rr}", "{0:", "{:{:{}}}", "{0[0", "{a[0]}", "{0[}]}", "{0[:]}",
             "{a[x!y]}", "{a[{]}", "{0!r:>{1}}", "{0{", "x{", "{}}", "}{", "{0:{1", "{0:}}",
             "{!r}", "{0!a:^9}", "{0!s:}", "{0[0]!r}", "{a[0]:>{w}}", "{{{0}}}", "{0:{{}}}",
             "{0:{0}}", "{0!x}", "{0!}}", "{0:x{}}"]
for t in templates:
    try:
        print(repr(t), repr(t.format([1], 5, a={0: "A", "x!y": "B", "{": "C"}, w=4)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for t in ["{0[}", "{a[x:y]}", "{0!r:>5}"]:
    try:
        print(repr(t), repr(t.format_map({"a": {"x:y": 1}, "0": 2})))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
