def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"could not parse {s!r}") from e

def process(data):
    total = 0
    for d in data:
        try:
            total += parse(d)
        except RuntimeError:
            raise
    return total

print(process(["1", "2"]))
try:
    process(["3", "x"])
except RuntimeError as e:
    print("caught", e)
data = {"k": [1, 2, 3]}
x = data["k"][1] + data["k"][2]
print(x)
result = data["k"][0] / (data["k"][1] - 2)
