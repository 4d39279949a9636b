class Config:
    def __init__(self, values):
        self.values = values
    def get(self, key):
        return self.values[key]

def load(path):
    cfg = Config({"a": 1})
    return cfg.get(path.upper())

def main():
    items = ["a", "b"]
    results = [load(x) for x in items]
    print(results)

print("starting")
main()
