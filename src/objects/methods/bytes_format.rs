//! printf-style formatting of bytes (`b'%d' % 5`, PEP 461).
//!
//! Bytes formatting is str formatting over Latin-1 text except for what each conversion
//! accepts: `%s`/`%b` take bytes-like objects (or `__bytes__`), never str; `%r`/`%a` give
//! `ascii()`; `%c` takes an int below 256 or one byte. So each conversion's argument is
//! turned into what the str conversion then prints unchanged, and the str formatter does
//! the rest (flags, widths, numbers); its result is all code points below 256.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{PyResult, Vm};

/// `fmt % args` for a bytes format.
pub fn format(vm: &mut Vm, fmt: &[u8], args: &PyRef) -> PyResult<Vec<u8>> {
    let positional: Vec<PyRef> = match &args.payload {
        Payload::Tuple(items) => items.to_vec(),
        _ => vec![args.clone()],
    };
    let is_mapping = !matches!(
        args.payload,
        Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)
    ) && vm.lookup_special(args, "__getitem__").is_some();
    let mut next = 0usize;
    let mut take = |vm: &Vm| -> PyResult<PyRef> {
        let v = positional
            .get(next)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    let mut out_fmt = String::with_capacity(fmt.len());
    let mut out_args: Vec<PyRef> = Vec::new();
    let mut used_mapping = false;
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            out_fmt.push(c as char);
            continue;
        }
        let mut spec = String::from("%");
        let mut key: Option<PyRef> = None;
        if fmt.get(i) == Some(&b'(') {
            let mut depth = 1;
            let begin = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let name = vm.bytes(fmt[begin..i - 1].to_vec());
            key = Some(vm.getitem(args, &name)?);
            used_mapping = true;
        }
        while let Some(&f) = fmt.get(i) {
            if !b"-+ #0".contains(&f) {
                break;
            }
            spec.push(f as char);
            i += 1;
        }
        for part in 0..2 {
            if part == 1 {
                if fmt.get(i) != Some(&b'.') {
                    break;
                }
                spec.push('.');
                i += 1;
            }
            if fmt.get(i) == Some(&b'*') {
                i += 1;
                let n = take(vm)?;
                if !n.is_int() {
                    return Err(vm.type_error("* wants int"));
                }
                spec.push_str(&n.as_i64().unwrap_or(0).to_string());
            }
            while let Some(&d) = fmt.get(i).filter(|d| d.is_ascii_digit()) {
                spec.push(d as char);
                i += 1;
            }
        }
        while matches!(fmt.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == b'%' {
            out_fmt.push_str("%%");
            continue;
        }
        let arg = match key.take() {
            Some(v) => v,
            None => take(vm)?,
        };
        let (conv, arg) = match conv {
            b's' | b'b' => {
                let text = latin1(&bytes_arg(vm, &arg)?);
                ('s', vm.string(text))
            }
            b'r' | b'a' => ('s', vm.ascii(&arg)?),
            b'c' => {
                let text = latin1(&[char_arg(vm, &arg)?]);
                ('s', vm.string(text))
            }
            b'd' | b'i' | b'o' | b'u' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                (conv as char, arg)
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other as char,
                    other,
                    i - 1
                )))
            }
        };
        spec.push(conv);
        out_fmt.push_str(&spec);
        out_args.push(arg);
    }
    if !used_mapping && !is_mapping && next < positional.len() {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    let fmt_obj = vm.string(out_fmt);
    let args_obj = vm.tuple(out_args);
    let text = vm.percent_format(&fmt_obj, &args_obj)?;
    Ok(text
        .as_str_opt()
        .unwrap_or("")
        .chars()
        .map(|c| c as u32 as u8)
        .collect())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The bytes `%s`/`%b` print: a bytes-like object, or what `__bytes__` returns.
fn bytes_arg(vm: &mut Vm, arg: &PyRef) -> PyResult<Vec<u8>> {
    match &arg.payload {
        Payload::Bytes(b) => return Ok(b.to_vec()),
        Payload::ByteArray(b) => return Ok(b.borrow().clone()),
        _ => {}
    }
    if let Some(r) = vm.call_special(arg, "__bytes__", &[])? {
        if let Payload::Bytes(b) = &r.payload {
            return Ok(b.to_vec());
        }
        return Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            r.class_name()
        )));
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        arg.class_name()
    )))
}

/// The byte `%c` prints: an int below 256 or a bytes object of length 1.
fn char_arg(vm: &mut Vm, arg: &PyRef) -> PyResult<u8> {
    match &arg.payload {
        Payload::Bytes(b) if b.len() == 1 => return Ok(b[0]),
        Payload::ByteArray(b) if b.borrow().len() == 1 => return Ok(b.borrow()[0]),
        _ => {}
    }
    if arg.is_int() {
        return match arg.as_i64() {
            Some(n) if (0..256).contains(&n) => Ok(n as u8),
            _ => Err(vm.overflow_error("%c arg not in range(256)")),
        };
    }
    Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
}
