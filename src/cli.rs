//! The command line: `refpy [OPTIONS] [FILE | -c CODE | -m MODULE | -] [ARGS...]`, the REPL
//! when no program is given on a terminal, and `refpy test PATH...` (see `docs/cli.md`).
//!
//! Options end at the program: like python3, everything after `FILE`, `-c CODE` or
//! `-m MODULE` goes to `sys.argv`, so the raw words are split first and only the options
//! are handed to clap.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::Vm;
use clap::Parser;
use std::io::{IsTerminal, Read};

pub const VERSION_LINE: &str = "refpy 0.1.0 (Python 3.11 compatible)";
const USAGE: &str = "usage: refpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

#[derive(Parser, Debug, Default)]
#[command(
    name = "refpy",
    about = "A Python 3.11 interpreter with CPython's memory semantics",
    override_usage = "refpy [OPTIONS] [FILE | -c CODE | -m MODULE | -] [ARGS...]\n       refpy test PATH... [--bless | --oracle INTERP] [-k PATTERN] (see `refpy test --help`)",
    disable_version_flag = true,
    after_help = "Examples:\n  refpy                      start the interactive prompt (REPL)\n  refpy script.py a b        run a script; sys.argv == ['script.py', 'a', 'b']\n  refpy -c 'print(6 * 7)'    run a string\n  refpy -m pkg.tool          run a module found on sys.path as __main__\n  echo 'print(1)' | refpy    run standard input\n  refpy -i script.py         run a script, then the REPL in its globals\n  refpy -X leakcheck s.py    report objects still alive at exit\n  refpy test tests/golden    run golden-output tests\n\nExit codes: 0, 1 for an uncaught exception, 2 for usage errors, or sys.exit's value."
)]
pub struct Cli {
    /// Program passed in as a string (terminates the option list).
    #[arg(short = 'c', value_name = "CODE")]
    pub command: Option<String>,
    /// Run library module as a script (terminates the option list).
    #[arg(short = 'm', value_name = "MODULE")]
    pub module: Option<String>,
    /// Inspect interactively after running the program.
    #[arg(short = 'i')]
    pub inspect: bool,
    /// Unbuffered stdout (every write goes out at once).
    #[arg(short = 'u')]
    pub unbuffered: bool,
    /// Implementation options: leakcheck, stress-gc, showrefcount, tracemalloc.
    #[arg(short = 'X', value_name = "OPTION")]
    pub xoptions: Vec<String>,
    /// Warning control (`action:message:category:module:lineno`), into `sys.warnoptions`.
    #[arg(short = 'W', value_name = "ARG")]
    pub warnoptions: Vec<String>,
    /// Print the disassembly of the program instead of running it.
    #[arg(long = "dis")]
    pub dis: bool,
    /// Print the version and exit.
    #[arg(short = 'V', long = "version")]
    pub version: bool,
    /// The script (FILE or `-`) and its arguments.
    #[arg(skip)]
    pub args: Vec<String>,
}

impl Cli {
    pub fn has_x(&self, name: &str) -> bool {
        self.xoptions.iter().any(|x| x == name)
    }
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> i32 {
    let raw: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if raw.first().map(String::as_str) == Some("test") {
        return crate::testrunner::run_cli(&raw[1..]);
    }
    if raw.first().map(String::as_str) == Some("trace") {
        return crate::trace::run_cli(&raw[1..]);
    }
    let cli = match parse(&raw) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if cli.version {
        println!("{VERSION_LINE}");
        return 0;
    }
    flush_output_on_panic();
    // Deep Python recursion and deep reprs recurse in Rust: run on a big stack.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(cli));
    match child.map(|c| c.join()) {
        Ok(Ok(code)) => code,
        _ => 1,
    }
}

/// A panic is an interpreter bug; release builds abort on it (`panic = "abort"`: no
/// unwinding tables on the hot paths, 2-9 % faster), so no destructor runs. What the script
/// printed is let out first, then the usual message.
fn flush_output_on_panic() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        crate::vm::stdout::flush_after_panic();
        report(info);
    }));
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("{msg}\n{USAGE}\nTry `refpy -h' for more information.");
    2
}

/// Splits the raw words into options (parsed by clap) and the program's arguments.
pub fn parse(raw: &[String]) -> Result<Cli, i32> {
    let mut opts = vec!["refpy".to_string()];
    let mut i = 0;
    let mut rest_from = raw.len();
    'words: while i < raw.len() {
        let a = &raw[i];
        if a == "--" {
            rest_from = i + 1;
            break;
        }
        if a == "-" || !a.starts_with('-') {
            rest_from = i;
            break;
        }
        if a.starts_with("--") {
            opts.push(a.clone());
            i += 1;
            continue;
        }
        // A cluster of short options: `-iu`, `-Xleakcheck`, `-c CODE`, `-cCODE`.
        for (k, ch) in a.char_indices().skip(1) {
            if matches!(ch, 'c' | 'm' | 'X' | 'W') {
                let attached = &a[k + ch.len_utf8()..];
                let value = if !attached.is_empty() {
                    attached.to_string()
                } else if let Some(v) = raw.get(i + 1) {
                    i += 1;
                    v.clone()
                } else {
                    return Err(usage_error(&format!(
                        "Argument expected for the -{ch} option"
                    )));
                };
                opts.push(format!("-{ch}"));
                opts.push(value);
                i += 1;
                if !matches!(ch, 'X' | 'W') {
                    rest_from = i;
                    break 'words;
                }
                continue 'words;
            }
            opts.push(format!("-{ch}"));
        }
        i += 1;
    }
    let mut cli = match Cli::try_parse_from(&opts) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind as K;
            return Err(match e.kind() {
                K::DisplayHelp => {
                    let _ = e.print();
                    0
                }
                K::UnknownArgument => {
                    let bad = e
                        .get(clap::error::ContextKind::InvalidArg)
                        .map(|v| v.to_string())
                        .unwrap_or_default();
                    let bad = bad.split_whitespace().next().unwrap_or("").to_string();
                    if bad.starts_with("--") || bad.is_empty() {
                        usage_error(&format!("unknown option {bad}"))
                    } else {
                        usage_error(&format!("Unknown option: {bad}"))
                    }
                }
                _ => {
                    let text = e.to_string();
                    let first = text.lines().next().unwrap_or("invalid arguments");
                    usage_error(first.trim_start_matches("error: "))
                }
            });
        }
    };
    cli.args = raw.get(rest_from..).unwrap_or_default().to_vec();
    Ok(cli)
}

/// Where the program comes from.
enum Program {
    Source {
        source: String,
        filename: String,
        argv: Vec<String>,
    },
    Repl,
}

fn cant_open(file: &str, e: &std::io::Error) -> i32 {
    let abs = std::env::current_dir()
        .map(|d| d.join(file))
        .unwrap_or_else(|_| std::path::PathBuf::from(file));
    eprintln!(
        "refpy: can't open file '{}': [Errno {}] {}",
        abs.display(),
        e.raw_os_error().unwrap_or(2),
        if e.kind() == std::io::ErrorKind::NotFound {
            "No such file or directory".to_string()
        } else {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    );
    2
}

fn read_stdin() -> String {
    let mut bytes = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Finds `-m` MODULE: `a/b.py` or `a/b/__main__.py` under the current directory.
fn find_module(name: &str) -> Option<std::path::PathBuf> {
    if name.is_empty()
        || !name
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'))
    {
        return None;
    }
    let base = std::env::current_dir().ok()?.join(name.replace('.', "/"));
    let file = base.with_extension("py");
    if file.is_file() {
        return Some(file);
    }
    let main = base.join("__main__.py");
    main.is_file().then_some(main)
}

fn program(cli: &Cli) -> Result<Program, i32> {
    if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        return Ok(Program::Source {
            source: code.clone(),
            filename: "<string>".into(),
            argv,
        });
    }
    if let Some(m) = &cli.module {
        let Some(path) = find_module(m) else {
            // A stdlib module written in Python (or its package's `__main__`) runs too;
            // `sys.argv[0]` ends as CPython's file name would (`json/tool.py`).
            let frozen = crate::modules::frozen::find(m)
                .or_else(|| crate::modules::frozen::find(&format!("{m}.__main__")));
            let Some(module) = frozen else {
                eprintln!("refpy: No module named {m}");
                return Err(1);
            };
            let source = crate::modules::frozen::source_of(module).into_owned();
            let mut argv = vec![format!("{}.py", module.name.replace('.', "/"))];
            argv.extend(cli.args.iter().cloned());
            return Ok(Program::Source {
                source,
                filename: format!("<frozen {}>", module.name),
                argv,
            });
        };
        let source = std::fs::read_to_string(&path).map_err(|e| cant_open(m, &e))?;
        let filename = path.to_string_lossy().into_owned();
        let mut argv = vec![filename.clone()];
        argv.extend(cli.args.iter().cloned());
        return Ok(Program::Source {
            source,
            filename,
            argv,
        });
    }
    match cli.args.first().map(String::as_str) {
        Some("-") => Ok(Program::Source {
            source: read_stdin(),
            filename: "<stdin>".into(),
            argv: cli.args.clone(),
        }),
        Some(file) => {
            let mut path = std::path::PathBuf::from(file);
            if path.is_dir() {
                let main = path.join("__main__.py");
                if !main.is_file() {
                    let abs = std::fs::canonicalize(&path).unwrap_or(path);
                    eprintln!("refpy: can't find '__main__' module in '{}'", abs.display());
                    return Err(1);
                }
                path = main;
            }
            let source = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => return Err(cant_open(file, &e)),
            };
            let filename = std::fs::canonicalize(&path)
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_else(|_| path.to_string_lossy().into_owned());
            Ok(Program::Source {
                source,
                filename,
                argv: cli.args.clone(),
            })
        }
        None if std::io::stdin().is_terminal() || cli.inspect => Ok(Program::Repl),
        None => Ok(Program::Source {
            source: read_stdin(),
            filename: "<stdin>".into(),
            argv: vec![String::new()],
        }),
    }
}

fn run(cli: Cli) -> i32 {
    let prog = match program(&cli) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if cli.dis {
        let Program::Source {
            source, filename, ..
        } = &prog
        else {
            return usage_error("--dis needs a program (FILE, -c CODE, -m MODULE or -)");
        };
        return match crate::syntax::parse_module(source, filename)
            .and_then(|m| crate::compile::compile(&m, filename, crate::compile::Mode::Exec))
        {
            Ok(code) => {
                print!("{}", crate::bytecode::dis::disassemble(&code));
                0
            }
            Err(e) => {
                eprintln!("{e}");
                1
            }
        };
    }
    let leakcheck = cli.has_x("leakcheck");
    if cli.has_x("stress-gc") {
        crate::gc::CONFIG.with(|c| c.stress.set(true));
    }
    let showrefcount = cli.has_x("showrefcount");
    if let Err(msg) = crate::vm::interrupt::configure(&cli.xoptions) {
        return usage_error(&msg);
    }
    if let Err(source) = crate::modules::sys::configure_int_max_str_digits(&cli.xoptions) {
        // CPython refuses to start (a fatal error of its configuration step).
        eprintln!(
            "Fatal Python error: config_init_int_max_str_digits: {source}: invalid limit; \
             must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n"
        );
        return 1;
    }
    crate::modules::sys::set_inspect_flag(cli.inspect);
    let mut vm = Vm::new();
    vm.leakcheck = leakcheck;
    let interactive = matches!(prog, Program::Repl) || cli.inspect;
    if cli.unbuffered || interactive {
        crate::vm::stdout::set_unbuffered();
    }
    let (argv, filename) = match &prog {
        Program::Source { argv, filename, .. } => (argv.clone(), filename.clone()),
        Program::Repl => (vec![String::new()], "<stdin>".to_string()),
    };
    vm.script_path = filename.clone();
    crate::modules::sys::set_argv(&mut vm, &argv);
    set_warnoptions(&mut vm, &cli);
    crate::repl::install_quitters(&mut vm);
    let baseline = crate::heap::live_mortal_objects();
    // What start-up made and the teardown frees (its modules, their functions...) must not
    // hide the script's leaks from the count: the mortal objects the module table and
    // `builtins` reach now are remembered, and those that die are added back at the end.
    let startup = if leakcheck {
        let mut roots = vec![vm.modules.clone(), vm.builtins.clone()];
        roots.extend(crate::gc::all_tracked());
        startup_objects(&roots)
    } else {
        Vec::new()
    };
    let file = match &prog {
        Program::Source { filename, .. }
            if filename != "<string>" && !filename.starts_with("<frozen ") =>
        {
            Some(filename.as_str())
        }
        _ => None,
    };
    let main = setup_main(&mut vm, file);
    let mut code = 0;
    if let Program::Source {
        source, filename, ..
    } = &prog
    {
        code = match vm.exec_main_source(source, filename, &main) {
            Ok(()) => 0,
            Err(e) if cli.inspect => {
                vm.print_exception(&e.0);
                1
            }
            Err(e) => exit_code_for(&mut vm, &e.0),
        };
        vm.flush_stdout();
    }
    if interactive {
        let opts = crate::repl::Options {
            showrefcount,
            banner: matches!(prog, Program::Repl),
        };
        code = crate::repl::run(&mut vm, &main, &opts).unwrap_or(code);
    }
    // A stop by `-X max-time`/`max-output` ends the run: its reason is the last word.
    let stop = crate::vm::interrupt::stopped();
    let code = finish_main(&mut vm, main, code);
    vm.flush_stdout();
    let code = match stop {
        Some((reason, status)) => {
            vm.write_stderr(&format!("{reason}\n"));
            status
        }
        None => code,
    };
    if leakcheck {
        let alive_startup: std::collections::HashSet<usize> = startup
            .iter()
            .filter_map(|w| w.upgrade().map(|o| o.id()))
            .collect();
        let freed_startup = startup.len() - alive_startup.len();
        // The runtime's own lazily made objects (the Python-written `types` classes that
        // stand for C types) are not the script's.
        let runtime = crate::objects::methods::generic_alias::runtime_namespace()
            .map(|ns| startup_objects(&[ns]))
            .unwrap_or_default()
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|o| !alive_startup.contains(&o.id()))
            .count();
        let alive = (crate::heap::live_mortal_objects() + freed_startup)
            .saturating_sub(baseline + runtime)
            .saturating_sub(vm.held_at_exit);
        eprintln!("refpy: leakcheck: {alive} objects alive");
    }
    if showrefcount && !interactive {
        eprintln!("{}", refcount_line());
    }
    code
}

/// `sys.warnoptions`: PYTHONWARNINGS's comma-separated entries, then the `-W` options (the
/// later take precedence). When there are any, `warnings` is imported at start-up, as
/// CPython does, and applies them to its filters.
fn set_warnoptions(vm: &mut Vm, cli: &Cli) {
    let mut options: Vec<String> = std::env::var("PYTHONWARNINGS")
        .map(|v| {
            v.split(',')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    options.extend(cli.warnoptions.iter().cloned());
    if options.is_empty() {
        return;
    }
    let Some(sys) = vm.sys_module.clone() else {
        return;
    };
    let items = options.iter().map(|w| vm.str(w)).collect();
    let list = vm.list(items);
    crate::modules::set_attr(vm, &sys, "warnoptions", list);
    if let Err(e) = vm.import_module("warnings") {
        vm.print_exception(&e.0);
    }
}

/// The mortal objects `roots` reach, through immortal ones too (a builtin module's
/// functions), as weak references: what start-up made.
fn startup_objects(roots: &[PyRef]) -> Vec<crate::heap::WeakPyRef> {
    let mut seen = std::collections::HashSet::new();
    let mut found = Vec::new();
    let mut stack: Vec<PyRef> = roots.to_vec();
    while let Some(obj) = stack.pop() {
        if !seen.insert(obj.id()) {
            continue;
        }
        if !obj.is_immortal() {
            found.push(obj.downgrade());
        }
        obj.traverse(&mut |o| stack.push(o.clone()));
        // A generator's traversal hides its frame, and a dict's its str keys.
        match &obj.payload {
            Payload::Generator { frame, .. } => stack.extend(frame.borrow().iter().cloned()),
            Payload::Dict(d) => stack.extend(d.borrow().keys().cloned()),
            // Leaves the collector need not see: a code object's constants and names, a
            // function's code and names.
            Payload::Code(c) => stack.extend([c.consts.object().clone(), c.names.object().clone()]),
            Payload::Function(f) => {
                stack.push(f.code.clone());
                for name in [&f.name, &f.qualname, &f.module, &f.doc] {
                    stack.push(name.borrow().clone());
                }
            }
            _ => {}
        }
    }
    found
}

/// `-X showrefcount`'s `[N refs, M blocks]`: refpy cannot cheaply sum reference counts, so
/// N counts the live mortal objects (each holds at least one reference) and M all live
/// objects, immortal ones included.
pub fn refcount_line() -> String {
    format!(
        "[{} refs, {} blocks]",
        crate::heap::live_mortal_objects(),
        crate::heap::live_objects()
    )
}

/// Creates `__main__` (with `__file__` when given) and registers it in `sys.modules`.
/// Generation-0 count CPython 3.11 has when a script's compilation starts, less what
/// refpy's own compilation of a two-line script counts (calibrated: `import gc;
/// print(gc.get_count())` prints `(248, 0, 2)` under both).
const STARTUP_GC_COUNT: usize = 249;

pub fn setup_main(vm: &mut Vm, file: Option<&str>) -> PyRef {
    save_builtins(vm);
    let main = vm.new_module("__main__");
    // CPython makes `sys.modules` and `__main__` during startup, whose collections leave
    // them in the oldest generation, in that order: a collection reaches the namespace
    // before any object the script makes, which fixes the order the collector sees.
    if let Payload::Module(globals) = &main.payload {
        for obj in [&vm.modules.clone(), &main, globals] {
            crate::gc::untrack(obj);
            crate::gc::track_in(obj, 2);
        }
    }
    crate::gc::set_startup_state(STARTUP_GC_COUNT);
    // `__main__`'s namespace as CPython's start-up leaves it, in its order (`dir()` and
    // `globals()` show it). There is no import system object behind `__main__`: its
    // loader is None here.
    let none = vm.none();
    for name in ["__doc__", "__package__", "__loader__", "__spec__"] {
        crate::modules::set_attr(vm, &main, name, none.clone());
    }
    let annotations = vm.dict();
    crate::modules::set_attr(vm, &main, "__annotations__", annotations);
    let builtins = vm.builtins.clone();
    crate::modules::set_attr(vm, &main, "__builtins__", builtins);
    if let Some(filename) = file {
        let file = vm.str(filename);
        crate::modules::set_attr(vm, &main, "__file__", file);
        crate::modules::set_attr(vm, &main, "__cached__", none);
    }
    let key = vm.str("__main__");
    let modules = vm.modules.clone();
    if let Some(d) = vm.dict_payload(&modules) {
        let _ = vm.dict_set(d, key, main.clone());
    }
    main
}

/// Runs the `__main__` module; prints an uncaught exception; returns the exit code.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let main = setup_main(vm, (filename != "<string>").then_some(filename));
    let result = vm.exec_main_source(source, filename, &main);
    let code = match result {
        Ok(()) => 0,
        Err(e) => exit_code_for(vm, &e.0),
    };
    finish_main(vm, main, code)
}

/// Interpreter exit, in `Py_FinalizeEx`'s order: atexit handlers, a collection if the
/// collector is enabled, then the modules are finalized. Returns `code`.
pub fn finish_main(vm: &mut Vm, main: PyRef, code: i32) -> i32 {
    // atexit handlers (pending `weakref.finalize` callbacks among them) run while the
    // interpreter is intact.
    crate::modules::atexit::run_exitfuncs(vm);
    crate::modules::sys::set_finalizing();
    vm.handled_exc = None;
    drop(main);
    vm.run_pending_if_any();
    // `PyGC_Collect`: finalizers of garbage cycles see every module whole.
    crate::modules::gc::collect_if_enabled(vm);
    finalize_modules(vm);
    code
}

/// `finalize_modules`: every module leaves `sys.modules` and `builtins` goes back to its
/// start-up contents; a module kept alive only by the cycle between its globals and its
/// functions is then freed by a full collection, whose finalizers still see intact
/// globals; the globals of modules that outlive it are set to None, newest module first,
/// then those of `sys` and `builtins` (so a user object a `sys` hook or a builtin held is
/// released too), and a last collection frees the cycles that this broke.
fn finalize_modules(vm: &mut Vm) {
    delete_special(vm);
    let survivors = remove_modules(vm);
    vm.run_pending_if_any();
    restore_builtins(vm);
    crate::modules::c_types::retrack_all();
    crate::modules::gc::collect_no_fail(vm);
    for module in survivors.iter().rev().filter_map(|m| m.upgrade()) {
        clear_module_dict(vm, &module);
    }
    // `finalize_clear_sys_builtins_dict`.
    if let Some(sys) = vm.sys_module.clone() {
        clear_module_dict(vm, &sys);
    }
    let builtins = vm.builtins.clone();
    clear_module_dict(vm, &builtins);
    crate::modules::c_types::retrack_all();
    crate::modules::gc::collect_no_fail(vm);
    vm.run_pending_if_any();
    vm.release_runtime_objects();
    vm.held_at_exit = crate::modules::gc::fini(vm);
}

/// A value of `builtins` at start-up, kept to restore it at exit (`interp->builtins_copy`).
enum SavedBuiltin {
    /// An immortal value (the builtin functions and types).
    Immortal(PyRef),
    /// A mortal one, held weakly so that the copy changes no reference count.
    Mortal(crate::heap::WeakPyRef),
}

thread_local! {
    /// `builtins`' entries as start-up left them (see [`save_builtins`]).
    static BUILTINS_COPY: std::cell::RefCell<Option<Vec<(PyRef, SavedBuiltin)>>> =
        const { std::cell::RefCell::new(None) };
}

/// Names `site` and the io set-up add after CPython copies `builtins` (`open`, the
/// quitters): the restore at exit drops them, as CPython's does.
const ADDED_AFTER_COPY: [&str; 7] = [
    "open",
    "exit",
    "quit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// Takes the copy of `builtins` that the exit restores, once, before the script runs.
fn save_builtins(vm: &Vm) {
    if BUILTINS_COPY.with(|c| c.borrow().is_some()) {
        return;
    }
    let Payload::Dict(d) = &vm.builtins_dict.payload else {
        return;
    };
    let copy = d
        .borrow()
        .iter()
        .filter(|(k, _)| {
            !k.as_str_opt()
                .is_some_and(|k| ADDED_AFTER_COPY.contains(&k))
        })
        .map(|(k, v)| {
            let saved = if v.is_immortal() {
                SavedBuiltin::Immortal(v.clone())
            } else {
                SavedBuiltin::Mortal(v.downgrade())
            };
            (k.clone(), saved)
        })
        .collect();
    BUILTINS_COPY.with(|c| *c.borrow_mut() = Some(copy));
}

/// `finalize_restore_builtins`: `builtins` gets its start-up entries back, so a user
/// object stored there (or a builtin the script replaced) is released before the
/// collection. The old entries are released after the restore, in entry order.
fn restore_builtins(vm: &mut Vm) {
    let Some(copy) = BUILTINS_COPY.with(|c| c.borrow_mut().take()) else {
        return;
    };
    let Payload::Dict(d) = &vm.builtins_dict.payload else {
        return;
    };
    let old = d.borrow_mut().take();
    for (key, saved) in copy {
        let value = match saved {
            SavedBuiltin::Immortal(v) => Some(v),
            SavedBuiltin::Mortal(w) => w.upgrade(),
        };
        if let Some(value) = value {
            vm.dict_set_str(d, &key, value);
        }
    }
    drop(old);
    vm.run_pending_if_any();
}

/// `finalize_modules_delete_special`: `builtins._` and the `sys` attributes that may hold
/// user objects (the last uncaught exception, its traceback and so its frames) become
/// None, in CPython's order, before any module goes; `sys.stdin`, `stdout` and `stderr`
/// get back their original streams.
fn delete_special(vm: &mut Vm) {
    const SYS_DELETES: [&str; 11] = [
        "path",
        "argv",
        "ps1",
        "ps2",
        "last_type",
        "last_value",
        "last_traceback",
        "path_hooks",
        "path_importer_cache",
        "meta_path",
        "__interactive_hook__",
    ];
    if let Payload::Dict(b) = &vm.builtins_dict.clone().payload {
        let key = vm.intern("_");
        let none = vm.none();
        vm.dict_set_str(b, &key, none);
        vm.run_pending_if_any();
    }
    let Some(sys) = vm.sys_module.clone() else {
        return;
    };
    let Payload::Module(globals) = &sys.payload else {
        return;
    };
    let Payload::Dict(d) = &globals.payload else {
        return;
    };
    // One name at a time: CPython's order, not the dict's.
    for target in SYS_DELETES {
        replace_with_none(vm, d, |k, _| k.as_str_opt() == Some(target));
    }
    for (name, original) in [
        ("stdin", "__stdin__"),
        ("stdout", "__stdout__"),
        ("stderr", "__stderr__"),
    ] {
        let value = vm
            .getattr_opt(&sys, original)
            .ok()
            .flatten()
            .unwrap_or_else(|| vm.none());
        let key = vm.intern(name);
        vm.dict_set_str(d, &key, value);
        vm.run_pending_if_any();
    }
}

/// `finalize_remove_modules` and `finalize_clear_modules_dict`: each module's entry becomes
/// None in insertion order (a module nothing else holds dies then), and a weak reference
/// to each is kept to find the ones that survive (builtin modules always do). Then the entries go, but for builtin
/// modules: they are immortal, and refpy's own teardown still uses them.
fn remove_modules(vm: &mut Vm) -> Vec<crate::heap::WeakPyRef> {
    let modules = vm.modules.clone();
    let Some(d) = vm.dict_payload(&modules) else {
        return Vec::new();
    };
    let mut weak = Vec::new();
    replace_with_none(vm, d, |name, m| {
        if !matches!(m.payload, Payload::Module(_)) {
            return false;
        }
        // `sys` and `builtins` are never wiped here (CPython clears them last, and refpy's
        // own teardown still reads them).
        let name = name.as_str_opt().unwrap_or("");
        if name != "sys" && name != "builtins" {
            weak.push(m.downgrade());
        }
        !m.is_immortal()
    });
    let mut dm = d.borrow_mut();
    let mut i = dm.nentries();
    while i > 0 {
        i -= 1;
        if dm
            .get_index(i)
            .is_some_and(|(_, m)| !(m.is_immortal() && matches!(m.payload, Payload::Module(_))))
        {
            dm.remove_index(i);
        }
    }
    weak
}

/// `_PyModule_ClearDict`: names with one leading underscore first, then every other name
/// but `__builtins__`, each set to None rather than deleted, so a late finalizer reads
/// None instead of failing with NameError.
fn clear_module_dict(vm: &mut Vm, module: &PyRef) {
    let Payload::Module(globals) = &module.payload else {
        return;
    };
    let Payload::Dict(d) = &globals.payload else {
        return;
    };
    for private_pass in [true, false] {
        replace_with_none(vm, d, |k, v| {
            !matches!(v.payload, Payload::NoneValue)
                && k.as_str_opt().is_some_and(|name| {
                    let private = name.starts_with('_') && !name.starts_with("__");
                    if private_pass {
                        private
                    } else {
                        name != "__builtins__"
                    }
                })
        });
    }
}

/// Sets to None, in entry order, each value of `d` that `pick` selects; each old value is
/// released (and what its death queues runs) before the next entry, as `PyDict_SetItem`
/// one entry at a time would.
fn replace_with_none(
    vm: &mut Vm,
    d: &std::cell::RefCell<crate::objects::dict::Dict>,
    mut pick: impl FnMut(&PyRef, &PyRef) -> bool,
) {
    let mut i = 0;
    loop {
        let old = {
            let mut dm = d.borrow_mut();
            if i >= dm.nentries() {
                break;
            }
            let chosen = dm.get_index(i).is_some_and(|(k, v)| pick(k, v));
            chosen.then(|| dm.replace_value(i, vm.none()))
        };
        i += 1;
        drop(old);
        vm.run_pending_if_any();
    }
}

/// Whether `exc` is a `SystemExit`.
pub fn is_system_exit(vm: &Vm, exc: &PyRef) -> bool {
    vm.exc_matches_name(exc, "SystemExit")
}

/// The exit status that stands for "killed by SIGINT": what an uncaught
/// `KeyboardInterrupt` ends the process with (see `main.rs`).
pub const EXIT_BY_SIGINT: i32 = -2;

/// `SystemExit` gives its code; an uncaught `KeyboardInterrupt` is printed and the
/// process then dies by SIGINT, as CPython's `exit_sigint` makes it (so that a shell or a
/// parent process sees the interrupt); any other exception is printed and exits 1.
pub fn exit_code_for(vm: &mut Vm, exc: &PyRef) -> i32 {
    if vm.exc_matches_name(exc, "SystemExit") {
        // `handle_system_exit`: the exception's `code` attribute.
        let arg = vm.getattr_opt(exc, "code").ok().flatten();
        return match arg {
            None => 0,
            Some(a) if matches!(a.payload, Payload::NoneValue) => 0,
            Some(a) => match a.as_i64() {
                Some(n) => n as i32,
                None => {
                    let s = vm
                        .to_str(&a)
                        .ok()
                        .and_then(|s| s.as_str_opt().map(str::to_string))
                        .unwrap_or_default();
                    vm.write_stderr(&format!("{s}\n"));
                    1
                }
            },
        };
    }
    set_last_exception(vm, exc);
    if let Some(exit) = crate::modules::traceback::report_uncaught(vm, exc) {
        return exit_code_for(vm, &exit);
    }
    let interrupted = exc.class().is(&vm.exc_type("KeyboardInterrupt"));
    if interrupted {
        EXIT_BY_SIGINT
    } else {
        1
    }
}

/// `_PyErr_PrintEx` with `set_sys_last_vars`: the uncaught exception, its class and its
/// traceback stay alive as `sys.last_*` (atexit handlers see them) until the teardown
/// drops them (`delete_special`).
fn set_last_exception(vm: &mut Vm, exc: &PyRef) {
    let Some(sys) = vm.sys_module.clone() else {
        return;
    };
    let tb = vm
        .getattr_opt(exc, "__traceback__")
        .ok()
        .flatten()
        .unwrap_or_else(|| vm.none());
    crate::modules::set_attr(vm, &sys, "last_type", exc.class().clone());
    crate::modules::set_attr(vm, &sys, "last_value", exc.clone());
    crate::modules::set_attr(vm, &sys, "last_traceback", tb);
}
