# Freeing a 1,000,000-node linked chain must not overflow the C stack.
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
head = None
for i in range(1_000_000):
    head = Node(i, head)
print(head.value, head.next.value)
del head
print("chain freed")
