//! The compiler on whatever parses: code objects or a `SyntaxError`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refpy::compile::{compile, Mode};

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    if let Ok(module) = refpy::syntax::parse_module(&source, "<fuzz>") {
        let _ = compile(&module, "<fuzz>", Mode::Exec);
        let _ = compile(&module, "<fuzz>", Mode::Single);
    }
});
