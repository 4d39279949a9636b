"""This module provides access to mathematical functions for complex
numbers."""

# The functions are native (modules/cmath.rs), set in this module before it runs.

pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float('inf')
infj = complex(0.0, inf)
nan = float('nan')
nanj = complex(0.0, nan)
