# configparser: parser options (delimiters, comments, no-value options, empty lines,
# default section) and reading files.
import configparser
import io
import os
import tempfile


def show(cp):
    out = io.StringIO()
    cp.write(out)
    print(out.getvalue(), end='')
    print('--')


cp = configparser.ConfigParser(delimiters=('->', '=>'))
cp.read_string('[s]\na -> 1\nb=>2\nc = 3 -> 4\n')
print(cp.items('s'))
show(cp)
try:
    configparser.ConfigParser(delimiters=('->',)).read_string('[s]\nplain = x\n')
except configparser.ParsingError as e:
    print('ParsingError', str(e).replace('\n', ' | '))

cp = configparser.ConfigParser(inline_comment_prefixes=('#', ';'))
cp.read_string('[s]\na = 1 # comment\nb = 2;not a comment\nc = 3 ; comment\n# full\n  ; indented\n')
print(cp.items('s'))
cp = configparser.ConfigParser(comment_prefixes=('//',), inline_comment_prefixes=('//',))
cp.read_string('[s]\n// comment\n# not a comment = yes\na = b // c\n')
print(cp.items('s'))
cp = configparser.ConfigParser(comment_prefixes=None)
cp.read_string('[s]\n#x = 1\n')
print(cp.items('s'))

cp = configparser.ConfigParser(allow_no_value=True)
cp.read_string('[mysqld]\nskip-bdb\nuser = mysql\nempty =\n')
print(cp.items('mysqld'), cp.get('mysqld', 'skip-bdb'))
cp.set('mysqld', 'another')
show(cp)
try:
    configparser.ConfigParser().read_string('[s]\nnovalue\n')
except configparser.ParsingError as e:
    print('ParsingError', str(e).replace('\n', ' | '))

text = '[s]\na = first\n\n  continued\nb = 2\n'
for flag in (True, False):
    cp = configparser.ConfigParser(empty_lines_in_values=flag)
    try:
        cp.read_string(text)
        print(flag, cp.items('s'))
    except configparser.Error as e:
        print(flag, type(e).__name__, str(e).replace('\n', ' | '))
cp = configparser.ConfigParser()
cp.read_string('[s]\nkey = line1\n  line2\n\n\n  line3\n\nother = x\n')
print(repr(cp.get('s', 'key')))
show(cp)

cp = configparser.ConfigParser(default_section='common')
cp.read_string('[common]\nshared = 1\n[DEFAULT]\nx = y\n[a]\n')
print(cp.sections(), cp.defaults(), cp.items('a'), list(cp))
show(cp)

cp = configparser.ConfigParser(dict_type=dict)
cp.read_string('[b]\nz = 1\na = 2\n[a]\n')
print(cp.sections(), cp.options('b'))

# Reading files.
tmp = tempfile.mkdtemp()
first = os.path.join(tmp, 'first.ini')
second = os.path.join(tmp, 'second.ini')
with open(first, 'w') as f:
    f.write('[one]\nkey = 1\n')
with open(second, 'w') as f:
    f.write('[two]\nkey = 2\n[one]\nextra = x\n')
cp = configparser.ConfigParser()
ok = cp.read([first, os.path.join(tmp, 'missing.ini'), second], encoding='utf-8')
print([os.path.basename(p) for p in ok], cp.sections(), cp.items('one'))
cp = configparser.ConfigParser()
print([os.path.basename(p) for p in cp.read(first)], cp.sections())
with open(second) as f:
    cp.read_file(f)
print(cp.sections())
with open(second) as f:
    try:
        cp.read_file(f)
    except configparser.DuplicateSectionError as e:
        print('DuplicateSectionError', str(e).replace(tmp, 'TMP'))
cp = configparser.ConfigParser()
cp.read_file(['[lines]\n', 'a = 1\n'], source='<list>')
cp.read_file(iter(['[more]\n', 'b = 2\n']))
print(cp.sections(), cp.items('lines'))
try:
    configparser.ConfigParser().read_file(['[x]\n', '[x]\n'])
except configparser.Error as e:
    print(type(e).__name__, e)
try:
    configparser.ConfigParser().read_string('[x]\n[x]\n', source='named')
except configparser.Error as e:
    print(type(e).__name__, e)
import shutil
shutil.rmtree(tmp)
