# What happens to objects still alive when the script ends
import atexit
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Resource.__del__", self.name)

def goodbye(who):
    print("atexit:", who)

atexit.register(goodbye, "first registered")
atexit.register(goodbye, "second registered")

@atexit.register
def decorated():
    print("atexit: decorated")

global_res = Resource("global")
container = [Resource("in-list-1"), Resource("in-list-2")]
mapping = {"k": Resource("in-dict")}

class Node:
    def __init__(self, name):
        self.name = name
        self.link = None
    def __del__(self):
        print("Node.__del__", self.name)
n1, n2 = Node("n1"), Node("n2")
n1.link, n2.link = n2, n1
del n1, n2

tracked = Resource("finalized")
weakref.finalize(tracked, print, "finalize callback at exit")

def unregister_me():
    print("never printed")
atexit.register(unregister_me)
atexit.unregister(unregister_me)

class Broken:
    def __del__(self):
        raise RuntimeError("error in __del__")
b = Broken()
del b
print("script body finished")
