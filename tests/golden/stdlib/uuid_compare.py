import uuid

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
c = uuid.UUID('00000000-0000-0000-0000-000000000001')
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a > b, a == 1, a != 'x')
print(hash(a) == hash(c), hash(a) == hash(1))
print(len({a, b, c}))
d = {a: 'one'}
print(d[c])
us = [uuid.UUID(int=i * 7919 % 101) for i in range(10)]
print([u.int for u in sorted(us)])
print(max(us).int, min(us).int)
for op in ['<', '<=', '>', '>=']:
    try:
        eval('a %s 1' % op)
    except TypeError as e:
        print('TypeError', e)
print(a == a.int, a.int == int(a))
print(uuid.UUID(int=3) in [uuid.UUID(int=3)])
