# Parameter, Signature and BoundArguments built by hand: validation messages,
# replace(), str/repr, equality and hashing, pickling state, bind edge cases.
import inspect
import pickle
from inspect import Parameter as P, Signature as S


def show(label, func, *args, **kw):
    try:
        result = func(*args, **kw)
    except Exception as exc:
        result = '%s: %s' % (type(exc).__name__, exc)
    print(label, result if isinstance(result, str) else repr(result))


show('k1', P, 'a', 7)
show('k2', P, 'a', 'x')
show('k3', P, 'a', P.VAR_POSITIONAL, default=1)
show('k4', P, 'a', P.VAR_KEYWORD, default=None)
show('k5', P, P.empty, P.KEYWORD_ONLY)
show('k6', P, 3, P.KEYWORD_ONLY)
show('k7', P, 'def', P.KEYWORD_ONLY)
show('k8', P, 'def', P.POSITIONAL_ONLY)
show('k9', P, '.0', P.POSITIONAL_OR_KEYWORD)
show('k10', P, '.0', P.KEYWORD_ONLY)
show('k11', P, '1a', 0)
show('k12', P, 'a b', 0)
show('k13', P, 'x', 2.0)
show('k14', P, '', 1)
for kind in P.POSITIONAL_ONLY, P.VAR_KEYWORD, 3:
    p = P('v', kind)
    print(p.kind, int(p.kind), p.kind.description, repr(p.kind), type(p.kind).__name__)

a = P('a', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(a, repr(a), a.replace(name='b'), a.replace(default=P.empty), a.replace(annotation=P.empty))
print(a.replace(kind=P.KEYWORD_ONLY).kind, a.replace() == a, a.replace() is a)
show('r1', a.replace, kind=P.VAR_POSITIONAL)
print(P('x', 2, annotation='str'), P('y', 4, annotation=list[int]), P('z', 1, default='d'))
print(a == P('a', 1, default=1, annotation=int), a == P('a', 1, default=2), a != 5, a == 'a')
print(hash(a) == hash(P('a', 1, default=1, annotation=int)))
nan = float('nan')
print(P('n', 1, default=nan) == P('n', 1, default=nan))
q = pickle.loads(pickle.dumps(a))
print(q, q == a, a.__reduce__()[1:], P.__slots__)

params = [P('a', 0), P('b', 1, default=2), P('c', 2), P('d', 3), P('e', 4)]
s = S(params, return_annotation='R')
print(s, repr(s), list(s.parameters), type(s.parameters).__name__)
show('s1', S, [P('a', 1), P('b', 0)])
show('s2', S, [P('a', 1, default=1), P('b', 1)])
show('s3', S, [P('a', 0, default=1), P('b', 1)])
show('s4', S, [P('a', 1), P('a', 3)])
show('s5', S, [P('a', 3), P('b', 2)])
show('s6', S, [P('a', 1, default=1), P('b', 3)])
print(S([P('a', 1), P('a', 3)], __validate_parameters__=False))
print(S(), S(return_annotation=int), S([P('k', 3)]), S([P('p', 0)]), S([P('p', 0), P('k', 3)]))
print(S([P('p', 0), P('v', 2)]), S([P('p', 0), P('w', 4)]), S([P('p', 0), P('q', 0, default=None)]))
print(s.replace(return_annotation=S.empty), s.replace(parameters=[]), s.replace() == s)
print(s == S(params, return_annotation='R'), s == S(params), s != 1, hash(s) == hash(s.replace()))
s2 = S([P('x', 1), P('k1', 3), P('k2', 3)])
s3 = S([P('x', 1), P('k2', 3), P('k1', 3)])
print(s2 == s3, hash(s2) == hash(s3))
t = pickle.loads(pickle.dumps(s))
print(t, t == s)

s = S([P('a', 0), P('b', 1, default=2), P('c', 2), P('d', 3, default=4), P('e', 4)])
for args, kw in [((1,), {}), ((1, 2, 3, 4), {'d': 5, 'z': 6}), ((1,), {'b': 3, 'e': 1}),
                 ((), {'a': 1}), ((), {}), ((1,), {'a': 2})]:
    show('bind', s.bind, *args, **kw)
    show('partial', s.bind_partial, *args, **kw)
ba = s.bind(1, 2, 3, x=9)
print(ba.args, ba.kwargs, ba.arguments, ba.signature is s)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba2 = s.bind(1)
ba2.apply_defaults()
print(ba2, ba2 == s.bind(1, 2, d=4), ba2 == s.bind(1))
ba3 = pickle.loads(pickle.dumps(ba))
print(ba3 == ba, ba.__getstate__().keys(), repr(ba3))
s = S([P('a', 1), P('b', 1, default=0), P('k', 3)])
ba = s.bind_partial(b=2)
print(ba.args, ba.kwargs)
ba = s.bind(1, k=3)
print(ba.args, ba.kwargs)
ba.arguments['b'] = 7
print(ba.args, ba.kwargs, ba)
del ba.arguments['a']
print(ba.args, ba.kwargs)
show('t1', S([P('a', 1)]).bind, 1, 2)
show('t2', S([P('a', 1), P('k', 3)]).bind, 1, 2)
show('t3', S([P('a', 1), P('kw', 4)]).bind, 1, 2)
show('t4', S([P('a', 1), P('kw', 4)]).bind, a=1, b=2, c=3)
show('t5', S([P('a', 0), P('kw', 4)]).bind, a=1)
show('t6', S([P('a', 0), P('kw', 4)]).bind, 1, a=1)
show('t7', S([P('v', 2), P('k', 3)]).bind, 1, 2)
print(S([P('v', 2), P('k', 3, default=1)]).bind(1, 2).arguments)
print(inspect.signature(lambda self, /, *a, k, **kw: 0).bind(1, 2, k=3, self=4))
