# Helper module for the import tests (not a test itself: no .out).
print("mod_helper imported as", __name__)
GREETING = "hello"
_calls = []

def greet(who):
    _calls.append(who)
    return f"{GREETING}, {who}"

def calls():
    return list(_calls)

class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n
