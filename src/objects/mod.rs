//! The object model: the payload enum and one module per Python type.

pub mod constructors;
pub mod dict;
pub mod exception;
pub mod function;
pub mod instance;
pub mod iterators;
pub mod methods;
pub mod number;
pub mod payload;
pub mod set;
pub mod slots;
pub mod str;
pub mod typeobj;
pub mod weakref;
