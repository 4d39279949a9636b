from dataclasses import dataclass, field, fields, asdict, replace
from typing import ClassVar, Optional
import dataclasses
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)
    @classmethod
    def parse(cls, s):
        core, _, label = s.partition('-')
        return cls(*map(int, core.split('.')), label=label)
    def __str__(self):
        s = f'{self.major}.{self.minor}.{self.patch}'
        return s + (f'-{self.label}' if self.label else '')
vs = [Version.parse(x) for x in ['1.2.3', '1.10.0', '1.2.3-rc1', '0.9.9', '2.0.0']]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)], max(vs), Version(1, 2, 3) == Version(1, 2, 3, 'x'))
print(len({Version(1), Version(1, 0, 0), Version(1, 0, 0, 'beta')}), replace(vs[0], patch=4))
@dataclass
class Employee:
    name: str
    dept: str
    salary: float = field(default=0.0, repr=False)
    manager: Optional['Employee'] = None
    headcount: ClassVar[int] = 0
    def __post_init__(self):
        Employee.headcount += 1
        if self.salary < 0:
            raise ValueError('salary must be >= 0')
boss = Employee('Ada', 'eng', 200)
e = Employee('Bob', 'eng', 100, boss)
print(e, Employee.headcount, [f.name for f in fields(Employee)])
print(asdict(e))
try:
    Employee('Neg', 'x', -1)
except ValueError as ex:
    print('ValueError', ex, Employee.headcount)
try:
    Employee()
except TypeError as ex:
    print('TypeError', ex)
try:
    Employee('a', 'b', 1, None, 5)
except TypeError as ex:
    print('TypeError', ex)
try:
    Employee('a', 'b', nope=1)
except TypeError as ex:
    print('TypeError', ex)
print(dataclasses.fields(Employee)[2].repr, dataclasses.fields(Employee)[0].type, Employee.__dataclass_params__ if False else Employee.__match_args__)
match e:
    case Employee(name, 'eng'):
        print('engineer', name)
print(Employee.__eq__(e, 1), e == e, e != boss)
print(repr(Employee.__init__.__doc__) if False else Employee.__doc__)
