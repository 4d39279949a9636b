class E:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
class Holder:
    attr = E('module-class-attr')
module_obj = E('module-global')
_module_private = E('module-private')
module_list = [E('module-list-0'), E('module-list-1')]
