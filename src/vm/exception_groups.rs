//! Exception groups (PEP 654): `BaseExceptionGroup`'s constructor and methods, and the two
//! steps of `except*`, as CPython 3.11's `Objects/exceptions.c` and `Python/ceval.c` do them.
//!
//! A group keeps its `message` and `exceptions` (always a tuple) as member fields of its
//! `ExceptionData`, in that order, so the collector visits them before the rest of the
//! exception, as `BaseExceptionGroup_traverse` does; `args` keeps what the caller passed.
//!
//! `split` and `subgroup` walk the tree of nested groups once
//! (`exceptiongroup_split_recursive`). Every part they build comes from the group's own
//! `derive`, then receives the original's traceback, cause, context and a copy of its
//! `__notes__` (`exceptiongroup_subset`), so a part looks raised where the original was.
//!
//! `except*` keeps three values under its handlers: the original exception, the list of
//! what the handlers raised, and the part no handler has matched yet. `CheckEgMatch` splits
//! that rest (a naked exception is wrapped in `ExceptionGroup('', (exc,))`);
//! `PrepReraiseStar` then sorts the list into re-raised parts (same traceback, cause and
//! context as the original) and new exceptions, projects the original onto the re-raised
//! leaves, and groups the new ones with that projection.

use super::{Args, PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::payload::Payload;

/// How `split` and `subgroup` decide that a leaf (or a whole group) matches
/// (`_exceptiongroup_split_matcher_type`).
enum Matcher {
    /// An exception class or a tuple of them.
    Type(PyRef),
    /// A callable that gets each exception.
    Predicate(PyRef),
    /// These objects, by identity (the leaves `except*` re-raised).
    Ids(Vec<usize>),
}

/// The two halves of a split; `None` for an empty half.
struct Split {
    matched: Option<PyRef>,
    rest: Option<PyRef>,
}

impl Vm {
    /// Whether `exc` is a `BaseExceptionGroup`.
    pub fn is_exception_group(&self, exc: &PyRef) -> bool {
        self.is_subclass(exc.class(), &self.exc_type("BaseExceptionGroup"))
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)` when `cls` is a group class,
    /// else None (the caller makes a plain exception). The new group is owned by the caller.
    pub fn exception_group_new(&mut self, cls: &PyRef, args: Args) -> Option<PyResult> {
        if !crate::objects::exc_family::of(self, cls)
            .has(crate::objects::exc_family::ExcFamily::BASE_EXCEPTION_GROUP)
        {
            return None;
        }
        Some(self.make_exception_group(cls, args))
    }

    fn make_exception_group(&mut self, cls: &PyRef, args: Args) -> PyResult {
        let cls_name = cls.type_data().map(|t| t.name()).unwrap_or_default();
        if !args.kwnames.is_empty() {
            return Err(self.type_error(format!("{cls_name}() takes no keyword arguments")));
        }
        let pos = args.positional();
        if pos.len() != 2 {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                pos.len()
            )));
        }
        let (message, excs) = (&pos[0], &pos[1]);
        if !self.isinstance(message, &self.types.str_type.clone()) {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                message.class_name()
            )));
        }
        if !self.is_sequence(excs) {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.iterate(excs)?;
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let (base, exception) = (self.exc_type("BaseException"), self.exc_type("Exception"));
        let mut nested_base = false;
        for (i, e) in items.iter().enumerate() {
            if !self.isinstance(e, &base) {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            nested_base |= !self.isinstance(e, &exception);
        }
        let (beg, eg) = (
            self.exc_type("BaseExceptionGroup"),
            self.exc_type("ExceptionGroup"),
        );
        // `BaseExceptionGroup(...)` of plain exceptions is an ExceptionGroup; an
        // ExceptionGroup (or an Exception subclass of a group) cannot hold BaseExceptions.
        let cls = if cls.is(&beg) {
            if nested_base {
                beg
            } else {
                eg
            }
        } else if cls.is(&eg) {
            if nested_base {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
            eg
        } else {
            if nested_base && self.is_subclass(cls, &exception) {
                return Err(self.type_error(format!("Cannot nest BaseExceptions in '{cls_name}'")));
            }
            cls.clone()
        };
        let group = self.new_exception(&cls, pos.to_vec());
        self.set_exc_attr(&group, "message", message.clone());
        let excs = self.tuple(items);
        self.set_exc_attr(&group, "exceptions", excs);
        Ok(group)
    }

    /// `PySequence_Check`: a type with `__getitem__` that is not a mapping.
    pub(crate) fn is_sequence(&self, obj: &PyRef) -> bool {
        match &obj.payload {
            Payload::Tuple(_) | Payload::List(_) | Payload::Str(_) | Payload::Bytes(_) => true,
            Payload::Dict(_) => false,
            _ => self.lookup_special(obj, "__getitem__").is_some(),
        }
    }

    /// The `exceptions` tuple's items (empty for anything that is not a group).
    fn group_exceptions(&self, group: &PyRef) -> Vec<PyRef> {
        self.exc_member(group, "exceptions")
            .and_then(|t| t.tuple_items().map(<[PyRef]>::to_vec))
            .unwrap_or_default()
    }

    /// `_PyExc_CreateExceptionGroup`: `BaseExceptionGroup(msg, excs)`.
    fn create_exception_group(&mut self, msg: &str, excs: PyRef) -> PyResult {
        let cls = self.exc_type("BaseExceptionGroup");
        let msg = self.str(msg);
        self.call1(&cls, &[msg, excs])
    }

    /// `PyErr_GivenExceptionMatches` against a class or a tuple of classes.
    fn given_exception_matches(&self, exc: &PyRef, typ: &PyRef) -> bool {
        match typ.tuple_items() {
            Some(items) => items.iter().any(|t| self.given_exception_matches(exc, t)),
            None => self.is_subclass(exc.class(), typ),
        }
    }

    fn is_exception_class(&self, obj: &PyRef) -> bool {
        crate::objects::exc_family::is_exception_class(obj)
    }

    /// `get_matcher_type`: what `split`/`subgroup` accept as their argument.
    fn matcher(&self, value: &PyRef) -> PyResult<Matcher> {
        let is_type = matches!(value.payload, Payload::Type(_));
        if !is_type && crate::builtins::iteration::is_callable(self, value) {
            return Ok(Matcher::Predicate(value.clone()));
        }
        if self.is_exception_class(value) {
            return Ok(Matcher::Type(value.clone()));
        }
        if value.class().is(&self.types.tuple_type) {
            let items = value.tuple_items().unwrap_or(&[]);
            if items.iter().all(|t| self.is_exception_class(t)) {
                return Ok(Matcher::Type(value.clone()));
            }
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn split_matches(&mut self, exc: &PyRef, matcher: &Matcher) -> PyResult<bool> {
        match matcher {
            Matcher::Type(t) => Ok(self.given_exception_matches(exc, t)),
            Matcher::Predicate(f) => {
                let r = self.call1(f, std::slice::from_ref(exc))?;
                self.is_true(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc.id())),
        }
    }

    /// `exceptiongroup_split_recursive`: the matching part of `exc` and, when `with_rest`,
    /// the part that does not match.
    fn split_recursive(
        &mut self,
        exc: &PyRef,
        matcher: &Matcher,
        with_rest: bool,
    ) -> PyResult<Split> {
        if self.split_matches(exc, matcher)? {
            return Ok(Split {
                matched: Some(exc.clone()),
                rest: None,
            });
        }
        if !self.is_exception_group(exc) {
            return Ok(Split {
                matched: None,
                rest: with_rest.then(|| exc.clone()),
            });
        }
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for e in self.group_exceptions(exc) {
            self.enter_recursive_call(" in exceptiongroup_split_recursive")?;
            let part = self.split_recursive(&e, matcher, with_rest);
            self.depth -= 1;
            let part = part?;
            matched.extend(part.matched);
            rest.extend(part.rest);
        }
        let matched = self.group_subset(exc, matched)?;
        let rest = if with_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok(Split { matched, rest })
    }

    /// `exceptiongroup_subset`: `orig.derive(excs)` with `orig`'s traceback, cause, context
    /// and a copy of its notes; None for no exceptions.
    fn group_subset(&mut self, orig: &PyRef, excs: Vec<PyRef>) -> PyResult<Option<PyRef>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let derive = self.getattr_opt(orig, "derive")?;
        let Some(derive) = derive else {
            return Err(self.attribute_error(format!(
                "'{}' object has no attribute 'derive'",
                orig.class_name()
            )));
        };
        let list = self.list(excs);
        let part = self.call1(&derive, &[list])?;
        if !self.is_exception_group(&part) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Some(from), Some(to)) = (self.exc_data(orig), self.exc_data(&part)) {
            if let Some(tb) = from.traceback.borrow().clone() {
                drop(to.traceback.replace(Some(tb)));
            }
            drop(to.context.replace(from.context.borrow().clone()));
            drop(to.cause.replace(from.cause.borrow().clone()));
            // `PyException_SetCause` always sets `__suppress_context__`.
            to.suppress_context.set(true);
        }
        if let Some(notes) = self.getattr_opt(orig, "__notes__")? {
            if self.is_sequence(&notes) {
                let items = self.iterate(&notes)?;
                let copy = self.list(items);
                let key = self.intern("__notes__");
                self.setattr(&part, &key, copy)?;
            }
        }
        Ok(Some(part))
    }

    /// `exception_group_match` with `CHECK_EG_MATCH`'s checks: `[exc, typ]` becomes
    /// `[rest, match]` (the match is now the handled exception) or `[exc, None]`.
    pub(crate) fn check_eg_match(&mut self, stack: &mut Vec<PyRef>) -> PyResult<()> {
        let typ = stack.pop().expect("CheckEgMatch: the type");
        self.check_except_star_type(&typ)?;
        let exc = stack.last().expect("CheckEgMatch: the exception").clone();
        let none = self.none();
        let (rest, matched) = if self.given_exception_matches(&exc, &typ) {
            let wrapped = if self.is_exception_group(&exc) {
                exc.clone()
            } else {
                let one = self.tuple(vec![exc.clone()]);
                self.create_exception_group("", one)?
            };
            (none, wrapped)
        } else if self.is_exception_group(&exc) {
            let split = self.getattr_opt(&exc, "split")?;
            let pair = match split {
                Some(f) => self.call1(&f, std::slice::from_ref(&typ))?,
                None => none.clone(),
            };
            match pair.tuple_items() {
                Some([m, r]) if pair.class().is(&self.types.tuple_type) => (r.clone(), m.clone()),
                _ => {
                    return Err(self.type_error(format!(
                        "{}.split must return a 2-tuple, got {}",
                        exc.class_name(),
                        pair.class_name()
                    )))
                }
            }
        } else {
            (exc.clone(), none)
        };
        let no_match = matches!(matched.payload, Payload::NoneValue);
        if !no_match {
            let slot = stack.last_mut().expect("CheckEgMatch: the exception");
            drop(std::mem::replace(slot, rest));
            drop(self.handled_exc.replace(matched.clone()));
        }
        stack.push(matched);
        Ok(())
    }

    /// `check_except_star_type_valid`: exception classes only, and no group classes.
    fn check_except_star_type(&self, typ: &PyRef) -> PyResult<()> {
        let items = match typ.tuple_items() {
            Some(items) if typ.class().is(&self.types.tuple_type) => items.to_vec(),
            _ => vec![typ.clone()],
        };
        if !items.iter().all(|t| self.is_exception_class(t)) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let group = self.exc_type("BaseExceptionGroup");
        if items.iter().any(|t| self.is_subclass(t, &group)) {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// `PREP_RERAISE_STAR`: `[orig, raised_list]` becomes `[exc_or_None]`.
    pub(crate) fn prep_reraise_star(&mut self, stack: &mut Vec<PyRef>) -> PyResult<()> {
        let list = stack.pop().expect("PrepReraiseStar: the list");
        let orig = stack
            .pop()
            .expect("PrepReraiseStar: the original exception");
        let excs = match &list.payload {
            Payload::List(items) => items.borrow().clone(),
            _ => Vec::new(),
        };
        drop(list);
        let result = self.reraise_star_result(&orig, excs)?;
        stack.push(result.unwrap_or_else(|| self.none()));
        Ok(())
    }

    /// `_PyExc_PrepReraiseStar`.
    fn reraise_star_result(&mut self, orig: &PyRef, excs: Vec<PyRef>) -> PyResult<Option<PyRef>> {
        let Some(first) = excs.first() else {
            return Ok(None);
        };
        if !self.is_exception_group(orig) {
            // A naked exception was wrapped: one handler at most ran.
            return Ok((!matches!(first.payload, Payload::NoneValue)).then(|| first.clone()));
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in excs {
            if matches!(e.payload, Payload::NoneValue) {
                continue;
            }
            if self.same_exception_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut ids = Vec::new();
        for e in &reraised {
            self.collect_leaf_ids(e, &mut ids);
        }
        let projected = self
            .split_recursive(orig, &Matcher::Ids(ids), false)?
            .matched;
        if raised.is_empty() {
            return Ok(projected);
        }
        raised.extend(projected);
        if raised.len() == 1 {
            return Ok(raised.pop());
        }
        let list = self.list(raised);
        self.create_exception_group("", list).map(Some)
    }

    /// `is_same_exception_metadata`: the same traceback, cause and context objects.
    fn same_exception_metadata(&self, a: &PyRef, b: &PyRef) -> bool {
        let (Some(a), Some(b)) = (self.exc_data(a), self.exc_data(b)) else {
            return false;
        };
        let same = |x: &Option<PyRef>, y: &Option<PyRef>| match (x, y) {
            (Some(x), Some(y)) => x.is(y),
            (None, None) => true,
            _ => false,
        };
        same(&a.traceback.borrow(), &b.traceback.borrow())
            && same(&a.cause.borrow(), &b.cause.borrow())
            && same(&a.context.borrow(), &b.context.borrow())
    }

    /// `collect_exception_group_leaf_ids`.
    fn collect_leaf_ids(&self, exc: &PyRef, ids: &mut Vec<usize>) {
        if !self.is_exception_group(exc) {
            ids.push(exc.id());
            return;
        }
        for e in self.group_exceptions(exc) {
            self.collect_leaf_ids(&e, ids);
        }
    }
}

// ---- BaseExceptionGroup's methods ----

/// The group a method was called on (`self`).
fn group_self<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a PyRef> {
    match args.args.first() {
        Some(o) if vm.is_exception_group(o) => Ok(o),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

/// The one argument of `split` / `subgroup` / `derive` (`"O:split"`).
fn one_arg<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a PyRef> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{method}() takes no keyword arguments")));
    }
    match args.positional() {
        [_, one] => Ok(one),
        all => Err(vm.type_error(format!(
            "{method} expected 1 argument, got {}",
            all.len().saturating_sub(1)
        ))),
    }
}

/// The `message` member.
pub fn group_message(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "message")?;
    Ok(vm.exc_member(o, "message").unwrap_or_else(|| vm.none()))
}

/// The `exceptions` member.
pub fn group_exceptions(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "exceptions")?;
    Ok(vm.exc_member(o, "exceptions").unwrap_or_else(|| vm.none()))
}

/// Assigning or deleting a `READONLY` member.
pub fn readonly_member(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("readonly attribute"))
}

/// `BaseExceptionGroup.__new__`: called directly (`BaseExceptionGroup.__new__(cls, ...)`).
pub fn group_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.args.first().cloned() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    match vm.exception_group_new(&cls, rest) {
        Some(r) => r,
        None => Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__({}): {} is not a subtype of BaseExceptionGroup",
            cls.class_name(),
            cls.class_name()
        ))),
    }
}

/// `BaseExceptionGroup.__init__`: no keywords, then `BaseException.__init__`.
pub fn group_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "__init__")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", o.class_name())));
    }
    crate::objects::methods::exception_slots::exception_init(vm, args)
}

/// `BaseExceptionGroup.__str__`: `message (N sub-exceptions)`.
pub fn group_str(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "__str__")?;
    let message = vm.exc_member(o, "message");
    let message = match message {
        Some(m) => vm.to_str(&m)?.as_str_opt().unwrap_or("").to_string(),
        None => String::new(),
    };
    let n = vm.group_exceptions(o).len();
    let plural = if n > 1 { "s" } else { "" };
    Ok(vm.string(format!("{message} ({n} sub-exception{plural})")))
}

/// `BaseExceptionGroup.derive(excs)`: a group with the same message.
pub fn group_derive(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "derive")?;
    let excs = one_arg(vm, &args, "derive")?.clone();
    let message = vm.exc_member(o, "message").unwrap_or_else(|| vm.str(""));
    let cls = vm.exc_type("BaseExceptionGroup");
    vm.call1(&cls, &[message, excs])
}

/// `BaseExceptionGroup.split(matcher)`: `(match, rest)`.
pub fn group_split(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "split")?;
    let matcher = vm.matcher(one_arg(vm, &args, "split")?)?;
    let split = vm.split_recursive(o, &matcher, true)?;
    let none = vm.none();
    Ok(vm.tuple(vec![
        split.matched.unwrap_or_else(|| none.clone()),
        split.rest.unwrap_or(none),
    ]))
}

/// `BaseExceptionGroup.subgroup(matcher)`: the matching part, or None.
pub fn group_subgroup(vm: &mut Vm, args: Args) -> PyResult {
    let o = group_self(vm, &args, "subgroup")?;
    let matcher = vm.matcher(one_arg(vm, &args, "subgroup")?)?;
    let split = vm.split_recursive(o, &matcher, false)?;
    Ok(split.matched.unwrap_or_else(|| vm.none()))
}

/// `BaseException.add_note(note)`: appends to `__notes__`, made on first use.
pub fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult {
    let (o, note) = match args.positional() {
        [o, note] if args.kwnames.is_empty() => (o, note),
        all => {
            return Err(vm.type_error(format!(
                "BaseException.add_note() takes exactly one argument ({} given)",
                all.len().saturating_sub(1)
            )))
        }
    };
    if !vm.isinstance(note, &vm.types.str_type.clone()) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", note.class_name())));
    }
    let key = vm.intern("__notes__");
    let notes = match vm.getattr_opt(o, "__notes__")? {
        Some(n) => n,
        None => {
            let n = vm.list(Vec::new());
            vm.setattr(o, &key, n.clone())?;
            n
        }
    };
    match &notes.payload {
        Payload::List(items)
            if notes.class().is(&vm.types.list_type)
                || vm.isinstance(&notes, &vm.types.list_type.clone()) =>
        {
            crate::objects::sizeof::list_append(&mut items.borrow_mut(), note.clone());
            Ok(vm.none())
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}
