def load(records):
    return [parse(r) for r in records]

def parse(r):
    name, age = r.split(":")
    return {"name": name, "age": int(age)}

print(load(["a:1", "b:2"]))
print(load(["c:3", "d:x"]))
