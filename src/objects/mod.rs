//! The object model: the payload enum and one module per Python type.

pub mod codecs;
pub mod constructors;
pub mod deque;
pub mod descriptor;
pub mod dict;
pub mod dictview;
pub mod docstrings;
pub mod exc_family;
pub mod exception;
pub mod function;
pub mod instance;
pub mod iterators;
pub mod mappingproxy;
pub mod memoryview;
pub mod method_cache;
pub mod methods;
pub mod number;
pub mod odict;
pub mod payload;
pub mod pyhash;
pub mod set;
pub mod sizeof;
pub mod slots;
pub mod str;
pub mod typeflags;
pub mod typeobj;
pub mod weakref;

use crate::heap::PyRef;

/// Releases removed container items last to first, as CPython's list clearing, slice
/// deletion and list/tuple deallocation do (the order `__del__` methods observe).
pub fn release_reversed(mut items: Vec<PyRef>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}
