//! printf-style formatting: `fmt % args`.
//!
//! This is a transcription of CPython 3.11's `PyUnicode_Format` (Objects/unicodeobject.c):
//! the same argument bookkeeping (a tuple is consumed item by item, any other object is a
//! single argument, a mapping additionally serves `%(key)s`), the same parse of flags,
//! width, precision and the ignored `h`/`l`/`L` length modifiers, the same conversion of
//! each argument, and the same padding rules (which differ from `format()`'s: for example
//! `%-05d` pads with spaces on the right). Following CPython step by step is what makes the
//! errors come out identical, including which of two problems is reported first.
//!
//! Values are interpreter objects, so they are reached through the [`PercentArg`] trait;
//! its associated error type lets `__str__`/`__repr__`/`__index__` failures propagate as
//! whatever exception the interpreter raised.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{format_float_short, DtoaFlags};
use super::int::int_to_decimal;
use super::spec::{push_fill, reserve};
use super::FormatError;

/// An argument of `%`-formatting, implemented by the interpreter's object type.
pub trait PercentArg {
    /// The interpreter's exception type; formatting errors are converted into it.
    type Error: From<FormatError>;

    /// `str(self)` (for `%s`).
    fn to_str(&self) -> Result<String, Self::Error>;
    /// `repr(self)` (for `%r`).
    fn to_repr(&self) -> Result<String, Self::Error>;
    /// `ascii(self)` (for `%a`).
    fn to_ascii(&self) -> Result<String, Self::Error>;
    /// The value if `self` is an `int` (or subclass, including `bool`) — used for `*`.
    fn as_int(&self) -> Option<BigInt>;
    /// The value of an `int` (or subclass, including `bool`) that fits in an `i64`: what
    /// `to_int` and `to_index` would give, had without a big integer. The default claims
    /// none, leaving every conversion to them.
    fn as_i64(&self) -> Option<i64> {
        None
    }
    /// If `self` is a `str`, its contents (for `%c`).
    fn as_str(&self) -> Option<String>;
    /// `int(self)` for `%d %i %u`: `Ok(None)` if `self` is not a number (this module then
    /// raises the `TypeError`); conversion failures such as `int(nan)` are returned as
    /// errors by the implementation.
    fn to_int(&self) -> Result<Option<BigInt>, Self::Error>;
    /// `operator.index(self)` for `%o %x %X %c`: `Ok(None)` if `self` has no `__index__`.
    fn to_index(&self) -> Result<Option<BigInt>, Self::Error>;
    /// `float(self)` for `%e %f %g` (CPython's `PyFloat_AsDouble`): `Ok(None)` if `self` is
    /// not a real number. Ints too large for a float should be reported with
    /// [`super::int::int_to_f64`]'s `OverflowError`.
    fn to_float(&self) -> Result<Option<f64>, Self::Error>;
    /// The Python type name, for messages.
    fn type_name(&self) -> String;
}

/// Looks up `%(key)` in a mapping argument; its error (typically `KeyError`) propagates.
pub type KeyLookup<'a, A> = dyn Fn(&str) -> Result<A, <A as PercentArg>::Error> + 'a;

/// The right operand of `%`.
pub enum PercentArgs<'a, A: PercentArg> {
    /// A tuple: its items are the arguments.
    Tuple(&'a [A]),
    /// Any other non-mapping object: a single argument.
    Single(&'a A),
    /// An object CPython treats as a mapping (has `__getitem__`, not a tuple or str): it is
    /// itself the single argument for plain conversions, and `%(key)` looks `key` up with
    /// the given function (whose error, typically `KeyError`, propagates).
    Mapping(&'a A, &'a KeyLookup<'a, A>),
}

/// The argument currently being consumed: borrowed from the caller or looked up by key.
enum Current<'a, A> {
    Borrowed(&'a A),
    Owned(A),
}

/// CPython's `unicode_formatter_t` argument bookkeeping: `arglen < 0` means a single
/// argument, which `argidx` (starting at -2) allows to be taken exactly once.
struct ArgState<'a, A: PercentArg> {
    tuple: &'a [A],
    single: Option<Current<'a, A>>,
    arglen: isize,
    argidx: isize,
    lookup: Option<&'a KeyLookup<'a, A>>,
}

impl<'a, A: PercentArg> ArgState<'a, A> {
    /// A single (non-tuple) argument, optionally also a mapping for `%(key)`.
    fn single(arg: &'a A, lookup: Option<&'a KeyLookup<'a, A>>) -> Self {
        ArgState {
            tuple: &[],
            single: Some(Current::Borrowed(arg)),
            arglen: -1,
            argidx: -2,
            lookup,
        }
    }

    fn next(&mut self) -> Result<&A, FormatError> {
        if self.argidx >= self.arglen {
            return Err(FormatError::type_error(
                "not enough arguments for format string",
            ));
        }
        let idx = self.argidx;
        self.argidx += 1;
        if self.arglen < 0 {
            match &self.single {
                Some(Current::Borrowed(a)) => Ok(a),
                Some(Current::Owned(a)) => Ok(a),
                None => Err(FormatError::type_error(
                    "not enough arguments for format string",
                )),
            }
        } else {
            Ok(&self.tuple[idx as usize])
        }
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// One parsed conversion specifier.
struct Conv {
    ch: char,
    flags: u8,
    width: Option<usize>,
    prec: Option<usize>,
}

/// Cursor over the format string mirroring CPython's `fmtpos`/`fmtcnt`.
struct Cursor<'f> {
    text: &'f str,
    /// A byte offset into `text`, at a character boundary.
    pos: usize,
    exhausted: bool,
}

impl Cursor<'_> {
    /// Reads the next character into `ch`; marks the cursor exhausted at the end.
    fn advance(&mut self, ch: &mut char) -> bool {
        match self.peek() {
            Some(c) if !self.exhausted => {
                *ch = c;
                self.pos += c.len_utf8();
                true
            }
            _ => {
                self.exhausted = true;
                false
            }
        }
    }

    /// The character at the cursor, if any.
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }
}

/// Formats `fmt % args` like CPython 3.11's `str.__mod__`.
pub fn percent_format<A: PercentArg>(
    fmt: &str,
    args: PercentArgs<'_, A>,
) -> Result<String, A::Error> {
    let mut state = match args {
        PercentArgs::Tuple(items) => ArgState {
            tuple: items,
            single: None,
            arglen: items.len() as isize,
            argidx: 0,
            lookup: None,
        },
        PercentArgs::Single(a) => ArgState::single(a, None),
        PercentArgs::Mapping(a, f) => ArgState::single(a, Some(f)),
    };
    let is_mapping = state.lookup.is_some();
    // Byte offsets are character indices in an ASCII format (the error messages count
    // characters).
    let ascii = fmt.is_ascii();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut cur = Cursor {
        text: fmt,
        pos: 0,
        exhausted: false,
    };
    while cur.pos < fmt.len() {
        // The text up to the next `%` is copied as it is, in one piece.
        let rest = &fmt[cur.pos..];
        let Some(at) = rest.find('%') else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..at]);
        cur.pos += at + 1;
        if fmt[cur.pos..].starts_with('%') {
            cur.pos += 1;
            out.push('%');
            continue;
        }
        let conv = parse_conversion(&mut cur, &mut state)?;
        let at = cur.pos - conv.ch.len_utf8();
        let index = if ascii { at } else { fmt[..at].chars().count() };
        let text = convert(&conv, &mut state, index)?;
        write_padded(&mut out, &conv, &text)?;
        if is_mapping && state.argidx < state.arglen {
            return Err(FormatError::type_error(
                "not all arguments converted during string formatting",
            )
            .into());
        }
    }
    if state.argidx < state.arglen && !is_mapping {
        return Err(FormatError::type_error(
            "not all arguments converted during string formatting",
        )
        .into());
    }
    Ok(out)
}

/// Reads the value of a `*` width or precision.
fn star_arg<A: PercentArg>(
    state: &mut ArgState<'_, A>,
    c_type: &str,
    range: (i64, i64),
) -> Result<i64, FormatError> {
    let v = state
        .next()?
        .as_int()
        .ok_or_else(|| FormatError::type_error("* wants int"))?;
    v.to_i64()
        .filter(|x| (range.0..=range.1).contains(x))
        .ok_or_else(|| {
            FormatError::overflow(format!("Python int too large to convert to C {c_type}"))
        })
}

/// Reads a decimal number whose first digit is already in `ch`.
fn read_number(
    cur: &mut Cursor<'_>,
    ch: &mut char,
    max: usize,
    what: &str,
) -> Result<usize, FormatError> {
    let mut n = ch.to_digit(10).unwrap_or(0) as usize;
    while cur.advance(ch) {
        let Some(d) = ch.to_digit(10) else { break };
        if n > (max - d as usize) / 10 {
            return Err(FormatError::value(format!("{what} too big")));
        }
        n = n * 10 + d as usize;
    }
    Ok(n)
}

/// Parses `[(key)][flags][width][.precision][hlL]type` after a `%` (CPython's
/// `unicode_format_arg_parse`), switching the current argument for `%(key)`.
fn parse_conversion<A: PercentArg>(
    cur: &mut Cursor<'_>,
    state: &mut ArgState<'_, A>,
) -> Result<Conv, A::Error> {
    let mut ch = cur.peek().unwrap_or('\0');
    if ch == '(' {
        let Some(lookup) = state.lookup else {
            return Err(FormatError::type_error("format requires a mapping").into());
        };
        cur.pos += 1;
        let start = cur.pos;
        let mut depth = 1;
        // Parentheses are ASCII: no byte of another character is one.
        let bytes = cur.text.as_bytes();
        while depth > 0 && cur.pos < bytes.len() {
            match bytes[cur.pos] {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            cur.pos += 1;
        }
        if depth > 0 {
            return Err(FormatError::value("incomplete format key").into());
        }
        let key = &cur.text[start..cur.pos - 1];
        state.single = Some(Current::Owned(lookup(key)?));
        state.arglen = -1;
        state.argidx = -2;
    }
    let mut flags = 0;
    while cur.advance(&mut ch) {
        flags |= match ch {
            '-' => F_LJUST,
            '+' => F_SIGN,
            ' ' => F_BLANK,
            '#' => F_ALT,
            '0' => F_ZERO,
            _ => break,
        };
    }
    let mut width = None;
    if ch == '*' {
        let w = star_arg(state, "ssize_t", (-(isize::MAX as i64), isize::MAX as i64))?;
        if w < 0 {
            flags |= F_LJUST;
        }
        width = Some(w.unsigned_abs() as usize);
        cur.advance(&mut ch);
    } else if ch.is_ascii_digit() {
        width = Some(read_number(cur, &mut ch, isize::MAX as usize, "width")?);
    }
    let mut prec = None;
    if ch == '.' {
        prec = Some(0);
        cur.advance(&mut ch);
        if ch == '*' {
            let p = star_arg(state, "int", (i32::MIN as i64, i32::MAX as i64))?;
            prec = Some(p.max(0) as usize);
            cur.advance(&mut ch);
        } else if ch.is_ascii_digit() {
            prec = Some(read_number(cur, &mut ch, i32::MAX as usize, "precision")?);
        }
    }
    if !cur.exhausted && matches!(ch, 'h' | 'l' | 'L') {
        cur.advance(&mut ch);
    }
    if cur.exhausted {
        return Err(FormatError::value("incomplete format").into());
    }
    Ok(Conv {
        ch,
        flags,
        width,
        prec,
    })
}

/// Converts the next argument per `conv` (CPython's `unicode_format_arg_format`).
/// `index` is the position of the conversion character, for the error message.
fn convert<A: PercentArg>(
    conv: &Conv,
    state: &mut ArgState<'_, A>,
    index: usize,
) -> Result<String, A::Error> {
    let v = state.next()?;
    let text = match conv.ch {
        's' => v.to_str()?,
        'r' => v.to_repr()?,
        'a' => v.to_ascii()?,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let index_only = matches!(conv.ch, 'o' | 'x' | 'X');
            if let Some(n) = v.as_i64() {
                return Ok(format_long(
                    n < 0,
                    &Magnitude::Small(n.unsigned_abs()),
                    conv,
                )?);
            }
            let n = if index_only {
                v.to_index()?
            } else {
                v.to_int()?
            };
            let Some(n) = n else {
                let what = if index_only {
                    "an integer"
                } else {
                    "a real number"
                };
                let msg = format!(
                    "%{} format: {what} is required, not {}",
                    conv.ch,
                    v.type_name()
                );
                return Err(FormatError::type_error(msg).into());
            };
            format_long(n.is_negative(), &Magnitude::Big(n.magnitude()), conv)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let Some(x) = v.to_float()? else {
                return Err(FormatError::type_error(format!(
                    "must be real number, not {}",
                    v.type_name()
                ))
                .into());
            };
            let flags = DtoaFlags {
                alt: conv.flags & F_ALT != 0,
                ..DtoaFlags::default()
            };
            format_float_short(x, conv.ch, conv.prec.unwrap_or(6), flags)?
        }
        'c' => format_char(v)?.to_string(),
        c => {
            let shown = if (' '..='~').contains(&c) || c == '\x1f' {
                c
            } else {
                '?'
            };
            let msg = format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                c as u32
            );
            return Err(FormatError::value(msg).into());
        }
    };
    Ok(text)
}

/// `%c`: a one-character string or an integer code point.
fn format_char<A: PercentArg>(v: &A) -> Result<char, A::Error> {
    let wrong = || FormatError::type_error("%c requires int or char");
    if let Some(s) = v.as_str() {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(wrong().into()),
        };
    }
    let n = v.to_index()?.ok_or_else(wrong)?;
    match n.to_u32().filter(|&x| x <= 0x10ffff) {
        Some(x) => Ok(char::from_u32(x).unwrap_or('\u{fffd}')),
        None => Err(FormatError::overflow("%c arg not in range(0x110000)").into()),
    }
}

/// The magnitude of an integer being formatted: a machine word when it fits.
enum Magnitude<'a> {
    Small(u64),
    Big(&'a num_bigint::BigUint),
}

impl Magnitude<'_> {
    fn digits(&self, radix: u32) -> Result<String, FormatError> {
        Ok(match (self, radix) {
            (Magnitude::Small(n), 8) => format!("{n:o}"),
            (Magnitude::Small(n), 16) => format!("{n:x}"),
            (Magnitude::Small(n), _) => n.to_string(),
            (Magnitude::Big(n), 10) => int_to_decimal(&BigInt::from((*n).clone()))?,
            (Magnitude::Big(n), _) => n.to_str_radix(radix),
        })
    }
}

/// Integer conversions (CPython's `_PyUnicode_FormatLong`): sign, `0o`/`0x` with `#`,
/// precision as a minimum digit count, uppercase for `X`.
fn format_long(negative: bool, n: &Magnitude, conv: &Conv) -> Result<String, FormatError> {
    let (radix, prefix) = match conv.ch {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = n.digits(radix)?;
    let alt = conv.flags & F_ALT != 0;
    if !negative && !alt && conv.prec.is_none() && conv.ch != 'X' {
        return Ok(digits);
    }
    let mut s = String::new();
    reserve(&mut s, digits.len() + 4 + conv.prec.unwrap_or(0))?;
    if negative {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    push_fill(
        &mut s,
        '0',
        conv.prec.unwrap_or(0).saturating_sub(digits.len()),
    );
    s.push_str(&digits);
    if conv.ch == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// Writes `text` padded per the conversion's flags and width (CPython's
/// `unicode_format_arg_output`).
fn write_padded(out: &mut String, conv: &Conv, text: &str) -> Result<(), FormatError> {
    // Numeric conversions get sign handling and zero fill.
    let numeric = matches!(
        conv.ch,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
    );
    if conv.width.is_none() && conv.prec.is_none() && conv.flags & (F_SIGN | F_BLANK) == 0 {
        // Nothing to pad, cut or sign: the text as it is.
        reserve(out, text.len())?;
        out.push_str(text);
        return Ok(());
    }
    let fill = if numeric && conv.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    // The written part: a `%s`/`%r`/`%a` precision keeps that many characters.
    let text = match conv.prec {
        Some(p) if matches!(conv.ch, 's' | 'r' | 'a') => {
            text.char_indices().nth(p).map_or(text, |(i, _)| &text[..i])
        }
        _ => text,
    };
    // Sign and `0x` prefix are ASCII: byte offsets into `text` are character offsets.
    let mut len = text.chars().count();
    let mut start = 0;
    let mut sign = None;
    if numeric {
        match text.as_bytes().first() {
            Some(&c @ (b'-' | b'+')) => {
                sign = Some(c as char);
                len -= 1;
                start = 1;
            }
            _ if conv.flags & F_SIGN != 0 => sign = Some('+'),
            _ if conv.flags & F_BLANK != 0 => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = conv.width.unwrap_or(0).max(len);
    reserve(out, text.len() + width + 1)?;
    if let Some(sc) = sign {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = conv.flags & F_ALT != 0 && matches!(conv.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&text[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && conv.flags & F_LJUST == 0 {
        push_fill(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(sc) = sign {
            out.push(sc);
        }
        if alt_prefix {
            out.push_str(&text[start..start + 2]);
            start += 2;
        }
    }
    out.push_str(&text[start..]);
    if width > len {
        push_fill(out, ' ', width - len);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::float::float_repr;
    use crate::format::int::int_to_f64;

    /// A stand-in for interpreter objects.
    #[derive(Clone, Debug)]
    enum V {
        I(i64),
        Big(&'static str),
        F(f64),
        S(&'static str),
        B(bool),
        N,
        D(Vec<(&'static str, V)>),
    }
    use V::*;

    /// The right operand: a tuple, or one object (a `D` is treated as a mapping).
    enum Args {
        T(Vec<V>),
        O(V),
    }
    use Args::*;

    impl V {
        fn int(&self) -> Option<BigInt> {
            match self {
                I(i) => Some(BigInt::from(*i)),
                Big(s) => s.parse().ok(),
                B(b) => Some(BigInt::from(*b as u8)),
                _ => None,
            }
        }
    }

    fn py_repr_str(s: &str, ascii: bool) -> String {
        let mut out = String::from("'");
        for c in s.chars() {
            match c {
                '\'' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                c if ascii && (c as u32) > 0x7f && (c as u32) <= 0xff => {
                    out.push_str(&format!("\\x{:02x}", c as u32))
                }
                c if ascii && (c as u32) > 0xff => out.push_str(&format!("\\U{:08x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('\'');
        out
    }

    impl PercentArg for V {
        type Error = FormatError;

        fn to_str(&self) -> Result<String, FormatError> {
            match self {
                S(s) => Ok(s.to_string()),
                _ => self.to_repr(),
            }
        }

        fn to_repr(&self) -> Result<String, FormatError> {
            Ok(match self {
                I(_) | Big(_) => self.int().unwrap().to_string(),
                F(x) => float_repr(*x),
                S(s) => py_repr_str(s, false),
                B(b) => if *b { "True" } else { "False" }.to_string(),
                N => "None".to_string(),
                D(items) => {
                    let inner: Vec<String> = items
                        .iter()
                        .map(|(k, v)| {
                            format!("{}: {}", py_repr_str(k, false), v.to_repr().unwrap())
                        })
                        .collect();
                    format!("{{{}}}", inner.join(", "))
                }
            })
        }

        fn to_ascii(&self) -> Result<String, FormatError> {
            match self {
                S(s) => Ok(py_repr_str(s, true)),
                _ => self.to_repr(),
            }
        }

        fn as_int(&self) -> Option<BigInt> {
            self.int()
        }

        fn as_str(&self) -> Option<String> {
            match self {
                S(s) => Some(s.to_string()),
                _ => None,
            }
        }

        fn to_int(&self) -> Result<Option<BigInt>, FormatError> {
            match self {
                F(x) if x.is_nan() => {
                    Err(FormatError::value("cannot convert float NaN to integer"))
                }
                F(x) if x.is_infinite() => Err(FormatError::overflow(
                    "cannot convert float infinity to integer",
                )),
                F(x) => Ok(Some(BigInt::from(x.trunc() as i64))),
                _ => Ok(self.int()),
            }
        }

        fn to_index(&self) -> Result<Option<BigInt>, FormatError> {
            Ok(self.int())
        }

        fn to_float(&self) -> Result<Option<f64>, FormatError> {
            match self {
                F(x) => Ok(Some(*x)),
                _ => self.int().map(|i| int_to_f64(&i)).transpose(),
            }
        }

        fn type_name(&self) -> String {
            match self {
                I(_) | Big(_) => "int",
                F(_) => "float",
                S(_) => "str",
                B(_) => "bool",
                N => "NoneType",
                D(_) => "dict",
            }
            .to_string()
        }
    }

    fn run(fmt: &str, args: &Args) -> String {
        let result = match args {
            T(items) => percent_format(fmt, PercentArgs::Tuple(items)),
            O(v @ D(items)) => {
                let lookup = |k: &str| {
                    items
                        .iter()
                        .find(|(key, _)| *key == k)
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| FormatError::value("KeyError"))
                };
                percent_format(fmt, PercentArgs::Mapping(v, &lookup))
            }
            O(v) => percent_format(fmt, PercentArgs::Single(v)),
        };
        result.unwrap_or_else(|e| format!("!{:?}: {}", e.kind, e.msg))
    }

    /// `(format, args, format % args)` from CPython 3.11; `!` marks an exception.
    #[allow(clippy::approx_constant)] // literal test data
    fn cases() -> Vec<(&'static str, Args, &'static str)> {
        vec![
            ("%s", O(S("abc")), "abc"),
            ("%s %s", T(vec![I(1), S("x")]), "1 x"),
            ("%r", O(S("x")), "'x'"),
            ("%a", O(S("é")), "'\\xe9'"),
            ("%d", O(I(42)), "42"),
            ("%i %u", T(vec![I(1), I(2)]), "1 2"),
            ("%5d|", O(I(42)), "   42|"),
            ("%-5d|", O(I(42)), "42   |"),
            ("%05d", O(I(-42)), "-0042"),
            ("%+d", O(I(5)), "+5"),
            ("% d", O(I(5)), " 5"),
            ("% 010d", O(I(42)), " 000000042"),
            ("%-05d", O(I(5)), "5    "),
            ("%x", O(I(255)), "ff"),
            ("%X", O(I(255)), "FF"),
            ("%#x", O(I(255)), "0xff"),
            ("%#X", O(I(255)), "0XFF"),
            ("%#08X", O(I(255)), "0X0000FF"),
            ("%-#8o", O(I(8)), "0o10    "),
            ("%#.5x", O(I(-255)), "-0x000ff"),
            ("%#o", O(I(0)), "0o0"),
            ("%+x", O(I(255)), "+ff"),
            ("%.3d", O(I(7)), "007"),
            ("%.3d", O(I(-7)), "-007"),
            ("%08.3d", O(I(-7)), "-0000007"),
            ("%#10.4x", O(I(10)), "    0x000a"),
            ("%o", O(I(-8)), "-10"),
            ("%d", O(F(3.7)), "3"),
            ("%d", O(F(-3.7)), "-3"),
            ("%d", O(B(true)), "1"),
            ("%x", O(B(true)), "1"),
            ("%d", O(Big("1180591620717411303424")), "1180591620717411303424"),
            ("%x", O(Big("-1180591620717411303424")), "-400000000000000000"),
            ("%e", O(F(12345.678)), "1.234568e+04"),
            ("%E", O(F(0.0)), "0.000000E+00"),
            ("%f", O(F(1.5)), "1.500000"),
            ("%F", O(F(f64::INFINITY)), "INF"),
            ("%g", O(F(1e-05)), "1e-05"),
            ("%G", O(F(1e+20)), "1E+20"),
            ("%#g", O(F(1.0)), "1.00000"),
            ("%.0e", O(I(12345)), "1e+04"),
            ("%010.2e", O(F(-1234.5)), "-01.23e+03"),
            ("%05f", O(F(f64::NAN)), "00nan"),
            ("%+05.1f", O(F(-0.0)), "-00.0"),
            ("%.2f", O(F(2.675)), "2.67"),
            ("%.2f", O(F(0.125)), "0.12"),
            ("%10.3f|", O(F(3.14159)), "     3.142|"),
            ("%-10.3f|", O(F(3.14159)), "3.142     |"),
            ("%+.3g", O(F(1234567.0)), "+1.23e+06"),
            ("% f", O(F(1.0)), " 1.000000"),
            ("%#.0f", O(F(1.0)), "1."),
            ("%.0f", O(F(0.5)), "0"),
            ("%f", O(Big("100000000000000000000")), "100000000000000000000.000000"),
            ("%f", O(B(true)), "1.000000"),
            ("%.3s", O(S("abcdef")), "abc"),
            ("%10.3s|", O(S("abcdef")), "       abc|"),
            ("%-10s|", O(S("ab")), "ab        |"),
            ("%5c|", O(I(65)), "    A|"),
            ("%c", O(S("x")), "x"),
            ("%c", O(I(128512)), "😀"),
            ("%-3c|", O(S("é")), "é  |"),
            ("%*d", T(vec![I(5), I(1)]), "    1"),
            ("%*d", T(vec![I(-5), I(1)]), "1    "),
            ("%.*f", T(vec![I(2), F(3.14159)]), "3.14"),
            ("%.*f", T(vec![I(-3), F(1.5)]), "2"),
            ("%*.*f|", T(vec![I(8), I(2), F(3.14159)]), "    3.14|"),
            ("%ld %hd %Ld", T(vec![I(1), I(2), I(3)]), "1 2 3"),
            ("100%%", T(vec![]), "100%"),
            ("%s%%", O(I(5)), "5%"),
            ("%(a)s-%(b)d", O(D(vec![("a", S("x")), ("b", I(7))])), "x-7"),
            ("%(a)s %(a)r", O(D(vec![("a", S("q"))])), "q 'q'"),
            ("%s %(a)s", O(D(vec![("a", I(1))])), "{'a': 1} 1"),
            ("%(a)s %s", O(D(vec![("a", I(1))])), "!TypeError: not enough arguments for format string"),
            ("%(a)s", T(vec![I(1)]), "!TypeError: format requires a mapping"),
            ("%(a", O(D(vec![("a", I(1))])), "!ValueError: incomplete format key"),
            ("%((a))s", O(D(vec![("(a)", I(5))])), "5"),
            ("%(a)", O(D(vec![("a", I(1))])), "!ValueError: incomplete format"),
            ("%", T(vec![]), "!ValueError: incomplete format"),
            ("%.", T(vec![I(1)]), "!ValueError: incomplete format"),
            ("%5", T(vec![I(1)]), "!ValueError: incomplete format"),
            ("%-", T(vec![I(1)]), "!ValueError: incomplete format"),
            ("%*d", T(vec![S("a"), I(1)]), "!TypeError: * wants int"),
            ("%.*d", T(vec![F(1.5), I(1)]), "!TypeError: * wants int"),
            ("abc %y", O(I(1)), "!ValueError: unsupported format character 'y' (0x79) at index 5"),
            ("%y", T(vec![]), "!TypeError: not enough arguments for format string"),
            ("%5%", T(vec![]), "!TypeError: not enough arguments for format string"),
            ("%5%", T(vec![I(1)]), "!ValueError: unsupported format character '%' (0x25) at index 2"),
            ("hello", O(I(5)), "!TypeError: not all arguments converted during string formatting"),
            ("hello", T(vec![]), "hello"),
            ("%s", T(vec![]), "!TypeError: not enough arguments for format string"),
            ("%s %s", T(vec![I(1)]), "!TypeError: not enough arguments for format string"),
            ("%s", T(vec![I(1), I(2)]), "!TypeError: not all arguments converted during string formatting"),
            ("%s", O(N), "None"),
            ("%d", O(S("a")), "!TypeError: %d format: a real number is required, not str"),
            ("%i", O(S("a")), "!TypeError: %i format: a real number is required, not str"),
            ("%u", O(N), "!TypeError: %u format: a real number is required, not NoneType"),
            ("%x", O(F(3.0)), "!TypeError: %x format: an integer is required, not float"),
            ("%o", O(S("a")), "!TypeError: %o format: an integer is required, not str"),
            ("%f", O(S("a")), "!TypeError: must be real number, not str"),
            ("%e", O(N), "!TypeError: must be real number, not NoneType"),
            ("%c", O(S("ab")), "!TypeError: %c requires int or char"),
            ("%c", O(F(1.5)), "!TypeError: %c requires int or char"),
            ("%c", O(I(-1)), "!OverflowError: %c arg not in range(0x110000)"),
            ("%c", O(Big("1180591620717411303424")), "!OverflowError: %c arg not in range(0x110000)"),
            ("%c", O(I(1114112)), "!OverflowError: %c arg not in range(0x110000)"),
            ("%e", O(Big("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")), "!OverflowError: int too large to convert to float"),
            ("%d", O(F(f64::NAN)), "!ValueError: cannot convert float NaN to integer"),
            ("%d", O(F(f64::INFINITY)), "!OverflowError: cannot convert float infinity to integer"),
            ("%s", O(I(1)), "1"),
            ("%\u{1}", O(I(1)), "!ValueError: unsupported format character '?' (0x1) at index 1"),
            ("%é", O(I(1)), "!ValueError: unsupported format character '?' (0xe9) at index 1"),
            ("%s %\u{a}", T(vec![I(1), I(2)]), "!ValueError: unsupported format character '?' (0xa) at index 4"),
            ("%99999999999999999999d", O(I(1)), "!ValueError: width too big"),
            ("%.99999999999999999999f", O(F(1.0)), "!ValueError: precision too big"),
            ("%*d", T(vec![Big("9223372036854775808"), I(1)]), "!OverflowError: Python int too large to convert to C ssize_t"),
            ("%.*f", T(vec![I(2147483648), F(1.0)]), "!OverflowError: Python int too large to convert to C int"),
            ("%.*f", T(vec![I(-2147483648), F(1.0)]), "1"),
            ("%.*f", T(vec![I(-2147483649), F(1.0)]), "!OverflowError: Python int too large to convert to C int"),
            ("%s", O(D(vec![("a", I(1))])), "{'a': 1}"),
            ("no args", O(D(vec![("a", I(1))])), "no args"),
            ("%-+08.2f|", O(F(3.14159)), "+3.14   |"),
            ("%+#x", O(I(0)), "+0x0"),
            ("%  +d", O(I(3)), "+3"),
        ]
    }

    #[test]
    fn matches_cpython() {
        for (fmt, args, want) in cases() {
            assert_eq!(run(fmt, &args), want, "{fmt:?}");
        }
    }

    #[test]
    fn absurd_widths_are_memory_errors() {
        assert_eq!(run("%9223372036854775806d", &O(I(1))), "!MemoryError: ");
        assert_eq!(run("%*s", &T(vec![I(1 << 62), S("a")])), "!MemoryError: ");
        assert_eq!(
            run("%-*s", &T(vec![I(-(1 << 62)), S("a")])),
            "!MemoryError: "
        );
    }

    #[test]
    fn digit_limit_and_big_width() {
        let huge = BigInt::from(10u32).pow(5000).to_string();
        let huge: &'static str = Box::leak(huge.into_boxed_str());
        assert_eq!(
            run("%d", &O(Big(huge))),
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(run("%x", &O(Big(huge))).len(), 4153);
        assert_eq!(run("%300d", &O(I(1))).len(), 300);
    }

    #[test]
    fn fuzz_never_panics() {
        let alphabet: Vec<char> = "%%%()-+ #0123456789.*hlLsrdiouxXeEfFgGcayk"
            .chars()
            .collect();
        let values = [
            I(0),
            I(-7),
            I(65),
            I(3),
            F(-2.5),
            F(f64::NAN),
            S("x"),
            S("héllo"),
            B(true),
            N,
        ];
        let mut state = 0x853c49e6748fea9bu64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = (next() % 8) as usize;
            let fmt: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let n = (next() % 4) as usize;
            let args: Vec<V> = (0..n)
                .map(|_| values[(next() % values.len() as u64) as usize].clone())
                .collect();
            run(&fmt, &T(args.clone()));
            run(
                &fmt,
                &O(values[(next() % values.len() as u64) as usize].clone()),
            );
            run(&fmt, &O(D(vec![("a", I(1)), ("", S("e"))])));
        }
    }
}
