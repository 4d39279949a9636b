//! refpy: a Python interpreter whose memory behaves exactly like CPython's.
//!
//! Pipeline: `syntax` (lexer, parser, AST) → `compile` (symbol tables, code generation) →
//! `bytecode` → `vm` (frames, dispatch), standing on `objects` (one file per Python type),
//! `gc` (the cycle collector) and `heap` (reference counts, deallocation). See
//! `docs/architecture.md`.

pub mod builtins;
pub mod bytecode;
pub mod cli;
pub mod compile;
pub mod format;
pub mod gc;
pub mod heap;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod syntax;
pub mod testrunner;
pub mod trace;
pub mod vm;
