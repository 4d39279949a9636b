//! The interactive prompt (REPL): `refpy` on a terminal, or `refpy -i PROGRAM` after the
//! program ran. See `docs/repl.md`.
//!
//! Lines accumulate until `syntax::parse_interactive` stops answering `incomplete input`;
//! the input is compiled in `single` mode (expression statements echo their repr and bind
//! `_`) and runs in `__main__`'s globals. On a terminal, rustyline provides editing,
//! history (`~/.refpy_history`), Ctrl-R search and Tab completion; otherwise lines are read
//! from stdin with the prompts written to stderr, as python3 does.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, Vm};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor};
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};

/// How the REPL behaves.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Print `[N refs, M blocks]` after each input (`-X showrefcount`).
    pub showrefcount: bool,
    /// Print the version banner first (not after `-i PROGRAM`).
    pub banner: bool,
}

pub const PS1: &str = ">>> ";
pub const PS2: &str = "... ";
const HINT: &str =
    "Type \"exit()\" or Ctrl-D to leave; Tab completes, Ctrl-R searches the history.";

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

/// What feeding one more line did.
#[derive(Debug, PartialEq, Eq)]
enum Fed {
    /// The input is incomplete: read another line (with `... `).
    More,
    /// The input ran (or failed); start afresh.
    Done,
    /// `SystemExit` (or `exit()`): leave with this code.
    Exit(i32),
}

/// Runs the REPL in `main`'s globals until EOF (`None`) or `SystemExit` (`Some(code)`).
pub fn run(vm: &mut Vm, main: &PyRef, opts: &Options) -> Option<i32> {
    install_quitters(vm);
    if opts.banner {
        eprintln!("{}\n{HINT}", crate::cli::VERSION_LINE);
    }
    if std::io::stdin().is_terminal() {
        crate::vm::interrupt::install_handler();
        run_terminal(vm, main, opts)
    } else {
        run_plain(vm, main, opts)
    }
}

/// Lines from a pipe: prompts on stderr, no editing.
fn run_plain(vm: &mut Vm, main: &PyRef, opts: &Options) -> Option<i32> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut lines: Vec<String> = Vec::new();
    loop {
        vm.flush_stdout();
        eprint!("{}", if lines.is_empty() { PS1 } else { PS2 });
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                eprintln!();
                if !lines.is_empty() {
                    lines.push(String::new());
                    if let Fed::Exit(code) = feed(vm, main, &mut lines, opts) {
                        return Some(code);
                    }
                }
                return None;
            }
            Ok(_) => {}
        }
        let line = line.trim_end_matches(['\n', '\r']).to_string();
        lines.push(line);
        if let Fed::Exit(code) = feed(vm, main, &mut lines, opts) {
            return Some(code);
        }
    }
}

struct ReplHelper<'a> {
    vm: RefCell<&'a mut Vm>,
    main: PyRef,
}

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| std::path::PathBuf::from(h).join(".refpy_history"))
}

/// The indentation offered for the next line: the last line's, plus 4 after a `:`.
fn auto_indent(lines: &[String]) -> String {
    let Some(last) = lines.last() else {
        return String::new();
    };
    if last.trim().is_empty() {
        return String::new();
    }
    let mut indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let code = last.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') {
        indent.push_str("    ");
    }
    indent
}

fn run_terminal(vm: &mut Vm, main: &PyRef, opts: &Options) -> Option<i32> {
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .max_history_size(10_000)
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor: Editor<ReplHelper<'_>, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("refpy: cannot start line editing ({e}); reading lines plainly");
            return run_plain(vm, main, opts);
        }
    };
    editor.set_helper(Some(ReplHelper {
        vm: RefCell::new(vm),
        main: main.clone(),
    }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut lines: Vec<String> = Vec::new();
    let result = loop {
        if let Some(h) = editor.helper() {
            h.vm.borrow_mut().flush_stdout();
        }
        let prompt = if lines.is_empty() { PS1 } else { PS2 };
        let indent = auto_indent(&lines);
        let read = if indent.is_empty() {
            editor.readline(prompt)
        } else {
            editor.readline_with_initial(prompt, (&indent, ""))
        };
        match read {
            Ok(text) => {
                crate::vm::interrupt::clear();
                // A paste may bring several lines at once.
                for line in text.split('\n') {
                    let line = line.trim_end_matches('\r');
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line);
                    }
                    lines.push(line.to_string());
                }
                let Some(h) = editor.helper() else {
                    break None;
                };
                let mut vm = h.vm.borrow_mut();
                if let Fed::Exit(code) = feed(&mut vm, main, &mut lines, opts) {
                    break Some(code);
                }
            }
            Err(ReadlineError::Interrupted) => {
                crate::vm::interrupt::clear();
                lines.clear();
                eprintln!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                eprintln!();
                break None;
            }
            Err(e) => {
                eprintln!("refpy: {e}");
                break None;
            }
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    result
}

/// Adds the last line to the pending input and runs it when complete.
fn feed(vm: &mut Vm, main: &PyRef, lines: &mut Vec<String>, opts: &Options) -> Fed {
    // A line of blanks (say, the offered indentation) counts as an empty line.
    for l in lines.iter_mut() {
        if l.trim().is_empty() {
            l.clear();
        }
    }
    if lines.iter().all(|l| l.is_empty()) {
        lines.clear();
        return Fed::Done;
    }
    if let [line] = lines.as_mut_slice() {
        if let Some(call) = magic(line) {
            *line = call;
        }
    }
    let source = lines.join("\n") + "\n";
    let fed = match crate::syntax::parse_interactive(&source) {
        Err(e) if e.msg.starts_with("incomplete input") => return Fed::More,
        Err(info) => {
            report_syntax_error(vm, &source, info);
            Fed::Done
        }
        Ok(module) => {
            match crate::compile::compile(&module, "<stdin>", crate::compile::Mode::Single) {
                Err(info) => {
                    report_syntax_error(vm, &source, info);
                    Fed::Done
                }
                Ok(code) => execute(vm, main, code),
            }
        }
    };
    lines.clear();
    vm.flush_stdout();
    if opts.showrefcount {
        eprintln!("{}", crate::cli::refcount_line());
    }
    fed
}

/// `%why EXPR` (the chain of referrers that keeps the value alive, from a global, a module
/// or a cycle) and `%refs EXPR` (its direct referrers), written as the Python call they
/// stand for: the answer comes from the `objgraph` module's `_show_why` / `_show_referrers`.
fn magic(line: &str) -> Option<String> {
    let t = line.trim_start();
    let (func, rest) = if let Some(rest) = t.strip_prefix("%why") {
        ("_show_why", rest)
    } else {
        ("_show_referrers", t.strip_prefix("%refs")?)
    };
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let expr = rest.trim();
    if expr.is_empty() {
        return Some(
            "print('usage: %why EXPR (what keeps it alive) or %refs EXPR (its referrers)')"
                .to_string(),
        );
    }
    Some(format!(
        "__import__('objgraph').{func}(({expr}), globals())"
    ))
}

fn report_syntax_error(vm: &mut Vm, source: &str, mut info: crate::syntax::SyntaxErrorInfo) {
    if info.text.is_none() && info.lineno > 0 {
        info.text = source
            .lines()
            .nth(info.lineno as usize - 1)
            .map(str::to_string);
    }
    let err = vm.syntax_error_from(&info);
    vm.print_exception(&err.0);
}

fn execute(vm: &mut Vm, main: &PyRef, code: std::rc::Rc<crate::bytecode::CodeObject>) -> Fed {
    let code = vm.code_object(code);
    let globals = vm.module_globals(main);
    crate::vm::interrupt::clear();
    let result = vm.run_code_with_locals(&code, &globals, &globals, Vec::new());
    drop(code);
    drop(globals);
    let fed = match result {
        Ok(_) => Fed::Done,
        Err(e) if crate::cli::is_system_exit(vm, &e.0) => {
            Fed::Exit(crate::cli::exit_code_for(vm, &e.0))
        }
        Err(e) => {
            vm.flush_stdout();
            vm.print_exception(&e.0);
            Fed::Done
        }
    };
    vm.handled_exc = None;
    vm.run_pending_if_any();
    fed
}

/// `exit` and `quit` as python3's `site` makes them (for scripts and the REPL alike):
/// their repr is the hint, calling them raises `SystemExit`.
pub fn install_quitters(vm: &mut Vm) {
    const SRC: &str = "class Quitter(object):\n    def __init__(self, name, eof):\n        self.name = name\n        self.eof = eof\n    def __repr__(self):\n        return 'Use %s() or %s to exit' % (self.name, self.eof)\n    def __call__(self, code=None):\n        raise SystemExit(code)\nexit = Quitter('exit', 'Ctrl-D (i.e. EOF)')\nquit = Quitter('quit', 'Ctrl-D (i.e. EOF)')\n";
    let builtins = vm.builtins_dict.clone();
    if lookup(vm, &builtins, "exit").is_some() {
        return;
    }
    let module = vm.new_module("_sitebuiltins");
    if vm.exec_source(SRC, "<_sitebuiltins>", &module).is_err() {
        return;
    }
    let globals = vm.module_globals(&module);
    for name in ["exit", "quit"] {
        if let (Some(v), Some(d)) = (lookup(vm, &globals, name), vm.dict_payload(&builtins)) {
            let k = vm.intern(name);
            vm.dict_set_str(d, &k, v);
        }
    }
}

/// `dict[name]` for a str key, without running any Python code.
fn lookup(vm: &Vm, dict: &PyRef, name: &str) -> Option<PyRef> {
    let d = vm.dict_payload(dict)?;
    let d = d.borrow();
    let found = d
        .iter()
        .find(|(k, _)| k.as_str_opt() == Some(name))
        .map(|(_, v)| v.clone());
    found
}

fn dict_names(vm: &Vm, dict: &PyRef) -> Vec<String> {
    let Some(d) = vm.dict_payload(dict) else {
        return Vec::new();
    };
    let d = d.borrow();
    d.keys()
        .filter_map(|k| k.as_str_opt().map(str::to_string))
        .collect()
}

fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && cs.all(|c| c.is_alphanumeric() || c == '_')
}

/// Module names for `import <Tab>`: loaded modules and the `.py` files and packages in the
/// folders of `sys.path` (and the current directory).
fn module_names(vm: &mut Vm) -> Vec<String> {
    let modules = vm.modules.clone();
    let mut names: Vec<String> = dict_names(vm, &modules)
        .into_iter()
        .filter_map(|n| n.split('.').next().map(str::to_string))
        .collect();
    let mut dirs = vec![std::path::PathBuf::from(".")];
    if let Some(sys) = vm.sys_module.clone() {
        if let Ok(path) = vm.getattr_str(&sys, "path") {
            if let Payload::List(items) = &path.payload {
                for p in items.borrow().iter() {
                    if let Some(s) = p.as_str_opt() {
                        dirs.push(if s.is_empty() { ".".into() } else { s.into() });
                    }
                }
            }
        }
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(stem) = name.strip_suffix(".py") {
                names.push(stem.to_string());
            } else if path.join("__init__.py").is_file() {
                names.push(name);
            }
        }
    }
    names.retain(|n| is_ident(n));
    names
}

/// The value of a dotted name chain (`a.b.c`), by attribute lookups only.
fn eval_chain(vm: &mut Vm, main: &PyRef, chain: &str) -> Option<PyRef> {
    let mut parts = chain.split('.');
    let first = parts.next()?;
    if !is_ident(first) {
        return None;
    }
    let globals = vm.module_globals(main);
    let builtins = vm.builtins_dict.clone();
    let mut obj = lookup(vm, &globals, first).or_else(|| lookup(vm, &builtins, first))?;
    for part in parts {
        if !is_ident(part) {
            return None;
        }
        obj = vm.getattr_str(&obj, part).ok()?;
    }
    Some(obj)
}

/// `dir(obj)` as strings.
fn attributes(vm: &mut Vm, obj: &PyRef) -> Vec<String> {
    let builtins = vm.builtins_dict.clone();
    let Some(dir) = lookup(vm, &builtins, "dir") else {
        return Vec::new();
    };
    let args = [obj.clone()];
    let Ok(list) = vm.call(
        &dir,
        Args {
            args: &args,
            kwnames: &[],
        },
    ) else {
        return Vec::new();
    };
    let names = match &list.payload {
        Payload::List(items) => items
            .borrow()
            .iter()
            .filter_map(|s| s.as_str_opt().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    names
}

/// Completions for the text before the cursor: `(start of the replaced word, candidates)`.
pub fn complete(vm: &mut Vm, main: &PyRef, before: &str) -> (usize, Vec<String>) {
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    let head = before[..start].trim();
    if word.is_empty() && head.is_empty() {
        // Tab at the start of a line indents.
        return (start, vec!["    ".to_string()]);
    }
    let first_word = head.split_whitespace().next().unwrap_or("");
    let import_ctx =
        (head == "import" || head == "from") || (first_word == "import" && head.ends_with(','));
    let (start, prefix, mut names) = if import_ctx && !word.contains('.') {
        (start, word, module_names(vm))
    } else if let Some((chain, prefix)) = word.rsplit_once('.') {
        let Some(obj) = eval_chain(vm, main, chain) else {
            return (start, Vec::new());
        };
        let names = attributes(vm, &obj);
        (start + chain.len() + 1, prefix, names)
    } else {
        let globals = vm.module_globals(main);
        let builtins = vm.builtins_dict.clone();
        let mut names = dict_names(vm, &globals);
        names.extend(dict_names(vm, &builtins));
        names.extend(KEYWORDS.iter().map(|k| k.to_string()));
        (start, word, names)
    };
    names.retain(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')));
    names.sort();
    names.dedup();
    (start, names)
}

impl Completer for ReplHelper<'_> {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let Ok(mut vm) = self.vm.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        let before = line.get(..pos).unwrap_or(line);
        let (start, names) = complete(&mut vm, &self.main, before);
        vm.handled_exc = None;
        vm.run_pending_if_any();
        let pairs = names
            .into_iter()
            .map(|n| Pair {
                display: n.clone(),
                replacement: n,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper<'_> {
    type Hint = String;
}
impl Highlighter for ReplHelper<'_> {}
impl Validator for ReplHelper<'_> {}
impl rustyline::Helper for ReplHelper<'_> {}
