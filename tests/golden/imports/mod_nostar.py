import sys as _sys
public = "p"
_private = "q"


def func():
    return "f"
