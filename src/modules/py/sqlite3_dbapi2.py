# sqlite3.dbapi2: the DB-API names of the sqlite3 package (CPython keeps them here and
# re-exports them from the package; refpy defines them in sqlite3 and re-exports here).
from sqlite3 import *  # noqa: F401,F403
from sqlite3 import (adapters, converters, sqlite_version, sqlite_version_info,  # noqa: F401
                     version, version_info)
