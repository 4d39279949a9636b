//! SHA-512 and SHA-384 (FIPS 180-4). Also behind `random.seed` of a str, bytes or
//! bytearray: CPython hashes such a seed with SHA-512 and appends the digest before
//! turning it into an int, so the digest must be bit-exact.
//!
//! The round constants and the initial hash values are defined as the first 64 bits of
//! the fractional parts of the cube roots of the first 80 primes and the square roots of
//! the first 8 primes (SHA-512) or of the 9th to 16th primes (SHA-384). They are computed
//! here, once, from that definition with exact integer roots, instead of being typed in.

use super::{fractional_bits, primes, words, Algorithm};
use std::sync::OnceLock;

pub struct Constants {
    round: [u64; 80],
    pub initial512: [u64; 8],
    pub initial384: [u64; 8],
}

pub fn constants() -> &'static Constants {
    static CONSTANTS: OnceLock<Constants> = OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let ps = primes(80);
        let mut round = [0u64; 80];
        for (k, p) in round.iter_mut().zip(&ps) {
            *k = fractional_bits(*p, 3);
        }
        let mut initial512 = [0u64; 8];
        for (h, p) in initial512.iter_mut().zip(&ps) {
            *h = fractional_bits(*p, 2);
        }
        let mut initial384 = [0u64; 8];
        for (h, p) in initial384.iter_mut().zip(ps.iter().skip(8)) {
            *h = fractional_bits(*p, 2);
        }
        Constants {
            round,
            initial512,
            initial384,
        }
    })
}

/// The SHA-512 digest of `data`.
pub fn digest(data: &[u8]) -> Vec<u8> {
    super::digest(Algorithm::Sha512, data)
}

/// One 1024-bit block into the hash state.
pub fn compress(state: &mut [u64; 8], block: &[u8]) {
    let round = &constants().round;
    let mut w = [0u64; 80];
    for (slot, bytes) in w.iter_mut().zip(words::<8>(block, true)) {
        *slot = u64::from_be_bytes(bytes);
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for t in 0..80 {
        let sum1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let choose = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(sum1)
            .wrapping_add(choose)
            .wrapping_add(round[t])
            .wrapping_add(w[t]);
        let sum0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
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
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}
