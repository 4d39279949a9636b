//! The native half of `json` (`py/json.py`): the scanner, the string escapers and the
//! one-shot encoder, as CPython's `Modules/_json.c` provides them.
//!
//! Python indexes a str by code point and refpy stores UTF-8, so a scanner in Python
//! pays a walk for every `s[i]` of a non-ASCII document; here a document is decoded to
//! code points once per call. The scanner follows `scan_once_unicode` exactly: the same
//! accepted syntax, values built the same way (lists by appends, dicts by item
//! assignment, one key object per distinct key through a memo), the hooks called at the
//! same moments, and `JSONDecodeError`s (the class is passed in) with the same messages
//! and positions.

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::collections::HashMap;

/// Set in `json` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_scan_once", scan_once),
    ("_scanstring", scanstring),
    ("_encode_basestring", encode_basestring),
    ("_encode_basestring_ascii", encode_basestring_ascii),
    ("_encode", encode),
];

/// One document scan: its code points, the decoder's options and the key memo.
struct Scanner<'a> {
    text: &'a [char],
    doc: &'a PyRef,
    strict: bool,
    object_hook: Option<PyRef>,
    object_pairs_hook: Option<PyRef>,
    parse_float: Option<PyRef>,
    parse_int: Option<PyRef>,
    parse_constant: PyRef,
    error_class: &'a PyRef,
    memo: HashMap<String, PyRef>,
}

/// How a scan failed: no value where one must start (`StopIteration` in CPython, which
/// the callers turn into "Expecting value"), or an error already raised.
enum ScanError {
    NoValue(usize),
    Raised(PyErr),
}

impl From<PyErr> for ScanError {
    fn from(e: PyErr) -> ScanError {
        ScanError::Raised(e)
    }
}

type Scan<T> = Result<T, ScanError>;

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn text_of(obj: &PyRef) -> Option<Vec<char>> {
    obj.as_str_opt().map(|s| s.chars().collect())
}

/// `JSONDecodeError(msg, doc, pos)`, raised.
fn decode_error(vm: &mut Vm, class: &PyRef, msg: &str, doc: &PyRef, pos: usize) -> PyErr {
    let args = [vm.str(msg), doc.clone(), vm.int(pos as i64)];
    match vm.call(class, Args::new(&args)) {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

/// `None` for a Python `None`.
fn optional(obj: &PyRef) -> Option<PyRef> {
    match obj.payload {
        Payload::NoneValue => None,
        _ => Some(obj.clone()),
    }
}

/// `_scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class)`: the value starting at `s[idx]` and the index after it.
/// `parse_float`/`parse_int` None mean float/int. Where no value starts, raises
/// `StopIteration(idx)` as the C scanner does.
fn scan_once(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    if a.len() != 9 {
        return Err(vm.type_error("_scan_once() takes 9 arguments"));
    }
    let Some(text) = text_of(&a[0]) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {:.80}",
            a[0].class_name()
        )));
    };
    let idx = vm.index_value(&a[1])?;
    let strict = vm.is_true(&a[2])?;
    let mut scanner = Scanner {
        text: &text,
        doc: &a[0],
        strict,
        object_hook: optional(&a[3]),
        object_pairs_hook: optional(&a[4]),
        parse_float: optional(&a[5]),
        parse_int: optional(&a[6]),
        parse_constant: a[7].clone(),
        error_class: &a[8],
        memo: HashMap::new(),
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    match scanner.value(vm, idx as usize) {
        Ok((value, end)) => {
            let end = vm.int(end as i64);
            Ok(vm.tuple(vec![value, end]))
        }
        Err(ScanError::Raised(e)) => Err(e),
        Err(ScanError::NoValue(at)) => {
            let cls = vm.exc_type("StopIteration");
            let exc = vm.new_exception(&cls, vec![vm.int(at as i64)]);
            Err(PyErr(exc))
        }
    }
}

impl Scanner<'_> {
    fn error(&self, vm: &mut Vm, msg: &str, pos: usize) -> ScanError {
        ScanError::Raised(decode_error(vm, self.error_class, msg, self.doc, pos))
    }

    fn at(&self, i: usize) -> Option<char> {
        self.text.get(i).copied()
    }

    fn skip_whitespace(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_whitespace) {
            i += 1;
        }
        i
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        (i..).zip(word.chars()).all(|(j, c)| self.at(j) == Some(c))
    }

    /// `scan_once_unicode`.
    fn value(&mut self, vm: &mut Vm, idx: usize) -> Scan<(PyRef, usize)> {
        let Some(c) = self.at(idx) else {
            return Err(ScanError::NoValue(idx));
        };
        match c {
            '"' => {
                let (s, end) = scan_string(
                    vm,
                    self.text,
                    self.doc,
                    idx + 1,
                    self.strict,
                    self.error_class,
                )?;
                Ok((vm.string(s), end))
            }
            '{' => self.nested(
                vm,
                idx,
                " while decoding a JSON object from a unicode string",
            ),
            '[' => self.nested(
                vm,
                idx,
                " while decoding a JSON array from a unicode string",
            ),
            'n' if self.starts_with(idx, "null") => Ok((vm.none(), idx + 4)),
            't' if self.starts_with(idx, "true") => Ok((vm.bool(true), idx + 4)),
            'f' if self.starts_with(idx, "false") => Ok((vm.bool(false), idx + 5)),
            'N' if self.starts_with(idx, "NaN") => self.constant(vm, "NaN", idx),
            'I' if self.starts_with(idx, "Infinity") => self.constant(vm, "Infinity", idx),
            '-' if self.starts_with(idx, "-Infinity") => self.constant(vm, "-Infinity", idx),
            _ => self.number(vm, idx),
        }
    }

    /// An object or array, counted against the recursion limit as CPython counts it.
    fn nested(&mut self, vm: &mut Vm, idx: usize, what: &str) -> Scan<(PyRef, usize)> {
        vm.enter_recursive_call(what)?;
        let result = if self.text[idx] == '{' {
            self.object(vm, idx + 1)
        } else {
            self.array(vm, idx + 1)
        };
        vm.depth -= 1;
        result
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, idx: usize) -> Scan<(PyRef, usize)> {
        let arg = vm.str(name);
        let hook = self.parse_constant.clone();
        let value = vm.call(&hook, Args::new(&[arg]))?;
        Ok((value, idx + name.chars().count()))
    }

    /// `_match_number_unicode`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    fn number(&mut self, vm: &mut Vm, start: usize) -> Scan<(PyRef, usize)> {
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let n = self.text.len();
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
            if idx >= n {
                return Err(ScanError::NoValue(start));
            }
        }
        match self.at(idx) {
            Some('1'..='9') => {
                idx += 1;
                while digit(self.at(idx)) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return Err(ScanError::NoValue(start)),
        }
        let mut is_float = false;
        if idx + 1 < n && self.text[idx] == '.' && digit(self.at(idx + 1)) {
            is_float = true;
            idx += 2;
            while digit(self.at(idx)) {
                idx += 1;
            }
        }
        if idx + 1 < n && matches!(self.text[idx], 'e' | 'E') {
            let mark = idx;
            idx += 1;
            if idx + 1 < n && matches!(self.text[idx], '-' | '+') {
                idx += 1;
            }
            while digit(self.at(idx)) {
                idx += 1;
            }
            if digit(self.at(idx - 1)) {
                is_float = true;
            } else {
                idx = mark;
            }
        }
        let literal: String = self.text[start..idx].iter().collect();
        let hook = if is_float {
            self.parse_float.clone()
        } else {
            self.parse_int.clone()
        };
        if let Some(hook) = hook {
            let arg = vm.string(literal);
            return Ok((vm.call(&hook, Args::new(&[arg]))?, idx));
        }
        let value = if is_float {
            vm.float(literal.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            match literal.parse::<i64>() {
                Ok(i) => vm.int(i),
                Err(_) => match BigInt::parse_bytes(literal.as_bytes(), 10) {
                    Some(b) => vm.bigint(b),
                    None => return Err(ScanError::NoValue(start)),
                },
            }
        };
        Ok((value, idx))
    }

    /// `_parse_object_unicode`, after the `{`.
    fn object(&mut self, vm: &mut Vm, start: usize) -> Scan<(PyRef, usize)> {
        let pairs_hook = self.object_pairs_hook.clone();
        let mut pairs: Vec<PyRef> = Vec::new();
        let dict = if pairs_hook.is_none() {
            Some(vm.dict())
        } else {
            None
        };
        let mut idx = self.skip_whitespace(start);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        idx,
                    ));
                }
                let (key_text, next) = scan_string(
                    vm,
                    self.text,
                    self.doc,
                    idx + 1,
                    self.strict,
                    self.error_class,
                )?;
                let key = match self.memo.get(&key_text) {
                    Some(k) => k.clone(),
                    None => {
                        let k = vm.string(key_text.clone());
                        self.memo.insert(key_text, k.clone());
                        k
                    }
                };
                idx = self.skip_whitespace(next);
                if self.at(idx) != Some(':') {
                    return Err(self.error(vm, "Expecting ':' delimiter", idx));
                }
                idx = self.skip_whitespace(idx + 1);
                let (value, next) = self.value(vm, idx)?;
                match &dict {
                    Some(d) => {
                        if let Payload::Dict(cell) = &d.payload {
                            vm.dict_set(cell, key, value)?;
                        }
                    }
                    None => {
                        let pair = vm.tuple(vec![key, value]);
                        crate::objects::sizeof::list_append(&mut pairs, pair);
                    }
                }
                idx = self.skip_whitespace(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = self.skip_whitespace(idx + 1);
            }
        }
        let end = idx + 1;
        if let Some(hook) = pairs_hook {
            let list = vm.list_allocated(pairs);
            return Ok((vm.call(&hook, Args::new(&[list]))?, end));
        }
        let mut result = dict.unwrap_or_else(|| vm.dict());
        if let Some(hook) = self.object_hook.clone() {
            result = vm.call(&hook, Args::new(&[result]))?;
        }
        Ok((result, end))
    }

    /// `_parse_array_unicode`, after the `[`.
    fn array(&mut self, vm: &mut Vm, start: usize) -> Scan<(PyRef, usize)> {
        let mut items: Vec<PyRef> = Vec::new();
        let mut idx = self.skip_whitespace(start);
        if self.at(idx) != Some(']') {
            loop {
                let (value, next) = self.value(vm, idx)?;
                crate::objects::sizeof::list_append(&mut items, value);
                idx = self.skip_whitespace(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = self.skip_whitespace(idx + 1);
            }
        }
        Ok((vm.list_allocated(items), idx + 1))
    }
}

/// `scanstring_unicode`: the string whose opening quote is at `end - 1`, unescaped, and
/// the index after its closing quote.
fn scan_string(
    vm: &mut Vm,
    text: &[char],
    doc: &PyRef,
    mut end: usize,
    strict: bool,
    error_class: &PyRef,
) -> Result<(String, usize), PyErr> {
    let len = text.len();
    if end > len {
        return Err(vm.value_error("end is out of bounds"));
    }
    let begin = end.wrapping_sub(1);
    let mut out = String::new();
    let fail = |vm: &mut Vm, msg: &str, pos: usize| decode_error(vm, error_class, msg, doc, pos);
    // A lone surrogate escape is valid JSON that refpy's str cannot hold; it is reported
    // only once the rest of the string scans, so a malformed string still gets
    // CPython's JSONDecodeError (an unterminated string, a bad escape after it).
    let mut lone_surrogate = false;
    loop {
        let mut next = end;
        let mut stop = None;
        while next < len {
            let d = text[next];
            if d == '"' || d == '\\' {
                stop = Some(d);
                break;
            }
            if strict && (d as u32) <= 0x1f {
                return Err(fail(vm, "Invalid control character at", next));
            }
            next += 1;
        }
        out.extend(&text[end..next]);
        let Some(stop) = stop else {
            return Err(fail(vm, "Unterminated string starting at", begin));
        };
        next += 1;
        if stop == '"' {
            if lone_surrogate {
                return Err(vm.value_error(
                    "a lone surrogate escape: refpy's str cannot hold surrogate code points",
                ));
            }
            return Ok((out, next));
        }
        if next == len {
            return Err(fail(vm, "Unterminated string starting at", begin));
        }
        let c = text[next];
        if c != 'u' {
            end = next + 1;
            let unescaped = match c {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => return Err(fail(vm, "Invalid \\escape", end - 2)),
            };
            out.push(unescaped);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(fail(vm, "Invalid \\uXXXX escape", next - 1));
        }
        let Some(mut code) = hex4(&text[next..end]) else {
            return Err(fail(vm, "Invalid \\uXXXX escape", end - 5));
        };
        if (0xD800..=0xDBFF).contains(&code)
            && end + 6 < len
            && text[end] == '\\'
            && text[end + 1] == 'u'
        {
            let Some(low) = hex4(&text[end + 2..end + 6]) else {
                return Err(fail(vm, "Invalid \\uXXXX escape", end + 1));
            };
            if (0xDC00..=0xDFFF).contains(&low) {
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00));
                end += 6;
            }
        }
        match char::from_u32(code) {
            Some(ch) => out.push(ch),
            None => lone_surrogate = true,
        }
    }
}

fn hex4(digits: &[char]) -> Option<u32> {
    digits
        .iter()
        .try_fold(0u32, |acc, d| d.to_digit(16).map(|v| acc * 16 + v))
}

/// `_scanstring(s, end, strict, error_class)`: `json.decoder.scanstring`.
fn scanstring(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    if a.len() != 4 {
        return Err(vm.type_error("_scanstring() takes 4 arguments"));
    }
    let Some(text) = text_of(&a[0]) else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {:.80}",
            a[0].class_name()
        )));
    };
    let end = vm.index_value(&a[1])?;
    let strict = vm.is_true(&a[2])?;
    if end < 0 || end as usize > text.len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let (s, end) = scan_string(vm, &text, &a[0], end as usize, strict, &a[3])?;
    let s = vm.string(s);
    let end = vm.int(end as i64);
    Ok(vm.tuple(vec![s, end]))
}

/// A str as a JSON string literal: `"`, `\` and control characters escaped (short
/// forms where JSON has them, else `\u00XX`), and with `ascii_only` everything outside
/// printable ASCII as `\uXXXX` (UTF-16 surrogate pairs above U+FFFF).
fn escape(s: &str, ascii_only: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii_only && (c as u32) > 0x7e) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn escape_arg(vm: &mut Vm, args: &Args, ascii_only: bool) -> PyResult {
    let Some(s) = args.positional().first() else {
        return Err(vm.type_error("encode_basestring() takes exactly one argument"));
    };
    match s.as_str_opt() {
        Some(text) => Ok(vm.string(escape(text, ascii_only))),
        None => Err(vm.type_error(format!(
            "first argument must be a string, not {:.80}",
            s.class_name()
        ))),
    }
}

/// `_encode_basestring(s)`.
fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult {
    escape_arg(vm, &args, false)
}

/// `_encode_basestring_ascii(s)`.
fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult {
    escape_arg(vm, &args, true)
}

// ---------------------------------------------------------------------------------------
// The one-shot encoder
// ---------------------------------------------------------------------------------------

/// What `c_make_encoder` is made with: `JSONEncoder.encode` without indentation.
struct Encoder {
    /// Addresses of the containers (and `default` arguments) being encoded, when
    /// `check_circular`; the objects stay alive on the Rust stack meanwhile.
    markers: Option<std::collections::HashSet<usize>>,
    default: PyRef,
    ascii_only: bool,
    item_separator: String,
    key_separator: String,
    /// The builtin `sorted`, when `sort_keys`.
    sorter: Option<PyRef>,
    skipkeys: bool,
    allow_nan: bool,
    out: String,
}

const ENCODING: &str = " while encoding a JSON object";

/// `_encode(o, check_circular, default, ensure_ascii, item_separator, key_separator,
/// sorter, skipkeys, allow_nan)`: the JSON text of `o` in one str, as the C encoder
/// writes it; `sorter` is `sorted` when keys are sorted, else None.
fn encode(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.positional();
    if a.len() != 9 {
        return Err(vm.type_error("_encode() takes 9 arguments"));
    }
    let separator = |vm: &Vm, s: &PyRef| {
        s.as_str_opt()
            .map(str::to_string)
            .ok_or_else(|| vm.type_error("separators must be str"))
    };
    let mut encoder = Encoder {
        markers: vm.is_true(&a[1])?.then(Default::default),
        default: a[2].clone(),
        ascii_only: vm.is_true(&a[3])?,
        item_separator: separator(vm, &a[4])?,
        key_separator: separator(vm, &a[5])?,
        sorter: optional(&a[6]),
        skipkeys: vm.is_true(&a[7])?,
        allow_nan: vm.is_true(&a[8])?,
        out: String::new(),
    };
    encoder.value(vm, &a[0])?;
    Ok(vm.string(encoder.out))
}

impl Encoder {
    /// `encoder_listencode_obj`.
    fn value(&mut self, vm: &mut Vm, obj: &PyRef) -> PyResult<()> {
        match &obj.payload {
            Payload::NoneValue => self.out.push_str("null"),
            Payload::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Payload::Str(s) => {
                let text = escape(s.as_str(), self.ascii_only);
                self.out.push_str(&text);
            }
            Payload::Int(i) => self.out.push_str(&i.to_string()),
            Payload::BigInt(b) => self.out.push_str(&b.to_string()),
            Payload::Float(f) => {
                let text = self.float_text(vm, *f)?;
                self.out.push_str(&text);
            }
            Payload::List(_) | Payload::Tuple(_) => {
                vm.enter_recursive_call(ENCODING)?;
                let result = self.list(vm, obj);
                vm.depth -= 1;
                result?;
            }
            Payload::Dict(_) => {
                vm.enter_recursive_call(ENCODING)?;
                let result = self.dict(vm, obj);
                vm.depth -= 1;
                result?;
            }
            _ => {
                self.enter(vm, obj)?;
                let default = self.default.clone();
                let replacement = vm.call(&default, Args::new(std::slice::from_ref(obj)))?;
                vm.enter_recursive_call(ENCODING)?;
                let result = self.value(vm, &replacement);
                vm.depth -= 1;
                result?;
                self.leave(obj);
            }
        }
        Ok(())
    }

    fn enter(&mut self, vm: &Vm, obj: &PyRef) -> PyResult<()> {
        if let Some(markers) = &mut self.markers {
            if !markers.insert(obj.id()) {
                return Err(vm.value_error("Circular reference detected"));
            }
        }
        Ok(())
    }

    fn leave(&mut self, obj: &PyRef) {
        if let Some(markers) = &mut self.markers {
            markers.remove(&obj.id());
        }
    }

    /// `encoder_encode_float`.
    fn float_text(&self, vm: &Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(crate::format::float::float_repr(f));
        }
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// `encoder_listencode_list`: the items as they are when encoding starts.
    fn list(&mut self, vm: &mut Vm, seq: &PyRef) -> PyResult<()> {
        let items = vm.seq_items(seq);
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, seq)?;
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.item_separator);
            }
            self.value(vm, item)?;
        }
        self.out.push(']');
        self.leave(seq);
        Ok(())
    }

    /// `encoder_listencode_dict`: the items (`PyMapping_Items`, so a subclass's own
    /// `items()`), sorted if asked, keys converted as CPython converts them.
    fn dict(&mut self, vm: &mut Vm, dct: &PyRef) -> PyResult<()> {
        let Payload::Dict(d) = &dct.payload else {
            return Ok(());
        };
        if d.borrow().is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, dct)?;
        self.out.push('{');
        let mut items: Vec<PyRef> = if dct.class().is(&vm.types.dict_type) {
            let pairs: Vec<(PyRef, PyRef)> = d.borrow().snapshot();
            pairs
                .into_iter()
                .map(|(k, v)| vm.tuple(vec![k, v]))
                .collect()
        } else {
            let method = vm.getattr_str(dct, "items")?;
            let view = vm.call(&method, Args::new(&[]))?;
            vm.iterate(&view)?
        };
        if let Some(sorter) = self.sorter.clone() {
            let list = vm.list(items);
            let sorted = vm.call(&sorter, Args::new(&[list]))?;
            items = vm.seq_items(&sorted);
        }
        let mut first = true;
        for item in &items {
            let Some([key, value]) = item
                .tuple_items()
                .and_then(|t| <&[PyRef; 2]>::try_from(t).ok())
            else {
                return Err(vm.value_error("items must return 2-tuples"));
            };
            let key_text = match &key.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Float(f) => self.float_text(vm, *f)?,
                Payload::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
                Payload::NoneValue => "null".to_string(),
                Payload::Int(i) => i.to_string(),
                Payload::BigInt(b) => b.to_string(),
                _ if self.skipkeys => continue,
                _ => {
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {:.100}",
                        key.class_name()
                    )))
                }
            };
            if !first {
                self.out.push_str(&self.item_separator);
            }
            first = false;
            let key_json = escape(&key_text, self.ascii_only);
            self.out.push_str(&key_json);
            self.out.push_str(&self.key_separator);
            self.value(vm, value)?;
        }
        self.out.push('}');
        self.leave(dct);
        Ok(())
    }
}
