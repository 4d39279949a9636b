//! `str.format` and `str.format_map`: parsing of the replacement fields
//! (`{name.attr[key]!r:spec}`), argument lookup and conversion. The format spec itself is
//! applied by `vm.format` (the `format()` protocol), nested `{}` in specs included.

use super::{descriptor_error, method_args};
use crate::heap::PyRef;
use crate::vm::{Args, PyResult, Vm};

pub(super) fn register(vm: &mut Vm) {
    let str_type = vm.types.str_type.clone();
    vm.add_method(&str_type, "format", str_format);
    vm.add_method(&str_type, "format_map", str_format_map);
}

/// Where replacement fields take their values from.
struct Source<'a> {
    positional: &'a [PyRef],
    /// `format(**kw)` pairs, or a mapping for `format_map`.
    keywords: Vec<(&'a str, &'a PyRef)>,
    mapping: Option<&'a PyRef>,
    /// Automatic numbering state: next index, or None once manual numbering is used.
    auto: Option<usize>,
    manual: bool,
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let this = args
        .args
        .first()
        .ok_or_else(|| vm.type_error("unbound method str.format() needs an argument"))?;
    let Some(template) = this.as_str_opt() else {
        return Err(descriptor_error(vm, "format", "str", this));
    };
    let mut src = Source {
        positional: args.positional().get(1..).unwrap_or(&[]),
        keywords: args.keywords().collect(),
        mapping: None,
        auto: Some(0),
        manual: false,
    };
    if let Some(sole) = sole_field(vm, template, &mut src)? {
        return Ok(sole);
    }
    let out = render(vm, template, &mut src, 2)?;
    Ok(vm.string(out))
}

/// A template that is one replacement field and nothing else: CPython's writer, still
/// empty, keeps the str the field produced (`_PyUnicodeWriter_WriteStr` on an empty,
/// non-overallocating writer), so `"{}".format(s) is s` for an exact str `s`.
fn sole_field(vm: &mut Vm, template: &str, src: &mut Source) -> PyResult<Option<PyRef>> {
    if !template.starts_with('{') || template.starts_with("{{") || template.len() < 2 {
        return Ok(None);
    }
    match field_end(template, 1) {
        Ok(end) if end + 1 == template.len() => {}
        _ => return Ok(None),
    }
    let (value, r) = replacement_parts(vm, &template[1..template.len() - 1], src, 2)?;
    // The writer keeps a str written whole: the field's own exact str, or what
    // `format()` returned for an instance of a Python class. The builtin formatters of
    // exact builtin values write characters instead, and the finished writer shares a
    // one-character result (`unicode_result`).
    let whole = value.class().type_data().is_some_and(|t| t.is_heap_type);
    if r.class().is(&vm.types.str_type) && (r.is(&value) || whole) {
        Ok(Some(r))
    } else {
        let text = r.as_str_opt().unwrap_or("").to_string();
        Ok(Some(vm.string(text)))
    }
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    let (this, a) = method_args(vm, "str.format_map", args, 1, 1)?;
    let Some(template) = this.as_str_opt() else {
        return Err(descriptor_error(vm, "format_map", "str", this));
    };
    let mut src = Source {
        positional: &[],
        keywords: Vec::new(),
        mapping: Some(&a[0]),
        auto: Some(0),
        manual: false,
    };
    let out = render(vm, template, &mut src, 2)?;
    Ok(vm.string(out))
}

/// Expands every replacement field of `template`; `depth` limits spec nesting.
fn render(vm: &mut Vm, template: &str, src: &mut Source, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(template.len());
    let bytes = template.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // The literal run up to the next brace, copied whole (braces are ASCII, so the
        // run ends on a character boundary).
        let run = bytes[i..]
            .iter()
            .position(|&b| b == b'{' || b == b'}')
            .map_or(bytes.len(), |k| i + k);
        out.push_str(&template[i..run]);
        i = run;
        let Some(&brace) = bytes.get(i) else {
            break;
        };
        if bytes.get(i + 1) == Some(&brace) {
            out.push(brace as char);
            i += 2;
        } else if brace == b'}' {
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            if i + 1 == template.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let end = field_end(template, i + 1).map_err(|msg| vm.value_error(msg))?;
            let field = &template[i + 1..end];
            let r = replacement_obj(vm, field, src, depth)?;
            out.push_str(r.as_str_opt().unwrap_or(""));
            i = end + 1;
        }
    }
    Ok(out)
}

/// The index of the `}` closing the replacement field that starts at `start` (just past
/// its `{`), scanned as CPython's `parse_field` does: the name runs to `}`, `:` or `!`
/// (skipping over `[...]`), a conversion is one character, and the spec's braces nest.
fn field_end(template: &str, start: usize) -> Result<usize, &'static str> {
    let mut chars = template[start..]
        .char_indices()
        .map(|(k, c)| (start + k, c))
        .peekable();
    let mut stop = None;
    while let Some((k, c)) = chars.next() {
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                // To the `]` (left to be read next), or the end of the string.
                while chars.peek().is_some_and(|&(_, d)| d != ']') {
                    chars.next();
                }
            }
            '}' | ':' | '!' => {
                stop = Some((k, c));
                break;
            }
            _ => {}
        }
    }
    let Some((k, c)) = stop else {
        return Err("expected '}' before end of string");
    };
    if c == '}' {
        return Ok(k);
    }
    if c == '!' {
        if chars.next().is_none() {
            return Err("end of string while looking for conversion specifier");
        }
        if let Some((k, d)) = chars.next() {
            if d == '}' {
                return Ok(k);
            }
            if d != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let mut count = 1;
    for (k, d) in chars {
        match d {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    return Ok(k);
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// One replacement field, formatted: the str object `format()` returned.
fn replacement_obj(vm: &mut Vm, field: &str, src: &mut Source, depth: u32) -> PyResult {
    Ok(replacement_parts(vm, field, src, depth)?.1)
}

/// One replacement field: the value (after its conversion) and its formatted str.
fn replacement_parts(
    vm: &mut Vm,
    field: &str,
    src: &mut Source,
    depth: u32,
) -> PyResult<(PyRef, PyRef)> {
    // The field name ends at the first '!' or ':' outside brackets.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conversion, spec) = match rest.strip_prefix('!') {
        Some(r) => {
            let mut cs = r.chars();
            let conv = cs.next();
            let after = cs.as_str();
            if !(after.is_empty() || after.starts_with(':')) {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
            (conv, after.strip_prefix(':').unwrap_or(""))
        }
        None => (None, rest.strip_prefix(':').unwrap_or("")),
    };
    let value = lookup_field(vm, name, src)?;
    let value = match conversion {
        None => value,
        Some('r') => vm.repr(&value)?,
        Some('s') => vm.to_str(&value)?,
        Some('a') => vm.ascii(&value)?,
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') {
        std::borrow::Cow::Owned(render(vm, spec, src, depth - 1)?)
    } else {
        std::borrow::Cow::Borrowed(spec)
    };
    let r = vm.format(&value, &spec)?;
    Ok((value, r))
}

/// Resolves `arg_name(.attr|[key])*`.
fn lookup_field(vm: &mut Vm, name: &str, src: &mut Source) -> PyResult {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(first_end);
    let mut value = if head.is_empty() {
        if src.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let Some(n) = src.auto else {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        };
        src.auto = Some(n + 1);
        positional(vm, src, n)?
    } else if let Ok(n) = head.parse::<usize>() {
        if src.auto.is_some_and(|a| a > 0) {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        src.manual = true;
        src.auto = None;
        positional(vm, src, n)?
    } else {
        keyword(vm, src, head)?
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = vm.getattr_str(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_text = &r[..end];
            if key_text.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let key = match key_text.parse::<i64>() {
                Ok(i) if !key_text.starts_with(['-', '+']) => vm.int(i),
                _ => vm.str(key_text),
            };
            value = vm.getitem(&value, &key)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

fn positional(vm: &Vm, src: &Source, n: usize) -> PyResult {
    if src.mapping.is_some() {
        // `get_field_object`: `format_map` has no positional arguments at all.
        return Err(vm.value_error("Format string contains positional fields"));
    }
    src.positional.get(n).cloned().ok_or_else(|| {
        vm.index_error(format!(
            "Replacement index {n} out of range for positional args tuple"
        ))
    })
}

fn keyword(vm: &mut Vm, src: &Source, name: &str) -> PyResult {
    if let Some(m) = src.mapping {
        let key = vm.str(name);
        return vm.getitem(m, &key);
    }
    match src.keywords.iter().find(|(k, _)| *k == name) {
        Some((_, v)) => Ok((*v).clone()),
        None => Err(vm.key_error(&vm.str(name))),
    }
}
