# A frame that a traceback still holds keeps its locals after the function ends (CPython's
# frame object takes them over): a cycle frame -> local -> exception -> traceback -> frame
# waits for the collector.
import gc
gc.disable()


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def f():
    a = A('a')
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    print('leaving f')


f()
print('after f')
print('collected', gc.collect())


def g():
    a = A('b')
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    print('leaving g')


g()
print('after g')


def thrower():
    a = A('in generator')
    try:
        yield 1
    finally:
        print('finally')


it = thrower()
next(it)
try:
    it.throw(ValueError('v'))
except ValueError as exc:
    print('caught', exc, exc.__traceback__.tb_next.tb_frame.f_code.co_name)
print('after except')
del it
print('end')
