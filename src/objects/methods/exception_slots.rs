//! Slots of the exception classes (`BaseException.__init__`, `KeyError.__str__`,
//! `OSError.__reduce__`...), for the tables in `objects::slots`.

use super::container_slots::instance_state;
use super::num_slots::{binary_operands, unary_operand};
use crate::heap::PyRef;
use crate::objects::exc_family::{self, ExcFamily};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub fn exception_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    check_init_keywords(vm, &o, &args)?;
    let rest = vm.tuple(args.positional()[1..].to_vec());
    if let Some(e) = vm.exc_data(&o) {
        let old = std::mem::replace(&mut *e.args.borrow_mut(), rest);
        drop(old);
    }
    Ok(vm.none())
}

/// `ImportError.__init__`: `args`, then `msg` and the `name`/`path` keywords, as
/// `ImportError_init` sets them (for subclasses too, whose instances `__new__` makes).
pub fn import_error_init(vm: &mut Vm, args: Args) -> PyResult {
    args_then_fields(vm, args)
}

/// `BaseException.__init__`'s `args`, then the type's own fields from the arguments after
/// `self`: the shared tail of the `__init__`s below.
fn args_then_fields(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    exception_init(vm, args)?;
    vm.init_exception_fields(&o, rest);
    Ok(vm.none())
}

/// Whether `OSError` of class `cls` parses its arguments in `__init__` rather than
/// `__new__` (`oserror_use_init`: `tp_init != OSError_init && tp_new == OSError_new`): a
/// subclass whose `__init__` is not `OSError`'s (its own, or another builtin's found
/// first in the MRO, as `ValueError`'s for a class of `ValueError` and `OSError`) and
/// whose `__new__` is `OSError`'s.
pub fn os_error_use_init(vm: &Vm, cls: &PyRef) -> bool {
    let own: crate::objects::function::NativeFn = os_error_init;
    let oserror_init = vm.lookup_in_mro(cls, "__init__").is_some_and(
        |f| matches!(&f.payload, Payload::Builtin(b) if b.func as usize == own as usize),
    );
    let native = |name| {
        vm.lookup_in_mro(cls, name)
            .is_some_and(|f| match &f.payload {
                Payload::StaticMethod(inner) => matches!(inner.payload, Payload::Builtin(_)),
                p => matches!(p, Payload::Builtin(_)),
            })
    };
    !oserror_init && native("__new__")
}

/// `OSError.__init__` (`OSError_init`): parses the arguments only for a class that
/// `os_error_use_init` sends here; else `__new__` did, and this does nothing.
pub fn os_error_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    if !os_error_use_init(vm, o.class()) {
        return Ok(vm.none());
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", o.class_name())));
    }
    args_then_fields(vm, args)
}

/// `UnicodeEncodeError.__init__` and its siblings: `"UOnnU"` checks of the arguments
/// (str, the object, two indices, str; no encoding for `UnicodeTranslateError`), then
/// `args` and the fields.
pub fn unicode_error_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    check_init_keywords(vm, &o, &args)?;
    // `BaseException_init` first (`args` is set even when the checks fail), then the
    // fields are cleared and parsed again.
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    exception_init(vm, args)?;
    for name in ["encoding", "object", "reason"] {
        vm.set_exc_attr(&o, name, vm.none());
    }
    check_unicode_error_args(vm, o.class(), rest.positional())?;
    vm.init_exception_fields(&o, rest);
    decode_error_object_as_bytes(vm, &o)?;
    Ok(vm.none())
}

/// `UnicodeDecodeError_init`: an object that is a buffer but not bytes (memoryview,
/// array...) is kept as a bytes copy.
pub fn decode_error_object_as_bytes(vm: &mut Vm, o: &PyRef) -> PyResult<()> {
    // The instance's own type, as `UnicodeDecodeError_init` is reached through it.
    if !exc_family::of(vm, o.class()).has(ExcFamily::UNICODE_DECODE) {
        return Ok(());
    }
    let Some(object) = field(vm, o, "object")? else {
        return Ok(());
    };
    if matches!(object.payload, Payload::Bytes(_) | Payload::NoneValue) {
        return Ok(());
    }
    if let Some(data) = crate::objects::memoryview::buffer_bytes(vm, &object)? {
        let copy = vm.bytes(data);
        vm.set_exc_attr(o, "object", copy);
    }
    Ok(())
}

/// The argument checks of the Unicode errors' `__init__` (also run when the class is
/// called without going through the `__init__` slot).
pub fn check_unicode_error_args(vm: &mut Vm, cls: &PyRef, given: &[PyRef]) -> PyResult<()> {
    let family = exc_family::of(vm, cls);
    if !family.has(ExcFamily::UNICODE_CONCRETE) {
        return Ok(());
    }
    let translate = family.has(ExcFamily::UNICODE_TRANSLATE);
    let decode = family.has(ExcFamily::UNICODE_DECODE);
    let n = if translate { 4 } else { 5 };
    if given.len() != n {
        return Err(vm.type_error(format!(
            "function takes exactly {n} arguments ({} given)",
            given.len()
        )));
    }
    let first = usize::from(!translate);
    for (i, a) in given.iter().enumerate() {
        let must_str = if i < first || i == n - 1 {
            true
        } else {
            i == first && !decode
        };
        if must_str && a.as_str_opt().is_none() {
            return Err(vm.type_error(format!(
                "argument {} must be str, not {}",
                i + 1,
                a.class_name()
            )));
        }
        if i == first && decode && crate::objects::memoryview::buffer_bytes(vm, a)?.is_none() {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                a.class_name()
            )));
        }
        if i > first && i < n - 1 {
            vm.index_value(a).map_err(|e| {
                if vm.exc_matches_name(&e.0, "IndexError") {
                    vm.new_error(
                        "OverflowError",
                        "Python int too large to convert to C ssize_t",
                    )
                } else {
                    e
                }
            })?;
        }
    }
    Ok(())
}

/// `SyntaxError.__init__`: `args`, then the fields (see [`syntax_error_fields`]).
pub fn syntax_error_init(vm: &mut Vm, args: Args) -> PyResult {
    let given = &args.positional()[1..];
    syntax_error_fields(vm, &args.args[0], given)?;
    exception_init(vm, args)
}

/// `msg` and the fields of a `(filename, lineno, offset, text[, end_lineno,
/// end_offset])` second argument, as `SyntaxError_init` sets them.
pub fn syntax_error_fields(vm: &mut Vm, o: &PyRef, given: &[PyRef]) -> PyResult<()> {
    if let Some(msg) = given.first() {
        vm.set_exc_attr(o, "msg", msg.clone());
    }
    if let [_, info] = given {
        let info = vm.iterate(info)?;
        if !(4..=6).contains(&info.len()) {
            let (bound, n) = if info.len() < 4 {
                ("least", 4)
            } else {
                ("most", 6)
            };
            let msg = format!(
                "function takes at {bound} {n} arguments ({} given)",
                info.len()
            );
            return Err(vm.type_error(msg));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (name, value) in names.iter().zip(info) {
            vm.set_exc_attr(o, name, value);
        }
    }
    Ok(())
}

/// `BaseException.__init__` takes no keywords; `NameError`, `AttributeError` and
/// `ImportError` take their keyword-only fields (`"|$OO:AttributeError"`).
pub fn check_init_keywords(vm: &Vm, o: &PyRef, args: &Args) -> PyResult<()> {
    let given = args.kwnames.len();
    if given == 0 {
        return Ok(());
    }
    let Some((owner, allowed)) = vm.exc_keyword_fields(o.class()) else {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", o.class_name())));
    };
    if given > allowed.len() {
        return Err(vm.type_error(format!(
            "{owner}() takes at most {} keyword argument{} ({given} given)",
            allowed.len(),
            if allowed.len() == 1 { "" } else { "s" }
        )));
    }
    match args.keywords().find(|(n, _)| !allowed.contains(n)) {
        Some((bad, _)) => Err(vm.type_error(format!(
            "'{bad}' is an invalid keyword argument for {owner}()"
        ))),
        None => Ok(()),
    }
}

/// A builtin field of the exception (`OSError.errno`...) as the C code reads it: a
/// property a subclass defines under the same name does not answer.
fn field(vm: &mut Vm, o: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
    crate::objects::methods::payload_attr(vm, o, name)
}

/// The exception's `args` tuple.
fn args_of(vm: &Vm, o: &PyRef) -> PyRef {
    vm.exc_data(o)
        .map(|e| e.args.borrow().clone())
        .unwrap_or_else(|| vm.tuple(Vec::new()))
}

pub fn exception_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    base_str(vm, o)
}

/// `BaseException.__str__`: nothing, the one argument, or the repr of all of them.
fn base_str(vm: &mut Vm, o: &PyRef) -> PyResult {
    if vm.exc_data(o).is_none() {
        return vm.repr(o);
    }
    let a = args_of(vm, o);
    let items = a.tuple_items().unwrap_or(&[]).to_vec();
    match items.len() {
        0 => Ok(vm.str("")),
        1 => vm.to_str(&items[0]),
        _ => vm.repr(&a),
    }
}

/// `KeyError.__str__`: a single argument shows as its repr (`KeyError: 'k'`).
pub fn key_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let a = args_of(vm, o);
    match a.tuple_items() {
        Some([one]) => {
            let one = one.clone();
            vm.repr(&one)
        }
        _ => base_str(vm, o),
    }
}

/// `ImportError.__str__`: its message when it has exactly one.
pub fn import_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    if let Some(msg) = field(vm, o, "msg")? {
        if msg.class().is(&vm.types.str_type) {
            return Ok(msg);
        }
    }
    let a = args_of(vm, o);
    match a.tuple_items() {
        Some([one]) if one.class().is(&vm.types.str_type) => Ok(one.clone()),
        _ => base_str(vm, o),
    }
}

/// `OSError.__str__`: `[Errno 2] No such file or directory: 'path'` when it has them.
pub fn os_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    // The attributes `OSError.__init__` derives from 2 to 5 arguments, when not set.
    let a = args_of(vm, o);
    let items = a.tuple_items().unwrap_or(&[]).to_vec();
    let from_args = |i: usize| {
        (2..=5)
            .contains(&items.len())
            .then(|| items.get(i).cloned())
            .flatten()
    };
    let errno = field(vm, o, "errno")?.or_else(|| from_args(0));
    let strerror = field(vm, o, "strerror")?.or_else(|| from_args(1));
    let filename = field(vm, o, "filename")?.or_else(|| from_args(2));
    let filename2 = field(vm, o, "filename2")?.or_else(|| from_args(4));
    match (errno, strerror) {
        (Some(n), Some(s)) if !matches!(n.payload, Payload::NoneValue) => {
            let (n, s) = (vm.to_str(&n)?, vm.to_str(&s)?);
            let (n, s) = (n.as_str_opt().unwrap_or(""), s.as_str_opt().unwrap_or(""));
            Ok(
                match filename.filter(|f| !matches!(f.payload, Payload::NoneValue)) {
                    Some(f) => {
                        let f = vm.repr_string_any(&f)?;
                        match filename2.filter(|f| !matches!(f.payload, Payload::NoneValue)) {
                            Some(f2) => {
                                let f2 = vm.repr_string_any(&f2)?;
                                vm.string(format!("[Errno {n}] {s}: {f} -> {f2}"))
                            }
                            None => vm.string(format!("[Errno {n}] {s}: {f}")),
                        }
                    }
                    None => vm.string(format!("[Errno {n}] {s}")),
                },
            )
        }
        _ => base_str(vm, o),
    }
}

/// `SyntaxError.__str__`: `msg (file, line N)`, with what it knows of the place.
pub fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let attr = |vm: &mut Vm, name: &str| -> PyResult<Option<PyRef>> {
        Ok(field(vm, o, name)?.filter(|v| !matches!(v.payload, Payload::NoneValue)))
    };
    let Some(msg) = attr(vm, "msg")? else {
        return base_str(vm, o);
    };
    let msg = vm.to_str(&msg)?;
    let msg = msg.as_str_opt().unwrap_or("").to_string();
    let file = attr(vm, "filename")?.and_then(|f| {
        f.as_str_opt()
            .map(|s| s.rsplit('/').next().unwrap_or(s).to_string())
    });
    let line = attr(vm, "lineno")?.filter(|l| l.is_int());
    let line = line.map(|l| l.as_i64().unwrap_or(0));
    Ok(vm.string(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

/// `UnicodeDecodeError.__str__` / `UnicodeEncodeError.__str__`: the codec's complaint
/// about the offending bytes or characters, when the exception carries them.
pub fn unicode_error_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    // Not initialized (a subclass `__init__` that did not call the base's): ''.
    if field(vm, o, "object")?.is_none_or(|v| matches!(v.payload, Payload::NoneValue)) {
        return Ok(vm.str(""));
    }
    let translate = vm.is_subclass(o.class(), &vm.exc_type("UnicodeTranslateError"));
    let mut parts = Vec::new();
    for name in ["encoding", "object", "start", "end", "reason"] {
        if translate && name == "encoding" {
            parts.push(vm.none());
            continue;
        }
        match field(vm, o, name)? {
            Some(v) => parts.push(v),
            None => return base_str(vm, o),
        }
    }
    let (start, end) = match (parts[2].as_i64(), parts[3].as_i64()) {
        (Some(s), Some(e)) => (s, e),
        _ => return base_str(vm, o),
    };
    let encoding = vm.to_str(&parts[0])?;
    let reason = vm.to_str(&parts[4])?;
    let (encoding, reason) = (
        encoding.as_str_opt().unwrap_or("").to_string(),
        reason.as_str_opt().unwrap_or("").to_string(),
    );
    let single = end == start + 1;
    if translate {
        let text = match &parts[1].payload {
            Payload::Str(s)
                if single && start >= 0 && s.as_str().chars().nth(start as usize).is_some() =>
            {
                let c = s.as_str().chars().nth(start as usize).unwrap_or_default();
                format!(
                    "can't translate character '{}' in position {start}: {reason}",
                    escaped_char(c)
                )
            }
            Payload::Str(_) => {
                format!(
                    "can't translate characters in position {start}-{}: {reason}",
                    end - 1
                )
            }
            _ => return base_str(vm, o),
        };
        return Ok(vm.string(text));
    }
    let text = match &parts[1].payload {
        Payload::Bytes(b) if single && (start as usize) < b.len() => format!(
            "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start as usize]
        ),
        Payload::Bytes(_) => format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ),
        // (`start < len(object)`: a range past the end is shown as characters.)
        Payload::Str(s)
            if single && start >= 0 && s.as_str().chars().nth(start as usize).is_some() =>
        {
            let c = s.as_str().chars().nth(start as usize).unwrap_or_default();
            format!(
                "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
                escaped_char(c)
            )
        }
        Payload::Str(_) => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
        _ => return base_str(vm, o),
    };
    Ok(vm.string(text))
}

/// A character as the Unicode errors show it: `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `BaseException.__reduce__`: `(type, args)`, plus the instance `__dict__` if it has one.
pub fn exception_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let a = args_of(vm, o);
    let state = instance_state(vm, o)?;
    let mut out = vec![o.class().clone(), a];
    if !matches!(state.payload, Payload::NoneValue) {
        out.push(state);
    }
    Ok(vm.tuple(out))
}

/// `OSError.__reduce__` (`OSError_reduce`): the file names `args` lost at creation come
/// back (`(errno, strerror, filename)`, or with `None, filename2` after them).
pub fn os_error_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?.clone();
    let a = args_of(vm, &o);
    let set = |v: Option<PyRef>| v.filter(|v| !matches!(v.payload, Payload::NoneValue));
    let filename = set(vm.exc_member(&o, "filename"));
    let a = match (a.tuple_items(), filename) {
        (Some([errno, strerror]), Some(filename)) => {
            let mut items = vec![errno.clone(), strerror.clone(), filename];
            if let Some(filename2) = set(vm.exc_member(&o, "filename2")) {
                items.extend([vm.none(), filename2]);
            }
            vm.tuple(items)
        }
        _ => a,
    };
    let state = instance_state(vm, &o)?;
    let mut out = vec![o.class().clone(), a];
    if !matches!(state.payload, Payload::NoneValue) {
        out.push(state);
    }
    Ok(vm.tuple(out))
}

/// `ImportError.__reduce__`: as `BaseException`'s, `name` and `path` in the state when set.
pub fn import_error_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let o = unary_operand(vm, &args)?;
    let a = args_of(vm, o);
    let state = vm.dict();
    if let Some(d) = vm.getattr_opt(o, "__dict__")? {
        if matches!(d.payload, Payload::Dict(_)) {
            vm.dict_merge(&state, &d, false)?;
        }
    }
    for name in ["name", "path"] {
        if let Some(v) = field(vm, o, name)? {
            if !matches!(v.payload, Payload::NoneValue) {
                let k = vm.str(name);
                vm.setitem(&state, &k, v)?;
            }
        }
    }
    let empty = vm.native_len(&state)? == Some(0);
    let mut out = vec![o.class().clone(), a];
    if !empty {
        out.push(state);
    }
    Ok(vm.tuple(out))
}

/// `BaseException.__setstate__(state)`: the state's items become attributes.
pub fn exception_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let (o, state) = binary_operands(vm, &args)?;
    if matches!(state.payload, Payload::NoneValue) {
        return Ok(vm.none());
    }
    let Payload::Dict(d) = &state.payload else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let entries: Vec<(PyRef, PyRef)> = d.borrow().snapshot();
    for (k, v) in entries {
        vm.setattr(o, &k, v)?;
    }
    Ok(vm.none())
}

pub fn exception_with_traceback(vm: &mut Vm, args: Args) -> PyResult {
    let (o, tb) = binary_operands(vm, &args)?;
    if let Some(e) = vm.exc_data(o) {
        let new = match &tb.payload {
            Payload::NoneValue => None,
            Payload::Traceback { .. } => Some(tb.clone()),
            // `PyException_SetTraceback`'s check.
            _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        };
        let old = std::mem::replace(&mut *e.traceback.borrow_mut(), new);
        drop(old);
    }
    Ok(o.clone())
}
