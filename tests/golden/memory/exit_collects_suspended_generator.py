# At exit the namespace holding a suspended generator is collected: __del__ and the
# generator's finally both run.
class E:
    def __del__(self):
        print('del E')
def gen():
    try:
        yield 1
    finally:
        print('finally')
first = E()
it = gen()
next(it)
del it
print("end")
