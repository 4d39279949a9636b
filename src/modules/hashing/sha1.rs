//! SHA-1 (FIPS 180-4).

use super::words;

/// `H(0)`: the four words of MD5's start, then `c3d2e1f0`.
pub const INITIAL: [u64; 8] = [
    0x6745_2301,
    0xefcd_ab89,
    0x98ba_dcfe,
    0x1032_5476,
    0xc3d2_e1f0,
    0,
    0,
    0,
];

/// The round constants: `floor(2^30 * sqrt(n))` for n = 2, 3, 5, 10.
const K: [u32; 4] = [0x5a82_7999, 0x6ed9_eba1, 0x8f1b_bcdc, 0xca62_c1d6];

/// One 512-bit block into the hash state (five 32-bit words in the low halves).
pub fn compress(state: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u32; 80];
    for (slot, bytes) in w.iter_mut().zip(words::<4>(block, true)) {
        *slot = u32::from_be_bytes(bytes);
    }
    for t in 16..80 {
        w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
    }
    let mut a = state[0] as u32;
    let mut b = state[1] as u32;
    let mut c = state[2] as u32;
    let mut d = state[3] as u32;
    let mut e = state[4] as u32;
    for (t, word) in w.iter().enumerate() {
        let (f, k) = match t / 20 {
            0 => ((b & c) | (!b & d), K[0]),
            1 => (b ^ c ^ d, K[1]),
            2 => ((b & c) | (b & d) | (c & d), K[2]),
            _ => (b ^ c ^ d, K[3]),
        };
        let temp = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(*word);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = temp;
    }
    for (s, x) in state.iter_mut().zip([a, b, c, d, e]) {
        *s = u64::from((*s as u32).wrapping_add(x));
    }
}
