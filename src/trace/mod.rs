//! `refpy trace SCRIPT`: runs a script and records, line by line, its frames, the heap
//! objects reachable from them (reference counts, sizes, collector generations), and what
//! happened in between (allocations, frees and why, `__del__` calls, weakref callbacks,
//! collections, printed output); then writes the record as one self-contained HTML page
//! or, with `--json`, as JSON (schema: `docs/trace.md`).
//!
//! - `recorder`: the observers and the step pictures;
//! - `walk`: one picture of the heap, read without changing it;
//! - `record`: the record and its JSON;
//! - `page.html`: the viewer, filled with the JSON by [`html`].
//!
//! Tracing costs nothing when off: the VM checks one `Option` per frame entry, the heap
//! its existing allocation hooks, the collector one per collection.

mod record;
mod recorder;
mod walk;

use crate::vm::Vm;
use clap::Parser;
use record::Trace;

const PAGE: &str = include_str!("page.html");

#[derive(Parser, Debug)]
#[command(
    name = "refpy trace",
    about = "Run a script and record its memory, step by step, as an HTML page or JSON",
    after_help = "Examples:\n  refpy trace script.py                 writes trace.html\n  refpy trace script.py -o t.json --json\n  refpy trace script.py -- a b          sys.argv == ['script.py', 'a', 'b']\n\nThe page needs no network: open it in any browser. See docs/trace.md."
)]
struct Options {
    /// The script to run.
    script: String,
    /// Arguments for the script (after `--`).
    #[arg(last = true)]
    args: Vec<String>,
    /// Where to write (default trace.html, or trace.json with --json).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<String>,
    /// Write the record as JSON instead of the page.
    #[arg(long)]
    json: bool,
    /// Stop recording after this many steps (the script still runs to its end).
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    max_steps: usize,
    /// Objects drawn per step; more are counted as "N more objects of type T".
    #[arg(long, value_name = "N", default_value_t = 60)]
    max_objects: usize,
    /// References drawn per object (list items, attributes); more are counted by type.
    #[arg(long, value_name = "N", default_value_t = 12)]
    max_refs: usize,
}

/// `refpy trace ARGS`: returns the exit code (the script's, or 2 for usage errors).
pub fn run_cli(args: &[String]) -> i32 {
    let mut argv = vec!["refpy trace".to_string()];
    argv.extend(args.iter().cloned());
    let opts = match Options::try_parse_from(&argv) {
        Ok(o) => o,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(opts));
    match child.map(|c| c.join()) {
        Ok(Ok(code)) => code,
        _ => 1,
    }
}

fn run(opts: Options) -> i32 {
    let file = &opts.script;
    let source = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("refpy trace: can't open file '{file}': {e}");
            return 2;
        }
    };
    let filename = std::fs::canonicalize(file)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| file.clone());
    let output = opts.output.clone().unwrap_or_else(|| {
        if opts.json {
            "trace.json".into()
        } else {
            "trace.html".into()
        }
    });
    let mut vm = Vm::new();
    vm.script_path = filename.clone();
    let mut argv = vec![opts.script.clone()];
    argv.extend(opts.args.iter().cloned());
    crate::modules::sys::set_argv(&mut vm, &argv);
    let main = crate::cli::setup_main(&mut vm, Some(&filename));
    let trace = Trace {
        script: filename.clone(),
        max_steps: opts.max_steps,
        max_objects: opts.max_objects.max(1),
        max_refs: opts.max_refs.max(1),
        ..Trace::default()
    };
    recorder::start(&mut vm, trace);
    let code = match vm.exec_main_source(&source, &filename, &main) {
        Ok(()) => 0,
        Err(e) => crate::cli::exit_code_for(&mut vm, &e.0),
    };
    let trace = recorder::finish(&mut vm, &main, code);
    let code = crate::cli::finish_main(&mut vm, main, code);
    vm.flush_stdout();
    let text = if opts.json {
        trace.to_json()
    } else {
        html(&trace)
    };
    if let Err(e) = std::fs::write(&output, text) {
        eprintln!("refpy trace: can't write '{output}': {e}");
        return 2;
    }
    eprintln!(
        "refpy trace: {} steps written to {output}",
        trace.steps.len()
    );
    code
}

/// The page: the template with the record embedded as JSON (its `<` are escaped, so the
/// text cannot end the `<script>` element that holds it).
fn html(trace: &Trace) -> String {
    let title = std::path::Path::new(&trace.script)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let title = title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    PAGE.replace("{{TITLE}}", &title)
        .replacen("{{TRACE_JSON}}", &trace.to_json(), 1)
}
