# The collector meets a dict's value before its key (dict_traverse), an exception's
# args before its traceback, a traceback's next entry before its frame: finalizers of
# one garbage cycle run in that order.
import gc
gc.disable()


class E:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def cycle(payload):
    box = [payload]
    box.append(box)
    return box


cycle({E('key1'): E('value1'), E('key2'): E('value2')})
print('collected', gc.collect())


def fails():
    local = E('frame local')
    raise ValueError(E('exception arg'))


try:
    fails()
except ValueError as e:
    err = e
holder = [err]
holder.append(holder)
del err, holder
print('collected', gc.collect())
