//! The lexer and parser on arbitrary text: `Ok` or a `SyntaxError`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let _ = refpy::syntax::parse_module(&source, "<fuzz>");
});
