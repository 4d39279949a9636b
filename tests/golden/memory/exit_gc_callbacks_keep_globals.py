# A function left in gc.callbacks holds the main namespace through its globals: the
# final collections cannot free it, so the global's __del__ never runs (as CPython).
import gc


class E:
    def __del__(self):
        print('never printed')


a = E()
gc.callbacks.append(lambda phase, info: None)
print('end of script')
