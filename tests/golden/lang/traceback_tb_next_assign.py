import sys, traceback
def inner(): 1 / 0
def outer(): inner()
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
n = 0
t = tb
while t:
    n += 1
    t = t.tb_next
print(n, tb.tb_next.tb_frame.f_code.co_name)
tb.tb_next = tb.tb_next.tb_next
print(tb.tb_next.tb_frame.f_code.co_name)
for bad in (1, "x"):
    try:
        tb.tb_next = bad
    except TypeError as e:
        print(e)
try:
    del tb.tb_next
except TypeError as e:
    print(e)
try:
    tb.tb_next.tb_next = tb
except ValueError as e:
    print(e)
try:
    tb.tb_next = tb
except ValueError as e:
    print(e)
tb.tb_next = None
print(tb.tb_next, "".join(traceback.format_tb(tb)).count("File"))
try:
    tb.tb_lineno = 3
except AttributeError as e:
    print(e)
