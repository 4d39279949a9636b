//! The front doors as a user meets them: CLI flags and exit codes (plain processes), the
//! REPL through a real pseudo-terminal (rexpect), and `refpy test`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_refpy");

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("refpy-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn refpy(args: &[&str], stdin: &str, cwd: &Path) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn refpy");
    if let Some(mut i) = child.stdin.take() {
        let _ = i.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("refpy output")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn run(args: &[&str]) -> (i32, String, String) {
    let o = refpy(args, "", &std::env::temp_dir());
    (
        o.status.code().unwrap_or(-1),
        text(&o.stdout),
        text(&o.stderr),
    )
}

#[test]
fn version() {
    for flag in ["-V", "--version"] {
        let (code, out, _) = run(&[flag]);
        assert_eq!(
            (code, out.as_str()),
            (0, "refpy 0.1.0 (Python 3.11 compatible)\n")
        );
    }
}

#[test]
fn help_has_examples() {
    let (code, out, _) = run(&["-h"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Examples:") && out.contains("-c CODE"),
        "{out}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = run(&["-Z"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("Unknown option: -Z\nusage: refpy [option]"),
        "{err}"
    );
    let (code, _, err) = run(&["--bogus"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("unknown option --bogus\n"), "{err}");
    let (code, _, err) = run(&["-c"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("Argument expected for the -c option"),
        "{err}"
    );
}

#[test]
fn missing_file_and_directory() {
    let d = tmpdir("missing");
    let o = refpy(&["nope.py"], "", &d);
    assert_eq!(o.status.code(), Some(2));
    let want = format!(
        "refpy: can't open file '{}': [Errno 2] No such file or directory\n",
        d.join("nope.py").display()
    );
    assert_eq!(text(&o.stderr), want);
    let sub = d.join("pkg");
    std::fs::create_dir_all(&sub).unwrap();
    let o = refpy(&["pkg"], "", &d);
    assert_eq!(o.status.code(), Some(1));
    let real = sub.canonicalize().unwrap();
    assert_eq!(
        text(&o.stderr),
        format!(
            "refpy: can't find '__main__' module in '{}'\n",
            real.display()
        )
    );
    std::fs::write(sub.join("__main__.py"), "print('main of pkg')\n").unwrap();
    let o = refpy(&["pkg"], "", &d);
    assert_eq!(
        (o.status.code(), text(&o.stdout).as_str()),
        (Some(0), "main of pkg\n")
    );
}

#[test]
fn exit_codes() {
    assert_eq!(run(&["-c", "pass"]).0, 0);
    let (code, _, err) = run(&["-c", "1/0"]);
    assert_eq!(code, 1);
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    assert_eq!(run(&["-c", "import sys; sys.exit(7)"]).0, 7);
    assert_eq!(run(&["-c", "raise SystemExit"]).0, 0);
    let (code, _, err) = run(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!((code, err.as_str()), (1, "bye\n"));
    let (code, _, err) = run(&["-c", "x = )"]);
    assert_eq!(code, 1);
    assert!(err.contains("SyntaxError: unmatched ')'"), "{err}");
}

/// A syntax error's report as CPython 3.11 prints it, whole: no caret that would point into
/// the line's indentation (`print_error_text`), a caret under the token otherwise.
#[test]
fn syntax_error_carets() {
    let (code, _, err) = run(&["-c", "x = 1\n    y = 2\n"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "  File \"<string>\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
    );
    let (_, _, err) = run(&["-c", "x = )"]);
    assert_eq!(
        err,
        "  File \"<string>\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"
    );
    // A range of carets for a SyntaxError; one caret for its subclasses, whatever their
    // range (`parse_syntax_error`).
    let (_, _, err) = run(&["-c", "x = (1 2)"]);
    assert_eq!(
        err,
        "  File \"<string>\", line 1\n    x = (1 2)\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
    );
    let (_, _, err) = run(&["-c", "if x:\nprint(1)"]);
    assert_eq!(
        err,
        "  File \"<string>\", line 2\n    print(1)\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"
    );
}

/// Compile-time SyntaxWarnings go to stderr before the script runs, with the source line
/// when there is a file to read it from (CPython's `warnings.showwarning`).
#[test]
fn syntax_warnings_before_the_script_runs() {
    let dir = tmpdir("syntax-warning");
    std::fs::write(dir.join("w.py"), "x = 1\nprint(x is 'a')\n").expect("write script");
    let o = refpy(&["w.py"], "", &dir);
    assert_eq!(text(&o.stdout), "False\n");
    // The main script's code carries its absolute path, as CPython's does.
    assert_eq!(
        text(&o.stderr),
        format!(
            "{}:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  print(x is 'a')\n",
            dir.join("w.py").display()
        )
    );
    let (code, out, err) = run(&["-c", "x = 1\nprint(x is 'a')"]);
    assert_eq!((code, out.as_str()), (0, "False\n"));
    assert_eq!(
        err,
        "<string>:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
    );
}

/// An uncaught `KeyboardInterrupt` is printed, then the process dies by SIGINT (as
/// CPython's `exit_sigint`), with what it printed before kept; a caught one changes
/// nothing.
#[test]
fn uncaught_keyboard_interrupt_ends_by_sigint() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tmpdir("sigint");
    let o = refpy(
        &["-c", "print('before')\nraise KeyboardInterrupt"],
        "",
        &dir,
    );
    assert_eq!(o.status.signal(), Some(2), "{:?}", o.status);
    assert_eq!(text(&o.stdout), "before\n");
    assert!(
        text(&o.stderr).ends_with("KeyboardInterrupt\n"),
        "{}",
        text(&o.stderr)
    );
    let o = refpy(
        &[
            "-c",
            "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    print('caught')",
        ],
        "",
        &dir,
    );
    assert_eq!(
        (o.status.code(), text(&o.stdout).as_str()),
        (Some(0), "caught\n")
    );
    let (code, _, _) = run(&["-c", "class K(KeyboardInterrupt): pass\nraise K"]);
    assert_eq!(code, 1, "only KeyboardInterrupt itself ends by the signal");
}

#[test]
fn argv_after_program_is_not_parsed() {
    let (code, out, _) = run(&["-c", "import sys; print(sys.argv)", "-x", "--y", "z"]);
    assert_eq!((code, out.as_str()), (0, "['-c', '-x', '--y', 'z']\n"));
    let d = tmpdir("argv");
    std::fs::write(d.join("s.py"), "import sys\nprint(sys.argv[1:])\n").unwrap();
    let o = refpy(&["-u", "s.py", "-V", "a"], "", &d);
    assert_eq!(text(&o.stdout), "['-V', 'a']\n");
}

#[test]
fn module_flag() {
    let d = tmpdir("module");
    std::fs::create_dir_all(d.join("pkg")).unwrap();
    std::fs::write(
        d.join("pkg/tool.py"),
        "import sys\nprint(__name__, sys.argv[1:])\n",
    )
    .unwrap();
    let o = refpy(&["-m", "pkg.tool", "a"], "", &d);
    assert_eq!(
        (o.status.code(), text(&o.stdout).as_str()),
        (Some(0), "__main__ ['a']\n")
    );
    let o = refpy(&["-m", "nope"], "", &d);
    assert_eq!(
        (o.status.code(), text(&o.stderr).as_str()),
        (Some(1), "refpy: No module named nope\n")
    );
}

#[test]
fn module_flag_runs_stdlib_modules() {
    // A stdlib module of refpy's own runs as `__main__` (its `if __name__ == '__main__':`
    // block included), as `python3 -m tokenize FILE` does; one without a main just runs.
    let d = tmpdir("module-stdlib");
    std::fs::write(d.join("s.py"), "x = 1\n").unwrap();
    let o = refpy(&["-m", "tokenize", "s.py"], "", &d);
    assert_eq!(
        (o.status.code(), text(&o.stdout).as_str()),
        (
            Some(0),
            "0,0-0,0:            ENCODING       'utf-8'        \n\
             1,0-1,1:            NAME           'x'            \n\
             1,2-1,3:            OP             '='            \n\
             1,4-1,5:            NUMBER         '1'            \n\
             1,5-1,6:            NEWLINE        '\\n'           \n\
             2,0-2,0:            ENDMARKER      ''             \n"
        )
    );
    let o = refpy(&["-m", "string"], "", &d);
    assert_eq!((o.status.code(), text(&o.stdout).as_str()), (Some(0), ""));
    std::fs::write(d.join("string.py"), "print('own string')\n").unwrap();
    let o = refpy(&["-m", "string"], "", &d);
    assert_eq!(text(&o.stdout), "own string\n");
}

#[test]
fn stdin_script() {
    let d = std::env::temp_dir();
    let o = refpy(&[], "print(1 + 1)\n", &d);
    assert_eq!(
        (o.status.code(), text(&o.stdout).as_str()),
        (Some(0), "2\n")
    );
    let o = refpy(&["-"], "import sys\nprint(sys.argv)\n1/0\n", &d);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stdout), "['-']\n");
    assert!(
        text(&o.stderr).contains("File \"<stdin>\", line 3"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn inspect_with_piped_stdin() {
    let d = std::env::temp_dir();
    let input = "x * 2\nif x:\n    print('yes')\n\n_ + 1\nexit\n1/0\nexit(4)\n";
    let o = refpy(&["-i", "-c", "x = 5"], input, &d);
    assert_eq!(o.status.code(), Some(4));
    assert_eq!(
        text(&o.stdout),
        "10\nyes\n11\nUse exit() or Ctrl-D (i.e. EOF) to exit\n"
    );
    assert!(text(&o.stderr).contains("ZeroDivisionError"));
}

#[test]
fn leakcheck_and_showrefcount() {
    let (code, _, err) = run(&["-X", "leakcheck", "-c", "x = [1, 2]"]);
    assert_eq!(
        (code, err.as_str()),
        (0, "refpy: leakcheck: 0 objects alive\n")
    );
    let (_, _, err) = run(&["-X", "showrefcount", "-c", "pass"]);
    assert!(
        err.starts_with('[') && err.contains(" refs, ") && err.ends_with(" blocks]\n"),
        "{err}"
    );
}

#[test]
fn dis_prints_bytecode() {
    let (code, out, _) = run(&["--dis", "-c", "x = 1"]);
    assert_eq!(code, 0);
    assert!(out.contains("STORE_NAME"), "{out}");
}

#[test]
fn test_subcommand() {
    let d = tmpdir("suite");
    std::fs::create_dir_all(d.join("area")).unwrap();
    std::fs::write(d.join("area/good.py"), "print('hi')\n").unwrap();
    std::fs::write(d.join("area/good.out"), "hi\n").unwrap();
    std::fs::write(d.join("area/bad.py"), "print('ho')\n").unwrap();
    std::fs::write(d.join("area/bad.out"), "hi\n").unwrap();
    std::fs::write(d.join("area/raises.py"), "print(0)\nraise KeyError(1)\n").unwrap();
    std::fs::write(d.join("area/raises.out"), "0\n").unwrap();
    std::fs::write(d.join("area/raises.err"), "KeyError: 1\n").unwrap();
    std::fs::write(d.join("area/mod_helper.py"), "x = 1\n").unwrap();
    let json = d.join("r.json");
    let o = refpy(&["test", ".", "--json", json.to_str().unwrap()], "", &d);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.ends_with("2 passed, 1 failed\n"), "{out}");
    assert!(
        out.contains("FAIL area/bad.py") && out.contains("-hi\n+ho"),
        "{out}"
    );
    assert!(out.contains("area    2/3    passed  (1 failed)"), "{out}");
    let j = std::fs::read_to_string(&json).unwrap();
    assert!(j.starts_with("{\"passed\": 2, \"failed\": 1"), "{j}");
    let o = refpy(&["test", ".", "-k", "good"], "", &d);
    assert_eq!(
        (o.status.code(), text(&o.stdout).lines().last()),
        (Some(0), Some("1 passed, 0 failed"))
    );
    let o = refpy(&["test", "area/bad.py", "--bless"], "", &d);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(d.join("area/bad.out")).unwrap(),
        "ho\n"
    );
    let o = refpy(&["test", "."], "", &d);
    assert_eq!(
        (o.status.code(), text(&o.stdout).lines().last()),
        (Some(0), Some("3 passed, 0 failed"))
    );
    let o = refpy(&["test", "no/such/dir"], "", &d);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn test_subcommand_timeout() {
    let d = tmpdir("timeout");
    std::fs::write(d.join("slow.py"), "while True:\n    pass\n").unwrap();
    std::fs::write(d.join("slow.out"), "").unwrap();
    let o = refpy(&["test", ".", "--timeout", "0.5"], "", &d);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        out.contains("timeout") && out.ends_with("0 passed, 1 failed\n"),
        "{out}"
    );
}

// ---- the REPL through a pseudo-terminal ----

mod repl {
    use rexpect::reader::Options;
    use rexpect::session::{spawn_with_options, PtySession};
    use std::process::Command;

    /// How long to wait for expected text: a guard against hangs only (each answer
    /// takes milliseconds), high enough that a loaded machine never fails a test.
    const HANG_GUARD_MS: u64 = 120_000;

    fn start(args: &[&str], home: &std::path::Path) -> PtySession {
        let mut cmd = Command::new(super::BIN);
        cmd.args(args)
            .env("HOME", home)
            .env("TERM", "xterm")
            .current_dir(home);
        let opts = Options::new()
            .timeout_ms(Some(HANG_GUARD_MS))
            .strip_ansi_escape_codes(true);
        let mut p = spawn_with_options(cmd, opts).expect("spawn refpy in a pty");
        p.exp_string(">>> ").expect("first prompt");
        p
    }

    fn exit_code(p: &mut PtySession) -> String {
        let _ = p.exp_eof();
        format!("{:?}", p.process().wait().expect("wait"))
    }

    #[test]
    fn banner_echo_and_underscore() {
        let home = super::tmpdir("repl-echo");
        let mut cmd = Command::new(super::BIN);
        cmd.env("HOME", &home).env("TERM", "xterm");
        let opts = Options::new()
            .timeout_ms(Some(HANG_GUARD_MS))
            .strip_ansi_escape_codes(true);
        let mut p = spawn_with_options(cmd, opts).unwrap();
        p.exp_string("refpy 0.1.0 (Python 3.11 compatible)")
            .unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("6 * 7").unwrap();
        p.exp_string("42").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("_ + 1").unwrap();
        p.exp_string("43").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("exit").unwrap();
        p.exp_string("Use exit() or Ctrl-D (i.e. EOF) to exit")
            .unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("exit(3)").unwrap();
        assert!(exit_code(&mut p).contains(", 3)"));
        let hist = std::fs::read_to_string(home.join(".refpy_history")).unwrap_or_default();
        assert!(hist.contains("6 * 7"), "history: {hist:?}");
    }

    /// `%why` / `%refs`: what keeps a value alive, from a global or a cycle.
    #[test]
    fn why_and_refs() {
        let home = super::tmpdir("repl-why");
        let mut p = start(&[], &home);
        p.send_line("class Node: pass").unwrap();
        p.exp_string("... ").unwrap();
        p.send_line("").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("root = Node(); root.kids = [Node()]").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("%why root.kids[0]").unwrap();
        p.exp_string("<- list 1 items, via [0]").unwrap();
        p.exp_string("<- Node <__main__.Node object>, via .kids")
            .unwrap();
        p.exp_string("<- global root").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("a = Node(); a.me = a; w = __import__('weakref').ref(a); del a")
            .unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("%why w()").unwrap();
        p.exp_string("part of a reference cycle").unwrap();
        p.exp_string(".me -> Node").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("%refs root").unwrap();
        p.exp_string("<- global root").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("%why").unwrap();
        p.exp_string("usage: %why EXPR").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_control('d').unwrap();
        assert!(exit_code(&mut p).contains(", 0)"));
    }

    #[test]
    fn multi_line_block_with_auto_indent() {
        let home = super::tmpdir("repl-block");
        let mut p = start(&[], &home);
        p.send_line("for i in range(3):").unwrap();
        p.exp_string("... ").unwrap();
        // The next line is offered indented: type only the body.
        p.send_line("print(i * 10)").unwrap();
        p.exp_string("... ").unwrap();
        p.send_line("").unwrap();
        p.exp_string("0").unwrap();
        p.exp_string("10").unwrap();
        p.exp_string("20").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("x = (1,").unwrap();
        p.exp_string("... ").unwrap();
        p.send_line("2)").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("x").unwrap();
        p.exp_string("(1, 2)").unwrap();
        p.send_control('d').unwrap();
        assert!(exit_code(&mut p).contains(", 0)"));
    }

    #[test]
    fn errors_do_not_end_the_session() {
        let home = super::tmpdir("repl-errors");
        let mut p = start(&[], &home);
        p.send_line("1/0").unwrap();
        p.exp_string("ZeroDivisionError: division by zero").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("x = )").unwrap();
        p.exp_string("^").unwrap();
        p.exp_string("SyntaxError: unmatched ')'").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("'still' + ' here'").unwrap();
        p.exp_string("'still here'").unwrap();
        p.send_line("import sys; sys.exit(5)").unwrap();
        assert!(exit_code(&mut p).contains(", 5)"));
    }

    #[test]
    fn ctrl_c_cancels_the_line() {
        let home = super::tmpdir("repl-ctrlc");
        let mut p = start(&[], &home);
        p.send("if True:").unwrap();
        p.flush().unwrap();
        p.send_control('c').unwrap();
        p.exp_string("KeyboardInterrupt").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("2 + 2").unwrap();
        p.exp_string("4").unwrap();
        p.send_control('d').unwrap();
        assert!(exit_code(&mut p).contains(", 0)"));
    }

    #[test]
    fn ctrl_c_interrupts_a_running_loop() {
        let home = super::tmpdir("repl-ctrl-c-loop");
        let mut p = start(&[], &home);
        p.send_line("n = 0").unwrap();
        p.exp_string(">>> ").unwrap();
        // The loop announces itself, so Ctrl-C is sent only once it runs, however
        // slowly the machine starts it (no sleep whose length could be wrong).
        for line in [
            "def spin():",
            "global n; print('spinning')",
            "while True: n += 1",
        ] {
            p.send_line(line).unwrap();
            p.exp_string("... ").unwrap();
        }
        p.send_line("").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("spin()").unwrap();
        p.exp_string("spinning").unwrap();
        p.send_control('c').unwrap();
        p.exp_string("KeyboardInterrupt").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("n > 0").unwrap();
        p.exp_string("True").unwrap();
        p.send_control('d').unwrap();
        assert!(exit_code(&mut p).contains(", 0)"));
    }

    #[test]
    fn tab_completion() {
        let home = super::tmpdir("repl-tab");
        let mut p = start(&[], &home);
        p.send_line("class K: attribute_one = 1").unwrap();
        p.exp_string("... ").unwrap();
        p.send_line("").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("unique_name_x = 41").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send("unique_na\t").unwrap();
        p.flush().unwrap();
        p.exp_string("unique_name_x").unwrap();
        p.send_line(" + 1").unwrap();
        p.exp_string("42").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send("K.attr\t").unwrap();
        p.flush().unwrap();
        p.exp_string("attribute_one").unwrap();
        p.send_line("").unwrap();
        p.exp_string("1").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send("import sy\t").unwrap();
        p.flush().unwrap();
        p.exp_string("sys").unwrap();
        p.send_line("").unwrap();
        p.exp_string(">>> ").unwrap();
        p.send_line("quit()").unwrap();
        assert!(exit_code(&mut p).contains(", 0)"));
    }

    #[test]
    fn inspect_after_script() {
        let home = super::tmpdir("repl-inspect");
        std::fs::write(home.join("s.py"), "value = 'from script'\n").unwrap();
        let mut p = start(&["-i", "s.py"], &home);
        p.send_line("value").unwrap();
        p.exp_string("'from script'").unwrap();
        p.send_control('d').unwrap();
        assert!(exit_code(&mut p).contains(", 0)"));
    }
}

#[test]
fn max_time_stops_with_a_traceback_and_124() {
    let (code, _, err) = run(&[
        "-X",
        "max-time=0.5",
        "-c",
        "def spin():\n    while True: pass\nspin()",
    ]);
    assert_eq!(code, 124, "{err}");
    assert!(err.contains("in spin"), "{err}");
    assert_eq!(
        err.trim_end().lines().last(),
        Some("refpy: time limit exceeded (-X max-time=0.5)")
    );
}

#[test]
fn max_time_ends_a_script_stuck_outside_the_vm() {
    let (code, _, err) = run(&["-X", "max-time=0.2", "-c", "import time; time.sleep(30)"]);
    assert_eq!(code, 124, "{err}");
}

#[test]
fn max_memory_raises_a_catchable_memory_error() {
    let src = "x = []\ntry:\n    while True:\n        x.append(bytearray(1000))\nexcept MemoryError:\n    x = None\n    print('caught')\nprint('after')";
    let (code, out, err) = run(&["-X", "max-memory=64M", "-c", src]);
    assert_eq!((code, out.as_str()), (0, "caught\nafter\n"), "{err}");
}

#[test]
fn max_output_stops_a_chatty_script() {
    let (code, out, err) = run(&["-X", "max-output=10", "-c", "while True: print('hello')"]);
    assert_eq!(code, 125, "{err}");
    assert_eq!(out, "hello\nhell");
    assert!(err
        .trim_end()
        .ends_with("refpy: output limit exceeded (-X max-output=10)"));
}

#[test]
fn bad_limit_values_are_usage_errors() {
    for opt in ["max-memory=lots", "max-time=-1", "max-output=0"] {
        assert_eq!(run(&["-X", opt, "-c", "pass"]).0, 2, "{opt}");
    }
}

#[test]
fn huge_requests_under_ulimit_are_memory_errors() {
    let script = "for make in (lambda: [0] * 10**10, lambda: bytearray(10**10), lambda: 'a' * 10**10,\n             lambda: list(range(10**10)), lambda: 1 << 10**12):\n    try:\n        make()\n    except MemoryError:\n        print('MemoryError')\n";
    let o = Command::new("sh")
        .args([
            "-c",
            &format!("ulimit -v 4000000; exec {BIN} -c \"$0\""),
            script,
        ])
        .output()
        .expect("sh runs");
    assert_eq!(
        text(&o.stdout),
        "MemoryError\n".repeat(5),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn test_runner_reports_timeouts() {
    let dir = tmpdir("runner_timeout");
    std::fs::write(dir.join("spin.py"), "while True: pass\n").unwrap();
    std::fs::write(dir.join("spin.out"), "").unwrap();
    let o = refpy(&["test", "--timeout", "0.5", "."], "", &dir);
    let out = text(&o.stdout);
    assert!(out.contains("timed out"), "{out}");
    assert!(out.trim_end().ends_with("0 passed, 1 failed"), "{out}");
}

/// `sys.stdin.read(n)` / `readline(n)` count characters, not bytes, and `input()` shares
/// the same buffered input (expected output as python3 3.11 prints it).
#[test]
fn stdin_reads_count_characters() {
    let d = std::env::temp_dir();
    let script = "import sys\nprint(repr(sys.stdin.read(3)), repr(sys.stdin.readline(2)), \
                  repr(input()), repr(sys.stdin.readline()), repr(sys.stdin.read(0)), \
                  repr(sys.stdin.read()))";
    let o = refpy(&["-c", script], "éa€b\nxy\nline three\nrest\nend", &d);
    assert_eq!(
        (o.status.code(), text(&o.stdout).as_str()),
        (
            Some(0),
            "'éa€' 'b\\n' 'xy' 'line three\\n' '' 'rest\\nend'\n"
        )
    );
}

/// `-X int_max_str_digits` and `PYTHONINTMAXSTRDIGITS` set the start-up limit (the option
/// wins); an invalid value stops start-up as CPython's configuration does.
#[test]
fn int_max_str_digits_from_the_command_line_and_environment() {
    let probe = "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)";
    let with_env = |value: &str, args: &[&str]| {
        let o = Command::new(BIN)
            .args(args)
            .env("PYTHONINTMAXSTRDIGITS", value)
            .output()
            .expect("refpy output");
        (o.status.code(), text(&o.stdout), text(&o.stderr))
    };
    assert_eq!(run(&["-c", probe]).1, "4300 -1\n");
    assert_eq!(with_env("700", &["-c", probe]).1, "700 700\n");
    assert_eq!(
        with_env("700", &["-X", "int_max_str_digits=900", "-c", probe]).1,
        "900 900\n"
    );
    assert_eq!(
        with_env("0", &["-c", "print(len(str(10**5000)))"]).1,
        "5001\n"
    );
    let (code, out, err) = with_env("100", &["-c", "print(1)"]);
    assert_eq!((code, out.as_str()), (Some(1), ""));
    assert!(err.starts_with(
        "Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit"
    ));
    // The first option counts; an empty value is 0; strtol's blanks and sign.
    let first = [
        "-X",
        "int_max_str_digits=1000",
        "-X",
        "int_max_str_digits=2000",
    ];
    assert_eq!(run(&[&first[..], &["-c", probe]].concat()).1, "1000 1000\n");
    assert_eq!(run(&["-X", "int_max_str_digits=", "-c", probe]).1, "0 0\n");
    assert_eq!(with_env(" 1000", &["-c", probe]).1, "1000 1000\n");
    // The environment is checked even when the option overrides it.
    let (code, _, _) = with_env("abc", &["-X", "int_max_str_digits=1000", "-c", "1"]);
    assert_eq!(code, Some(1));
    let (code, _, err) = run(&["-X", "int_max_str_digits=5", "-c", "print(1)"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.")
    );
}
