# The email.mime package: the MIME* message classes live in its submodules.
try:
    __path__
except NameError:
    __path__ = []
