//! SHA-256 and SHA-224 (FIPS 180-4).
//!
//! The round constants are the first 32 bits of the fractional parts of the cube roots
//! of the first 64 primes; SHA-256 starts from the first 32 fractional bits of the square
//! roots of the first 8 primes, SHA-224 from the second 32 bits of those of the 9th to
//! 16th primes. All are computed once from that definition.

use super::{fractional_bits, primes, words};
use std::sync::OnceLock;

pub struct Constants {
    round: [u32; 64],
    pub initial256: [u64; 8],
    pub initial224: [u64; 8],
}

pub fn constants() -> &'static Constants {
    static CONSTANTS: OnceLock<Constants> = OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let ps = primes(64);
        let mut round = [0u32; 64];
        for (k, p) in round.iter_mut().zip(&ps) {
            *k = (fractional_bits(*p, 3) >> 32) as u32;
        }
        let mut initial256 = [0u64; 8];
        for (h, p) in initial256.iter_mut().zip(&ps) {
            *h = fractional_bits(*p, 2) >> 32;
        }
        let mut initial224 = [0u64; 8];
        for (h, p) in initial224.iter_mut().zip(ps.iter().skip(8)) {
            *h = fractional_bits(*p, 2) & 0xffff_ffff;
        }
        Constants {
            round,
            initial256,
            initial224,
        }
    })
}

/// One 512-bit block into the hash state (eight 32-bit words in the low halves).
pub fn compress(state: &mut [u64; 8], block: &[u8]) {
    let round = &constants().round;
    let mut w = [0u32; 64];
    for (slot, bytes) in w.iter_mut().zip(words::<4>(block, true)) {
        *slot = u32::from_be_bytes(bytes);
    }
    for t in 16..64 {
        let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
        let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let mut v = [0u32; 8];
    for (x, s) in v.iter_mut().zip(state.iter()) {
        *x = *s as u32;
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = v;
    for t in 0..64 {
        let sum1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let choose = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(sum1)
            .wrapping_add(choose)
            .wrapping_add(round[t])
            .wrapping_add(w[t]);
        let sum0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let majority = (a & b) ^ (a & c) ^ (b & c);
        let t2 = sum0.wrapping_add(majority);
        h = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (s, x) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = u64::from((*s as u32).wrapping_add(x));
    }
}
