"""Module implements the Mersenne Twister random number generator."""

# The generator itself is native (modules/random.rs): `_install` gives this class the
# methods of CPython's `_random.Random`; the state lives in the one slot below.


class Random:
    """Random() -> create a random number generator with its own internal state."""

    __slots__ = ("__mt_state__",)


_install(Random)
del Random.__slots__
del _install
