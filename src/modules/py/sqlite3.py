"""refpy's sqlite3: the DB-API 2.0 interface (PEP 249) to SQLite databases.

The engine is SQLite itself (the C library bundled with refpy, driven through the
native module `_sqlite3`, src/modules/sqlite3.rs), so SQL behaves as under CPython.
This file is the interface of CPython 3.11's `_sqlite` C module, written from its
documentation and observed behaviour: `Connection`, `Cursor` and `Row` with the C
types' sizes and gc tracking, qmark and named parameters, adapters and converters,
the implicit transactions of 3.11 (a BEGIN before INSERT/UPDATE/DELETE/REPLACE
unless `isolation_level` is None), user functions, aggregates and collations,
`iterdump`, and the exception classes with `sqlite_errorcode`/`sqlite_errorname`.

Handles: a connection and a prepared statement are ints naming entries of the native
tables, each owned by a small holder object whose `__del__` releases it, so a
connection closes when the last reference goes and a statement is finalized with
the cursor that ran it (CPython resets it then), as the C objects do.

Missing: `Blob`/`blobopen`, `backup`, `serialize`/`deserialize`, authorizer,
progress handler and trace callback, window functions, `Connection.__call__`.
"""

import sys as _sys
import datetime
import time
import collections
import collections.abc as _abc
from weakref import ref as _wref
import _sqlite3 as _n

__path__ = []   # a package (sqlite3.dbapi2 is a frozen submodule)

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"

version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version = _n._libversion()
sqlite_version_info = tuple(int(x) for x in sqlite_version.split('.'))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


# ---- exceptions ----

class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class InternalError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class DataError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


_EXCEPTIONS = (Warning, Error, InterfaceError, DatabaseError, DataError,
               OperationalError, IntegrityError, InternalError, ProgrammingError,
               NotSupportedError)

# SQLite's result codes (primary and extended), authorizer action codes and limit
# categories, as sqlite3.h defines them.
_CODES = """
ABORT=4 ABORT_ROLLBACK=516 AUTH=23 AUTH_USER=279 BUSY=5 BUSY_RECOVERY=261
BUSY_SNAPSHOT=517 BUSY_TIMEOUT=773 CANTOPEN=14 CANTOPEN_CONVPATH=1038
CANTOPEN_DIRTYWAL=1294 CANTOPEN_FULLPATH=782 CANTOPEN_ISDIR=526 CANTOPEN_NOTEMPDIR=270
CANTOPEN_SYMLINK=1550 CONSTRAINT=19 CONSTRAINT_CHECK=275 CONSTRAINT_COMMITHOOK=531
CONSTRAINT_FOREIGNKEY=787 CONSTRAINT_FUNCTION=1043 CONSTRAINT_NOTNULL=1299
CONSTRAINT_PINNED=2835 CONSTRAINT_PRIMARYKEY=1555 CONSTRAINT_ROWID=2579
CONSTRAINT_TRIGGER=1811 CONSTRAINT_UNIQUE=2067 CONSTRAINT_VTAB=2323 CORRUPT=11
CORRUPT_INDEX=779 CORRUPT_SEQUENCE=523 CORRUPT_VTAB=267 DONE=101 EMPTY=16 ERROR=1
ERROR_MISSING_COLLSEQ=257 ERROR_RETRY=513 ERROR_SNAPSHOT=769 FORMAT=24 FULL=13
INTERNAL=2 INTERRUPT=9 IOERR=10 IOERR_ACCESS=3338 IOERR_AUTH=7178
IOERR_BEGIN_ATOMIC=7434 IOERR_BLOCKED=2826 IOERR_CHECKRESERVEDLOCK=3594
IOERR_CLOSE=4106 IOERR_COMMIT_ATOMIC=7690 IOERR_CONVPATH=6666 IOERR_CORRUPTFS=8458
IOERR_DATA=8202 IOERR_DELETE=2570 IOERR_DELETE_NOENT=5898 IOERR_DIR_CLOSE=4362
IOERR_DIR_FSYNC=1290 IOERR_FSTAT=1802 IOERR_FSYNC=1034 IOERR_GETTEMPPATH=6410
IOERR_LOCK=3850 IOERR_MMAP=6154 IOERR_NOMEM=3082 IOERR_RDLOCK=2314 IOERR_READ=266
IOERR_ROLLBACK_ATOMIC=7946 IOERR_SEEK=5642 IOERR_SHMLOCK=5130 IOERR_SHMMAP=5386
IOERR_SHMOPEN=4618 IOERR_SHMSIZE=4874 IOERR_SHORT_READ=522 IOERR_TRUNCATE=1546
IOERR_UNLOCK=2058 IOERR_VNODE=6922 IOERR_WRITE=778 LOCKED=6 LOCKED_SHAREDCACHE=262
LOCKED_VTAB=518 MISMATCH=20 MISUSE=21 NOLFS=22 NOMEM=7 NOTADB=26 NOTFOUND=12
NOTICE=27 NOTICE_RECOVER_ROLLBACK=539 NOTICE_RECOVER_WAL=283 OK=0
OK_LOAD_PERMANENTLY=256 OK_SYMLINK=512 PERM=3 PROTOCOL=15 RANGE=25 READONLY=8
READONLY_CANTINIT=1288 READONLY_CANTLOCK=520 READONLY_DBMOVED=1032
READONLY_DIRECTORY=1544 READONLY_RECOVERY=264 READONLY_ROLLBACK=776 ROW=100
SCHEMA=17 TOOBIG=18 WARNING=28 WARNING_AUTOINDEX=284
"""
_ACTIONS = """
ALTER_TABLE=26 ANALYZE=28 ATTACH=24 CREATE_INDEX=1 CREATE_TABLE=2 CREATE_TEMP_INDEX=3
CREATE_TEMP_TABLE=4 CREATE_TEMP_TRIGGER=5 CREATE_TEMP_VIEW=6 CREATE_TRIGGER=7
CREATE_VIEW=8 CREATE_VTABLE=29 DELETE=9 DENY=1 DETACH=25 DROP_INDEX=10 DROP_TABLE=11
DROP_TEMP_INDEX=12 DROP_TEMP_TABLE=13 DROP_TEMP_TRIGGER=14 DROP_TEMP_VIEW=15
DROP_TRIGGER=16 DROP_VIEW=17 DROP_VTABLE=30 FUNCTION=31 IGNORE=2 INSERT=18 PRAGMA=19
READ=20 RECURSIVE=33 REINDEX=27 SAVEPOINT=32 SELECT=21 TRANSACTION=22 UPDATE=23
LIMIT_ATTACHED=7 LIMIT_COLUMN=2 LIMIT_COMPOUND_SELECT=4 LIMIT_EXPR_DEPTH=3
LIMIT_FUNCTION_ARG=6 LIMIT_LENGTH=0 LIMIT_LIKE_PATTERN_LENGTH=8 LIMIT_SQL_LENGTH=1
LIMIT_TRIGGER_DEPTH=10 LIMIT_VARIABLE_NUMBER=9 LIMIT_VDBE_OP=5 LIMIT_WORKER_THREADS=11
"""


def _parse_codes(text):
    pairs = [item.split('=') for item in text.split()]
    return {'SQLITE_' + k: int(v) for k, v in pairs}


_ERROR_NAMES = {v: k for k, v in _parse_codes(_CODES).items()}
globals().update(_parse_codes(_CODES))
globals().update(_parse_codes(_ACTIONS))

# The exception class for each primary result code (others: DatabaseError).
_CLASS_OF = {2: InternalError, 12: InternalError, 11: DatabaseError, 18: DataError,
             19: IntegrityError, 20: IntegrityError, 21: InterfaceError,
             25: InterfaceError}
for _c in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
    _CLASS_OF[_c] = OperationalError
del _c


def _make_error(code, msg):
    """The exception for a SQLite error (called by the native module)."""
    if code < 0:
        return (ProgrammingError if code == -2 else OperationalError)(msg)
    if code & 0xff == 7:
        return MemoryError()
    exc = _CLASS_OF.get(code & 0xff, DatabaseError)(msg)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = _ERROR_NAMES.get(code, 'unknown')
    return exc


_n._make_error = _make_error


def enable_callback_tracebacks(enable, /):
    _n._callback_tracebacks(enable)


def enable_shared_cache(enable):
    # Deprecated in SQLite; kept as a no-op switch.
    return None


def complete_statement(statement):
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be str, not %s"
                        % type(statement).__name__)
    return _n._complete(statement)


# ---- adapters and converters ----

class PrepareProtocol:
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        pass


adapters = {}
converters = {}
_base_type_adapted = False


def register_adapter(type, adapter, /):
    global _base_type_adapted
    if type in (int, float, str, bytearray):
        _base_type_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    if not isinstance(typename, str):
        raise TypeError("register_converter() argument 1 must be str, not %s"
                        % type(typename).__name__)
    converters[typename.upper()] = converter


_NO_ALT = object()


def adapt(obj, proto=PrepareProtocol, alt=_NO_ALT, /):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, '__adapt__', None)
    if conform is not None:
        result = conform(obj)
        if result is not None:
            return result
    conform = getattr(obj, '__conform__', None)
    if conform is not None:
        result = conform(proto)
        if result is not None:
            return result
    if alt is not _NO_ALT:
        return alt
    raise ProgrammingError("can't adapt")


def _adapt_date(val):
    return val.isoformat()


def _adapt_datetime(val):
    return val.isoformat(" ")


def _convert_date(val):
    return datetime.date(*map(int, val.split(b"-")))


def _convert_timestamp(val):
    datepart, timepart = val.split(b" ")
    year, month, day = map(int, datepart.split(b"-"))
    timepart_full = timepart.split(b".")
    hours, minutes, seconds = map(int, timepart_full[0].split(b":"))
    if len(timepart_full) == 2:
        microseconds = int('{:0<6.6}'.format(timepart_full[1].decode()))
    else:
        microseconds = 0
    return datetime.datetime(year, month, day, hours, minutes, seconds, microseconds)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)

# The exact types bound as they are, without looking for an adapter.
_PLAIN = (int, float, str, bytearray)


def _bind_value(stmt, i, value):
    if _base_type_adapted or type(value) not in _PLAIN:
        value = adapt(value, PrepareProtocol, value)
    rc = _n._bind(stmt, i, value)
    if rc == 1:
        # a subclass of a type SQLite takes binds as its base type
        if isinstance(value, int):
            rc = _n._bind(stmt, i, int(value))
        elif isinstance(value, float):
            rc = _n._bind(stmt, i, float(value))
        elif isinstance(value, str):
            rc = _n._bind(stmt, i, str.__str__(value))
        if rc == 1:
            raise ProgrammingError("Error binding parameter %d: type '%s' is not supported"
                                   % (i, type(value).__name__))
    if rc:
        raise _make_error(rc, "Error binding parameter %d" % i)


def _is_sequence(obj):
    if isinstance(obj, dict):
        return False
    return hasattr(type(obj), '__getitem__')


def _bind_parameters(stmt, params):
    needed = _n._bind_count(stmt)
    if type(params) in (tuple, list) or (not isinstance(params, dict) and _is_sequence(params)):
        given = len(params)
        if given != needed:
            raise ProgrammingError("Incorrect number of bindings supplied. The current "
                                   "statement uses %d, and there are %d supplied."
                                   % (needed, given))
        for i in range(needed):
            _bind_value(stmt, i + 1, params[i])
    elif isinstance(params, dict):
        for i in range(1, needed + 1):
            name = _n._bind_name(stmt, i)
            if name is None:
                raise ProgrammingError("Binding %d has no name, but you supplied a "
                                       "dictionary (which has only names)." % i)
            name = name[1:]
            try:
                value = params[name]
            except KeyError:
                raise ProgrammingError("You did not supply a value for binding parameter "
                                       ":%s." % name) from None
            _bind_value(stmt, i, value)
    else:
        raise ProgrammingError("parameters are of unsupported type")


# ---- handles ----

class _Database:
    """Owns a connection handle: closes it when it dies. `funcs` holds the callables
    registered with SQLite (which holds them weakly), released at the close."""
    __slots__ = ('h', 'funcs')

    def __init__(self, h):
        self.h = h
        self.funcs = {}

    def __del__(self):
        h = self.h
        if h is not None:
            self.h = None
            _n._close(h)
            self.funcs.clear()

    def keep(self, key, func):
        # after SQLite took the new registration: the old callable goes now
        self.funcs.pop(key, None)
        if func is not None:
            self.funcs[key] = func


class _Statement:
    """Owns a prepared statement: finalizes it when it dies."""
    __slots__ = ('h', 'is_dml', '__weakref__')

    def __init__(self, h, is_dml):
        self.h = h
        self.is_dml = is_dml

    def __del__(self):
        _n._finalize(self.h)


_DML = ('insert', 'update', 'delete', 'replace')


def _first_keyword(sql):
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in ' \t\n\r\f\v':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
        else:
            break
    return sql[i:i + 7].lower()


def _is_dml(sql):
    word = _first_keyword(sql)
    return any(word.startswith(k) for k in _DML)


class _Member:
    """A read-only member of the C types (`Cursor.description`): 'readonly attribute'."""
    __slots__ = ('_name', '_slot', '_owner')

    def __init__(self, name, slot, owner):
        self._name = name
        self._slot = slot
        self._owner = owner

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self._slot.__get__(obj, cls)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return "<member '%s' of '%s' objects>" % (self._name, self._owner)


class _GetSet:
    """A computed attribute of Connection (`in_transaction`): not writable."""
    __slots__ = ('_name', '_get')

    def __init__(self, name, get):
        self._name = name
        self._get = get

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self._get(obj)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of 'sqlite3.Connection' objects is not writable"
                             % self._name)

    __delete__ = __set__

    def __repr__(self):
        return "<attribute '%s' of 'sqlite3.Connection' objects>" % self._name


def _check_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    upper = level.upper()
    if upper not in ('', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE'):
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', "
                         "or 'EXCLUSIVE'")
    return upper


class _Cache:
    """Stands for CPython's statement cache (an lru_cache wrapper around the connection,
    which refers to it twice): a connection is in a reference cycle, so `del con` leaves
    it to the cycle collector, as in CPython."""
    __slots__ = ('_con', '_wrapped')

    def __init__(self, con):
        self._con = con
        self._wrapped = con


# ---- Connection ----

class Connection:
    """SQLite database connection object."""

    __slots__ = ('_handle', '_level', 'row_factory', 'text_factory', '_detect_types',
                 '_cursors', '_created', '_cache')

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128,
                 uri=False):
        import os
        path = os.fsdecode(database) if not isinstance(database, str) else database
        level = _check_level(isolation_level)
        old = getattr(self, '_handle', None)
        flags = 0x2 | 0x4 | (0x40 if uri else 0)
        self._handle = _Database(_n._open(path, int(timeout * 1000), flags))
        if old is not None:
            old.__del__()
        self._level = level
        self._detect_types = int(detect_types)
        self.row_factory = None
        self.text_factory = str
        self._cursors = []
        self._created = 0
        self._cache = _Cache(self)

    def _db(self):
        try:
            handle = self._handle
        except AttributeError:
            raise ProgrammingError("Base Connection.__init__ not called.") from None
        if handle.h is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        return handle.h

    def _register_cursor(self, cursor):
        self._created += 1
        if self._created >= 200:
            self._created = 0
            self._cursors = [r for r in self._cursors if r() is not None]
        self._cursors.append(_wref(cursor))

    def _get_level(self):
        self._db()
        return self._level

    def _set_level(self, level):
        if level is None:
            self._db()
            self.commit()
            self._level = None
            return
        self._level = _check_level(level)

    def _del_level(self):
        raise AttributeError("cannot delete attribute")

    isolation_level = property(_get_level, _set_level, _del_level)
    del _get_level, _set_level, _del_level

    in_transaction = _GetSet('in_transaction', lambda self: not _n._autocommit(self._db()))
    total_changes = _GetSet('total_changes', lambda self: _n._total_changes(self._db()))

    def cursor(self, factory=None):
        self._db()
        cursor = Cursor(self) if factory is None else factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cursor).__name__)
        self._db()
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def _run(self, sql):
        h, _ = _n._prepare(self._db(), sql)
        try:
            _n._step(h)
        finally:
            _n._finalize(h)

    def commit(self):
        if not _n._autocommit(self._db()):
            self._run("COMMIT")

    def rollback(self):
        if not _n._autocommit(self._db()):
            self._run("ROLLBACK")

    def close(self):
        handle = getattr(self, '_handle', None)
        if handle is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        handle.__del__()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback, /):
        if type is None and value is None and traceback is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def create_function(self, name, narg, func, *, deterministic=False):
        db = self._db()
        flags = 0x800 if deterministic else 0
        if _n._create_function(db, name, narg, func, flags):
            raise OperationalError("Error creating function")
        self._handle.keep(('f', name.lower(), narg), func)

    def create_aggregate(self, name, n_arg, aggregate_class):
        db = self._db()
        if _n._create_aggregate(db, name, n_arg, aggregate_class):
            raise OperationalError("Error creating aggregate")
        self._handle.keep(('f', name.lower(), n_arg), aggregate_class)

    def create_collation(self, name, callback, /):
        db = self._db()
        if not isinstance(name, str):
            raise TypeError("create_collation() argument 1 must be str, not %s"
                            % type(name).__name__)
        if callback is not None and not callable(callback):
            raise TypeError("parameter must be callable")
        _n._create_collation(db, name, callback)
        self._handle.keep(('c', name.lower()), callback)

    def interrupt(self):
        _n._interrupt(self._db())

    def getlimit(self, category, /):
        return _n._limit(self._db(), category, -1)

    def setlimit(self, category, limit, /):
        return _n._limit(self._db(), category, limit)

    def enable_load_extension(self, enable, /):
        raise NotSupportedError("refpy's sqlite3 cannot load extensions")

    def iterdump(self):
        return _iterdump(self)


for _exc in _EXCEPTIONS:
    # getset descriptors in CPython: the class through an instance
    setattr(Connection, _exc.__name__, _GetSet(_exc.__name__, lambda self, c=_exc: c))
del _exc
_sys._c_layout(Connection, 216, False, False)
_n._c_type(Connection)


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128,
            uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)


# ---- Cursor ----

class Cursor:
    """SQLite database cursor class."""

    __slots__ = ('_connection', '_description', '_rowcount', '_lastrowid', '_arraysize',
                 'row_factory', '_statement', '_closed', '_casts', '_locked', '__weakref__')

    def __init__(self, *args):
        if len(args) != 1:
            raise TypeError("Cursor expected 1 argument, got %d" % len(args))
        connection = args[0]
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % type(connection).__name__)
        self._connection = connection
        self._description = None
        self._rowcount = -1
        self._lastrowid = None
        self._arraysize = 1
        self.row_factory = None
        self._statement = None
        self._closed = False
        self._casts = None
        self._locked = False
        connection._register_cursor(self)

    def _get_arraysize(self):
        return self._arraysize

    def _set_arraysize(self, value):
        from operator import index
        value = index(value)
        if not -2**31 <= value < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        self._arraysize = value

    arraysize = property(_get_arraysize, _set_arraysize)
    del _get_arraysize, _set_arraysize

    def _check(self):
        try:
            connection = self._connection
        except AttributeError:
            raise ProgrammingError("Base Cursor.__init__ not called.") from None
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        db = connection._db()
        if self._locked:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        return db

    def _drop_statement(self):
        st = self._statement
        if st is not None:
            self._statement = None
            _n._finalize(st.h)

    def _column_name(self, name):
        if self._connection._detect_types & PARSE_COLNAMES:
            i = name.find('[')
            if i >= 0:
                if i > 0 and name[i - 1] == ' ':
                    i -= 1
                return name[:i]
        return name

    def _build_casts(self, h):
        detect = self._connection._detect_types
        if not detect:
            return None
        casts = []
        names = _n._columns(h)
        decltypes = _n._decltypes(h) if detect & PARSE_DECLTYPES else None
        for i, name in enumerate(names):
            conv = None
            if detect & PARSE_COLNAMES:
                start = name.find('[')
                if start >= 0:
                    end = name.find(']', start + 1)
                    if end >= 0:
                        conv = converters.get(name[start + 1:end].upper())
            if conv is None and decltypes is not None and decltypes[i] is not None:
                decl = decltypes[i]
                for j, ch in enumerate(decl):
                    if ch in ' (':
                        decl = decl[:j]
                        break
                conv = converters.get(decl.upper())
            casts.append(conv)
        return tuple(casts) if any(c is not None for c in casts) else None

    def _execute(self, sql, many, seq):
        db = self._check()
        self._locked = True
        try:
            self._drop_statement()
            self._description = None
            self._rowcount = -1
            if '\0' in sql:
                raise ProgrammingError("the query contains a null character")
            h, more = _n._prepare(db, sql)
            if more:
                if h is not None:
                    _n._finalize(h)
                raise ProgrammingError("You can only execute one statement at a time.")
            if h is None:
                return self
            st = _Statement(h, _is_dml(sql))
            conn = self._connection
            if st.is_dml and conn._level is not None and _n._autocommit(db):
                conn._run("BEGIN " + conn._level)
            self._casts = self._build_casts(h)
            self._rowcount = 0 if st.is_dml else -1
            names = _n._columns(h)
            for params in seq:
                _n._reset(h)
                _bind_parameters(h, params)
                rc = _n._step(h)
                if rc == 100 and many:
                    raise ProgrammingError("executemany() can only execute DML statements.")
                if names:
                    self._description = tuple(
                        (self._column_name(name), None, None, None, None, None, None)
                        for name in names)
                else:
                    self._description = None
                if st.is_dml:
                    self._rowcount += _n._changes(db)
                else:
                    self._rowcount = -1
                if not many:
                    self._lastrowid = _n._last_insert_rowid(db)
                if rc == 100:
                    self._statement = st
                    st = None
            return self
        finally:
            self._locked = False

    def execute(self, sql, parameters=(), /):
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        return self._execute(sql, False, (parameters,))

    def executemany(self, sql, seq_of_parameters, /):
        if not isinstance(sql, str):
            raise TypeError("executemany() argument 1 must be str, not %s"
                            % type(sql).__name__)
        self._check()
        return self._execute(sql, True, iter(seq_of_parameters))

    def executescript(self, sql_script, /):
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s"
                            % type(sql_script).__name__)
        db = self._check()
        if '\0' in sql_script:
            raise ValueError("embedded null character")
        self._locked = True
        try:
            self._drop_statement()
            if not _n._autocommit(db):
                self._connection._run("COMMIT")
            _n._exec_script(db, sql_script)
        finally:
            self._locked = False
        return self

    def _fetch_row(self, st):
        conn = self._connection
        tf = conn.text_factory
        casts = self._casts
        row = _n._row(st.h, tf is not str, casts)
        if casts is not None or tf is not str:
            items = list(row)
            kinds = _n._column_types(st.h) if tf is not str else None
            for i, value in enumerate(items):
                conv = casts[i] if casts is not None else None
                if conv is not None:
                    if value is not None:
                        items[i] = conv(value)
                elif kinds is not None and kinds[i] == 3:
                    if tf is bytes:
                        pass
                    elif tf is bytearray:
                        items[i] = bytearray(value)
                    else:
                        items[i] = tf(value)
            row = tuple(items)
        return row

    def __iter__(self):
        return self

    def __next__(self):
        db = self._check()
        st = self._statement
        if st is None:
            raise StopIteration
        row = self._fetch_row(st)
        rc = _n._step(st.h)
        if rc == 101:
            if st.is_dml:
                self._rowcount = _n._changes(db)
            self._drop_statement()
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        try:
            return next(self)
        except StopIteration:
            return None

    def fetchmany(self, size=None):
        if size is None:
            size = self._arraysize
        rows = []
        for row in self:
            rows.append(row)
            if len(rows) >= size:
                break
        return rows

    def fetchall(self):
        return list(self)

    def close(self):
        try:
            self._connection
        except AttributeError:
            raise ProgrammingError("Base Cursor.__init__ not called.") from None
        self._connection._db()
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


for _name in ('connection', 'description', 'rowcount', 'lastrowid'):
    setattr(Cursor, _name, _Member(_name, Cursor.__dict__['_' + _name], 'sqlite3.Cursor'))
del _name
_sys._c_layout(Cursor, 104, False, True)
_n._c_type(Cursor)


# ---- Row ----

class Row:
    __slots__ = ('_data', '_desc')

    def __new__(cls, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self = object.__new__(cls)
        self._data = data
        self._desc = cursor.description
        return self

    def keys(self):
        desc = self._desc
        if desc is None:
            return []
        return [d[0] for d in desc]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            desc = self._desc
            if desc is not None:
                folded = key.lower() if key.isascii() else None
                for i, d in enumerate(desc):
                    name = d[0]
                    if name == key or (folded is not None and name.isascii()
                                       and len(name) == len(key) and name.lower() == folded):
                        return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __hash__(self):
        return hash(self._desc) ^ hash(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._desc == other._desc and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not (self._desc == other._desc and self._data == other._data)

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__


_sys._c_layout(Row, 32, False, False)
_n._c_type(Row)
_abc.Sequence.register(Row)
_n._c_type(PrepareProtocol)


# ---- iterdump ----

def _quote_name(name):
    return '"%s"' % name.replace('"', '""')


def _iterdump(connection):
    cu = connection.cursor()
    yield 'BEGIN TRANSACTION;'
    tables = cu.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" == \'table\' ORDER BY "name"').fetchall()
    sequences = []
    for name, kind, sql in tables:
        if name == 'sqlite_sequence':
            rows = cu.execute('SELECT * FROM "sqlite_sequence";').fetchall()
            sequences.append('DELETE FROM "sqlite_sequence";')
            for seq_name, seq in rows:
                sequences.append('INSERT INTO "sqlite_sequence" VALUES(%s,%s);'
                                 % (_sql_quote(cu, seq_name), _sql_quote(cu, seq)))
            continue
        if name == 'sqlite_stat1':
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith('sqlite_'):
            continue
        elif sql.startswith('CREATE VIRTUAL TABLE'):
            yield 'PRAGMA writable_schema=ON;'
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   "VALUES('table','%s','%s',0,'%s');"
                   % (name.replace("'", "''"), name.replace("'", "''"),
                      sql.replace("'", "''")))
            continue
        else:
            yield '%s;' % sql
        qname = _quote_name(name)
        columns = [row[1] for row in cu.execute('PRAGMA table_info(%s)' % qname).fetchall()]
        select = 'SELECT \'INSERT INTO %s VALUES(\'||' % qname.replace("'", "''")
        select += "||','||".join('quote(%s)' % _quote_name(c) for c in columns)
        select += "||')' FROM %s" % qname
        for (line,) in cu.execute(select).fetchall():
            yield '%s;' % line
    others = cu.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" IN (\'index\', \'trigger\', \'view\')').fetchall()
    for name, kind, sql in others:
        yield '%s;' % sql
    yield from sequences
    yield 'COMMIT;'


def _sql_quote(cu, value):
    return cu.execute('SELECT quote(?)', (value,)).fetchone()[0]


from sqlite3 import dbapi2   # noqa: E402  (the submodule, as CPython's package has it)
