import copy
matrix = [[0] * 3 for _ in range(3)]
alias = matrix
shallow = copy.copy(matrix)
deep = copy.deepcopy(matrix)
sliced = matrix[:]
matrix[0][0] = 1
matrix.append([9])
print(alias, shallow, deep, sliced, sep='\n')
print(shallow[0] is matrix[0], deep[0] is matrix[0])
config = {'name': 'base', 'opts': {'level': 1, 'tags': ['a']}}
c1 = dict(config); c2 = config.copy(); c3 = copy.deepcopy(config)
config['opts']['tags'].append('b')
print(c1['opts']['tags'], c2['opts']['tags'], c3['opts']['tags'])
class Account:
    counter = 0
    def __init__(self, owner, history=None):
        Account.counter += 1
        self.id = Account.counter
        self.owner = owner
        self.history = history or []
    def __repr__(self):
        return f'Account({self.id}, {self.owner!r}, {self.history})'
a = Account('ann', [100])
b = copy.copy(a); c = copy.deepcopy(a)
a.history.append(-20)
print(a, b, c, Account.counter)
print(copy.deepcopy([a, a])[0] is copy.deepcopy([a, a])[1])
lst = [a, a]; dl = copy.deepcopy(lst); print(dl[0] is dl[1], dl[0] is a)
s = {1, 2}; fs = frozenset([3]); print(copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.copy('str') is 'str' if False else True)
