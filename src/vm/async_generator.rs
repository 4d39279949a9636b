//! Asynchronous generators: `async def` functions that `yield` (CPython's
//! `PyAsyncGenObject`, `async_generator_asend` and `async_generator_athrow` in
//! `Objects/genobject.c`).
//!
//! An async generator is a generator of class `async_generator`: the same
//! `Payload::Generator`, frame and resume machinery (`Vm::resume_generator`), plus an
//! [`AsyncGenState`] with the fields CPython adds (`ag_hooks_inited`, `ag_closed`,
//! `ag_running_async`, the finalizer hook). Its frame suspends for two reasons:
//!
//! * an `await` inside it passes a value up to the event loop: the frame stops in a
//!   `YIELD_FROM`, and the value goes up unchanged;
//! * a `yield v` produces the next item: CPython wraps `v` (`ASYNC_GEN_WRAP`) so the
//!   awaitable can tell it apart; refpy looks at where the frame stopped instead (not in a
//!   `YIELD_FROM`), so no wrapper object exists and the counts are CPython's.
//!
//! `__anext__()`/`asend(v)` return an `async_generator_asend` awaitable, `athrow(...)` and
//! `aclose()` an `async_generator_athrow`: iterators (`Payload::Iterator` with
//! [`IterState::AsyncAwait`]) that resume the generator when awaited and finish with
//! `StopIteration(item)` for a `yield`, or raise `StopAsyncIteration` when the generator
//! returns. `anext(it, default)` wraps any awaitable the same way (`anext_awaitable`).
//!
//! Finalization (`_PyGen_Finalize`): an unfinished async generator whose first iteration
//! saw a finalizer hook (`sys.set_asyncgen_hooks`, set by asyncio's loop) is handed to that
//! hook, which schedules `aclose()`; without one it is closed in place.
//!
//! Ownership: functions taking `PyRef` by value consume it; results are owned by the caller.

use super::containers::GenStep;
use super::{Args, PyErr, PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::iterators::IterState;
use crate::objects::payload::Payload;
use std::cell::{Cell, RefCell};

/// What an async generator has beyond a generator's payload.
#[derive(Default)]
pub struct AsyncGenState {
    /// `ag_hooks_inited`: the first `__anext__`/`asend`/`athrow`/`aclose` ran the hooks.
    hooks_inited: Cell<bool>,
    /// `ag_closed`: finished, or `aclose()` began.
    closed: Cell<bool>,
    /// `ag_running_async`: an asend/athrow awaitable is in the middle of a step.
    running_async: Cell<bool>,
    /// `ag_origin_or_finalizer`: the finalizer hook seen at the first iteration.
    finalizer: RefCell<Option<PyRef>>,
}

impl AsyncGenState {
    /// `async_gen_traverse`: the finalizer (the frame is the generator's own business).
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(f) = self.finalizer.try_borrow() {
            f.iter().for_each(visit);
        }
    }
}

/// The awaitables of async iteration, kept in an iterator payload.
pub enum AsyncAwait {
    /// `async_generator_asend` (`op` = `Send`) or `async_generator_athrow`.
    Gen {
        gen: PyRef,
        op: AwaitOp,
        state: Cell<AwaitState>,
    },
    /// `anext_awaitable`: `anext(it, default)`; `inner` is the awaitable of `__anext__()`,
    /// replaced by its iterator on the first step.
    Default {
        inner: RefCell<PyRef>,
        default: PyRef,
        started: Cell<bool>,
    },
}

/// What an `async_generator_asend` / `_athrow` does on its first step.
pub enum AwaitOp {
    /// `asend(v)`: the value sent; None for `__anext__()` (CPython's NULL `ags_sendval`,
    /// which the collector does not see).
    Send(Option<PyRef>),
    /// `athrow(typ[, val[, tb]])`: the arguments.
    Throw(Box<[PyRef]>),
    /// `aclose()`.
    Close,
}

/// `AWAITABLE_STATE_INIT`, `_ITER`, `_CLOSED`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

impl AsyncAwait {
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        match self {
            AsyncAwait::Gen { gen, op, .. } => {
                visit(gen);
                match op {
                    AwaitOp::Send(v) => v.iter().for_each(visit),
                    AwaitOp::Throw(args) => args.iter().for_each(visit),
                    AwaitOp::Close => {}
                }
            }
            AsyncAwait::Default { inner, default, .. } => {
                if let Ok(i) = inner.try_borrow() {
                    visit(&i);
                }
                visit(default);
            }
        }
    }
}

/// The async-generator state of `obj`, if it is an async generator.
pub fn state(obj: &PyRef) -> Option<&AsyncGenState> {
    match &obj.payload {
        Payload::Generator { asyncgen, .. } => asyncgen.as_deref(),
        _ => None,
    }
}

/// `ag_running`: in 3.11, whether an awaitable is in the middle of a step
/// (`ag_running_async`), which stays true while the generator waits in an `await`.
pub fn is_running(obj: &PyRef) -> bool {
    state(obj).is_some_and(|st| st.running_async.get())
}

/// `__aiter__`, `__anext__`, `asend`, `athrow` and `aclose` need an async generator.
fn receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match args.args.first() {
        Some(g) if state(g).is_some() => Ok(g),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'async_generator' object"
        ))),
    }
}

/// `async_gen_init_hooks`: the first iteration remembers the finalizer hook and calls the
/// firstiter hook with the generator.
fn init_hooks(vm: &mut Vm, gen: &PyRef) -> PyResult<()> {
    let Some(st) = state(gen) else {
        return Ok(());
    };
    if st.hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = vm.runtime_objects.asyncgen_hooks();
    *st.finalizer.borrow_mut() = finalizer;
    if let Some(first) = firstiter {
        vm.call1(&first, std::slice::from_ref(gen))?;
    }
    Ok(())
}

fn new_awaitable(vm: &mut Vm, gen: &PyRef, op: AwaitOp) -> PyResult {
    init_hooks(vm, gen)?;
    let class = match op {
        AwaitOp::Send(_) => vm.types.async_generator_asend_type.clone(),
        _ => vm.types.async_generator_athrow_type.clone(),
    };
    let state = IterState::AsyncAwait(Box::new(AsyncAwait::Gen {
        gen: gen.clone(),
        op,
        state: Cell::new(AwaitState::Init),
    }));
    Ok(vm.iterator(state, &class))
}

/// `async_generator.__del__()`: the finalizer, as the collector or a last reference runs it.
pub fn ag_del(vm: &mut Vm, args: Args) -> PyResult {
    let gen = receiver(vm, &args, "__del__")?.clone();
    finalize(vm, &gen);
    Ok(vm.none())
}

/// `async_generator.__aiter__()`: the generator itself.
pub fn ag_aiter(vm: &mut Vm, args: Args) -> PyResult {
    Ok(receiver(vm, &args, "__aiter__")?.clone())
}

/// `async_generator.__anext__()`: an asend awaitable sending None.
pub fn ag_anext(vm: &mut Vm, args: Args) -> PyResult {
    let gen = receiver(vm, &args, "__anext__")?;
    new_awaitable(vm, gen, AwaitOp::Send(None))
}

/// `async_generator.asend(value)`.
pub fn ag_asend(vm: &mut Vm, args: Args) -> PyResult {
    let gen = receiver(vm, &args, "asend")?;
    let rest =
        crate::objects::methods::check_args(vm, "async_generator.asend", &args.args[1..], 1, 1)?;
    new_awaitable(vm, gen, AwaitOp::Send(Some(rest[0].clone())))
}

/// `async_generator.athrow(typ[, val[, tb]])`: the arguments are checked when awaited.
pub fn ag_athrow(vm: &mut Vm, args: Args) -> PyResult {
    let gen = receiver(vm, &args, "athrow")?;
    let rest = args.args[1..].to_vec().into_boxed_slice();
    new_awaitable(vm, gen, AwaitOp::Throw(rest))
}

/// `async_generator.aclose()`.
pub fn ag_aclose(vm: &mut Vm, args: Args) -> PyResult {
    let gen = receiver(vm, &args, "aclose")?;
    new_awaitable(vm, gen, AwaitOp::Close)
}

/// Whether the generator's frame stopped in an `await` (`YIELD_FROM`) rather than at a
/// `yield`: the value it gave is for the event loop, not the next item.
fn stopped_in_await(gen: &PyRef) -> bool {
    match &gen.payload {
        Payload::Generator { frame, .. } => super::coroutine::yield_from_target(frame).is_some(),
        _ => false,
    }
}

fn is_finished(gen: &PyRef) -> bool {
    match &gen.payload {
        Payload::Generator { frame, .. } => frame.borrow().is_none(),
        _ => true,
    }
}

/// `StopIteration(value)` as `_PyGen_SetStopIterationValue` makes it (None gives no args).
fn stop_with(vm: &Vm, value: PyRef) -> PyErr {
    if matches!(value.payload, Payload::NoneValue) {
        vm.stop_iteration(None)
    } else {
        vm.stop_iteration(Some(value))
    }
}

/// `async_gen_unwrap_value`: the outcome of one step of the generator, as the awaitable
/// reports it. `Ok` is a value passed up from an `await`; a `yield`ed item finishes the
/// awaitable with `StopIteration(item)`; a return is `StopAsyncIteration`.
fn unwrap_value(vm: &Vm, gen: &PyRef, step: PyResult<GenStep>) -> PyResult {
    let Some(st) = state(gen) else {
        return Err(vm.type_error("not an async generator"));
    };
    match step {
        Ok(GenStep::Yielded(v)) if stopped_in_await(gen) => Ok(v),
        Ok(GenStep::Yielded(v)) => {
            st.running_async.set(false);
            Err(stop_with(vm, v))
        }
        Ok(GenStep::Returned(_)) => {
            st.closed.set(true);
            st.running_async.set(false);
            Err(stop_async(vm))
        }
        Err(e) => {
            if vm.exc_matches_name(&e.0, "StopAsyncIteration")
                || vm.exc_matches_name(&e.0, "GeneratorExit")
            {
                st.closed.set(true);
            }
            st.running_async.set(false);
            Err(e)
        }
    }
}

/// `StopAsyncIteration()` with no arguments.
fn stop_async(vm: &Vm) -> PyErr {
    let cls = vm.exc_type("StopAsyncIteration");
    PyErr(vm.new_exception(&cls, Vec::new()))
}

/// The exception `athrow`/`throw` arguments describe (`_gen_throw`'s normalization).
fn exception_from(vm: &mut Vm, args: &[PyRef]) -> PyResult {
    let Some(typ) = args.first() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    crate::objects::methods::generator_methods::make_exception(vm, typ, args.get(1))
}

/// One step of an awaitable driven by `send(arg)` (`arg` None for `__next__`): `Ok` is a
/// value for the event loop; `Err(StopIteration(v))` finishes the await with `v`.
pub fn send(vm: &mut Vm, it: &PyRef, arg: PyRef) -> PyResult {
    let Some(aw) = awaitable(it) else {
        return Err(vm.type_error("not an async generator awaitable"));
    };
    match aw {
        Awaitable::Gen(gen, op, state) => match op {
            AwaitOpRef::Send(sendval) => asend_send(vm, &gen, sendval, state, arg),
            AwaitOpRef::Throw(args) => athrow_send(vm, &gen, Some(args), state, arg),
            AwaitOpRef::Close => athrow_send(vm, &gen, None, state, arg),
        },
        Awaitable::Default => default_step(vm, it, Some(arg), None),
    }
}

/// `throw(typ[, val[, tb]])` on an awaitable.
pub fn throw(vm: &mut Vm, it: &PyRef, args: &[PyRef]) -> PyResult {
    let Some(aw) = awaitable(it) else {
        return Err(vm.type_error("not an async generator awaitable"));
    };
    match aw {
        Awaitable::Gen(gen, op, state) => {
            let closing = matches!(op, AwaitOpRef::Close);
            if state.get() == AwaitState::Closed {
                return Err(reuse_error(vm, &op));
            }
            let exc = exception_from(vm, args)?;
            let none = vm.none();
            let step = vm.resume_generator(&gen, none, Some(exc));
            if closing {
                aclose_outcome(vm, &gen, &state, step)
            } else {
                step_outcome(vm, &gen, &state, step)
            }
        }
        Awaitable::Default => {
            let exc = exception_from(vm, args)?;
            default_step(vm, it, None, Some(exc))
        }
    }
}

/// `close()` on an awaitable: it can no longer be awaited.
pub fn close(vm: &mut Vm, it: &PyRef) -> PyResult {
    if let Payload::Iterator(st) = &it.payload {
        match &*st.borrow() {
            IterState::AsyncAwait(aw) => match &**aw {
                AsyncAwait::Gen { state, .. } => state.set(AwaitState::Closed),
                AsyncAwait::Default { inner, .. } => {
                    let inner = inner.borrow().clone();
                    if let Some(close) = vm.lookup_special(&inner, "close") {
                        vm.call1(&close, std::slice::from_ref(&inner))?;
                    }
                }
            },
            _ => return Err(vm.type_error("not an async generator awaitable")),
        }
    }
    Ok(vm.none())
}

/// What a step needs, read out of the iterator's cell so Python code can run. The
/// generator is an uncounted copy, as `async_gen_asend_send` borrows `ags_gen`: a
/// generator counting itself sees CPython's count.
enum Awaitable {
    Gen(std::mem::ManuallyDrop<PyRef>, AwaitOpRef, CellRef),
    Default,
}

enum AwaitOpRef {
    Send(Option<PyRef>),
    Throw(Vec<PyRef>),
    Close,
}

/// The awaitable's state cell, read and written through its iterator object.
struct CellRef(PyRef);

impl CellRef {
    fn with<T>(&self, f: impl FnOnce(&Cell<AwaitState>) -> T) -> Option<T> {
        let Payload::Iterator(st) = &self.0.payload else {
            return None;
        };
        let st = st.try_borrow().ok()?;
        match &*st {
            IterState::AsyncAwait(aw) => match &**aw {
                AsyncAwait::Gen { state, .. } => Some(f(state)),
                AsyncAwait::Default { .. } => None,
            },
            _ => None,
        }
    }
    fn get(&self) -> AwaitState {
        self.with(|s| s.get()).unwrap_or(AwaitState::Closed)
    }
    fn set(&self, v: AwaitState) {
        self.with(|s| s.set(v));
    }
}

fn awaitable(it: &PyRef) -> Option<Awaitable> {
    let Payload::Iterator(st) = &it.payload else {
        return None;
    };
    let st = st.try_borrow().ok()?;
    let IterState::AsyncAwait(aw) = &*st else {
        return None;
    };
    Some(match &**aw {
        AsyncAwait::Gen { gen, op, .. } => {
            let op = match op {
                AwaitOp::Send(v) => AwaitOpRef::Send(v.clone()),
                AwaitOp::Throw(a) => AwaitOpRef::Throw(a.to_vec()),
                AwaitOp::Close => AwaitOpRef::Close,
            };
            // SAFETY: `gen` is set only when the awaitable is made, and the state as a
            // whole is replaced only by the collector's `IterState::clear`, which
            // reaches unreachable objects only; the caller holds `it` (counted) for the
            // whole step, and `CellRef` below holds it too, so the generator outlives
            // the copy.
            let gen = unsafe { super::frame_stack::alias(gen) };
            Awaitable::Gen(gen, op, CellRef(it.clone()))
        }
        AsyncAwait::Default { .. } => Awaitable::Default,
    })
}

fn reuse_error(vm: &Vm, op: &AwaitOpRef) -> PyErr {
    vm.runtime_error(match op {
        AwaitOpRef::Send(_) => "cannot reuse already awaited __anext__()/asend()",
        _ => "cannot reuse already awaited aclose()/athrow()",
    })
}

fn set_running(gen: &PyRef, running: bool) {
    if let Some(st) = state(gen) {
        st.running_async.set(running);
    }
}

/// `async_gen_asend_send`.
fn asend_send(
    vm: &mut Vm,
    gen: &PyRef,
    sendval: Option<PyRef>,
    state: CellRef,
    arg: PyRef,
) -> PyResult {
    let Some(st) = self::state(gen) else {
        return Err(vm.type_error("not an async generator"));
    };
    let arg = match state.get() {
        AwaitState::Closed => {
            return Err(reuse_error(vm, &AwaitOpRef::Send(sendval)));
        }
        AwaitState::Init => {
            if st.running_async.get() {
                return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
            }
            state.set(AwaitState::Iter);
            match sendval {
                Some(v) if matches!(arg.payload, Payload::NoneValue) => v,
                _ => arg,
            }
        }
        AwaitState::Iter => arg,
    };
    st.running_async.set(true);
    let step = vm.resume_generator(gen, arg, None);
    step_outcome(vm, gen, &state, step)
}

/// What the awaitable gives for one step of the generator ([`unwrap_value`]); once it
/// finished, it cannot be awaited again.
fn step_outcome(vm: &Vm, gen: &PyRef, state: &CellRef, step: PyResult<GenStep>) -> PyResult {
    let r = unwrap_value(vm, gen, step);
    if r.is_err() {
        state.set(AwaitState::Closed);
    }
    r
}

/// The end of an `aclose()` step (`athrow_send`'s `yield_close` and `check_error`): an
/// `await` passes its value up; a `yield` ignored the GeneratorExit; StopAsyncIteration or
/// GeneratorExit mean the generator closed, which finishes the await with None.
fn aclose_outcome(vm: &Vm, gen: &PyRef, state: &CellRef, step: PyResult<GenStep>) -> PyResult {
    let error = match step {
        Ok(GenStep::Yielded(v)) if stopped_in_await(gen) => return Ok(v),
        Ok(GenStep::Yielded(_)) => vm.runtime_error("async generator ignored GeneratorExit"),
        Ok(GenStep::Returned(_)) => stop_async(vm),
        Err(e) => e,
    };
    set_running(gen, false);
    state.set(AwaitState::Closed);
    if vm.exc_matches_name(&error.0, "StopAsyncIteration")
        || vm.exc_matches_name(&error.0, "GeneratorExit")
    {
        return Err(vm.stop_iteration(None));
    }
    Err(error)
}

/// `async_gen_athrow_send`: `args` None is `aclose()`.
fn athrow_send(
    vm: &mut Vm,
    gen: &PyRef,
    args: Option<Vec<PyRef>>,
    state: CellRef,
    arg: PyRef,
) -> PyResult {
    let Some(st) = self::state(gen) else {
        return Err(vm.type_error("not an async generator"));
    };
    let op = match &args {
        Some(_) => AwaitOpRef::Throw(Vec::new()),
        None => AwaitOpRef::Close,
    };
    if state.get() == AwaitState::Closed {
        return Err(reuse_error(vm, &op));
    }
    if is_finished(gen) {
        state.set(AwaitState::Closed);
        return Err(vm.stop_iteration(None));
    }
    let step = if state.get() == AwaitState::Init {
        if st.running_async.get() {
            state.set(AwaitState::Closed);
            return Err(vm.runtime_error(match args {
                None => "aclose(): asynchronous generator is already running",
                Some(_) => "athrow(): asynchronous generator is already running",
            }));
        }
        if st.closed.get() {
            state.set(AwaitState::Closed);
            return Err(stop_async(vm));
        }
        if !matches!(arg.payload, Payload::NoneValue) {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        state.set(AwaitState::Iter);
        st.running_async.set(true);
        let exc = match &args {
            None => {
                st.closed.set(true);
                let cls = vm.exc_type("GeneratorExit");
                vm.new_exception(&cls, Vec::new())
            }
            // As in 3.11, a wrong count leaves the generator marked running.
            Some(a) => match crate::objects::methods::check_args(vm, "athrow", a, 1, 3)
                .and_then(|a| exception_from(vm, a))
            {
                Ok(e) => e,
                Err(e) if a.is_empty() || a.len() > 3 => return Err(e),
                Err(e) => {
                    st.running_async.set(false);
                    state.set(AwaitState::Closed);
                    return Err(e);
                }
            },
        };
        let none = vm.none();
        vm.resume_generator(gen, none, Some(exc))
    } else {
        vm.resume_generator(gen, arg, None)
    };
    match args {
        Some(_) => step_outcome(vm, gen, &state, step),
        None => aclose_outcome(vm, gen, &state, step),
    }
}

/// `anext_awaitable`: one step of the wrapped awaitable, turning its
/// `StopAsyncIteration` into `StopIteration(default)`.
fn default_step(vm: &mut Vm, it: &PyRef, arg: Option<PyRef>, exc: Option<PyRef>) -> PyResult {
    let (inner, default, started) = {
        let Payload::Iterator(st) = &it.payload else {
            return Err(vm.type_error("not an anext_awaitable"));
        };
        let st = st.borrow();
        let IterState::AsyncAwait(aw) = &*st else {
            return Err(vm.type_error("not an anext_awaitable"));
        };
        let AsyncAwait::Default {
            inner,
            default,
            started,
        } = &**aw
        else {
            return Err(vm.type_error("not an anext_awaitable"));
        };
        let step = (
            inner.borrow().clone(),
            default.clone(),
            started.replace(true),
        );
        step
    };
    let inner = if started {
        inner
    } else {
        let iter = super::coroutine::get_awaitable(vm, inner, 0)?;
        if let Payload::Iterator(st) = &it.payload {
            if let IterState::AsyncAwait(aw) = &*st.borrow() {
                if let AsyncAwait::Default { inner, .. } = &**aw {
                    let old = inner.replace(iter.clone());
                    drop(old);
                }
            }
        }
        iter
    };
    let result = match exc {
        Some(e) => match vm.lookup_special(&inner, "throw") {
            Some(throw) => vm.call1(&throw, &[inner.clone(), e]),
            None => Err(PyErr(e)),
        },
        None => {
            let arg = arg.unwrap_or_else(|| vm.none());
            match vm.send_to(&inner, arg) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(vm.stop_iteration(None)),
                Err(e) => Err(e),
            }
        }
    };
    match result {
        Err(e) if vm.exc_matches_name(&e.0, "StopAsyncIteration") => Err(stop_with(vm, default)),
        r => r,
    }
}

/// `send`, `throw`, `close`, `__next__`, `__iter__` and `__await__` of the awaitables; the
/// receiver borrowed from the call, as the C methods borrow `self`.
pub fn await_send(vm: &mut Vm, args: Args) -> PyResult {
    let it = await_receiver(vm, &args, "send")?;
    let rest = crate::objects::methods::check_args(vm, "send", &args.args[1..], 1, 1)?;
    send(vm, it, rest[0].clone())
}

pub fn await_throw(vm: &mut Vm, args: Args) -> PyResult {
    let it = await_receiver(vm, &args, "throw")?;
    let rest = crate::objects::methods::check_args(vm, "throw", &args.args[1..], 1, 3)?;
    throw(vm, it, rest)
}

pub fn await_close(vm: &mut Vm, args: Args) -> PyResult {
    let it = await_receiver(vm, &args, "close")?;
    close(vm, it)
}

pub fn await_next(vm: &mut Vm, args: Args) -> PyResult {
    let it = await_receiver(vm, &args, "__next__")?;
    let none = vm.none();
    send(vm, it, none)
}

pub fn await_self(vm: &mut Vm, args: Args) -> PyResult {
    Ok(await_receiver(vm, &args, "__await__")?.clone())
}

fn await_receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match args.args.first() {
        Some(a) if awaitable(a).is_some() => Ok(a),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires an async generator awaitable"
        ))),
    }
}

/// Whether `it` is one of the awaitables above.
pub fn is_awaitable_iter(it: &PyRef) -> bool {
    match &it.payload {
        Payload::Iterator(st) => st
            .try_borrow()
            .is_ok_and(|s| matches!(&*s, IterState::AsyncAwait(_))),
        _ => false,
    }
}

/// `_PyGen_Finalize` for an async generator: an unfinished one goes to its finalizer hook
/// (unless `aclose()` already began), else it is closed in place, its error reported as
/// unraisable. Returns whether `obj` was an async generator.
pub fn finalize(vm: &mut Vm, obj: &PyRef) -> bool {
    let Some(st) = state(obj) else {
        return false;
    };
    if is_finished(obj) {
        return true;
    }
    let finalizer = st.finalizer.borrow().clone();
    let result = match finalizer {
        Some(f) if !st.closed.get() => vm.call1(&f, std::slice::from_ref(obj)).map(|_| ()),
        _ => close_in_place(vm, obj),
    };
    if let Err(e) = result {
        let what = match vm.repr(obj) {
            Ok(r) => r.as_str_opt().unwrap_or("").to_string(),
            Err(_) => "<object repr() failed>".to_string(),
        };
        vm.report_unraisable(&e.0, &format!("Exception ignored in: {what}"));
    }
    true
}

/// `gen_close` on an async generator: GeneratorExit at its suspension point.
fn close_in_place(vm: &mut Vm, gen: &PyRef) -> PyResult<()> {
    let unstarted = match &gen.payload {
        Payload::Generator { frame, .. } => {
            frame.borrow().as_ref().is_some_and(|f| match &f.payload {
                Payload::Frame(fd) => fd.try_borrow().is_ok_and(|d| d.pc == 0),
                _ => false,
            })
        }
        _ => false,
    };
    if unstarted {
        if let Payload::Generator { frame, .. } = &gen.payload {
            let old = frame.borrow_mut().take();
            drop(old);
        }
        return Ok(());
    }
    let cls = vm.exc_type("GeneratorExit");
    let exc = vm.new_exception(&cls, Vec::new());
    let none = vm.none();
    match vm.resume_generator(gen, none, Some(exc)) {
        Ok(GenStep::Yielded(_)) => Err(vm.runtime_error("async generator ignored GeneratorExit")),
        Ok(GenStep::Returned(_)) => Ok(()),
        Err(e)
            if vm.exc_matches_name(&e.0, "GeneratorExit")
                || vm.exc_matches_name(&e.0, "StopIteration") =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// `aiter(obj)`: `obj.__aiter__()`, which must be an async iterator.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult {
    let args = crate::objects::methods::check_args(vm, "aiter()", args.args, 1, 1)?;
    let obj = &args[0];
    let Some(it) = vm.call_special(obj, "__aiter__", &[])? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            obj.class_name()
        )));
    };
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.class_name()
        )));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`: the awaitable of `__anext__()`, wrapped to give `default`
/// at the end when one is given.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult {
    let args = crate::objects::methods::check_args(vm, "anext", args.args, 1, 2)?;
    let obj = &args[0];
    if vm.lookup_special(obj, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            obj.class_name()
        )));
    }
    let awaitable = vm
        .call_special(obj, "__anext__", &[])?
        .unwrap_or_else(|| vm.none());
    let Some(default) = args.get(1) else {
        return Ok(awaitable);
    };
    let state = IterState::AsyncAwait(Box::new(AsyncAwait::Default {
        inner: RefCell::new(awaitable),
        default: default.clone(),
        started: Cell::new(false),
    }));
    let class = vm.types.anext_awaitable_type.clone();
    Ok(vm.iterator(state, &class))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: each given argument must be
/// callable or None; one not given keeps its hook.
pub fn set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult {
    let positional = args.positional();
    crate::objects::methods::check_args(vm, "set_asyncgen_hooks", positional, 0, 2)?;
    let mut given: [Option<PyRef>; 2] = [positional.first().cloned(), positional.get(1).cloned()];
    let kwvalues = &args.args[positional.len()..];
    for (name, value) in args.kwnames.iter().zip(kwvalues) {
        let i = match name.as_str_opt() {
            Some("firstiter") => 0,
            Some("finalizer") => 1,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "set_asyncgen_hooks() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        };
        given[i] = Some(value.clone());
    }
    for (value, what) in given.iter().zip(["firstiter", "finalizer"]) {
        if let Some(v) = value {
            if !matches!(v.payload, Payload::NoneValue)
                && !crate::builtins::iteration::is_callable(vm, v)
            {
                return Err(
                    vm.type_error(format!("callable {what} expected, got {}", v.class_name()))
                );
            }
        }
    }
    let [firstiter, finalizer] = given;
    let hook = |v: PyRef| (!matches!(v.payload, Payload::NoneValue)).then_some(v);
    let (old_first, old_final) = vm.runtime_objects.asyncgen_hooks();
    let first = firstiter.map_or(old_first, hook);
    let fin = finalizer.map_or(old_final, hook);
    vm.runtime_objects.set_asyncgen_hooks(first, fin);
    Ok(vm.none())
}

/// `sys._get_asyncgen_hooks()`: `(firstiter, finalizer)`, None where unset (`sys.py`
/// makes the named tuple).
pub fn get_asyncgen_hooks(vm: &mut Vm, _args: Args) -> PyResult {
    let (first, fin) = vm.runtime_objects.asyncgen_hooks();
    let none = vm.none();
    Ok(vm.tuple(vec![
        first.unwrap_or_else(|| none.clone()),
        fin.unwrap_or(none),
    ]))
}
