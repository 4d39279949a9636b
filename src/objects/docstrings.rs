//! CPython 3.11's docstrings of the builtins: `print.__doc__`, `int.__doc__`,
//! `list.append.__doc__`, `int.real.__doc__`.
//!
//! One generated table (`docstrings.txt`, made by `scripts/gen_builtin_docs.py` from
//! CPython) serves every builtin function, type and type attribute, so no registration
//! line carries a docstring. Keys are `name` for a member of the `builtins` module,
//! `type.name` for an attribute of a builtin type and `module.name` for a function of the
//! `gc` and `sys` modules. The table is read once, on the first
//! `__doc__` asked of a builtin; the texts stay in the binary and each read makes a new
//! str, as `meth_get__doc__` does.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Records `key` 0x1f `text` 0x1e (see the generator).
const TEXT: &str = include_str!("docstrings.txt");

/// CPython's docstring of the builtin `key` (see the module doc), if it has one.
pub fn doc_of(key: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            TEXT.split_terminator('\x1e')
                .filter_map(|record| record.split_once('\x1f'))
                .collect()
        })
        .get(key)
        .copied()
}

/// The docstring of attribute `name` of the builtin type or module named `owner`, or with
/// no owner, of the builtins module's `name`.
pub fn member_doc(owner: Option<&str>, name: &str) -> Option<&'static str> {
    match owner {
        Some(owner) => doc_of(&format!("{owner}.{name}")),
        None => doc_of(name),
    }
}
