//! The native half of `unicodedata` (`py/unicodedata.py`): the Unicode 14.0.0 database of
//! CPython 3.11, read from `data/unicodedata.bin` (generated from CPython's own module by
//! `scripts/gen_unicodedata.py`, whose docstring describes the layout) the first time it
//! is needed. Names are stored as indices into a word list, each sharing its leading
//! words with the previous name; CJK/Hangul/Nushu/Khitan names and the Hangul
//! decompositions are algorithmic, as in CPython.

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::collections::HashMap;
use std::sync::OnceLock;

static DATA_BYTES: &[u8] = include_bytes!("data/unicodedata.bin");

struct Data {
    cats: Vec<String>,
    bidis: Vec<String>,
    eaws: Vec<String>,
    tags: Vec<String>,
    records: Vec<[u8; 5]>,
    run_starts: Vec<u32>,
    run_records: Vec<u16>,
    decomps: HashMap<u32, (u8, Vec<u32>)>,
    numerics: HashMap<u32, (u8, u8, f64)>,
    algorithmic: Vec<(u32, u32, String)>,
    compose: HashMap<(u32, u32), u32>,
}

fn u24(b: &[u8]) -> u32 {
    b[0] as u32 | (b[1] as u32) << 8 | (b[2] as u32) << 16
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(load)
}

/// The sections of the data file.
fn sections() -> Vec<&'static [u8]> {
    let mut sections = Vec::new();
    let mut pos = 4;
    while pos + 4 <= DATA_BYTES.len() {
        let n = u32::from_le_bytes([
            DATA_BYTES[pos],
            DATA_BYTES[pos + 1],
            DATA_BYTES[pos + 2],
            DATA_BYTES[pos + 3],
        ]) as usize;
        sections.push(&DATA_BYTES[pos + 4..pos + 4 + n]);
        pos += 4 + n;
    }
    sections
}

fn section_text(sections: &[&'static [u8]], i: usize) -> &'static str {
    std::str::from_utf8(sections[i]).unwrap_or("")
}

/// The names that are not algorithmic, decoded the first time one is needed.
fn names() -> &'static HashMap<u32, String> {
    static NAMES: OnceLock<HashMap<u32, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let sections = sections();
        let words: Vec<&str> = section_text(&sections, 6).split('\n').collect();
        let mut names = HashMap::new();
        let n = sections[7];
        let (mut i, mut cp, mut prev): (usize, i64, Vec<&str>) = (0, -1, Vec::new());
        while i < n.len() {
            let mut delta = 0i64;
            let mut shift = 0;
            loop {
                let b = n[i];
                i += 1;
                delta |= ((b & 0x7F) as i64) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            cp += delta;
            let (shared, new) = (n[i] as usize, n[i + 1] as usize);
            i += 2;
            prev.truncate(shared);
            for _ in 0..new {
                let b = n[i] as usize;
                let w = if b < 0xC0 {
                    i += 1;
                    b
                } else {
                    i += 2;
                    ((b & 0x3F) << 8) | n[i - 1] as usize
                };
                prev.push(words.get(w).copied().unwrap_or(""));
            }
            names.insert(cp as u32, prev.join(" "));
        }
        names
    })
}

fn load() -> Data {
    let sections = sections();
    let text = |i: usize| section_text(&sections, i);
    let meta: Vec<Vec<String>> = text(0)
        .split('\n')
        .map(|l| l.split(' ').map(str::to_string).collect())
        .collect();
    let field = |i: usize| meta.get(i).cloned().unwrap_or_default();
    let mut bidis = field(1);
    for b in bidis.iter_mut() {
        if b == "_" {
            b.clear();
        }
    }
    let records = sections[1]
        .chunks_exact(5)
        .map(|c| [c[0], c[1], c[2], c[3], c[4]])
        .collect();
    let (run_starts, run_records) = sections[2]
        .chunks_exact(5)
        .map(|c| (u24(c), u16::from_le_bytes([c[3], c[4]])))
        .unzip();
    let mut decomps = HashMap::new();
    let d = sections[3];
    let mut i = 0;
    while i + 5 <= d.len() {
        let cp = u24(&d[i..]);
        let (tag, n) = (d[i + 3], d[i + 4] as usize);
        let parts: Vec<u32> = (0..n).map(|k| u24(&d[i + 5 + 3 * k..])).collect();
        decomps.insert(cp, (tag, parts));
        i += 5 + 3 * n;
    }
    let numerics = sections[4]
        .chunks_exact(13)
        .map(|c| {
            let mut f = [0u8; 8];
            f.copy_from_slice(&c[5..13]);
            (u24(c), (c[3], c[4], f64::from_le_bytes(f)))
        })
        .collect();
    let algorithmic = text(5)
        .split('\n')
        .filter_map(|l| {
            let mut it = l.splitn(3, ' ');
            let a = u32::from_str_radix(it.next()?, 16).ok()?;
            let b = u32::from_str_radix(it.next()?, 16).ok()?;
            Some((a, b, it.next()?.to_string()))
        })
        .collect();
    let exclusions: Vec<u32> = sections[8].chunks_exact(3).map(u24).collect();
    let compose = decomps
        .iter()
        .filter(|(cp, (tag, parts))| *tag == 0 && parts.len() == 2 && !exclusions.contains(cp))
        .map(|(cp, (_, parts))| ((parts[0], parts[1]), *cp))
        .collect();
    Data {
        cats: field(0),
        bidis,
        eaws: field(2),
        tags: field(3),
        records,
        run_starts,
        run_records,
        decomps,
        numerics,
        algorithmic,
        compose,
    }
}

fn record(c: char) -> [u8; 5] {
    let d = data();
    let i = d.run_starts.partition_point(|&s| s <= c as u32);
    let r = d.run_records[i.saturating_sub(1)] as usize;
    d.records[r]
}

/// The canonical combining class of `c`.
pub fn combining(c: char) -> u8 {
    if c.is_ascii() {
        return 0;
    }
    record(c)[2]
}

/// Numeric_Type: 0 none, 1 numeric, 2 digit, 3 decimal (`str.isnumeric` & co.).
pub fn numeric_type(c: char) -> u8 {
    match data().numerics.get(&(c as u32)) {
        None => 0,
        Some((dec, _, _)) if *dec != 255 => 3,
        Some((_, dig, _)) if *dig != 255 => 2,
        Some(_) => 1,
    }
}

pub fn category(c: char) -> &'static str {
    let d = data();
    &d.cats[record(c)[0] as usize]
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// The name of `c` (`unicodedata.name`), if it has one.
pub fn char_name(c: char) -> Option<String> {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            JAMO_L[(s / N_COUNT) as usize],
            JAMO_V[((s % N_COUNT) / T_COUNT) as usize],
            JAMO_T[(s % T_COUNT) as usize]
        ));
    }
    let d = data();
    if let Some(n) = names().get(&cp) {
        return Some(n.clone());
    }
    d.algorithmic
        .iter()
        .find(|(a, b, _)| (*a..=*b).contains(&cp))
        .map(|(_, _, p)| format!("{p}{cp:04X}"))
}

/// The character called `name`, as `unicodedata.lookup` finds it: Hangul syllables and
/// CJK unified ideographs by their exact (upper-case) algorithmic names, the others
/// ignoring ASCII case.
pub fn lookup_char(name: &str) -> Option<char> {
    static BY_NAME: OnceLock<HashMap<String, u32>> = OnceLock::new();
    if let Some(rest) = name.strip_prefix("HANGUL SYLLABLE ") {
        return hangul_lookup(rest);
    }
    let d = data();
    const CJK: &str = "CJK UNIFIED IDEOGRAPH-";
    if let Some(hex) = name.strip_prefix(CJK) {
        let upper_hex = hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b));
        if !(4..=5).contains(&hex.len()) || !upper_hex {
            return None;
        }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        let known = d
            .algorithmic
            .iter()
            .any(|(a, b, p)| p == CJK && (*a..=*b).contains(&cp));
        return if known { char::from_u32(cp) } else { None };
    }
    let upper = name.to_ascii_uppercase();
    for (a, b, prefix) in &d.algorithmic {
        if prefix == CJK {
            continue;
        }
        if let Some(hex) = upper.strip_prefix(prefix.as_str()) {
            if let Ok(cp) = u32::from_str_radix(hex, 16) {
                if (*a..=*b).contains(&cp) && format!("{cp:04X}") == hex {
                    return char::from_u32(cp);
                }
            }
        }
    }
    let map = BY_NAME.get_or_init(|| names().iter().map(|(cp, n)| (n.clone(), *cp)).collect());
    map.get(&upper)
        .or_else(|| aliases().get(&upper))
        .and_then(|&cp| char::from_u32(cp))
}

/// The lines of the text section `i` (aliases: 9, named sequences: 10; absent in an old
/// data file).
fn extra_lines(i: usize) -> Vec<&'static str> {
    let sections = sections();
    match sections.get(i) {
        Some(b) => std::str::from_utf8(b).unwrap_or("").lines().collect(),
        None => Vec::new(),
    }
}

/// The formal name aliases (`BEL`, `BYTE ORDER MARK`, `LATIN CAPITAL LETTER GHA`):
/// `lookup` and `\N{...}` know them, `name` never returns them.
fn aliases() -> &'static HashMap<String, u32> {
    static ALIASES: OnceLock<HashMap<String, u32>> = OnceLock::new();
    ALIASES.get_or_init(|| {
        extra_lines(9)
            .into_iter()
            .filter_map(|l| {
                let (hex, name) = l.split_once(' ')?;
                Some((name.to_string(), u32::from_str_radix(hex, 16).ok()?))
            })
            .collect()
    })
}

/// The named sequences (`LATIN CAPITAL LETTER A WITH MACRON AND GRAVE`): only
/// `unicodedata.lookup` knows them (a string of several characters).
pub fn named_sequence(name: &str) -> Option<String> {
    static SEQUENCES: OnceLock<HashMap<String, String>> = OnceLock::new();
    let map = SEQUENCES.get_or_init(|| {
        extra_lines(10)
            .into_iter()
            .filter_map(|l| {
                let (cps, name) = l.split_once(" ;")?;
                let text = cps
                    .split(' ')
                    .map(|h| u32::from_str_radix(h, 16).ok().and_then(char::from_u32))
                    .collect::<Option<String>>()?;
                Some((name.to_string(), text))
            })
            .collect()
    });
    map.get(&name.to_ascii_uppercase()).cloned()
}

fn hangul_lookup(rest: &str) -> Option<char> {
    // The longest jamo matching at each step, as CPython's find_syllable does.
    fn take<'a>(s: &'a str, table: &[&str]) -> Option<(usize, &'a str)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, j) in table.iter().enumerate() {
            if s.starts_with(j) && best.is_none_or(|(_, l)| j.len() > l) {
                best = Some((i, j.len()));
            }
        }
        best.map(|(i, l)| (i, &s[l..]))
    }
    let (l, s) = take(rest, &JAMO_L)?;
    let (v, s) = take(s, &JAMO_V)?;
    let (t, s) = take(s, &JAMO_T)?;
    if !s.is_empty() {
        return None;
    }
    char::from_u32(S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32)
}

// ---- normalization ----

fn decompose_into(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let l = L_BASE + s / N_COUNT;
        let v = V_BASE + (s % N_COUNT) / T_COUNT;
        let t = T_BASE + s % T_COUNT;
        out.extend([l, v].iter().filter_map(|&x| char::from_u32(x)));
        if t != T_BASE {
            out.extend(char::from_u32(t));
        }
        return;
    }
    if cp < 0xC0 && (!compat || cp < 0xA0) {
        out.push(c);
        return;
    }
    match data().decomps.get(&cp) {
        Some((tag, parts)) if *tag == 0 || compat => {
            for &p in parts {
                if let Some(pc) = char::from_u32(p) {
                    decompose_into(pc, compat, out);
                }
            }
        }
        _ => out.push(c),
    }
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    data().compose.get(&(a, b)).and_then(|&c| char::from_u32(c))
}

/// `unicodedata.normalize(form, s)` for a valid form (`NFC`, `NFD`, `NFKC`, `NFKD`).
pub fn normalize(form: &str, s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let compat = form.starts_with("NFK");
    let mut chars = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, compat, &mut chars);
    }
    // Canonical ordering: a stable sort of each run of non-starters by class.
    let mut i = 0;
    while i < chars.len() {
        if combining(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && combining(chars[i]) != 0 {
            i += 1;
        }
        chars[start..i].sort_by_key(|&c| combining(c));
    }
    if !form.ends_with('C') {
        return chars.into_iter().collect();
    }
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_cc = 0u8;
    for c in chars {
        let cc = combining(c);
        if let Some(si) = starter {
            let adjacent = out.len() - 1 == si;
            if adjacent || (last_cc != 0 && last_cc < cc) {
                if let Some(comp) = compose_pair(out[si], c) {
                    out[si] = comp;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
        }
        out.push(c);
        last_cc = cc;
    }
    out.into_iter().collect()
}

// ---- the module functions ----

/// Set in `unicodedata` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("lookup", ud_lookup),
    ("name", ud_name),
    ("category", ud_category),
    ("bidirectional", ud_bidirectional),
    ("combining", ud_combining),
    ("east_asian_width", ud_east_asian_width),
    ("mirrored", ud_mirrored),
    ("decomposition", ud_decomposition),
    ("decimal", ud_decimal),
    ("digit", ud_digit),
    ("numeric", ud_numeric),
    ("normalize", ud_normalize),
    ("is_normalized", ud_is_normalized),
];

fn arg_count(vm: &Vm, fname: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("unicodedata.{fname}() takes no keyword arguments")));
    }
    let n = args.args.len();
    if max == 1 && n != 1 {
        return Err(vm.type_error(format!(
            "unicodedata.{fname}() takes exactly one argument ({n} given)"
        )));
    }
    if min == max && n != min {
        return Err(vm.type_error(format!("{fname} expected {min} arguments, got {n}")));
    }
    if n < min {
        let s = if min == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname} expected at least {min} argument{s}, got {n}"
        )));
    }
    if n > max {
        return Err(vm.type_error(format!("{fname} expected at most {max} arguments, got {n}")));
    }
    Ok(())
}

/// Argument 1 of `fname`: a str of exactly one character.
fn char_arg(vm: &Vm, fname: &str, args: &Args, min: usize, max: usize) -> PyResult<char> {
    arg_count(vm, fname, args, min, max)?;
    let a = &args.args[0];
    let which = if max == 1 { "argument" } else { "argument 1" };
    match &a.payload {
        Payload::Str(s) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or('\0')),
        Payload::NoneValue => Err(vm.type_error(format!(
            "{fname}() {which} must be a unicode character, not None"
        ))),
        _ => Err(vm.type_error(format!(
            "{fname}() {which} must be a unicode character, not {}",
            a.class_name()
        ))),
    }
}

fn ud_lookup(vm: &mut Vm, args: Args) -> PyResult {
    arg_count(vm, "lookup", &args, 1, 1)?;
    let a = &args.args[0];
    let name = match &a.payload {
        Payload::Str(s) => s.as_str().to_string(),
        Payload::ByteArray(_) => {
            return Err(vm.type_error(
                "lookup() argument must be read-only bytes-like object, not bytearray",
            ))
        }
        _ => match crate::objects::memoryview::buffer_bytes(vm, a)? {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    a.class_name()
                )))
            }
        },
    };
    if name.len() > 256 {
        let msg = vm.str("name too long");
        return Err(vm.key_error(&msg));
    }
    match lookup_char(&name)
        .map(String::from)
        .or_else(|| named_sequence(&name))
    {
        Some(text) => Ok(vm.string(text)),
        None => {
            let msg = vm.string(format!("undefined character name '{name}'"));
            Err(vm.key_error(&msg))
        }
    }
}

fn ud_name(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, "name", &args, 1, 2)?;
    match char_name(c) {
        Some(n) => Ok(vm.string(n)),
        None => match args.args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error("no such name")),
        },
    }
}

fn ud_category(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, "category", &args, 1, 1)?;
    Ok(vm.str(category(c)))
}

fn ud_bidirectional(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, "bidirectional", &args, 1, 1)?;
    Ok(vm.str(&data().bidis[record(c)[1] as usize]))
}

fn ud_combining(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, "combining", &args, 1, 1)?;
    Ok(vm.int(combining(c) as i64))
}

fn ud_east_asian_width(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, "east_asian_width", &args, 1, 1)?;
    Ok(vm.str(&data().eaws[record(c)[3] as usize]))
}

fn ud_mirrored(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, "mirrored", &args, 1, 1)?;
    Ok(vm.int(record(c)[4] as i64))
}

fn ud_decomposition(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, "decomposition", &args, 1, 1)?;
    let cp = c as u32;
    let d = data();
    let mut parts: Vec<String> = Vec::new();
    // Hangul syllables decompose algorithmically; CPython reports no decomposition.
    if let Some((tag, ps)) = d.decomps.get(&cp) {
        if *tag != 0 {
            parts.push(format!("<{}>", d.tags[*tag as usize - 1]));
        }
        parts.extend(ps.iter().map(|p| format!("{p:04X}")));
    }
    Ok(vm.string(parts.join(" ")))
}

fn numeric_value(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    what: &str,
    get: fn(&(u8, u8, f64)) -> Option<PyResultValue>,
) -> PyResult {
    let c = char_arg(vm, fname, &args, 1, 2)?;
    match data().numerics.get(&(c as u32)).and_then(get) {
        Some(PyResultValue::Int(i)) => Ok(vm.int(i)),
        Some(PyResultValue::Float(f)) => Ok(vm.float(f)),
        None => match args.args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error(what)),
        },
    }
}

enum PyResultValue {
    Int(i64),
    Float(f64),
}

fn ud_decimal(vm: &mut Vm, args: Args) -> PyResult {
    numeric_value(vm, args, "decimal", "not a decimal", |v| {
        (v.0 != 255).then_some(PyResultValue::Int(v.0 as i64))
    })
}

fn ud_digit(vm: &mut Vm, args: Args) -> PyResult {
    numeric_value(vm, args, "digit", "not a digit", |v| {
        (v.1 != 255).then_some(PyResultValue::Int(v.1 as i64))
    })
}

fn ud_numeric(vm: &mut Vm, args: Args) -> PyResult {
    numeric_value(vm, args, "numeric", "not a numeric character", |v| {
        Some(PyResultValue::Float(v.2))
    })
}

/// The `(form, unistr)` arguments of `normalize`/`is_normalized`.
fn form_args(vm: &Vm, fname: &str, args: &Args) -> PyResult<(&'static str, PyRef)> {
    arg_count(vm, fname, args, 2, 2)?;
    let form = match &args.args[0].payload {
        Payload::Str(s) => s.as_str(),
        _ => {
            return Err(vm.type_error(format!(
                "{fname}() argument 1 must be str, not {}",
                crate::vm::errors::arg_type_name(&args.args[0])
            )))
        }
    };
    let form = match form {
        "NFC" => "NFC",
        "NFD" => "NFD",
        "NFKC" => "NFKC",
        "NFKD" => "NFKD",
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    let s = &args.args[1];
    if !matches!(s.payload, Payload::Str(_)) {
        return Err(vm.type_error(format!(
            "{fname}() argument 2 must be str, not {}",
            crate::vm::errors::arg_type_name(s)
        )));
    }
    Ok((form, s.clone()))
}

fn ud_normalize(vm: &mut Vm, args: Args) -> PyResult {
    let (form, s) = form_args(vm, "normalize", &args)?;
    let text = s.as_str_opt().unwrap_or("");
    let out = normalize(form, text);
    if out == text && s.class().is(&vm.types.str_type) {
        return Ok(s);
    }
    Ok(vm.string(out))
}

fn ud_is_normalized(vm: &mut Vm, args: Args) -> PyResult {
    let (form, s) = form_args(vm, "is_normalized", &args)?;
    let text = s.as_str_opt().unwrap_or("");
    Ok(vm.bool(normalize(form, text) == text))
}
