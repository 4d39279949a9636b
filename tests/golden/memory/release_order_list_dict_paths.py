# Release order of items taken out by every list, dict and set path (listobject.c:
# _list_clear and list_ass_slice release last to first, extended slices first to last).
class A:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
l = [A(1), A(2), A(3)]
l *= 0
print("--")
l = [A(1), A(2), A(3)]
l[:] = []
print("--")
l = [A(1), A(2), A(3)]
l[0:2] = [A(7)]
print("--")
l = [A(1), A(2), A(3), A(4)]
l[::2] = [A(8), A(9)]
print("--")
l = [A(1), A(2), A(3)]
l.sort(key=lambda a: -a.n)
l = [A(1), A(2), A(3)]
del l[:]
print("--")
l = [A(1), A(2), A(3)]
l = l + []
print("--")
l = [A(i) for i in range(5)]
del l[1:4]
print('--')
l.__init__([A(5)])
print('--')
l.extend([]); l *= 1
del l
print('--')
d = {i: A(i) for i in range(3)}
d.update({0: A(10)})
print('--')
d.__init__({1: A(11)})
print('--')
d = dict.fromkeys([A(1), A(2)])
print('--')
s = {A(1)}
s.clear()
print('end')
