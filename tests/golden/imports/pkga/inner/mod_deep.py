print("pkga.inner.mod_deep init", __name__, __package__)
from .. import mod_sub
from ..mod_sub import helper
from . import mod_sibling
from .mod_sibling import NAME as SIBLING_NAME
import pkga.mod_late
RESULT = helper(4)
