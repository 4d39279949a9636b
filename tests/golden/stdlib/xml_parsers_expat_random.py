# Random documents (well-formed and not) fed whole and in pieces: the handler calls
# and the errors (message, line, column) must be expat's.
import random
import xml.parsers.expat as expat

random.seed(12345)
PIECES = ['<a>', '</a>', '<b x="1">', '</b>', '<c/>', '&amp;', '&lt;', '&#65;', '&#x42;',
          'text', ' ', '\n', '\r\n', '<!--c-->', '<?pi d?>', '<![CDATA[x<y]]>', ']]>', '&',
          '<', '>', '"', "'", '=', 'x', '<d y=\'2\' z="3"/>', '<p:e xmlns:p="u"/>',
          '<e xmlns="v"><f/></e>', '&foo;', '\t', '\xe9', '\x01', ']', '-', '--',
          '<!DOCTYPE a>', '<?xml version="1.0"?>', '<a b="c&amp;d\n"/>', '/', '!', '?']

def run(doc, sep, chunk):
    log = []
    p = expat.ParserCreate(namespace_separator=sep)
    p.StartElementHandler = lambda n, a: log.append(('S', n, sorted(a.items())))
    p.EndElementHandler = lambda n: log.append(('E', n))
    p.CharacterDataHandler = lambda d: log.append(('D', d))
    p.CommentHandler = lambda d: log.append(('C', d))
    p.ProcessingInstructionHandler = lambda t, d: log.append(('P', t, d))
    p.StartNamespaceDeclHandler = lambda pr, u: log.append(('NS', pr, u))
    try:
        if chunk:
            for i in range(0, len(doc), chunk):
                p.Parse(doc[i:i + chunk], False)
            p.Parse('', True)
        else:
            p.Parse(doc, True)
    except expat.ExpatError as e:
        log.append(('ERR', e.code, e.lineno, e.offset))
    return log

for i in range(250):
    k = random.randint(1, 7)
    doc = ''.join(random.choice(PIECES) for _ in range(k))
    if random.random() < 0.6:
        doc = '<a>' + doc + '</a>'
    sep = random.choice([None, '}'])
    chunk = random.choice([0, 0, 1, 3])
    print(repr(doc), sep, chunk, run(doc, sep, chunk))
