# With the collector enabled, exit first collects the garbage cycles (while every module
# is whole), then tears the modules down: the cycle made last is finalized first.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n, helper.__name__, x)


def helper():
    pass


b = A('kept in a global')
a = A('cycle')
a.self = a
del a
x = 1
print('end of script')
