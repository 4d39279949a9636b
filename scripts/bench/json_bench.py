# json.dumps/loads of nested dicts, lists, escaped and non-ASCII strings, numbers, bools, None.
import json


def make_record(i):
    return {
        "id": i,
        "name": "user_%d" % i,
        "email": "user%d@example.org" % i,
        "score": i * 1.25 - 3.5,
        "active": i % 3 != 0,
        "manager": None if i % 5 else i // 5,
        "tags": ["t%d" % (i % 7), "grün", "line\nbreak", 'quote"d'],
        "history": [{"day": d, "value": (i * d) % 101, "ratio": d / 7} for d in range(6)],
        "address": {"street": "%d Main St." % i, "zip": "%05d" % (i * 37 % 100000)},
    }


def main():
    records = [make_record(i) for i in range(300)]
    checksum = 0
    for rep in range(80):
        text = json.dumps(records)
        checksum += len(text)
        back = json.loads(text)
        checksum += sum(r["history"][rep % 6]["value"] for r in back)
        pretty = json.dumps(back[rep::10], indent=2, sort_keys=True, ensure_ascii=False)
        checksum += len(pretty) + len(json.loads(pretty))
        small = [json.dumps(r["address"], separators=(",", ":")) for r in back[:100]]
        checksum += sum(len(json.loads(s)["street"]) for s in small)
    print(checksum, back == records, text[:60])


main()
