//! Coroutines and the awaitable protocol (CPython's `Objects/genobject.c` and the
//! `GET_AWAITABLE` / `SEND` parts of `Python/ceval.c`).
//!
//! A coroutine is a generator whose class is `coroutine`: the same `Payload::Generator`,
//! the same frame, resume and close machinery (`Vm::resume_generator`), as CPython 3.11
//! shares `PyGenObject` between the two. What differs lives here:
//!
//! * `await v` compiles to `GET_AWAITABLE; LOAD_CONST None; YIELD_FROM`. `get_awaitable`
//!   turns `v` into the iterator the frame delegates to: a coroutine itself, or what its
//!   class's `__await__` returns (which must be an iterator and not a coroutine).
//! * While suspended in a `YIELD_FROM`, the delegate is the top of the frame's value stack;
//!   `cr_await` / `gi_yieldfrom` read it, and `throw` goes to it first (`_gen_throw`).
//! * A coroutine that dies never started prints CPython's `RuntimeWarning: coroutine ...
//!   was never awaited` at that moment (`_PyErr_WarnUnawaitedCoroutine`), attributed to the
//!   line running then, or to `sys:1` once no Python frame runs (interpreter teardown).
//!
//! Ownership: every function taking `PyRef` by value consumes it; results are owned by the
//! caller.

use super::containers::GenStep;
use super::frame::{Block, FrameData};
use super::{Args, PyErr, PyResult, Vm};
use crate::bytecode::Instruction;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use std::cell::RefCell;

/// Whether `obj` is a coroutine object (made by calling an `async def`).
pub fn is_coroutine(vm: &Vm, obj: &PyRef) -> bool {
    matches!(obj.payload, Payload::Generator { .. }) && obj.class().is(&vm.types.coroutine_type)
}

/// Whether `obj` is a generator whose function went through `types.coroutine`
/// (CO_ITERABLE_COROUTINE): awaitable as it is.
pub fn is_iterable_coroutine(obj: &PyRef) -> bool {
    let Payload::Generator { frame, .. } = &obj.payload else {
        return false;
    };
    let frame = frame.borrow();
    let Some(Payload::Frame(fd)) = frame.as_ref().map(|f| &f.payload) else {
        return false;
    };
    let Ok(fd) = fd.try_borrow() else {
        return false;
    };
    matches!(&fd.code.payload, Payload::Code(cd) if cd.code.flags.iterable_coroutine)
}

/// The native helpers of `py/types.py`: `types.coroutine`'s, and `_c_type_name` (the C
/// `tp_name` in messages, for `SimpleNamespace` and `queue.SimpleQueue`).
pub const TYPES_NATIVE: &[(&str, crate::objects::function::NativeFn)] = &[
    ("_iterable_coroutine", iterable_coroutine),
    ("_c_type_name", crate::modules::structmod::c_type_name),
];

/// `_iterable_coroutine(func)`: `func` (a generator function) with CO_ITERABLE_COROUTINE
/// set on a copy of its code, so the generators it makes can be awaited. CPython sets the
/// flag on a replaced `__code__` of the same function; refpy's functions cannot change
/// their code, so this is a new function sharing everything else.
fn iterable_coroutine(vm: &mut Vm, args: Args) -> PyResult {
    let func = match args.args.first() {
        Some(f) => f.clone(),
        None => return Err(vm.type_error("_iterable_coroutine() needs a function")),
    };
    let Payload::Function(f) = &func.payload else {
        return Err(vm.type_error("_iterable_coroutine() needs a function"));
    };
    let mut code = (**f.code()).clone();
    code.flags.iterable_coroutine = true;
    let code = vm.code_object(std::rc::Rc::new(code));
    let copy = crate::objects::function::Function {
        code,
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        module: RefCell::new(f.module.borrow().clone()),
        doc: RefCell::new(f.doc.borrow().clone()),
        defaults: RefCell::new(f.defaults.borrow().clone()),
        kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
        closure: f.closure.clone(),
        annotations: RefCell::new(f.annotations.borrow().clone()),
        dict: RefCell::new(f.dict.borrow().clone()),
        shape: f.shape,
    };
    Ok(PyRef::new(
        &vm.types.function_type,
        Payload::Function(Box::new(copy)),
    ))
}

/// How CPython's messages name a generator-like object: "generator", "coroutine" or
/// "async generator".
pub fn kind_name(vm: &Vm, gen: &PyRef) -> &'static str {
    if is_coroutine(vm, gen) {
        "coroutine"
    } else if super::async_generator::state(gen).is_some() {
        "async generator"
    } else {
        "generator"
    }
}

/// `GET_AWAITABLE`: the iterator an `await` on `v` delegates to. `what` selects the
/// message when `v` is not awaitable: 0 an `await`, 1 `__aenter__`'s result, 2 `__aexit__`'s,
/// 3 `__anext__`'s.
pub fn get_awaitable(vm: &mut Vm, v: PyRef, what: u32) -> PyResult {
    if is_coroutine(vm, &v) || is_iterable_coroutine(&v) {
        // `_PyGen_yf`: awaiting a coroutine that is itself suspended in an await.
        if let Payload::Generator { frame, .. } = &v.payload {
            if yield_from_target(frame).is_some() {
                return Err(vm.runtime_error("coroutine is being awaited already"));
            }
        }
        return Ok(v);
    }
    let Some(method) = vm.lookup_special(&v, "__await__") else {
        let name = v.class_name();
        return Err(vm.type_error(match what {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            ),
            3 => format!("'async for' received an invalid object from __anext__: {name}"),
            _ => format!("object {name} can't be used in 'await' expression"),
        }));
    };
    let it = vm.call1(&method, std::slice::from_ref(&v))?;
    if is_coroutine(vm, &it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    let is_iterator = matches!(it.payload, Payload::Iterator(_) | Payload::Generator { .. })
        || vm.lookup_special(&it, "__next__").is_some();
    if !is_iterator {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.class_name()
        )));
    }
    Ok(it)
}

/// `GET_AITER`: `obj.__aiter__()`, which must be an asynchronous iterator.
pub fn get_aiter(vm: &mut Vm, obj: PyRef) -> PyResult {
    let aiter = match vm.call_special(&obj, "__aiter__", &[])? {
        Some(it) => it,
        None => {
            return Err(vm.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                obj.class_name()
            )))
        }
    };
    if vm.lookup_special(&aiter, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            aiter.class_name()
        )));
    }
    Ok(aiter)
}

/// `GET_ANEXT`: the awaitable of `aiter.__anext__()`.
pub fn get_anext(vm: &mut Vm, aiter: &PyRef) -> PyResult {
    let next = match vm.call_special(aiter, "__anext__", &[])? {
        Some(n) => n,
        None => {
            return Err(vm.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                aiter.class_name()
            )))
        }
    };
    get_awaitable(vm, next, 3)
}

/// `END_ASYNC_FOR`: the loop's handler. A StopAsyncIteration ends the loop (the exception,
/// its handler block and the iterator go); anything else is returned to be re-raised.
pub fn end_async_for(vm: &mut Vm, f: &mut FrameData) -> Result<(), PyErr> {
    let exc = f.stack.pop().expect("END_ASYNC_FOR: the exception");
    if !vm.exc_matches_name(&exc, "StopAsyncIteration") {
        return Err(PyErr(exc));
    }
    if let Some(Block::ExceptHandler { .. }) = f.blocks.pop() {
        let prev = f.saved_exc.pop().flatten();
        let old = std::mem::replace(&mut vm.handled_exc, prev);
        drop(old);
    }
    drop(exc);
    let aiter = f.stack.pop();
    drop(aiter);
    Ok(())
}

/// `BEFORE_ASYNC_WITH`: the bound `__aexit__` and the (not yet awaited) result of
/// `__aenter__()`.
pub fn before_async_with(vm: &mut Vm, mgr: PyRef) -> PyResult<(PyRef, PyRef)> {
    let cls = mgr.class().clone();
    let protocol = |vm: &Vm, extra: &str| {
        vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{extra}",
            cls.type_data().map_or_else(|| "?".into(), |t| t.tp_name())
        ))
    };
    let Some(enter) = vm.lookup_special(&mgr, "__aenter__") else {
        return Err(protocol(vm, ""));
    };
    let enter = vm.bind_descriptor(&enter, Some(&mgr), &cls)?;
    let Some(exit) = vm.lookup_special(&mgr, "__aexit__") else {
        return Err(protocol(vm, " (missed __aexit__ method)"));
    };
    let exit = vm.bind_descriptor(&exit, Some(&mgr), &cls)?;
    // The manager's own reference goes before `__aenter__` runs.
    drop(mgr);
    let result = vm.call1(&enter, &[])?;
    Ok((exit, result))
}

/// `coroutine.__await__()`: CPython returns a `coroutine_wrapper` iterating the coroutine;
/// refpy's coroutine serves as its own delegate (`yield from` accepts it as it is).
pub fn coro_await(vm: &mut Vm, args: Args) -> PyResult {
    match args.args.first() {
        Some(c) if is_coroutine(vm, c) => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor '__await__' requires a 'coroutine' object")),
    }
}

/// The object a suspended generator or coroutine delegates to (`_PyGen_yf`): the top of
/// its value stack while it waits in a `YIELD_FROM`; None when running, finished or not
/// started. The result is a new reference.
pub fn yield_from_target(frame: &RefCell<Option<PyRef>>) -> Option<PyRef> {
    let frame = frame.try_borrow().ok()?;
    let Payload::Frame(fd) = &frame.as_ref()?.payload else {
        return None;
    };
    let fd = fd.try_borrow().ok()?;
    let Payload::Code(cd) = &fd.code.payload else {
        return None;
    };
    if fd.pc == 0
        || !matches!(
            cd.code.instructions.get(fd.pc),
            Some(Instruction::YieldFrom)
        )
    {
        return None;
    }
    fd.stack.last().cloned()
}

/// What `throw` does once the delegate of a suspended `YIELD_FROM` has seen the exception.
pub enum Delegated {
    /// The delegate yielded: the generator yields that value, staying where it is.
    Step(GenStep),
    /// The delegate raised (or there is none): throw this into the generator's own frame.
    Throw(PyRef),
    /// The delegate returned: resume the generator with this value as the `YIELD_FROM`'s
    /// result.
    Resume(PyRef),
}

/// `_gen_throw`'s first half: an exception thrown into a generator waiting in `yield from`
/// or `await` goes to the delegate first (a generator gets it thrown in; another iterator
/// has its `throw` called with the arguments of the `throw()` call, if it has one).
/// GeneratorExit closes the delegate and is then raised in the generator itself.
/// `raw`: the arguments of the `throw()` call as given (None for a throw made inside).
pub fn throw_to_delegate(
    vm: &mut Vm,
    gen: &PyRef,
    exc: PyRef,
    raw: Option<&[PyRef]>,
) -> PyResult<Delegated> {
    let Payload::Generator { frame, running, .. } = &gen.payload else {
        return Ok(Delegated::Throw(exc));
    };
    let Some(yf) = yield_from_target(frame) else {
        return Ok(Delegated::Throw(exc));
    };
    running.set(true);
    let outcome = if vm.exc_matches_name(&exc, "GeneratorExit") {
        let closed = match vm.lookup_special(&yf, "close") {
            Some(close) => vm.call1(&close, std::slice::from_ref(&yf)).map(|_| ()),
            None => Ok(()),
        };
        running.set(false);
        return Ok(match closed {
            Ok(()) => Delegated::Throw(exc),
            Err(e) => Delegated::Throw(e.0),
        });
    } else if matches!(yf.payload, Payload::Generator { .. }) {
        vm.gen_throw_as_called(&yf, exc, raw)
    } else {
        match vm.getattr_opt(&yf, "throw") {
            Ok(Some(throw)) => match raw {
                Some(raw) => vm.call1(&throw, raw),
                None => vm.call1(&throw, &[exc]),
            },
            Ok(None) => {
                running.set(false);
                return Ok(Delegated::Throw(exc));
            }
            Err(e) => {
                running.set(false);
                return Err(e);
            }
        }
    };
    running.set(false);
    match outcome {
        Ok(y) => Ok(Delegated::Step(GenStep::Yielded(y))),
        Err(e) if vm.exc_matches_name(&e.0, "StopIteration") => {
            let value = vm.stop_iteration_value(&e.0);
            leave_yield_from(frame);
            Ok(Delegated::Resume(value))
        }
        Err(e) => Ok(Delegated::Throw(e.0)),
    }
}

/// Drops the finished delegate from the frame's stack and moves past the `YIELD_FROM`, so
/// the next resume pushes its result as the instruction's value.
fn leave_yield_from(frame: &RefCell<Option<PyRef>>) {
    let Some(fr) = frame.borrow().clone() else {
        return;
    };
    let Payload::Frame(fd) = &fr.payload else {
        return;
    };
    let old = {
        let mut fd = fd.borrow_mut();
        fd.pc += 1;
        fd.stack.pop()
    };
    drop(old);
}

/// `_PyGen_Finalize` for a coroutine never started: CPython's warning, printed when it
/// dies. Returns whether `obj` was such a coroutine.
pub fn warn_if_never_awaited(vm: &mut Vm, obj: &PyRef) -> bool {
    if !is_coroutine(vm, obj) {
        return false;
    }
    let Payload::Generator { frame, names, .. } = &obj.payload else {
        return false;
    };
    let unstarted = frame.borrow().as_ref().is_some_and(|f| match &f.payload {
        Payload::Frame(fd) => fd.try_borrow().is_ok_and(|d| d.pc == 0),
        _ => false,
    });
    if !unstarted {
        return false;
    }
    let message = format!(
        "RuntimeWarning: coroutine '{}' was never awaited",
        names.qualname()
    );
    let text = match super::eval::current_location().filter(|_| vm.depth > 0) {
        Some((file, line)) => {
            let source = super::errors::source_line(&file, line)
                .map(|l| format!("  {}\n", l.trim()))
                .unwrap_or_default();
            format!(
                "{file}:{line}: {message}\n{source}RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
            )
        }
        // At exit CPython imports nothing new: its C fallback prints the bare line, but
        // a `warnings` module already loaded formats it (with the tracemalloc hint).
        None => {
            let hint = vm.sys_modules_get("warnings").ok().flatten().is_some();
            format!(
                "sys:1: {message}\n{}",
                if hint {
                    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
                } else {
                    ""
                }
            )
        }
    };
    vm.write_stderr(&text);
    // Its frame goes now, releasing the arguments it holds.
    let old = frame.borrow_mut().take();
    drop(old);
    true
}
