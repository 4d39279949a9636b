"""The policy base classes and compat32 (re-exported from email.policy)."""
from email.policy import Policy, Compat32, compat32
__all__ = ['Policy', 'Compat32', 'compat32']
