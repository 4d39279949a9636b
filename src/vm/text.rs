//! Turning objects into text: `repr`, `str`, `ascii`, `format`, and `str % args`.
//!
//! Builtin payloads are rendered here directly; everything else goes through
//! `__repr__` / `__str__` / `__format__`. Nested reprs (a list inside a list) count against
//! the recursion limit, and a container that contains itself prints `[...]`.

use super::{PyResult, Vm};
use crate::format::{self, ErrKind, FormatError};
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use num_bigint::BigInt;
use std::borrow::Cow;
use std::cell::RefCell;

impl Vm {
    /// Converts a formatting library error into a Python exception.
    pub fn format_error(&self, e: FormatError) -> super::PyErr {
        let name = match e.kind {
            ErrKind::ValueError => "ValueError",
            ErrKind::TypeError => "TypeError",
            ErrKind::OverflowError => "OverflowError",
            ErrKind::MemoryError => return self.no_memory(crate::heap::limits::OutOfMemory),
        };
        self.new_error(name, e.msg)
    }

    /// `repr(obj)` as a str object: `PyObject_Repr`, whose call of the type's repr counts
    /// one level against the recursion limit (the same counter as Python frames), so a
    /// `__repr__` that recurses fails with CPython's message at CPython's depth.
    pub fn repr(&mut self, obj: &PyRef) -> PyResult {
        self.enter_recursive_call(" while getting the repr of an object")?;
        let r = self.repr_slot(obj);
        self.depth -= 1;
        r
    }

    /// The type's `tp_repr` itself, without `PyObject_Repr`'s recursion unit: what
    /// `object.__str__` calls for a type with no `__str__` of its own.
    fn repr_slot(&mut self, obj: &PyRef) -> PyResult {
        if obj.class().type_data().is_some_and(|t| t.is_heap_type) {
            if let Some(m) = self.lookup_special(obj, "__repr__") {
                if !matches!(m.payload, Payload::Builtin(_)) {
                    return self.call_repr_method(&m, obj, "__repr__");
                }
            }
        }
        let s = self.repr_string(obj)?;
        if matches!(obj.payload, Payload::Int(_) | Payload::BigInt(_)) {
            // `long_to_decimal_string` fills a new str: one digit is not the shared
            // one-character string (`str(7) is not "7"`).
            let text = crate::objects::str::PyStr::new(s);
            return Ok(PyRef::new(&self.types.str_type, Payload::Str(text)));
        }
        Ok(self.string(s))
    }

    fn call_repr_method(&mut self, m: &PyRef, obj: &PyRef, name: &str) -> PyResult {
        let r = self.call_descriptor_method(m, obj, std::slice::from_ref(obj))?;
        if !matches!(r.payload, Payload::Str(_)) {
            return Err(self.type_error(format!(
                "{} returned non-string (type {})",
                name,
                r.class_name()
            )));
        }
        Ok(r)
    }

    /// The repr of `obj` as Rust text.
    pub fn repr_string(&mut self, obj: &PyRef) -> PyResult<String> {
        Ok(match &obj.payload {
            Payload::NoneValue => "None".into(),
            Payload::Bool(b) => if *b { "True" } else { "False" }.into(),
            Payload::Int(i) => i.to_string(),
            Payload::BigInt(b) => {
                format::int::int_to_decimal(b).map_err(|e| self.format_error(e))?
            }
            Payload::Float(f) => format::float::float_repr(*f),
            Payload::Complex(re, im) => format::float::complex_repr(*re, *im),
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::Bytes(b) => bytes_repr(b),
            // `bytearray_repr` names the object's type: `B(b'...')` for a subclass.
            Payload::ByteArray(b) => {
                format!("{}({})", obj.class_name(), bytearray_repr(&b.borrow()))
            }
            Payload::MemoryView(_) => crate::objects::memoryview::repr(obj),
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::List(_) | Payload::Tuple(_) => {
                let is_list = matches!(obj.payload, Payload::List(_));
                let empty = match &obj.payload {
                    Payload::List(l) => l.borrow().is_empty(),
                    Payload::Tuple(t) => t.is_empty(),
                    _ => false,
                };
                if empty {
                    // `list_repr` and `tuplerepr` answer before `Py_ReprEnter`.
                    let empty = if is_list { "[]" } else { "()" };
                    return Ok(self.wrap_subclass_repr(obj, empty.into()));
                }
                if !self.repr_enter(obj)? {
                    return Ok(if is_list { "[...]" } else { "(...)" }.into());
                }
                // `tuplerepr` reads its items borrowed (the tuple, held here, keeps them);
                // `list_repr` too, but a list may drop an item while its `__repr__`
                // runs, so refpy holds each (one count more than CPython's).
                let (r, count) = match &obj.payload {
                    Payload::Tuple(items) => (self.join_reprs(items), items.len()),
                    _ => {
                        let items = self.seq_items(obj);
                        (self.join_reprs(&items), items.len())
                    }
                };
                self.repr_leave(obj);
                let inner = r?;
                let s = if is_list {
                    format!("[{inner}]")
                } else if count == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                };
                self.wrap_subclass_repr(obj, s)
            }
            Payload::Dict(d) => {
                if !self.repr_enter(obj)? {
                    return Ok("{...}".into());
                }
                let entries: Vec<(PyRef, PyRef)> = d.borrow().snapshot();
                let mut parts = Vec::with_capacity(entries.len());
                let mut result = Ok(());
                for (k, v) in entries {
                    match (self.repr_string_any(&k), self.repr_string_any(&v)) {
                        (Ok(k), Ok(v)) => parts.push(format!("{k}: {v}")),
                        (Err(e), _) | (_, Err(e)) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                self.repr_leave(obj);
                result?;
                format!("{{{}}}", parts.join(", "))
            }
            Payload::Set(_) | Payload::FrozenSet(_) => {
                let items: Vec<PyRef> = match &obj.payload {
                    Payload::Set(s) => s.borrow().iter().map(|(_, k)| k.clone()).collect(),
                    Payload::FrozenSet(s) => s.iter().map(|(_, k)| k.clone()).collect(),
                    _ => Vec::new(),
                };
                let frozen = matches!(obj.payload, Payload::FrozenSet(_));
                let name = obj.class_name();
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                if !self.repr_enter(obj)? {
                    return Ok(format!("{name}(...)"));
                }
                let r = self.join_reprs(&items);
                self.repr_leave(obj);
                let inner = r?;
                if frozen || name != "set" {
                    format!("{name}({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                }
            }
            Payload::Range { start, stop, step } => {
                let (a, b, c) = (
                    self.repr_string(start)?,
                    self.repr_string(stop)?,
                    self.repr_string(step)?,
                );
                if c == "1" {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {c})")
                }
            }
            Payload::Slice { start, stop, step } => {
                format!(
                    "slice({}, {}, {})",
                    self.repr_string_any(start)?,
                    self.repr_string_any(stop)?,
                    self.repr_string_any(step)?
                )
            }
            Payload::Type(t) => {
                let module = t.module.borrow().clone();
                if module == "builtins" {
                    format!("<class '{}'>", t.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", module, t.qualname.borrow())
                }
            }
            Payload::Function(f) => {
                format!(
                    "<function {} at {:#x}>",
                    f.qualname.borrow().as_str_opt().unwrap_or("?"),
                    obj.id()
                )
            }
            Payload::Builtin(b) => match (&b.receiver, b.owner) {
                (Some(r), _) if obj.class().is(&self.types.method_wrapper_type) => format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.name,
                    r.class_name(),
                    r.id()
                ),
                (None, Some(owner)) if obj.class().is(&self.types.wrapper_descriptor_type) => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, owner)
                }
                (Some(r), _) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    r.class_name(),
                    r.id()
                ),
                // A type's `__new__` (`tp_new_wrapper`) is a builtin method bound to the type.
                (None, Some(_))
                    if b.name == "__new__" && obj.class().is(&self.types.builtin_function_type) =>
                {
                    match crate::objects::methods::builtin_owner_class(self, b) {
                        Some(t) => format!(
                            "<built-in method {} of type object at {:#x}>",
                            b.name,
                            t.id()
                        ),
                        None => format!("<built-in function {}>", b.name),
                    }
                }
                (None, Some(owner)) => format!("<method '{}' of '{}' objects>", b.name, owner),
                _ => format!("<built-in function {}>", b.name),
            },
            Payload::BoundMethod { func, receiver } => {
                let fname = match &func.payload {
                    Payload::Function(f) => {
                        f.qualname.borrow().as_str_opt().unwrap_or("?").to_string()
                    }
                    Payload::Builtin(b) => b.name.to_string(),
                    _ => "?".into(),
                };
                let r = self.repr_string_any(receiver)?;
                format!("<bound method {fname} of {r}>")
            }
            Payload::Module(_) => {
                let name = self.module_name(obj);
                let file = self.instance_dict(obj).and_then(|d| {
                    let store = d.borrow();
                    let f = store.get_str(crate::static_str_hash!("__file__"), "__file__");
                    let text = f?.as_str_opt().map(str::to_string);
                    text
                });
                if ["sys", "gc", "math", "time", "builtins", "weakref"].contains(&name.as_str()) {
                    format!("<module '{name}' (built-in)>")
                } else if let Some(file) = file {
                    // A module loaded from a file, as CPython shows `spec.origin`.
                    format!("<module '{name}' from '{file}'>")
                } else {
                    format!("<module '{name}'>")
                }
            }
            Payload::Cell(c) => match c.borrow().as_ref() {
                Some(v) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    obj.id(),
                    v.class_name(),
                    v.id()
                ),
                None => format!("<cell at {:#x}: empty>", obj.id()),
            },
            Payload::Generator { names, .. } => {
                let kind = obj.class_name();
                format!("<{kind} object {} at {:#x}>", names.qualname(), obj.id())
            }
            Payload::Exception(e) => {
                let args = e.args.borrow().clone();
                let items = args.tuple_items().unwrap_or(&[]).to_vec();
                let name = obj.class_name();
                if items.len() == 1 {
                    format!("{}({})", name, self.repr_string_any(&items[0])?)
                } else {
                    format!(
                        "{}{}",
                        name,
                        if items.is_empty() {
                            "()".to_string()
                        } else {
                            self.repr_string(&args)?
                        }
                    )
                }
            }
            Payload::WeakRef(w) => match w.get() {
                Some(target) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    obj.id(),
                    target
                        .class()
                        .type_data()
                        .map(|t| t.qualname.borrow().clone())
                        .unwrap_or_default(),
                    target.id()
                ),
                None => format!("<weakref at {:#x}; dead>", obj.id()),
            },
            Payload::DictView { .. } => {
                if !self.repr_enter(obj)? {
                    return Ok("...".into());
                }
                let r = crate::objects::dictview::repr(self, obj);
                self.repr_leave(obj);
                r?
            }
            Payload::Deque(_) => {
                if !self.repr_enter(obj)? {
                    return Ok("[...]".into());
                }
                let r = crate::objects::deque::repr(self, obj);
                self.repr_leave(obj);
                r?
            }
            Payload::SlotDescriptor(d) => d.repr(),
            // `super_repr`: the class and the type lookups start from.
            Payload::Super {
                this_class,
                obj: target,
            } => {
                let tp_name = |c: &PyRef| c.type_data().map(|t| t.tp_name()).unwrap_or_default();
                let start = match &target.payload {
                    Payload::NoneValue => None,
                    Payload::Type(_) if self.is_subclass(target, this_class) => Some(target),
                    _ => Some(target.class()),
                };
                match start {
                    Some(c) => format!(
                        "<super: <class '{}'>, <{} object>>",
                        tp_name(this_class),
                        tp_name(c)
                    ),
                    None => format!("<super: <class '{}'>, NULL>", tp_name(this_class)),
                }
            }
            // `sm_repr` / `cm_repr` (a subclass shows the default repr).
            Payload::StaticMethod(f) | Payload::ClassMethod(f)
                if obj.class().is(&self.types.staticmethod_type)
                    || obj.class().is(&self.types.classmethod_type) =>
            {
                let f = f.clone();
                format!("<{}({})>", obj.class_name(), self.repr_string_any(&f)?)
            }
            Payload::ClassMethod(f) if obj.class().is(&self.types.classmethod_descriptor_type) => {
                match &f.payload {
                    Payload::Builtin(b) => format!(
                        "<method '{}' of '{}' objects>",
                        b.name,
                        b.owner.unwrap_or("?")
                    ),
                    _ => self.default_repr(obj),
                }
            }
            Payload::MappingProxy(m) => {
                let m = m.clone();
                crate::objects::mappingproxy::repr(self, &m)?
            }
            Payload::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                obj.id(),
                c.code.filename,
                c.code.first_line
            ),
            _ => self.default_repr(obj),
        })
    }

    /// The repr of any object as text, honouring user `__repr__`.
    pub fn repr_string_any(&mut self, obj: &PyRef) -> PyResult<String> {
        let r = self.repr(obj)?;
        Ok(r.as_str_opt().unwrap_or("").to_string())
    }

    fn join_reprs(&mut self, items: &[PyRef]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_string_any(it)?);
        }
        Ok(parts.join(", "))
    }

    fn wrap_subclass_repr(&self, _obj: &PyRef, s: String) -> String {
        s
    }

    /// `<__main__.C object at 0x...>`.
    pub fn default_repr(&self, obj: &PyRef) -> String {
        let cls = obj.class();
        let (module, qual) = cls
            .type_data()
            .map(|t| (t.module.borrow().clone(), t.qualname.borrow().clone()))
            .unwrap_or_default();
        if module == "builtins" {
            format!("<{} object at {:#x}>", qual, obj.id())
        } else {
            format!("<{}.{} object at {:#x}>", module, qual, obj.id())
        }
    }

    /// Guards against infinite recursion through self-containing containers
    /// (CPython's `Py_ReprEnter`): false if `obj` is already being printed. (The depth
    /// each nesting adds is counted by [`Vm::repr`], as `PyObject_Repr` counts it.)
    fn repr_enter(&mut self, obj: &PyRef) -> PyResult<bool> {
        Ok(self.repr_list_enter(obj))
    }

    fn repr_leave(&mut self, obj: &PyRef) {
        self.repr_list_leave(obj);
    }

    /// `str(obj)` as a str object: `PyObject_Str`, an exact str as it is, anything else
    /// through the type's str counted as one level against the recursion limit.
    pub fn to_str(&mut self, obj: &PyRef) -> PyResult {
        if let Payload::Str(_) = &obj.payload {
            if obj.class().is(&self.types.str_type) {
                return Ok(obj.clone());
            }
        }
        self.enter_recursive_call(" while getting the str of an object")?;
        let r = self.str_slot(obj);
        self.depth -= 1;
        r
    }

    /// The type's `tp_str`; `object_str` (no `__str__` of its own) is its `tp_repr`.
    fn str_slot(&mut self, obj: &PyRef) -> PyResult {
        if let Some(m) = self.lookup_special(obj, "__str__") {
            // Builtin `__str__`s matter only for exceptions (`OSError`, `KeyError`...);
            // other builtin payloads print their repr below without a call.
            if !matches!(m.payload, Payload::Builtin(_))
                || matches!(obj.payload, Payload::Exception(_))
                || self.is_chosen_builtin_str(obj, &m)
            {
                return self.call_repr_method(&m, obj, "__str__");
            }
        }
        match &obj.payload {
            Payload::Str(s) => Ok(self.str(s.as_str())),
            Payload::MappingProxy(m) => {
                let m = m.clone();
                crate::objects::mappingproxy::str(self, &m)
            }
            _ => self.repr_slot(obj),
        }
    }

    /// Whether `m`, a builtin found as `__str__` of an instance of a Python class, must be
    /// called: anything but `object.__str__` (a class may pick `int.__repr__` or
    /// `str.__str__` as its `__str__`, as `IntEnum` and `StrEnum` do). Cold: plain
    /// builtin objects never get here with a heap class.
    fn is_chosen_builtin_str(&mut self, obj: &PyRef, m: &PyRef) -> bool {
        if !obj.class().type_data().is_some_and(|t| t.is_heap_type) {
            return false;
        }
        let object_type = self.types.object_type.clone();
        !self
            .lookup_in_mro(&object_type, "__str__")
            .is_some_and(|o| o.is(m))
    }

    /// `ascii(obj)`: the repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, obj: &PyRef) -> PyResult {
        let r = self.repr(obj)?;
        let s = r.as_str_opt().unwrap_or("");
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(self.string(out))
    }

    /// `format(obj, spec)`.
    pub fn format(&mut self, obj: &PyRef, spec: &str) -> PyResult {
        let heap = obj.class().type_data().is_some_and(|t| t.is_heap_type);
        if heap {
            if let Some(m) = self.lookup_special(obj, "__format__") {
                if !matches!(m.payload, Payload::Builtin(_)) {
                    let s = self.str(spec);
                    let r = self.call_descriptor_method(&m, obj, &[obj.clone(), s])?;
                    // `PyObject_Format`'s check of the result.
                    if !matches!(r.payload, Payload::Str(_)) {
                        return Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            r.class_name()
                        )));
                    }
                    return Ok(r);
                }
            }
        }
        // `PyObject_Format`: past its fast paths (an exact str or int with an empty spec),
        // the type's `__format__` is looked up as a bound method, which holds the object
        // for the call (a `__str__` it calls counts one more).
        let fast = spec.is_empty()
            && (obj.class().is(&self.types.str_type) || obj.class().is(&self.types.int_type));
        let _bound = (!fast).then(|| obj.clone());
        if fast {
            return self.format_builtin(obj, spec);
        }
        // `cfunction_vectorcall_O`: calling the bound builtin `__format__` counts a level.
        self.enter_recursive_call(" while calling a Python object")?;
        let r = self.format_builtin(obj, spec);
        self.depth -= 1;
        r
    }

    /// A builtin type's `__format__` (`int.__format__`, `object.__format__`...).
    fn format_builtin(&mut self, obj: &PyRef, spec: &str) -> PyResult {
        // The name the errors show: for the exact builtin types, without building it.
        let class = obj.class();
        let t = &self.types;
        let tname: Cow<'static, str> = if class.is(&t.int_type) {
            Cow::Borrowed("int")
        } else if class.is(&t.float_type) {
            Cow::Borrowed("float")
        } else if class.is(&t.str_type) {
            Cow::Borrowed("str")
        } else {
            Cow::Owned(obj.class_name())
        };
        let text = match &obj.payload {
            Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => {
                if spec.is_empty() {
                    return self.to_str(obj);
                }
                let v = obj.as_bigint().unwrap_or_default();
                let parsed =
                    format::parse_format_spec(spec, &tname).map_err(|e| self.format_error(e))?;
                format::int::format_int(&v, &parsed, &tname).map_err(|e| self.format_error(e))?
            }
            Payload::Float(f) => {
                if spec.is_empty() {
                    return self.to_str(obj);
                }
                let parsed =
                    format::parse_format_spec(spec, &tname).map_err(|e| self.format_error(e))?;
                format::float::format_float(*f, &parsed, &tname)
                    .map_err(|e| self.format_error(e))?
            }
            Payload::Str(_) if spec.is_empty() && obj.class().is(&self.types.str_type) => {
                // `_PyUnicode_FormatAdvancedWriter`: an empty spec writes the str itself.
                return Ok(obj.clone());
            }
            Payload::Str(s) => {
                let parsed =
                    format::parse_format_spec(spec, &tname).map_err(|e| self.format_error(e))?;
                let out = format::format_str(s.as_str(), &parsed, &tname)
                    .map_err(|e| self.format_error(e))?;
                if out == s.as_str() && obj.class().is(&self.types.str_type) {
                    // `format_string_internal`'s fast path: no padding and no truncation
                    // writes the str itself.
                    return Ok(obj.clone());
                }
                out
            }
            Payload::Complex(re, im) if !spec.is_empty() => {
                let parsed =
                    format::parse_format_spec(spec, &tname).map_err(|e| self.format_error(e))?;
                format::float::format_complex(*re, *im, &parsed, &tname)
                    .map_err(|e| self.format_error(e))?
            }
            _ => {
                if !spec.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {tname}.__format__"
                    )));
                }
                return self.to_str(obj);
            }
        };
        Ok(self.string(text))
    }

    /// `BUILD_STRING` (f-strings), CPython's `_PyUnicode_JoinArray` with no separator:
    /// one item of the exact str type is the result itself; otherwise one str of exactly
    /// the total size, a new object even of one character (`PyUnicode_New`, not the shared
    /// latin-1 one); only an empty result is the shared empty string.
    pub fn build_string(&self, parts: &[PyRef]) -> PyRef {
        if let [one] = parts {
            if one.class().is(&self.types.str_type) {
                return one.clone();
            }
        }
        fn text(p: &PyRef) -> &str {
            p.as_str_opt().unwrap_or("")
        }
        let size: usize = parts.iter().map(|p| text(p).len()).sum();
        if size == 0 {
            return self.empty_str.clone();
        }
        let mut s = String::with_capacity(size);
        parts.iter().for_each(|p| s.push_str(text(p)));
        PyRef::new(
            &self.types.str_type,
            Payload::Str(crate::objects::str::PyStr::new(s)),
        )
    }

    /// `fmt % args` for str. `str()`, `repr()` and `ascii()` of an argument run only when
    /// a conversion asks for them (`PyUnicode_Format`), so `"%s" % obj` never calls
    /// `obj.__repr__`, and an exception a conversion raises propagates as it is.
    pub fn percent_format(&mut self, fmt: &PyRef, args: &PyRef) -> PyResult {
        let f = fmt.as_str_opt().unwrap_or("");
        if f == "%s" {
            // `PyUnicode_Format`: a lone `%s` of an exact str writes it into the empty
            // writer as is, and the writer hands that very object back.
            let value = match &args.payload {
                Payload::Tuple(items) if items.len() == 1 => Some(&items[0]),
                Payload::Tuple(_) => None,
                _ => Some(args),
            };
            if let Some(v) = value.filter(|v| v.class().is(&self.types.str_type)) {
                return Ok(v.clone());
            }
        }
        // `PyMapping_Check`: any object whose type has `__getitem__` (but a tuple or a
        // str; a deque has only the sequence slot) serves `%(key)s`.
        // (Exact ints and floats, the usual single argument, have none: no lookup.)
        let plain_number = matches!(args.payload, Payload::Int(_) | Payload::Float(_))
            && (args.class().is(&self.types.int_type) || args.class().is(&self.types.float_type));
        let mapping = matches!(args.payload, Payload::Dict(_))
            || (!plain_number
                && !matches!(
                    args.payload,
                    Payload::Tuple(_) | Payload::Str(_) | Payload::Deque(_)
                )
                && self.lookup_special(args, "__getitem__").is_some());
        // The arguments are borrowed from `args` (which the caller holds) as
        // `PyUnicode_Format` borrows them: a conversion sees no extra reference.
        let vm = RefCell::new(&mut *self);
        let arg = |obj| LazyArg::new(&vm, Cow::Borrowed(obj));
        let result = if let Payload::Tuple(items) = &args.payload {
            let prepared: Vec<LazyArg> = items.iter().map(arg).collect();
            format::percent::percent_format(f, format::percent::PercentArgs::Tuple(&prepared))
        } else if mapping {
            let single = arg(args);
            let lookup = |key: &str| -> Result<LazyArg, PercentError> {
                let value = {
                    let mut vm = vm.borrow_mut();
                    let key = vm.str(key);
                    vm.getitem(args, &key).map_err(PercentError::Raised)?
                };
                Ok(LazyArg::new(&vm, Cow::Owned(value)))
            };
            format::percent::percent_format(
                f,
                format::percent::PercentArgs::Mapping(&single, &lookup),
            )
        } else {
            let single = arg(args);
            format::percent::percent_format(f, format::percent::PercentArgs::Single(&single))
        };
        match result {
            Ok(s) => Ok(self.string(s)),
            Err(PercentError::Raised(e)) => Err(e),
            Err(PercentError::Format(e)) => Err(self.format_error(e)),
        }
    }
}

/// Why `%` formatting failed: a formatting error, or an exception raised by a conversion
/// (`__str__`, `__repr__`, a mapping's `__getitem__`).
enum PercentError {
    Format(FormatError),
    Raised(super::PyErr),
}

impl From<FormatError> for PercentError {
    fn from(e: FormatError) -> PercentError {
        PercentError::Format(e)
    }
}

/// An argument of `%` formatting: every view of it (text, integer, float) is computed only
/// when a conversion asks for it, the text ones through the VM. Borrowed from the
/// argument tuple, owned when a mapping lookup produced it.
struct LazyArg<'v, 'a, 'o> {
    vm: &'v RefCell<&'a mut Vm>,
    obj: Cow<'o, PyRef>,
}

impl<'v, 'a, 'o> LazyArg<'v, 'a, 'o> {
    fn new(vm: &'v RefCell<&'a mut Vm>, obj: Cow<'o, PyRef>) -> LazyArg<'v, 'a, 'o> {
        LazyArg { vm, obj }
    }

    /// The float an `int` or `float` argument stands for.
    fn float(&self) -> Option<f64> {
        match &self.obj.payload {
            Payload::Float(x) => Some(*x),
            _ => self
                .obj
                .as_bigint()
                .and_then(|b| num_traits::ToPrimitive::to_f64(&b)),
        }
    }

    /// One of the text conversions, run through the VM.
    fn convert(&self, f: fn(&mut Vm, &PyRef) -> PyResult) -> Result<String, PercentError> {
        let mut vm = self.vm.borrow_mut();
        let s = f(&mut vm, &self.obj).map_err(PercentError::Raised)?;
        Ok(s.as_str_opt().unwrap_or("").to_string())
    }
}

impl format::percent::PercentArg for LazyArg<'_, '_, '_> {
    type Error = PercentError;
    fn to_str(&self) -> Result<String, PercentError> {
        self.convert(Vm::to_str)
    }
    fn to_repr(&self) -> Result<String, PercentError> {
        self.convert(Vm::repr)
    }
    fn to_ascii(&self) -> Result<String, PercentError> {
        self.convert(Vm::ascii)
    }
    fn as_int(&self) -> Option<BigInt> {
        self.obj.as_bigint()
    }
    fn as_i64(&self) -> Option<i64> {
        self.obj.as_i64()
    }
    fn as_str(&self) -> Option<String> {
        self.obj.as_str_opt().map(str::to_string)
    }
    /// A float converts as `int(x)` does: exactly, however large (`PyNumber_Long`).
    fn to_int(&self) -> Result<Option<BigInt>, PercentError> {
        if let Some(n) = self.obj.as_bigint() {
            return Ok(Some(n));
        }
        match self.float() {
            Some(f) if f.is_nan() => {
                Err(FormatError::value("cannot convert float NaN to integer").into())
            }
            Some(f) if f.is_infinite() => {
                Err(FormatError::overflow("cannot convert float infinity to integer").into())
            }
            Some(f) => Ok(num_traits::FromPrimitive::from_f64(f.trunc())),
            None => {
                // `PyNumber_Check`, then `PyNumber_Long` (`__int__`, `__index__`, `__trunc__`).
                let mut vm = self.vm.borrow_mut();
                let number = ["__int__", "__index__", "__float__"]
                    .iter()
                    .any(|m| vm.lookup_special(&self.obj, m).is_some());
                if !number {
                    return Ok(None);
                }
                // `mainformatlong`: a `TypeError` from the conversion is the format's own
                // "a real number is required".
                match crate::objects::constructors::to_int(&mut vm, &self.obj) {
                    Ok(n) => Ok(n.as_bigint()),
                    Err(e) if vm.exc_matches_name(&e.0, "TypeError") => Ok(None),
                    Err(e) => Err(PercentError::Raised(e)),
                }
            }
        }
    }
    /// `_PyNumber_Index` (`%x`, `%o`, `%X`, `%c`): an int, or what `__index__` gives; a
    /// `TypeError` on the way means "not an integer" (the format's own message).
    fn to_index(&self) -> Result<Option<BigInt>, PercentError> {
        if let Some(n) = self.obj.as_bigint() {
            return Ok(Some(n));
        }
        let mut vm = self.vm.borrow_mut();
        if vm.lookup_special(&self.obj, "__index__").is_none() {
            return Ok(None);
        }
        match vm.index_bigint(&self.obj) {
            Ok(n) => Ok(Some(n)),
            Err(e) if vm.exc_matches_name(&e.0, "TypeError") => Ok(None),
            Err(e) => Err(PercentError::Raised(e)),
        }
    }
    /// `PyFloat_AsDouble`: a float, an int, or what `__float__` (else `__index__`) gives;
    /// `None` for the others, which the format rejects by name.
    fn to_float(&self) -> Result<Option<f64>, PercentError> {
        if let Payload::Float(x) = self.obj.payload {
            return Ok(Some(x));
        }
        let mut vm = self.vm.borrow_mut();
        let convertible = self.obj.as_bigint().is_some()
            || vm.lookup_special(&self.obj, "__float__").is_some()
            || vm.lookup_special(&self.obj, "__index__").is_some();
        if !convertible {
            return Ok(None);
        }
        crate::modules::math::to_f64(&mut vm, &self.obj)
            .map(Some)
            .map_err(PercentError::Raised)
    }
    fn type_name(&self) -> String {
        self.obj.class_name()
    }
}

/// Python's repr of a str: single quotes unless the text has a single quote and no double.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if crate::objects::str::is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's repr of bytes: `b'...'` with escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    quoted_bytes(b, false)
}

/// The `b'...'` inside a bytearray's repr. CPython's `bytearray_repr` escapes every
/// single quote, even inside double quotes: `bytearray(b"\'")`.
pub fn bytearray_repr(b: &[u8]) -> String {
    quoted_bytes(b, true)
}

fn quoted_bytes(b: &[u8], escape_single_quote: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_single_quote && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
