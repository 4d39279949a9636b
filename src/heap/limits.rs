//! Fallible allocation: how a script that asks for too much memory gets `MemoryError`
//! instead of a process abort.
//!
//! Rust's global allocator aborts the process when a request fails, so nothing may ask it
//! for an amount a script chose without asking here first. Every allocation whose size a
//! script controls (sequence repetition and concatenation, padding, `bytes(n)`, container
//! growth, big-integer shifts) goes through [`vec_with_capacity`], [`reserve`],
//! [`string_with_capacity`] or [`check`]: the size is computed with checked arithmetic,
//! compared with the `-X max-memory` limit, and then reserved with `try_reserve_exact`,
//! which reports an exhausted address space (`ulimit -v`) as an error instead of aborting.
//! The caller turns [`OutOfMemory`] into `MemoryError` (`Vm::no_memory`), and nothing was
//! allocated, so the heap is as it was.
//!
//! The limit counts the heap's live bytes as the allocator knows them (glibc's
//! `mallinfo2`: bytes in use in the arenas plus mmapped blocks): every payload buffer is
//! in it, which a per-object counter would miss (one list of 10^8 small ints is a single
//! object). Reading it costs a walk of the arenas, so it is read only when a limit is set:
//! by [`check`] before a script-sized request, and every [`CHECK_EVERY`] object allocations
//! (from the heap's live-object counter), which flags the overrun for the VM to raise
//! `MemoryError` at its next check point (`vm::interrupt`).

use std::sync::atomic::{AtomicUsize, Ordering};

/// A request that cannot be satisfied: the caller raises `MemoryError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

/// No limit.
const UNLIMITED: usize = usize::MAX;

/// `-X max-memory`, in bytes.
static LIMIT: AtomicUsize = AtomicUsize::new(UNLIMITED);

/// How many object allocations pass between two looks at the live bytes (a power of two).
pub const CHECK_EVERY: usize = 1 << 14;

thread_local! {
    /// Who hears that the sampled live bytes went over the limit (the VM's check point).
    static OVERRUN_HOOK: std::cell::Cell<Option<fn()>> = const { std::cell::Cell::new(None) };
}

/// Installs (or with `None`, removes) the function told of an overrun found by sampling.
pub fn set_overrun_hook(hook: Option<fn()>) {
    OVERRUN_HOOK.with(|h| h.set(hook));
}

/// The sample taken every [`CHECK_EVERY`] object allocations.
#[cold]
pub(super) fn sample() {
    if over_limit() {
        if let Some(hook) = OVERRUN_HOOK.with(|h| h.get()) {
            hook();
        }
    }
}

/// Sets (or with `None`, removes) the live-byte limit.
pub fn set_memory_limit(bytes: Option<usize>) {
    LIMIT.store(bytes.unwrap_or(UNLIMITED), Ordering::Relaxed);
}

/// The live-byte limit, if one is set.
pub fn memory_limit() -> Option<usize> {
    Some(LIMIT.load(Ordering::Relaxed)).filter(|&l| l != UNLIMITED)
}

/// Bytes the allocator has handed out and not taken back.
pub fn live_bytes() -> usize {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: mallinfo2 only reads the allocator's statistics; it takes no arguments
        // and returns a plain struct by value.
        let info = unsafe { libc::mallinfo2() };
        info.uordblks.saturating_add(info.hblkhd)
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        0
    }
}

/// Whether the heap is over the limit now (always `false` without one).
pub fn over_limit() -> bool {
    memory_limit().is_some_and(|limit| live_bytes() > limit)
}

/// Requests below this size are not compared with the limit one by one (reading the live
/// bytes costs more than they do); the sampling catches their sum.
const SMALL_REQUEST: usize = 64 << 10;

/// Whether `bytes` more may be allocated: not more than `isize::MAX` in one piece (Rust's
/// and CPython's `PY_SSIZE_T_MAX` bound) and, with a limit, within it.
pub fn check(bytes: usize) -> Result<(), OutOfMemory> {
    if bytes > isize::MAX as usize {
        return Err(OutOfMemory);
    }
    match memory_limit() {
        Some(limit) if bytes >= SMALL_REQUEST && live_bytes().saturating_add(bytes) > limit => {
            Err(OutOfMemory)
        }
        _ => Ok(()),
    }
}

/// Under an address-space limit (`ulimit -v`) without `-X max-memory`, a live-byte limit
/// that leaves room below it: the address space not yet mapped, less an eighth kept for
/// the interpreter to raise and report `MemoryError` (and for allocations made outside
/// the checked paths). Without it, the many small objects of `tuple(range(10**10))` would
/// exhaust the address space at an unchecked allocation, which aborts.
pub fn limit_from_address_space() {
    if memory_limit().is_some() {
        return;
    }
    let Some(rlimit) = address_space_limit() else {
        return;
    };
    let Some(mapped) = mapped_bytes() else {
        return;
    };
    let room = rlimit.saturating_sub(mapped);
    set_memory_limit(Some(live_bytes() + room - room / 8));
}

/// `RLIMIT_AS`, if finite.
fn address_space_limit() -> Option<usize> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes the struct it is given and nothing else.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut lim) } == 0;
    (ok && lim.rlim_cur != libc::RLIM_INFINITY).then_some(lim.rlim_cur as usize)
}

/// The process's mapped address space now (`/proc/self/statm`'s first field).
fn mapped_bytes() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().next()?.parse().ok()?;
    Some(pages * 4096)
}

/// Whether `bytes` could be allocated now, for a buffer that a library allocates out of
/// our sight (a big integer's digits): [`check`], then a trial reservation of that size,
/// released at once (an untouched mapping costs no memory). Small requests pass.
pub fn probe(bytes: usize) -> Result<(), OutOfMemory> {
    check(bytes)?;
    if bytes >= SMALL_REQUEST {
        vec_with_capacity::<u8>(bytes)?;
    }
    Ok(())
}

/// The size in bytes of `n` items of `T`, checked.
pub fn bytes_for<T>(n: usize) -> Result<usize, OutOfMemory> {
    n.checked_mul(std::mem::size_of::<T>().max(1))
        .ok_or(OutOfMemory)
}

/// `a * b` for sizes a script chose (a repetition's length), checked.
pub fn product(a: usize, b: usize) -> Result<usize, OutOfMemory> {
    a.checked_mul(b).ok_or(OutOfMemory)
}

/// `a + b` for sizes a script chose (a concatenation's length), checked.
pub fn sum(a: usize, b: usize) -> Result<usize, OutOfMemory> {
    a.checked_add(b).ok_or(OutOfMemory)
}

/// Makes room for `additional` more items in `v` (exactly: repetition and concatenation
/// know their final size), or reports that it cannot.
pub fn reserve<T>(v: &mut Vec<T>, additional: usize) -> Result<(), OutOfMemory> {
    let free = v.capacity() - v.len();
    if additional <= free {
        return Ok(());
    }
    check(bytes_for::<T>(additional - free)?)?;
    v.try_reserve_exact(additional).map_err(|_| OutOfMemory)
}

/// An empty vector with room for `n` items.
pub fn vec_with_capacity<T>(n: usize) -> Result<Vec<T>, OutOfMemory> {
    let mut v = Vec::new();
    reserve(&mut v, n)?;
    Ok(v)
}

/// An empty string with room for `n` bytes.
pub fn string_with_capacity(n: usize) -> Result<String, OutOfMemory> {
    check(n)?;
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| OutOfMemory)?;
    Ok(s)
}

/// `n` copies of `item` (`bytes(n)`, `[x] * n` of one item, padding).
pub fn filled<T: Clone>(item: T, n: usize) -> Result<Vec<T>, OutOfMemory> {
    let mut v = vec_with_capacity(n)?;
    v.resize(n, item);
    Ok(v)
}

/// `data` repeated `n` times (`str * n`, `bytes * n`, `list * n`): the result is sized
/// and reserved before anything is copied.
pub fn repeat<T: Clone>(data: &[T], n: usize) -> Result<Vec<T>, OutOfMemory> {
    let mut v = vec_with_capacity(product(data.len(), n)?)?;
    if data.len() == 1 {
        v.resize(n, data[0].clone());
    } else {
        for _ in 0..n {
            v.extend_from_slice(data);
        }
    }
    Ok(v)
}

/// `a + b` for slices, sized and reserved first.
pub fn concat<T: Clone>(a: &[T], b: &[T]) -> Result<Vec<T>, OutOfMemory> {
    let mut v = vec_with_capacity(sum(a.len(), b.len())?)?;
    v.extend_from_slice(a);
    v.extend_from_slice(b);
    Ok(v)
}

/// `text` repeated `n` times.
pub fn repeat_str(text: &str, n: usize) -> Result<String, OutOfMemory> {
    let mut s = string_with_capacity(product(text.len(), n)?)?;
    for _ in 0..n {
        s.push_str(text);
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_requests_fail_without_allocating() {
        assert_eq!(
            vec_with_capacity::<u64>(usize::MAX / 4).err(),
            Some(OutOfMemory)
        );
        assert_eq!(
            repeat(&[1u8, 2], usize::MAX / 2 + 1).err(),
            Some(OutOfMemory)
        );
        assert_eq!(
            repeat_str("ab", isize::MAX as usize).err(),
            Some(OutOfMemory)
        );
        assert_eq!(repeat(&[7u8], 3).unwrap(), vec![7, 7, 7]);
        assert_eq!(repeat_str("ab", 2).unwrap(), "abab");
        assert_eq!(concat(&[1], &[2, 3]).unwrap(), vec![1, 2, 3]);
    }
}
