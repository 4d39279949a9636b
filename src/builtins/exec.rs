//! `compile`, `exec` and `eval`, `breakpoint`, and the `builtins` module.
//!
//! Source text is compiled as a script would be (filename `<string>`), in the mode the
//! caller names; a code object runs as it is. The code runs in the namespaces given or, when
//! none are, in the calling frame's: the dispatch loop hands a direct call its frame
//! (`call_from_frame`, as it does for `globals()`), where CPython reads the thread state. A
//! function frame's locals are then a snapshot dict, as `locals()` gives. Whatever the
//! globals, they receive `__builtins__` (the running frame's builtins) when they lack it, as
//! `builtin_exec_impl` does. Locals may be any mapping: name lookups in a module body go
//! through `__getitem__` for a non-dict.

use crate::bytecode::CodeObject;
use crate::compile::Mode;
use crate::heap::PyRef;
use crate::objects::function::CodeData;
use crate::objects::payload::Payload;
use crate::vm::frame::FrameData;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// `PyCF_ONLY_AST`: compile to an `ast` tree (built by the `ast` module's `_compile_hook`).
const PYCF_ONLY_AST: i64 = 0x400;
/// Every flag `compile()` accepts: the `__future__` flags (`PyCF_MASK`), `CO_NESTED`
/// (`PyCF_MASK_OBSOLETE`) and `PyCF_COMPILE_MASK` (only-AST, type comments, top-level
/// await, don't-imply-dedent, incomplete input).
const PYCF_ALLOWED: i64 = 0x1fe_0000 | 0x10 | 0x400 | 0x1000 | 0x2000 | 0x200 | 0x4000;

/// Which builtin is running: they differ in the mode and in their messages.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Exec,
    Eval,
}

impl Which {
    fn name(self) -> &'static str {
        match self {
            Which::Exec => "exec",
            Which::Eval => "eval",
        }
    }
}

/// `exec(...)` / `eval(...)` called directly from Python code: the calling frame's
/// namespaces stand in for missing globals and locals.
pub fn call_from_frame(
    vm: &mut Vm,
    f: &FrameData,
    cd: &CodeData,
    name: &str,
    args: Args,
) -> PyResult {
    let which = if name == "eval" {
        Which::Eval
    } else {
        Which::Exec
    };
    run(vm, which, args, |vm| {
        let locals = match &f.locals_dict {
            Some(d) => d.clone(),
            None => vm.fast_locals_dict(f, cd),
        };
        (f.globals.clone(), locals)
    })
}

/// `exec` reached indirectly (through a variable, `map`...): the innermost running frame's
/// namespaces (`__main__`'s when none runs).
pub fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult {
    run(vm, Which::Exec, args, main_namespace)
}

/// `eval` reached indirectly: as `exec`.
pub fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult {
    run(vm, Which::Eval, args, main_namespace)
}

fn main_namespace(vm: &mut Vm) -> (PyRef, PyRef) {
    if let Some(globals) = vm.current_globals() {
        let locals = vm.current_locals().unwrap_or_else(|| globals.clone());
        return (globals, locals);
    }
    let globals = vm
        .import_module("__main__")
        .map(|m| vm.module_globals(&m))
        .unwrap_or_else(|_| vm.dict());
    (globals.clone(), globals)
}

/// `PyMapping_Check`: a dict or anything with `__getitem__`.
fn is_mapping(vm: &Vm, obj: &PyRef) -> bool {
    matches!(obj.payload, Payload::Dict(_)) || vm.lookup_special(obj, "__getitem__").is_some()
}

fn is_none(obj: &PyRef) -> bool {
    matches!(obj.payload, Payload::NoneValue)
}

/// `builtin_exec_impl` / `builtin_eval_impl`.
fn run(
    vm: &mut Vm,
    which: Which,
    args: Args,
    frame: impl FnOnce(&mut Vm) -> (PyRef, PyRef),
) -> PyResult {
    let name = which.name();
    let mut closure = None;
    for (k, v) in args.keywords() {
        match (which, k) {
            (Which::Exec, "closure") => closure = Some(v.clone()).filter(|c| !is_none(c)),
            (Which::Exec, _) => {
                return Err(
                    vm.type_error(format!("exec() got an unexpected keyword argument '{k}'"))
                )
            }
            (Which::Eval, _) => return Err(vm.type_error("eval() takes no keyword arguments")),
        }
    }
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            pos.len()
        )));
    }
    let source = &pos[0];
    let none = vm.none();
    let globals = pos.get(1).cloned().unwrap_or_else(|| none.clone());
    let locals = pos.get(2).cloned().unwrap_or_else(|| none.clone());
    if which == Which::Eval {
        if !is_none(&locals) && !is_mapping(vm, &locals) {
            return Err(vm.type_error("locals must be a mapping"));
        }
        if !is_none(&globals) && !matches!(globals.payload, Payload::Dict(_)) {
            return Err(vm.type_error(if is_mapping(vm, &globals) {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            }));
        }
    }
    let (globals, locals) = match (is_none(&globals), is_none(&locals)) {
        (true, true) => frame(vm),
        (true, false) => (frame(vm).0, locals),
        (false, true) => (globals.clone(), globals),
        (false, false) => (globals, locals),
    };
    if which == Which::Exec {
        if !matches!(globals.payload, Payload::Dict(_)) {
            return Err(vm.type_error(format!(
                "exec() globals must be a dict, not {}",
                globals.class_name()
            )));
        }
        if !is_mapping(vm, &locals) {
            return Err(vm.type_error(format!(
                "locals must be a mapping or None, not {}",
                locals.class_name()
            )));
        }
    }
    let key = vm.intern("__builtins__");
    let missing = match vm.dict_payload(&globals) {
        Some(d) => vm.dict_get(d, &key)?.is_none(),
        None => false,
    };
    if missing {
        let builtins = vm.current_builtins();
        vm.setitem(&globals, &key, builtins)?;
    }
    let (code, parse_tree) = match &source.payload {
        Payload::Code(cd) => {
            if !cd.code.freevars.is_empty() {
                return Err(vm.type_error(format!(
                    "code object passed to {name}() may not contain free variables"
                )));
            }
            if closure.is_some() {
                return Err(vm.type_error("cannot use a closure with this code object"));
            }
            (source.clone(), Vec::new())
        }
        _ => {
            if closure.is_some() {
                return Err(vm.type_error("closure can only be used when source is a code object"));
            }
            let text = source_text(vm, source, name, "string, bytes or code")?;
            let (text, mode) = match which {
                Which::Eval => (text.trim_start_matches([' ', '\t']).to_string(), Mode::Eval),
                Which::Exec => (text, Mode::Exec),
            };
            let code = compile_text(vm, &text, "<string>", mode)?;
            // `PyRun_StringFlags` keeps the parsed tree while the code runs.
            let tree = crate::vm::import::parse_tree_constants(vm, &code);
            (code, tree)
        }
    };
    let result = vm.run_code_with_locals(&code, &globals, &locals, Vec::new());
    // `run_mod` releases the code object, then the caller frees the tree.
    drop(code);
    drop(parse_tree);
    let result = result?;
    Ok(match which {
        Which::Eval => result,
        Which::Exec => vm.none(),
    })
}

/// `_Py_SourceAsString`: the text of a str, bytes or bytearray source, which may not hold
/// null bytes.
fn source_text(vm: &Vm, source: &PyRef, func: &str, what: &str) -> PyResult<String> {
    let text = match &source.payload {
        Payload::Str(s) => s.as_str().to_string(),
        Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Payload::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).into_owned(),
        _ => return Err(vm.type_error(format!("{func}() arg 1 must be a {what} object"))),
    };
    if text.contains('\0') {
        return Err(vm.new_error(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    Ok(text)
}

/// Parses and compiles `text` in `mode`; the code object is owned by the caller.
fn compile_text(vm: &mut Vm, text: &str, filename: &str, mode: Mode) -> PyResult {
    compile_text_flags(vm, text, filename, mode, 0)
}

/// [`compile_text`] with `compile()`'s `flags` (the `__future__` features it turns on).
fn compile_text_flags(vm: &mut Vm, text: &str, filename: &str, mode: Mode, flags: u32) -> PyResult {
    let parsed = match mode {
        Mode::Eval => crate::syntax::parse_expression(text, filename),
        Mode::Single => crate::syntax::parse_single(text, filename),
        _ => crate::syntax::parse_module(text, filename),
    };
    let compiled: Result<Rc<CodeObject>, _> = match parsed {
        Ok(m) => {
            let (code, warnings) = crate::compile::compile_full(&m, filename, mode, flags);
            vm.issue_syntax_warnings(filename, &warnings)?;
            code
        }
        Err(e) => Err(e),
    };
    match compiled {
        Ok(code) => Ok(vm.code_object(code)),
        Err(mut info) => {
            info.filename = filename.to_string();
            // The tokenizer keeps each line's newline in `text`; only `exec` input gets
            // one added at its end (`translate_newlines`).
            if info.bare_text {
                if let Some(t) = info.text.as_mut() {
                    t.truncate(t.trim_end_matches(['\n', '\r']).len());
                }
            } else if mode == Mode::Exec {
                if let Some(t) = info.text.as_mut().filter(|t| !t.ends_with('\n')) {
                    t.push('\n');
                }
            } else if let Some(t) = info.text.as_mut() {
                let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
                let line = (info.lineno as usize)
                    .checked_sub(1)
                    .and_then(|i| normalized.split_inclusive('\n').nth(i));
                if let Some(line) = line.filter(|l| l.strip_suffix('\n') == Some(t.as_str())) {
                    *t = line.to_string();
                }
            }
            // An unclosed bracket is reported once the tokenizer reached the end: a line
            // before its last comes from the source buffer, without its newline
            // (`get_error_line_from_tokenizer_buffers`).
            if info.msg.ends_with("was never closed") {
                let mut lines = text.replace("\r\n", "\n").replace('\r', "\n");
                if mode == Mode::Exec && !lines.ends_with('\n') {
                    lines.push('\n');
                }
                if (info.lineno as usize) < lines.split_inclusive('\n').count() {
                    if let Some(t) = info.text.as_mut() {
                        if t.ends_with('\n') {
                            t.pop();
                        }
                    }
                }
            }
            Err(vm.syntax_error_from(&info))
        }
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult {
    const NAMES: [&str; 7] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let pos = args.positional();
    if pos.len() > 6 {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: [Option<PyRef>; 7] = Default::default();
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.keywords() {
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for compile() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "compile() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, name) in NAMES.iter().enumerate().take(3) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let [Some(source), Some(filename), Some(mode), flags, dont_inherit, optimize, _] = slots else {
        unreachable!("checked above");
    };
    let filename = match &filename.payload {
        Payload::Str(s) => s.as_str().to_string(),
        Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                filename.class_name()
            )))
        }
    };
    // (`int` arguments: a C int, so a larger int overflows.)
    let int_arg = |vm: &mut Vm, v: &Option<PyRef>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) if matches!(v.payload, Payload::Int(_) | Payload::Bool(_)) => {
                let i = vm.index_bigint(v)?;
                i32::try_from(&i)
                    .map(i64::from)
                    .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
            }
            Some(v) => v.as_i64().ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.class_name()
                ))
            }),
        }
    };
    let flags = int_arg(vm, &flags, 0)?;
    int_arg(vm, &dont_inherit, 0)?;
    let optimize = int_arg(vm, &optimize, -1)?;
    if flags & !PYCF_ALLOWED != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let Some(mode_name) = mode.as_str_opt().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            mode.class_name()
        )));
    };
    let mode = match mode_name.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if flags & PYCF_ONLY_AST != 0 => Mode::Exec,
        "func_type" => {
            return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"))
        }
        _ => {
            return Err(vm.value_error(if flags & PYCF_ONLY_AST != 0 {
                "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
            } else {
                "compile() mode must be 'exec', 'eval' or 'single'"
            }))
        }
    };
    let is_text = matches!(
        source.payload,
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)
    );
    if flags & PYCF_ONLY_AST != 0 || !is_text {
        // An `ast` tree wanted, or given: `modules::ast` converts.
        return crate::modules::ast::compile_hook(
            vm,
            &source,
            &filename,
            &mode_name,
            flags & PYCF_ONLY_AST != 0,
        );
    }
    let text = source_text(vm, &source, "compile", "string, bytes or AST")?;
    compile_text_flags(vm, &text, &filename, mode, flags as u32)
}

/// `breakpoint()`: refpy has no debugger; it does what CPython does with
/// `PYTHONBREAKPOINT=0`, nothing.
pub fn builtin_breakpoint(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

/// `import builtins`: a module whose namespace is the builtins dict itself, so
/// `builtins.x = v` is seen by every name lookup.
pub fn register_module(vm: &mut Vm) {
    let dict = vm.builtins_dict.clone();
    let name = vm.intern("__name__");
    let value = vm.str("builtins");
    if let Some(d) = vm.dict_payload(&dict) {
        vm.dict_set_str(d, &name, value);
    }
    // The one builtins module, also `__main__.__builtins__`.
    let module = vm.builtins.clone();
    let key = vm.str("builtins");
    let modules = vm.modules.clone();
    if let Some(d) = vm.dict_payload(&modules) {
        let _ = vm.dict_set(d, key, module);
    }
}
