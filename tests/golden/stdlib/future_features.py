# __future__: every feature's releases, flag and repr; the module's names.
import __future__
import inspect

for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, feat, feat.getOptionalRelease(), feat.getMandatoryRelease(),
          hex(feat.compiler_flag), feat.optional is feat.getOptionalRelease())
print(__future__.__all__)
print(sorted(n for n in dir(__future__) if n.startswith('CO_')))
print([getattr(__future__, n) for n in sorted(dir(__future__)) if n.startswith('CO_')])
F = __future__._Feature
print(F.__name__, F.__module__, F.__doc__, inspect.signature(F))
f = F((1, 0, 0, 'final', 0), None, 7)
print(f, repr(f), sorted(vars(f).items(), key=str))
f.mandatory = (9, 9)
print(f, f.getMandatoryRelease())
print(__future__.annotations.compiler_flag & __future__.CO_FUTURE_ANNOTATIONS)
print(type(__future__.division).__name__, isinstance(__future__.division, F))
division = __future__.division; annotations = __future__.annotations
print(division is __future__.division, annotations)
