//! CPython's hash of `str` and `bytes` (`Python/pyhash.c`): SipHash-1-3 over the object's
//! data, with the key `PYTHONHASHSEED=0` gives (all zeros). A string hashes its canonical
//! representation (`PyUnicode_DATA`): one byte per character when every character is
//! below U+0100, two (little-endian) below U+10000, else four. So `hash('é')` and the
//! order of a set of strings are CPython's under `PYTHONHASHSEED=0`, the setting the
//! golden tests and the differential tester run CPython with.

/// `_Py_HashBytes`: 0 for empty data, never -1.
pub const fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    match siphash13(0, 0, data) as i64 {
        -1 => -2,
        h => h,
    }
}

/// The hash of a string literal, computed by the compiler: the key is fixed, so the hash of
/// a name the interpreter looks up by itself (`__name__`, `__builtins__`...) is a
/// constant, not a SipHash run per lookup. ASCII only (its bytes are then its canonical
/// representation); anything else fails to compile.
#[macro_export]
macro_rules! static_str_hash {
    ($s:literal) => {{
        const HASH: i64 = $crate::objects::pyhash::hash_ascii_literal($s);
        HASH
    }};
}

/// [`static_str_hash!`]'s worker: [`hash_str`] of an ASCII string, at compile time.
pub const fn hash_ascii_literal(s: &str) -> i64 {
    assert!(s.is_ascii(), "static_str_hash! takes ASCII literals");
    hash_bytes(s.as_bytes())
}

/// `unicode_hash`: the hash of the string's canonical representation.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut data = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        match max {
            0..=0xff => data.push(c as u8),
            0x100..=0xffff => data.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => data.extend_from_slice(&c.to_le_bytes()),
        }
    }
    hash_bytes(&data)
}

/// One SipHash round (`SINGLE_ROUND`: two half rounds).
#[inline]
const fn round(v: &mut [u64; 4]) {
    let [v0, v1, v2, v3] = v;
    *v0 = v0.wrapping_add(*v1);
    *v2 = v2.wrapping_add(*v3);
    *v1 = v1.rotate_left(13) ^ *v0;
    *v3 = v3.rotate_left(16) ^ *v2;
    *v0 = v0.rotate_left(32);
    *v2 = v2.wrapping_add(*v1);
    *v0 = v0.wrapping_add(*v3);
    *v1 = v1.rotate_left(17) ^ *v2;
    *v3 = v3.rotate_left(21) ^ *v0;
    *v2 = v2.rotate_left(32);
}

/// SipHash-1-3 as `pyhash.c` computes it (one compression round per word, three final
/// rounds, the four state words folded by xor).
const fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    // Index loops rather than iterators: a `const fn` (see `static_str_hash!`).
    let whole = data.len() / 8 * 8;
    let mut at = 0;
    while at < whole {
        let m = u64::from_le_bytes([
            data[at],
            data[at + 1],
            data[at + 2],
            data[at + 3],
            data[at + 4],
            data[at + 5],
            data[at + 6],
            data[at + 7],
        ]);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
        at += 8;
    }
    let mut tail = [0u8; 8];
    let mut i = 0;
    while whole + i < data.len() {
        tail[i] = data[whole + i];
        i += 1;
    }
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

#[cfg(test)]
mod tests {
    use super::{hash_bytes, hash_str};

    /// Values printed by `PYTHONHASHSEED=0 python3 -c "print(hash(...))"` (3.11.7).
    #[test]
    fn matches_cpython_with_hash_seed_zero() {
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("hello world!"), 839851713330019024);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("€"), -5529981157763016009);
        assert_eq!(hash_str("😀"), -3536540696076613844);
        assert_eq!(hash_bytes(b"abc"), -4594863902769663758);
    }

    /// The compile-time hash is the run-time one, for every length around the word size.
    #[test]
    fn static_hash_is_the_runtime_hash() {
        assert_eq!(crate::static_str_hash!("__name__"), hash_str("__name__"));
        assert_eq!(
            crate::static_str_hash!("__builtins__"),
            hash_str("__builtins__")
        );
        assert_eq!(crate::static_str_hash!("a"), hash_str("a"));
        assert_eq!(crate::static_str_hash!(""), 0);
        let text = "abcdefghijklmnopqrstuvwxyz";
        for n in 0..text.len() {
            assert_eq!(super::hash_ascii_literal(&text[..n]), hash_str(&text[..n]));
        }
    }
}
