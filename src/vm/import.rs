//! The import system, as CPython's `__import__` behaves for a script: modules come from
//! `sys.modules`, then from the folders of `sys.path` (or of the parent package's
//! `__path__`) as `NAME.py`, `NAME/__init__.py` or a namespace package (a bare folder),
//! then from the stdlib sources compiled into refpy (`modules::frozen`). Errors carry
//! CPython's messages and `name`/`path` attributes.

use super::{PyErr, PyResult, Vm};
use crate::compile::const_cache::ConstKey;
use crate::heap::PyRef;
use crate::objects::payload::Payload;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Where a module's code was found.
enum Location {
    /// `NAME.py`, or `NAME/__init__.py` with the package's folder.
    File {
        file: PathBuf,
        package_dir: Option<PathBuf>,
    },
    /// Folders named like the module, holding no `__init__.py`, along the search path.
    Namespace(Vec<String>),
    Frozen(&'static crate::modules::frozen::FrozenModule),
}

impl Vm {
    /// `IMPORT_NAME`: what `__import__(name, globals, None, fromlist, level)` returns.
    pub fn import_name(
        &mut self,
        name: &PyRef,
        fromlist: &PyRef,
        level: &PyRef,
        globals: &PyRef,
    ) -> PyResult {
        let level = self.index_value(level)?;
        self.import_level(name, Some(globals), fromlist, level)
    }

    /// `PyImport_ImportModuleLevelObject`: resolves a relative name against the importing
    /// module's package, imports it (parents first), and returns the top-level package for
    /// `import a.b`, or the module itself when there is a fromlist, after importing the
    /// submodules the fromlist names.
    pub fn import_level(
        &mut self,
        name: &PyRef,
        globals: Option<&PyRef>,
        fromlist: &PyRef,
        level: i64,
    ) -> PyResult {
        let Some(name) = name.as_str_opt().map(str::to_string) else {
            return Err(self.type_error("module name must be a string"));
        };
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let abs = if level > 0 {
            self.resolve_name(&name, globals, level)?
        } else if name.is_empty() {
            return Err(self.value_error("Empty module name"));
        } else {
            name.clone()
        };
        let module = self.import_module(&abs)?;
        let has_from = !matches!(fromlist.payload, Payload::NoneValue) && self.is_true(fromlist)?;
        if has_from {
            return match self.getattr_opt(&module, "__path__")? {
                Some(_) => self.handle_fromlist(&module, fromlist, false),
                None => Ok(module),
            };
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        let Some(dot) = name.find('.') else {
            return Ok(module);
        };
        if level == 0 {
            return self.import_module(&name[..dot]);
        }
        let cut_off = name.len() - dot;
        let to_return = &abs[..abs.len() - cut_off];
        match self.sys_modules_get(to_return)? {
            Some(m) => Ok(m),
            None => {
                let key = self.str(&format!(
                    "{} not in sys.modules as expected",
                    repr(to_return)
                ));
                Err(self.key_error(&key))
            }
        }
    }

    /// `resolve_name` of import.c: the absolute name of a relative import, from the
    /// importer's `__package__`, else `__spec__.parent`, else its `__name__` (a package's
    /// own name, a module's parent).
    fn resolve_name(
        &mut self,
        name: &str,
        globals: Option<&PyRef>,
        level: i64,
    ) -> PyResult<String> {
        let Some(globals) = globals else {
            let key = self.str("'__name__' not in globals");
            return Err(self.key_error(&key));
        };
        let Some(g) = self.dict_payload(globals) else {
            return Err(self.type_error("globals must be a dict"));
        };
        let get = |vm: &mut Vm, key: &str| -> PyResult<Option<PyRef>> {
            let k = vm.str(key);
            Ok(vm
                .dict_get(g, &k)?
                .filter(|v| !matches!(v.payload, Payload::NoneValue)))
        };
        let package = get(self, "__package__")?;
        let spec = get(self, "__spec__")?;
        let package: String = if let Some(p) = package {
            match p.as_str_opt() {
                Some(s) => s.to_string(),
                None => return Err(self.type_error("package must be a string")),
            }
        } else if let Some(spec) = spec {
            let parent = self.getattr_str(&spec, "parent")?;
            match parent.as_str_opt() {
                Some(s) => s.to_string(),
                None => return Err(self.type_error("__spec__.parent must be a string")),
            }
        } else {
            let Some(n) = get(self, "__name__")? else {
                let key = self.str("'__name__' not in globals");
                return Err(self.key_error(&key));
            };
            let Some(n) = n.as_str_opt().map(str::to_string) else {
                return Err(self.type_error("__name__ must be a string"));
            };
            if get(self, "__path__")?.is_some() {
                n
            } else {
                match n.rfind('.') {
                    Some(dot) => n[..dot].to_string(),
                    None => String::new(),
                }
            }
        };
        if package.is_empty() {
            return Err(self.import_error(
                "attempted relative import with no known parent package",
                None,
                None,
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rfind('.') {
                Some(dot) => base = &base[..dot],
                None => {
                    return Err(self.import_error(
                        "attempted relative import beyond top-level package",
                        None,
                        None,
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// `_handle_fromlist`: `from package import name` imports `package.name` when the
    /// package has no such attribute yet; `*` does so for each name of `__all__`.
    fn handle_fromlist(&mut self, module: &PyRef, fromlist: &PyRef, recursive: bool) -> PyResult {
        for item in self.iterate(fromlist)? {
            let Some(x) = item.as_str_opt().map(str::to_string) else {
                let place = if recursive {
                    format!("{}.__all__", self.module_name(module))
                } else {
                    "``from list''".to_string()
                };
                return Err(self.type_error(format!(
                    "Item in {place} must be str, not {}",
                    item.class_name()
                )));
            };
            if x == "*" {
                if !recursive {
                    if let Some(all) = self.getattr_opt(module, "__all__")? {
                        self.handle_fromlist(module, &all, true)?;
                    }
                }
                continue;
            }
            if self.getattr_opt(module, &x)?.is_some() {
                continue;
            }
            let from_name = format!("{}.{}", self.module_name(module), x);
            if let Err(e) = self.import_module(&from_name) {
                // A submodule that does not exist is no error here: IMPORT_FROM reports
                // the missing name with a better message.
                let missing = self.exc_matches_name(&e.0, "ModuleNotFoundError")
                    && self.exc_attr_str(&e.0, "name").as_deref() == Some(from_name.as_str())
                    && !self
                        .sys_modules_get(&from_name)?
                        .is_some_and(|m| matches!(m.payload, Payload::NoneValue));
                if !missing {
                    return Err(e);
                }
            }
        }
        Ok(module.clone())
    }

    /// The absolute import of `name` (`_gcd_import`): returns the module itself, loading
    /// it and its parent packages when they are not in `sys.modules` yet.
    pub fn import_module(&mut self, name: &str) -> PyResult {
        match self.sys_modules_get(name)? {
            Some(m) if matches!(m.payload, Payload::NoneValue) => Err(self.module_not_found(
                format!("import of {name} halted; None in sys.modules"),
                name,
            )),
            Some(m) => Ok(m),
            // A module CPython's start-up already imported costs the script nothing there:
            // its first import here leaves the collector as it was (see
            // `gc::as_startup_work`).
            None if CPYTHON_STARTUP_MODULES.contains(&name) => {
                crate::gc::as_startup_work(|| self.find_and_load(name))
            }
            None => self.find_and_load(name),
        }
    }

    /// `_find_and_load_unlocked`.
    fn find_and_load(&mut self, name: &str) -> PyResult {
        let (parent, child) = match name.rfind('.') {
            Some(dot) => (&name[..dot], &name[dot + 1..]),
            None => ("", name),
        };
        let mut search = None;
        if !parent.is_empty() {
            if self.sys_modules_get(parent)?.is_none() {
                self.import_module(parent)?;
            }
            // Importing the parent may have imported this module too.
            if let Some(m) = self.sys_modules_get(name)? {
                return Ok(m);
            }
            let parent_module = self.sys_modules_item(parent)?;
            match self.getattr_opt(&parent_module, "__path__")? {
                Some(path) => {
                    let entries = self.iterate(&path)?;
                    search = Some(
                        entries
                            .iter()
                            .filter_map(|e| e.as_str_opt().map(str::to_string))
                            .collect(),
                    );
                }
                None => {
                    return Err(self.module_not_found(
                        format!(
                            "No module named {}; {} is not a package",
                            repr(name),
                            repr(parent)
                        ),
                        name,
                    ))
                }
            }
        }
        let Some(location) = self.find_location(name, child, search)? else {
            return Err(self.module_not_found(format!("No module named {}", repr(name)), name));
        };
        let module = self.load(name, location)?;
        if !parent.is_empty() {
            let parent_module = self.sys_modules_item(parent)?;
            let attr = self.intern(child);
            if let Err(e) = self.setattr(&parent_module, &attr, module.clone()) {
                if !self.exc_matches_name(&e.0, "AttributeError") {
                    return Err(e);
                }
            }
        }
        Ok(module)
    }

    /// Searches `search` (the parent's `__path__`), or `sys.path` for a top-level module,
    /// folder by folder: a package beats a module in the same folder, any module beats a
    /// namespace folder, and the frozen stdlib comes after every folder.
    fn find_location(
        &mut self,
        name: &str,
        tail: &str,
        search: Option<Vec<String>>,
    ) -> PyResult<Option<Location>> {
        let entries = match search {
            Some(entries) => entries,
            None => self.sys_path()?,
        };
        let mut namespace = Vec::new();
        for entry in entries {
            let base = path_entry_dir(&entry);
            let dir = base.join(tail);
            let init = dir.join("__init__.py");
            if init.is_file() {
                return Ok(Some(Location::File {
                    file: init,
                    package_dir: Some(dir),
                }));
            }
            let file = base.join(format!("{tail}.py"));
            if file.is_file() {
                return Ok(Some(Location::File {
                    file,
                    package_dir: None,
                }));
            }
            if dir.is_dir() {
                namespace.push(dir.to_string_lossy().into_owned());
            }
        }
        if let Some(frozen) = crate::modules::frozen::find(name) {
            return Ok(Some(Location::Frozen(frozen)));
        }
        Ok((!namespace.is_empty()).then_some(Location::Namespace(namespace)))
    }

    /// `_load_unlocked`: makes the module with its spec, registers it in `sys.modules`,
    /// runs its code (the spec says `_initializing` meanwhile, for the circular-import
    /// message of `from m import x`), and removes it again if the code fails.
    fn load(&mut self, name: &str, location: Location) -> PyResult {
        let (module, spec) = self.module_for(name, &location)?;
        self.sys_modules_set(name, module.clone())?;
        let initializing = self.intern("_initializing");
        let _ = self.setattr(&spec, &initializing, self.bool(true));
        let result = self.exec_location(&location, &module);
        let _ = self.setattr(&spec, &initializing, self.bool(false));
        if let Err(e) = result {
            self.sys_modules_remove(name)?;
            return Err(e);
        }
        // The code may have put another object in its place; that one is the module, and
        // it moves to the end of `sys.modules` as CPython's pop-and-set does.
        let Some(module) = self.sys_modules_remove(name)? else {
            let key = self.str(name);
            return Err(self.key_error(&key));
        };
        self.sys_modules_set(name, module.clone())?;
        Ok(module)
    }

    /// A new module for `location` with the attributes `module_from_spec` gives, in
    /// CPython's order, and its spec.
    fn module_for(&mut self, name: &str, location: &Location) -> PyResult<(PyRef, PyRef)> {
        let (kind, origin, locations) = match location {
            Location::File { file, package_dir } => (
                "source",
                Some(file.to_string_lossy().into_owned()),
                package_dir
                    .as_ref()
                    .map(|d| vec![d.to_string_lossy().into_owned()]),
            ),
            Location::Namespace(dirs) => ("namespace", None, Some(dirs.clone())),
            Location::Frozen(_) => ("frozen", None, None),
        };
        let spec = self.new_spec(name, kind, origin.as_deref(), locations.as_deref())?;
        let is_package = locations.is_some();
        let module = self.new_module(name);
        let none = self.none();
        crate::modules::set_attr(self, &module, "__doc__", none.clone());
        let package = if is_package {
            name
        } else {
            name.rfind('.').map_or("", |dot| &name[..dot])
        };
        let package = self.str(package);
        crate::modules::set_attr(self, &module, "__package__", package);
        let loader = self.getattr_str(&spec, "loader")?;
        crate::modules::set_attr(self, &module, "__loader__", loader);
        crate::modules::set_attr(self, &module, "__spec__", spec.clone());
        let search = self.getattr_str(&spec, "submodule_search_locations")?;
        match location {
            Location::File { .. } => {
                if is_package {
                    crate::modules::set_attr(self, &module, "__path__", search);
                }
                let file = self.str(origin.as_deref().unwrap_or(""));
                crate::modules::set_attr(self, &module, "__file__", file);
                let cached = self.getattr_str(&spec, "cached")?;
                crate::modules::set_attr(self, &module, "__cached__", cached);
                // `exec_code_in_module`: the namespace gets the builtins dict.
                let builtins = self.builtins_dict.clone();
                crate::modules::set_attr(self, &module, "__builtins__", builtins);
            }
            Location::Namespace(_) => {
                crate::modules::set_attr(self, &module, "__file__", none);
                crate::modules::set_attr(self, &module, "__path__", search);
            }
            Location::Frozen(_) => {}
        }
        Ok((module, spec))
    }

    /// Runs the module's code: the file's source, or the frozen source after its native
    /// helpers are in place. A namespace package has no code.
    fn exec_location(&mut self, location: &Location, module: &PyRef) -> PyResult<()> {
        match location {
            Location::File { file, .. } => {
                let filename = file.to_string_lossy().into_owned();
                let source = match std::fs::read(file) {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    Err(e) => {
                        return Err(self.new_error(
                            "OSError",
                            format!(
                                "[Errno {}] {}: {}",
                                e.raw_os_error().unwrap_or(0),
                                e,
                                repr(&filename)
                            ),
                        ))
                    }
                };
                self.exec_source(&source, &filename, module)
            }
            Location::Namespace(_) => Ok(()),
            Location::Frozen(frozen) => {
                // CPython's os functions live in its C module `posix`.
                let home = (frozen.name == "os").then_some("posix");
                for (fname, f) in frozen.native {
                    let func = self.builtin_in(fname, *f, home);
                    crate::modules::set_attr(self, module, fname, func);
                }
                let source = crate::modules::frozen::source_of(frozen);
                self.exec_source(&source, &format!("<frozen {}>", frozen.name), module)
            }
        }
    }

    /// `importlib.reload`'s work once the module is known to be in `sys.modules`: finds
    /// `name` again and runs its code in the same namespace.
    pub fn reload_module(&mut self, name: &str, module: &PyRef) -> PyResult<()> {
        let (parent, tail) = match name.rfind('.') {
            Some(dot) => (&name[..dot], &name[dot + 1..]),
            None => ("", name),
        };
        let search = if parent.is_empty() {
            None
        } else {
            let parent_module = self.sys_modules_item(parent)?;
            let path = self.getattr_str(&parent_module, "__path__")?;
            let entries = self.iterate(&path)?;
            Some(
                entries
                    .iter()
                    .filter_map(|e| e.as_str_opt().map(str::to_string))
                    .collect(),
            )
        };
        let Some(location) = self.find_location(name, tail, search)? else {
            return Err(self.module_not_found(
                format!("spec not found for the module {}", repr(name)),
                name,
            ));
        };
        let (fresh, spec) = self.module_for(name, &location)?;
        // The fresh module only lends its import attributes to the reloaded one.
        for attr in [
            "__spec__",
            "__loader__",
            "__package__",
            "__path__",
            "__file__",
            "__cached__",
        ] {
            if let Some(v) = self.getattr_opt(&fresh, attr)? {
                crate::modules::set_attr(self, module, attr, v);
            }
        }
        drop(fresh);
        let initializing = self.intern("_initializing");
        let _ = self.setattr(&spec, &initializing, self.bool(true));
        let result = self.exec_location(&location, module);
        let _ = self.setattr(&spec, &initializing, self.bool(false));
        result?;
        if let Some(m) = self.sys_modules_remove(name)? {
            self.sys_modules_set(name, m)?;
        }
        Ok(())
    }

    /// A `ModuleSpec` from `_frozen_importlib`, which is itself loaded (without a spec of
    /// its own until it can make one) the first time any module needs a spec.
    fn new_spec(
        &mut self,
        name: &str,
        kind: &str,
        origin: Option<&str>,
        locations: Option<&[String]>,
    ) -> PyResult {
        const BOOTSTRAP: &str = "_frozen_importlib";
        let bootstrap = match self.sys_modules_get(BOOTSTRAP)? {
            Some(m) if !matches!(m.payload, Payload::NoneValue) => m,
            _ => {
                let frozen = crate::modules::frozen::find(BOOTSTRAP).ok_or_else(|| {
                    self.module_not_found(format!("No module named '{BOOTSTRAP}'"), BOOTSTRAP)
                })?;
                let m = self.new_module(BOOTSTRAP);
                self.sys_modules_set(BOOTSTRAP, m.clone())?;
                if let Err(e) = self.exec_location(&Location::Frozen(frozen), &m) {
                    self.sys_modules_remove(BOOTSTRAP)?;
                    return Err(e);
                }
                let spec = self.new_spec(BOOTSTRAP, "frozen", None, None)?;
                let loader = self.getattr_str(&spec, "loader")?;
                crate::modules::set_attr(self, &m, "__loader__", loader);
                crate::modules::set_attr(self, &m, "__spec__", spec);
                m
            }
        };
        let make = self.getattr_str(&bootstrap, "_spec_for")?;
        let args = [
            self.str(name),
            self.str(kind),
            origin.map_or_else(|| self.none(), |o| self.str(o)),
            match locations {
                Some(dirs) => {
                    let items = dirs.iter().map(|d| self.str(d)).collect();
                    self.list(items)
                }
                None => self.none(),
            },
        ];
        self.call1(&make, &args)
    }

    /// The str entries of `sys.path`, in order.
    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        let Some(sys) = self.sys_module.clone() else {
            return Ok(Vec::new());
        };
        let Some(path) = self.getattr_opt(&sys, "path")? else {
            return Ok(Vec::new());
        };
        let entries = self.iterate(&path)?;
        Ok(entries
            .iter()
            .filter_map(|e| e.as_str_opt().map(str::to_string))
            .collect())
    }

    pub(crate) fn sys_modules_get(&mut self, name: &str) -> PyResult<Option<PyRef>> {
        let modules = self.modules.clone();
        let key = self.str(name);
        match self.dict_payload(&modules) {
            Some(d) => self.dict_get(d, &key),
            None => Ok(None),
        }
    }

    /// `sys.modules[name]`, a KeyError when missing.
    fn sys_modules_item(&mut self, name: &str) -> PyResult {
        match self.sys_modules_get(name)? {
            Some(m) => Ok(m),
            None => {
                let key = self.str(name);
                Err(self.key_error(&key))
            }
        }
    }

    fn sys_modules_set(&mut self, name: &str, module: PyRef) -> PyResult<()> {
        let modules = self.modules.clone();
        let key = self.str(name);
        match self.dict_payload(&modules) {
            Some(d) => self.dict_set(d, key, module),
            None => Ok(()),
        }
    }

    fn sys_modules_remove(&mut self, name: &str) -> PyResult<Option<PyRef>> {
        let modules = self.modules.clone();
        let key = self.str(name);
        match self.dict_payload(&modules) {
            Some(d) => self.dict_remove(d, &key),
            None => Ok(None),
        }
    }

    /// `ModuleNotFoundError(msg, name=name)`.
    fn module_not_found(&self, msg: String, name: &str) -> PyErr {
        let err = self.new_error("ModuleNotFoundError", msg);
        self.set_exc_attr(&err.0, "name", self.str(name));
        self.set_exc_attr(&err.0, "path", self.none());
        err
    }

    /// `ImportError(msg, name=name, path=path)`: both attributes exist, None when unknown.
    fn import_error(&self, msg: impl AsRef<str>, name: Option<&str>, path: Option<&str>) -> PyErr {
        let err = self.new_error("ImportError", msg);
        let value = |v: Option<&str>| v.map_or_else(|| self.none(), |s| self.str(s));
        self.set_exc_attr(&err.0, "name", value(name));
        self.set_exc_attr(&err.0, "path", value(path));
        err
    }

    /// A str attribute stored on an exception (`name` of an ImportError).
    fn exc_attr_str(&self, exc: &PyRef, attr: &str) -> Option<String> {
        let Payload::Exception(e) = &exc.payload else {
            return None;
        };
        let attrs = e.members.borrow();
        let hash = crate::objects::str::str_hash(attr);
        let i = attrs.index_of_str(hash, attr)?;
        attrs
            .get_index(i)
            .and_then(|(_, v)| v.as_str_opt().map(str::to_string))
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

    /// `IMPORT_FROM`: the attribute, else the submodule `module.name` already in
    /// `sys.modules` (a circular import can reach it before the parent's attribute is
    /// set), else ImportError naming the module and its file.
    pub fn import_from(&mut self, module: &PyRef, name: &PyRef) -> PyResult {
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if self.exc_matches_name(&e.0, "AttributeError") => {}
            Err(e) => return Err(e),
        }
        let attr = name.as_str_opt().unwrap_or("").to_string();
        let pkgname = self
            .getattr_opt(module, "__name__")?
            .and_then(|n| n.as_str_opt().map(str::to_string));
        if let Some(pkg) = &pkgname {
            if let Some(m) = self.sys_modules_get(&format!("{pkg}.{attr}"))? {
                return Ok(m);
            }
        }
        let path = match &module.payload {
            Payload::Module(_) => self
                .getattr_opt(module, "__file__")?
                .and_then(|f| f.as_str_opt().map(str::to_string)),
            _ => None,
        };
        let shown = pkgname.as_deref().unwrap_or("<unknown module name>");
        let msg = match &path {
            None => format!(
                "cannot import name {} from {} (unknown location)",
                repr(&attr),
                repr(shown)
            ),
            Some(p) => {
                let initializing = match self.getattr_opt(module, "__spec__")? {
                    Some(spec) => match self.getattr_opt(&spec, "_initializing")? {
                        Some(v) => self.is_true(&v)?,
                        None => false,
                    },
                    None => false,
                };
                if initializing {
                    format!(
                        "cannot import name {} from partially initialized module {} (most likely due to a circular import) ({p})",
                        repr(&attr),
                        repr(shown)
                    )
                } else {
                    format!(
                        "cannot import name {} from {} ({p})",
                        repr(&attr),
                        repr(shown)
                    )
                }
            }
        };
        Err(self.import_error(msg, Some(shown), path.as_deref()))
    }

    /// `from module import *`: the names of `__all__`, else every public name of the
    /// module's namespace.
    pub fn import_star(&mut self, module: &PyRef, target: &PyRef) -> PyResult<()> {
        let (names, from_all) = match self.getattr_opt(module, "__all__")? {
            Some(all) => (self.iterate(&all)?, true),
            None => {
                let Some(dict) = self.getattr_opt(module, "__dict__")? else {
                    return Err(self.import_error(
                        "from-import-* object has no __dict__ and no __all__",
                        None,
                        None,
                    ));
                };
                (self.iterate(&dict)?, false)
            }
        };
        for name in names {
            let Some(s) = name.as_str_opt() else {
                let modname = match self.getattr_opt(module, "__name__")? {
                    Some(n) => match n.as_str_opt() {
                        Some(s) => s.to_string(),
                        None => {
                            return Err(self.type_error(format!(
                                "module __name__ must be a string, not {}",
                                n.class_name()
                            )))
                        }
                    },
                    None => return Err(self.attribute_error("__name__")),
                };
                let (what, place) = if from_all {
                    ("Item", "__all__")
                } else {
                    ("Key", "__dict__")
                };
                return Err(self.type_error(format!(
                    "{what} in {modname}.{place} must be str, not {}",
                    name.class_name()
                )));
            };
            if !from_all && s.starts_with('_') {
                continue;
            }
            let value = self.getattr(module, &name)?;
            self.setitem(target, &name, value)?;
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
        let parse_tree = parse_tree_constants(self, &code);
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
        let module = match crate::syntax::parse_module(source, filename) {
            Ok(m) => m,
            Err(info) => return Err(self.syntax_error_from(&info)),
        };
        let mode = crate::compile::Mode::Exec;
        // (Warnings found before an error are issued before it.)
        let (code, warnings) = crate::compile::compile_full(&module, filename, mode, 0);
        self.issue_syntax_warnings(filename, &warnings)?;
        match code {
            Ok(code) => Ok(self.code_object(code)),
            Err(info) => Err(self.syntax_error_from(&info)),
        }
    }

    /// `compiler_warn`: each warning goes through `warnings.warn_explicit` as a
    /// `SyntaxWarning` (shown with its source line unless filtered; an "error" filter
    /// makes it the exception).
    pub fn issue_syntax_warnings(
        &mut self,
        filename: &str,
        warnings: &[crate::compile::SyntaxWarningInfo],
    ) -> PyResult<()> {
        if warnings.is_empty() {
            return Ok(());
        }
        let module = self.import_module("warnings")?;
        let warn = self.getattr_str(&module, "warn_explicit")?;
        let category = self.exc_type("SyntaxWarning");
        let file = self.str(filename);
        for w in warnings {
            let args = [
                self.str(&w.msg),
                category.clone(),
                file.clone(),
                self.int(w.loc.line as i64),
            ];
            if let Err(e) = self.call1(&warn, &args) {
                if !self.isinstance(&e.0, &category) {
                    return Err(e);
                }
                // The warning raised (an "error" filter): a SyntaxError at its place.
                let info = crate::compile::syntax_error(w.msg.as_str(), filename, w.loc);
                return Err(self.syntax_error_from(&info));
            }
        }
        Ok(())
    }

    /// A SyntaxError exception carrying the parser's position information.
    pub fn syntax_error_from(&mut self, info: &crate::syntax::SyntaxErrorInfo) -> super::PyErr {
        let err = self.new_error(info.kind.name(), &info.msg);
        // The tokenizer's indentation errors leave the range open: -1 (stored 0).
        let end_offset = if info.end_offset == u32::MAX
            || (info.end_offset == 0 && info.kind.name() == "IndentationError")
        {
            -1
        } else {
            info.end_offset as i64
        };
        let end_lineno = info.end_lineno.max(info.lineno);
        // The compiler's own errors carry no line: CPython reads it from the file the
        // name points at, when there is one (`PyErr_ProgramTextObject`).
        let file_text = match &info.text {
            None if info.lineno > 0 => program_text(&info.filename, info.lineno),
            _ => None,
        };
        let fields: [(&str, PyRef); 7] = [
            ("msg", self.str(&info.msg)),
            ("filename", self.str(&info.filename)),
            ("lineno", self.int(info.lineno as i64)),
            ("offset", self.int(info.offset as i64)),
            ("end_lineno", self.int(end_lineno as i64)),
            ("end_offset", self.int(end_offset)),
            (
                "text",
                info.text
                    .as_deref()
                    .or(file_text.as_deref())
                    .map(|t| self.str(t))
                    .unwrap_or_else(|| self.none()),
            ),
        ];
        // `args` is `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
        let details = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .map(|k| fields.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone()));
        let details = self.tuple(details.into_iter().flatten().collect());
        let args = self.tuple(vec![fields[0].1.clone(), details]);
        if let Payload::Exception(e) = &err.0.payload {
            let old = e.args.replace(args);
            drop(old);
        }
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
        self.code_object_merged(code, &mut MergedConsts::default())
    }

    fn code_object_merged(
        &mut self,
        code: std::rc::Rc<crate::bytecode::CodeObject>,
        merged: &mut MergedConsts,
    ) -> PyRef {
        let consts: Vec<PyRef> = code
            .consts
            .iter()
            .map(|c| self.const_object(c, merged))
            .collect();
        let names: Vec<PyRef> = code.names.iter().map(|n| self.intern(n)).collect();
        let strings = crate::objects::function::CodeStrings {
            name: self.intern(&code.name),
            qualname: self.intern(&code.qualname),
        };
        let names_key = ConstKey::of_names(&code.names);
        let names_len = names.len();
        let consts = self.merged_tuple(ConstKey::of_tuple(&code.consts), consts, merged);
        let names = self.merged_tuple(Some(names_key), names, merged);
        PyRef::new(
            &self.types.code_type,
            Payload::Code(Box::new(crate::objects::function::CodeData {
                quick: crate::bytecode::quicken::quicken(&code.instructions),
                code,
                global_sites: crate::vm::inline_cache::sites(names_len),
                attr_sites: crate::vm::inline_cache::sites(names_len),
                consts: crate::objects::function::ConstTuple::new(consts),
                names: crate::objects::function::ConstTuple::new(names),
                strings,
            })),
        )
    }

    /// `makecode`'s `merge_const_one` on `co_consts` and `co_names`: the tuple of `items`,
    /// or an equal constant tuple of the same compilation made before it (a function
    /// without constants shares its `(None,)` with every other one).
    fn merged_tuple(
        &mut self,
        key: Option<ConstKey>,
        items: Vec<PyRef>,
        merged: &mut MergedConsts,
    ) -> PyRef {
        if let Some(obj) = key.as_ref().and_then(|k| merged.get(k)) {
            return obj.clone();
        }
        let tuple = self.tuple(items);
        if let Some(k) = key {
            merged.insert(k, tuple.clone());
        }
        tuple
    }

    fn const_object(&mut self, c: &crate::bytecode::Const, merged: &mut MergedConsts) -> PyRef {
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
            Const::Complex(re, im) => self.complex(*re, *im),
            // `intern_string_constants`: only name-like strings are interned (shared by
            // every code object, immortal here); others are ordinary strings with real
            // counts, shared within the compiled module through `merged`.
            Const::Str(s)
                if s.is_empty() || s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                self.intern(s)
            }
            Const::Str(s) => self.str(s),
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

/// The constants the parsed tree of `code`'s source holds, once each: those whose merged
/// object is the tree's own (see `compile::const_cache`), found among the constants of
/// `code` and of the code nested in it, with the items of constant tuples and sets.
/// Immortal constants are left out, except interned strings: their counts are shown (see
/// `sys.getrefcount`).
pub(crate) fn parse_tree_constants(vm: &Vm, code: &PyRef) -> Vec<PyRef> {
    let Payload::Code(cd) = &code.payload else {
        return Vec::new();
    };
    let owned = crate::compile::const_cache::source_owned(&cd.code);
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
                Payload::Tuple(items) => values.extend(items.iter().cloned()),
                Payload::FrozenSet(items) => values.extend(items.iter().map(|(_, k)| k.clone())),
                _ => {}
            }
            if (!c.is_immortal() || vm.is_interned(&c))
                && !seen.contains(&c.id())
                && object_key(&c).is_some_and(|k| owned.contains(&k))
            {
                seen.insert(c.id());
                out.push(c);
            }
        }
    }
    out
}

/// The constant key of a constant object (see `ConstKey`); None for a code object, and for
/// a frozenset, which the parsed tree never owns.
fn object_key(obj: &PyRef) -> Option<ConstKey> {
    Some(match &obj.payload {
        Payload::NoneValue => ConstKey::None,
        Payload::Bool(b) => ConstKey::Bool(*b),
        Payload::Int(i) => ConstKey::Int((*i).into()),
        Payload::BigInt(b) => ConstKey::Int((**b).clone()),
        Payload::Float(f) => ConstKey::Float(f.to_bits()),
        Payload::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Payload::Str(s) => ConstKey::Str(s.as_str().to_string()),
        Payload::Bytes(b) => ConstKey::Bytes(b.to_vec()),
        Payload::Ellipsis => ConstKey::Ellipsis,
        Payload::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(object_key).collect::<Option<_>>()?)
        }
        _ => return None,
    })
}

/// The objects of one compilation's constants by key (`c_const_cache`), hashed with
/// ahash: every module imported from source fills one.
type MergedConsts = HashMap<ConstKey, PyRef, ahash::RandomState>;

/// A name as Python's `repr` shows it, as the import messages quote names.
fn repr(s: &str) -> String {
    super::text::str_repr(s)
}

/// The folder a `sys.path` entry names: `''` and `'.'` are the current directory, and a
/// relative entry is taken from it, as CPython's path finder does.
fn path_entry_dir(entry: &str) -> PathBuf {
    let cwd = || std::env::current_dir().unwrap_or_default();
    if entry.is_empty() || entry == "." {
        return cwd();
    }
    let trimmed = entry.trim_end_matches('/');
    let p = Path::new(if trimmed.is_empty() { "/" } else { trimmed });
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd().join(p)
    }
}

/// Line `lineno` (1-based) of the file `filename`, with its newline, as
/// `PyErr_ProgramTextObject` reads it for a SyntaxError the compiler raised (universal
/// newlines: `\r\n` and `\r` end a line as `\n` does); `None` when there is no such
/// file or line.
fn program_text(filename: &str, lineno: u32) -> Option<String> {
    if filename.is_empty() {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let mut line = 1u32;
    let mut i = 0usize;
    let mut start = 0usize;
    while line < lineno {
        match bytes.get(i)? {
            b'\n' => {
                line += 1;
                start = i + 1;
            }
            b'\r' => {
                line += 1;
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start >= bytes.len() {
        return None;
    }
    let rest = &bytes[start..];
    let end = rest.iter().position(|&b| b == b'\n' || b == b'\r');
    let mut text = String::from_utf8_lossy(&rest[..end.unwrap_or(rest.len())]).into_owned();
    if end.is_some() {
        text.push('\n');
    }
    Some(text)
}

/// The Python-level modules in `sys.modules` when CPython 3.11 (the oracle this repository
/// calibrates against, with its `site`) starts a script.
const CPYTHON_STARTUP_MODULES: &[&str] = &[
    "abc",
    "bisect",
    "bz2",
    "codecs",
    "collections",
    "collections.abc",
    "contextlib",
    "copyreg",
    "encodings",
    "enum",
    "errno",
    "fnmatch",
    "functools",
    "genericpath",
    "importlib",
    "importlib.util",
    "io",
    "ipaddress",
    "itertools",
    "keyword",
    "lzma",
    "ntpath",
    "operator",
    "os",
    "os.path",
    "pathlib",
    "posixpath",
    "random",
    "re",
    "reprlib",
    "shutil",
    "stat",
    "struct",
    "tempfile",
    "threading",
    "types",
    "typing",
    "urllib",
    "urllib.parse",
    "warnings",
    "weakref",
    "zipfile",
    "zlib",
];
