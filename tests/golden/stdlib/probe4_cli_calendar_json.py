import calendar, sys, io, os, tempfile, json
import json.tool
def run_calendar(argv):
    print("== calendar", " ".join(argv))
    sys.stdout.flush()
    try:
        calendar.main(["calendar.py"] + argv)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.stdout
for argv in [["2024"], ["2024", "2"], ["-w", "3", "-l", "2", "-s", "1", "-m", "4", "2023"], ["-t", "html", "-c", "my.css", "2022"], ["-t", "html", "2024", "2"], ["2024", "2", "3"], ["-e", "utf-8", "1999", "12"], ["-t", "xml"], ["-h"]]:
    run_calendar(argv)
sys.stdout.flush()
def run_tool(argv, stdin_text=None):
    print("== json.tool", " ".join(os.path.basename(a) for a in argv))
    saved = sys.argv, sys.stdin
    sys.argv = ["python -m json.tool"] + argv
    if stdin_text is not None:
        sys.stdin = io.StringIO(stdin_text)
    class Keep(io.StringIO):
        def close(self): self.closed_calls = getattr(self, "closed_calls", 0) + 1
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = capture = Keep()
    try:
        json.tool.main()
    except SystemExit as e:
        print("exit", e.code if not isinstance(e.code, Exception) else repr(e.code))
    finally:
        sys.argv, sys.stdin = saved
        sys.stdout, sys.stderr = real_out, real_err
    print(capture.getvalue(), end="")
    print("closed:", getattr(capture, "closed_calls", 0))
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "in.json")
    with open(src, "w") as f:
        f.write('{"b": [1, 2], "a": {"x": null, "é": "ü"}}')
    run_tool([src])
    run_tool([src, "--sort-keys", "--no-ensure-ascii"])
    run_tool(["--tab", src]); run_tool(["--indent", "1", src]); run_tool(["--no-indent", src]); run_tool(["--compact", src])
    run_tool([], '{"a": 1')
    run_tool(["--json-lines", "--compact"], '{"a": 1}\n[2, 3]\n')
    run_tool(["--tab", "--compact", src])
    run_tool(["missing_probe4_file.json"])
    out = os.path.join(d, "out.json")
    run_tool([src, out]); print(open(out).read())
    run_tool(["-h"])
