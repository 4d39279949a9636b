//! The command line: `refpy FILE [ARGS...]`, `refpy -c CODE`, `refpy --dis FILE`.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::Vm;
use clap::Parser;

#[derive(Parser, Debug)]
#[command(
    name = "refpy",
    version = "0.1.0",
    about = "A Python interpreter with CPython's memory semantics"
)]
pub struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c')]
    pub command: Option<String>,
    /// Print the disassembly of FILE instead of running it.
    #[arg(long = "dis")]
    pub dis: bool,
    /// Implementation options: `leakcheck` prints the live-object count at exit.
    #[arg(short = 'X')]
    pub xoptions: Vec<String>,
    /// The script and its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    // Deep Python recursion and deep reprs recurse in Rust: run on a big stack.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(cli));
    match child.map(|c| c.join()) {
        Ok(Ok(code)) => code,
        _ => 1,
    }
}

fn run(cli: Cli) -> i32 {
    let (source, filename, argv) = if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.args.iter().cloned());
        (code.clone(), "<string>".to_string(), argv)
    } else if let Some(file) = cli.args.first() {
        match std::fs::read_to_string(file) {
            Ok(s) => (s, file.clone(), cli.args.clone()),
            Err(e) => {
                let path =
                    std::fs::canonicalize(file).unwrap_or_else(|_| std::path::PathBuf::from(file));
                let _ = path;
                let abs = std::env::current_dir()
                    .map(|d| d.join(file))
                    .unwrap_or_default();
                eprintln!(
                    "refpy: can't open file '{}': [Errno {}] {}",
                    abs.display(),
                    e.raw_os_error().unwrap_or(2),
                    if e.kind() == std::io::ErrorKind::NotFound {
                        "No such file or directory".to_string()
                    } else {
                        e.to_string()
                    }
                );
                return 2;
            }
        }
    } else {
        eprintln!("refpy: no script given (the REPL is not built yet); try `refpy FILE.py`");
        return 2;
    };
    let filename = if filename != "<string>" {
        std::fs::canonicalize(&filename)
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or(filename)
    } else {
        filename
    };
    if cli.dis {
        return match crate::syntax::parse_module(&source, &filename)
            .and_then(|m| crate::compile::compile(&m, &filename, crate::compile::Mode::Exec))
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
    let leakcheck = cli.xoptions.iter().any(|x| x == "leakcheck");
    if cli.xoptions.iter().any(|x| x == "stress-gc") {
        crate::gc::CONFIG.with(|c| c.stress.set(true));
    }
    let mut vm = Vm::new();
    vm.script_path = filename.clone();
    vm.leakcheck = leakcheck;
    crate::modules::sys::set_argv(&mut vm, &argv);
    let baseline = crate::heap::live_mortal_objects();
    let code = run_main(&mut vm, &source, &filename);
    vm.flush_stdout();
    if leakcheck {
        crate::modules::gc::collect_generation(&mut vm, 2);
        vm.run_pending_if_any();
        vm.flush_stdout();
        let alive = crate::heap::live_mortal_objects().saturating_sub(baseline);
        eprintln!("refpy: leakcheck: {alive} objects alive");
    }
    code
}

/// Runs the `__main__` module; prints an uncaught exception; returns the exit code.
fn run_main(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let main = vm.new_module("__main__");
    if filename != "<string>" {
        let file = vm.str(filename);
        crate::modules::set_attr(vm, &main, "__file__", file);
    }
    let key = vm.str("__main__");
    let modules = vm.modules.clone();
    if let Some(d) = vm.dict_payload(&modules) {
        let _ = vm.dict_set(d, key, main.clone());
    }
    let result = vm.exec_source(source, filename, &main);
    let code = match result {
        Ok(()) => 0,
        Err(e) => exit_code_for(vm, &e.0),
    };
    // atexit: pending `weakref.finalize` callbacks run before the module is torn down.
    crate::modules::weakref::run_exit_finalizers(vm);
    vm.run_pending_if_any();
    teardown_module(vm, &main);
    drop(main);
    teardown_imported_modules(vm);
    vm.handled_exc = None;
    vm.run_pending_if_any();
    code
}

/// `SystemExit` gives its code; any other exception is printed and exits 1.
fn exit_code_for(vm: &mut Vm, exc: &PyRef) -> i32 {
    if vm.exc_matches_name(exc, "SystemExit") {
        let arg = vm.exc_data(exc).and_then(|e| {
            e.args
                .borrow()
                .tuple_items()
                .and_then(|t| t.first().cloned())
        });
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
    vm.print_exception(exc);
    1
}

/// Drops every module the script imported from `sys.modules`, newest first, clearing each
/// namespace (CPython's `finalize_modules`); builtin modules are immortal and stay.
fn teardown_imported_modules(vm: &mut Vm) {
    let modules = vm.modules.clone();
    let Some(d) = vm.dict_payload(&modules) else {
        return;
    };
    let mut imported = Vec::new();
    {
        let mut dm = d.borrow_mut();
        let mut i = dm.len();
        while i > 0 {
            i -= 1;
            let immortal = dm.get_index(i).is_some_and(|(_, m)| m.is_immortal());
            if !immortal {
                if let Some((_, m)) = dm.remove_index(i) {
                    imported.push(m);
                }
            }
        }
    }
    for m in imported {
        teardown_module(vm, &m);
    }
    vm.run_pending_if_any();
}

/// Clears a module's globals at exit, in insertion order, as CPython's finalization does.
fn teardown_module(vm: &mut Vm, module: &PyRef) {
    if let Payload::Module(d) = &module.payload {
        if let Payload::Dict(dd) = &d.payload {
            let entries = dd.borrow_mut().take();
            drop(entries);
            vm.run_pending_if_any();
        }
    }
}
