import os
import shlex
import shutil
import tempfile

tmp = tempfile.mkdtemp()
try:
    inc = os.path.join(tmp, 'inc.txt')
    with open(inc, 'w') as f:
        f.write('included tokens\nhere\n')
    main = os.path.join(tmp, 'main.txt')
    with open(main, 'w') as f:
        f.write('before source inc.txt after\nend\n')
    with open(main) as f:
        lex = shlex.shlex(f, infile=main, posix=True)
        lex.source = 'source'
        lex.whitespace_split = True
        for tok in lex:
            print(tok, lex.lineno, os.path.basename(lex.infile), len(lex.filestack))
    # sourcehook resolves names relative to the current file and strips quotes
    lex = shlex.shlex('x', infile=main)
    name, stream = lex.sourcehook('"inc.txt"')
    print(name == inc, stream.read().split())
    stream.close()
finally:
    shutil.rmtree(tmp)

lex = shlex.shlex('outer1 outer2', posix=True)
print(lex.get_token())
lex.push_source('inner1 inner2', 'innerfile')
print(lex.infile, lex.lineno, lex.get_token(), lex.get_token())
print(lex.get_token(), lex.infile, repr(lex.get_token()))
lex = shlex.shlex('o1 o2')
lex.push_source('i1\ni2\n')
print(list(lex))
lex = shlex.shlex('o1 o2')
lex.push_source('i1')
lex.pop_source()
print(list(lex), lex.state)
