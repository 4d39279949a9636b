//! The native half of `traceback` (`py/traceback.py`): what CPython's module reads from
//! code objects (the source positions of a traceback entry, the operands of a failing
//! expression); and the hooks of `sys` that report exceptions: `sys.excepthook` (with
//! `report_uncaught`, what the interpreter does with an uncaught exception) and
//! `sys.unraisablehook` (with `write_unraisable`, which `Vm::report_unraisable` calls for
//! an exception raised by `__del__`, a weakref callback...).

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

/// Set in `traceback` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_tb_positions", tb_positions),
    ("_anchor_nodes", anchor_nodes),
];

/// `_tb_positions(tb)`: `(end_lineno, colno, end_colno)` of the instruction a traceback
/// entry stopped at (columns in characters), or None when the code has no position.
fn tb_positions(vm: &mut Vm, args: Args) -> PyResult {
    let [tb] = args.args else {
        return Err(vm.type_error("_tb_positions(tb)"));
    };
    let Payload::Traceback { code, lasti, .. } = &tb.payload else {
        return Ok(vm.none());
    };
    let Payload::Code(cd) = &code.payload else {
        return Ok(vm.none());
    };
    match cd.code.locations.get(*lasti as usize) {
        Some(loc) if loc.line > 0 && loc.end_line > 0 => Ok(vm.tuple(vec![
            vm.int(i64::from(loc.end_line)),
            vm.int(i64::from(loc.col)),
            vm.int(i64::from(loc.end_col)),
        ])),
        _ => Ok(vm.none()),
    }
}

/// `_anchor_nodes(segment)`: when `segment` parses as one expression statement, a binary
/// operation gives `('binop', end of the left operand, start of the right one)` and a
/// subscript `('subscript', end of the value, end of the index)`, as UTF-8 offsets (what
/// `ast` gives CPython's `traceback`); anything else None.
fn anchor_nodes(vm: &mut Vm, args: Args) -> PyResult {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let [segment] = args.args else {
        return Err(vm.type_error("_anchor_nodes(segment)"));
    };
    let Some(text) = segment.as_str_opt() else {
        return Ok(vm.none());
    };
    let Ok(module) = crate::syntax::parse_module(text, "<unknown>") else {
        return Ok(vm.none());
    };
    let [stmt] = module.body.as_slice() else {
        return Ok(vm.none());
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return Ok(vm.none());
    };
    let (kind, first, second) = match &expr.kind {
        ExprKind::BinOp { left, right, .. } => (
            "binop",
            (left.loc.end_line, left.loc.end_col),
            (right.loc.line, right.loc.col),
        ),
        ExprKind::Subscript { value, slice, .. } => (
            "subscript",
            (value.loc.end_line, value.loc.end_col),
            (slice.loc.end_line, slice.loc.end_col),
        ),
        _ => return Ok(vm.none()),
    };
    let byte_offset = |(line, col): (u32, u32)| -> i64 {
        let text_line = text
            .split('\n')
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("");
        text_line
            .chars()
            .take(col as usize)
            .map(char::len_utf8)
            .sum::<usize>() as i64
    };
    Ok(vm.tuple(vec![
        vm.str(kind),
        vm.int(byte_offset(first)),
        vm.int(byte_offset(second)),
    ]))
}

/// Writes `text` where `sys.stderr` points: the process's stderr while it is the
/// original stream (or when `sys` has none, as during teardown), else through its
/// `write` method (errors ignored, as CPython's printer ignores them); nothing when
/// `sys.stderr` is None.
fn write_to_sys_stderr(vm: &mut Vm, text: &str) {
    let Some(sys) = vm.sys_module.clone() else {
        vm.write_stderr(text);
        return;
    };
    let file = vm.getattr_opt(&sys, "stderr").ok().flatten();
    let original = vm.getattr_opt(&sys, "__stderr__").ok().flatten();
    match (file, original) {
        (None, _) => vm.write_stderr(text),
        (Some(f), _) if matches!(f.payload, Payload::NoneValue) => {}
        (Some(f), Some(o)) if f.is(&o) => vm.write_stderr(text),
        (Some(f), _) => {
            if let Ok(Some(write)) = vm.getattr_opt(&f, "write") {
                let s = vm.str(text);
                let _ = vm.call1(&write, &[s]);
            }
            if let Ok(Some(flush)) = vm.getattr_opt(&f, "flush") {
                let _ = vm.call1(&flush, &[]);
            }
        }
    }
}

/// `sys.excepthook(type, value, traceback)` (also `sys.__excepthook__`): prints the
/// report of `value` (its chain, its traceback, or `traceback` when it has none) to
/// `sys.stderr`.
pub fn excepthook(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("excepthook() takes no keyword arguments"));
    }
    let [_, value, tb] = args.args else {
        let msg = format!("excepthook expected 3 arguments, got {}", args.args.len());
        return Err(vm.type_error(msg));
    };
    let text = if let Some(e) = vm.exc_data(value) {
        if e.traceback.borrow().is_none() && matches!(tb.payload, Payload::Traceback { .. }) {
            *e.traceback.borrow_mut() = Some(tb.clone());
        }
        vm.format_exception_text(value, true)
    } else {
        format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            value.class_name()
        )
    };
    write_to_sys_stderr(vm, &text);
    Ok(vm.none())
}

/// What the interpreter does with an exception nothing caught (`_PyErr_PrintEx`): calls
/// `sys.excepthook`; when the hook raises, prints its error, then the original report.
/// A `SystemExit` raised by the hook is returned: the process exits with it.
pub fn report_uncaught(vm: &mut Vm, exc: &PyRef) -> Option<PyRef> {
    let hook = match vm.sys_module.clone() {
        Some(sys) => vm.getattr_opt(&sys, "excepthook").ok().flatten(),
        None => None,
    };
    let Some(hook) = hook else {
        vm.write_stderr("sys.excepthook is missing\n");
        vm.print_exception(exc);
        return None;
    };
    let tb = vm
        .exc_data(exc)
        .and_then(|e| e.traceback.borrow().clone())
        .unwrap_or_else(|| vm.none());
    let result = vm.call1(&hook, &[exc.class().clone(), exc.clone(), tb]);
    vm.flush_stdout();
    if let Err(e) = result {
        if vm.exc_matches_name(&e.0, "SystemExit") {
            return Some(e.0);
        }
        write_to_sys_stderr(vm, "Error in sys.excepthook:\n");
        let text = vm.format_exception_text(&e.0, true);
        write_to_sys_stderr(vm, &text);
        write_to_sys_stderr(vm, "\nOriginal exception was:\n");
        let text = vm.format_exception_text(exc, true);
        write_to_sys_stderr(vm, &text);
    }
    None
}

/// `sys.unraisablehook(unraisable)` (also `sys.__unraisablehook__`): prints an exception
/// that could not be raised, as CPython's `write_unraisable_exc_file` does.
pub fn unraisablehook(vm: &mut Vm, args: Args) -> PyResult {
    let [hook_args] = args.args else {
        let msg = format!(
            "unraisablehook() takes exactly one argument ({} given)",
            args.args.len()
        );
        return Err(vm.type_error(msg));
    };
    let items = hook_args.tuple_items().map(<[PyRef]>::to_vec);
    let Some([exc_type, exc_value, exc_tb, err_msg, obj]) =
        items.and_then(|v| <[PyRef; 5]>::try_from(v).ok())
    else {
        return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    };
    let text = unraisable_text(vm, &exc_type, &exc_value, &exc_tb, &err_msg, &obj, None);
    write_to_sys_stderr(vm, &text);
    Ok(vm.none())
}

fn is_none(obj: &PyRef) -> bool {
    matches!(obj.payload, Payload::NoneValue)
}

/// The text of `write_unraisable_exc_file`: the header (`header` when given, else made
/// from `err_msg` and `obj`), the traceback, then `module.Type: message`.
fn unraisable_text(
    vm: &mut Vm,
    exc_type: &PyRef,
    exc_value: &PyRef,
    exc_tb: &PyRef,
    err_msg: &PyRef,
    obj: &PyRef,
    header: Option<&str>,
) -> String {
    let mut out = String::new();
    let msg = err_msg.as_str_opt().filter(|_| !is_none(err_msg));
    if let Some(h) = header {
        out.push_str(h);
        out.push('\n');
    } else if !is_none(obj) {
        out.push_str(msg.unwrap_or("Exception ignored in"));
        out.push_str(": ");
        match vm.repr(obj) {
            Ok(r) => out.push_str(r.as_str_opt().unwrap_or("")),
            Err(_) => out.push_str("<object repr() failed>"),
        }
        out.push('\n');
    } else if let Some(m) = msg {
        out.push_str(m);
        out.push_str(":\n");
    }
    let limit = vm.traceback_limit();
    if matches!(exc_tb.payload, Payload::Traceback { .. }) && limit > 0 {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&vm.format_traceback_entries(exc_tb, limit));
    }
    if is_none(exc_type) {
        return out;
    }
    let module = vm
        .getattr_opt(exc_type, "__module__")
        .ok()
        .flatten()
        .and_then(|m| m.as_str_opt().map(str::to_string));
    match module.as_deref() {
        None => out.push_str("<unknown>"),
        Some("builtins" | "__main__") => {}
        Some(m) => {
            out.push_str(m);
            out.push('.');
        }
    }
    let qualname = vm
        .getattr_opt(exc_type, "__qualname__")
        .ok()
        .flatten()
        .and_then(|m| m.as_str_opt().map(str::to_string));
    out.push_str(qualname.as_deref().unwrap_or("<unknown>"));
    if !is_none(exc_value) {
        out.push_str(": ");
        match vm.to_str(exc_value) {
            Ok(s) => out.push_str(s.as_str_opt().unwrap_or("")),
            Err(_) => out.push_str("<exception str() failed>"),
        }
    }
    out.push('\n');
    out
}

/// `_PyErr_WriteUnraisableMsg`: hands an exception that cannot propagate (raised by
/// `__del__`, a weakref callback...) to `sys.unraisablehook`, with `obj` (the object
/// involved) or `header` as its message. The default hook prints `header` as it is (or
/// `Exception ignored in: repr(obj)`), the traceback and the exception; a hook that
/// raises gets its own error printed under `Exception ignored in sys.unraisablehook`.
pub fn write_unraisable(vm: &mut Vm, exc: &PyRef, header: Option<&str>, obj: Option<&PyRef>) {
    let exc_type = exc.class().clone();
    let exc_tb = vm
        .exc_data(exc)
        .and_then(|e| e.traceback.borrow().clone())
        .or_else(|| traceback_here(vm))
        .unwrap_or_else(|| vm.none());
    let err_msg = match header {
        Some(h) => vm.str(h),
        None => vm.none(),
    };
    let obj = obj.cloned().unwrap_or_else(|| vm.none());
    let hook = match vm.sys_module.clone() {
        Some(sys) => vm.getattr_opt(&sys, "unraisablehook").ok().flatten(),
        None => None,
    };
    let builtin = match &hook {
        Some(h) => match &h.payload {
            Payload::Builtin(b) => b.func as usize == unraisablehook as NativeFn as usize,
            _ => false,
        },
        None => true,
    };
    let hook = hook.filter(|h| !builtin && !is_none(h));
    let Some(hook) = hook else {
        let text = unraisable_text(vm, &exc_type, exc, &exc_tb, &err_msg, &obj, header);
        write_to_sys_stderr(vm, &text);
        return;
    };
    let hook_args = make_hook_args(vm, vec![exc_type, exc.clone(), exc_tb, err_msg, obj]);
    let result = match hook_args {
        Ok(a) => vm.call1(&hook, &[a]),
        Err(e) => Err(e),
    };
    if let Err(e) = result {
        let e = e.0;
        let tb = vm
            .exc_data(&e)
            .and_then(|d| d.traceback.borrow().clone())
            .unwrap_or_else(|| vm.none());
        let msg = vm.str("Exception ignored in sys.unraisablehook");
        let text = unraisable_text(vm, &e.class().clone(), &e, &tb, &msg, &hook, None);
        write_to_sys_stderr(vm, &text);
    }
}

/// An exception without a traceback is shown at the running Python frame, where its
/// instruction stands (`_PyErr_WriteUnraisableMsg`'s `_PyTraceBack_FromFrame`).
fn traceback_here(vm: &mut Vm) -> Option<PyRef> {
    let frame = vm.getframe(0)?;
    let Payload::Frame(fd) = &frame.payload else {
        return None;
    };
    // A running frame's data is its dispatch loop's: the frame stack has the position.
    let (code, lasti) = match fd.try_borrow() {
        Ok(f) => (f.code.clone(), f.lasti),
        Err(_) => {
            let view = vm.running_frame(&frame)?;
            (view.code, view.lasti)
        }
    };
    let lineno = match &code.payload {
        Payload::Code(cd) => cd.code.line_of(lasti),
        _ => 0,
    };
    Some(PyRef::new(
        &vm.types.traceback_type,
        Payload::Traceback {
            frame: frame.clone(),
            code,
            lasti: lasti as u32,
            lineno,
            next: std::cell::Cell::new(None),
        },
    ))
}

/// An `UnraisableHookArgs` (the class `sys` keeps as `_UnraisableHookArgs`).
fn make_hook_args(vm: &mut Vm, items: Vec<PyRef>) -> PyResult {
    let sys = vm.sys_module.clone();
    let cls = match sys {
        Some(s) => vm.getattr_opt(&s, "_UnraisableHookArgs")?,
        None => None,
    };
    let tuple = vm.tuple(items);
    match cls {
        Some(c) => vm.call1(&c, &[tuple]),
        None => Ok(tuple),
    }
}
