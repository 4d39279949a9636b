# Malformed JSON strings report the syntax problem, wherever an escape sits.
import json

docs = ['"\\ud83d\\ude00"', '["\\u00e9", "\\u20ac"]', '"\\ud800abc', '["\\ud800x', '"\\ud800\\x"', '"\\ud800\\u12"',
        '{"k": "\\udc00', '"bad \\q \\ud800"', '"\\ud83d\\ude00 and \\u00e9 ok"']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(f"{d!r}: {e.msg} at {e.pos} (line {e.lineno} col {e.colno})")
print(json.dumps("\U0001f600"), json.dumps("\U0001f600", ensure_ascii=False), json.loads(json.dumps("\u2603\U0001f600")))
