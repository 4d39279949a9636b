//! refpy: a Python interpreter whose memory behaves exactly like CPython's.
//!
//! Pipeline: `syntax` (lexer, parser, AST) → `compile` (symbol tables, code generation) →
//! `bytecode` → `vm` (frames, dispatch), standing on `objects` (one file per Python type),
//! `gc` (the cycle collector) and `heap` (reference counts, deallocation). See
//! `docs/architecture.md`.

/// Whether the tracing hooks are compiled in: the line hook (`sys._set_line_hook`,
/// `memory_profiler`), the step observer (`refpy trace`) and allocation tracing
/// (`tracemalloc`). They are by default; built without them (`--no-default-features`),
/// refpy is the baseline `scripts/bench_hooks.sh` measures their cost against when off.
pub const HOOKS: bool = cfg!(feature = "tracing-hooks");

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
