# An instance's materialized __dict__ stays a split table: clear() and dealloc release its
# values by shared-key index, not insertion order (PyDict_Clear, dict_dealloc).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class C: pass
a = C(); a.x = D('1'); a.y = D('2')
b = C(); b.y = D('3'); b.x = D('4')
del b
print('--')
c = C(); c.y = D('5'); c.x = D('6'); c.__dict__
del c
print('--')
e = C(); e.x = D('7'); e.y = D('8'); del e.x; e.x = D('9')
print(list(vars(e)))
del e
print('--')
f = C(); f.x = D('10'); f.y = D('11'); del f.x; f.x = D('12')
f.__dict__.clear()
print('--')
g = C(); g.y = D('13'); g.x = D('14'); g.z = D('15')
print(list(vars(g)))
g.__dict__.clear()
print('--')
h = C(); h.y = D('16'); h.x = D('17'); h.z = D('18')
vars(h).copy()
h.__dict__ = {}
print('-- end')
    def __del__(self): print('del', self.n)
class C: pass
c = C(); c.y = D('1'); c.x = D('2'); c.z = D('3'); dd = c.__dict__; del c.y; c.y = D('4'); c.me = c
del c, dd
print(gc.collect())
print('--')
c = C(); c.y = D('5'); c.x = D('6'); c.z = D('7'); dd = c.__dict__; del c.y; c.y = D('8'); dd['self'] = dd
del c, dd
print(gc.collect())
print('--')
c = C(); c.y = D('9'); c.x = D('10'); c.z = D('11'); del c.y; c.y = D('12'); c.me = c
del c
print(gc.collect())
print('--')
c = C(); c.y = D('13'); c.x = D('14'); c.z = D('15'); dd = c.__dict__; del c.y; c.y = D('16')
dd2 = dd.copy(); del c, dd
print('copy'); del dd2
print('--')
c = C(); c.y = D('17'); c.x = D('18'); c.z = D('19'); dd = c.__dict__; del c.y; c.y = D('20')
del c; dd.popitem(); print('pop'); del dd
