//! The heap picture of one step: the objects reachable from the frames' locals, found
//! breadth first, with their reference counts, sizes and collector state.
//!
//! Reading the heap must not change it: the walk runs no Python code (reprs are made
//! natively, and a class's own `__sizeof__` is not called), allocates no Python object, and
//! holds exactly one extra reference to each object it draws while it reads the counts, so
//! `refcount` is what `sys.getrefcount(obj)` (whose argument is one more reference) reports.
//! Modules, classes, functions and code are drawn but not entered: what they hold is the
//! interpreter's, not the program's data. Past `max_refs` references of one object, or
//! `max_objects` objects in the picture, targets are only counted by type ("N more objects
//! of type T"), so a list of a million items costs a few hundred nodes.

use super::record::{ObjState, Target};
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::Vm;
use std::collections::HashMap;

pub struct Limits {
    pub max_objects: usize,
    pub max_refs: usize,
}

/// One drawn object and the state read for it.
struct Node {
    obj: PyRef,
    refs: Vec<(String, Target)>,
    weak: Option<usize>,
    more: Vec<(String, usize)>,
}

pub struct Walk<'a> {
    vm: &'a Vm,
    limits: &'a Limits,
    index: HashMap<usize, usize>,
    nodes: Vec<Node>,
    /// Counted, not drawn: type name -> (count, bytes).
    folded: HashMap<String, (usize, usize)>,
}

/// What the walk found: states (ids still to assign), the folded counts, and bytes.
pub struct Picture {
    pub objects: Vec<(usize, ObjState)>,
    pub folded: Vec<(String, usize)>,
    pub bytes: usize,
}

impl<'a> Walk<'a> {
    pub fn new(vm: &'a Vm, limits: &'a Limits) -> Walk<'a> {
        Walk {
            vm,
            limits,
            index: HashMap::new(),
            nodes: Vec::new(),
            folded: HashMap::new(),
        }
    }

    /// A root (a frame local): drawn if the picture has room. Returns the target with the
    /// object's address in place of its id (see [`Picture`]).
    pub fn root(&mut self, obj: &PyRef) -> Target {
        match self.target(obj) {
            Some(t) => t,
            None => {
                self.fold(obj);
                Target::Value(format!("<{} not drawn>", obj.class_name()))
            }
        }
    }

    /// The target for a reference to `obj`: inline for immortal objects, else a node
    /// (added now if there is room), else None.
    fn target(&mut self, obj: &PyRef) -> Option<Target> {
        if obj.is_immortal() {
            return Some(Target::Value(short_repr(obj)));
        }
        let addr = obj.id();
        if self.index.contains_key(&addr) {
            return Some(Target::Obj(addr as u64));
        }
        if self.nodes.len() >= self.limits.max_objects {
            return None;
        }
        self.index.insert(addr, self.nodes.len());
        self.nodes.push(Node {
            obj: obj.clone(),
            refs: Vec::new(),
            weak: None,
            more: Vec::new(),
        });
        Some(Target::Obj(addr as u64))
    }

    fn fold(&mut self, obj: &PyRef) -> String {
        let name = obj.type_name();
        let size = size_of(self.vm, obj);
        let e = self.folded.entry(name.clone()).or_insert((0, 0));
        e.0 += 1;
        e.1 += size;
        name
    }

    /// Visits every drawn object (the list grows as it goes: breadth first) and reads the
    /// states once all the references it took are the only extra ones.
    pub fn finish(mut self) -> Picture {
        let mut i = 0;
        while i < self.nodes.len() {
            let obj = self.nodes[i].obj.clone();
            let (children, weak) = children(&obj);
            let mut refs = Vec::new();
            let mut more: Vec<(String, usize)> = Vec::new();
            for (n, (label, child)) in children.into_iter().enumerate() {
                let t = if n < self.limits.max_refs {
                    self.target(&child)
                } else {
                    None
                };
                match t {
                    Some(t) => refs.push((label, t)),
                    None => {
                        let name = self.fold(&child);
                        match more.iter_mut().find(|(t, _)| *t == name) {
                            Some(m) => m.1 += 1,
                            None => more.push((name, 1)),
                        }
                    }
                }
            }
            let node = &mut self.nodes[i];
            node.refs = refs;
            node.weak = weak;
            node.more = more;
            i += 1;
        }
        let mut bytes = self.folded.values().map(|(_, b)| b).sum::<usize>();
        let mut objects = Vec::with_capacity(self.nodes.len());
        for node in &mut self.nodes {
            let obj = &node.obj;
            let size = size_of(self.vm, obj);
            bytes += size;
            let state = ObjState {
                id: 0,
                type_name: obj.type_name(),
                repr: short_repr(obj),
                refcount: obj.refcount(),
                size,
                generation: obj.gc.get().map(|s| s.generation).filter(|g| *g < 3),
                tracked: crate::gc::is_tracked(obj),
                refs: std::mem::take(&mut node.refs),
                weak: node.weak.map(|w| w as u64),
                more: std::mem::take(&mut node.more),
            };
            objects.push((obj.id(), state));
        }
        let mut folded: Vec<(String, usize)> =
            self.folded.into_iter().map(|(t, (n, _))| (t, n)).collect();
        folded.sort();
        Picture {
            objects,
            folded,
            bytes,
        }
    }
}

/// `sys.getsizeof` without running Python code (a class's own `__sizeof__` is skipped).
pub fn size_of(vm: &Vm, obj: &PyRef) -> usize {
    crate::objects::sizeof::native_sizeof(vm, obj) + crate::objects::sizeof::preheader(vm, obj)
}

/// The references an object holds that the picture draws, labelled (list index, dict key,
/// attribute name), and a weak reference's referent address. Modules, classes, functions,
/// code and frames are not entered.
fn children(obj: &PyRef) -> (Vec<(String, PyRef)>, Option<usize>) {
    let mut out = Vec::new();
    let mut weak = None;
    match &obj.payload {
        Payload::List(items) => {
            if let Ok(items) = items.try_borrow() {
                out.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (i.to_string(), v.clone())),
                );
            }
        }
        Payload::Tuple(items) => {
            out.extend(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (i.to_string(), v.clone())),
            );
        }
        Payload::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                for (k, v) in d.iter() {
                    out.push((short_repr(k), v.clone()));
                    if !k.is_immortal() && k.as_str_opt().is_none() {
                        out.push(("key".to_string(), k.clone()));
                    }
                }
            }
        }
        Payload::Instance(inst) => {
            inst.each_slot(|i, v| out.push((format!("slot {i}"), v.clone())));
            let keys = obj.class().type_data().map(|t| &t.shared_keys);
            inst.each_inline_value(|i, v| {
                let key = keys.and_then(|k| k.key_at(i));
                let name = key
                    .as_ref()
                    .and_then(|(_, k)| k.as_str_opt())
                    .unwrap_or("?");
                out.push((name.to_string(), v.clone()));
            });
            if let Some(d) = inst.dict_object() {
                out.push(("__dict__".to_string(), d));
            }
            if let Some(Ok(a)) = inst.attrs().map(std::cell::RefCell::try_borrow) {
                for (k, v) in a.iter() {
                    out.push((k.as_str_opt().unwrap_or("?").to_string(), v.clone()));
                }
            }
        }
        Payload::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                out.extend(c.iter().map(|v| (String::new(), v.clone())));
            }
        }
        Payload::BoundMethod { func, receiver } => {
            out.push(("__func__".to_string(), func.clone()));
            out.push(("__self__".to_string(), receiver.clone()));
        }
        Payload::WeakRef(data) => {
            if let Ok(r) = data.referent.try_borrow() {
                weak = r.as_ref().filter(|w| w.is_alive()).map(|w| w.id());
            }
        }
        Payload::Module(_)
        | Payload::Type(_)
        | Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::Code(_)
        | Payload::Frame(_) => {}
        other => other.traverse(&mut |r| out.push((String::new(), r.clone()))),
    }
    (out, weak)
}

/// A short description made without running Python code: values for numbers and strings,
/// sizes for containers, names for definitions.
pub fn short_repr(obj: &PyRef) -> String {
    const MAX: usize = 40;
    let text = match &obj.payload {
        Payload::NoneValue => "None".to_string(),
        Payload::NotImplemented => "NotImplemented".to_string(),
        Payload::Ellipsis => "Ellipsis".to_string(),
        Payload::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Payload::Int(i) => i.to_string(),
        Payload::BigInt(b) => b.to_string(),
        Payload::Float(f) => crate::format::float::float_repr(*f),
        Payload::Str(s) => crate::vm::text::str_repr(s.as_str()),
        Payload::Bytes(b) => format!("bytes, {} bytes", b.len()),
        Payload::List(l) => items(l.try_borrow().map_or(0, |l| l.len())),
        Payload::Tuple(t) => items(t.len()),
        Payload::Dict(d) => items(d.try_borrow().map_or(0, |d| d.len())),
        Payload::Function(f) => format!("function {}", f.code().qualname),
        Payload::Type(t) => format!("class {}", t.name()),
        Payload::Module(d) => match module_name(d) {
            Some(n) => format!("module {n}"),
            None => "module".to_string(),
        },
        Payload::Code(c) => format!("code {}", c.code.name),
        Payload::Generator { names, .. } => format!("generator {}", names.qualname()),
        Payload::WeakRef(data) => {
            let alive = data
                .referent
                .try_borrow()
                .is_ok_and(|r| r.as_ref().is_some_and(|w| w.is_alive()));
            if alive { "weakref" } else { "weakref (dead)" }.to_string()
        }
        Payload::Instance(_) => format!("{} object", obj.class_name()),
        other => other.kind_name().to_string(),
    };
    if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX - 1).collect();
        format!("{cut}…")
    } else {
        text
    }
}

fn items(n: usize) -> String {
    if n == 1 {
        "1 item".to_string()
    } else {
        format!("{n} items")
    }
}

fn module_name(globals: &PyRef) -> Option<String> {
    let Payload::Dict(d) = &globals.payload else {
        return None;
    };
    let d = d.try_borrow().ok()?;
    let name = d
        .iter()
        .find(|(k, _)| k.as_str_opt() == Some("__name__"))
        .and_then(|(_, v)| v.as_str_opt().map(str::to_string));
    name
}
