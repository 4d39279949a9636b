import shlex

cases = [
    'a b c', '  leading and trailing  ', 'a "b c" d', "a 'b c' d", 'a "b \\" c" d',
    "a 'b \\' c", 'a\\ b c', 'x"y"z', "x'y'z", '""', "''", 'a "" b', "a '' b",
    'echo $HOME "$USER" \'$PATH\'', 'a\\\\b', '"a\\\\b"', "'a\\\\b'", '"a\\nb"',
    'foo # comment', 'foo#bar # c', 'multi\nline\ttabs\rcr', 'ünïcödé wörds',
    'cmd --opt=val -x "quoted arg" \'single\'', 'a;b|c&&d', '"\'"', "'\"'",
]
for s in cases:
    print(repr(s))
    print('  posix   ', shlex.split(s))
    print('  comments', shlex.split(s, comments=True))
    print('  compat  ', shlex.split(s, posix=False))
for s in ['"unterminated', "'unterminated", 'back\\', '"a\\', "ok 'x"]:
    for posix in (True, False):
        try:
            print(repr(s), posix, shlex.split(s, posix=posix))
        except ValueError as e:
            print(repr(s), posix, type(e).__name__, e)
