import sys
lst = []
sizes = [sys.getsizeof(lst)]
for i in range(40):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != sizes[-1]:
        sizes.append(size)
print(sizes)
print([(s - 56) // 8 for s in sizes])
lst.clear()
print(sys.getsizeof(lst))
