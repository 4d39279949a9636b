//! The trace record: what `refpy trace` keeps per step, and its JSON form (`docs/trace.md`).
//!
//! Object states repeat from step to step (a list nobody touches looks the same for a
//! thousand lines), so each distinct state is stored once in [`Trace::objects`] and a step
//! lists indices into it. The same JSON text feeds `--json` and the HTML page, so the page
//! shows exactly what the documented record holds.

use std::collections::HashMap;
use std::fmt::Write;

/// Where a reference leads: an object of the heap picture, or a value shown inline
/// (immortal objects such as None, small ints and interned strings, which have no
/// meaningful reference count).
pub enum Target {
    Obj(u64),
    Value(String),
}

/// One object as seen at one step.
pub struct ObjState {
    pub id: u64,
    pub type_name: String,
    pub repr: String,
    /// What `sys.getrefcount(obj)` would return at this point.
    pub refcount: usize,
    /// What `sys.getsizeof(obj)` would return (native size; a Python `__sizeof__` is not run).
    pub size: usize,
    pub generation: Option<u8>,
    pub tracked: bool,
    pub refs: Vec<(String, Target)>,
    /// A weak reference's referent (not a reference: drawn dashed).
    pub weak: Option<u64>,
    /// References not drawn (past the per-object limit), counted by type.
    pub more: Vec<(String, usize)>,
}

pub struct FrameRec {
    pub name: String,
    pub file: String,
    pub line: u32,
    pub locals: Vec<(String, Target)>,
}

/// Why an object died.
pub enum FreeReason {
    /// Its reference count reached zero.
    Refcount,
    /// It was part of the garbage of collection N (a cycle).
    Collected(u64),
}

pub enum Event {
    Alloc {
        id: u64,
        type_name: String,
    },
    Free {
        id: u64,
        /// Index of its last state in [`Trace::objects`].
        state: u32,
        reason: FreeReason,
    },
    /// Objects made and freed within the step, never seen in a picture.
    Temporaries {
        count: u64,
    },
    Del {
        id: u64,
        type_name: String,
    },
    WeakrefCallback {
        id: u64,
        function: String,
    },
    /// A collection's start (`collected` None: its unreachable set, before finalizers)
    /// or end (how many objects it freed).
    Collect {
        number: u64,
        generation: usize,
        unreachable: Vec<u64>,
        collected: Option<usize>,
    },
}

pub struct Step {
    pub file: String,
    pub line: u32,
    pub frames: Vec<FrameRec>,
    pub heap: Vec<u32>,
    /// Objects not drawn because the step's object limit was reached, counted by type.
    pub folded: Vec<(String, usize)>,
    pub events: Vec<Event>,
    pub stdout: String,
    pub live_objects: usize,
    pub heap_bytes: usize,
}

#[derive(Default)]
pub struct Trace {
    pub script: String,
    pub files: Vec<(String, Vec<String>)>,
    pub objects: Vec<String>,
    pub(super) object_index: HashMap<String, u32>,
    pub steps: Vec<String>,
    /// Total size of `objects` and `steps` in bytes (the page-size guard).
    pub bytes: usize,
    pub truncated: Option<String>,
    pub exit_code: i32,
    pub max_steps: usize,
    pub max_objects: usize,
    pub max_refs: usize,
}

impl Trace {
    /// The index of `state` in the state table, adding it if new.
    pub fn intern_state(&mut self, state: &ObjState) -> u32 {
        let text = state_json(state);
        if let Some(&i) = self.object_index.get(&text) {
            return i;
        }
        let i = self.objects.len() as u32;
        self.bytes += text.len();
        self.objects.push(text.clone());
        self.object_index.insert(text, i);
        i
    }

    pub fn push_step(&mut self, step: &Step) {
        let text = step_json(step);
        self.bytes += text.len();
        self.steps.push(text);
    }

    /// The whole record as one JSON document.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.bytes + 4096);
        out.push_str("{\"format\":\"refpy-trace\",\"version\":1,\"script\":");
        out.push_str(&quote(&self.script));
        out.push_str(",\"limits\":{");
        let _ = write!(
            out,
            "\"max_steps\":{},\"max_objects\":{},\"max_refs\":{}}}",
            self.max_steps, self.max_objects, self.max_refs
        );
        out.push_str(",\"truncated\":");
        match &self.truncated {
            Some(t) => out.push_str(&quote(t)),
            None => out.push_str("null"),
        }
        let _ = write!(out, ",\"exit_code\":{}", self.exit_code);
        out.push_str(",\"files\":{");
        for (i, (name, lines)) in self.files.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&quote(name));
            out.push_str(":[");
            join(&mut out, lines.iter().map(|l| quote(l)));
            out.push(']');
        }
        out.push_str("},\n\"objects\":[\n");
        join_lines(&mut out, &self.objects);
        out.push_str("],\n\"steps\":[\n");
        join_lines(&mut out, &self.steps);
        out.push_str("]}\n");
        out
    }
}

fn join(out: &mut String, items: impl Iterator<Item = String>) {
    for (i, s) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&s);
    }
}

fn join_lines(out: &mut String, items: &[String]) {
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(s);
    }
    out.push('\n');
}

/// A JSON string literal. `<` is escaped too, so the text can sit inside an HTML
/// `<script>` element without ending it.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn target_json(t: &Target) -> String {
    match t {
        Target::Obj(id) => id.to_string(),
        Target::Value(v) => format!("{{\"v\":{}}}", quote(v)),
    }
}

fn named_targets(items: &[(String, Target)]) -> String {
    let mut out = String::from("[");
    join(
        &mut out,
        items
            .iter()
            .map(|(n, t)| format!("[{},{}]", quote(n), target_json(t))),
    );
    out.push(']');
    out
}

fn counts_json(items: &[(String, usize)]) -> String {
    let mut out = String::from("[");
    join(
        &mut out,
        items
            .iter()
            .map(|(t, n)| format!("{{\"type\":{},\"count\":{n}}}", quote(t))),
    );
    out.push(']');
    out
}

fn state_json(s: &ObjState) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\"id\":{},\"type\":{},\"repr\":{},\"refcount\":{},\"size\":{},\"gen\":{},\"tracked\":{},\"refs\":{}",
        s.id,
        quote(&s.type_name),
        quote(&s.repr),
        s.refcount,
        s.size,
        s.generation.map_or("null".to_string(), |g| g.to_string()),
        s.tracked,
        named_targets(&s.refs)
    );
    if let Some(w) = s.weak {
        let _ = write!(out, ",\"weak\":{w}");
    }
    if !s.more.is_empty() {
        let _ = write!(out, ",\"more\":{}", counts_json(&s.more));
    }
    out.push('}');
    out
}

fn event_json(e: &Event) -> String {
    match e {
        Event::Alloc { id, type_name } => {
            format!(
                "{{\"kind\":\"alloc\",\"id\":{id},\"type\":{}}}",
                quote(type_name)
            )
        }
        Event::Free { id, state, reason } => {
            let reason = match reason {
                FreeReason::Refcount => "\"reason\":\"refcount\"".to_string(),
                FreeReason::Collected(n) => {
                    format!("\"reason\":\"collected\",\"collection\":{n}")
                }
            };
            format!("{{\"kind\":\"free\",\"id\":{id},\"state\":{state},{reason}}}")
        }
        Event::Temporaries { count } => {
            format!("{{\"kind\":\"temporaries\",\"count\":{count}}}")
        }
        Event::Del { id, type_name } => {
            format!(
                "{{\"kind\":\"del\",\"id\":{id},\"type\":{}}}",
                quote(type_name)
            )
        }
        Event::WeakrefCallback { id, function } => format!(
            "{{\"kind\":\"weakref_callback\",\"id\":{id},\"function\":{}}}",
            quote(function)
        ),
        Event::Collect {
            number,
            generation,
            unreachable,
            collected,
        } => {
            let ids: Vec<String> = unreachable.iter().map(u64::to_string).collect();
            let kind = if collected.is_some() {
                "collect"
            } else {
                "collect_start"
            };
            format!(
                "{{\"kind\":\"{kind}\",\"collection\":{number},\"generation\":{generation},\"unreachable\":[{}],\"collected\":{}}}",
                ids.join(","),
                collected.map_or("null".to_string(), |c| c.to_string())
            )
        }
    }
}

fn step_json(s: &Step) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\"file\":{},\"line\":{},\"frames\":[",
        quote(&s.file),
        s.line
    );
    join(
        &mut out,
        s.frames.iter().map(|f| {
            format!(
                "{{\"name\":{},\"file\":{},\"line\":{},\"locals\":{}}}",
                quote(&f.name),
                quote(&f.file),
                f.line,
                named_targets(&f.locals)
            )
        }),
    );
    out.push_str("],\"heap\":[");
    join(&mut out, s.heap.iter().map(u32::to_string));
    let _ = write!(out, "],\"folded\":{},\"events\":[", counts_json(&s.folded));
    join(&mut out, s.events.iter().map(event_json));
    let _ = write!(
        out,
        "],\"stdout\":{},\"live_objects\":{},\"heap_bytes\":{}}}",
        quote(&s.stdout),
        s.live_objects,
        s.heap_bytes
    );
    out
}
