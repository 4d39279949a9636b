# Building and freeing a 10**6-node linked chain, five times: the free cascade is
# iterative (the trashcan) and must take no longer than CPython's.
class Node:
    __slots__ = ("next",)

    def __init__(self, next):
        self.next = next

total = 0
for round in range(5):
    head = None
    for i in range(1000000):
        head = Node(head)
    head = None
    total += 1
print(total)
