//! The native half of `hashlib` (`py/hashlib.py`): the digests themselves, computed by
//! [`super::hashing`]. A `_hashlib.HASH` object keeps its state in a bytearray
//! ([`Hasher::to_bytes`]), which these helpers read and rewrite in place.

use super::hashing::{Algorithm, Hasher};
use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::memoryview::buffer_bytes;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;

/// Set in `hashlib` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_algorithms", algorithms),
    ("_state_new", state_new),
    ("_state_update", state_update),
    ("_state_digest", state_digest),
];

/// `_algorithms()`: a tuple of `(name, digest_size, block_size)`.
fn algorithms(vm: &mut Vm, _args: Args) -> PyResult {
    let items = Algorithm::ALL
        .into_iter()
        .map(|a| {
            let name = vm.str(a.name());
            let digest = vm.int(a.digest_size() as i64);
            let block = vm.int(a.block_size() as i64);
            vm.tuple(vec![name, digest, block])
        })
        .collect();
    Ok(vm.tuple(items))
}

/// `_state_new(name)`: the state bytearray of a new hash, or None for an unknown name.
fn state_new(vm: &mut Vm, args: Args) -> PyResult {
    let name = match args.positional().first().map(|a| &a.payload) {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("name must be a string")),
    };
    match Algorithm::from_name(&name) {
        Some(a) => Ok(PyRef::new(
            &vm.types.bytearray_type,
            Payload::ByteArray(RefCell::new(Hasher::new(a).to_bytes())),
        )),
        None => Ok(vm.none()),
    }
}

/// The hasher a state bytearray holds.
fn hasher_of(vm: &Vm, state: Option<&PyRef>) -> PyResult<Hasher> {
    if let Some(Payload::ByteArray(b)) = state.map(|s| &s.payload) {
        if let Some(h) = Hasher::from_bytes(&b.borrow()) {
            return Ok(h);
        }
    }
    Err(vm.type_error("broken hash state"))
}

/// `_state_update(state, data)`: hashes the bytes of a buffer object into `state`.
fn state_update(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    let state = a.first();
    let mut hasher = hasher_of(vm, state)?;
    let data = match a.get(1) {
        Some(obj) => buffer_bytes(vm, obj)?,
        None => None,
    };
    let Some(data) = data else {
        return Err(vm.type_error("object supporting the buffer API required"));
    };
    hasher.update(&data);
    if let Some(Payload::ByteArray(b)) = state.map(|s| &s.payload) {
        *b.borrow_mut() = hasher.to_bytes();
    }
    Ok(vm.none())
}

/// `_state_digest(state)`: the digest of what `state` has hashed so far.
fn state_digest(vm: &mut Vm, args: Args) -> PyResult {
    let hasher = hasher_of(vm, args.positional().first())?;
    Ok(vm.bytes(hasher.finish()))
}
