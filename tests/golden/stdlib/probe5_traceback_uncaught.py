import sys
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
def validate(rec):
    if 'age' not in rec:
        raise ValidationError('age', 'missing')
    return rec
def process(records):
    out = []
    for r in records:
        try:
            out.append(validate(r))
        except ValidationError as e:
            print('skip', e, e.field, e.args)
    return out
print(process([{'age': 1}, {}]))
def load(path):
    try:
        return open(path).read()
    except FileNotFoundError as exc:
        raise RuntimeError(f'cannot load {path}') from exc
try:
    load('/nonexistent/file.cfg')
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.errno, e.__suppress_context__)
sys.stdout.flush()
load('/nonexistent/other.cfg')
