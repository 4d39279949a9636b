//! Calls: dispatch on the callable's kind, and binding arguments to a new frame.
//!
//! Binding follows CPython's `_PyEval_MakeFrameVector` and its error messages
//! (`f() missing 1 required positional argument: 'x'`, using the qualified name). A Python
//! function's arguments are moved into the new frame's fast locals; cells for captured
//! parameters are filled from them (`cell2arg`).

use super::frame::{FrameData, Globals};
use super::{Args, FrameResult, PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::function::Function;
use crate::objects::payload::{GeneratorNames, Payload};
use std::cell::{Cell, RefCell};

impl Vm {
    /// Calls `func` with `args`; returns an owned result.
    pub fn call(&mut self, func: &PyRef, args: Args) -> PyResult {
        match &func.payload {
            Payload::Function(f) => self.call_function(func, f, args),
            Payload::Builtin(b) => {
                if self.native_depth >= super::NATIVE_DEPTH_LIMIT {
                    return Err(self.new_error(
                        "RecursionError",
                        "maximum recursion depth exceeded while calling a Python object",
                    ));
                }
                self.native_depth += 1;
                let _varargs = b.varargs.then(|| {
                    // An unbound method's first argument is its receiver, not in the tuple.
                    let skip = usize::from(b.receiver.is_none() && b.owner.is_some());
                    let rest = args.args.get(skip..).unwrap_or(&[]);
                    self.tp_call_args(Args {
                        args: rest,
                        kwnames: args.kwnames,
                    })
                });
                let r = match &b.receiver {
                    None => (b.func)(self, args),
                    Some(r) => super::with_prepended(r, args.args, |all| {
                        (b.func)(
                            self,
                            Args {
                                args: all,
                                kwnames: args.kwnames,
                            },
                        )
                    }),
                };
                self.native_depth -= 1;
                r
            }
            Payload::BoundMethod {
                func: inner,
                receiver,
            } => super::with_prepended(receiver, args.args, |all| {
                self.call(
                    inner,
                    Args {
                        args: all,
                        kwnames: args.kwnames,
                    },
                )
            }),
            Payload::Type(_) => self.call_type(func, args),
            // `weakref_call` through `_PyObject_MakeTpCall`: with no arguments its tuple
            // is the shared empty one, so the call is the referent and nothing else (the
            // type is immutable: its `__call__` is always `weakref_call`).
            Payload::WeakRef(_)
                if args.args.is_empty()
                    && args.kwnames.is_empty()
                    && func.class().is(&self.types.weakref_type) =>
            {
                Ok(crate::modules::weakref::referent_or_none(self, func))
            }
            _ => {
                if let Some(call) = self.lookup_special(func, "__call__") {
                    let _tp_call_args = self.tp_call_args(args);
                    return super::with_prepended(func, args.args, |all| {
                        self.call(
                            &call,
                            Args {
                                args: all,
                                kwnames: args.kwnames,
                            },
                        )
                    });
                }
                Err(self.type_error(format!("'{}' object is not callable", func.class_name())))
            }
        }
    }

    /// What `_PyObject_MakeTpCall` builds for a callable without vectorcall (instances
    /// with `__call__`, Python classes): a tuple of the positional arguments and a dict of
    /// the keyword ones, alive for the whole call, so each argument counts one more.
    pub(super) fn tp_call_args(&mut self, args: Args) -> (PyRef, Option<PyRef>) {
        let tuple = self.tuple(args.positional().to_vec());
        let kwargs = (!args.kwnames.is_empty()).then(|| {
            let d = self.dict();
            if let Payload::Dict(dd) = &d.payload {
                for (name, value) in args.keywords() {
                    let k = self.str(name);
                    self.dict_set_str(dd, &k, value.clone());
                }
            }
            d
        });
        (tuple, kwargs)
    }

    /// Calls with positional arguments only.
    pub fn call1(&mut self, func: &PyRef, args: &[PyRef]) -> PyResult {
        self.call(func, Args::new(args))
    }

    fn call_function(&mut self, func_obj: &PyRef, func: &Function, args: Args) -> PyResult {
        let frame = self.make_frame(func, args)?;
        self.run_function_frame(func_obj, func, frame)
    }

    /// Runs a freshly bound frame of `func`, or wraps it in a generator.
    pub(super) fn run_function_frame(
        &mut self,
        func_obj: &PyRef,
        func: &Function,
        frame: PyRef,
    ) -> PyResult {
        if func.shape.makes_generator {
            let code = func.code();
            // A coroutine is a generator of its own type (as in `genobject.c`), and so is
            // an `async def` that yields (`vm::async_generator`).
            let (cls, asyncgen) = match (code.flags.coroutine, code.flags.generator) {
                (true, true) => (&self.types.async_generator_type, Some(Box::default())),
                (true, false) => (&self.types.coroutine_type, None),
                _ => (&self.types.generator_type, None),
            };
            if let Payload::Frame(f) = &frame.payload {
                f.borrow_mut().func = Some(func_obj.clone());
            }
            let generator = PyRef::new(
                cls,
                Payload::Generator {
                    frame: RefCell::new(Some(frame)),
                    running: Cell::new(false),
                    names: Box::new(GeneratorNames {
                        code: func.code.clone(),
                        name: RefCell::new(func.name.borrow().clone()),
                        qualname: RefCell::new(func.qualname.borrow().clone()),
                    }),
                    asyncgen,
                },
            );
            // Generators finalize themselves by closing (see `Vm::run_finalizer`).
            generator.set_has_finalizer(true);
            return Ok(generator);
        }
        let Payload::Frame(cell) = &frame.payload else {
            unreachable!("a call's frame")
        };
        let Payload::Code(cd) = &func.code.payload else {
            unreachable!("a function's code is a code object")
        };
        // One borrow of the frame for its run and its parking.
        let mut f = cell.borrow_mut();
        let result = match self.may_enter_frame() {
            Ok(()) => self
                .run_entered(&frame, &mut f, cd, &func.code)
                .map(|(FrameResult::Return(v) | FrameResult::Yield(v))| v),
            Err(e) => Err(e),
        };
        let parked = self.park_frame(func_obj, &frame, &mut f, result.is_ok());
        drop(f);
        if let Some(left) = parked {
            drop(left);
            // A frame object something asked for (a traceback, `sys._getframe`) is freed
            // here in CPython, and its deallocation lowers the gc counter; refpy keeps
            // the frame for the next call, so it counts that free itself.
            if crate::gc::is_tracked(&frame) {
                crate::gc::count_free(crate::gc::Shape::Other);
            }
            crate::gc::untrack(&frame);
            crate::heap::note_cached(true);
            self.frame_pool.push(frame);
        }
        if result.is_ok() {
            self.run_pending_if_any();
        }
        result
    }

    /// Readies a finished frame that nothing else references for the next call (CPython's
    /// frame free list: a call then allocates no frame object, value stack or locals), and
    /// hands back what it let go of, for the caller to drop once the frame is unborrowed
    /// and then park the frame; `None`: the frame is not to be parked.
    /// `returned`: the frame returned, so `run_entered` has most likely released its locals.
    fn park_frame(
        &mut self,
        func_obj: &PyRef,
        frame: &PyRef,
        f: &mut FrameData,
        returned: bool,
    ) -> Option<(PyRef, Globals, Globals)> {
        const FREE_FRAMES: usize = 64;
        if frame.refcount() != 1 {
            // The frame outlives its call (`_PyFrame_Clear`'s take_ownership): it holds
            // its function from now on, and so the globals it borrows.
            f.func = Some(func_obj.clone());
            return None;
        }
        if self.frame_pool.len() >= FREE_FRAMES {
            return None;
        }
        // Locals left by an exception, or kept while something else held the frame
        // (released in slot order, as at frame death): a parked frame's locals are empty.
        if !returned || f.locals.iter().any(Option::is_some) {
            f.release_locals();
        }
        f.blocks.clear();
        f.saved_exc.clear();
        f.locals_dict = None;
        drop(f.fast_locals_cache.take());
        // A parked frame must keep nothing alive: not its code, not its globals.
        let code = std::mem::replace(&mut f.code, self.none.clone());
        // SAFETY: None is immortal.
        let globals = std::mem::replace(&mut f.globals, unsafe { Globals::borrowed(&self.none) });
        // SAFETY: as above.
        let builtins = std::mem::replace(&mut f.builtins, unsafe { Globals::borrowed(&self.none) });
        Some((code, globals, builtins))
    }

    /// A frame for `code`: a recycled one when available (its vectors keep their capacity).
    fn new_frame(
        &mut self,
        code: &PyRef,
        (globals, builtins): (Globals, Globals),
        locals_dict: Option<PyRef>,
        locals: Vec<Option<PyRef>>,
        cells: Vec<PyRef>,
    ) -> PyRef {
        if let Some(frame) = self.frame_pool.pop() {
            crate::heap::note_cached(false);
            if let Payload::Frame(cell) = &frame.payload {
                let mut f = cell.borrow_mut();
                let old_code = std::mem::replace(&mut f.code, code.clone());
                let old_globals = std::mem::replace(&mut f.globals, globals);
                let old_builtins = std::mem::replace(&mut f.builtins, builtins);
                f.locals_dict = locals_dict;
                let old_locals = std::mem::replace(&mut f.locals, locals);
                f.cells = cells;
                f.pc = 0;
                f.lasti = 0;
                drop(f);
                drop((old_code, old_globals, old_builtins));
                self.spare_locals = Some(old_locals);
            }
            return frame;
        }
        let frame = FrameData {
            code: code.clone(),
            globals,
            builtins,
            locals_dict,
            fast_locals_cache: Default::default(),
            locals,
            cells,
            stack: Vec::with_capacity(8),
            blocks: Vec::new(),
            saved_exc: Vec::new(),
            pc: 0,
            lasti: 0,
            func: None,
            back: None,
        };
        PyRef::new_untracked(
            &self.types.frame_type,
            Payload::Frame(Box::new(RefCell::new(frame))),
        )
    }

    /// An empty locals vector of `n` slots, reusing a recycled frame's allocation.
    fn locals_vec(&mut self, n: usize) -> Vec<Option<PyRef>> {
        match self.spare_locals.take() {
            Some(mut v) => {
                v.clear();
                v.resize(n, None);
                v
            }
            None => vec![None; n],
        }
    }

    /// Builds the frame for a call, binding arguments to parameters.
    pub(super) fn make_frame(&mut self, func: &Function, args: Args) -> PyResult<PyRef> {
        let code = func.code();
        let nlocals = code.varnames.len();
        if args.kwnames.is_empty() && takes_exactly(func, args.args.len()) {
            return Ok(self.positional_frame(func, |locals| {
                for (slot, arg) in locals.iter_mut().zip(args.args) {
                    *slot = Some(arg.clone());
                }
            }));
        }
        if args.kwnames.is_empty()
            && args.args.len() < code.argcount as usize
            && simple_signature(func)
        {
            // The rest of the positional parameters from the defaults, when there are
            // enough (3.11's `CALL_PY_WITH_DEFAULTS`).
            let defaults = func.defaults.borrow();
            let defaults = defaults
                .as_ref()
                .and_then(|d| d.tuple_items())
                .unwrap_or(&[]);
            let missing = code.argcount as usize - args.args.len();
            if let Some(first) = defaults.len().checked_sub(missing) {
                let values = args.args.iter().chain(&defaults[first..]);
                return Ok(self.positional_frame(func, |locals| {
                    for (slot, v) in locals.iter_mut().zip(values) {
                        *slot = Some(v.clone());
                    }
                }));
            }
        }
        let mut locals = self.locals_vec(nlocals);
        let positional = args.positional();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let qualname = || {
            func.qualname
                .borrow()
                .as_str_opt()
                .unwrap_or("?")
                .to_string()
        };

        // Positional parameters.
        let n = positional.len().min(argcount);
        for (slot, v) in locals.iter_mut().zip(positional.iter()).take(n) {
            *slot = Some(v.clone());
        }
        let mut varargs_index = None;
        if code.flags.varargs {
            let idx = argcount + kwonly;
            varargs_index = Some(idx);
            let extra = if positional.len() > argcount {
                positional[argcount..].to_vec()
            } else {
                Vec::new()
            };
            locals[idx] = Some(self.tuple(extra));
        } else if positional.len() > argcount {
            let defaults = func
                .defaults
                .borrow()
                .as_ref()
                .and_then(|d| d.tuple_items().map(|t| t.len()))
                .unwrap_or(0);
            let given = positional.len();
            let kw_given = args
                .keywords()
                .filter(|(k, _)| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v == k)
                })
                .count();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount as isize - defaults as isize,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let was = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    given,
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} {} given",
                    given,
                    if given == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(format!("{}() takes {} but {}", qualname(), takes, was)));
        }
        // Keyword arguments.
        let mut kwargs_dict = None;
        if code.flags.varkeywords {
            let idx = argcount + kwonly + code.flags.varargs as usize;
            let d = self.dict();
            locals[idx] = Some(d.clone());
            kwargs_dict = Some(d);
        }
        let mut posonly_as_kw = Vec::new();
        let keyword_values = &args.args[args.args.len() - args.kwnames.len()..];
        for (keyword, value) in args.kwnames.iter().zip(keyword_values) {
            let name = keyword.as_str_opt().unwrap_or("");
            let found = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|v| v == name)
                .map(|i| i + posonly);
            match found {
                Some(i) => {
                    if locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname(),
                            name
                        )));
                    }
                    locals[i] = Some(value.clone());
                }
                None => match &kwargs_dict {
                    // `_PyEval_MakeFrameVector`: the call's keyword-name object itself is
                    // the key (so `list(kw)[0] is 'abc'` for an interned name).
                    Some(d) => {
                        if let Payload::Dict(dd) = &d.payload {
                            self.dict_set(dd, keyword.clone(), value.clone())?;
                        }
                    }
                    None => {
                        if code.varnames[..posonly].iter().any(|v| v == name) {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname(),
                            name
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname(),
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        if positional.len() < argcount {
            let defaults: Vec<PyRef> = func
                .defaults
                .borrow()
                .as_ref()
                .and_then(|d| d.tuple_items().map(|t| t.to_vec()))
                .unwrap_or_default();
            // More defaults than parameters (`FunctionType`, `__defaults__`): the last ones.
            let first_default = argcount as isize - defaults.len() as isize;
            let mut missing = Vec::new();
            for i in positional.len()..argcount {
                if locals[i].is_none() {
                    if i as isize >= first_default {
                        locals[i] = Some(defaults[(i as isize - first_default) as usize].clone());
                    } else {
                        missing.push(code.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname(), &missing, "positional"));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let mut missing = Vec::new();
            for (slot, name) in locals[argcount..argcount + kwonly]
                .iter_mut()
                .zip(&code.varnames[argcount..])
            {
                if slot.is_none() {
                    let default = match func.kwdefaults.borrow().as_ref() {
                        Some(d) => match &d.payload {
                            Payload::Dict(dd) => dd
                                .borrow()
                                .get_str(crate::objects::str::str_hash(name), name)
                                .cloned(),
                            _ => None,
                        },
                        None => None,
                    };
                    match default {
                        Some(v) => *slot = Some(v),
                        None => missing.push(name.clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(&qualname(), &missing, "keyword-only"));
            }
        }
        let _ = varargs_index;
        // Cells: captured parameters move into their cell; free variables come from the closure.
        let mut cells = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
        for (i, arg) in code.cell2arg.iter().enumerate() {
            let contents = match arg {
                Some(a) => locals[*a as usize].take(),
                None => None,
            };
            let _ = i;
            cells.push(PyRef::new(
                &self.types.cell_type,
                Payload::Cell(RefCell::new(contents)),
            ));
        }
        if let Some(closure) = &func.closure {
            if let Some(items) = closure.tuple_items() {
                cells.extend(items.iter().cloned());
            }
        }
        Ok(self.new_frame(&func.code, function_globals(func), None, locals, cells))
    }

    /// `missing_arguments`: "f() missing 2 required positional arguments: 'a' and 'b'".
    pub(crate) fn missing_args(
        &self,
        qualname: &str,
        missing: &[String],
        kind: &str,
    ) -> super::PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            qualname,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }

    /// Runs a module or class body code object with a locals mapping.
    pub fn run_code_with_locals(
        &mut self,
        code: &PyRef,
        globals: &PyRef,
        locals: &PyRef,
        closure: Vec<PyRef>,
    ) -> PyResult {
        let Payload::Code(cd) = &code.payload else {
            return Err(self.type_error("expected a code object"));
        };
        let ncells = cd.code.cellvars.len();
        let mut cells: Vec<PyRef> = (0..ncells)
            .map(|_| PyRef::new(&self.types.cell_type, Payload::Cell(RefCell::new(None))))
            .collect();
        cells.extend(closure);
        let builtins = self.builtins_from_globals(globals);
        let frame = FrameData {
            code: code.clone(),
            globals: Globals::owned(globals.clone()),
            builtins: Globals::owned(builtins),
            locals_dict: Some(locals.clone()),
            fast_locals_cache: Default::default(),
            locals: vec![None; cd.code.varnames.len()],
            cells,
            stack: Vec::new(),
            blocks: Vec::new(),
            saved_exc: Vec::new(),
            pc: 0,
            lasti: 0,
            func: None,
            back: None,
        };
        let frame = PyRef::new_untracked(
            &self.types.frame_type,
            Payload::Frame(Box::new(RefCell::new(frame))),
        );
        match self.run_frame(&frame)? {
            FrameResult::Return(v) | FrameResult::Yield(v) => Ok(v),
        }
    }
}

/// Whether a call of `func` with `nargs` positional arguments (and no keywords) binds them
/// one to one to its parameters: no defaults to fill, no stars, no cells or closure.
#[inline]
pub(super) fn takes_exactly(func: &Function, nargs: usize) -> bool {
    nargs == func.shape.simple_argcount as usize
}

/// Whether `func` has positional parameters only, no cells and no closure: a call binds
/// its arguments, and defaults, to its first locals in order.
#[inline]
fn simple_signature(func: &Function) -> bool {
    func.shape.simple_argcount != u32::MAX
}

impl Vm {
    /// The frame of a call whose arguments are exactly `func`'s positional parameters (see
    /// [`takes_exactly`]): `fill_args` puts them in the first locals (all empty before).
    /// A parked frame is refilled in place when there is one (its vectors keep their
    /// allocations).
    pub(super) fn positional_frame(
        &mut self,
        func: &Function,
        fill_args: impl FnOnce(&mut [Option<PyRef>]),
    ) -> PyRef {
        let nlocals = func.shape.nlocals as usize;
        let Some(frame) = self.frame_pool.pop() else {
            let mut locals = self.locals_vec(nlocals);
            fill_args(&mut locals);
            return self.new_frame(&func.code, function_globals(func), None, locals, Vec::new());
        };
        crate::heap::note_cached(false);
        let Payload::Frame(cell) = &frame.payload else {
            unreachable!("the frame pool holds frames")
        };
        let mut f = cell.borrow_mut();
        // A parked frame holds `None` for its code and globals, and only empty locals:
        // when it had as many as this call needs, they are ready as they are.
        f.code = func.code.clone();
        (f.globals, f.builtins) = function_globals(func);
        if f.locals.len() != nlocals {
            f.locals.truncate(0);
            f.locals.resize(nlocals, None);
        }
        fill_args(&mut f.locals);
        f.pc = 0;
        f.lasti = 0;
        drop(f);
        frame
    }
}

/// A function frame's globals and builtins: borrowed from the function (see [`Globals`]).
fn function_globals(func: &Function) -> (Globals, Globals) {
    // SAFETY: the caller holds the function for the whole call, and a frame that outlives
    // the call gets its own reference to the function (`park_frame`, and at a
    // generator's creation in `run_function_frame`); a function's globals and builtins
    // never change.
    unsafe {
        (
            Globals::borrowed(&func.globals),
            Globals::borrowed(&func.builtins),
        )
    }
}
