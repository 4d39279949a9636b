class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"Need {needed:.2f}, only {available:.2f} available")
        self.needed = needed
        self.available = available

class Account:
    interest_rate = 0.02
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"Invalid deposit amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        interest = self._balance * self.interest_rate
        self.deposit(interest)
        return interest

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance:,.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<10} ${self._balance:>12,.2f}"

class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("Savings accounts allow only 2 withdrawals")
        return super().withdraw(amount)

accounts = [Account("Alice", 100), SavingsAccount("Bob", 2500.5), Account("Carol")]
accounts[0].deposit(50).withdraw(30)
accounts[2].deposit(1_000_000)
for acct in accounts:
    print(acct)
    print(repr(acct))

try:
    accounts[0].withdraw(500)
except InsufficientFunds as e:
    print("Error:", e, e.needed, e.available)
    print(type(e).__name__, e.args)

try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("Error:", e)

b = accounts[1]
for amt in (100, 200, 300):
    try:
        b.withdraw(amt)
        print(f"withdrew {amt}")
    except RuntimeError as e:
        print(f"failed {amt}: {e}")

for a in accounts:
    i = a.add_interest()
    print(f"{a.owner}: interest {i:.3f} -> {a.balance:.2f}")

try:
    accounts[2].balance = -1
except ValueError as e:
    print(e)
total = sum(a.balance for a in accounts)
print(f"Total: {total:,.2f} {total:e} {total:g} {total:.3%}")
print(sorted(accounts, key=lambda a: a.balance, reverse=True))
print(b.history)
print(isinstance(b, Account), issubclass(SavingsAccount, Account), SavingsAccount.__mro__)
