print("mod_circ_a start")
from . import mod_circ_b
A = 1
