class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount

class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(self._balance * self.interest)

acc = Account("Ann", 100)
acc.deposit(50).withdraw(30)
print(acc, repr(acc), acc.history)
try:
    acc.withdraw(1000)
except InsufficientFunds as e:
    print("Error:", e, e.args, e.amount)
try:
    acc.deposit(-5)
except ValueError as e:
    print("Error:", e)
s = Savings("Bob", 1000)
for _ in range(3):
    s.add_interest()
print(s, s.balance, isinstance(s, Account), Savings.__mro__[1].__name__)
try:
    s.balance = 5
except AttributeError as e:
    print(e)
accounts = [acc, s, Account("Cy", 75.5)]
print(sorted(accounts, key=lambda a: a.balance))
print(max(accounts, key=lambda a: a.balance).owner, sum(a.balance for a in accounts))
print(vars(accounts[2]))
print(f"{'Owner':<6}|{'Balance':>12}")
for a in accounts:
    print(f"{a.owner:<6}|{a.balance:>12,.2f}")
