# `obj.__dict__ = d` on an instance whose class lists '__dict__' in __slots__ replaces the
# attribute dict (and releases the old one at once), as on a plain instance.
# (difftest: rel_mixed_slots)
class D:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print('del', self.name)


class S:
    __slots__ = ('a', 'b', '__dict__')


s = S()
s.a = D('slot_a')
s.y = D('dict_y')
print('assign')
s.__dict__ = {'q': D('dict_q')}
print('assigned', sorted(s.__dict__), getattr(s, 'y', 'missing'), s.q, s.a)
s.z = D('dict_z')
del s.__dict__
print('deleted', s.__dict__, getattr(s, 'z', 'missing'))
s.w = D('dict_w')
try:
    s.__dict__ = [1]
except TypeError as e:
    print('TypeError', e)
del s
print('--')


class T(S):
    __slots__ = ('c',)


t = T()
t.c = D('slot_c')
t.x = D('dict_x')
t.__dict__ = {}
print('sub', vars(t), t.c)
del t
print('end')
