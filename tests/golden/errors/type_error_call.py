class Widget:
    def __init__(self, name, size):
        self.name, self.size = name, size
try:
    Widget("x", 1, 2)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
Widget("w")
