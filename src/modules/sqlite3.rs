//! The native half of `sqlite3` (`py/sqlite3.py`), registered as `_sqlite3`: the SQLite
//! engine itself (the bundled C library of the `rusqlite` crate, used through its raw
//! `ffi` layer, as CPython's `_sqlite` module uses the C API). The Python half is the
//! DB-API: `Connection`, `Cursor`, `Row`, parameters, adapters, converters and the
//! transaction rules of 3.11; these functions do one SQLite call each on plain values.
//!
//! Connections and prepared statements are handles: Python ints naming an entry of this
//! thread's tables, so no script can hand a stray pointer to SQLite (an unknown handle
//! is a `ProgrammingError`-style `ValueError`). A statement belongs to its connection and
//! is finalized with it.
//!
//! SQLite errors become the DB-API exceptions through `_sqlite3._make_error(code, msg)`,
//! a Python function the module sets (it picks the class from the error code and sets
//! `sqlite_errorcode`/`sqlite_errorname`).
//!
//! User-defined functions, aggregates and collations call back into Python while SQLite
//! runs a statement: every call that can run SQL records the `Vm` it was given for the
//! callbacks ([`with_vm`]). SQLite holds each callable weakly (a boxed `WeakPyRef` its
//! destructor drops); the Python half keeps the strong reference in the connection's
//! handle object until the function is replaced or the connection closes, so the
//! reference count is CPython's (one per registration) and the collector sees the
//! reference (a cycle through a registered function is freed; the handle's finalizer
//! closes the database before anything is cleared).

use crate::heap::{PyRef, WeakPyRef};
use crate::objects::function::NativeFn;
use crate::objects::memoryview::buffer_bytes;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};
use rusqlite::ffi;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr, CString};

/// Set in `_sqlite3`.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_open", open),
    ("_close", close),
    ("_total_changes", total_changes),
    ("_changes", changes),
    ("_autocommit", autocommit),
    ("_last_insert_rowid", last_insert_rowid),
    ("_prepare", prepare),
    ("_bind_count", bind_count),
    ("_bind_name", bind_name),
    ("_bind", bind),
    ("_step", step),
    ("_row", row),
    ("_columns", columns),
    ("_decltypes", decltypes),
    ("_column_types", column_types),
    ("_readonly", readonly),
    ("_reset", reset),
    ("_finalize", finalize),
    ("_exec_script", exec_script),
    ("_create_function", create_function),
    ("_create_aggregate", create_aggregate),
    ("_create_collation", create_collation),
    ("_complete", complete),
    ("_libversion", libversion),
    ("_interrupt", interrupt),
    ("_limit", limit),
    ("_callback_tracebacks", callback_tracebacks),
    ("_c_type", c_type),
];

#[derive(Default)]
struct Tables {
    next: i64,
    dbs: HashMap<i64, *mut ffi::sqlite3>,
    /// statement handle -> (connection handle, statement)
    stmts: HashMap<i64, (i64, *mut ffi::sqlite3_stmt)>,
}

thread_local! {
    static TABLES: RefCell<Tables> = RefCell::new(Tables::default());
    /// The `Vm` of the native call running SQL now, for the callbacks.
    static VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
    /// An exception a collation raised, raised by the call that ran the statement.
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
    /// `enable_callback_tracebacks`.
    static TRACEBACKS: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with `vm` recorded for the callbacks SQLite makes meanwhile.
fn with_vm<T>(vm: &mut Vm, f: impl FnOnce() -> T) -> T {
    let prev = VM.with(|c| c.replace(vm as *mut Vm));
    let r = f();
    VM.with(|c| c.set(prev));
    r
}

fn handle_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    args.positional()
        .get(i)
        .and_then(|a| a.as_i64())
        .ok_or_else(|| vm.type_error("_sqlite3: handle expected"))
}

fn db_of(vm: &mut Vm, args: &Args, i: usize) -> PyResult<*mut ffi::sqlite3> {
    let h = handle_arg(vm, args, i)?;
    TABLES
        .with(|t| t.borrow().dbs.get(&h).copied())
        .ok_or_else(|| vm.value_error("_sqlite3: not an open connection"))
}

fn stmt_of(vm: &mut Vm, args: &Args, i: usize) -> PyResult<*mut ffi::sqlite3_stmt> {
    let h = handle_arg(vm, args, i)?;
    TABLES
        .with(|t| t.borrow().stmts.get(&h).map(|s| s.1))
        .ok_or_else(|| vm.value_error("_sqlite3: not a live statement"))
}

fn str_arg<'a>(vm: &Vm, args: &Args<'a>, i: usize) -> PyResult<&'a str> {
    args.positional()
        .get(i)
        .and_then(|a| a.as_str_opt())
        .ok_or_else(|| vm.type_error("_sqlite3: str expected"))
}

fn int_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    args.positional()
        .get(i)
        .and_then(|a| a.as_i64())
        .ok_or_else(|| vm.type_error("_sqlite3: int expected"))
}

fn cstring(vm: &Vm, s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| vm.value_error("embedded null character"))
}

/// The DB-API exception for `code` and `msg`, made by `_sqlite3._make_error`.
fn make_error(vm: &mut Vm, code: c_int, msg: &str) -> PyErr {
    let modules = vm.modules.clone();
    let module = match vm.dict_payload(&modules) {
        Some(d) => {
            let key = vm.str("_sqlite3");
            vm.dict_get(d, &key).ok().flatten()
        }
        None => None,
    };
    let factory = module.and_then(|m| vm.getattr_opt(&m, "_make_error").ok().flatten());
    let Some(factory) = factory else {
        return vm.runtime_error(msg);
    };
    let args = [vm.int(code as i64), vm.str(msg)];
    match vm.call(&factory, Args::new(&args)) {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

/// The error SQLite reports for `db` now.
fn db_error(vm: &mut Vm, db: *mut ffi::sqlite3) -> PyErr {
    // SAFETY: `db` is a live connection from the table.
    let (code, msg) = unsafe {
        let code = ffi::sqlite3_extended_errcode(db);
        let p = ffi::sqlite3_errmsg(db);
        let msg = if p.is_null() {
            String::new()
        } else {
            CStr::from_ptr(p).to_string_lossy().into_owned()
        };
        (code, msg)
    };
    make_error(vm, code, &msg)
}

fn new_handle(t: &mut Tables) -> i64 {
    t.next += 1;
    t.next
}

/// `_open(path, timeout_ms, flags)`: a connection handle.
fn open(vm: &mut Vm, args: Args) -> PyResult {
    let path = cstring(vm, str_arg(vm, &args, 0)?)?;
    let timeout = int_arg(vm, &args, 1)?;
    let flags = int_arg(vm, &args, 2)? as c_int;
    let mut db: *mut ffi::sqlite3 = std::ptr::null_mut();
    // SAFETY: `path` is a valid C string and `db` a place for the new connection.
    let rc = unsafe { ffi::sqlite3_open_v2(path.as_ptr(), &mut db, flags, std::ptr::null()) };
    if rc != ffi::SQLITE_OK {
        let err = if db.is_null() {
            make_error(vm, rc, "unable to open database file")
        } else {
            db_error(vm, db)
        };
        // SAFETY: a failed open still hands back a connection to close (or NULL).
        unsafe { ffi::sqlite3_close(db) };
        return Err(err);
    }
    // SAFETY: `db` is open.
    unsafe { ffi::sqlite3_busy_timeout(db, timeout.clamp(0, c_int::MAX as i64) as c_int) };
    let h = TABLES.with(|t| {
        let mut t = t.borrow_mut();
        let h = new_handle(&mut t);
        t.dbs.insert(h, db);
        h
    });
    Ok(vm.int(h))
}

/// `_close(db)`: finalizes the connection's statements and closes it (its functions'
/// callables are released by SQLite then).
fn close(vm: &mut Vm, args: Args) -> PyResult {
    let h = handle_arg(vm, &args, 0)?;
    let (db, stmts) = TABLES.with(|t| {
        let mut t = t.borrow_mut();
        let db = t.dbs.remove(&h);
        let ids: Vec<i64> = t
            .stmts
            .iter()
            .filter(|(_, s)| s.0 == h)
            .map(|(k, _)| *k)
            .collect();
        let stmts: Vec<_> = ids
            .iter()
            .filter_map(|k| t.stmts.remove(k).map(|s| s.1))
            .collect();
        (db, stmts)
    });
    let Some(db) = db else {
        return Ok(vm.none());
    };
    let rc = with_vm(vm, || {
        // SAFETY: the statements and the connection are live and now out of the tables.
        unsafe {
            for s in stmts {
                ffi::sqlite3_finalize(s);
            }
            ffi::sqlite3_close(db)
        }
    });
    if rc != ffi::SQLITE_OK {
        return Err(make_error(
            vm,
            rc,
            "unable to close due to unfinalized statements",
        ));
    }
    Ok(vm.none())
}

fn total_changes(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    // SAFETY: live connection.
    Ok(vm.int(unsafe { ffi::sqlite3_total_changes64(db) }))
}

fn changes(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    // SAFETY: live connection.
    Ok(vm.int(unsafe { ffi::sqlite3_changes64(db) }))
}

fn autocommit(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    // SAFETY: live connection.
    Ok(vm.bool(unsafe { ffi::sqlite3_get_autocommit(db) } != 0))
}

fn last_insert_rowid(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    // SAFETY: live connection.
    Ok(vm.int(unsafe { ffi::sqlite3_last_insert_rowid(db) }))
}

/// The SQL after `s` skips white space and comments (`--` to the end of the line,
/// `/* ... */`): empty when nothing but those is left.
fn skip_blank(mut s: &[u8]) -> &[u8] {
    loop {
        match s {
            [c, rest @ ..] if c.is_ascii_whitespace() => s = rest,
            [b'-', b'-', rest @ ..] => {
                s = match rest.iter().position(|&c| c == b'\n') {
                    Some(i) => &rest[i + 1..],
                    None => &[],
                }
            }
            [b'/', b'*', rest @ ..] => {
                s = match rest.windows(2).position(|w| w == b"*/") {
                    Some(i) => &rest[i + 2..],
                    None => &[],
                }
            }
            _ => return s,
        }
    }
}

/// Prepares the first statement of `sql`: the statement (NULL for none) and the rest.
fn prepare_raw(db: *mut ffi::sqlite3, sql: &[u8]) -> (c_int, *mut ffi::sqlite3_stmt, usize) {
    let mut stmt = std::ptr::null_mut();
    let mut tail: *const c_char = std::ptr::null();
    let base = sql.as_ptr() as *const c_char;
    // SAFETY: `sql` is valid for its length; SQLite reads no further.
    let rc = unsafe { ffi::sqlite3_prepare_v2(db, base, sql.len() as c_int, &mut stmt, &mut tail) };
    let used = if tail.is_null() {
        sql.len()
    } else {
        (tail as usize).saturating_sub(base as usize).min(sql.len())
    };
    (rc, stmt, used)
}

/// `_prepare(db, sql)`: `(statement handle or None, more)`, `more` telling whether
/// anything but white space and comments follows the first statement.
fn prepare(vm: &mut Vm, args: Args) -> PyResult {
    let h = handle_arg(vm, &args, 0)?;
    let db = db_of(vm, &args, 0)?;
    let sql = str_arg(vm, &args, 1)?.as_bytes();
    let (rc, stmt, used) = with_vm(vm, || prepare_raw(db, sql));
    if rc != ffi::SQLITE_OK {
        return Err(db_error(vm, db));
    }
    let more = !skip_blank(&sql[used..]).is_empty();
    let handle = if stmt.is_null() {
        vm.none()
    } else {
        let s = TABLES.with(|t| {
            let mut t = t.borrow_mut();
            let s = new_handle(&mut t);
            t.stmts.insert(s, (h, stmt));
            s
        });
        vm.int(s)
    };
    let more = vm.bool(more);
    Ok(vm.tuple(vec![handle, more]))
}

fn bind_count(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    // SAFETY: live statement.
    Ok(vm.int(unsafe { ffi::sqlite3_bind_parameter_count(stmt) } as i64))
}

/// `_bind_name(stmt, i)`: the name of parameter `i` (1-based, with its `:`), or None.
fn bind_name(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    let i = int_arg(vm, &args, 1)? as c_int;
    // SAFETY: live statement; the name lives as long as it.
    let p = unsafe { ffi::sqlite3_bind_parameter_name(stmt, i) };
    if p.is_null() {
        return Ok(vm.none());
    }
    // SAFETY: SQLite's names are NUL-terminated UTF-8.
    let name = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    Ok(vm.string(name))
}

/// `_bind(stmt, i, value)`: 0 when bound, 1 for a type SQLite cannot take (the caller
/// raises), SQLite's code for its own failure. A too large int is an OverflowError.
fn bind(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    let i = int_arg(vm, &args, 1)? as c_int;
    let Some(value) = args.positional().get(2) else {
        return Err(vm.type_error("_bind(stmt, i, value)"));
    };
    // SAFETY (all arms): live statement; text and blobs are copied (SQLITE_TRANSIENT).
    let rc = match &value.payload {
        Payload::NoneValue => unsafe { ffi::sqlite3_bind_null(stmt, i) },
        Payload::Int(n) => unsafe { ffi::sqlite3_bind_int64(stmt, i, *n) },
        Payload::Bool(b) => unsafe { ffi::sqlite3_bind_int64(stmt, i, *b as i64) },
        Payload::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to SQLite INTEGER"))
        }
        Payload::Float(f) => unsafe { ffi::sqlite3_bind_double(stmt, i, *f) },
        Payload::Str(s) => {
            let b = s.as_str().as_bytes();
            unsafe {
                ffi::sqlite3_bind_text64(
                    stmt,
                    i,
                    b.as_ptr() as *const c_char,
                    b.len() as u64,
                    ffi::SQLITE_TRANSIENT(),
                    ffi::SQLITE_UTF8 as u8,
                )
            }
        }
        _ => match buffer_bytes(vm, value)? {
            Some(b) => unsafe {
                ffi::sqlite3_bind_blob64(
                    stmt,
                    i,
                    b.as_ptr() as *const c_void,
                    b.len() as u64,
                    ffi::SQLITE_TRANSIENT(),
                )
            },
            None => return Ok(vm.int(1)),
        },
    };
    Ok(vm.int(if rc == ffi::SQLITE_OK { 0 } else { rc as i64 }))
}

/// `_step(stmt)`: 100 (a row) or 101 (done); an error resets the statement and raises.
fn step(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    // SAFETY: live statement.
    let rc = with_vm(vm, || unsafe { ffi::sqlite3_step(stmt) });
    if let Some(err) = PENDING.with(|p| p.borrow_mut().take()) {
        // SAFETY: live statement.
        with_vm(vm, || unsafe { ffi::sqlite3_reset(stmt) });
        return Err(err);
    }
    if rc == ffi::SQLITE_ROW || rc == ffi::SQLITE_DONE {
        return Ok(vm.int(rc as i64));
    }
    // SAFETY: live statement and its connection.
    let db = unsafe { ffi::sqlite3_db_handle(stmt) };
    let err = db_error(vm, db);
    // SAFETY: live statement.
    with_vm(vm, || unsafe { ffi::sqlite3_reset(stmt) });
    Err(err)
}

/// The Python value of a column or function argument.
fn value_of(vm: &mut Vm, v: *mut ffi::sqlite3_value, as_bytes: bool) -> Result<PyRef, Vec<u8>> {
    // SAFETY: `v` is a live value SQLite handed us; its text/blob stays valid until the
    // next call on it.
    unsafe {
        match ffi::sqlite3_value_type(v) {
            ffi::SQLITE_INTEGER => Ok(vm.int(ffi::sqlite3_value_int64(v))),
            ffi::SQLITE_FLOAT => Ok(vm.float(ffi::sqlite3_value_double(v))),
            ffi::SQLITE_TEXT => {
                let p = ffi::sqlite3_value_text(v);
                let n = ffi::sqlite3_value_bytes(v) as usize;
                let b = if p.is_null() {
                    Vec::new()
                } else {
                    std::slice::from_raw_parts(p, n).to_vec()
                };
                if as_bytes {
                    return Ok(vm.bytes(b));
                }
                match String::from_utf8(b) {
                    Ok(s) => Ok(vm.string(s)),
                    Err(e) => Err(e.into_bytes()),
                }
            }
            ffi::SQLITE_BLOB => {
                let p = ffi::sqlite3_value_blob(v) as *const u8;
                let n = ffi::sqlite3_value_bytes(v) as usize;
                let b = if p.is_null() {
                    Vec::new()
                } else {
                    std::slice::from_raw_parts(p, n).to_vec()
                };
                Ok(vm.bytes(b))
            }
            _ => Ok(vm.none()),
        }
    }
}

/// `_row(stmt, as_bytes, raw)`: the current row as a tuple; text as str (or as bytes
/// when `as_bytes`, for a `text_factory` other than str); the columns whose item of the
/// optional sequence `raw` is true as their bytes (`sqlite3_column_blob`, for a
/// converter), None for NULL.
fn row(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    let as_bytes = match args.positional().get(1) {
        Some(b) => vm.is_true(b)?,
        None => false,
    };
    let raw: Vec<bool> = match args.positional().get(2).and_then(|r| r.tuple_items()) {
        Some(items) => items
            .iter()
            .map(|x| !matches!(x.payload, Payload::NoneValue))
            .collect(),
        None => Vec::new(),
    };
    // SAFETY: live statement positioned on a row.
    let n = unsafe { ffi::sqlite3_column_count(stmt) };
    let mut items = Vec::with_capacity(n as usize);
    for i in 0..n {
        if raw.get(i as usize).copied().unwrap_or(false) {
            // SAFETY: column `i` exists; the blob is copied at once.
            let item = unsafe {
                if ffi::sqlite3_column_type(stmt, i) == ffi::SQLITE_NULL {
                    vm.none()
                } else {
                    let p = ffi::sqlite3_column_blob(stmt, i) as *const u8;
                    let len = ffi::sqlite3_column_bytes(stmt, i) as usize;
                    let b = if p.is_null() {
                        Vec::new()
                    } else {
                        std::slice::from_raw_parts(p, len).to_vec()
                    };
                    vm.bytes(b)
                }
            };
            items.push(item);
            continue;
        }
        // SAFETY: column `i` exists; the unprotected value is read at once.
        let v = unsafe { ffi::sqlite3_column_value(stmt, i) };
        match value_of(vm, v, as_bytes) {
            Ok(x) => items.push(x),
            Err(bytes) => {
                // SAFETY: column `i` exists.
                let name = unsafe { CStr::from_ptr(ffi::sqlite3_column_name(stmt, i)) }
                    .to_string_lossy()
                    .into_owned();
                let text = String::from_utf8_lossy(&bytes).into_owned();
                return Err(make_error(
                    vm,
                    -1,
                    &format!("Could not decode to UTF-8 column '{name}' with text '{text}'"),
                ));
            }
        }
    }
    Ok(vm.tuple(items))
}

/// `_columns(stmt)`: the column names.
fn columns(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    // SAFETY: live statement.
    let n = unsafe { ffi::sqlite3_column_count(stmt) };
    let mut items = Vec::with_capacity(n as usize);
    for i in 0..n {
        // SAFETY: column `i` exists.
        let p = unsafe { ffi::sqlite3_column_name(stmt, i) };
        let name = if p.is_null() {
            String::new()
        } else {
            // SAFETY: NUL-terminated UTF-8.
            unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
        };
        items.push(vm.string(name));
    }
    Ok(vm.tuple(items))
}

/// `_decltypes(stmt)`: each column's declared type, or None.
fn decltypes(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    // SAFETY: live statement.
    let n = unsafe { ffi::sqlite3_column_count(stmt) };
    let mut items = Vec::with_capacity(n as usize);
    for i in 0..n {
        // SAFETY: column `i` exists.
        let p = unsafe { ffi::sqlite3_column_decltype(stmt, i) };
        items.push(if p.is_null() {
            vm.none()
        } else {
            // SAFETY: NUL-terminated UTF-8.
            let s = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
            vm.string(s)
        });
    }
    Ok(vm.tuple(items))
}

/// `_column_types(stmt)`: SQLite's type code of each column of the current row.
fn column_types(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    // SAFETY: live statement positioned on a row.
    let n = unsafe { ffi::sqlite3_column_count(stmt) };
    let items = (0..n)
        // SAFETY: column `i` exists.
        .map(|i| vm.int(unsafe { ffi::sqlite3_column_type(stmt, i) } as i64))
        .collect();
    Ok(vm.tuple(items))
}

fn readonly(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    // SAFETY: live statement.
    Ok(vm.bool(unsafe { ffi::sqlite3_stmt_readonly(stmt) } != 0))
}

fn reset(vm: &mut Vm, args: Args) -> PyResult {
    let stmt = stmt_of(vm, &args, 0)?;
    // SAFETY: live statement.
    with_vm(vm, || unsafe {
        ffi::sqlite3_reset(stmt);
        ffi::sqlite3_clear_bindings(stmt);
    });
    Ok(vm.none())
}

/// `_finalize(stmt)`: an unknown (already finalized) handle is ignored.
fn finalize(vm: &mut Vm, args: Args) -> PyResult {
    let h = handle_arg(vm, &args, 0)?;
    if let Some((_, stmt)) = TABLES.with(|t| t.borrow_mut().stmts.remove(&h)) {
        // SAFETY: live statement, now out of the table.
        with_vm(vm, || unsafe { ffi::sqlite3_finalize(stmt) });
    }
    Ok(vm.none())
}

/// `_exec_script(db, sql)`: runs every statement of `sql` to its end.
fn exec_script(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    let sql = str_arg(vm, &args, 1)?.as_bytes();
    let mut rest = sql;
    loop {
        let (rc, stmt, used) = with_vm(vm, || prepare_raw(db, rest));
        if rc != ffi::SQLITE_OK {
            return Err(db_error(vm, db));
        }
        rest = &rest[used..];
        if !stmt.is_null() {
            let rc = with_vm(vm, || loop {
                // SAFETY: the statement just prepared.
                let rc = unsafe { ffi::sqlite3_step(stmt) };
                if rc != ffi::SQLITE_ROW {
                    break rc;
                }
            });
            let err = (rc != ffi::SQLITE_DONE).then(|| db_error(vm, db));
            // SAFETY: finalized once, here.
            with_vm(vm, || unsafe { ffi::sqlite3_finalize(stmt) });
            if let Some(err) = err {
                return Err(err);
            }
        }
        if skip_blank(rest).is_empty() {
            return Ok(vm.none());
        }
    }
}

// ---- callbacks ----

/// Releases SQLite's link to a callable.
unsafe extern "C" fn release(p: *mut c_void) {
    if !p.is_null() {
        drop(Box::from_raw(p as *mut WeakPyRef));
    }
}

/// The callable behind a function's or collation's user data: SQLite holds it weakly,
/// the connection's Python half strongly (so the collector sees the reference).
unsafe fn callable_of(p: *mut c_void) -> Option<PyRef> {
    (*(p as *const WeakPyRef)).upgrade()
}

fn callback_vm<'a>() -> Option<&'a mut Vm> {
    let p = VM.with(|c| c.get());
    // SAFETY: set by `with_vm` from the `&mut Vm` of the native call now inside SQLite,
    // which does not use it until SQLite returns.
    (!p.is_null()).then(|| unsafe { &mut *p })
}

fn unraisable(vm: &mut Vm, err: PyErr, obj: Option<&PyRef>) {
    if TRACEBACKS.with(|t| t.get()) {
        super::traceback::write_unraisable(vm, &err.0, None, obj);
    }
}

/// Python values of a callback's arguments.
unsafe fn callback_args(
    vm: &mut Vm,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) -> Vec<PyRef> {
    (0..argc as usize)
        .map(|i| match value_of(vm, *argv.add(i), false) {
            Ok(v) => v,
            Err(b) => {
                // CPython hands undecodable text to the function as None... decode lossily.
                let s = String::from_utf8_lossy(&b).into_owned();
                vm.string(s)
            }
        })
        .collect()
}

/// Sets a function's result from a Python value: false for a type SQLite cannot take.
unsafe fn set_result(vm: &mut Vm, ctx: *mut ffi::sqlite3_context, v: &PyRef) -> PyResult<bool> {
    match &v.payload {
        Payload::NoneValue => ffi::sqlite3_result_null(ctx),
        Payload::Int(n) => ffi::sqlite3_result_int64(ctx, *n),
        Payload::Bool(b) => ffi::sqlite3_result_int64(ctx, *b as i64),
        Payload::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to SQLite INTEGER"))
        }
        Payload::Float(f) => ffi::sqlite3_result_double(ctx, *f),
        Payload::Str(s) => {
            let b = s.as_str().as_bytes();
            ffi::sqlite3_result_text64(
                ctx,
                b.as_ptr() as *const c_char,
                b.len() as u64,
                ffi::SQLITE_TRANSIENT(),
                ffi::SQLITE_UTF8 as u8,
            )
        }
        _ => match buffer_bytes(vm, v)? {
            Some(b) => ffi::sqlite3_result_blob64(
                ctx,
                b.as_ptr() as *const c_void,
                b.len() as u64,
                ffi::SQLITE_TRANSIENT(),
            ),
            None => {
                let msg = format!(
                    "User-defined functions cannot return '{}' values to SQLite",
                    v.class_name()
                );
                return Err(make_error(vm, -2, &msg));
            }
        },
    }
    Ok(true)
}

unsafe fn result_error(ctx: *mut ffi::sqlite3_context, msg: &str) {
    ffi::sqlite3_result_error(ctx, msg.as_ptr() as *const c_char, msg.len() as c_int);
}

/// A callback's Python error as SQLite's: "too big" for an OverflowError, out of memory
/// for a MemoryError, else `msg`; the traceback goes to `sys.unraisablehook` when
/// `enable_callback_tracebacks(True)`.
unsafe fn callback_failed(
    vm: &mut Vm,
    ctx: *mut ffi::sqlite3_context,
    err: Option<PyErr>,
    msg: &str,
    obj: Option<&PyRef>,
) {
    let Some(err) = err else {
        return result_error(ctx, msg);
    };
    let attribute = vm.exc_type("AttributeError");
    let not_defined;
    let msg =
        if msg.starts_with("user-defined aggregate") && vm.is_subclass(err.0.class(), &attribute) {
            not_defined = msg.replace("raised error", "not defined");
            not_defined.as_str()
        } else {
            msg
        };
    let overflow = vm.exc_type("OverflowError");
    let memory = vm.exc_type("MemoryError");
    if vm.is_subclass(err.0.class(), &overflow) {
        ffi::sqlite3_result_error_toobig(ctx);
    } else if vm.is_subclass(err.0.class(), &memory) {
        ffi::sqlite3_result_error_nomem(ctx);
    } else {
        result_error(ctx, msg);
    }
    unraisable(vm, err, obj);
}

unsafe extern "C" fn func_callback(
    ctx: *mut ffi::sqlite3_context,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) {
    let Some(vm) = callback_vm() else {
        return result_error(ctx, "user-defined function raised exception");
    };
    let Some(func) = callable_of(ffi::sqlite3_user_data(ctx)) else {
        return result_error(ctx, "user-defined function raised exception");
    };
    let args = callback_args(vm, argc, argv);
    let r = vm.call(&func, Args::new(&args));
    let r = r.and_then(|v| set_result(vm, ctx, &v));
    const MSG: &str = "user-defined function raised exception";
    match r {
        Ok(true) => {}
        Ok(false) => callback_failed(vm, ctx, None, MSG, Some(&func)),
        Err(e) => callback_failed(vm, ctx, Some(e), MSG, Some(&func)),
    }
}

/// The aggregate instance slot of an aggregate call (a leaked `Box<PyRef>` pointer).
unsafe fn aggregate_slot(ctx: *mut ffi::sqlite3_context, create: bool) -> *mut *mut PyRef {
    let n = if create {
        std::mem::size_of::<*mut PyRef>() as c_int
    } else {
        0
    };
    ffi::sqlite3_aggregate_context(ctx, n) as *mut *mut PyRef
}

unsafe extern "C" fn step_callback(
    ctx: *mut ffi::sqlite3_context,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) {
    let Some(vm) = callback_vm() else {
        return result_error(ctx, "user-defined aggregate's 'step' method raised error");
    };
    let slot = aggregate_slot(ctx, true);
    if slot.is_null() {
        return ffi::sqlite3_result_error_nomem(ctx);
    }
    if (*slot).is_null() {
        let Some(cls) = callable_of(ffi::sqlite3_user_data(ctx)) else {
            return result_error(
                ctx,
                "user-defined aggregate's '__init__' method raised error",
            );
        };
        match vm.call(&cls, Args::new(&[])) {
            Ok(inst) => *slot = Box::into_raw(Box::new(inst)),
            Err(e) => {
                let msg = "user-defined aggregate's '__init__' method raised error";
                return callback_failed(vm, ctx, Some(e), msg, None);
            }
        }
    }
    let inst = (**slot).clone();
    let args = callback_args(vm, argc, argv);
    let r = vm
        .getattr_str(&inst, "step")
        .and_then(|m| vm.call(&m, Args::new(&args)));
    if let Err(e) = r {
        let msg = "user-defined aggregate's 'step' method raised error";
        callback_failed(vm, ctx, Some(e), msg, None);
    }
}

unsafe extern "C" fn final_callback(ctx: *mut ffi::sqlite3_context) {
    let slot = aggregate_slot(ctx, false);
    if slot.is_null() || (*slot).is_null() {
        return;
    }
    let inst = *Box::from_raw(*slot);
    *slot = std::ptr::null_mut();
    let Some(vm) = callback_vm() else {
        return;
    };
    let r = vm
        .getattr_str(&inst, "finalize")
        .and_then(|m| vm.call(&m, Args::new(&[])));
    let r = r.and_then(|v| set_result(vm, ctx, &v));
    const MSG: &str = "user-defined aggregate's 'finalize' method raised error";
    match r {
        Ok(true) => {}
        Ok(false) => callback_failed(vm, ctx, None, MSG, None),
        Err(e) => callback_failed(vm, ctx, Some(e), MSG, None),
    }
}

unsafe extern "C" fn collation_callback(
    p: *mut c_void,
    n1: c_int,
    s1: *const c_void,
    n2: c_int,
    s2: *const c_void,
) -> c_int {
    let Some(vm) = callback_vm() else {
        return 0;
    };
    let Some(func) = callable_of(p) else {
        return 0;
    };
    let text = |s: *const c_void, n: c_int| {
        let b = std::slice::from_raw_parts(s as *const u8, n.max(0) as usize);
        String::from_utf8_lossy(b).into_owned()
    };
    let args = [vm.string(text(s1, n1)), vm.string(text(s2, n2))];
    match vm.call(&func, Args::new(&args)) {
        Ok(r) => match r.as_bigint() {
            Some(v) => match v.sign() {
                num_bigint::Sign::Minus => -1,
                num_bigint::Sign::NoSign => 0,
                num_bigint::Sign::Plus => 1,
            },
            None => 0,
        },
        Err(e) => {
            PENDING.with(|p| {
                p.borrow_mut().get_or_insert(e);
            });
            0
        }
    }
}

/// `_create_function(db, name, narg, func, flags)`: SQLite's result code.
fn create_function(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    let name = cstring(vm, str_arg(vm, &args, 1)?)?;
    let narg = int_arg(vm, &args, 2)? as c_int;
    let func = args.positional()[3].clone();
    let flags = int_arg(vm, &args, 4)? as c_int;
    let data = Box::into_raw(Box::new(func.downgrade())) as *mut c_void;
    // SAFETY: live connection; SQLite owns `data` from here (released by `release`,
    // also when this call fails).
    let rc = with_vm(vm, || unsafe {
        ffi::sqlite3_create_function_v2(
            db,
            name.as_ptr(),
            narg,
            ffi::SQLITE_UTF8 | flags,
            data,
            Some(func_callback),
            None,
            None,
            Some(release),
        )
    });
    Ok(vm.int(rc as i64))
}

/// `_create_aggregate(db, name, narg, cls)`: SQLite's result code.
fn create_aggregate(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    let name = cstring(vm, str_arg(vm, &args, 1)?)?;
    let narg = int_arg(vm, &args, 2)? as c_int;
    let cls = args.positional()[3].clone();
    let data = Box::into_raw(Box::new(cls.downgrade())) as *mut c_void;
    // SAFETY: as in `create_function`.
    let rc = with_vm(vm, || unsafe {
        ffi::sqlite3_create_function_v2(
            db,
            name.as_ptr(),
            narg,
            ffi::SQLITE_UTF8,
            data,
            None,
            Some(step_callback),
            Some(final_callback),
            Some(release),
        )
    });
    Ok(vm.int(rc as i64))
}

/// `_create_collation(db, name, func)`: func None removes the collation.
fn create_collation(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    let name = cstring(vm, str_arg(vm, &args, 1)?)?;
    let func = args.positional()[2].clone();
    let remove = matches!(func.payload, Payload::NoneValue);
    // SAFETY: live connection; SQLite owns the boxed callable (released by `release`).
    let rc = with_vm(vm, || unsafe {
        if remove {
            ffi::sqlite3_create_collation_v2(
                db,
                name.as_ptr(),
                ffi::SQLITE_UTF8,
                std::ptr::null_mut(),
                None,
                None,
            )
        } else {
            let data = Box::into_raw(Box::new(func.downgrade())) as *mut c_void;
            ffi::sqlite3_create_collation_v2(
                db,
                name.as_ptr(),
                ffi::SQLITE_UTF8,
                data,
                Some(collation_callback),
                Some(release),
            )
        }
    });
    if rc != ffi::SQLITE_OK {
        return Err(db_error(vm, db));
    }
    Ok(vm.none())
}

fn complete(vm: &mut Vm, args: Args) -> PyResult {
    let sql = cstring(vm, str_arg(vm, &args, 0)?)?;
    // SAFETY: a valid C string.
    Ok(vm.bool(unsafe { ffi::sqlite3_complete(sql.as_ptr()) } != 0))
}

fn libversion(vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: a static string.
    let v = unsafe { CStr::from_ptr(ffi::sqlite3_libversion()) };
    Ok(vm.string(v.to_string_lossy().into_owned()))
}

fn interrupt(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    // SAFETY: live connection.
    unsafe { ffi::sqlite3_interrupt(db) };
    Ok(vm.none())
}

/// `_limit(db, category, value)`: the old limit (value -1 only reads it).
fn limit(vm: &mut Vm, args: Args) -> PyResult {
    let db = db_of(vm, &args, 0)?;
    let cat = int_arg(vm, &args, 1)? as c_int;
    let value = int_arg(vm, &args, 2)? as c_int;
    // SAFETY: live connection.
    Ok(vm.int(unsafe { ffi::sqlite3_limit(db, cat, value) } as i64))
}

fn callback_tracebacks(vm: &mut Vm, args: Args) -> PyResult {
    let on = match args.positional().first() {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    TRACEBACKS.with(|t| t.set(on));
    Ok(vm.none())
}

/// `_c_type(cls)`: messages name `cls` by its C `tp_name`, `sqlite3.Connection`.
fn c_type(vm: &mut Vm, args: Args) -> PyResult {
    let Some(data) = args.positional().first().and_then(|c| c.type_data()) else {
        return Err(vm.type_error("_c_type() needs a class"));
    };
    data.c_type_name.set(true);
    Ok(vm.none())
}
