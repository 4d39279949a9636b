# copy.deepcopy/copy.copy of nested containers and instances (memo, __deepcopy__, shared refs).
import copy


class Account:
    def __init__(self, owner, balance, tags):
        self.owner = owner
        self.balance = balance
        self.tags = tags
        self.history = [(i, balance * i % 17) for i in range(5)]

    def __eq__(self, other):
        return isinstance(other, Account) and vars(self) == vars(other)


class Frozen:
    """Copies of this class share the instance: deepcopy returns self."""

    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        return self


def make_data(i):
    shared = ["shared", i]
    return {
        "id": i,
        "name": "item-%d" % i,
        "accounts": [Account("owner%d" % j, j * 100 + i, {"a", "b%d" % j}) for j in range(4)],
        "matrix": [[i * r + c for c in range(6)] for r in range(6)],
        "point": (i, (i + 1, i + 2.5), frozenset({i})),
        "left": shared,
        "right": shared,
        "config": Frozen("cfg"),
        "empty": {},
    }


def main():
    data = [make_data(i) for i in range(40)]
    checksum = 0
    for rep in range(140):
        clone = copy.deepcopy(data)
        assert clone == data and clone is not data
        first = clone[rep % 40]
        checksum += first["left"] is first["right"]
        checksum += first["config"] is data[rep % 40]["config"]
        checksum += first["accounts"][0] is not data[rep % 40]["accounts"][0]
        shallow = [copy.copy(d) for d in data]
        checksum += sum(s["matrix"] is d["matrix"] for s, d in zip(shallow, data))
        checksum += sum(a.balance for d in clone for a in d["accounts"]) % 1000
    print(checksum)


main()
