//! Code objects: the compiler's output and the VM's input.
//!
//! A `CodeObject` is immutable once built and shared with `Rc`: functions, frames and the
//! disassembler all point at the same one. Constants are plain Rust values ([`Const`]), not
//! heap objects, so the compiler never touches the heap; the VM turns them into objects once
//! per code object, the first time it runs it.

use std::rc::Rc;

pub use super::instruction::Instruction;
pub use crate::syntax::ast::Loc;
use num_bigint::BigInt;

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    /// A complex number, real and imaginary parts (`2j`, or folded: `1+2j`).
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<Const>),
    /// The folded items of a constant set display (`{1, 2, 3}`), as CPython folds them.
    FrozenSet(Vec<Const>),
    Code(Rc<CodeObject>),
}

/// Where a constant of a code object first entered the compiler's constant cache: `seq`
/// orders the entries of one compilation; `source` tells a constant of the parsed tree
/// (which the tree holds) from one the compiler made; `source_items`, a container the
/// compiler made of the tree's constants (a folded display, call keyword names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConstOrigin {
    pub seq: u32,
    pub source: bool,
    pub source_items: bool,
}

/// Flags describing how a code object is called (subset of CPython's `co_flags`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Takes `*args`.
    pub varargs: bool,
    /// Takes `**kwargs`.
    pub varkeywords: bool,
    /// Calling it makes a generator.
    pub generator: bool,
    /// `async def`: calling it makes a coroutine.
    pub coroutine: bool,
    /// CO_ITERABLE_COROUTINE: a generator function made awaitable by `types.coroutine`.
    pub iterable_coroutine: bool,
    /// Module or class body: names go through a locals mapping (`LoadName`/`StoreName`).
    pub uses_locals_dict: bool,
}

/// One compiled function, class body, module, lambda or comprehension.
#[derive(Clone, Debug)]
pub struct CodeObject {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, a class name...
    pub name: String,
    /// `C.method.<locals>.inner`, as CPython's `__qualname__`.
    pub qualname: String,
    /// The script path as given to the compiler.
    pub filename: Rc<str>,
    /// Line of the `def` (or the first decorator), or 1 for a module.
    pub first_line: u32,
    pub instructions: Vec<Instruction>,
    /// One source span per instruction (same length as `instructions`).
    pub locations: Vec<Loc>,
    pub consts: Vec<Const>,
    /// One per constant: when CPython's compiler first put it in its constant cache, and
    /// whether from the source (see `compile::const_cache`).
    pub const_origins: Vec<ConstOrigin>,
    /// When `makecode` merged this code's `co_names`, then `co_consts`, into that cache.
    pub made_seq: u32,
    /// Names used by global, attribute, import and locals-mapping instructions.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional-only, positional, keyword-only, `*args`,
    /// `**kwargs`), then other locals in order of first assignment.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions (cells indices `0..cellvars.len()`).
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes (cells indices after the cellvars).
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter, the parameter's index in `varnames`
    /// (the VM moves the argument into the cell when the frame starts).
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// The docstring, if the body starts with a string literal.
    pub docstring: Option<String>,
}

impl CodeObject {
    /// Line number of instruction `index` (what a traceback shows for it).
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations
            .get(index)
            .map_or(self.first_line, |loc| loc.line)
    }

    /// Total number of parameters, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + self.flags.varargs as u32
            + self.flags.varkeywords as u32) as usize
    }
}
