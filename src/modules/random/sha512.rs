//! SHA-512 (FIPS 180-4), for `random.seed` of a str, bytes or bytearray: CPython hashes
//! such a seed with SHA-512 and appends the digest before turning it into an int, so the
//! digest must be bit-exact.
//!
//! The round constants and the initial hash value are defined as the first 64 bits of the
//! fractional parts of the cube roots of the first 80 primes and the square roots of the
//! first 8 primes. They are computed here, once, from that definition with exact integer
//! roots (`floor(root(p * 2^(64k)))` keeps 64 fractional bits), instead of being typed in.

use num_bigint::BigUint;
use std::sync::OnceLock;

struct Constants {
    round: [u64; 80],
    initial: [u64; 8],
}

/// The first `n` primes.
fn primes(n: usize) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::with_capacity(n);
    let mut candidate = 2u64;
    while out.len() < n {
        if out
            .iter()
            .take_while(|p| *p * *p <= candidate)
            .all(|p| !candidate.is_multiple_of(*p))
        {
            out.push(candidate);
        }
        candidate += 1;
    }
    out
}

/// The low 64 bits of `floor(p^(1/root) * 2^64)`: the first 64 fractional bits.
fn fractional_bits(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = scaled.nth_root(root);
    r.iter_u64_digits().next().unwrap_or(0)
}

fn constants() -> &'static Constants {
    static CONSTANTS: OnceLock<Constants> = OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let ps = primes(80);
        let mut round = [0u64; 80];
        for (k, p) in round.iter_mut().zip(&ps) {
            *k = fractional_bits(*p, 3);
        }
        let mut initial = [0u64; 8];
        for (h, p) in initial.iter_mut().zip(&ps) {
            *h = fractional_bits(*p, 2);
        }
        Constants { round, initial }
    })
}

/// The SHA-512 digest of `data`.
pub fn digest(data: &[u8]) -> [u8; 64] {
    let c = constants();
    let mut state = c.initial;
    // Padding: a 1 bit, zeros to 112 mod 128 bytes, then the bit length as 128 bits.
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 128 != 112 {
        message.push(0);
    }
    let bit_len = (data.len() as u128) * 8;
    message.extend_from_slice(&bit_len.to_be_bytes());
    for block in message.chunks_exact(128) {
        compress(&mut state, block, &c.round);
    }
    let mut out = [0u8; 64];
    for (chunk, word) in out.chunks_exact_mut(8).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

/// One 1024-bit block into the hash state.
fn compress(state: &mut [u64; 8], block: &[u8], round: &[u64; 80]) {
    let mut w = [0u64; 80];
    for (i, bytes) in block.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(bytes);
        w[i] = u64::from_be_bytes(b);
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

#[cfg(test)]
mod tests {
    use super::digest;

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        // FIPS 180-4 examples ("abc") and the empty message.
        assert!(hex(&digest(b"abc")).starts_with("ddaf35a193617aba"));
        assert!(hex(&digest(b"")).starts_with("cf83e1357eefb8bd"));
        assert!(hex(&digest(&[b'a'; 200])).ends_with("cba71f3e98faee9f"));
    }
}
