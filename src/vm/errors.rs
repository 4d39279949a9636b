//! Raising exceptions from Rust, and printing tracebacks as CPython 3.11 does.

use super::{Args, PyErr, PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::exc_family::ExcFamily;
use crate::objects::exception::ExceptionData;
use crate::objects::payload::Payload;

/// How an argument parser names a bad argument in "argument N must be X, not Y":
/// the class's `tp_name`, but None as plain `None` (`_PyArg_BadArgument` and getargs'
/// `converterr` spell it so: `'a'.replace('a', None)` says "not None").
pub fn arg_type_name(arg: &PyRef) -> String {
    if matches!(arg.payload, Payload::NoneValue) {
        "None".to_string()
    } else {
        arg.class_name()
    }
}

impl Vm {
    /// A new exception instance of class `cls` with the given args.
    pub fn new_exception(&self, cls: &PyRef, args: Vec<PyRef>) -> PyRef {
        let args = self.tuple(args);
        PyRef::new(cls, Payload::Exception(Box::new(ExceptionData::new(args))))
    }

    /// `OSError(errno, strerror)` made through `OSError` itself becomes the subclass
    /// CPython maps the errno to (`errnomap`): `OSError(2, 'x')` is a FileNotFoundError.
    pub fn os_error_subclass(&self, cls: &PyRef, pos: &[PyRef]) -> Option<PyRef> {
        if !(2..=5).contains(&pos.len()) || !cls.is(&self.exc_type("OSError")) {
            return None;
        }
        let name = match pos[0].as_i64()? {
            1 | 13 => "PermissionError",
            2 => "FileNotFoundError",
            3 => "ProcessLookupError",
            4 => "InterruptedError",
            10 => "ChildProcessError",
            11 | 114 | 115 => "BlockingIOError",
            17 => "FileExistsError",
            20 => "NotADirectoryError",
            21 => "IsADirectoryError",
            32 | 108 => "BrokenPipeError",
            103 => "ConnectionAbortedError",
            104 => "ConnectionResetError",
            110 => "TimeoutError",
            111 => "ConnectionRefusedError",
            _ => return None,
        };
        Some(self.exc_type(name))
    }

    /// The attributes builtin exception classes derive from their arguments when made:
    /// `OSError`'s `errno`, `strerror`, `filename`, `filename2` (a filename is then left
    /// out of `args`, as `oserror_init` does), the Unicode errors' `encoding`, `object`,
    /// `start`, `end`, `reason`, and `ImportError`'s `name` and `path` keywords.
    pub fn init_exception_fields(&self, exc: &PyRef, args: Args) {
        let pos = args.positional();
        let cls = exc.class().clone();
        let none = self.none();
        let arg = |i: usize| pos.get(i).cloned().unwrap_or_else(|| none.clone());
        let family = crate::objects::exc_family::of(self, &cls);
        if family.has(ExcFamily::OS_ERROR) {
            let parsed = (2..=5).contains(&pos.len());
            // `oserror_init`: a `BlockingIOError`'s third argument, if an int, is the number
            // of characters written (the `characters_written` getset), not a file name.
            let written = parsed
                && pos.len() >= 3
                && cls.is(&self.exc_type("BlockingIOError"))
                && matches!(
                    pos[2].payload,
                    Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_)
                );
            // `filename2` only comes with a `filename`.
            let named = parsed && pos.len() >= 3 && !matches!(pos[2].payload, Payload::NoneValue);
            let field = |i: usize| {
                if parsed && !(written && i >= 2) && (i < 4 || named) {
                    arg(i)
                } else {
                    none.clone()
                }
            };
            for (name, i) in [
                ("errno", 0),
                ("strerror", 1),
                ("filename", 2),
                ("filename2", 4),
            ] {
                self.set_exc_attr(exc, name, field(i));
            }
            if written {
                let n = pos[2]
                    .as_bigint()
                    .map_or_else(|| none.clone(), |b| self.bigint(b));
                self.set_exc_attr(exc, "characters_written", n);
            }
            let has_filename = named && !written;
            if has_filename {
                if let Some(e) = self.exc_data(exc) {
                    let old =
                        std::mem::replace(&mut *e.args.borrow_mut(), self.tuple(pos[..2].to_vec()));
                    drop(old);
                }
            }
        } else if family.has(ExcFamily::UNICODE_ERROR) {
            let translate = family.has(ExcFamily::UNICODE_TRANSLATE);
            let names: &[&str] = if translate {
                &["object", "start", "end", "reason"]
            } else {
                &["encoding", "object", "start", "end", "reason"]
            };
            if pos.len() == names.len() {
                for (i, name) in names.iter().enumerate() {
                    let mut value = arg(i);
                    // `start` and `end` are `Py_ssize_t` fields, read back as ints.
                    if matches!(*name, "start" | "end") {
                        if let Some(n) = value.as_bigint() {
                            value = self.bigint(n);
                        }
                    }
                    // UnicodeDecodeError keeps a bytes copy of a bytearray object.
                    if *name == "object" && !translate {
                        if let Payload::ByteArray(b) = &value.payload {
                            let data = b.borrow().clone();
                            value = self.bytes(data);
                        }
                    }
                    self.set_exc_attr(exc, name, value);
                }
            }
        } else if family.has(ExcFamily::IMPORT_ERROR) {
            self.set_exc_attr(
                exc,
                "msg",
                if pos.len() == 1 { arg(0) } else { none.clone() },
            );
        }
        // `NameError(name=)`, `AttributeError(name=, obj=)`, `ImportError(name=, path=)`:
        // keyword-only fields, None when not given.
        if let Some((_, fields)) = self.exc_keyword_fields(&cls) {
            for &name in fields {
                let value = args.kwarg(name).cloned().unwrap_or_else(|| none.clone());
                self.set_exc_attr(exc, name, value);
            }
        }
    }

    /// The builtin class among `NameError`, `AttributeError` and `ImportError` that `cls`
    /// derives from, with the keyword-only fields its `__init__` takes.
    pub fn exc_keyword_fields(
        &self,
        cls: &PyRef,
    ) -> Option<(&'static str, &'static [&'static str])> {
        const TABLE: &[(&str, u16, &[&str])] = &[
            ("NameError", ExcFamily::NAME_ERROR, &["name"]),
            (
                "AttributeError",
                ExcFamily::ATTRIBUTE_ERROR,
                &["name", "obj"],
            ),
            ("ImportError", ExcFamily::IMPORT_ERROR, &["name", "path"]),
        ];
        let family = crate::objects::exc_family::of(self, cls);
        TABLE
            .iter()
            .find(|(_, bit, _)| family.has(*bit))
            .map(|&(base, _, fields)| (base, fields))
    }

    /// `UnicodeDecodeError(encoding, object, start, end, reason)` or its encode twin,
    /// with the attributes and message CPython gives them.
    pub fn unicode_error(
        &self,
        class: &str,
        encoding: &str,
        object: PyRef,
        range: (usize, usize),
        reason: &str,
    ) -> PyErr {
        let cls = self.exc_type(class);
        let args = [
            self.str(encoding),
            object,
            self.int(range.0 as i64),
            self.int(range.1 as i64),
            self.str(reason),
        ];
        let exc = self.new_exception(&cls, args.to_vec());
        self.init_exception_fields(&exc, Args::new(&args));
        PyErr(exc)
    }

    /// An exception of the named builtin class with one message argument.
    pub fn new_error(&self, name: &str, msg: impl AsRef<str>) -> PyErr {
        let cls = self.exc_type(name);
        PyErr(self.new_exception(&cls, vec![self.str(msg.as_ref())]))
    }

    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("TypeError", msg)
    }

    /// `method_check_args`'s error for a builtin type's method called unbound with no
    /// arguments at all (`list.index()`): CPython names it by its qualified name, the
    /// type's `__qualname__` (its `tp_name` without the module) and the method's.
    #[cold]
    pub fn unbound_method_without_receiver(
        &self,
        b: &crate::objects::function::BuiltinFunction,
    ) -> PyErr {
        let owner = b.owner.unwrap_or_default();
        let owner = owner.rsplit('.').next().unwrap_or(owner);
        self.type_error(format!(
            "unbound method {owner}.{}() needs an argument",
            b.name
        ))
    }

    /// `descr_check`'s error: a method descriptor called on an object of another type.
    #[cold]
    #[inline(never)]
    pub fn descriptor_not_applicable(
        &self,
        b: &crate::objects::function::BuiltinFunction,
        receiver: &PyRef,
    ) -> PyErr {
        // `tp_name`, with a C module's name (`collections.deque`).
        let owner = match b.owner_type.as_ref().and_then(|t| t.type_data()) {
            Some(t) => t.tp_name(),
            None => b.owner.unwrap_or_default().to_string(),
        };
        crate::objects::methods::descriptor_error(self, b.name, &owner, receiver)
    }

    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("ValueError", msg)
    }

    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("IndexError", msg)
    }

    pub fn attribute_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("AttributeError", msg)
    }

    /// `_PyErr_FormatFromCause`: a new `name` error whose `__cause__` (and `__context__`)
    /// is `cause`, shown as "The above exception was the direct cause".
    pub fn error_from_cause(&self, name: &str, msg: impl AsRef<str>, cause: PyErr) -> PyErr {
        let err = self.new_error(name, msg);
        if let Some(d) = self.exc_data(&err.0) {
            *d.cause.borrow_mut() = Some(cause.0.clone());
            *d.context.borrow_mut() = Some(cause.0);
            d.suppress_context.set(true);
        }
        err
    }

    pub fn runtime_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }

    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("OverflowError", msg)
    }

    pub fn zero_division(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }

    /// `KeyError(key)`: the key itself is the argument (its repr is printed).
    pub fn key_error(&self, key: &PyRef) -> PyErr {
        let cls = self.exc_type("KeyError");
        PyErr(self.new_exception(&cls, vec![key.clone()]))
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        let err = self.new_error("NameError", format!("name '{name}' is not defined"));
        self.set_exc_attr(&err.0, "name", self.str(name));
        err
    }

    pub fn stop_iteration(&self, value: Option<PyRef>) -> PyErr {
        let cls = self.exc_type("StopIteration");
        let args = value.into_iter().collect();
        PyErr(self.new_exception(&cls, args))
    }

    /// A C-level field of an exception (`name` of a NameError), if it was set.
    pub fn exc_member(&self, exc: &PyRef, name: &str) -> Option<PyRef> {
        let e = self.exc_data(exc)?;
        let hash = crate::objects::str::str_hash(name);
        let found = e.members.borrow().get_str(hash, name).cloned();
        found
    }

    /// The member fields the builtin class of `exc` declares (`PyMemberDef`s): always
    /// readable (None until set), stored outside `__dict__`.
    pub fn exc_member_names(&self, exc: &PyRef) -> &'static [&'static str] {
        let cls = exc.class();
        EXC_MEMBERS
            .iter()
            .find(|(base, _)| self.is_subclass(cls, &self.exc_type(base)))
            .map_or(&[], |(_, names)| names)
    }

    /// Drops a C-level field of an exception (a `characters_written` left unset); whether
    /// it was set.
    pub fn remove_exc_member(&self, exc: &PyRef, name: &str) -> bool {
        let Some(e) = self.exc_data(exc) else {
            return false;
        };
        let hash = crate::objects::str::str_hash(name);
        let old = {
            let mut members = e.members.borrow_mut();
            let Some(i) = members.index_of_str(hash, name) else {
                return false;
            };
            members.remove_index(i)
        };
        drop(old);
        true
    }

    /// Stores an extra attribute on an exception (`name` of NameError, `obj` of AttributeError).
    pub fn set_exc_attr(&self, exc: &PyRef, name: &str, value: PyRef) {
        if let Payload::Exception(e) = &exc.payload {
            let key = self.intern(name);
            let hash = crate::objects::str::str_hash(name);
            let mut attrs = e.members.borrow_mut();
            match attrs.index_of_str(hash, name) {
                Some(i) => {
                    let old = attrs.replace_value(i, value);
                    drop(attrs);
                    drop(old);
                }
                None => attrs.push_new(hash, key, value),
            }
        }
    }

    pub fn exc_data<'a>(&self, exc: &'a PyRef) -> Option<&'a ExceptionData> {
        match &exc.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// Whether `exc` is an instance of the named builtin exception class.
    pub fn exc_matches_name(&self, exc: &PyRef, name: &str) -> bool {
        let cls = self.exc_type(name);
        self.is_subclass(exc.class(), &cls)
    }

    /// Adds a traceback entry for `frame` (at instruction `lasti`) to a propagating exception.
    pub fn add_traceback(
        &self,
        exc: &PyRef,
        frame: &PyRef,
        code: &PyRef,
        lasti: usize,
        lineno: u32,
    ) {
        if let Payload::Exception(e) = &exc.payload {
            let next = e.traceback.borrow_mut().take();
            let tb = PyRef::new(
                &self.types.traceback_type,
                Payload::Traceback {
                    frame: frame.clone(),
                    code: code.clone(),
                    lasti: lasti as u32,
                    lineno,
                    next: std::cell::Cell::new(next),
                },
            );
            *e.traceback.borrow_mut() = Some(tb);
        }
    }

    /// `str(exc)` as the last traceback line shows it.
    pub fn exception_message(&mut self, exc: &PyRef) -> String {
        match self.to_str(exc) {
            Ok(s) => s.as_str_opt().unwrap_or("").to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        }
    }

    /// The last line of a traceback: `Type: message` (`__main__.` left out, as CPython).
    pub fn format_exception_only(&mut self, exc: &PyRef) -> String {
        let cls = exc.class().clone();
        let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
        let module = cls
            .type_data()
            .map(|t| t.module.borrow().clone())
            .unwrap_or_default();
        let qual = if module == "builtins" || module == "__main__" || module.is_empty() {
            name
        } else {
            format!("{module}.{name}")
        };
        if let Some(syntax) = self.format_syntax_error(exc, &qual) {
            return syntax;
        }
        let msg = self.exception_message(exc);
        let mut line = if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        };
        if let Some(hint) = self.suggestion_for(exc) {
            line.push_str(&hint);
        }
        line
    }

    /// `File "...", line N` block of a SyntaxError (its text and caret), or None.
    fn format_syntax_error(&mut self, exc: &PyRef, name: &str) -> Option<String> {
        if !self.exc_matches_name(exc, "SyntaxError") {
            return None;
        }
        let get = |vm: &mut Vm, n: &str| vm.getattr_opt(exc, n).ok().flatten();
        let msg = get(self, "msg")
            .and_then(|m| m.as_str_opt().map(str::to_string))
            .unwrap_or_default();
        let filename = get(self, "filename").and_then(|m| m.as_str_opt().map(str::to_string));
        let lineno = get(self, "lineno").and_then(|m| m.as_i64());
        let offset = get(self, "offset").and_then(|m| m.as_i64());
        let text = get(self, "text").and_then(|m| m.as_str_opt().map(str::to_string));
        // `parse_syntax_error`: only an exact SyntaxError has a caret range (its
        // subclasses, IndentationError and TabError, get one caret); a range over several
        // lines runs to the end of the first, and none runs past the text.
        let end_offset = if exc.class().is(&self.exc_type("SyntaxError")) {
            let end_lineno = get(self, "end_lineno").and_then(|m| m.as_i64());
            let line_size = text.as_deref().map(|t| t.len() as i64);
            let mut end = get(self, "end_offset").and_then(|m| m.as_i64());
            if let (Some(el), Some(l)) = (end_lineno, lineno) {
                if el > l {
                    end = line_size.or(Some(-1));
                }
            }
            match (end, line_size) {
                (Some(e), Some(size)) if e > size + 1 => Some(size + 1),
                (e, _) => e,
            }
        } else {
            None
        };
        let mut out = String::new();
        if let (Some(f), Some(l)) = (filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(text) = text {
            let line = text.trim_end_matches('\n');
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {stripped}\n"));
            // `print_error_text`: no caret when it would point left of the stripped text
            // (`unexpected indent` points into the indentation).
            if let Some(off) = offset.filter(|off| off - 1 - indent as i64 >= 0) {
                let start = (off - 1 - indent as i64) as usize;
                // `print_error_text`: one caret unless the range is set and not empty.
                let width = match end_offset {
                    Some(end) if end > 0 && end > off => (end - off) as usize,
                    _ => 1,
                };
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        out.push_str(&format!("{name}: {msg}"));
        Some(out)
    }

    /// The text `sys.excepthook` prints for `exc`: with `chain`, its cause or context
    /// first; without, the exception alone (with its traceback).
    pub fn format_exception_text(&mut self, exc: &PyRef, chain: bool) -> String {
        if chain {
            let mut out = String::new();
            self.format_exception_recursive(exc, &mut out, &mut PrintContext::default());
            return out;
        }
        self.format_exception_with_traceback(exc, "Traceback")
    }

    /// The `  File "...", line N, in f` entries (with source lines) of traceback `tb`,
    /// the last `limit` of them.
    pub fn format_traceback_entries(&mut self, tb: &PyRef, limit: usize) -> String {
        let mut out = String::new();
        self.format_traceback_limited(tb, &mut out, limit);
        out
    }

    /// Prints an uncaught exception with its chain, as `sys.excepthook` does.
    pub fn print_exception(&mut self, exc: &PyRef) {
        let mut out = String::new();
        self.format_exception_recursive(exc, &mut out, &mut PrintContext::default());
        self.write_stderr(&out);
    }

    /// pythonrun.c's `print_exception_recursive`: the chain (cause or context) first, then
    /// the exception itself, a group with its members.
    fn format_exception_recursive(
        &mut self,
        exc: &PyRef,
        out: &mut String,
        ctx: &mut PrintContext,
    ) {
        ctx.seen.push(exc.id());
        if let Some(e) = self.exc_data(exc) {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            let suppress = e.suppress_context.get();
            let seen = &ctx.seen;
            let chained =
                if let Some(cause) = cause.filter(|c| !seen.contains(&c.id())) {
                    Some((
                        cause,
                        "The above exception was the direct cause of the following exception:",
                    ))
                } else {
                    context.filter(|c| !suppress && !seen.contains(&c.id())).map(|c| {
                    (c, "During handling of the above exception, another exception occurred:")
                })
                };
            if let Some((chained, message)) = chained {
                let need_close = ctx.need_close;
                self.format_exception_recursive(&chained, out, ctx);
                ctx.need_close = need_close;
                ctx.emit(out, &format!("\n{message}\n\n"), '|');
            }
        }
        if self.is_exception_group(exc) {
            self.format_exception_group(exc, out, ctx);
        } else {
            let text = self.format_exception_with_traceback(exc, "Traceback");
            ctx.emit(out, &text, '|');
        }
    }

    /// The traceback (under `header`), the `Type: message` line and the notes of `exc`.
    fn format_exception_with_traceback(&mut self, exc: &PyRef, header: &str) -> String {
        let mut text = String::new();
        let tb = self
            .exc_data(exc)
            .and_then(|e| e.traceback.borrow().clone());
        if let Some(tb) = tb {
            let limit = self.traceback_limit();
            if limit > 0 {
                text.push_str(&format!("{header} (most recent call last):\n"));
                self.format_traceback_limited(&tb, &mut text, limit);
            }
        }
        text.push_str(&self.format_exception_only(exc));
        text.push('\n');
        self.format_notes(exc, &mut text);
        text
    }

    /// pythonrun.c's `print_exception_group`: the group's own traceback and message, then
    /// each member in a numbered frame, at most `MAX_GROUP_WIDTH` members and
    /// `MAX_GROUP_DEPTH` levels.
    fn format_exception_group(&mut self, exc: &PyRef, out: &mut String, ctx: &mut PrintContext) {
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        if ctx.depth == 0 {
            ctx.depth = 1;
        }
        let text = self.format_exception_with_traceback(exc, "Exception Group Traceback");
        // The header of the outermost group has a `+` margin, everything else `|`.
        let (header, rest) = match text.split_once('\n') {
            Some((h, r)) if h.starts_with("Exception Group Traceback") => (Some(h), r),
            _ => (None, text.as_str()),
        };
        if let Some(h) = header {
            let margin = if ctx.depth == 1 { '+' } else { '|' };
            ctx.emit(out, &format!("{h}\n"), margin);
        }
        ctx.emit(out, rest, '|');
        let members = self
            .exc_member(exc, "exceptions")
            .and_then(|t| t.tuple_items().map(<[PyRef]>::to_vec))
            .unwrap_or_default();
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                // A nested group's last member may close the frame instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    out,
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                );
            } else {
                self.format_exception_recursive(&members[i], out, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 {
            ctx.depth = 0;
        }
    }

    /// pythonrun.c's `print_exception_notes`: each line of each `__notes__` entry, or the
    /// repr of `__notes__` when it is not a sequence of notes.
    fn format_notes(&mut self, exc: &PyRef, text: &mut String) {
        let Ok(Some(notes)) = self.getattr_opt(exc, "__notes__") else {
            return;
        };
        let items = match self.is_sequence(&notes) {
            true => self.iterate(&notes).unwrap_or_default(),
            false => {
                match self.repr(&notes) {
                    Ok(r) => text.push_str(r.as_str_opt().unwrap_or("")),
                    Err(_) => text.push_str("<__notes__ repr() failed>"),
                }
                text.push('\n');
                return;
            }
        };
        for note in items {
            match self.to_str(&note) {
                Ok(s) => {
                    for line in s.as_str_opt().unwrap_or("").split_inclusive('\n') {
                        text.push_str(line);
                        if !line.ends_with('\n') {
                            text.push('\n');
                        }
                    }
                }
                Err(_) => text.push_str("<note str() failed>\n"),
            }
        }
    }

    /// Line `lineno` of `filename` for a traceback entry: the file's, or, for the
    /// `traceback` module, `linecache.cache`'s entry for a name that is no file.
    fn traceback_source_line(&mut self, filename: &str, lineno: u32) -> Option<String> {
        if let Some(line) = source_line(filename, lineno) {
            return Some(line);
        }
        if !self.formatting_for_traceback_module {
            return None;
        }
        let modules = self.modules.clone();
        let linecache = {
            let modules = self.dict_payload(&modules)?.borrow();
            let hash = crate::static_str_hash!("linecache");
            modules.get_str(hash, "linecache")?.clone()
        };
        let cache = self.getattr_opt(&linecache, "cache").ok()??;
        let key = self.str(filename);
        let entry = self.getitem(&cache, &key).ok()?;
        let lines = entry.tuple_items()?.get(2)?.clone();
        let index = self.int(i64::from(lineno.checked_sub(1)?));
        let line = self.getitem(&lines, &index).ok()?;
        Some(line.as_str_opt()?.trim_end_matches('\n').to_string())
    }

    /// `sys.tracebacklimit` as `PyTraceBack_Print` reads it: an int (a bool too) caps the
    /// entries shown (the innermost ones), zero or less shows no traceback at all, its
    /// header included; anything else (or no such attribute) gives the default 1000.
    pub fn traceback_limit(&mut self) -> usize {
        const DEFAULT: usize = 1000;
        let Some(sys) = self.sys_module.clone() else {
            return DEFAULT;
        };
        let Ok(Some(v)) = self.getattr_opt(&sys, "tracebacklimit") else {
            return DEFAULT;
        };
        match &v.payload {
            Payload::Int(_) | Payload::Bool(_) | Payload::BigInt(_) => match v.as_bigint() {
                Some(n) if n.sign() != num_bigint::Sign::Plus => 0,
                Some(n) => usize::try_from(&n).unwrap_or(usize::MAX),
                None => DEFAULT,
            },
            _ => DEFAULT,
        }
    }

    /// `tb_printinternal`: the `File ..., line N, in f` entries with source lines and
    /// carets, the last `limit` of them.
    fn format_traceback_limited(&mut self, tb: &PyRef, out: &mut String, limit: usize) {
        let mut entries = Vec::new();
        let mut cur = Some(tb.clone());
        while let Some(t) = cur {
            if let Payload::Traceback {
                code,
                lasti,
                lineno,
                next,
                ..
            } = &t.payload
            {
                entries.push((code.clone(), *lasti as usize, *lineno));
                cur = crate::objects::payload::traceback_next(next);
            } else {
                break;
            }
        }
        // refpy's own Python-coded library (`<frozen io>`...) stands in for CPython's
        // C code, which leaves no traceback entries.
        entries.retain(|(code, _, _)| {
            !matches!(&code.payload, Payload::Code(cd) if cd.code.filename.starts_with("<frozen "))
        });
        if entries.len() > limit {
            entries.drain(..entries.len() - limit);
        }
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0;
        for (code_obj, lasti, lineno) in entries {
            let Payload::Code(cd) = &code_obj.payload else {
                continue;
            };
            let code = &cd.code;
            let key = (code.filename.to_string(), lineno, code.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
            }
            last = Some(key);
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename, lineno, code.name
            ));
            if let Some(src) = self.traceback_source_line(&code.filename, lineno) {
                // `display_source_line_with_margin` drops the indentation only: trailing
                // blanks stay, and count towards "the carets span the whole line".
                let stripped = src.trim_start_matches(is_tb_blank);
                let indent = src.chars().count() - stripped.chars().count();
                out.push_str(&format!("    {stripped}\n"));
                if let Some(loc) = code.locations.get(lasti) {
                    if let Some(carets) = caret_line(*loc, &src, indent) {
                        out.push_str(&carets);
                    }
                }
            }
        }
        flush_repeats(out, repeats);
    }
}

/// How many members of a group a traceback shows, and how deep it shows nested groups
/// (`traceback.TracebackException`'s defaults, which pythonrun.c uses too).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// What printing carries through nested groups (pythonrun.c's `exception_print_context`).
#[derive(Default)]
struct PrintContext {
    /// Exceptions already printed, so a cyclic chain ends.
    seen: Vec<usize>,
    /// How many groups enclose what is printed now (0 outside any group).
    depth: usize,
    /// Whether the innermost frame still needs its closing line.
    need_close: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line prefixed by the indent and `margin` inside a group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// Reads line `lineno` of a source file (for tracebacks).
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(str::to_string)
}

/// `IS_WHITESPACE` of CPython's `traceback.c`: the blanks it strips from a source line.
fn is_tb_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// The caret line `tb_displayline` (CPython 3.11's `traceback.c`) prints under the failing
/// expression of an uncaught exception's frame: `^^^^` under the span; when the span parses
/// as a binary operation or a subscript, `~` under it and `^` under the operator or the
/// brackets. No line when plain carets would cover the whole (left-stripped) source line,
/// trailing blanks included. A span over several lines ends at the last non-blank character.
fn caret_line(loc: crate::syntax::ast::Loc, src: &str, indent: usize) -> Option<String> {
    if loc.end_line < loc.line || (loc.line == loc.end_line && loc.end_col <= loc.col) {
        return None;
    }
    let chars: Vec<char> = src.chars().collect();
    let start = (loc.col as usize).min(chars.len());
    let (end, anchors) = if loc.line == loc.end_line {
        let end = (loc.end_col as usize).min(chars.len());
        let anchors = caret_anchors(&chars[start..end]).map(|(l, r)| (start + l, start + r));
        (end, anchors)
    } else {
        let last = chars.iter().rposition(|&c| !is_tb_blank(c));
        (last.map_or(0, |i| i + 1).max(start), None)
    };
    if anchors.is_none() && end - start == chars.len() - indent {
        return None;
    }
    let marks: String = (indent..end)
        .map(|i| match anchors {
            _ if i < start => ' ',
            Some((left, right)) if (left..right).contains(&i) => '^',
            Some(_) => '~',
            None => '^',
        })
        .collect();
    Some(format!("    {marks}\n"))
}

/// `extract_anchors_from_line`: parses the failing expression `segment` and returns the
/// character range of its operator (binary operation; a `)` closing the left operand
/// does not count, a non-blank character right after the operator does) or of its
/// brackets (subscript), relative to `segment`.
fn caret_anchors(segment: &[char]) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let text: String = segment.iter().collect();
    let module = crate::syntax::parse_module(&text, "<segment>").ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let len = segment.len();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let stop = (right.loc.col as usize).min(len);
            let mut found = None;
            for i in (left.loc.end_col as usize)..stop {
                if is_tb_blank(segment[i]) {
                    continue;
                }
                let two_chars = i + 1 < stop && !is_tb_blank(segment[i + 1]);
                found = Some((i, i + 1 + usize::from(two_chars)));
                if !(i + 1 < stop && segment[i] == ')') {
                    break;
                }
            }
            found
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut open = value.loc.end_col as usize;
            while open < len && segment[open] != '[' {
                open += 1;
            }
            let mut close = slice.loc.end_col as usize + 1;
            while close < len && segment[close] != ']' {
                close += 1;
            }
            if close < len {
                close += 1;
            }
            Some((open, close.min(len)))
        }
        _ => None,
    }
}

impl Vm {
    /// CPython 3.11's "Did you mean" hint for NameError and AttributeError (added by the
    /// traceback printer only, never part of `str(exc)`).
    fn suggestion_for(&mut self, exc: &PyRef) -> Option<String> {
        let name_obj = self.exc_member(exc, "name")?;
        let name = name_obj.as_str_opt()?.to_string();
        let mut candidates: Vec<String> = Vec::new();
        if self.exc_matches_name(exc, "AttributeError") {
            let obj = self.exc_member(exc, "obj")?;
            if let Some(d) = self.instance_dict(&obj) {
                candidates.extend(
                    d.borrow()
                        .keys()
                        .filter_map(|k| k.as_str_opt().map(str::to_string)),
                );
            }
            let cls = if matches!(obj.payload, Payload::Type(_)) {
                obj.clone()
            } else {
                obj.class().clone()
            };
            // `dir(module)` is the module's dict alone.
            let is_module = matches!(obj.payload, Payload::Module(_));
            if let Some(t) = cls.type_data().filter(|_| !is_module) {
                for c in t.mro().iter() {
                    if let Some(ct) = c.type_data() {
                        candidates.extend(
                            ct.dict
                                .borrow()
                                .keys()
                                .filter_map(|k| k.as_str_opt().map(str::to_string)),
                        );
                    }
                }
            }
            // `PyObject_Dir` is sorted: of equally close names the first in order wins.
            candidates.sort();
            candidates.dedup();
        } else if self.exc_matches_name(exc, "NameError") {
            let tb = self
                .exc_data(exc)
                .and_then(|e| e.traceback.borrow().clone());
            let mut last_frame = None;
            let mut cur = tb;
            while let Some(t) = cur {
                if let Payload::Traceback { frame, next, .. } = &t.payload {
                    last_frame = Some(frame.clone());
                    cur = crate::objects::payload::traceback_next(next);
                } else {
                    break;
                }
            }
            if let Some(fr) = last_frame {
                if let Payload::Frame(fd) = &fr.payload {
                    if let Ok(fd) = fd.try_borrow() {
                        if let Payload::Code(cd) = &fd.code.payload {
                            candidates.extend(cd.code.varnames.iter().cloned());
                        }
                        if let Payload::Dict(g) = &fd.globals.payload {
                            candidates.extend(
                                g.borrow()
                                    .keys()
                                    .filter_map(|k| k.as_str_opt().map(str::to_string)),
                            );
                        }
                    }
                }
            }
            if let Payload::Dict(b) = &self.builtins_dict.payload {
                candidates.extend(
                    b.borrow()
                        .keys()
                        .filter_map(|k| k.as_str_opt().map(str::to_string)),
                );
            }
        } else {
            return None;
        }
        best_suggestion(&name, &candidates).map(|s| format!(". Did you mean: '{s}'?"))
    }
}

/// CPython's `_Py_CalculateSuggestions`: the closest candidate by a weighted Levenshtein
/// distance (case changes cost 1, other edits 2), within `(len + 3) * 2 / 6`.
fn best_suggestion(name: &str, candidates: &[String]) -> Option<String> {
    const MOVE_COST: usize = 2;
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        let d = levenshtein(name, c, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

fn levenshtein(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) * 2 > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).map(|i| i * 2).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![(i + 1) * 2; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = if ca == cb {
                0
            } else if ca.to_lowercase().eq(cb.to_lowercase()) {
                1
            } else {
                2
            };
            cur[j + 1] = (prev[j] + sub).min(prev[j + 1] + 2).min(cur[j] + 2);
        }
        prev = cur;
    }
    prev[b.len()]
}

impl PyErr {
    pub fn into_inner(self) -> PyRef {
        self.0
    }
}

/// Shorthand for returning a TypeError from a native function.
pub fn type_err<T>(vm: &Vm, msg: impl AsRef<str>) -> PyResult<T> {
    Err(vm.type_error(msg))
}

/// The member fields each builtin exception class declares (`PyMemberDef`s).
const EXC_MEMBERS: &[(&str, &[&str])] = &[
    ("SystemExit", &["code"]),
    ("StopIteration", &["value"]),
    ("ImportError", &["msg", "name", "path"]),
    ("OSError", &["errno", "strerror", "filename", "filename2"]),
    (
        "SyntaxError",
        &[
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
            "print_file_and_line",
        ],
    ),
    (
        "UnicodeError",
        &["encoding", "object", "start", "end", "reason"],
    ),
    ("AttributeError", &["name", "obj"]),
    ("NameError", &["name"]),
    ("BaseExceptionGroup", &["message", "exceptions"]),
];

/// The getter of `BaseException.__dict__` (`PyObject_GenericGetDict`): made on first use.
pub fn exception_dict_get(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    Ok(vm.exception_dict(&o).unwrap_or_else(|| vm.none()))
}

/// The setter of `BaseException.__dict__` (`PyObject_GenericSetDict`).
pub fn exception_dict_set(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    vm.set_exception_dict(&o, args.args.get(1).cloned())?;
    Ok(vm.none())
}

/// The getter of `OSError.characters_written` (`OSError_written_get`): only a
/// `BlockingIOError` made with the count, or one assigned, has it.
pub fn os_error_written_get(vm: &mut Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    vm.exc_member(o, "characters_written")
        .ok_or_else(|| vm.attribute_error("characters_written"))
}

/// The setter and deleter of `OSError.characters_written` (`OSError_written_set`): an
/// index-sized integer; deleting an unset one is an AttributeError.
pub fn os_error_written_set(vm: &mut Vm, args: Args) -> PyResult {
    let o = args.args[0].clone();
    match args.args.get(1) {
        None => {
            if !vm.remove_exc_member(&o, "characters_written") {
                return Err(vm.attribute_error("characters_written"));
            }
        }
        Some(v) => {
            // `PyNumber_AsSsize_t(arg, PyExc_ValueError)`.
            let n = vm.index_value(v).map_err(|e| {
                if vm.exc_matches_name(&e.0, "IndexError") {
                    let msg = vm.exception_message(&e.0);
                    vm.value_error(msg)
                } else {
                    e
                }
            })?;
            let n = vm.int(n);
            vm.set_exc_attr(&o, "characters_written", n);
        }
    }
    Ok(vm.none())
}

#[cfg(test)]
mod tests {
    use super::{caret_line, is_tb_blank};
    use crate::syntax::ast::Loc;

    /// The caret line for the span `col..end_col` of a one-line `src`, as printed after
    /// the source line of an uncaught exception's traceback.
    fn carets(src: &str, col: u32, end_col: u32) -> Option<String> {
        let indent = src.chars().take_while(|&c| is_tb_blank(c)).count();
        let loc = Loc {
            line: 1,
            col,
            end_line: 1,
            end_col,
        };
        caret_line(loc, src, indent)
    }

    #[test]
    fn carets_follow_tb_displayline() {
        // A span over the whole line shows no carets; trailing blanks are part of the
        // line, so then it does.
        assert_eq!(carets("    f()", 4, 7), None);
        assert_eq!(carets("    f()  ", 4, 7).as_deref(), Some("    ^^^\n"));
        // Binary operations: the operator, and a non-blank character right after it.
        assert_eq!(
            carets("x = a + b", 4, 9).as_deref(),
            Some("        ~~^~~\n")
        );
        assert_eq!(carets("1/(zero)", 0, 8).as_deref(), Some("    ~^^~~~~~\n"));
        assert_eq!(
            carets("(1) /(zero)", 0, 11).as_deref(),
            Some("    ~~~~^^~~~~~\n")
        );
        // Subscripts: from the `[` (not the end of the value) through the `]`.
        assert_eq!(carets("x [5]", 0, 5).as_deref(), Some("    ~~^^^\n"));
        assert_eq!(
            carets("(d)[\"c\"]", 0, 8).as_deref(),
            Some("    ~~~^^^^^\n")
        );
        // Any instruction whose span is a subscript gets the anchors (`x[5] = 1`).
        assert_eq!(carets("x[5] = 1", 0, 4).as_deref(), Some("    ~^^^\n"));
    }
}
