//! refpy: a Python interpreter whose memory behaves exactly like CPython's.
//!
//! Pipeline: `syntax` (lexer, parser, AST) → `compile` (symbol tables, code generation) →
//! `bytecode` → `vm` (frames, dispatch), standing on `objects` (one file per Python type),
//! `gc` (the cycle collector) and `heap` (reference counts, deallocation). See
//! `docs/architecture.md`.

pub mod bytecode;
pub mod compile;
pub mod syntax;
