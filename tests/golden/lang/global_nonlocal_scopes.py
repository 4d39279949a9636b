total = 0
def add(n):
    global total
    total += n
add(3); add(4)
print(total)
def shadow():
    total = "local"
    return total
print(shadow(), total)
def f():
    try:
        print(undefined_here)
    except NameError as e:
        print(e)
f()
def g():
    x = 1
    def h():
        return x + 1
    x = 10
    return h()
print(g())
