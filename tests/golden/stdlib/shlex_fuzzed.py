# 150 random inputs over every option (posix, punctuation_chars, whitespace_split,
# commenters, escapedquotes, extra quotes, debug levels, push_token between reads):
# tokens, line numbers, states, errors and the debug trace as CPython prints them.
import shlex, random, io, sys
rng = random.Random(20240601)
alpha = ['a', 'b', 'Z', '9', ' ', ' ', '\t', '\n', '"', "'", '\\', '#', ';', '|', '&', '(', ')', '<', '>', '-', '.', '/', '*', '=', '~', '$', 'é', '%', '^', 'ß']
out = []
for i in range(150):
    s = ''.join(rng.choice(alpha) for _ in range(rng.randint(0, 14)))
    posix = rng.random() < 0.5
    pc = rng.choice([False, True, ';|', '&-'])
    ws = rng.random() < 0.5
    lex = shlex.shlex(s, posix=posix, punctuation_chars=pc)
    lex.whitespace_split = ws
    if rng.random() < 0.2: lex.commenters = ''
    if rng.random() < 0.2: lex.escapedquotes = '"\''
    if rng.random() < 0.1: lex.quotes += '|'
    lex.debug = rng.choice([0, 0, 1, 2, 3])
    toks = []
    try:
        while True:
            t = lex.get_token()
            toks.append((t, lex.lineno, lex.state))
            if t == lex.eof or len(toks) > 40: break
            if rng.random() < 0.1: lex.push_token('P')
    except ValueError as e:
        toks.append(('ERR', str(e), lex.lineno, lex.state))
    print(repr(s), posix, pc, ws, toks)
    try:
        print(shlex.split(s, comments=rng.random() < 0.5, posix=posix))
    except ValueError as e:
        print('ERR', e)
    print(shlex.quote(s), shlex.join([s, s[:3]]))
