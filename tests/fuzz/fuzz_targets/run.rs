//! The VM running generated programs under `-X stress-gc` (the heap verifier after
//! allocations), then a check that the heap is consistent and the program left nothing
//! alive. A program is built from the input: each byte picks a statement template and
//! the following bytes fill its holes, so every input is a program that parses and that
//! ends (loops are bounded, recursion is limited, what a statement grows is cut to 64
//! items, and a structure is turned into text only while it has at most 500 parts: a
//! list holding itself twice, nested forty times, has a repr of 2**40 parts).
#![no_main]

use libfuzzer_sys::fuzz_target;
use refpy::vm::Vm;
use std::cell::RefCell;

/// Statement templates; `{a}`, `{b}` take names, `{v}` a value expression.
const STATEMENTS: &[&str] = &[
    "{a} = {v}",
    "{a} = [{v}, {b}]",
    "{a} = ({v}, {b})",
    "{a} = {{{v}: {b}}}",
    "{a} = {{{v}}}",
    "{a}.append({b})",
    "{a}[0] = {b}",
    "del {a}",
    "{a} = C({b})",
    "{a}.x = {b}",
    "{a} = f({b})",
    "{a} = g({b})",
    "{a} = [x for x in range(5) if x != {v}]",
    "for {a} in range(3):\n    {b} = [{a}, {b}]",
    "try:\n    {a} = {b}[{v}]\nexcept Exception as e:\n    {a} = e",
    "{a} = lambda q={b}: (q, {a})",
    "import gc; gc.collect()",
    "{a} = cap({b} + {v})",
    "{a} = cap({b} * 3)",
    "{a} = bstr({b})",
    "{a} = brepr({b})",
    "{a} = weakref.ref(C({b}))",
    "{a} = weakref.finalize(C(1), bstr, {v})",
    "{a} = (lambda: (yield {b}))()",
    "{a} = next(iter([{b}]))",
    "with M({b}) as {a}:\n    pass",
    "{a} = {b}.__class__",
    "{a} = sorted([{v}, {v}], key=bstr)",
    "{a} = small({b}) and {b} == {v}",
    "{a} = [{b}] * 2; {a}.append({a})",
];

const NAMES: &[&str] = &["a", "b", "c", "d"];
const VALUES: &[&str] = &[
    "0", "1", "-1", "2**70", "1.5", "'s'", "b'b'", "None", "True", "()", "[]", "{}", "a", "b", "c",
    "d", "C(0)", "f", "len", "object()", "range(3)", "1j", "...", "'x' * 3", "[a, b]",
];

const PRELUDE: &str = "import weakref\n\
a = b = c = d = 0\n\
class C:\n    def __init__(self, v): self.v = v\n    def __del__(self): pass\n\
class M:\n    def __init__(self, v): self.v = v\n    def __enter__(self): return self\n    def __exit__(self, *e): return False\n\
def f(x):\n    return [x, f]\n\
def g(x):\n    try:\n        return g(x) if x else x\n    except RecursionError:\n        return x\n\
def cap(x):\n    return x[:64] if isinstance(x, (str, bytes, list, tuple)) else x\n\
def small(x):\n    todo = [x]\n    for n in range(500):\n        if not todo:\n            return True\n        y = todo.pop()\n        if isinstance(y, (list, tuple, set, frozenset)):\n            todo.extend(list(y)[:64])\n        elif isinstance(y, dict):\n            todo.extend(list(y.items())[:64])\n    return False\n\
def brepr(x):\n    return cap(repr(x)) if small(x) else '...'\n\
def bstr(x):\n    return cap(str(x)) if small(x) else '...'\n";

fn program(data: &[u8]) -> String {
    let mut out = String::from(PRELUDE);
    let mut bytes = data.iter().copied();
    while let Some(k) = bytes.next() {
        let mut pick =
            |list: &[&str]| list[bytes.next().unwrap_or(0) as usize % list.len()].to_string();
        let template = STATEMENTS[k as usize % STATEMENTS.len()];
        let statement = template
            .replace("{a}", &pick(NAMES))
            .replace("{b}", &pick(NAMES))
            .replace("{v}", &pick(VALUES));
        out.push_str("try:\n");
        for line in statement.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("except Exception:\n    pass\n");
    }
    out
}

thread_local! {
    /// One VM for the process, never dropped: at thread exit the collector's own
    /// thread-locals may already be gone, and freeing objects then would touch them.
    /// (A fresh VM per program is no way out: a VM's builtin types are immortal.)
    static VM: std::mem::ManuallyDrop<RefCell<Option<Vm>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// Runs `source` in a fresh `__main__`, lets it go, collects, and returns how many more
/// mortal objects are alive than before.
fn run_in_fresh_main(vm: &mut Vm, source: &str) -> usize {
    let baseline = refpy::heap::live_mortal_objects();
    let main = refpy::cli::setup_main(vm, None);
    let _ = vm.exec_main_source(source, "<fuzz>", &main);
    vm.handled_exc = None;
    drop(main);
    vm.run_pending_if_any();
    refpy::modules::gc::collect_if_enabled(vm);
    vm.run_pending_if_any();
    refpy::heap::live_mortal_objects().saturating_sub(baseline)
}

/// Runs one program twice in the process's VM, then checks the heap and that the second
/// run left nothing alive once its `__main__` was gone and a full collection ran.
fn run_program(source: &str) {
    VM.with(|cell| {
        let mut slot = cell.borrow_mut();
        let vm = slot.get_or_insert_with(|| {
            refpy::gc::CONFIG.with(|c| c.stress.set(true));
            let mut vm = Vm::new();
            // The fuzzer's stack is the main thread's 8 MiB, not the CLI's 1 GiB.
            vm.recursion_limit = 50;
            vm
        });
        // The first run may fill the interpreter's caches (interned names, method
        // caches, lazily made objects); a second run of the same program adds to them
        // nothing, so anything it leaves alive is a leak.
        run_in_fresh_main(vm, source);
        let alive = run_in_fresh_main(vm, source);
        if let Err(msg) = refpy::gc::verify_heap() {
            panic!("heap verifier: {msg}\n--- program ---\n{source}");
        }
        if alive != 0 {
            panic!("leak: {alive} objects alive after the program\n--- program ---\n{source}");
        }
    });
}

fuzz_target!(|data: &[u8]| {
    if data.len() > 256 {
        return;
    }
    run_program(&program(data));
});
