//! MD5 (RFC 1321).

use super::words;
use std::sync::OnceLock;

/// The initial words A, B, C, D.
pub const INITIAL: [u64; 8] = [
    0x6745_2301,
    0xefcd_ab89,
    0x98ba_dcfe,
    0x1032_5476,
    0,
    0,
    0,
    0,
];

/// The left rotations of each step, four per round.
const SHIFTS: [[u32; 4]; 4] = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
];

/// `T[i] = floor(2^32 * |sin(i + 1)|)`, the RFC's definition.
fn table() -> &'static [u32; 64] {
    static TABLE: OnceLock<[u32; 64]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 64];
        for (i, v) in t.iter_mut().enumerate() {
            *v = ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32;
        }
        t
    })
}

/// One 512-bit block into the hash state (four 32-bit words in the low halves).
pub fn compress(state: &mut [u64; 8], block: &[u8]) {
    let table = table();
    let mut x = [0u32; 16];
    for (slot, bytes) in x.iter_mut().zip(words::<4>(block, false)) {
        *slot = u32::from_be_bytes(bytes);
    }
    let mut a = state[0] as u32;
    let mut b = state[1] as u32;
    let mut c = state[2] as u32;
    let mut d = state[3] as u32;
    for i in 0..64 {
        let round = i / 16;
        let (f, g) = match round {
            0 => ((b & c) | (!b & d), i),
            1 => ((b & d) | (c & !d), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let sum = a.wrapping_add(f).wrapping_add(table[i]).wrapping_add(x[g]);
        let rotated = sum.rotate_left(SHIFTS[round][i % 4]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(rotated);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d]) {
        *s = u64::from((*s as u32).wrapping_add(v));
    }
}
