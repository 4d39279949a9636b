//! The native half of `zlib` (`py/zlib.py`): a DEFLATE compressor and decompressor that
//! behave as zlib 1.2.13 does, byte for byte.
//!
//! The compressor follows zlib's published algorithm (`algorithm.txt`, RFC 1951): hash
//! chains of 3-byte strings with the per-level `good`/`lazy`/`nice`/`chain` parameters,
//! the greedy matcher for levels 1-3 and the lazy one for 4-9, the run-length and
//! Huffman-only strategies, the stored-block path of level 0 (which depends on how much
//! output room each call has, so the Python-facing functions hand out output space in
//! CPython's block sizes), blocks cut when the symbol buffer (sized by `memLevel`) fills,
//! and the choice between stored, fixed and dynamic Huffman blocks by computed length with
//! zlib's tree construction (heap order with depth tie-breaks, length limiting, the
//! bit-length tree and its run-length coding). The stale bytes of the sliding window take
//! part in match selection exactly as in zlib, so they are kept the same way.
//!
//! The decompressor is a state machine that pulls input one byte at a time when it needs
//! bits and stops when it must write and has no room, which is how zlib's `inflate` consumes
//! input, so `unconsumed_tail` and `unused_data` come out the same; its error messages are
//! zlib's.
//!
//! A stream's state lives in a bytearray held by the Python object (serialized between
//! calls), so copying an object is copying its bytearray.

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::memoryview::buffer_bytes;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::sync::OnceLock;

/// Set in `zlib` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_crc32", native_crc32),
    ("_adler32", native_adler32),
    ("_compress", native_compress),
    ("_deflate_new", native_deflate_new),
    ("_deflate_compress", native_deflate_compress),
    ("_deflate_flush", native_deflate_flush),
    ("_deflate_ok", native_deflate_ok),
    ("_decompress", native_decompress),
    ("_inflate_new", native_inflate_new),
    ("_inflate_decompress", native_inflate_decompress),
    ("_inflate_flush", native_inflate_flush),
    ("_inflate_ok", native_inflate_ok),
];

// ---------------------------------------------------------------------------------------
// Checksums
// ---------------------------------------------------------------------------------------

fn crc_table() -> &'static [[u32; 256]; 4] {
    static TABLE: OnceLock<Box<[[u32; 256]; 4]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Box::new([[0u32; 256]; 4]);
        for n in 0..256u32 {
            let mut c = n;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            t[0][n as usize] = c;
        }
        for n in 0..256 {
            let mut c = t[0][n];
            for k in 1..4 {
                c = t[0][(c & 0xff) as usize] ^ (c >> 8);
                t[k][n] = c;
            }
        }
        t
    })
}

pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let t = crc_table();
    let mut c = !crc;
    let mut chunks = data.chunks_exact(4);
    for ch in &mut chunks {
        c ^= u32::from_le_bytes([ch[0], ch[1], ch[2], ch[3]]);
        c = t[3][(c & 0xff) as usize]
            ^ t[2][((c >> 8) & 0xff) as usize]
            ^ t[1][((c >> 16) & 0xff) as usize]
            ^ t[0][(c >> 24) as usize];
    }
    for &b in chunks.remainder() {
        c = t[0][((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

pub fn adler32(adler: u32, data: &[u8]) -> u32 {
    const BASE: u32 = 65521;
    let mut a = adler & 0xffff;
    let mut b = adler >> 16;
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= BASE;
        b %= BASE;
    }
    (b << 16) | a
}

// ---------------------------------------------------------------------------------------
// Constants and static tables
// ---------------------------------------------------------------------------------------

pub const Z_NO_FLUSH: i32 = 0;
pub const Z_PARTIAL_FLUSH: i32 = 1;
pub const Z_SYNC_FLUSH: i32 = 2;
pub const Z_FULL_FLUSH: i32 = 3;
pub const Z_FINISH: i32 = 4;
pub const Z_BLOCK: i32 = 5;
pub const Z_TREES: i32 = 6;

pub const Z_OK: i32 = 0;
pub const Z_STREAM_END: i32 = 1;
pub const Z_NEED_DICT: i32 = 2;
pub const Z_STREAM_ERROR: i32 = -2;
pub const Z_DATA_ERROR: i32 = -3;
pub const Z_BUF_ERROR: i32 = -5;

const Z_FILTERED: i32 = 1;
const Z_HUFFMAN_ONLY: i32 = 2;
const Z_RLE: i32 = 3;
const Z_FIXED: i32 = 4;

const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const MIN_LOOKAHEAD: usize = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR: usize = 4096;
const MAX_STORED: usize = 65535;

const LENGTH_CODES: usize = 29;
const LITERALS: usize = 256;
const L_CODES: usize = LITERALS + 1 + LENGTH_CODES;
const D_CODES: usize = 30;
const BL_CODES: usize = 19;
const HEAP_SIZE: usize = 2 * L_CODES + 1;
const MAX_BITS: usize = 15;
const MAX_BL_BITS: usize = 7;
const END_BLOCK: usize = 256;
const REP_3_6: usize = 16;
const REPZ_3_10: usize = 17;
const REPZ_11_138: usize = 18;

const EXTRA_LBITS: [u8; LENGTH_CODES] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const EXTRA_DBITS: [u8; D_CODES] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
const EXTRA_BLBITS: [u8; BL_CODES] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER: [usize; BL_CODES] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// Levels' (good, lazy, nice, chain), and whether the level uses the lazy matcher.
const CONFIG: [(usize, usize, usize, usize); 10] = [
    (0, 0, 0, 0),
    (4, 4, 8, 4),
    (4, 5, 16, 8),
    (4, 6, 32, 32),
    (4, 4, 16, 16),
    (8, 16, 32, 32),
    (8, 16, 128, 128),
    (8, 32, 128, 256),
    (32, 128, 258, 1024),
    (32, 258, 258, 4096),
];

struct Tables {
    length_code: [u8; 256],
    base_length: [u16; LENGTH_CODES],
    base_dist: [u16; D_CODES],
    static_lcode: [u16; L_CODES + 2],
    static_llen: [u8; L_CODES + 2],
    static_dcode: [u16; D_CODES],
}

fn reverse_bits(mut code: u32, len: u32) -> u32 {
    let mut res = 0;
    for _ in 0..len {
        res = (res << 1) | (code & 1);
        code >>= 1;
    }
    res
}

/// Canonical codes (bit-reversed, ready to send) of the code lengths `lens`.
fn canonical_codes(lens: &[u8], codes: &mut [u16]) {
    let mut count = [0u16; MAX_BITS + 1];
    for &l in lens {
        count[l as usize] += 1;
    }
    count[0] = 0;
    let mut next = [0u16; MAX_BITS + 2];
    let mut code = 0u16;
    for bits in 1..=MAX_BITS {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    for (n, &l) in lens.iter().enumerate() {
        if l != 0 {
            codes[n] = reverse_bits(next[l as usize] as u32, l as u32) as u16;
            next[l as usize] += 1;
        }
    }
}

fn tables() -> &'static Tables {
    static T: OnceLock<Box<Tables>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Box::new(Tables {
            length_code: [0; 256],
            base_length: [0; LENGTH_CODES],
            base_dist: [0; D_CODES],
            static_lcode: [0; L_CODES + 2],
            static_llen: [0; L_CODES + 2],
            static_dcode: [0; D_CODES],
        });
        let mut length = 0usize;
        for (code, &extra) in EXTRA_LBITS.iter().enumerate().take(LENGTH_CODES - 1) {
            t.base_length[code] = length as u16;
            for _ in 0..(1 << extra) {
                t.length_code[length] = code as u8;
                length += 1;
            }
        }
        t.length_code[length - 1] = (LENGTH_CODES - 1) as u8;
        let mut dist = 0usize;
        for (code, &extra) in EXTRA_DBITS.iter().enumerate() {
            t.base_dist[code] = dist as u16;
            dist += 1 << extra;
        }
        for n in 0..L_CODES + 2 {
            t.static_llen[n] = match n {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            };
        }
        let lens = t.static_llen;
        canonical_codes(&lens, &mut t.static_lcode);
        for n in 0..D_CODES {
            t.static_dcode[n] = reverse_bits(n as u32, 5) as u16;
        }
        t
    })
}

/// The distance code of a distance minus one.
fn d_code(dist: usize) -> usize {
    if dist < 4 {
        return dist;
    }
    // Codes come in pairs per power of two: code = 2 * (bit length - 1) + second bit.
    let nbits = usize::BITS - dist.leading_zeros(); // >= 3
    let nbits = nbits as usize;
    2 * (nbits - 1) + ((dist >> (nbits - 2)) & 1)
}

// ---------------------------------------------------------------------------------------
// The compressor
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Init = 42,
    Gzip = 57,
    Busy = 113,
    Finish = 666,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum BlockState {
    NeedMore,
    BlockDone,
    FinishStarted,
    FinishDone,
}

/// One call's input and output: the input bytes from `pos`, and `avail_out` bytes of room
/// at the end of `out`.
struct Io<'a> {
    input: &'a [u8],
    pos: usize,
    out: &'a mut Vec<u8>,
    avail_out: usize,
}

impl Io<'_> {
    fn avail_in(&self) -> usize {
        self.input.len() - self.pos
    }
}

/// A Huffman tree under construction (zlib's `ct_data` array plus its descriptor).
#[derive(Clone)]
struct Tree {
    freq: Vec<u32>,
    len: Vec<u16>,
    code: Vec<u16>,
    dad: Vec<u16>,
    max_code: usize,
}

impl Tree {
    fn new(size: usize) -> Tree {
        Tree {
            freq: vec![0; size],
            len: vec![0; size],
            code: vec![0; size],
            dad: vec![0; size],
            max_code: 0,
        }
    }
}

#[derive(Clone)]
pub struct Deflate {
    level: usize,
    strategy: i32,
    wrap: i32,
    status: Status,
    ended: bool,
    msg: Option<&'static str>,
    last_flush: i32,
    w_bits: usize,
    w_size: usize,
    w_mask: usize,
    hash_size: usize,
    hash_mask: usize,
    hash_shift: usize,
    lit_bufsize: usize,
    pending_buf_size: usize,
    window: Vec<u8>,
    window_size: usize,
    prev: Vec<u16>,
    head: Vec<u16>,
    ins_h: usize,
    strstart: usize,
    block_start: i64,
    lookahead: usize,
    insert: usize,
    match_length: usize,
    prev_length: usize,
    match_available: bool,
    match_start: usize,
    prev_match: usize,
    high_water: usize,
    max_chain: usize,
    max_lazy: usize,
    good_match: usize,
    nice_match: usize,
    // trees
    ltree: Tree,
    dtree: Tree,
    bltree: Tree,
    heap: Vec<usize>,
    heap_len: usize,
    heap_max: usize,
    depth: Vec<u8>,
    bl_count: [u16; MAX_BITS + 1],
    sym_buf: Vec<u8>,
    sym_end: usize,
    opt_len: u64,
    static_len: u64,
    bi_buf: u32,
    bi_valid: u32,
    pending: Vec<u8>,
    pending_out: usize,
    adler: u32,
    total_in: u64,
}

/// Why `Deflate::new` refused its arguments (zlib's `Z_STREAM_ERROR`).
pub struct BadOption;

impl Deflate {
    pub fn new(
        level: i32,
        method: i32,
        window_bits: i32,
        mem_level: i32,
        strategy: i32,
    ) -> Result<Deflate, BadOption> {
        let level = if level == -1 { 6 } else { level };
        let mut wrap = 1;
        let mut wb = window_bits;
        if wb < 0 {
            wrap = 0;
            if wb < -15 {
                return Err(BadOption);
            }
            wb = -wb;
        } else if wb > 15 {
            wrap = 2;
            wb -= 16;
        }
        if !(1..=9).contains(&mem_level)
            || method != 8
            || !(8..=15).contains(&wb)
            || !(0..=9).contains(&level)
            || !(0..=Z_FIXED).contains(&strategy)
            || (wb == 8 && wrap != 1)
        {
            return Err(BadOption);
        }
        if wb == 8 {
            wb = 9;
        }
        let w_bits = wb as usize;
        let w_size = 1usize << w_bits;
        let hash_bits = mem_level as usize + 7;
        let hash_size = 1usize << hash_bits;
        let lit_bufsize = 1usize << (mem_level as usize + 6);
        let (good, lazy, nice, chain) = CONFIG[level as usize];
        let mut s = Deflate {
            level: level as usize,
            strategy,
            wrap,
            status: if wrap == 2 {
                Status::Gzip
            } else if wrap != 0 {
                Status::Init
            } else {
                Status::Busy
            },
            ended: false,
            msg: None,
            last_flush: Z_NO_FLUSH,
            w_bits,
            w_size,
            w_mask: w_size - 1,
            hash_size,
            hash_mask: hash_size - 1,
            hash_shift: hash_bits.div_ceil(MIN_MATCH),
            lit_bufsize,
            pending_buf_size: lit_bufsize * 4,
            window: vec![0; 2 * w_size],
            window_size: 2 * w_size,
            prev: vec![0; w_size],
            head: vec![0; hash_size],
            ins_h: 0,
            strstart: 0,
            block_start: 0,
            lookahead: 0,
            insert: 0,
            match_length: MIN_MATCH - 1,
            prev_length: MIN_MATCH - 1,
            match_available: false,
            match_start: 0,
            prev_match: 0,
            high_water: 0,
            max_chain: chain,
            max_lazy: lazy,
            good_match: good,
            nice_match: nice,
            ltree: Tree::new(HEAP_SIZE),
            dtree: Tree::new(2 * D_CODES + 1),
            bltree: Tree::new(2 * BL_CODES + 1),
            heap: vec![0; HEAP_SIZE],
            heap_len: 0,
            heap_max: 0,
            depth: vec![0; HEAP_SIZE],
            bl_count: [0; MAX_BITS + 1],
            sym_buf: Vec::with_capacity(lit_bufsize * 3),
            sym_end: (lit_bufsize - 1) * 3,
            opt_len: 0,
            static_len: 0,
            bi_buf: 0,
            bi_valid: 0,
            pending: Vec::new(),
            pending_out: 0,
            adler: if wrap == 2 { 0 } else { 1 },
            total_in: 0,
        };
        s.init_block();
        Ok(s)
    }

    fn uses_hash(&self) -> bool {
        self.level != 0 && self.strategy != Z_HUFFMAN_ONLY && self.strategy != Z_RLE
    }

    fn clear_hash(&mut self) {
        self.head.iter_mut().for_each(|h| *h = 0);
    }

    fn pending_len(&self) -> usize {
        self.pending.len() - self.pending_out
    }

    #[inline]
    fn update_hash(&self, h: usize, c: u8) -> usize {
        ((h << self.hash_shift) ^ c as usize) & self.hash_mask
    }

    /// `INSERT_STRING`: returns the previous head of the string's hash chain.
    #[inline]
    fn insert_string(&mut self, pos: usize) -> usize {
        self.ins_h = self.update_hash(self.ins_h, self.window[pos + MIN_MATCH - 1]);
        let head = self.head[self.ins_h];
        self.prev[pos & self.w_mask] = head;
        self.head[self.ins_h] = pos as u16;
        head as usize
    }

    // ---- bit output ----

    #[inline]
    fn put_byte(&mut self, b: u8) {
        self.pending.push(b);
    }

    fn put_short(&mut self, w: u16) {
        self.pending.push(w as u8);
        self.pending.push((w >> 8) as u8);
    }

    fn put_short_msb(&mut self, b: u32) {
        self.pending.push((b >> 8) as u8);
        self.pending.push(b as u8);
    }

    /// `send_bits` with zlib's 16-bit bit buffer.
    #[inline]
    fn send_bits(&mut self, value: u32, length: u32) {
        if self.bi_valid > 16 - length {
            self.bi_buf |= (value << self.bi_valid) & 0xffff;
            let w = self.bi_buf as u16;
            self.put_short(w);
            self.bi_buf = (value >> (16 - self.bi_valid)) & 0xffff;
            self.bi_valid += length - 16;
        } else {
            self.bi_buf |= (value << self.bi_valid) & 0xffff;
            self.bi_valid += length;
        }
    }

    fn bi_flush(&mut self) {
        if self.bi_valid == 16 {
            let w = self.bi_buf as u16;
            self.put_short(w);
            self.bi_buf = 0;
            self.bi_valid = 0;
        } else if self.bi_valid >= 8 {
            let b = self.bi_buf as u8;
            self.put_byte(b);
            self.bi_buf >>= 8;
            self.bi_valid -= 8;
        }
    }

    fn bi_windup(&mut self) {
        if self.bi_valid > 8 {
            let w = self.bi_buf as u16;
            self.put_short(w);
        } else if self.bi_valid > 0 {
            let b = self.bi_buf as u8;
            self.put_byte(b);
        }
        self.bi_buf = 0;
        self.bi_valid = 0;
    }

    fn flush_pending(&mut self, io: &mut Io) {
        self.bi_flush();
        let len = self.pending_len().min(io.avail_out);
        if len == 0 {
            return;
        }
        io.out
            .extend_from_slice(&self.pending[self.pending_out..self.pending_out + len]);
        io.avail_out -= len;
        self.pending_out += len;
        if self.pending_out == self.pending.len() {
            self.pending.clear();
            self.pending_out = 0;
        }
    }

    /// `read_buf`: up to `size` input bytes, checksummed.
    fn read_buf(&mut self, io: &mut Io, size: usize) -> (usize, usize) {
        let len = io.avail_in().min(size);
        let start = io.pos;
        if len == 0 {
            return (start, 0);
        }
        let data = &io.input[start..start + len];
        if self.wrap == 1 {
            self.adler = adler32(self.adler, data);
        } else if self.wrap == 2 {
            self.adler = crc32(self.adler, data);
        }
        io.pos += len;
        self.total_in += len as u64;
        (start, len)
    }

    // ---- trees ----

    fn init_block(&mut self) {
        self.ltree.freq[..L_CODES].iter_mut().for_each(|f| *f = 0);
        self.dtree.freq[..D_CODES].iter_mut().for_each(|f| *f = 0);
        self.bltree.freq[..BL_CODES].iter_mut().for_each(|f| *f = 0);
        self.ltree.freq[END_BLOCK] = 1;
        self.opt_len = 0;
        self.static_len = 0;
        self.sym_buf.clear();
    }

    #[inline]
    fn tally_lit(&mut self, c: u8) -> bool {
        self.sym_buf.extend_from_slice(&[0, 0, c]);
        self.ltree.freq[c as usize] += 1;
        self.sym_buf.len() == self.sym_end
    }

    #[inline]
    fn tally_dist(&mut self, dist: usize, len: usize) -> bool {
        self.sym_buf
            .extend_from_slice(&[dist as u8, (dist >> 8) as u8, len as u8]);
        let t = tables();
        self.ltree.freq[t.length_code[len] as usize + LITERALS + 1] += 1;
        self.dtree.freq[d_code(dist.wrapping_sub(1)).min(D_CODES - 1)] += 1;
        self.sym_buf.len() == self.sym_end
    }

    fn tree_mut(&mut self, which: u8) -> &mut Tree {
        match which {
            0 => &mut self.ltree,
            1 => &mut self.dtree,
            _ => &mut self.bltree,
        }
    }

    fn smaller(tree: &Tree, depth: &[u8], n: usize, m: usize) -> bool {
        tree.freq[n] < tree.freq[m] || (tree.freq[n] == tree.freq[m] && depth[n] <= depth[m])
    }

    fn pqdownheap(heap: &mut [usize], heap_len: usize, tree: &Tree, depth: &[u8], mut k: usize) {
        let v = heap[k];
        let mut j = k << 1;
        while j <= heap_len {
            if j < heap_len && Self::smaller(tree, depth, heap[j + 1], heap[j]) {
                j += 1;
            }
            if Self::smaller(tree, depth, v, heap[j]) {
                break;
            }
            heap[k] = heap[j];
            k = j;
            j <<= 1;
        }
        heap[k] = v;
    }

    /// `build_tree` for tree `which` (0 literal/length, 1 distance, 2 bit length).
    fn build_tree(&mut self, which: u8) {
        let (elems, max_length, extra, base): (usize, usize, &[u8], usize) = match which {
            0 => (L_CODES, MAX_BITS, &EXTRA_LBITS, LITERALS + 1),
            1 => (D_CODES, MAX_BITS, &EXTRA_DBITS, 0),
            _ => (BL_CODES, MAX_BL_BITS, &EXTRA_BLBITS, 0),
        };
        let t = tables();
        let mut tree = std::mem::replace(self.tree_mut(which), Tree::new(0));
        let stree_len = |n: usize| -> u64 {
            match which {
                0 => t.static_llen[n] as u64,
                _ => 5,
            }
        };
        let has_stree = which != 2;
        let mut heap = std::mem::take(&mut self.heap);
        let mut depth = std::mem::take(&mut self.depth);
        let mut heap_len = 0usize;
        let mut heap_max = HEAP_SIZE;
        let mut max_code: isize = -1;
        for (n, d) in depth.iter_mut().enumerate().take(elems) {
            if tree.freq[n] != 0 {
                heap_len += 1;
                heap[heap_len] = n;
                max_code = n as isize;
                *d = 0;
            } else {
                tree.len[n] = 0;
            }
        }
        while heap_len < 2 {
            let node = if max_code < 2 {
                max_code += 1;
                max_code as usize
            } else {
                0
            };
            heap_len += 1;
            heap[heap_len] = node;
            tree.freq[node] = 1;
            depth[node] = 0;
            self.opt_len = self.opt_len.wrapping_sub(1);
            if has_stree {
                self.static_len = self.static_len.wrapping_sub(stree_len(node));
            }
        }
        let max_code = max_code as usize;
        tree.max_code = max_code;
        let mut n = heap_len / 2;
        while n >= 1 {
            Self::pqdownheap(&mut heap, heap_len, &tree, &depth, n);
            n -= 1;
        }
        let mut node = elems;
        loop {
            // pqremove
            let n = heap[1];
            heap[1] = heap[heap_len];
            heap_len -= 1;
            Self::pqdownheap(&mut heap, heap_len, &tree, &depth, 1);
            let m = heap[1];
            heap_max -= 1;
            heap[heap_max] = n;
            heap_max -= 1;
            heap[heap_max] = m;
            tree.freq[node] = tree.freq[n] + tree.freq[m];
            depth[node] = depth[n].max(depth[m]) + 1;
            tree.dad[n] = node as u16;
            tree.dad[m] = node as u16;
            heap[1] = node;
            node += 1;
            Self::pqdownheap(&mut heap, heap_len, &tree, &depth, 1);
            if heap_len < 2 {
                break;
            }
        }
        heap_max -= 1;
        heap[heap_max] = heap[1];

        // gen_bitlen
        let mut bl_count = [0u16; MAX_BITS + 1];
        tree.len[heap[heap_max]] = 0;
        let mut overflow = 0i32;
        let mut h = heap_max + 1;
        while h < HEAP_SIZE {
            let n = heap[h];
            let mut bits = tree.len[tree.dad[n] as usize] as usize + 1;
            if bits > max_length {
                bits = max_length;
                overflow += 1;
            }
            tree.len[n] = bits as u16;
            h += 1;
            if n > max_code {
                continue;
            }
            bl_count[bits] += 1;
            let xbits = if n >= base { extra[n - base] as u64 } else { 0 };
            let f = tree.freq[n] as u64;
            self.opt_len = self.opt_len.wrapping_add(f * (bits as u64 + xbits));
            if has_stree {
                self.static_len = self.static_len.wrapping_add(f * (stree_len(n) + xbits));
            }
        }
        if overflow != 0 {
            loop {
                let mut bits = max_length - 1;
                while bl_count[bits] == 0 {
                    bits -= 1;
                }
                bl_count[bits] -= 1;
                bl_count[bits + 1] += 2;
                bl_count[max_length] -= 1;
                overflow -= 2;
                if overflow <= 0 {
                    break;
                }
            }
            let mut h = HEAP_SIZE;
            let mut bits = max_length;
            while bits != 0 {
                let mut n = bl_count[bits];
                while n != 0 {
                    h -= 1;
                    let m = heap[h];
                    if m > max_code {
                        continue;
                    }
                    if tree.len[m] as usize != bits {
                        let diff = bits as i64 - tree.len[m] as i64;
                        self.opt_len =
                            (self.opt_len as i64).wrapping_add(diff * tree.freq[m] as i64) as u64;
                        tree.len[m] = bits as u16;
                    }
                    n -= 1;
                }
                bits -= 1;
            }
        }
        // gen_codes
        let mut next_code = [0u16; MAX_BITS + 1];
        let mut code = 0u32;
        for bits in 1..=MAX_BITS {
            code = (code + bl_count[bits - 1] as u32) << 1;
            next_code[bits] = code as u16;
        }
        for n in 0..=max_code {
            let len = tree.len[n] as usize;
            if len == 0 {
                continue;
            }
            tree.code[n] = reverse_bits(next_code[len] as u32, len as u32) as u16;
            next_code[len] = next_code[len].wrapping_add(1);
        }
        self.bl_count = bl_count;
        self.heap = heap;
        self.depth = depth;
        self.heap_len = heap_len;
        self.heap_max = heap_max;
        *self.tree_mut(which) = tree;
    }

    /// `scan_tree`: counts the bit-length codes that will send tree `which`.
    fn scan_tree(&mut self, which: u8) {
        let tree = if which == 0 {
            &mut self.ltree
        } else {
            &mut self.dtree
        };
        let max_code = tree.max_code;
        let mut prevlen: i32 = -1;
        let mut nextlen = tree.len[0] as i32;
        let mut count = 0;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        tree.len[max_code + 1] = 0xffff;
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = tree.len[n + 1] as i32;
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                self.bltree.freq[curlen as usize] += count as u32;
            } else if curlen != 0 {
                if curlen != prevlen {
                    self.bltree.freq[curlen as usize] += 1;
                }
                self.bltree.freq[REP_3_6] += 1;
            } else if count <= 10 {
                self.bltree.freq[REPZ_3_10] += 1;
            } else {
                self.bltree.freq[REPZ_11_138] += 1;
            }
            count = 0;
            prevlen = curlen;
            if nextlen == 0 {
                max_count = 138;
                min_count = 3;
            } else if curlen == nextlen {
                max_count = 6;
                min_count = 3;
            } else {
                max_count = 7;
                min_count = 4;
            }
        }
    }

    fn send_bl_code(&mut self, c: usize) {
        let (code, len) = (self.bltree.code[c] as u32, self.bltree.len[c] as u32);
        self.send_bits(code, len);
    }

    /// `send_tree`: sends tree `which` in the compressed form `scan_tree` counted.
    fn send_tree(&mut self, which: u8, max_code: usize) {
        let lens: Vec<u16> = if which == 0 {
            self.ltree.len[..max_code + 2].to_vec()
        } else {
            self.dtree.len[..max_code + 2].to_vec()
        };
        let mut prevlen: i32 = -1;
        let mut nextlen = lens[0] as i32;
        let mut count = 0;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = lens[n + 1] as i32;
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                while count != 0 {
                    self.send_bl_code(curlen as usize);
                    count -= 1;
                }
            } else if curlen != 0 {
                if curlen != prevlen {
                    self.send_bl_code(curlen as usize);
                    count -= 1;
                }
                self.send_bl_code(REP_3_6);
                self.send_bits(count as u32 - 3, 2);
            } else if count <= 10 {
                self.send_bl_code(REPZ_3_10);
                self.send_bits(count as u32 - 3, 3);
            } else {
                self.send_bl_code(REPZ_11_138);
                self.send_bits(count as u32 - 11, 7);
            }
            count = 0;
            prevlen = curlen;
            if nextlen == 0 {
                max_count = 138;
                min_count = 3;
            } else if curlen == nextlen {
                max_count = 6;
                min_count = 3;
            } else {
                max_count = 7;
                min_count = 4;
            }
        }
    }

    fn build_bl_tree(&mut self) -> usize {
        self.scan_tree(0);
        self.scan_tree(1);
        self.build_tree(2);
        let mut max_blindex = BL_CODES - 1;
        while max_blindex >= 3 {
            if self.bltree.len[BL_ORDER[max_blindex]] != 0 {
                break;
            }
            max_blindex -= 1;
        }
        self.opt_len = self
            .opt_len
            .wrapping_add(3 * (max_blindex as u64 + 1) + 5 + 5 + 4);
        max_blindex
    }

    fn send_all_trees(&mut self, lcodes: usize, dcodes: usize, blcodes: usize) {
        self.send_bits(lcodes as u32 - 257, 5);
        self.send_bits(dcodes as u32 - 1, 5);
        self.send_bits(blcodes as u32 - 4, 4);
        for &sym in BL_ORDER.iter().take(blcodes) {
            let l = self.bltree.len[sym] as u32;
            self.send_bits(l, 3);
        }
        self.send_tree(0, lcodes - 1);
        self.send_tree(1, dcodes - 1);
    }

    fn compress_block(&mut self, fixed: bool) {
        let t = tables();
        let syms = std::mem::take(&mut self.sym_buf);
        for sym in syms.chunks_exact(3) {
            let dist = sym[0] as usize | (sym[1] as usize) << 8;
            let lc = sym[2] as usize;
            if dist == 0 {
                let (code, len) = if fixed {
                    (t.static_lcode[lc], t.static_llen[lc] as u16)
                } else {
                    (self.ltree.code[lc], self.ltree.len[lc])
                };
                self.send_bits(code as u32, len as u32);
            } else {
                let code = t.length_code[lc] as usize;
                let sym = code + LITERALS + 1;
                let (c, l) = if fixed {
                    (t.static_lcode[sym], t.static_llen[sym] as u16)
                } else {
                    (self.ltree.code[sym], self.ltree.len[sym])
                };
                self.send_bits(c as u32, l as u32);
                let extra = EXTRA_LBITS[code] as u32;
                if extra != 0 {
                    self.send_bits((lc - t.base_length[code] as usize) as u32, extra);
                }
                let dist = dist - 1;
                let code = d_code(dist).min(D_CODES - 1);
                let (c, l) = if fixed {
                    (t.static_dcode[code], 5)
                } else {
                    (self.dtree.code[code], self.dtree.len[code])
                };
                self.send_bits(c as u32, l as u32);
                let extra = EXTRA_DBITS[code] as u32;
                if extra != 0 {
                    self.send_bits((dist - t.base_dist[code] as usize) as u32, extra);
                }
            }
        }
        self.sym_buf = syms;
        let (c, l) = if fixed {
            (t.static_lcode[END_BLOCK], t.static_llen[END_BLOCK] as u16)
        } else {
            (self.ltree.code[END_BLOCK], self.ltree.len[END_BLOCK])
        };
        self.send_bits(c as u32, l as u32);
    }

    /// `_tr_stored_block`: a stored block of `data` (window bytes, or none).
    fn tr_stored_block(&mut self, data: Option<(usize, usize)>, last: bool) {
        self.send_bits(last as u32, 3);
        self.bi_windup();
        let len = data.map_or(0, |d| d.1);
        self.put_short(len as u16);
        self.put_short(!(len as u16));
        if let Some((start, len)) = data {
            let (w, p) = (&self.window, &mut self.pending);
            p.extend_from_slice(&w[start..start + len]);
        }
    }

    fn tr_align(&mut self) {
        let t = tables();
        self.send_bits(1 << 1, 3);
        self.send_bits(
            t.static_lcode[END_BLOCK] as u32,
            t.static_llen[END_BLOCK] as u32,
        );
        self.bi_flush();
    }

    fn tr_flush_block(&mut self, buf: Option<usize>, stored_len: usize, last: bool) {
        let mut max_blindex = 0;
        let (mut opt_lenb, static_lenb);
        if self.level > 0 {
            self.build_tree(0);
            self.build_tree(1);
            max_blindex = self.build_bl_tree();
            opt_lenb = (self.opt_len.wrapping_add(3 + 7)) >> 3;
            static_lenb = (self.static_len.wrapping_add(3 + 7)) >> 3;
            if static_lenb <= opt_lenb || self.strategy == Z_FIXED {
                opt_lenb = static_lenb;
            }
        } else {
            opt_lenb = stored_len as u64 + 5;
            static_lenb = opt_lenb;
        }
        if stored_len as u64 + 4 <= opt_lenb && buf.is_some() {
            self.tr_stored_block(buf.map(|b| (b, stored_len)), last);
        } else if static_lenb == opt_lenb {
            self.send_bits((1 << 1) + last as u32, 3);
            self.compress_block(true);
        } else {
            self.send_bits((2 << 1) + last as u32, 3);
            let (l, d) = (self.ltree.max_code + 1, self.dtree.max_code + 1);
            self.send_all_trees(l, d, max_blindex + 1);
            self.compress_block(false);
        }
        self.init_block();
        if last {
            self.bi_windup();
        }
    }

    fn flush_block_only(&mut self, io: &mut Io, last: bool) {
        let buf = if self.block_start >= 0 {
            Some(self.block_start as usize)
        } else {
            None
        };
        let len = (self.strstart as i64 - self.block_start) as usize;
        self.tr_flush_block(buf, len, last);
        self.block_start = self.strstart as i64;
        self.flush_pending(io);
    }

    // ---- the window ----

    fn slide_hash(&mut self) {
        let wsize = self.w_size as u16;
        for h in self.head.iter_mut() {
            *h = h.saturating_sub(wsize);
        }
        for p in self.prev.iter_mut() {
            *p = p.saturating_sub(wsize);
        }
    }

    fn fill_window(&mut self, io: &mut Io) {
        let wsize = self.w_size;
        let hashing = self.uses_hash();
        loop {
            let mut more = self.window_size - self.lookahead - self.strstart;
            if self.strstart >= wsize + (wsize - MIN_LOOKAHEAD) {
                self.window.copy_within(wsize..wsize + wsize - more, 0);
                self.match_start = self.match_start.wrapping_sub(wsize);
                self.strstart -= wsize;
                self.block_start -= wsize as i64;
                if self.insert > self.strstart {
                    self.insert = self.strstart;
                }
                if hashing {
                    self.slide_hash();
                }
                more += wsize;
            }
            if io.avail_in() == 0 {
                break;
            }
            let dst = self.strstart + self.lookahead;
            let (start, n) = self.read_buf(io, more);
            self.window[dst..dst + n].copy_from_slice(&io.input[start..start + n]);
            self.lookahead += n;
            if self.lookahead + self.insert >= MIN_MATCH {
                let mut s = self.strstart - self.insert;
                self.ins_h = self.window[s] as usize;
                self.ins_h = self.update_hash(self.ins_h, self.window[s + 1]);
                while self.insert > 0 {
                    if hashing {
                        self.insert_string(s);
                    } else {
                        self.ins_h = self.update_hash(self.ins_h, self.window[s + MIN_MATCH - 1]);
                    }
                    s += 1;
                    self.insert -= 1;
                    if self.lookahead + self.insert < MIN_MATCH {
                        break;
                    }
                }
            }
            if !(self.lookahead < MIN_LOOKAHEAD && io.avail_in() != 0) {
                break;
            }
        }
        // Bytes past the data that were never written stay zero here (the vector starts
        // zeroed), which is what zlib's high-water zeroing guarantees.
        let curr = self.strstart + self.lookahead;
        if self.high_water < curr {
            self.high_water = curr;
        }
    }

    fn longest_match(&mut self, mut cur_match: usize) -> usize {
        let mut chain_length = self.max_chain;
        let scan = self.strstart;
        let mut best_len = self.prev_length;
        let mut nice_match = self.nice_match;
        let max_dist = self.w_size - MIN_LOOKAHEAD;
        let limit = self.strstart.saturating_sub(max_dist);
        let win = &self.window;
        let mut scan_end1 = win[scan + best_len - 1];
        let mut scan_end = win[scan + best_len];
        if self.prev_length >= self.good_match {
            chain_length >>= 2;
        }
        if nice_match > self.lookahead {
            nice_match = self.lookahead;
        }
        loop {
            let m = cur_match;
            if win[m + best_len] == scan_end
                && win[m + best_len - 1] == scan_end1
                && win[m] == win[scan]
                && win[m + 1] == win[scan + 1]
            {
                // Bytes 2 are equal whenever the hashes are (zlib does not compare them).
                let a = &win[scan + 3..scan + MAX_MATCH];
                let b = &win[m + 3..m + MAX_MATCH];
                let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
                let len = 3 + same;
                if len > best_len {
                    self.match_start = cur_match;
                    best_len = len;
                    if len >= nice_match {
                        break;
                    }
                    scan_end1 = win[scan + best_len - 1];
                    scan_end = win[scan + best_len];
                }
            }
            cur_match = self.prev[cur_match & self.w_mask] as usize;
            if cur_match <= limit {
                break;
            }
            chain_length -= 1;
            if chain_length == 0 {
                break;
            }
        }
        best_len.min(self.lookahead)
    }

    // ---- the compression functions ----

    fn deflate_stored(&mut self, io: &mut Io, flush: i32) -> BlockState {
        let mut min_block = (self.pending_buf_size - 5).min(self.w_size);
        let mut last = false;
        let used_start = io.avail_in();
        loop {
            let mut len = MAX_STORED;
            let have = ((self.bi_valid + 42) >> 3) as usize;
            if io.avail_out < have {
                break;
            }
            let have = io.avail_out - have;
            let mut left = (self.strstart as i64 - self.block_start) as usize;
            if len > left + io.avail_in() {
                len = left + io.avail_in();
            }
            if len > have {
                len = have;
            }
            if len < min_block
                && ((len == 0 && flush != Z_FINISH)
                    || flush == Z_NO_FLUSH
                    || len != left + io.avail_in())
            {
                break;
            }
            last = flush == Z_FINISH && len == left + io.avail_in();
            self.tr_stored_block(None, last);
            let n = self.pending.len();
            self.pending[n - 4] = len as u8;
            self.pending[n - 3] = (len >> 8) as u8;
            self.pending[n - 2] = !len as u8;
            self.pending[n - 1] = (!len >> 8) as u8;
            self.flush_pending(io);
            if left > 0 {
                if left > len {
                    left = len;
                }
                let bs = self.block_start as usize;
                io.out.extend_from_slice(&self.window[bs..bs + left]);
                io.avail_out -= left;
                self.block_start += left as i64;
                len -= left;
            }
            if len > 0 {
                let (start, n) = self.read_buf(io, len);
                io.out.extend_from_slice(&io.input[start..start + n]);
                io.avail_out -= n;
            }
            if last {
                break;
            }
        }
        let used = used_start - io.avail_in();
        if used > 0 {
            if used >= self.w_size {
                let end = io.pos;
                self.window[..self.w_size].copy_from_slice(&io.input[end - self.w_size..end]);
                self.strstart = self.w_size;
                self.insert = self.strstart;
            } else {
                if self.window_size - self.strstart <= used {
                    self.strstart -= self.w_size;
                    self.window
                        .copy_within(self.w_size..self.w_size + self.strstart, 0);
                    if self.insert > self.strstart {
                        self.insert = self.strstart;
                    }
                }
                let end = io.pos;
                let ss = self.strstart;
                self.window[ss..ss + used].copy_from_slice(&io.input[end - used..end]);
                self.strstart += used;
                self.insert += used.min(self.w_size - self.insert);
            }
            self.block_start = self.strstart as i64;
        }
        if self.high_water < self.strstart {
            self.high_water = self.strstart;
        }
        if last {
            return BlockState::FinishDone;
        }
        if flush != Z_NO_FLUSH
            && flush != Z_FINISH
            && io.avail_in() == 0
            && self.strstart as i64 == self.block_start
        {
            return BlockState::BlockDone;
        }
        let mut have = self.window_size - self.strstart;
        if io.avail_in() > have && self.block_start >= self.w_size as i64 {
            self.block_start -= self.w_size as i64;
            self.strstart -= self.w_size;
            self.window
                .copy_within(self.w_size..self.w_size + self.strstart, 0);
            have += self.w_size;
            if self.insert > self.strstart {
                self.insert = self.strstart;
            }
        }
        if have > io.avail_in() {
            have = io.avail_in();
        }
        if have > 0 {
            let (start, n) = self.read_buf(io, have);
            let ss = self.strstart;
            self.window[ss..ss + n].copy_from_slice(&io.input[start..start + n]);
            self.strstart += n;
            self.insert += n.min(self.w_size - self.insert);
        }
        if self.high_water < self.strstart {
            self.high_water = self.strstart;
        }
        let have = ((self.bi_valid + 42) >> 3) as usize;
        let have = (self.pending_buf_size - have).min(MAX_STORED);
        min_block = have.min(self.w_size);
        let left = (self.strstart as i64 - self.block_start) as usize;
        if left >= min_block
            || ((left > 0 || flush == Z_FINISH)
                && flush != Z_NO_FLUSH
                && io.avail_in() == 0
                && left <= have)
        {
            let len = left.min(have);
            last = flush == Z_FINISH && io.avail_in() == 0 && len == left;
            let bs = self.block_start as usize;
            self.tr_stored_block(Some((bs, len)), last);
            self.block_start += len as i64;
            self.flush_pending(io);
        }
        if last {
            BlockState::FinishStarted
        } else {
            BlockState::NeedMore
        }
    }

    /// The common ending of the fast, slow, rle and huffman functions.
    fn finish_tail(&mut self, io: &mut Io, flush: i32) -> BlockState {
        if flush == Z_FINISH {
            self.flush_block_only(io, true);
            if io.avail_out == 0 {
                return BlockState::FinishStarted;
            }
            return BlockState::FinishDone;
        }
        if !self.sym_buf.is_empty() {
            self.flush_block_only(io, false);
            if io.avail_out == 0 {
                return BlockState::NeedMore;
            }
        }
        BlockState::BlockDone
    }

    fn deflate_fast(&mut self, io: &mut Io, flush: i32) -> BlockState {
        let max_dist = self.w_size - MIN_LOOKAHEAD;
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window(io);
                if self.lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH {
                    return BlockState::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            if hash_head != 0 && self.strstart - hash_head <= max_dist {
                self.match_length = self.longest_match(hash_head);
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.tally_dist(
                    self.strstart.wrapping_sub(self.match_start),
                    self.match_length - MIN_MATCH,
                );
                self.lookahead -= self.match_length;
                if self.match_length <= self.max_lazy && self.lookahead >= MIN_MATCH {
                    self.match_length -= 1;
                    loop {
                        self.strstart += 1;
                        self.insert_string(self.strstart);
                        self.match_length -= 1;
                        if self.match_length == 0 {
                            break;
                        }
                    }
                    self.strstart += 1;
                } else {
                    self.strstart += self.match_length;
                    self.match_length = 0;
                    self.ins_h = self.window[self.strstart] as usize;
                    self.ins_h = self.update_hash(self.ins_h, self.window[self.strstart + 1]);
                }
            } else {
                bflush = self.tally_lit(self.window[self.strstart]);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out == 0 {
                    return BlockState::NeedMore;
                }
            }
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish_tail(io, flush)
    }

    fn deflate_slow(&mut self, io: &mut Io, flush: i32) -> BlockState {
        let max_dist = self.w_size - MIN_LOOKAHEAD;
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window(io);
                if self.lookahead < MIN_LOOKAHEAD && flush == Z_NO_FLUSH {
                    return BlockState::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            self.prev_length = self.match_length;
            self.prev_match = self.match_start;
            self.match_length = MIN_MATCH - 1;
            if hash_head != 0
                && self.prev_length < self.max_lazy
                && self.strstart - hash_head <= max_dist
            {
                self.match_length = self.longest_match(hash_head);
                if self.match_length <= 5
                    && (self.strategy == Z_FILTERED
                        || (self.match_length == MIN_MATCH
                            && self.strstart.wrapping_sub(self.match_start) > TOO_FAR))
                {
                    self.match_length = MIN_MATCH - 1;
                }
            }
            if self.prev_length >= MIN_MATCH && self.match_length <= self.prev_length {
                let max_insert = self.strstart + self.lookahead - MIN_MATCH;
                let bflush = self.tally_dist(
                    (self.strstart - 1).wrapping_sub(self.prev_match),
                    self.prev_length - MIN_MATCH,
                );
                self.lookahead -= self.prev_length - 1;
                self.prev_length -= 2;
                loop {
                    self.strstart += 1;
                    if self.strstart <= max_insert {
                        self.insert_string(self.strstart);
                    }
                    self.prev_length -= 1;
                    if self.prev_length == 0 {
                        break;
                    }
                }
                self.match_available = false;
                self.match_length = MIN_MATCH - 1;
                self.strstart += 1;
                if bflush {
                    self.flush_block_only(io, false);
                    if io.avail_out == 0 {
                        return BlockState::NeedMore;
                    }
                }
            } else if self.match_available {
                let bflush = self.tally_lit(self.window[self.strstart - 1]);
                if bflush {
                    self.flush_block_only(io, false);
                }
                self.strstart += 1;
                self.lookahead -= 1;
                if io.avail_out == 0 {
                    return BlockState::NeedMore;
                }
            } else {
                self.match_available = true;
                self.strstart += 1;
                self.lookahead -= 1;
            }
        }
        if self.match_available {
            self.tally_lit(self.window[self.strstart - 1]);
            self.match_available = false;
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish_tail(io, flush)
    }

    fn deflate_rle(&mut self, io: &mut Io, flush: i32) -> BlockState {
        loop {
            if self.lookahead <= MAX_MATCH {
                self.fill_window(io);
                if self.lookahead <= MAX_MATCH && flush == Z_NO_FLUSH {
                    return BlockState::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            self.match_length = 0;
            if self.lookahead >= MIN_MATCH && self.strstart > 0 {
                let s = self.strstart;
                let w = &self.window;
                let prev = w[s - 1];
                if prev == w[s] && prev == w[s + 1] && prev == w[s + 2] {
                    let end = (s + MAX_MATCH).min(w.len());
                    let run = w[s + 3..end].iter().take_while(|&&c| c == prev).count();
                    self.match_length = (3 + run).min(self.lookahead);
                }
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.tally_dist(1, self.match_length - MIN_MATCH);
                self.lookahead -= self.match_length;
                self.strstart += self.match_length;
                self.match_length = 0;
            } else {
                bflush = self.tally_lit(self.window[self.strstart]);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out == 0 {
                    return BlockState::NeedMore;
                }
            }
        }
        self.insert = 0;
        self.finish_tail(io, flush)
    }

    fn deflate_huff(&mut self, io: &mut Io, flush: i32) -> BlockState {
        loop {
            if self.lookahead == 0 {
                self.fill_window(io);
                if self.lookahead == 0 {
                    if flush == Z_NO_FLUSH {
                        return BlockState::NeedMore;
                    }
                    break;
                }
            }
            self.match_length = 0;
            let bflush = self.tally_lit(self.window[self.strstart]);
            self.lookahead -= 1;
            self.strstart += 1;
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out == 0 {
                    return BlockState::NeedMore;
                }
            }
        }
        self.insert = 0;
        self.finish_tail(io, flush)
    }

    fn err_return(&mut self, err: i32) -> i32 {
        self.msg = Some(err_msg(err));
        err
    }

    /// `deflate(strm, flush)`.
    fn deflate(&mut self, io: &mut Io, flush: i32) -> i32 {
        if self.ended || !(0..=Z_BLOCK).contains(&flush) {
            return Z_STREAM_ERROR;
        }
        if self.status == Status::Finish && flush != Z_FINISH {
            return self.err_return(Z_STREAM_ERROR);
        }
        if io.avail_out == 0 {
            return self.err_return(Z_BUF_ERROR);
        }
        let old_flush = self.last_flush;
        self.last_flush = flush;
        let rank = |f: i32| f * 2 - if f > 4 { 9 } else { 0 };
        if self.pending_len() != 0 {
            self.flush_pending(io);
            if io.avail_out == 0 {
                self.last_flush = -1;
                return Z_OK;
            }
        } else if io.avail_in() == 0 && rank(flush) <= rank(old_flush) && flush != Z_FINISH {
            return self.err_return(Z_BUF_ERROR);
        }
        if self.status == Status::Finish && io.avail_in() != 0 {
            return self.err_return(Z_BUF_ERROR);
        }
        if self.status == Status::Init && self.wrap == 0 {
            self.status = Status::Busy;
        }
        if self.status == Status::Init {
            let mut header = (8 + ((self.w_bits as u32 - 8) << 4)) << 8;
            let level_flags = if self.strategy >= Z_HUFFMAN_ONLY || self.level < 2 {
                0
            } else if self.level < 6 {
                1
            } else if self.level == 6 {
                2
            } else {
                3
            };
            header |= level_flags << 6;
            if self.strstart != 0 {
                header |= 0x20;
            }
            header += 31 - (header % 31);
            self.put_short_msb(header);
            if self.strstart != 0 {
                let a = self.adler;
                self.put_short_msb(a >> 16);
                self.put_short_msb(a & 0xffff);
            }
            self.adler = 1;
            self.status = Status::Busy;
            self.flush_pending(io);
            if self.pending_len() != 0 {
                self.last_flush = -1;
                return Z_OK;
            }
        }
        if self.status == Status::Gzip {
            self.adler = 0;
            let xfl = if self.level == 9 {
                2
            } else if self.strategy >= Z_HUFFMAN_ONLY || self.level < 2 {
                4
            } else {
                0
            };
            self.pending
                .extend_from_slice(&[31, 139, 8, 0, 0, 0, 0, 0, xfl, 3]);
            self.status = Status::Busy;
            self.flush_pending(io);
            if self.pending_len() != 0 {
                self.last_flush = -1;
                return Z_OK;
            }
        }
        if io.avail_in() != 0
            || self.lookahead != 0
            || (flush != Z_NO_FLUSH && self.status != Status::Finish)
        {
            let bstate = if self.level == 0 {
                self.deflate_stored(io, flush)
            } else if self.strategy == Z_HUFFMAN_ONLY {
                self.deflate_huff(io, flush)
            } else if self.strategy == Z_RLE {
                self.deflate_rle(io, flush)
            } else if self.level <= 3 {
                self.deflate_fast(io, flush)
            } else {
                self.deflate_slow(io, flush)
            };
            if bstate == BlockState::FinishStarted || bstate == BlockState::FinishDone {
                self.status = Status::Finish;
            }
            if bstate == BlockState::NeedMore || bstate == BlockState::FinishStarted {
                if io.avail_out == 0 {
                    self.last_flush = -1;
                }
                return Z_OK;
            }
            if bstate == BlockState::BlockDone {
                if flush == Z_PARTIAL_FLUSH {
                    self.tr_align();
                } else if flush != Z_BLOCK {
                    self.tr_stored_block(None, false);
                    if flush == Z_FULL_FLUSH {
                        self.clear_hash();
                        if self.lookahead == 0 {
                            self.strstart = 0;
                            self.block_start = 0;
                            self.insert = 0;
                        }
                    }
                }
                self.flush_pending(io);
                if io.avail_out == 0 {
                    self.last_flush = -1;
                    return Z_OK;
                }
            }
        }
        if flush != Z_FINISH {
            return Z_OK;
        }
        if self.wrap <= 0 {
            return Z_STREAM_END;
        }
        let a = self.adler;
        if self.wrap == 2 {
            let t = self.total_in as u32;
            self.pending.extend_from_slice(&a.to_le_bytes());
            self.pending.extend_from_slice(&t.to_le_bytes());
        } else {
            self.put_short_msb(a >> 16);
            self.put_short_msb(a & 0xffff);
        }
        self.flush_pending(io);
        if self.wrap > 0 {
            self.wrap = -self.wrap;
        }
        if self.pending_len() != 0 {
            Z_OK
        } else {
            Z_STREAM_END
        }
    }

    /// `deflateSetDictionary`; false for zlib's `Z_STREAM_ERROR`.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> bool {
        let wrap = self.wrap;
        if wrap == 2 || (wrap == 1 && self.status != Status::Init) || self.lookahead != 0 {
            return false;
        }
        if wrap == 1 {
            self.adler = adler32(self.adler, dict);
        }
        self.wrap = 0;
        let mut dict = dict;
        if dict.len() >= self.w_size {
            if wrap == 0 {
                self.clear_hash();
                self.strstart = 0;
                self.block_start = 0;
                self.insert = 0;
            }
            dict = &dict[dict.len() - self.w_size..];
        }
        let mut sink = Vec::new();
        let mut io = Io {
            input: dict,
            pos: 0,
            out: &mut sink,
            avail_out: 0,
        };
        self.fill_window(&mut io);
        while self.lookahead >= MIN_MATCH {
            let mut s = self.strstart;
            let mut n = self.lookahead - (MIN_MATCH - 1);
            loop {
                self.ins_h = self.update_hash(self.ins_h, self.window[s + MIN_MATCH - 1]);
                self.prev[s & self.w_mask] = self.head[self.ins_h];
                self.head[self.ins_h] = s as u16;
                s += 1;
                n -= 1;
                if n == 0 {
                    break;
                }
            }
            self.strstart = s;
            self.lookahead = MIN_MATCH - 1;
            self.fill_window(&mut io);
        }
        self.strstart += self.lookahead;
        self.block_start = self.strstart as i64;
        self.insert = self.lookahead;
        self.lookahead = 0;
        self.match_length = MIN_MATCH - 1;
        self.prev_length = MIN_MATCH - 1;
        self.match_available = false;
        self.wrap = wrap;
        true
    }
}

fn err_msg(err: i32) -> &'static str {
    match err {
        Z_NEED_DICT => "need dictionary",
        Z_STREAM_END => "stream end",
        -1 => "file error",
        Z_STREAM_ERROR => "stream error",
        Z_DATA_ERROR => "data error",
        -4 => "insufficient memory",
        Z_BUF_ERROR => "buffer error",
        -6 => "incompatible version",
        _ => "",
    }
}

/// CPython's `_BlocksOutputBuffer` block sizes.
fn block_size(index: usize) -> usize {
    const KB: usize = 1024;
    const MB: usize = 1024 * 1024;
    const SIZES: [usize; 17] = [
        32 * KB,
        64 * KB,
        256 * KB,
        MB,
        4 * MB,
        8 * MB,
        16 * MB,
        16 * MB,
        32 * MB,
        32 * MB,
        32 * MB,
        32 * MB,
        64 * MB,
        64 * MB,
        128 * MB,
        128 * MB,
        256 * MB,
    ];
    SIZES[index.min(SIZES.len() - 1)]
}

/// CPython's compressing loops: deflate `input` with `flush`, growing the output in
/// blocks while it fills. Returns the output and the last return code.
fn run_deflate(s: &mut Deflate, input: &[u8], flush: i32) -> (Vec<u8>, i32) {
    let mut out = Vec::new();
    let mut io = Io {
        input,
        pos: 0,
        out: &mut out,
        avail_out: block_size(0),
    };
    let mut blocks = 1;
    let mut err;
    loop {
        if io.avail_out == 0 {
            io.avail_out = block_size(blocks);
            blocks += 1;
        }
        err = s.deflate(&mut io, flush);
        if err == Z_STREAM_ERROR || io.avail_out != 0 {
            break;
        }
    }
    (out, err)
}

// ---------------------------------------------------------------------------------------
// The decompressor
// ---------------------------------------------------------------------------------------

/// A Huffman decoding table: a 9-bit first-level lookup plus canonical counts for longer
/// codes. Symbols at or above `invalid_from` (and codes an incomplete set leaves unused)
/// decode as invalid.
#[derive(Clone)]
struct Huffman {
    /// (symbol, length) per 9-bit index; length 0 means "longer code".
    fast: Vec<(u16, u8)>,
    counts: [u16; MAX_BITS + 1],
    symbols: Vec<u16>,
    max: u32,
}

const FAST_BITS: u32 = 9;
const INVALID_SYM: u16 = 0xffff;

impl Huffman {
    /// Builds the decoder of `lens`; Err for an over-subscribed or (where not allowed)
    /// incomplete set, as zlib's `inflate_table` judges them. `codes` is true for the
    /// code-length code (incomplete never allowed).
    fn new(lens: &[u8], codes: bool) -> Result<Huffman, ()> {
        let mut counts = [0u16; MAX_BITS + 1];
        for &l in lens {
            counts[l as usize] += 1;
        }
        let mut max = MAX_BITS as u32;
        while max >= 1 && counts[max as usize] == 0 {
            max -= 1;
        }
        counts[0] = 0;
        let mut h = Huffman {
            fast: vec![(INVALID_SYM, 0); 1 << FAST_BITS],
            counts,
            symbols: Vec::new(),
            max,
        };
        if max == 0 {
            // No codes: every code decodes as invalid after one bit (zlib's table).
            h.max = 1;
            h.fast.iter_mut().for_each(|e| *e = (INVALID_SYM, 1));
            return Ok(h);
        }
        let mut left: i32 = 1;
        for &count in counts.iter().skip(1) {
            left <<= 1;
            left -= count as i32;
            if left < 0 {
                return Err(());
            }
        }
        if left > 0 && (codes || max != 1) {
            return Err(());
        }
        let mut offs = [0u16; MAX_BITS + 2];
        for len in 1..MAX_BITS {
            offs[len + 1] = offs[len] + counts[len];
        }
        let mut symbols = vec![0u16; lens.iter().filter(|&&l| l != 0).count()];
        for (sym, &l) in lens.iter().enumerate() {
            if l != 0 {
                symbols[offs[l as usize] as usize] = sym as u16;
                offs[l as usize] += 1;
            }
        }
        // The fast table: canonical codes of length <= FAST_BITS.
        let mut code = 0u32;
        let mut idx = 0usize;
        for len in 1..=MAX_BITS as u32 {
            for _ in 0..counts[len as usize] {
                if len <= FAST_BITS {
                    let rev = reverse_bits(code, len) as usize;
                    let mut i = rev;
                    while i < (1 << FAST_BITS) {
                        h.fast[i] = (symbols[idx], len as u8);
                        i += 1 << len;
                    }
                }
                code += 1;
                idx += 1;
            }
            code <<= 1;
        }
        if left > 0 {
            // The single code of length 1: the other one-bit code is invalid.
            for (i, e) in h.fast.iter_mut().enumerate() {
                if e.1 == 0 && i & 1 == 1 {
                    *e = (INVALID_SYM, 1);
                }
            }
        }
        h.symbols = symbols;
        Ok(h)
    }

    /// Decodes one symbol from the low `bits` bits of `hold`: Some((symbol, length)), or
    /// None when more bits are needed.
    #[inline]
    fn decode(&self, hold: u64, bits: u32) -> Option<(u16, u32)> {
        let e = self.fast[(hold & ((1 << FAST_BITS) - 1)) as usize];
        if e.1 != 0 {
            return if e.1 as u32 <= bits {
                Some((e.0, e.1 as u32))
            } else {
                None
            };
        }
        // A code longer than the fast table: walk the canonical code bit by bit.
        let mut code: i32 = 0;
        let mut first: i32 = 0;
        let mut index: i32 = 0;
        for len in 1..=self.max {
            if len > bits {
                return None;
            }
            code |= ((hold >> (len - 1)) & 1) as i32;
            let count = self.counts[len as usize] as i32;
            if code - count < first {
                return Some((self.symbols[(index + (code - first)) as usize], len));
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Some((INVALID_SYM, self.max))
    }
}

fn fixed_tables() -> &'static (Huffman, Huffman) {
    static T: OnceLock<(Huffman, Huffman)> = OnceLock::new();
    T.get_or_init(|| {
        let t = tables();
        let lens: Vec<u8> = t.static_llen.to_vec();
        let l = Huffman::new(&lens, false).unwrap_or_else(|_| unreachable!());
        let d = Huffman::new(&[5u8; 32], false).unwrap_or_else(|_| unreachable!());
        (l, d)
    })
}

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Mode {
    Head,
    Flags,
    Time,
    Os,
    Exlen,
    Extra,
    Name,
    Comment,
    Hcrc,
    DictId,
    Dict,
    Type,
    Stored,
    Copy,
    Table,
    LenLens,
    CodeLens,
    Len,
    LenExt,
    Dist,
    DistExt,
    Match,
    Lit,
    Check,
    Length,
    Done,
    Bad,
}

#[derive(Clone)]
pub struct Inflate {
    mode: Mode,
    last: bool,
    wrap: i32,
    havedict: bool,
    flags: i32,
    check: u32,
    total: u64,
    wbits: u32,
    window: Vec<u8>,
    wsize: usize,
    whave: usize,
    wnext: usize,
    hold: u64,
    bits: u32,
    length: usize,
    offset: usize,
    extra: u32,
    fixed: bool,
    lencode: Option<Huffman>,
    distcode: Option<Huffman>,
    nlen: usize,
    ndist: usize,
    ncode: usize,
    have: usize,
    lens: Vec<u8>,
    /// The code lengths of the code-length code.
    cl_lens: Vec<u8>,
    codecode: Option<Huffman>,
    ended: bool,
    msg: Option<&'static str>,
}

struct InIo<'a> {
    input: &'a [u8],
    pos: usize,
    out: &'a mut Vec<u8>,
    /// Where this call's output starts in `out`.
    start: usize,
    avail_out: usize,
}

enum Step {
    Continue,
    Leave,
}

impl Inflate {
    /// `inflateInit2`; Err for zlib's `Z_STREAM_ERROR`.
    pub fn new(window_bits: i32) -> Result<Inflate, BadOption> {
        let (wrap, wb);
        if window_bits < 0 {
            if window_bits < -15 {
                return Err(BadOption);
            }
            wrap = 0;
            wb = -window_bits;
        } else {
            wrap = (window_bits >> 4) + 5;
            wb = if window_bits < 48 {
                window_bits & 15
            } else {
                window_bits
            };
        }
        if wb != 0 && !(8..=15).contains(&wb) {
            return Err(BadOption);
        }
        Ok(Inflate {
            mode: Mode::Head,
            last: false,
            wrap,
            havedict: false,
            flags: -1,
            check: 0,
            total: 0,
            wbits: wb as u32,
            window: Vec::new(),
            wsize: 0,
            whave: 0,
            wnext: 0,
            hold: 0,
            bits: 0,
            length: 0,
            offset: 0,
            extra: 0,
            fixed: false,
            lencode: None,
            distcode: None,
            nlen: 0,
            ndist: 0,
            ncode: 0,
            have: 0,
            lens: vec![0; 320],
            cl_lens: vec![0; 19],
            codecode: None,
            ended: false,
            msg: None,
        })
    }

    fn bad(&mut self, msg: &'static str) -> Step {
        self.msg = Some(msg);
        self.mode = Mode::Bad;
        Step::Continue
    }

    /// `NEEDBITS(n)`: pulls bytes until `n` bits are held; false when input runs out.
    #[inline]
    fn need(&mut self, io: &mut InIo, n: u32) -> bool {
        while self.bits < n {
            if io.pos >= io.input.len() {
                return false;
            }
            self.hold |= (io.input[io.pos] as u64) << self.bits;
            io.pos += 1;
            self.bits += 8;
        }
        true
    }

    #[inline]
    fn pull(&mut self, io: &mut InIo) -> bool {
        if io.pos >= io.input.len() {
            return false;
        }
        self.hold |= (io.input[io.pos] as u64) << self.bits;
        io.pos += 1;
        self.bits += 8;
        true
    }

    #[inline]
    fn take(&mut self, n: u32) -> u32 {
        let v = (self.hold & ((1u64 << n) - 1)) as u32;
        self.hold >>= n;
        self.bits -= n;
        v
    }

    fn init_bits(&mut self) {
        self.hold = 0;
        self.bits = 0;
    }

    fn byte_bits(&mut self) {
        let n = self.bits & 7;
        self.hold >>= n;
        self.bits -= n;
    }

    /// Decodes a symbol with table `which` (0 lengths, 1 distances, 2 code lengths).
    fn decode(&mut self, io: &mut InIo, which: u8) -> Option<u16> {
        loop {
            let table = match which {
                0 => {
                    if self.fixed {
                        &fixed_tables().0
                    } else {
                        self.lencode.as_ref()?
                    }
                }
                1 => {
                    if self.fixed {
                        &fixed_tables().1
                    } else {
                        self.distcode.as_ref()?
                    }
                }
                _ => self.codecode.as_ref()?,
            };
            if let Some((sym, len)) = table.decode(self.hold, self.bits) {
                self.take(len);
                return Some(sym);
            }
            if !self.pull(io) {
                return None;
            }
        }
    }

    /// `updatewindow`: keeps the last `wsize` bytes of output `data`.
    fn update_window(&mut self, data: &[u8]) {
        if self.window.is_empty() {
            self.wsize = 1 << self.wbits;
            self.window = vec![0; self.wsize];
            self.wnext = 0;
            self.whave = 0;
        }
        let copy = data.len();
        if copy >= self.wsize {
            self.window.copy_from_slice(&data[copy - self.wsize..]);
            self.wnext = 0;
            self.whave = self.wsize;
        } else {
            let dist = (self.wsize - self.wnext).min(copy);
            self.window[self.wnext..self.wnext + dist].copy_from_slice(&data[..dist]);
            let rest = copy - dist;
            if rest > 0 {
                self.window[..rest].copy_from_slice(&data[dist..]);
                self.wnext = rest;
                self.whave = self.wsize;
            } else {
                self.wnext += dist;
                if self.wnext == self.wsize {
                    self.wnext = 0;
                }
                if self.whave < self.wsize {
                    self.whave += dist;
                }
            }
        }
    }

    fn update_check(&mut self, data: &[u8]) {
        if self.flags > 0 {
            self.check = crc32(self.check, data);
        } else {
            self.check = adler32(self.check, data);
        }
    }

    /// `inflateSetDictionary`: Z_OK, Z_STREAM_ERROR or Z_DATA_ERROR.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        if self.ended {
            return Z_STREAM_ERROR;
        }
        if self.wrap != 0 && self.mode != Mode::Dict {
            return Z_STREAM_ERROR;
        }
        if self.mode == Mode::Dict && adler32(1, dict) != self.check {
            return Z_DATA_ERROR;
        }
        self.update_window(dict);
        self.havedict = true;
        Z_OK
    }

    /// One step of the state machine.
    fn step(&mut self, io: &mut InIo, flush: i32, ret: &mut i32) -> Step {
        macro_rules! need {
            ($n:expr) => {
                if !self.need(io, $n) {
                    return Step::Leave;
                }
            };
        }
        match self.mode {
            Mode::Head => {
                if self.wrap == 0 {
                    self.mode = Mode::Type;
                    return Step::Continue;
                }
                need!(16);
                if self.wrap & 2 != 0 && self.hold == 0x8b1f {
                    if self.wbits == 0 {
                        self.wbits = 15;
                    }
                    self.check = crc32(0, &[0x1f, 0x8b]);
                    self.init_bits();
                    self.mode = Mode::Flags;
                    return Step::Continue;
                }
                let h = self.hold as u32;
                if self.wrap & 1 == 0 || !(((h & 0xff) << 8) + (h >> 8)).is_multiple_of(31) {
                    return self.bad("incorrect header check");
                }
                if h & 0xf != 8 {
                    return self.bad("unknown compression method");
                }
                self.take(4);
                let len = self.take(4) + 8;
                if self.wbits == 0 {
                    self.wbits = len;
                }
                if len > 15 || len > self.wbits {
                    return self.bad("invalid window size");
                }
                self.flags = 0;
                self.check = 1;
                self.mode = if h & 0x2000 != 0 {
                    Mode::DictId
                } else {
                    Mode::Type
                };
                self.init_bits();
            }
            Mode::Flags => {
                need!(16);
                self.flags = self.hold as i32;
                if self.flags & 0xff != 8 {
                    return self.bad("unknown compression method");
                }
                if self.flags & 0xe000 != 0 {
                    return self.bad("unknown header flags set");
                }
                if self.flags & 0x200 != 0 && self.wrap & 4 != 0 {
                    self.check = crc32(self.check, &(self.hold as u16).to_le_bytes());
                }
                self.init_bits();
                self.mode = Mode::Time;
            }
            Mode::Time => {
                need!(32);
                if self.flags & 0x200 != 0 && self.wrap & 4 != 0 {
                    self.check = crc32(self.check, &(self.hold as u32).to_le_bytes());
                }
                self.init_bits();
                self.mode = Mode::Os;
            }
            Mode::Os => {
                need!(16);
                if self.flags & 0x200 != 0 && self.wrap & 4 != 0 {
                    self.check = crc32(self.check, &(self.hold as u16).to_le_bytes());
                }
                self.init_bits();
                self.mode = Mode::Exlen;
            }
            Mode::Exlen => {
                if self.flags & 0x400 != 0 {
                    need!(16);
                    self.length = self.hold as usize & 0xffff;
                    if self.flags & 0x200 != 0 && self.wrap & 4 != 0 {
                        self.check = crc32(self.check, &(self.hold as u16).to_le_bytes());
                    }
                    self.init_bits();
                }
                self.mode = Mode::Extra;
            }
            Mode::Extra => {
                if self.flags & 0x400 != 0 {
                    let copy = self.length.min(io.input.len() - io.pos);
                    if copy > 0 {
                        if self.flags & 0x200 != 0 && self.wrap & 4 != 0 {
                            self.check = crc32(self.check, &io.input[io.pos..io.pos + copy]);
                        }
                        io.pos += copy;
                        self.length -= copy;
                    }
                    if self.length > 0 {
                        return Step::Leave;
                    }
                }
                self.length = 0;
                self.mode = Mode::Name;
            }
            Mode::Name | Mode::Comment => {
                let bit = if self.mode == Mode::Name {
                    0x800
                } else {
                    0x1000
                };
                if self.flags & bit != 0 {
                    let avail = &io.input[io.pos..];
                    if avail.is_empty() {
                        return Step::Leave;
                    }
                    let (copy, found) = match avail.iter().position(|&b| b == 0) {
                        Some(i) => (i + 1, true),
                        None => (avail.len(), false),
                    };
                    if self.flags & 0x200 != 0 && self.wrap & 4 != 0 {
                        self.check = crc32(self.check, &avail[..copy]);
                    }
                    io.pos += copy;
                    if !found {
                        return Step::Leave;
                    }
                }
                self.length = 0;
                self.mode = if self.mode == Mode::Name {
                    Mode::Comment
                } else {
                    Mode::Hcrc
                };
            }
            Mode::Hcrc => {
                if self.flags & 0x200 != 0 {
                    need!(16);
                    if self.wrap & 4 != 0 && self.hold != (self.check & 0xffff) as u64 {
                        return self.bad("header crc mismatch");
                    }
                    self.init_bits();
                }
                self.check = 0;
                self.mode = Mode::Type;
            }
            Mode::DictId => {
                need!(32);
                self.check = (self.hold as u32).swap_bytes();
                self.init_bits();
                self.mode = Mode::Dict;
            }
            Mode::Dict => {
                if !self.havedict {
                    *ret = Z_NEED_DICT;
                    return Step::Leave;
                }
                self.check = 1;
                self.mode = Mode::Type;
            }
            Mode::Type => {
                if flush == Z_BLOCK || flush == Z_TREES {
                    return Step::Leave;
                }
                if self.last {
                    self.byte_bits();
                    self.mode = Mode::Check;
                    return Step::Continue;
                }
                need!(3);
                self.last = self.take(1) == 1;
                match self.take(2) {
                    0 => self.mode = Mode::Stored,
                    1 => {
                        self.fixed = true;
                        self.mode = Mode::Len;
                    }
                    2 => self.mode = Mode::Table,
                    _ => return self.bad("invalid block type"),
                }
            }
            Mode::Stored => {
                self.byte_bits();
                need!(32);
                if (self.hold & 0xffff) != ((self.hold >> 16) ^ 0xffff) {
                    return self.bad("invalid stored block lengths");
                }
                self.length = (self.hold & 0xffff) as usize;
                self.init_bits();
                self.mode = Mode::Copy;
            }
            Mode::Copy => {
                if self.length > 0 {
                    let copy = self.length.min(io.input.len() - io.pos).min(io.avail_out);
                    if copy == 0 {
                        return Step::Leave;
                    }
                    io.out.extend_from_slice(&io.input[io.pos..io.pos + copy]);
                    io.pos += copy;
                    io.avail_out -= copy;
                    self.length -= copy;
                    return Step::Continue;
                }
                self.mode = Mode::Type;
            }
            Mode::Table => {
                need!(14);
                self.nlen = self.take(5) as usize + 257;
                self.ndist = self.take(5) as usize + 1;
                self.ncode = self.take(4) as usize + 4;
                if self.nlen > 286 || self.ndist > 30 {
                    return self.bad("too many length or distance symbols");
                }
                self.have = 0;
                self.mode = Mode::LenLens;
            }
            Mode::LenLens => {
                while self.have < self.ncode {
                    need!(3);
                    let v = self.take(3) as u8;
                    self.cl_lens[BL_ORDER[self.have]] = v;
                    self.have += 1;
                }
                while self.have < 19 {
                    self.cl_lens[BL_ORDER[self.have]] = 0;
                    self.have += 1;
                }
                match Huffman::new(&self.cl_lens, true) {
                    Ok(h) => self.codecode = Some(h),
                    Err(()) => return self.bad("invalid code lengths set"),
                }
                self.have = 0;
                self.mode = Mode::CodeLens;
            }
            Mode::CodeLens => {
                while self.have < self.nlen + self.ndist {
                    // Peek the symbol first: the repeat codes need their extra bits
                    // before anything is dropped (zlib's NEEDBITS(here.bits + n)).
                    let (sym, len) = loop {
                        let table = self.codecode.as_ref().unwrap_or_else(|| unreachable!());
                        if let Some(r) = table.decode(self.hold, self.bits) {
                            break r;
                        }
                        if !self.pull(io) {
                            return Step::Leave;
                        }
                    };
                    if sym < 16 || sym == INVALID_SYM {
                        self.take(len);
                        self.lens[self.have] = if sym == INVALID_SYM { 0 } else { sym as u8 };
                        self.have += 1;
                    } else {
                        let (extra, base) = match sym {
                            16 => (2, 3),
                            17 => (3, 3),
                            _ => (7, 11),
                        };
                        need!(len + extra);
                        self.take(len);
                        let value = if sym == 16 {
                            if self.have == 0 {
                                return self.bad("invalid bit length repeat");
                            }
                            self.lens[self.have - 1]
                        } else {
                            0
                        };
                        let copy = base + self.take(extra) as usize;
                        if self.have + copy > self.nlen + self.ndist {
                            return self.bad("invalid bit length repeat");
                        }
                        for _ in 0..copy {
                            self.lens[self.have] = value;
                            self.have += 1;
                        }
                    }
                }
                if self.lens[256] == 0 {
                    return self.bad("invalid code -- missing end-of-block");
                }
                match Huffman::new(&self.lens[..self.nlen], false) {
                    Ok(h) => self.lencode = Some(h),
                    Err(()) => return self.bad("invalid literal/lengths set"),
                }
                match Huffman::new(&self.lens[self.nlen..self.nlen + self.ndist], false) {
                    Ok(h) => self.distcode = Some(h),
                    Err(()) => return self.bad("invalid distances set"),
                }
                self.fixed = false;
                self.mode = Mode::Len;
            }
            Mode::Len => {
                let Some(sym) = self.decode(io, 0) else {
                    return Step::Leave;
                };
                let sym = sym as usize;
                if sym < 256 {
                    self.length = sym;
                    self.mode = Mode::Lit;
                } else if sym == 256 {
                    self.mode = Mode::Type;
                } else if sym >= 286 {
                    return self.bad("invalid literal/length code");
                } else {
                    let code = sym - 257;
                    self.length = LEN_BASE[code] as usize;
                    self.extra = EXTRA_LBITS[code] as u32;
                    self.mode = Mode::LenExt;
                }
            }
            Mode::LenExt => {
                if self.extra > 0 {
                    need!(self.extra);
                    let e = self.extra;
                    self.length += self.take(e) as usize;
                }
                self.mode = Mode::Dist;
            }
            Mode::Dist => {
                let Some(sym) = self.decode(io, 1) else {
                    return Step::Leave;
                };
                let sym = sym as usize;
                if sym >= 30 {
                    return self.bad("invalid distance code");
                }
                self.offset = DIST_BASE[sym] as usize;
                self.extra = EXTRA_DBITS[sym] as u32;
                self.mode = Mode::DistExt;
            }
            Mode::DistExt => {
                if self.extra > 0 {
                    need!(self.extra);
                    let e = self.extra;
                    self.offset += self.take(e) as usize;
                }
                self.mode = Mode::Match;
            }
            Mode::Match => {
                if io.avail_out == 0 {
                    return Step::Leave;
                }
                let produced = io.out.len() - io.start;
                let mut copy;
                if self.offset > produced {
                    copy = self.offset - produced;
                    if copy > self.whave {
                        return self.bad("invalid distance too far back");
                    }
                    let from = if copy > self.wnext {
                        copy -= self.wnext;
                        self.wsize - copy
                    } else {
                        self.wnext - copy
                    };
                    if copy > self.length {
                        copy = self.length;
                    }
                    copy = copy.min(io.avail_out);
                    io.out.extend_from_slice(&self.window[from..from + copy]);
                } else {
                    copy = self.length.min(io.avail_out);
                    let src = io.out.len() - self.offset;
                    if self.offset >= copy {
                        io.out.extend_from_within(src..src + copy);
                    } else {
                        for i in 0..copy {
                            let b = io.out[src + i];
                            io.out.push(b);
                        }
                    }
                }
                io.avail_out -= copy;
                self.length -= copy;
                if self.length == 0 {
                    self.mode = Mode::Len;
                }
            }
            Mode::Lit => {
                if io.avail_out == 0 {
                    return Step::Leave;
                }
                io.out.push(self.length as u8);
                io.avail_out -= 1;
                self.mode = Mode::Len;
            }
            Mode::Check => {
                if self.wrap != 0 {
                    need!(32);
                    let produced = io.out.len() - io.start;
                    self.total += produced as u64;
                    if self.wrap & 4 != 0 && produced > 0 {
                        let data = io.out[io.start..].to_vec();
                        self.update_check(&data);
                    }
                    // The output so far is accounted for; leaving will not count it again.
                    io.start = io.out.len();
                    let h = self.hold as u32;
                    let stored = if self.flags > 0 { h } else { h.swap_bytes() };
                    if self.wrap & 4 != 0 && stored != self.check {
                        return self.bad("incorrect data check");
                    }
                    self.init_bits();
                }
                self.mode = Mode::Length;
            }
            Mode::Length => {
                if self.wrap != 0 && self.flags > 0 {
                    need!(32);
                    if self.wrap & 4 != 0 && self.hold != (self.total & 0xffff_ffff) {
                        return self.bad("incorrect length check");
                    }
                    self.init_bits();
                }
                self.mode = Mode::Done;
            }
            Mode::Done => {
                *ret = Z_STREAM_END;
                return Step::Leave;
            }
            Mode::Bad => {
                *ret = Z_DATA_ERROR;
                return Step::Leave;
            }
        }
        Step::Continue
    }

    /// `inflate(strm, flush)`: decodes `input` into `out` with `avail_out` bytes of room.
    /// Returns the code and the number of input bytes consumed.
    fn inflate(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        avail_out: usize,
        flush: i32,
    ) -> (i32, usize) {
        if self.ended {
            return (Z_STREAM_ERROR, 0);
        }
        let start = out.len();
        let mut io = InIo {
            input,
            pos: 0,
            out,
            start,
            avail_out,
        };
        let mut ret = Z_OK;
        while let Step::Continue = self.step(&mut io, flush, &mut ret) {}
        // The window and the check take in what this call wrote.
        let all_new = io.out.len() - start;
        let new_unchecked = io.out.len() - io.start;
        if all_new > 0
            && (!self.window.is_empty()
                || (self.mode < Mode::Bad && (self.mode < Mode::Check || flush != Z_FINISH)))
        {
            let data = io.out[start..].to_vec();
            self.update_window(&data);
        }
        if new_unchecked > 0 {
            self.total += new_unchecked as u64;
            if self.wrap & 4 != 0 {
                let data = io.out[io.start..].to_vec();
                self.update_check(&data);
            }
        }
        let consumed = io.pos;
        if ((consumed == 0 && all_new == 0) || flush == Z_FINISH) && ret == Z_OK {
            ret = Z_BUF_ERROR;
        }
        (ret, consumed)
    }
}

// ---------------------------------------------------------------------------------------
// Serialized state
// ---------------------------------------------------------------------------------------

struct Writer(Vec<u8>);

impl Writer {
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.u64(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn u16s(&mut self, v: &[u16]) {
        self.u64(v.len() as u64);
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
    fn u32s(&mut self, v: &[u32]) {
        self.u64(v.len() as u64);
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }
}

struct Reader<'a>(&'a [u8], usize);

impl Reader<'_> {
    fn u64(&mut self) -> Option<u64> {
        let b = self.0.get(self.1..self.1 + 8)?;
        self.1 += 8;
        Some(u64::from_le_bytes(b.try_into().ok()?))
    }
    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }
    fn i64(&mut self) -> Option<i64> {
        Some(self.u64()? as i64)
    }
    fn bytes(&mut self) -> Option<Vec<u8>> {
        let n = self.usize()?;
        let b = self.0.get(self.1..self.1.checked_add(n)?)?;
        self.1 += n;
        Some(b.to_vec())
    }
    fn u16s(&mut self) -> Option<Vec<u16>> {
        let n = self.usize()?;
        let b = self.0.get(self.1..self.1.checked_add(n.checked_mul(2)?)?)?;
        self.1 += 2 * n;
        Some(
            b.chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect(),
        )
    }
    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.usize()?;
        let b = self.0.get(self.1..self.1.checked_add(n.checked_mul(4)?)?)?;
        self.1 += 4 * n;
        Some(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }
}

const MSGS: [&str; 21] = [
    "need dictionary",
    "stream end",
    "file error",
    "stream error",
    "data error",
    "insufficient memory",
    "buffer error",
    "incompatible version",
    "incorrect header check",
    "unknown compression method",
    "invalid window size",
    "unknown header flags set",
    "header crc mismatch",
    "invalid block type",
    "invalid stored block lengths",
    "too many length or distance symbols",
    "invalid code lengths set",
    "invalid bit length repeat",
    "invalid code -- missing end-of-block",
    "invalid literal/lengths set",
    "invalid distances set",
];
const MSGS2: [&str; 5] = [
    "invalid literal/length code",
    "invalid distance code",
    "invalid distance too far back",
    "incorrect data check",
    "incorrect length check",
];

fn msg_code(m: Option<&'static str>) -> u64 {
    match m {
        None => 0,
        Some(m) => MSGS
            .iter()
            .chain(MSGS2.iter())
            .position(|x| *x == m)
            .map_or(0, |i| i as u64 + 1),
    }
}

fn msg_from(code: u64) -> Option<&'static str> {
    if code == 0 {
        return None;
    }
    MSGS.iter()
        .chain(MSGS2.iter())
        .nth(code as usize - 1)
        .copied()
}

const DEFLATE_TAG: u64 = 0x5a44_4546;
const INFLATE_TAG: u64 = 0x5a49_4e46;

impl Deflate {
    fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(self.window.len() * 3 + 4096));
        w.u64(DEFLATE_TAG);
        for v in [
            self.level as u64,
            self.strategy as u64,
            self.wrap as i64 as u64,
            self.status as u64,
            self.ended as u64,
            msg_code(self.msg),
            self.last_flush as i64 as u64,
            self.w_bits as u64,
            self.hash_size as u64,
            self.lit_bufsize as u64,
            self.ins_h as u64,
            self.strstart as u64,
            self.block_start as u64,
            self.lookahead as u64,
            self.insert as u64,
            self.match_length as u64,
            self.prev_length as u64,
            self.match_available as u64,
            self.match_start as u64,
            self.prev_match as u64,
            self.high_water as u64,
            self.bi_buf as u64,
            self.bi_valid as u64,
            self.adler as u64,
            self.total_in,
        ] {
            w.u64(v);
        }
        w.bytes(&self.window);
        w.u16s(&self.prev);
        w.u16s(&self.head);
        w.bytes(&self.sym_buf);
        w.u32s(&self.ltree.freq[..L_CODES]);
        w.u32s(&self.dtree.freq[..D_CODES]);
        w.bytes(&self.pending[self.pending_out..]);
        w.0
    }

    fn from_bytes(b: &[u8]) -> Option<Deflate> {
        let mut r = Reader(b, 0);
        if r.u64()? != DEFLATE_TAG {
            return None;
        }
        let level = r.usize()?;
        let strategy = r.u64()? as i32;
        let wrap = r.i64()? as i32;
        let status = match r.u64()? {
            42 => Status::Init,
            57 => Status::Gzip,
            113 => Status::Busy,
            _ => Status::Finish,
        };
        let ended = r.u64()? != 0;
        let msg = msg_from(r.u64()?);
        let last_flush = r.i64()? as i32;
        let w_bits = r.usize()?;
        let hash_size = r.usize()?;
        let lit_bufsize = r.usize()?;
        if !(9..=15).contains(&w_bits) || !hash_size.is_power_of_two() || level > 9 {
            return None;
        }
        let mem_level = hash_size.trailing_zeros() as i32 - 7;
        let wb = if wrap.abs() == 2 {
            w_bits as i32 + 16
        } else if wrap == 0 {
            -(w_bits as i32)
        } else {
            w_bits as i32
        };
        let mut s = Deflate::new(level as i32, 8, wb, mem_level, strategy).ok()?;
        if s.lit_bufsize != lit_bufsize {
            return None;
        }
        s.wrap = wrap;
        s.status = status;
        s.ended = ended;
        s.msg = msg;
        s.last_flush = last_flush;
        s.ins_h = r.usize()?;
        s.strstart = r.usize()?;
        s.block_start = r.i64()?;
        s.lookahead = r.usize()?;
        s.insert = r.usize()?;
        s.match_length = r.usize()?;
        s.prev_length = r.usize()?;
        s.match_available = r.u64()? != 0;
        s.match_start = r.usize()?;
        s.prev_match = r.usize()?;
        s.high_water = r.usize()?;
        s.bi_buf = r.u64()? as u32;
        s.bi_valid = r.u64()? as u32;
        s.adler = r.u64()? as u32;
        s.total_in = r.u64()?;
        let window = r.bytes()?;
        let prev = r.u16s()?;
        let head = r.u16s()?;
        let sym = r.bytes()?;
        let lfreq = r.u32s()?;
        let dfreq = r.u32s()?;
        let pending = r.bytes()?;
        if window.len() != s.window.len()
            || prev.len() != s.prev.len()
            || head.len() != s.head.len()
            || sym.len() > s.sym_end
            || lfreq.len() != L_CODES
            || dfreq.len() != D_CODES
            || s.strstart + s.lookahead > s.window_size
            || s.ins_h >= s.hash_size
            || s.bi_valid > 16
            || s.block_start > s.strstart as i64
            || (s.level == 0 && s.block_start < 0)
            || s.insert > s.strstart
            || s.match_length > MAX_MATCH
            || s.prev_length > MAX_MATCH
            || s.high_water > s.window_size
            || sym.len() % 3 != 0
        {
            return None;
        }
        s.window = window;
        s.prev = prev;
        s.head = head;
        s.sym_buf = sym;
        s.ltree.freq[..L_CODES].copy_from_slice(&lfreq);
        s.dtree.freq[..D_CODES].copy_from_slice(&dfreq);
        s.pending = pending;
        Some(s)
    }
}

impl Inflate {
    fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(self.window.len() + 1024));
        w.u64(INFLATE_TAG);
        for v in [
            self.mode as u64,
            self.last as u64,
            self.wrap as i64 as u64,
            self.havedict as u64,
            self.flags as i64 as u64,
            self.check as u64,
            self.total,
            self.wbits as u64,
            self.whave as u64,
            self.wnext as u64,
            self.hold,
            self.bits as u64,
            self.length as u64,
            self.offset as u64,
            self.extra as u64,
            self.fixed as u64,
            self.nlen as u64,
            self.ndist as u64,
            self.ncode as u64,
            self.have as u64,
            self.ended as u64,
            msg_code(self.msg),
        ] {
            w.u64(v);
        }
        w.bytes(&self.window);
        w.bytes(&self.lens);
        w.bytes(&self.cl_lens);
        w.u64(self.lencode.is_some() as u64);
        w.u64(self.codecode.is_some() as u64);
        w.0
    }

    fn from_bytes(b: &[u8]) -> Option<Inflate> {
        let mut r = Reader(b, 0);
        if r.u64()? != INFLATE_TAG {
            return None;
        }
        const MODES: [Mode; 27] = [
            Mode::Head,
            Mode::Flags,
            Mode::Time,
            Mode::Os,
            Mode::Exlen,
            Mode::Extra,
            Mode::Name,
            Mode::Comment,
            Mode::Hcrc,
            Mode::DictId,
            Mode::Dict,
            Mode::Type,
            Mode::Stored,
            Mode::Copy,
            Mode::Table,
            Mode::LenLens,
            Mode::CodeLens,
            Mode::Len,
            Mode::LenExt,
            Mode::Dist,
            Mode::DistExt,
            Mode::Match,
            Mode::Lit,
            Mode::Check,
            Mode::Length,
            Mode::Done,
            Mode::Bad,
        ];
        let mode = *MODES.get(r.usize()?)?;
        let mut s = Inflate::new(-15).ok()?;
        s.mode = mode;
        s.last = r.u64()? != 0;
        s.wrap = r.i64()? as i32;
        s.havedict = r.u64()? != 0;
        s.flags = r.i64()? as i32;
        s.check = r.u64()? as u32;
        s.total = r.u64()?;
        s.wbits = r.u64()? as u32;
        s.whave = r.usize()?;
        s.wnext = r.usize()?;
        s.hold = r.u64()?;
        s.bits = r.u64()? as u32;
        s.length = r.usize()?;
        s.offset = r.usize()?;
        s.extra = r.u64()? as u32;
        s.fixed = r.u64()? != 0;
        s.nlen = r.usize()?;
        s.ndist = r.usize()?;
        s.ncode = r.usize()?;
        s.have = r.usize()?;
        s.ended = r.u64()? != 0;
        s.msg = msg_from(r.u64()?);
        s.window = r.bytes()?;
        s.wsize = s.window.len();
        s.lens = r.bytes()?;
        s.cl_lens = r.bytes()?;
        let has_tables = r.u64()? != 0;
        let has_codecode = r.u64()? != 0;
        if s.wbits > 15
            || s.lens.len() != 320
            || s.cl_lens.len() != 19
            || s.whave > s.wsize
            || s.wnext > s.wsize
            || (s.wsize != 0 && s.wsize != 1 << s.wbits)
            || s.bits > 64
            || s.nlen > 286
            || s.ndist > 30
            || s.ncode > 19
            || s.extra > 13
            || s.have > 320
            || s.length > 65535
            || s.offset > 32768 + 24577
        {
            return None;
        }
        // The decoding tables are rebuilt from the code lengths they were made of.
        if has_tables && !s.fixed {
            let (nl, nd) = (s.nlen, s.ndist);
            s.lencode = Huffman::new(&s.lens[..nl], false).ok();
            s.distcode = Huffman::new(&s.lens[nl..nl + nd], false).ok();
        }
        if has_codecode {
            s.codecode = Huffman::new(&s.cl_lens, true).ok();
        }
        Some(s)
    }
}

// ---------------------------------------------------------------------------------------
// The Python-facing helpers
// ---------------------------------------------------------------------------------------

fn arg<'a>(vm: &Vm, args: &'a Args, i: usize) -> PyResult<&'a PyRef> {
    args.positional()
        .get(i)
        .ok_or_else(|| vm.type_error("zlib native: missing argument"))
}

fn int_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<i64> {
    arg(vm, args, i)?
        .as_i64()
        .ok_or_else(|| vm.type_error("zlib native: bad int"))
}

fn data_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<Vec<u8>> {
    let obj = arg(vm, args, i)?;
    buffer_bytes(vm, obj)?.ok_or_else(|| vm.type_error("zlib native: bad buffer"))
}

fn state_bytes(vm: &Vm, obj: &PyRef) -> PyResult<Vec<u8>> {
    match &obj.payload {
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => Err(vm.type_error("zlib native: bad state")),
    }
}

fn store_state(obj: &PyRef, data: Vec<u8>) {
    if let Payload::ByteArray(b) = &obj.payload {
        *b.borrow_mut() = data;
    }
}

fn new_state(vm: &Vm, data: Vec<u8>) -> PyRef {
    PyRef::new(
        &vm.types.bytearray_type,
        Payload::ByteArray(RefCell::new(data)),
    )
}

fn u32_arg(vm: &Vm, args: &Args, i: usize) -> PyResult<u32> {
    let v = arg(vm, args, i)?;
    if let Some(i) = v.as_i64() {
        return Ok(i as u32);
    }
    Err(vm.type_error("zlib native: bad value"))
}

/// `_crc32(data, value)`: value already reduced to 32 bits by the caller.
fn native_crc32(vm: &mut Vm, args: Args) -> PyResult {
    let data = data_arg(vm, &args, 0)?;
    let v = u32_arg(vm, &args, 1)?;
    Ok(vm.int(crc32(v, &data) as i64))
}

fn native_adler32(vm: &mut Vm, args: Args) -> PyResult {
    let data = data_arg(vm, &args, 0)?;
    let v = u32_arg(vm, &args, 1)?;
    Ok(vm.int(adler32(v, &data) as i64))
}

/// An error report for the Python half: `(code, message or None)`.
fn error_tuple(vm: &Vm, code: i32, msg: Option<&str>) -> PyRef {
    let c = vm.int(code as i64);
    let m = match msg {
        Some(m) => vm.str(m),
        None => vm.none(),
    };
    vm.tuple(vec![c, m])
}

/// `_compress(data, level, wbits)`: bytes, or an int when zlib refuses the options.
fn native_compress(vm: &mut Vm, args: Args) -> PyResult {
    let data = data_arg(vm, &args, 0)?;
    let level = int_arg(vm, &args, 1)?;
    let wbits = int_arg(vm, &args, 2)?;
    let Ok(mut s) = Deflate::new(level as i32, 8, wbits as i32, 8, 0) else {
        return Ok(vm.int(Z_STREAM_ERROR as i64));
    };
    let (out, err) = run_deflate(&mut s, &data, Z_FINISH);
    if err != Z_STREAM_END {
        return Ok(error_tuple(vm, err, s.msg));
    }
    Ok(vm.bytes(out))
}

/// `_deflate_new(level, method, wbits, memLevel, strategy, zdict or None)`: the state
/// bytearray, or an int: -2 for bad options, -1 for a dictionary zlib refuses.
fn native_deflate_new(vm: &mut Vm, args: Args) -> PyResult {
    let level = int_arg(vm, &args, 0)?;
    let method = int_arg(vm, &args, 1)?;
    let wbits = int_arg(vm, &args, 2)?;
    let mem = int_arg(vm, &args, 3)?;
    let strategy = int_arg(vm, &args, 4)?;
    let clamp = |v: i64| v.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let Ok(mut s) = Deflate::new(
        clamp(level),
        clamp(method),
        clamp(wbits),
        clamp(mem),
        clamp(strategy),
    ) else {
        return Ok(vm.int(-2));
    };
    let zdict = arg(vm, &args, 5)?;
    if !matches!(zdict.payload, Payload::NoneValue) {
        let d = buffer_bytes(vm, zdict)?.unwrap_or_default();
        if !s.set_dictionary(&d) {
            return Ok(vm.int(-1));
        }
    }
    Ok(new_state(vm, s.to_bytes()))
}

fn load_deflate(vm: &Vm, obj: &PyRef) -> PyResult<Deflate> {
    let b = state_bytes(vm, obj)?;
    Deflate::from_bytes(&b).ok_or_else(|| vm.value_error("zlib: broken compressor state"))
}

fn load_inflate(vm: &Vm, obj: &PyRef) -> PyResult<Inflate> {
    let b = state_bytes(vm, obj)?;
    Inflate::from_bytes(&b).ok_or_else(|| vm.value_error("zlib: broken decompressor state"))
}

/// `_deflate_compress(state, data)`: bytes, or `(code, msg)`.
fn native_deflate_compress(vm: &mut Vm, args: Args) -> PyResult {
    let st = arg(vm, &args, 0)?.clone();
    let data = data_arg(vm, &args, 1)?;
    let mut s = load_deflate(vm, &st)?;
    let (out, err) = run_deflate(&mut s, &data, Z_NO_FLUSH);
    let result = if err == Z_STREAM_ERROR {
        error_tuple(vm, err, s.msg)
    } else {
        vm.bytes(out)
    };
    store_state(&st, s.to_bytes());
    Ok(result)
}

/// `_deflate_flush(state, mode)`: bytes, or `(code, msg)`.
fn native_deflate_flush(vm: &mut Vm, args: Args) -> PyResult {
    let st = arg(vm, &args, 0)?.clone();
    let mode = int_arg(vm, &args, 1)?;
    let mode = mode.clamp(-1, 100) as i32;
    let mut s = load_deflate(vm, &st)?;
    let (out, err) = run_deflate(&mut s, &[], mode);
    let result = if err == Z_STREAM_ERROR {
        error_tuple(vm, err, s.msg)
    } else if err == Z_STREAM_END && mode == Z_FINISH {
        s.ended = true;
        vm.bytes(out)
    } else if err != Z_OK && err != Z_BUF_ERROR {
        error_tuple(vm, err, s.msg)
    } else {
        vm.bytes(out)
    };
    store_state(&st, s.to_bytes());
    Ok(result)
}

/// `_deflate_ok(state)`: whether the stream is still initialised (copy() allowed).
fn native_deflate_ok(vm: &mut Vm, args: Args) -> PyResult {
    let st = arg(vm, &args, 0)?.clone();
    let s = load_deflate(vm, &st)?;
    Ok(vm.bool(!s.ended))
}

fn native_inflate_ok(vm: &mut Vm, args: Args) -> PyResult {
    let st = arg(vm, &args, 0)?.clone();
    let s = load_inflate(vm, &st)?;
    Ok(vm.bool(!s.ended))
}

/// `_decompress(data, wbits, bufsize)`: bytes, or `(code, msg, where)`.
fn native_decompress(vm: &mut Vm, args: Args) -> PyResult {
    let data = data_arg(vm, &args, 0)?;
    let wbits = int_arg(vm, &args, 1)?;
    let bufsize = int_arg(vm, &args, 2)?.max(1) as usize;
    let wbits = wbits.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let Ok(mut s) = Inflate::new(wbits) else {
        let e = error_tuple(vm, Z_STREAM_ERROR, None);
        return Ok(vm.tuple(vec![e, vm.str("while preparing to decompress data")]));
    };
    let mut out = Vec::new();
    let mut pos = 0;
    let mut avail = bufsize;
    let mut blocks = 1;
    let mut err;
    loop {
        if avail == 0 {
            avail = block_size(blocks);
            blocks += 1;
        }
        let before = out.len();
        let (e, used) = s.inflate(&data[pos..], &mut out, avail, Z_FINISH);
        err = e;
        pos += used;
        avail -= out.len() - before;
        if err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END {
            let e = error_tuple(vm, err, s.msg);
            return Ok(vm.tuple(vec![e, vm.str("while decompressing data")]));
        }
        if avail != 0 {
            break;
        }
    }
    if err != Z_STREAM_END {
        let e = error_tuple(vm, err, s.msg);
        return Ok(vm.tuple(vec![e, vm.str("while decompressing data")]));
    }
    Ok(vm.bytes(out))
}

/// `_inflate_new(wbits, zdict or None)`: the state, or `(code, msg)` (code -2 alone for
/// bad options).
fn native_inflate_new(vm: &mut Vm, args: Args) -> PyResult {
    let wbits = int_arg(vm, &args, 0)?;
    let wbits = wbits.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let Ok(mut s) = Inflate::new(wbits) else {
        return Ok(vm.int(-2));
    };
    let zdict = arg(vm, &args, 1)?;
    if !matches!(zdict.payload, Payload::NoneValue) && wbits < 0 {
        let d = buffer_bytes(vm, zdict)?.unwrap_or_default();
        let err = s.set_dictionary(&d);
        if err != Z_OK {
            return Ok(error_tuple(vm, err, s.msg));
        }
    }
    Ok(new_state(vm, s.to_bytes()))
}

/// CPython's decompressing loop over `input` (inflate with `flush`, growing the output in
/// blocks up to `hard_limit`), setting the dictionary when asked. Returns the output, the
/// last code, the input consumed, and a zdict error if setting it failed.
fn run_inflate(
    s: &mut Inflate,
    input: &[u8],
    first_block: usize,
    hard_limit: usize,
    flush: i32,
    zdict: Option<&[u8]>,
) -> (Vec<u8>, i32, usize, Option<i32>) {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut avail = first_block.min(hard_limit);
    let mut blocks = 1;
    let mut err = Z_OK;
    'outer: loop {
        if avail == 0 {
            if out.len() == hard_limit {
                break;
            }
            avail = block_size(blocks).min(hard_limit - out.len());
            blocks += 1;
        }
        let before = out.len();
        let (e, used) = s.inflate(&input[pos..], &mut out, avail, flush);
        err = e;
        pos += used;
        avail -= out.len() - before;
        match err {
            Z_OK | Z_BUF_ERROR | Z_STREAM_END => {}
            Z_NEED_DICT if zdict.is_some() => {
                let e = s.set_dictionary(zdict.unwrap_or_default());
                if e != Z_OK {
                    return (out, err, pos, Some(e));
                }
            }
            _ => break 'outer,
        }
        if !(avail == 0 || err == Z_NEED_DICT) {
            break;
        }
    }
    // The outer loop of CPython ends here too: all input goes in one call.
    (out, err, pos, None)
}

/// `_inflate_decompress(state, data, max_length, zdict)`: `(output, code, msg, consumed,
/// eof)`; code is an error code to raise, or 0.
fn native_inflate_decompress(vm: &mut Vm, args: Args) -> PyResult {
    let st = arg(vm, &args, 0)?.clone();
    let data = data_arg(vm, &args, 1)?;
    let max_length = int_arg(vm, &args, 2)?;
    let zdict_obj = arg(vm, &args, 3)?;
    let zdict = if matches!(zdict_obj.payload, Payload::NoneValue) {
        None
    } else {
        buffer_bytes(vm, zdict_obj)?
    };
    let hard_limit = if max_length <= 0 {
        usize::MAX
    } else {
        max_length as usize
    };
    let mut s = load_inflate(vm, &st)?;
    let (out, err, used, zerr) = run_inflate(
        &mut s,
        &data,
        block_size(0),
        hard_limit,
        Z_SYNC_FLUSH,
        zdict.as_deref(),
    );
    let (code, msg) = if let Some(e) = zerr {
        (e, "while setting zdict")
    } else if err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END {
        (err, "while decompressing data")
    } else {
        (0, "")
    };
    let eof = err == Z_STREAM_END;
    store_state(&st, s.to_bytes());
    let items = vec![
        vm.bytes(out),
        error_tuple(vm, code, s.msg),
        vm.str(msg),
        vm.int(used as i64),
        vm.bool(eof),
    ];
    Ok(vm.tuple(items))
}

/// `_inflate_flush(state, tail, zdict, length)`: `(output, code, msg, consumed, eof)`, as above;
/// at the end of the stream the state is ended.
fn native_inflate_flush(vm: &mut Vm, args: Args) -> PyResult {
    let st = arg(vm, &args, 0)?.clone();
    let data = data_arg(vm, &args, 1)?;
    let zdict_obj = arg(vm, &args, 2)?;
    let zdict = if matches!(zdict_obj.payload, Payload::NoneValue) {
        None
    } else {
        buffer_bytes(vm, zdict_obj)?
    };
    let length = int_arg(vm, &args, 3)?.max(1) as usize;
    let mut s = load_inflate(vm, &st)?;
    let (out, err, used, zerr) = run_inflate(
        &mut s,
        &data,
        length,
        usize::MAX,
        Z_FINISH,
        zdict.as_deref(),
    );
    let (code, msg) = if let Some(e) = zerr {
        (e, "while setting zdict")
    } else {
        (0, "")
    };
    let eof = err == Z_STREAM_END;
    if eof {
        s.ended = true;
    }
    store_state(&st, s.to_bytes());
    let items = vec![
        vm.bytes(out),
        error_tuple(vm, code, s.msg),
        vm.str(msg),
        vm.int(used as i64),
        vm.bool(eof),
    ];
    Ok(vm.tuple(items))
}
