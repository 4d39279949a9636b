# A cycle through __main__ and another module's globals:
# freed at exit with their globals intact, as the collection that follows the removal of
# sys.modules finds them.
import json
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name, type(Noisy).__name__, sys is not None)


_private = Noisy('_private')
public = Noisy('public')
me = sys.modules[__name__]
json.back = [me]
print('end')
