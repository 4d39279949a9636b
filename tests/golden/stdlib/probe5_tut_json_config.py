import json
DEFAULTS = {"debug": False, "port": 8080, "hosts": ["localhost"], "db": {"name": "app", "pool": 5}}
user_text = '''{
  "port": 9000,
  "db": {"pool": 10},
  "hosts": ["a.example", "b.example"]
}'''
def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        out[k] = merge(base[k], v) if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return out
cfg = merge(DEFAULTS, json.loads(user_text))
print(json.dumps(cfg, indent=4, sort_keys=True))
print(json.dumps(cfg, separators=(',', ':')))
broken = '{\n  "port": 9000,\n  "db": {"pool": 10,}\n}'
try:
    json.loads(broken)
except json.JSONDecodeError as e:
    print(f'config error at line {e.lineno} column {e.colno}: {e.msg}')
    print(repr(e.doc[e.pos:e.pos + 5]))
print(json.dumps("naïve – ☃"), json.dumps("naïve – ☃", ensure_ascii=False))
print(json.loads('"\\t\\n\\"\\\\\\/"'), json.dumps('\x00\x1f\x7f'))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps(1.0))
print(json.loads('1e400'), json.loads('-0'), json.loads('  [ ]  '), json.loads('12345678901234567890'))
print(json.dumps({'a': 1}, indent=2).splitlines(), json.dumps([], indent=2), json.dumps({}, indent=2))
