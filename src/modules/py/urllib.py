"""The urllib package; refpy provides only its `urllib.parse` submodule.

A frozen module gets no __path__ from the import system; an empty one makes this the
package whose submodules are found among the frozen modules.
"""

try:
    __path__
except NameError:
    __path__ = []
