//! `refpy trace`: the record (checked through its JSON, read by the small parser below), the
//! limits, the seed programs, and the page in a real headless browser when `chromium` is
//! installed (skipped with a message otherwise).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_refpy");

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("refpy-trace-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn refpy(args: &[&str], cwd: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("run refpy")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Traces `source` as `name.py` into JSON; returns the record and the run's output.
fn trace_json(name: &str, source: &str, extra: &[&str]) -> (Json, Output) {
    let dir = tmpdir(name);
    std::fs::write(dir.join(format!("{name}.py")), source).unwrap();
    let script = format!("{name}.py");
    let mut args = vec!["trace", script.as_str(), "--json", "-o", "out.json"];
    args.extend_from_slice(extra);
    let out = refpy(&args, &dir);
    let json = std::fs::read_to_string(dir.join("out.json")).unwrap_or_default();
    (parse(&json), out)
}

// ---- a minimal JSON reader (the crate has no JSON dependency) ----

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

impl Json {
    fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(m) => m.get(key).unwrap_or(&Json::Null),
            _ => &Json::Null,
        }
    }
    fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(a) => a,
            _ => &[],
        }
    }
    fn num(&self) -> f64 {
        match self {
            Json::Num(n) => *n,
            _ => f64::NAN,
        }
    }
    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            _ => "",
        }
    }
}

fn parse(s: &str) -> Json {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let v = value(&chars, &mut i);
    skip_ws(&chars, &mut i);
    assert_eq!(i, chars.len(), "trailing text in JSON");
    v
}

fn skip_ws(c: &[char], i: &mut usize) {
    while *i < c.len() && c[*i].is_whitespace() {
        *i += 1;
    }
}

fn value(c: &[char], i: &mut usize) -> Json {
    skip_ws(c, i);
    match c.get(*i) {
        Some('{') => {
            *i += 1;
            let mut m = BTreeMap::new();
            loop {
                skip_ws(c, i);
                if c[*i] == '}' {
                    *i += 1;
                    return Json::Obj(m);
                }
                let Json::Str(k) = value(c, i) else {
                    panic!("object key")
                };
                skip_ws(c, i);
                assert_eq!(c[*i], ':');
                *i += 1;
                m.insert(k, value(c, i));
                skip_ws(c, i);
                if c[*i] == ',' {
                    *i += 1;
                }
            }
        }
        Some('[') => {
            *i += 1;
            let mut a = Vec::new();
            loop {
                skip_ws(c, i);
                if c[*i] == ']' {
                    *i += 1;
                    return Json::Arr(a);
                }
                a.push(value(c, i));
                skip_ws(c, i);
                if c[*i] == ',' {
                    *i += 1;
                }
            }
        }
        Some('"') => {
            *i += 1;
            let mut s = String::new();
            while c[*i] != '"' {
                if c[*i] == '\\' {
                    *i += 1;
                    match c[*i] {
                        'n' => s.push('\n'),
                        't' => s.push('\t'),
                        'r' => s.push('\r'),
                        'u' => {
                            let hex: String = c[*i + 1..*i + 5].iter().collect();
                            s.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                            *i += 4;
                        }
                        other => s.push(other),
                    }
                } else {
                    s.push(c[*i]);
                }
                *i += 1;
            }
            *i += 1;
            Json::Str(s)
        }
        Some('t') => {
            *i += 4;
            Json::Bool(true)
        }
        Some('f') => {
            *i += 5;
            Json::Bool(false)
        }
        Some('n') => {
            *i += 4;
            Json::Null
        }
        _ => {
            let start = *i;
            while *i < c.len() && matches!(c[*i], '-' | '+' | '.' | 'e' | 'E' | '0'..='9') {
                *i += 1;
            }
            let t: String = c[start..*i].iter().collect();
            Json::Num(t.parse().expect("number"))
        }
    }
}

// ---- helpers over the record ----

fn steps(t: &Json) -> &[Json] {
    t.get("steps").arr()
}

/// The state of the object a frame local names at step `k`.
fn local_state<'a>(t: &'a Json, k: usize, name: &str) -> Option<&'a Json> {
    let step = &steps(t)[k];
    let frame = step.get("frames").arr().last()?;
    let id = frame
        .get("locals")
        .arr()
        .iter()
        .find(|l| l.arr()[0].str() == name)?
        .arr()[1]
        .num();
    step.get("heap")
        .arr()
        .iter()
        .map(|i| &t.get("objects").arr()[i.num() as usize])
        .find(|o| o.get("id").num() == id)
}

fn step_at_line(t: &Json, line: f64) -> usize {
    steps(t)
        .iter()
        .position(|s| s.get("line").num() == line)
        .unwrap_or_else(|| panic!("no step at line {line}"))
}

fn events<'a>(t: &'a Json, kind: &str) -> Vec<(usize, &'a Json)> {
    let mut out = Vec::new();
    for (k, s) in steps(t).iter().enumerate() {
        for e in s.get("events").arr() {
            if e.get("kind").str() == kind {
                out.push((k, e));
            }
        }
    }
    out
}

#[test]
fn refcounts_and_sizes_are_what_the_program_sees() {
    let src = "import sys
def f():
    a = []
    b = [a, a]
    print(sys.getrefcount(a), sys.getsizeof(b))
    c = (a, b)
    return c
f()\n";
    let (t, out) = trace_json("refcounts", src, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    let nums: Vec<f64> = printed
        .split_whitespace()
        .map(|w| w.parse().unwrap())
        .collect();
    // The picture before line 6 is the state the print on line 5 reported.
    let k = step_at_line(&t, 6.0);
    let a = local_state(&t, k, "a").expect("a drawn");
    let b = local_state(&t, k, "b").expect("b drawn");
    assert_eq!(a.get("refcount").num(), nums[0]);
    assert_eq!(b.get("size").num(), nums[1]);
    assert_eq!(a.get("type").str(), "list");
    assert_eq!(b.get("refs").arr().len(), 2);
    assert_eq!(steps(&t)[k].get("stdout").str(), printed);
    // Frames: <module> then f.
    let names: Vec<&str> = steps(&t)[k]
        .get("frames")
        .arr()
        .iter()
        .map(|f| f.get("name").str())
        .collect();
    assert_eq!(names, ["<module>", "f"]);
}

#[test]
fn frees_finalizers_callbacks_and_collections() {
    let src = "import gc, weakref
class Node:
    def __del__(self):
        print('del', self.name)
def cb(ref):
    print('callback')
gc.disable()
a = Node(); a.name = 'a'
b = Node(); b.name = 'b'
a.other = b; b.other = a
w = weakref.ref(a, cb)
del a, b
n = gc.collect()
t = [1.5]
del t
print(n)\n";
    let (t, out) = trace_json("frees", src, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let starts = events(&t, "collect_start");
    let ours = starts
        .iter()
        .find(|(_, e)| e.get("unreachable").arr().len() >= 2)
        .expect("the collection of the cycle");
    let number = ours.1.get("collection").num();
    let done = events(&t, "collect");
    assert!(done
        .iter()
        .any(|(_, e)| e.get("collection").num() == number && e.get("collected").num() >= 2.0));
    let freed: Vec<&Json> = events(&t, "free").into_iter().map(|(_, e)| e).collect();
    let collected = freed
        .iter()
        .filter(|e| e.get("reason").str() == "collected" && e.get("collection").num() == number)
        .count();
    assert_eq!(collected, 2, "both Nodes collected by collection {number}");
    assert!(
        freed.iter().any(|e| e.get("reason").str() == "refcount"),
        "the list t dies by refcount"
    );
    assert_eq!(events(&t, "del").len(), 2);
    assert_eq!(events(&t, "weakref_callback").len(), 1);
    assert!(events(&t, "alloc")
        .iter()
        .any(|(_, e)| e.get("type").str() == "Node"));
    // Output is interleaved at the step after it was printed.
    let all: String = steps(&t).iter().map(|s| s.get("stdout").str()).collect();
    assert_eq!(all, text(&out.stdout));
}

#[test]
fn limits_stop_recording_but_not_the_program() {
    let src = "total = 0\nfor i in range(1000):\n    total += i\nprint(total)\n";
    let (t, out) = trace_json("limits", src, &["--max-steps", "7"]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "499500\n");
    assert_eq!(steps(&t).len(), 7);
    assert!(t.get("truncated").str().contains("--max-steps"));
    assert!(text(&out.stderr).contains("recording stopped after 7 steps"));

    let src = "xs = [object() for i in range(500)]\nd = {'k': xs}\ny = 1\n";
    let (t, out) = trace_json("fold", src, &["--max-objects", "5", "--max-refs", "4"]);
    assert!(out.status.success());
    let last = steps(&t).last().unwrap();
    assert!(last.get("heap").arr().len() <= 5);
    let objs = t.get("objects").arr();
    let list = last
        .get("heap")
        .arr()
        .iter()
        .map(|i| &objs[i.num() as usize])
        .find(|o| o.get("type").str() == "list")
        .expect("the list is drawn");
    let more = list.get("more").arr();
    let hidden: f64 = more.iter().map(|m| m.get("count").num()).sum();
    assert!(hidden >= 496.0, "{more:?}");
}

#[test]
fn usage_errors() {
    let dir = tmpdir("usage");
    let out = refpy(&["trace"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let out = refpy(&["trace", "missing.py"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("can't open file 'missing.py'"));
    let out = refpy(&["trace", "x.py", "--max-steps", "many"], &dir);
    assert_eq!(out.status.code(), Some(2));
}

fn seeds_dir() -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/conformance/seeds");
    d.is_dir().then_some(d)
}

#[test]
fn seed_programs_trace_to_pages() {
    let Some(dir) = seeds_dir() else {
        eprintln!("skipped: ../shared/conformance/seeds is absent");
        return;
    };
    let out_dir = tmpdir("seeds");
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 4);
    for seed in seeds {
        let name = seed.file_stem().unwrap().to_string_lossy().into_owned();
        let page = out_dir.join(format!("{name}.html"));
        let out = refpy(
            &[
                "trace",
                seed.to_str().unwrap(),
                "-o",
                page.to_str().unwrap(),
            ],
            &dir,
        );
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        let html = std::fs::read_to_string(&page).unwrap();
        assert!(html.len() < 40 << 20, "{name}: page too big");
        for remote in ["src=\"http", "href=\"http", "@import", "url(http"] {
            assert!(!html.contains(remote), "{name}: page loads {remote}");
        }
        assert!(html.contains("\"format\":\"refpy-trace\""));
    }
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Loads the page in headless chromium: the page's self test steps through every picture
/// with key presses, and no script error may reach the console.
#[test]
fn page_works_in_a_headless_browser() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: chromium is not installed (apt-get install chromium)");
        return;
    };
    let src = "import gc
class C:
    pass
a = C()
a.me = a
a.items = [1, 'two', 3.0]
del a
gc.collect()
print('done')\n";
    let dir = tmpdir("browser");
    std::fs::write(dir.join("cyc.py"), src).unwrap();
    let out = refpy(&["trace", "cyc.py", "-o", "cyc.html"], &dir);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let url = format!("file://{}#selftest", dir.join("cyc.html").display());
    let run = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
            "--dump-dom",
            &url,
        ])
        .output()
        .expect("run chromium");
    let dom = text(&run.stdout);
    let log = text(&run.stderr);
    let body = dom
        .split("<body")
        .nth(1)
        .and_then(|b| b.split('>').next())
        .unwrap_or("");
    assert!(
        body.contains("data-selftest=\"ok"),
        "self test: {body}\n{log}"
    );
    assert!(!body.contains("data-errors"), "page errors: {body}");
    for line in log.lines().filter(|l| l.contains("CONSOLE")) {
        assert!(
            !line.contains("Uncaught") && !line.contains("Error"),
            "console: {line}"
        );
    }
}

/// `objgraph.show_refs` / `show_backrefs` writing files: DOT (the same bytes on every run),
/// SVG laid out by refpy, and DOT beside a name graphviz would be needed for.
#[test]
fn objgraph_writes_dot_and_svg_files() {
    let src = "import objgraph
class Node:
    def __init__(self, name):
        self.name = name
root = Node('root')
root.kids = [Node('a'), Node('b')]
root.kids[0].up = root
keep = lambda o: isinstance(o, (Node, list))
objgraph.show_refs([root], filename='refs.dot', filter=keep)
objgraph.show_backrefs(root.kids[1], filename='back.svg', filter=keep)
objgraph.show_refs(root, filename='refs.png', filter=keep, max_depth=1)
";
    let dir = tmpdir("objgraph");
    std::fs::write(dir.join("g.py"), src).unwrap();
    let first = refpy(&["g.py"], &dir);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert_eq!(
        text(&first.stdout),
        "Graph written to refs.dot (4 nodes)\nImage generated as back.svg\n\
         Image renderer (dot) not found, writing refs.dot instead\n\
         Graph written to refs.dot (2 nodes)\n"
    );
    let svg = std::fs::read_to_string(dir.join("back.svg")).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    // kids[1], the list, root, and kids[0] (whose `up` refers to root).
    assert_eq!(svg.matches("<rect").count(), 4, "{svg}");
    assert!(svg.matches("<line").count() >= 2);
    assert!(svg.contains("kids"));
    assert!(svg.trim_end().ends_with("</svg>"));
    // The same program writes the same DOT bytes.
    let src2 = src.replace(
        "refs.png', filter=keep, max_depth=1",
        "x.dot', filter=keep, max_depth=1",
    );
    std::fs::write(dir.join("g.py"), src2).unwrap();
    let dot1 = {
        refpy(&["g.py"], &dir);
        std::fs::read(dir.join("refs.dot")).unwrap()
    };
    refpy(&["g.py"], &dir);
    assert_eq!(dot1, std::fs::read(dir.join("refs.dot")).unwrap());
    let dot = String::from_utf8(dot1).unwrap();
    assert!(dot.starts_with("digraph ObjectGraph {\n"));
    assert!(dot.contains("o1[fontcolor=red];"));
    assert!(dot.contains("[label=\"kids\",weight=2]") || dot.contains("o1 -> o2"));
}
