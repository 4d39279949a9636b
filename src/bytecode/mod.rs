//! Bytecode: the instruction set, code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod instruction;
pub mod quicken;

pub use code::{CodeFlags, CodeObject, Const, ConstOrigin};
pub use instruction::{BinaryOperator, CompareKind, Conversion, Instruction};
