//! The message digests of `hashlib` (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512),
//! written here from their specifications (RFC 1321, FIPS 180-4), and shared with
//! `random`, whose str/bytes seeds go through SHA-512.
//!
//! A [`Hasher`] is incremental (`update` any number of times, `finish` without consuming)
//! and turns into bytes and back ([`Hasher::to_bytes`], [`Hasher::from_bytes`]): the
//! Python hash object of `hashlib` keeps its state in a bytearray, so `copy()` is a copy
//! of those bytes.

pub mod md5;
pub mod sha1;
pub mod sha256;
pub mod sha512;

use num_bigint::BigUint;

/// The algorithms, in `hashlib.algorithms_guaranteed`'s usual order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Algorithm {
    pub const ALL: [Algorithm; 6] = [
        Algorithm::Md5,
        Algorithm::Sha1,
        Algorithm::Sha224,
        Algorithm::Sha256,
        Algorithm::Sha384,
        Algorithm::Sha512,
    ];

    /// The name `hashlib` gives it (`HASH.name`).
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "md5",
            Algorithm::Sha1 => "sha1",
            Algorithm::Sha224 => "sha224",
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
        }
    }

    /// The algorithm called `name` (any case, as OpenSSL's lookup).
    pub fn from_name(name: &str) -> Option<Algorithm> {
        let lower = name.to_ascii_lowercase();
        Algorithm::ALL.into_iter().find(|a| a.name() == lower)
    }

    fn id(self) -> u8 {
        match self {
            Algorithm::Md5 => 0,
            Algorithm::Sha1 => 1,
            Algorithm::Sha224 => 2,
            Algorithm::Sha256 => 3,
            Algorithm::Sha384 => 4,
            Algorithm::Sha512 => 5,
        }
    }

    /// Bytes of the digest.
    pub fn digest_size(self) -> usize {
        match self {
            Algorithm::Md5 => 16,
            Algorithm::Sha1 => 20,
            Algorithm::Sha224 => 28,
            Algorithm::Sha256 => 32,
            Algorithm::Sha384 => 48,
            Algorithm::Sha512 => 64,
        }
    }

    /// Bytes of one block of the compression function.
    pub fn block_size(self) -> usize {
        match self {
            Algorithm::Sha384 | Algorithm::Sha512 => 128,
            _ => 64,
        }
    }

    /// Bytes of the message length appended by the padding.
    fn length_bytes(self) -> usize {
        match self {
            Algorithm::Sha384 | Algorithm::Sha512 => 16,
            _ => 8,
        }
    }

    /// The initial hash value (32-bit algorithms use the low halves).
    fn initial(self) -> [u64; 8] {
        match self {
            Algorithm::Md5 => md5::INITIAL,
            Algorithm::Sha1 => sha1::INITIAL,
            Algorithm::Sha224 => sha256::constants().initial224,
            Algorithm::Sha256 => sha256::constants().initial256,
            Algorithm::Sha384 => sha512::constants().initial384,
            Algorithm::Sha512 => sha512::constants().initial512,
        }
    }

    fn compress(self, state: &mut [u64; 8], block: &[u8]) {
        match self {
            Algorithm::Md5 => md5::compress(state, block),
            Algorithm::Sha1 => sha1::compress(state, block),
            Algorithm::Sha224 | Algorithm::Sha256 => sha256::compress(state, block),
            Algorithm::Sha384 | Algorithm::Sha512 => sha512::compress(state, block),
        }
    }
}

/// An incremental digest computation.
#[derive(Clone)]
pub struct Hasher {
    algorithm: Algorithm,
    state: [u64; 8],
    /// Bytes hashed so far (the padding records it in bits, modulo 2**64 or 2**128).
    length: u128,
    /// The bytes of an incomplete block, fewer than a block.
    buffer: Vec<u8>,
}

/// `to_bytes`: the id, the state words, the length, then the buffered bytes.
const HEADER: usize = 1 + 8 * 8 + 16;

impl Hasher {
    pub fn new(algorithm: Algorithm) -> Hasher {
        Hasher {
            algorithm,
            state: algorithm.initial(),
            length: 0,
            buffer: Vec::with_capacity(algorithm.block_size()),
        }
    }

    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    pub fn update(&mut self, mut data: &[u8]) {
        let block = self.algorithm.block_size();
        self.length = self.length.wrapping_add(data.len() as u128);
        if !self.buffer.is_empty() {
            let take = (block - self.buffer.len()).min(data.len());
            let (head, rest) = data.split_at(take);
            self.buffer.extend_from_slice(head);
            data = rest;
            if self.buffer.len() < block {
                return;
            }
            let full = std::mem::take(&mut self.buffer);
            self.algorithm.compress(&mut self.state, &full);
            self.buffer = full;
            self.buffer.clear();
        }
        let mut chunks = data.chunks_exact(block);
        for chunk in &mut chunks {
            self.algorithm.compress(&mut self.state, chunk);
        }
        self.buffer.extend_from_slice(chunks.remainder());
    }

    /// The digest of everything hashed so far; the hasher can go on.
    pub fn finish(&self) -> Vec<u8> {
        let algorithm = self.algorithm;
        let block = algorithm.block_size();
        let length_bytes = algorithm.length_bytes();
        let mut state = self.state;
        // Padding: a 1 bit, zeros up to the length field, then the length in bits.
        let mut tail = self.buffer.clone();
        tail.push(0x80);
        while tail.len() % block != block - length_bytes {
            tail.push(0);
        }
        let bits = self.length.wrapping_mul(8);
        match algorithm {
            Algorithm::Md5 => tail.extend_from_slice(&(bits as u64).to_le_bytes()),
            Algorithm::Sha384 | Algorithm::Sha512 => tail.extend_from_slice(&bits.to_be_bytes()),
            _ => tail.extend_from_slice(&(bits as u64).to_be_bytes()),
        }
        for chunk in tail.chunks_exact(block) {
            algorithm.compress(&mut state, chunk);
        }
        let mut out = Vec::with_capacity(64);
        for word in state {
            match algorithm {
                Algorithm::Md5 => out.extend_from_slice(&(word as u32).to_le_bytes()),
                Algorithm::Sha384 | Algorithm::Sha512 => out.extend_from_slice(&word.to_be_bytes()),
                _ => out.extend_from_slice(&(word as u32).to_be_bytes()),
            }
        }
        out.truncate(algorithm.digest_size());
        out
    }

    /// The whole state as bytes, for [`Hasher::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + self.buffer.len());
        out.push(self.algorithm.id());
        for word in self.state {
            out.extend_from_slice(&word.to_le_bytes());
        }
        out.extend_from_slice(&self.length.to_le_bytes());
        out.extend_from_slice(&self.buffer);
        out
    }

    /// The hasher [`Hasher::to_bytes`] gave `bytes`; `None` if they are no such state.
    pub fn from_bytes(bytes: &[u8]) -> Option<Hasher> {
        let (&id, rest) = bytes.split_first()?;
        let algorithm = Algorithm::ALL.into_iter().find(|a| a.id() == id)?;
        let (words, rest) = rest.split_at_checked(8 * 8)?;
        let (length, buffer) = rest.split_at_checked(16)?;
        if buffer.len() >= algorithm.block_size() {
            return None;
        }
        let mut state = [0u64; 8];
        for (s, w) in state.iter_mut().zip(words.chunks_exact(8)) {
            *s = u64::from_le_bytes(w.try_into().ok()?);
        }
        let mut buf = Vec::with_capacity(algorithm.block_size());
        buf.extend_from_slice(buffer);
        Some(Hasher {
            algorithm,
            state,
            length: u128::from_le_bytes(length.try_into().ok()?),
            buffer: buf,
        })
    }
}

/// The digest of `data` in one go.
pub fn digest(algorithm: Algorithm, data: &[u8]) -> Vec<u8> {
    let mut h = Hasher::new(algorithm);
    h.update(data);
    h.finish()
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

/// The low 64 bits of `floor(p^(1/root) * 2^64)`: the first 64 fractional bits of the
/// root, computed exactly (`floor(root(p * 2^(64k)))`).
fn fractional_bits(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = scaled.nth_root(root);
    r.iter_u64_digits().next().unwrap_or(0)
}

/// Reads a block as 16 (or more) words of `N` bytes each.
fn words<const N: usize>(block: &[u8], big_endian: bool) -> impl Iterator<Item = [u8; N]> + '_ {
    block.chunks_exact(N).map(move |c| {
        let mut b = [0u8; N];
        b.copy_from_slice(c);
        if !big_endian {
            b.reverse();
        }
        b
    })
}

#[cfg(test)]
mod tests {
    use super::{digest, Algorithm, Hasher};

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        let cases: &[(Algorithm, &[u8], &str)] = &[
            (Algorithm::Md5, b"", "d41d8cd98f00b204e9800998ecf8427e"),
            (Algorithm::Md5, b"abc", "900150983cd24fb0d6963f7d28e17f72"),
            (
                Algorithm::Sha1,
                b"abc",
                "a9993e364706816aba3e25717850c26c9cd0d89d",
            ),
            (
                Algorithm::Sha224,
                b"abc",
                "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
            ),
            (
                Algorithm::Sha256,
                b"abc",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            ),
            (
                Algorithm::Sha384,
                b"abc",
                "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed\
                 8086072ba1e7cc2358baeca134c825a7",
            ),
            (
                Algorithm::Sha512,
                b"abc",
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
                 2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            ),
        ];
        for (a, data, want) in cases {
            assert_eq!(hex(&digest(*a, data)), *want, "{a:?}");
        }
    }

    #[test]
    fn incremental_matches_one_shot() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 256) as u8).collect();
        for a in Algorithm::ALL {
            let mut h = Hasher::new(a);
            for chunk in data.chunks(37) {
                h.update(chunk);
                let again = Hasher::from_bytes(&h.to_bytes()).map(|x| x.finish());
                assert_eq!(again, Some(h.finish()));
            }
            assert_eq!(h.finish(), digest(a, &data));
        }
    }
}
