//! Generator methods: `send`, `throw`, `close`, and the iterator protocol (`__iter__`,
//! `__next__`, in the generator's slot table).

use super::check_args;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

pub fn register(vm: &mut Vm) {
    let gen = vm.types.generator_type.clone();
    vm.add_method(&gen, "send", gen_send);
    vm.add_method(&gen, "throw", gen_throw);
    vm.add_method(&gen, "close", gen_close);
    let coro = vm.types.coroutine_type.clone();
    vm.add_method(&coro, "send", gen_send);
    vm.add_method(&coro, "throw", gen_throw);
    vm.add_method(&coro, "close", gen_close);
    let frame = vm.types.frame_type.clone();
    vm.add_method(&frame, "clear", frame_clear);
}

/// `frame.clear()` (`frame_clear`): a generator's frame finalizes its generator (closes
/// it); a frame still executing refuses; any other frame drops its fast locals, cells and
/// value stack in index order (`frame_tp_clear`), so what only they held dies now.
fn frame_clear(vm: &mut Vm, args: Args) -> PyResult {
    let f = match args.args.first() {
        Some(f) if matches!(f.payload, Payload::Frame(_)) => f.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "descriptor 'clear' for 'frame' objects doesn't apply to a '{}' object",
                other.class_name()
            )))
        }
        None => return Err(vm.type_error("descriptor 'clear' of 'frame' object needs an argument")),
    };
    check_args(vm, "frame.clear", &args.args[1..], 0, 0)?;
    let Payload::Frame(fd) = &f.payload else {
        return Ok(vm.none());
    };
    const RUNNING: &str = "cannot clear an executing frame";
    let is_gen_code = match fd.try_borrow() {
        Ok(d) => match &d.code.payload {
            Payload::Code(cd) => cd.code.flags.generator || cd.code.flags.coroutine,
            _ => false,
        },
        Err(_) => return Err(vm.runtime_error(RUNNING)),
    };
    if is_gen_code {
        let owner = crate::gc::all_tracked()
            .into_iter()
            .find(|g| match &g.payload {
                Payload::Generator { frame, .. } => frame
                    .try_borrow()
                    .is_ok_and(|fr| fr.as_ref().is_some_and(|fr| fr.is(&f))),
                _ => false,
            });
        // A generator frame no live generator owns any more has finished; one whose
        // generator cannot be found is left alone.
        if let Some(g) = owner {
            if let Payload::Generator { running: r, .. } = &g.payload {
                if r.get() {
                    return Err(vm.runtime_error(RUNNING));
                }
            }
            let close = vm.getattr_str(&g, "close")?;
            vm.call(&close, Args::new(&[]))?;
            return Ok(vm.none());
        }
    }
    let released = match fd.try_borrow_mut() {
        Ok(mut d) => {
            let mut out: Vec<PyRef> = d.locals.iter_mut().filter_map(Option::take).collect();
            out.append(&mut d.cells);
            out.append(&mut d.stack);
            out.extend(d.saved_exc.iter_mut().filter_map(Option::take));
            out
        }
        Err(_) => return Err(vm.runtime_error(RUNNING)),
    };
    drop(released);
    Ok(vm.none())
}

fn generator<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match args.args.first() {
        Some(g) if matches!(g.payload, Payload::Generator { .. }) => Ok(g),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'generator' object"))),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult {
    check_args(
        vm,
        "generator.send",
        &args.args[1.min(args.args.len())..],
        1,
        1,
    )?;
    let g = generator(vm, &args, "send")?;
    vm.gen_send(g, args.args[1].clone())
}

pub(crate) fn gen_next(vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(vm, &args, "__next__")?;
    let none = vm.none();
    vm.gen_send(g, none)
}

pub(crate) fn gen_iter(vm: &mut Vm, args: Args) -> PyResult {
    Ok(generator(vm, &args, "__iter__")?.clone())
}

/// `gen.throw(exc)` / `gen.throw(Type[, value])`.
fn gen_throw(vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(vm, &args, "throw")?.clone();
    let rest = &args.args[1..];
    check_args(vm, "throw", rest, 1, 3)?;
    // `_gen_throw`: a traceback (None is none) is checked before the exception is made,
    // and becomes the thrown exception's `__traceback__`.
    let tb = rest
        .get(2)
        .filter(|t| !matches!(t.payload, Payload::NoneValue));
    if tb.is_some_and(|t| !matches!(t.payload, Payload::Traceback { .. })) {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let exc = make_exception(vm, &rest[0], rest.get(1))?;
    if let Some(tb) = tb {
        vm.set_exc_field(&exc, "__traceback__", Some(tb.clone()))?;
    }
    vm.gen_throw_as_called(&g, exc, Some(rest))
}

/// `_gen_throw`'s normalization: a class with a value that is already one of its
/// instances throws that value; a tuple value gives the arguments; None gives none.
pub(crate) fn make_exception(vm: &mut Vm, typ: &PyRef, value: Option<&PyRef>) -> PyResult {
    let base = vm.exc_type("BaseException");
    let value = value.filter(|v| !matches!(v.payload, Payload::NoneValue));
    if matches!(typ.payload, Payload::Type(_)) && vm.is_subclass(typ, &base) {
        return match value {
            Some(v) if vm.isinstance(v, typ) => Ok(v.clone()),
            Some(v) => match v.tuple_items() {
                Some(items) => {
                    let items = items.to_vec();
                    vm.call1(typ, &items)
                }
                None => vm.call1(typ, std::slice::from_ref(v)),
            },
            None => vm.call1(typ, &[]),
        };
    }
    if vm.isinstance(typ, &base) {
        if value.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        return Ok(typ.clone());
    }
    Err(vm.type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        typ.class_name()
    )))
}

/// `gen.close()`: throws GeneratorExit; a generator that yields again is an error.
pub(crate) fn gen_close(vm: &mut Vm, args: Args) -> PyResult {
    let g = generator(vm, &args, "close")?.clone();
    close(vm, &g)?;
    Ok(vm.none())
}

/// `gen_close` on a generator or coroutine: one never started just lets go of its frame;
/// a suspended one gets GeneratorExit at its `yield`, and leaving by that exception (or
/// StopIteration) is a clean close. `_PyGen_Finalize` calls it directly, as this is what
/// the builtin `close` of these (unsubclassable) types does.
pub fn close(vm: &mut Vm, g: &PyRef) -> PyResult<()> {
    let started = match &g.payload {
        Payload::Generator { frame, .. } => frame.borrow().as_ref().map(|f| match &f.payload {
            Payload::Frame(fd) => fd.try_borrow().map(|d| d.pc > 0).unwrap_or(true),
            _ => false,
        }),
        _ => None,
    };
    match started {
        None => return Ok(()),
        Some(false) => {
            if let Payload::Generator { frame, .. } = &g.payload {
                let old = frame.borrow_mut().take();
                drop(old);
            }
            return Ok(());
        }
        Some(true) => {}
    }
    let exit = vm.exc_type("GeneratorExit");
    let exc = vm.new_exception(&exit, Vec::new());
    match vm.gen_throw(g, exc) {
        Ok(_) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        // The class of the exception thrown in is the usual way out: no lookup by name.
        Err(e)
            if vm.is_subclass(e.0.class(), &exit) || vm.exc_matches_name(&e.0, "StopIteration") =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}
