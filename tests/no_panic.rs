//! Bad input never panics the front end: random bytes and random token soup go through the
//! lexer, the parser and the compiler, which must answer `Ok` or a `SyntaxError`, never
//! panic. Seeded, so a failure is reproducible.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use refpy::compile::{compile, Mode};
use refpy::syntax::parse_module;

const TOKENS: &[&str] = &[
    "def", "class", "return", "yield", "lambda", "if", "elif", "else", "for", "while", "in", "not",
    "and", "or", "is", "try", "except", "finally", "with", "as", "raise", "from", "import",
    "global", "nonlocal", "del", "pass", "break", "continue", "assert", "match", "case", "async",
    "await", "x", "y", "_", "f", "0", "1", "3.5", "2j", "0x1f", "'s'", "\"t\"", "f'{x}'", "b'b'",
    "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**", "/", "//",
    "%", "@", "<", ">", "<=", "|", "&", "^", "~", "->", ":=", "+=", "...", "\n", "\n    ", "\n\t",
    "\\\n", "#c\n", "*args", "**kw",
];

fn check(source: &str) {
    if let Ok(module) = parse_module(source, "<fuzz>") {
        let _ = compile(&module, "<fuzz>", Mode::Exec);
        let _ = compile(&module, "<fuzz>", Mode::Single);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = StdRng::seed_from_u64(7);
    for _ in 0..2000 {
        let len = rng.gen_range(0..80);
        let bytes: Vec<u8> = (0..len).map(|_| rng.gen()).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = StdRng::seed_from_u64(11);
    for _ in 0..3000 {
        let n = rng.gen_range(1..40);
        let mut source = String::new();
        for _ in 0..n {
            source.push_str(TOKENS[rng.gen_range(0..TOKENS.len())]);
            source.push(' ');
        }
        check(&source);
    }
}

#[test]
fn mutated_valid_programs_never_panic() {
    let base = "def f(a, b=2, *c, d, **e):\n    global g\n    try:\n        return [x for x in a if x]\n    except E as err:\n        raise X from err\n    finally:\n        pass\nclass C(B, metaclass=M):\n    def m(self):\n        return super().m()\nmatch v:\n    case [1, *r] | {'k': _}:\n        pass\nwith a as b, c:\n    yield from z\n";
    let mut rng = StdRng::seed_from_u64(13);
    for _ in 0..3000 {
        let mut chars: Vec<char> = base.chars().collect();
        for _ in 0..rng.gen_range(1..4) {
            let i = rng.gen_range(0..chars.len());
            match rng.gen_range(0..3) {
                0 => {
                    chars.remove(i);
                }
                1 => chars.insert(
                    i,
                    TOKENS[rng.gen_range(0..TOKENS.len())]
                        .chars()
                        .next()
                        .unwrap_or(' '),
                ),
                _ => {
                    let j = rng.gen_range(0..chars.len());
                    chars.swap(i, j);
                }
            }
        }
        check(&chars.into_iter().collect::<String>());
    }
}

/// Inputs `scripts/fuzz.sh` found, kept as regressions (each once panicked).
#[test]
fn fuzz_findings_never_panic() {
    let findings = [
        // parse, 2026-12-04: an `=` error hint whose expression ran to the end of the
        // tokens indexed one past them.
        "AF *=\u{fffd}= \"l",
    ];
    for source in findings {
        check(source);
    }
}
