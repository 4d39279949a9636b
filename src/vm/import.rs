//! `import`: builtin modules from `sys.modules`, and `.py` files beside the main script.

use super::{PyResult, Vm};
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use std::collections::HashMap;

impl Vm {
    /// `IMPORT_NAME`: returns the top-level package for `import a.b`, or the module itself
    /// when there is a fromlist.
    pub fn import_name(
        &mut self,
        name: &PyRef,
        fromlist: &PyRef,
        _level: &PyRef,
        _globals: &PyRef,
    ) -> PyResult {
        let full = name.as_str_opt().unwrap_or("").to_string();
        let top = full.split('.').next().unwrap_or("").to_string();
        let module = self.import_module(&full)?;
        if matches!(fromlist.payload, Payload::NoneValue) && full != top {
            return self.import_module(&top);
        }
        Ok(module)
    }

    /// Finds or loads the module `name`.
    pub fn import_module(&mut self, name: &str) -> PyResult {
        let key = self.str(name);
        let modules = self.modules.clone();
        if let Payload::Dict(d) = &modules.payload {
            if let Some(m) = self.dict_get(d, &key)? {
                return Ok(m);
            }
        }
        let dir = std::path::Path::new(&self.script_path)
            .parent()
            .map(|p| p.to_path_buf())
            .unwrap_or_default();
        let path = dir.join(format!("{}.py", name.replace('.', "/")));
        let Ok(source) = std::fs::read_to_string(&path) else {
            let err = self.new_error("ModuleNotFoundError", format!("No module named '{name}'"));
            self.set_exc_attr(&err.0, "name", self.str(name));
            return Err(err);
        };
        let module = self.new_module(name);
        if let Payload::Dict(d) = &modules.payload {
            self.dict_set(d, key.clone(), module.clone())?;
        }
        let filename = path.to_string_lossy().to_string();
        let file = self.str(&filename);
        crate::modules::set_attr(self, &module, "__file__", file);
        let result = self.exec_source(&source, &filename, &module);
        if let Err(e) = result {
            if let Payload::Dict(d) = &modules.payload {
                let _ = self.dict_remove(d, &key);
            }
            return Err(e);
        }
        Ok(module)
    }

    /// A new, empty module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> PyRef {
        let d = self.dict();
        if let Payload::Dict(dd) = &d.payload {
            let k = self.intern("__name__");
            let v = self.str(name);
            self.dict_set_str(dd, &k, v);
        }
        PyRef::new(&self.types.module_type, Payload::Module(d))
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &PyRef, name: &PyRef) -> PyResult {
        match self.getattr_opt(module, name.as_str_opt().unwrap_or(""))? {
            Some(v) => Ok(v),
            None => {
                let mname = self.module_name(module);
                let location = match self.getattr_opt(module, "__file__")? {
                    Some(f) => f.as_str_opt().unwrap_or("unknown location").to_string(),
                    None => "unknown location".to_string(),
                };
                Err(self.new_error(
                    "ImportError",
                    format!(
                        "cannot import name '{}' from '{}' ({})",
                        name.as_str_opt().unwrap_or(""),
                        mname,
                        location
                    ),
                ))
            }
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &PyRef, target: &PyRef) -> PyResult<()> {
        let entries: Vec<(PyRef, PyRef)> = match self.instance_dict(module) {
            Some(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            None => Vec::new(),
        };
        for (k, v) in entries {
            if k.as_str_opt().is_some_and(|s| !s.starts_with('_')) {
                self.setitem(target, &k, v)?;
            }
        }
        Ok(())
    }

    /// Compiles and runs `source` as the body of `module` (its attributes are the globals).
    /// Runs the main script. CPython keeps the parsed tree (its arena) until the script
    /// ends, and the tree holds one reference to each constant: counts seen while the
    /// script runs include it.
    pub fn exec_main_source(
        &mut self,
        source: &str,
        filename: &str,
        module: &PyRef,
    ) -> PyResult<()> {
        let code = self.compile_source(source, filename)?;
        let parse_tree = parse_tree_constants(&code);
        let result = self.exec_code_in(&code, module);
        drop(parse_tree);
        result
    }

    pub fn exec_source(&mut self, source: &str, filename: &str, module: &PyRef) -> PyResult<()> {
        let code = self.compile_source(source, filename)?;
        self.exec_code_in(&code, module)
    }

    fn exec_code_in(&mut self, code: &PyRef, module: &PyRef) -> PyResult<()> {
        // Borrowed from the module, as CPython's `PyModule_GetDict`: the running frame's
        // references are the only ones the namespace gains.
        match &module.payload {
            Payload::Module(globals) => {
                self.run_code_with_locals(code, globals, globals, Vec::new())?;
            }
            _ => {
                let globals = self.dict();
                self.run_code_with_locals(code, &globals, &globals, Vec::new())?;
            }
        }
        Ok(())
    }

    /// Parses and compiles; a syntax error becomes a SyntaxError exception.
    pub fn compile_source(&mut self, source: &str, filename: &str) -> PyResult {
        let parsed = crate::syntax::parse_module(source, filename)
            .and_then(|m| crate::compile::compile(&m, filename, crate::compile::Mode::Exec));
        match parsed {
            Ok(code) => Ok(self.code_object(code)),
            Err(info) => Err(self.syntax_error_from(&info)),
        }
    }

    /// A SyntaxError exception carrying the parser's position information.
    pub fn syntax_error_from(&mut self, info: &crate::syntax::SyntaxErrorInfo) -> super::PyErr {
        let err = self.new_error(info.kind.name(), &info.msg);
        let fields: [(&str, PyRef); 6] = [
            ("msg", self.str(&info.msg)),
            ("filename", self.str(&info.filename)),
            ("lineno", self.int(info.lineno as i64)),
            ("offset", self.int(info.offset as i64)),
            ("end_offset", self.int(info.end_offset as i64)),
            (
                "text",
                info.text
                    .as_deref()
                    .map(|t| self.str(t))
                    .unwrap_or_else(|| self.none()),
            ),
        ];
        for (k, v) in fields {
            self.set_exc_attr(&err.0, k, v);
        }
        err
    }

    /// Turns a compiled code object into a heap code object (constants become objects).
    /// Equal constants anywhere in one compilation are one object, as CPython's
    /// compiler merges them (`merge_consts_recursive`): a number used in two functions,
    /// or inside a tuple and on its own, is shared, and counted as such.
    pub fn code_object(&mut self, code: std::rc::Rc<crate::bytecode::CodeObject>) -> PyRef {
        self.code_object_merged(code, &mut HashMap::new())
    }

    fn code_object_merged(
        &mut self,
        code: std::rc::Rc<crate::bytecode::CodeObject>,
        merged: &mut HashMap<ConstKey, PyRef>,
    ) -> PyRef {
        let consts: Vec<PyRef> = code
            .consts
            .iter()
            .map(|c| self.const_object(c, merged))
            .collect();
        let names: Vec<PyRef> = code.names.iter().map(|n| self.intern(n)).collect();
        PyRef::new(
            &self.types.code_type,
            Payload::Code(Box::new(crate::objects::function::CodeData {
                code,
                consts: consts.into_boxed_slice(),
                names: names.into_boxed_slice(),
            })),
        )
    }

    fn const_object(
        &mut self,
        c: &crate::bytecode::Const,
        merged: &mut HashMap<ConstKey, PyRef>,
    ) -> PyRef {
        use crate::bytecode::Const;
        let key = ConstKey::of(c);
        if let Some(k) = &key {
            if let Some(obj) = merged.get(k) {
                return obj.clone();
            }
        }
        let obj = match c {
            Const::None => self.none(),
            Const::Bool(b) => self.bool(*b),
            Const::Int(i) => self.bigint(i.clone()),
            Const::Float(f) => self.float(*f),
            Const::Complex(im) => self.complex(0.0, *im),
            Const::Str(s) => self.intern(s),
            Const::Bytes(b) => self.bytes(b.clone()),
            Const::Ellipsis => self.ellipsis.clone(),
            Const::Tuple(items) => {
                let items = items.iter().map(|i| self.const_object(i, merged)).collect();
                self.tuple(items)
            }
            Const::FrozenSet(items) => {
                // The compiler's frozenset is built from the display's items in order, then
                // remade from its own iteration order (`merge_consts_recursive`): that
                // second table is the constant.
                let mut first = crate::objects::set::SetData::new();
                for item in items {
                    let item = self.const_object(item, merged);
                    if crate::objects::methods::set_data_add(self, &mut first, item).is_err() {
                        break;
                    }
                }
                let mut data = crate::objects::set::SetData::new();
                for (_, item) in first.iter() {
                    if crate::objects::methods::set_data_add(self, &mut data, item.clone()).is_err()
                    {
                        break;
                    }
                }
                self.frozenset(data)
            }
            Const::Code(code) => self.code_object_merged(code.clone(), merged),
        };
        if let Some(k) = key {
            merged.insert(k, obj.clone());
        }
        obj
    }

    /// The module's namespace: the dict that is also the globals of its code.
    pub fn module_globals(&mut self, module: &PyRef) -> PyRef {
        match &module.payload {
            Payload::Module(d) => d.clone(),
            _ => self.dict(),
        }
    }
}

/// The constants of `code` and of the code objects nested in it, with the items of
/// constant tuples and sets, once each: what a parsed tree refers to (code objects and the
/// frozensets the compiler makes for set displays are not in it).
fn parse_tree_constants(code: &PyRef) -> Vec<PyRef> {
    let mut out: Vec<PyRef> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![code.clone()];
    while let Some(code) = stack.pop() {
        let Payload::Code(cd) = &code.payload else {
            continue;
        };
        let mut values: Vec<PyRef> = cd.consts.to_vec();
        while let Some(c) = values.pop() {
            match &c.payload {
                Payload::Code(_) => stack.push(c.clone()),
                // The tree holds the items of a constant tuple or set as well.
                Payload::Tuple(items) => values.extend(items.iter().cloned()),
                Payload::FrozenSet(items) => values.extend(items.iter().map(|(_, k)| k.clone())),
                _ => {}
            }
            if !matches!(c.payload, Payload::Code(_) | Payload::FrozenSet(_))
                && !c.is_immortal()
                && seen.insert(c.id())
            {
                out.push(c);
            }
        }
    }
    out
}

/// `_PyCode_ConstantKey`: constants are merged when type and value agree (floats by
/// their bits, so `0.0` and `-0.0` stay apart). Code objects are never merged.
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(num_bigint::BigInt),
    Float(u64),
    Complex(u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

impl ConstKey {
    fn of(c: &crate::bytecode::Const) -> Option<ConstKey> {
        use crate::bytecode::Const;
        let all = |items: &[Const]| items.iter().map(ConstKey::of).collect::<Option<Vec<_>>>();
        Some(match c {
            Const::None => ConstKey::None,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(i) => ConstKey::Int(i.clone()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Complex(im) => ConstKey::Complex(im.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Tuple(items) => ConstKey::Tuple(all(items)?),
            Const::FrozenSet(items) => ConstKey::FrozenSet(all(items)?),
            Const::Code(_) => return None,
        })
    }
}
