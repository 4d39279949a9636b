from __future__ import annotations
import __future__
print(__future__.annotations)
print(__future__.all_feature_names)
print(__future__.division.getMandatoryRelease(), __future__.annotations.compiler_flag)


def f(x: undefined_name) -> int:
    return x


print(f(3))
