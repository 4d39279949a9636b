# Instances the collector does not track (date, timedelta, Decimal are C types) left in
# __main__ next to a function: the cycle between __main__'s dict and the function is
# still freed at exit.
import datetime
import decimal
import gc

d = datetime.date(2000, 1, 2)
t = datetime.timedelta(3)
z = datetime.timezone(datetime.timedelta(hours=1))
q = decimal.Decimal('1.5')
print(gc.is_tracked(d), gc.is_tracked(t), gc.is_tracked(q))


class Holder:
    def __del__(self):
        print('del Holder', d, t, q)


h = Holder()
h.self = h


def f():
    return d
