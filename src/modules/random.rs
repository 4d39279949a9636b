//! `_random`: CPython's Mersenne Twister (`Modules/_randommodule.c`), and the native
//! helpers of our Python `random` module (`py/random.py`): SHA-512 for str/bytes seeds
//! and `urandom` for `SystemRandom`.
//!
//! ## Where the state lives
//!
//! `_random.Random` is a class of `py/_random.py` whose one `__slots__` entry,
//! [`STATE_SLOT`], holds a bytearray: the 624 32-bit words of MT19937 then the index,
//! little-endian ([`STATE_BYTES`] bytes, as `RandomObject` holds `state[N]` and `index`).
//! [`install`] puts the native methods (`random`, `seed`, `getstate`, `setstate`,
//! `getrandbits`, `__init__`, `__sizeof__`) in that class, so subclasses (`random.Random`)
//! inherit them as they inherit C methods. An instance whose slot is still empty (a
//! subclass `__init__` that never seeded) has CPython's zeroed state, made on first use.
//!
//! Every output is bit-exact with CPython: `init_by_array` over the seed's 32-bit words,
//! `genrand_res53` for `random()`, `getrandbits` filling words from the least
//! significant end.

use super::hashing::sha512;

use crate::heap::PyRef;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::objects::methods::{check_args, method_args};
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use std::cell::RefCell;

/// Set in `_random` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[("_install", install)];

/// Set in `random` before its Python source runs.
pub static PY_NATIVE: &[(&str, NativeFn)] = &[("_sha512", sha512_digest), ("_urandom", urandom)];

/// The `__slots__` name of the state; a dunder, so attribute lookup never shows it.
pub const STATE_SLOT: &str = "__mt_state__";

/// `N` of MT19937: words of state.
const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;
/// The state words, then the index.
const STATE_BYTES: usize = 4 * N + 4;
/// `sizeof(RandomObject)`: the object header, `int index` and `uint32_t state[N]`, padded
/// to the header's 8-byte alignment.
const RANDOM_OBJECT_SIZE: usize = (16 + 4 + 4 * N).next_multiple_of(8);

/// The methods [`install`] adds, in `random_methods` order, then the type slots.
const METHODS: &[(&str, NativeFn)] = &[
    ("random", random_random),
    ("seed", random_seed),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
    ("getrandbits", random_getrandbits),
    ("__init__", random_init),
    ("__sizeof__", random_sizeof),
];

/// `_install(cls)`: makes `cls` the `_random.Random` type by giving it the native methods.
fn install(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.positional().first() else {
        return Err(vm.type_error("_install() needs a class"));
    };
    if cls.type_data().is_none() {
        return Err(vm.type_error("_install() needs a class"));
    }
    for (name, func) in METHODS {
        let method = PyRef::new(
            &vm.types.builtin_function_type,
            Payload::Builtin(Box::new(BuiltinFunction {
                name,
                func: *func,
                receiver: None,
                owner: Some("_random.Random"),
                owner_type: None,
                module: None,
                varargs: false,
                checks_recursion: false,
                fast: crate::objects::function::FastBuiltin::None,
            })),
        );
        vm.set_type_attr(cls, name, method);
    }
    Ok(vm.none())
}

// ---------------------------------------------------------------------------------------
// The generator over a state's bytes
// ---------------------------------------------------------------------------------------

/// MT19937 working in place on a state bytearray's contents.
struct Twister<'a>(&'a mut [u8]);

impl Twister<'_> {
    fn word(&self, i: usize) -> u32 {
        let mut b = [0u8; 4];
        b.copy_from_slice(&self.0[4 * i..4 * i + 4]);
        u32::from_le_bytes(b)
    }

    fn set_word(&mut self, i: usize, v: u32) {
        self.0[4 * i..4 * i + 4].copy_from_slice(&v.to_le_bytes());
    }

    fn index(&self) -> usize {
        self.word(N) as usize
    }

    fn set_index(&mut self, i: usize) {
        self.set_word(N, i as u32);
    }

    /// `genrand_uint32`: the next tempered word, regenerating all `N` words when spent.
    fn next_u32(&mut self) -> u32 {
        let mut index = self.index();
        if index >= N {
            let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N {
                let y = (self.word(kk) & UPPER_MASK) | (self.word((kk + 1) % N) & LOWER_MASK);
                let v = self.word((kk + M) % N) ^ (y >> 1) ^ mag01(y);
                self.set_word(kk, v);
            }
            index = 0;
        }
        let mut y = self.word(index);
        self.set_index(index + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `init_genrand`.
    fn init_genrand(&mut self, seed: u32) {
        self.set_word(0, seed);
        for i in 1..N {
            let prev = self.word(i - 1);
            self.set_word(
                i,
                1_812_433_253u32
                    .wrapping_mul(prev ^ (prev >> 30))
                    .wrapping_add(i as u32),
            );
        }
        self.set_index(N);
    }

    /// `init_by_array`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.word(i - 1);
            let v = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            self.set_word(i, v);
            i += 1;
            j += 1;
            if i >= N {
                let last = self.word(N - 1);
                self.set_word(0, last);
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.word(i - 1);
            let v = (self.word(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            self.set_word(i, v);
            i += 1;
            if i >= N {
                let last = self.word(N - 1);
                self.set_word(0, last);
                i = 1;
            }
        }
        self.set_word(0, 0x8000_0000);
    }
}

/// The state bytearray of `obj`, made (zeroed) on first use; a TypeError in CPython's
/// words when `obj` is no `_random.Random`.
fn state_of(vm: &Vm, obj: &PyRef, method: &str) -> PyResult<PyRef> {
    let not_random = || {
        vm.type_error(format!(
            "descriptor '{method}' for '_random.Random' objects doesn't apply to a '{}' object",
            obj.class_name()
        ))
    };
    let (Payload::Instance(inst), Some(index)) = (&obj.payload, slot_index(obj.class())) else {
        return Err(not_random());
    };
    if let Some(state) = inst.slot(index) {
        if let Payload::ByteArray(b) = &state.payload {
            if b.borrow().len() == STATE_BYTES {
                return Ok(state);
            }
        }
    }
    let state = PyRef::new(
        &vm.types.bytearray_type,
        Payload::ByteArray(RefCell::new(vec![0u8; STATE_BYTES])),
    );
    let old = inst
        .put_slot(index, state.clone())
        .map_err(|_| not_random())?;
    drop(old);
    Ok(state)
}

/// Where [`STATE_SLOT`] sits among an instance's slots: bases' slots come first.
fn slot_index(cls: &PyRef) -> Option<usize> {
    let mro = cls.type_data()?.mro();
    let mut offset = 0;
    for c in mro.iter().rev() {
        if let Some(names) = c.type_data().and_then(|t| t.slot_names.as_ref()) {
            if let Some(i) = names.iter().position(|n| n == STATE_SLOT) {
                return Some(offset + i);
            }
            offset += names.len();
        }
    }
    None
}

/// Runs `f` on the twister of `obj`.
fn with_twister<T>(
    vm: &Vm,
    obj: &PyRef,
    method: &str,
    f: impl FnOnce(&mut Twister) -> T,
) -> PyResult<T> {
    let state = state_of(vm, obj, method)?;
    let Payload::ByteArray(bytes) = &state.payload else {
        return Err(vm.type_error("broken random state"));
    };
    let mut bytes = bytes.borrow_mut();
    Ok(f(&mut Twister(&mut bytes)))
}

// ---------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------

/// `random()`: `genrand_res53`, 27 then 26 random bits over 2**53.
fn random_random(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "Random.random", args, 0, 0)?;
    let x = with_twister(vm, this, "random", |t| {
        let a = t.next_u32() >> 5;
        let b = t.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    })?;
    Ok(vm.float(x))
}

/// `seed([n])`: `random_seed`.
fn random_seed(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("Random.seed() takes no keyword arguments"));
    }
    let Some((this, rest)) = args.args.split_first() else {
        return Err(vm.type_error("seed needs an argument"));
    };
    let rest = check_args(vm, "seed", rest, 0, 1)?;
    seed_with(vm, this, rest.first(), "seed")?;
    Ok(vm.none())
}

/// `random_seed`: None (or no argument) seeds from the OS; an int by its absolute value's
/// 32-bit words, least significant first; anything else by its hash as an unsigned size.
fn seed_with(vm: &mut Vm, this: &PyRef, arg: Option<&PyRef>, method: &str) -> PyResult<()> {
    let key: Vec<u32> = match arg {
        None => os_entropy_key(),
        Some(a) if matches!(a.payload, Payload::NoneValue) => os_entropy_key(),
        Some(a) => {
            let n: BigUint = match a.as_bigint() {
                // `int.__abs__` even for subclasses that override `__abs__`.
                Some(i) => i.magnitude().clone(),
                None => BigUint::from(vm.hash(a)? as u64),
            };
            let words = n.to_u32_digits();
            if words.is_empty() {
                vec![0]
            } else {
                words
            }
        }
    };
    with_twister(vm, this, method, |t| t.init_by_array(&key))
}

/// `random_seed_urandom`: `N` words of system entropy, or (when that fails) the time and
/// the process id as `random_seed_time_pid` mixes them.
fn os_entropy_key() -> Vec<u32> {
    let mut bytes = [0u8; 4 * N];
    if read_urandom(&mut bytes).is_ok() {
        return bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    vec![now as u32, (now >> 32) as u32, std::process::id(), 0, 0]
}

fn read_urandom(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

/// `getstate()`: the 624 words and the index, as a 625-tuple of ints.
fn random_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "Random.getstate", args, 0, 0)?;
    let (words, index) = with_twister(vm, this, "getstate", |t| {
        ((0..N).map(|i| t.word(i)).collect::<Vec<_>>(), t.index())
    })?;
    let mut items: Vec<PyRef> = words.into_iter().map(|w| vm.int(w as i64)).collect();
    items.push(vm.int(index as i64));
    Ok(vm.tuple(items))
}

/// `setstate(state)`: checks everything before changing anything, as CPython does.
fn random_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let (this, rest) = method_args(vm, "Random.setstate", args, 1, 1)?;
    let Some(items) = rest[0].tuple_items() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N);
    for item in &items[..N] {
        words.push(as_unsigned_long(vm, item)? as u32);
    }
    let index = as_long(vm, &items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    with_twister(vm, this, "setstate", |t| {
        for (i, w) in words.iter().enumerate() {
            t.set_word(i, *w);
        }
        t.set_index(index as usize);
    })?;
    Ok(vm.none())
}

/// `PyLong_AsUnsignedLong`: ints only (no `__index__`), in `0..2**64`.
fn as_unsigned_long(vm: &Vm, obj: &PyRef) -> PyResult<u64> {
    let Some(i) = obj.as_bigint() else {
        return Err(vm.type_error("an integer is required"));
    };
    if i.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    u64::try_from(&i)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C unsigned long"))
}

/// `PyLong_AsLong`.
fn as_long(vm: &mut Vm, obj: &PyRef) -> PyResult<i64> {
    let i = vm.index_bigint(obj)?;
    i64::try_from(&i).map_err(|_| vm.overflow_error("Python int too large to convert to C long"))
}

/// `getrandbits(k)`: `k` random bits, filled 32 at a time from the least significant word.
fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    let (this, rest) = method_args(vm, "Random.getrandbits", args, 1, 1)?;
    let k = vm.index_bigint(&rest[0])?;
    let k = i32::try_from(&k)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        // Still checks the receiver, as the C method's self conversion does.
        state_of(vm, this, "getrandbits")?;
        return Ok(vm.int(0));
    }
    let k = k as usize;
    if k <= 32 {
        let r = with_twister(vm, this, "getrandbits", |t| t.next_u32() >> (32 - k))?;
        return Ok(vm.int(r as i64));
    }
    let words = with_twister(vm, this, "getrandbits", |t| {
        let count = (k - 1) / 32 + 1;
        let mut left = k;
        let mut words = Vec::with_capacity(count);
        for _ in 0..count {
            let mut r = t.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        words
    })?;
    Ok(vm.bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::from_slice(&words),
    )))
}

/// `random_init`: `Random([seed])`, keywords refused unless a subclass's own `__init__`
/// passed them on.
fn random_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.args.first() else {
        return Err(vm.type_error("__init__ needs an argument"));
    };
    if !args.kwnames.is_empty() && own_init(vm, this) {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    let positional = &args.positional()[1..];
    if positional.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(vm, this, positional.first(), "__init__")?;
    Ok(vm.none())
}

/// Whether `type(this).__init__` is `_random.Random.__init__` itself.
fn own_init(vm: &Vm, this: &PyRef) -> bool {
    match vm.lookup_in_mro(this.class(), "__init__") {
        Some(init) => matches!(
            &init.payload,
            Payload::Builtin(b) if b.name == "__init__" && b.owner == Some("_random.Random")
        ),
        None => false,
    }
}

/// `__sizeof__`: `sizeof(RandomObject)` in place of the slot refpy keeps the state in,
/// plus whatever a subclass adds (its `__weakref__` and `__slots__`).
fn random_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _) = method_args(vm, "Random.__sizeof__", args, 0, 0)?;
    state_of(vm, this, "__sizeof__")?;
    let shape = crate::objects::sizeof::class_shape(this.class());
    let object_with_state_slot = 16 + 8;
    let size = shape.basicsize.saturating_sub(object_with_state_slot) + RANDOM_OBJECT_SIZE;
    Ok(vm.int(size as i64))
}

// ---------------------------------------------------------------------------------------
// Helpers of `random`
// ---------------------------------------------------------------------------------------

/// `_sha512(data)`: the SHA-512 digest of bytes or a bytearray.
fn sha512_digest(vm: &mut Vm, args: Args) -> PyResult {
    let data: Vec<u8> = match args.positional().first().map(|a| &a.payload) {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(vm.type_error("_sha512() needs bytes")),
    };
    Ok(vm.bytes(sha512::digest(&data)))
}

/// `_urandom(n)`: `n` bytes from the operating system's entropy source.
fn urandom(vm: &mut Vm, args: Args) -> PyResult {
    let Some(n) = args.positional().first() else {
        return Err(vm.type_error("_urandom() needs a size"));
    };
    let n = vm.index_value(n)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    read_urandom(&mut buf).map_err(|e| vm.new_error("OSError", e.to_string()))?;
    Ok(vm.bytes(buf))
}
