"""Unpredictable numbers and tokens for passwords, keys and the like.

refpy's version of the `secrets` module, written from its documentation. Every value
comes from the operating system's random source (os.urandom), by way of
random.SystemRandom; nothing here can be seeded or replayed.
"""

import base64 as _b64
import hmac as _hmac
import random as _random

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
           'token_hex', 'token_urlsafe', 'compare_digest']

SystemRandom = _random.SystemRandom
compare_digest = _hmac.compare_digest

# How many random bytes a token gets when the caller does not say.
DEFAULT_ENTROPY = 32

_source = SystemRandom()
choice = _source.choice
randbits = _source.getrandbits


def randbelow(exclusive_upper_bound):
    """A random int n with 0 <= n < exclusive_upper_bound."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def _entropy(nbytes):
    return _source.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_bytes(nbytes=None):
    """`nbytes` random bytes (DEFAULT_ENTROPY of them when nbytes is None)."""
    return _entropy(nbytes)


def token_hex(nbytes=None):
    """A str of hex digits, two per random byte."""
    return _entropy(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A str of URL-safe base64 (unpadded) encoding `nbytes` random bytes."""
    encoded = _b64.urlsafe_b64encode(_entropy(nbytes))
    return encoded.decode('ascii').rstrip('=')
