//! The native half of `mmap` (`py/mmap.py`): the system calls behind a memory map
//! (`mmap(2)`, `munmap`, `mremap`, `msync`, `madvise`, `fstat`, `dup`, `ftruncate`) and
//! the byte work on the mapped memory (reads, writes, searches, moves). The Python half
//! is the `mmap.mmap` type: it checks arguments and state with CPython's messages and
//! keeps the mapping's address, size, position and access mode; these functions take
//! plain ints (an address is a Python int) and trust the bounds they are given.
//!
//! A failed call becomes `OSError(errno, strerror)` through `resource::errno_error`.
//!
//! The addresses are Python ints a script can reach (`mmap._n`), so nothing here trusts
//! them: the mappings this module made are registered with their lengths, and every call
//! checks that its address is one of them and its range lies inside it
//! (`ValueError` otherwise), so no call can touch memory that is not mapped.

use crate::objects::function::NativeFn;
use crate::objects::memoryview::buffer_bytes;
use crate::vm::{Args, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

use super::resource::{errno_error, int_arg, last_errno};

/// Set in `mmap` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("_fstat", fstat),
    ("_dup", dup),
    ("_close", close),
    ("_ftruncate", ftruncate),
    ("_map", map),
    ("_unmap", unmap),
    ("_remap", remap),
    ("_read", read),
    ("_write", write),
    ("_find", find),
    ("_msync", msync),
    ("_madvise", madvise),
    ("_move", move_bytes),
    ("_pagesize", pagesize),
];

thread_local! {
    /// The live mappings: start address -> length.
    static MAPPINGS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// The length of the live mapping at `addr`, or `ValueError`.
fn mapping_len(vm: &mut Vm, addr: usize) -> PyResult<usize> {
    MAPPINGS
        .with(|m| m.borrow().get(&addr).copied())
        .ok_or_else(|| vm.value_error("mmap: not a live mapping"))
}

/// Checks that `[addr + start, addr + start + n)` lies inside the mapping starting at
/// `addr`, or at a mapping that contains `addr` when `inside` (msync and madvise take
/// page-aligned addresses within a mapping).
fn check_range(vm: &mut Vm, addr: usize, start: usize, n: usize, inside: bool) -> PyResult<()> {
    let fits = MAPPINGS.with(|m| {
        m.borrow().iter().any(|(&base, &len)| {
            let ok_base = if inside {
                (base..base + len.max(1)).contains(&addr)
            } else {
                base == addr
            };
            ok_base
                && (addr - base)
                    .checked_add(start)
                    .and_then(|s| s.checked_add(n))
                    .is_some_and(|end| end <= len)
        })
    });
    if fits {
        Ok(())
    } else {
        Err(vm.value_error("mmap: range outside the mapping"))
    }
}

fn fail(vm: &mut Vm) -> crate::vm::PyErr {
    let errno = last_errno();
    errno_error(vm, errno, None)
}

/// `_fstat(fd)`: `(st_size, st_mode)`.
fn fstat(vm: &mut Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as libc::c_int;
    // SAFETY: `stat` is a plain C struct, valid when all zero.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a live, writable stat buffer.
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(fail(vm));
    }
    let items = vec![vm.int(st.st_size), vm.int(st.st_mode as i64)];
    Ok(vm.tuple(items))
}

/// `_dup(fd)`: a new descriptor for the same file (close-on-exec, as `_Py_dup`).
fn dup(vm: &mut Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as libc::c_int;
    // SAFETY: fcntl with F_DUPFD_CLOEXEC only reads its integer arguments.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(fail(vm));
    }
    Ok(vm.int(new as i64))
}

/// `_close(fd)`: errors are ignored, as mmap's close does.
fn close(vm: &mut Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as libc::c_int;
    // SAFETY: closing a descriptor the mmap object owns.
    unsafe { libc::close(fd) };
    Ok(vm.none())
}

/// `_ftruncate(fd, length)`.
fn ftruncate(vm: &mut Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as libc::c_int;
    let length = int_arg(vm, &args, 1)?;
    // SAFETY: ftruncate only reads its integer arguments.
    if unsafe { libc::ftruncate(fd, length as libc::off_t) } < 0 {
        return Err(fail(vm));
    }
    Ok(vm.none())
}

/// `_map(fd, length, flags, prot, offset)`: the address of the new mapping (`fd` -1
/// maps anonymous memory).
fn map(vm: &mut Vm, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0)? as libc::c_int;
    let length = int_arg(vm, &args, 1)? as usize;
    let flags = int_arg(vm, &args, 2)? as libc::c_int;
    let prot = int_arg(vm, &args, 3)? as libc::c_int;
    let offset = int_arg(vm, &args, 4)? as libc::off_t;
    // SAFETY: a fresh mapping chosen by the kernel; nothing else is touched.
    let addr = unsafe { libc::mmap(std::ptr::null_mut(), length, prot, flags, fd, offset) };
    if addr == libc::MAP_FAILED {
        return Err(fail(vm));
    }
    MAPPINGS.with(|m| m.borrow_mut().insert(addr as usize, length));
    Ok(vm.int(addr as i64))
}

/// `_unmap(addr, length)`.
fn unmap(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let length = int_arg(vm, &args, 1)? as usize;
    if mapping_len(vm, addr)? != length {
        return Err(vm.value_error("mmap: not the mapping's length"));
    }
    MAPPINGS.with(|m| m.borrow_mut().remove(&addr));
    // SAFETY: a live mapping this module made (registered), unmapped whole, once: it
    // leaves the registry here.
    unsafe { libc::munmap(addr as *mut libc::c_void, length) };
    Ok(vm.none())
}

/// `_remap(addr, old_length, new_length)`: the (maybe moved) address after `mremap`.
fn remap(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let old = int_arg(vm, &args, 1)? as usize;
    let new = int_arg(vm, &args, 2)? as usize;
    if mapping_len(vm, addr)? != old {
        return Err(vm.value_error("mmap: not the mapping's length"));
    }
    // SAFETY: resizing a live mapping this module made (registered with this length);
    // the registry follows it to its new address.
    let moved = unsafe { libc::mremap(addr as *mut libc::c_void, old, new, libc::MREMAP_MAYMOVE) };
    if moved == libc::MAP_FAILED {
        return Err(fail(vm));
    }
    MAPPINGS.with(|m| {
        let mut m = m.borrow_mut();
        m.remove(&addr);
        m.insert(moved as usize, new);
    });
    Ok(vm.int(moved as i64))
}

/// The mapped bytes `[start, start + n)` of the mapping at `addr`.
///
/// # Safety
/// [`check_range`] accepted the range: it lies inside a live mapping.
unsafe fn slice<'a>(addr: usize, start: usize, n: usize) -> &'a mut [u8] {
    if n == 0 {
        return &mut [];
    }
    std::slice::from_raw_parts_mut((addr + start) as *mut u8, n)
}

/// `_read(addr, start, n)`: a copy of `n` mapped bytes.
fn read(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let start = int_arg(vm, &args, 1)? as usize;
    let n = int_arg(vm, &args, 2)? as usize;
    check_range(vm, addr, start, n, false)?;
    // SAFETY: `check_range` accepted the range.
    let data = unsafe { slice(addr, start, n) }.to_vec();
    Ok(vm.bytes_filled(data))
}

/// `_write(addr, start, data)`: copy a bytes-like object into the mapping.
fn write(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let start = int_arg(vm, &args, 1)? as usize;
    let obj = args
        .positional()
        .get(2)
        .cloned()
        .ok_or_else(|| vm.type_error("missing argument"))?;
    let data = buffer_bytes(vm, &obj)?.ok_or_else(|| vm.type_error("mmap native: bad buffer"))?;
    check_range(vm, addr, start, data.len(), false)?;
    // SAFETY: `check_range` accepted the range.
    unsafe { slice(addr, start, data.len()) }.copy_from_slice(&data);
    Ok(vm.int(data.len() as i64))
}

/// `_find(addr, start, end, sub, reverse)`: the index of `sub` in `[start, end)`, or -1.
fn find(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let start = int_arg(vm, &args, 1)? as usize;
    let end = int_arg(vm, &args, 2)? as usize;
    let obj = args
        .positional()
        .get(3)
        .cloned()
        .ok_or_else(|| vm.type_error("missing argument"))?;
    let sub = buffer_bytes(vm, &obj)?.ok_or_else(|| vm.type_error("mmap native: bad buffer"))?;
    let reverse = int_arg(vm, &args, 4)? != 0;
    if end < start || end - start < sub.len() {
        return Ok(vm.int(-1));
    }
    check_range(vm, addr, start, end - start, false)?;
    // SAFETY: `check_range` accepted the range.
    let hay = unsafe { slice(addr, start, end - start) };
    let last = hay.len() - sub.len();
    let found = if reverse {
        (0..=last).rev().find(|&i| hay[i..i + sub.len()] == sub[..])
    } else {
        (0..=last).find(|&i| hay[i..i + sub.len()] == sub[..])
    };
    Ok(vm.int(found.map_or(-1, |i| (i + start) as i64)))
}

/// `_msync(addr, length)`: `msync(MS_SYNC)`.
fn msync(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let length = int_arg(vm, &args, 1)? as usize;
    check_range(vm, addr, 0, length, true)?;
    // SAFETY: part of a live mapping (`check_range`); the kernel checks alignment.
    if unsafe { libc::msync(addr as *mut libc::c_void, length, libc::MS_SYNC) } < 0 {
        return Err(fail(vm));
    }
    Ok(vm.none())
}

/// `_madvise(addr, length, advice)`.
fn madvise(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let length = int_arg(vm, &args, 1)? as usize;
    let advice = int_arg(vm, &args, 2)? as libc::c_int;
    check_range(vm, addr, 0, length, true)?;
    // SAFETY: advice on part of a live mapping (`check_range`).
    if unsafe { libc::madvise(addr as *mut libc::c_void, length, advice) } < 0 {
        return Err(fail(vm));
    }
    Ok(vm.none())
}

/// `_move(addr, dest, src, count)`: `memmove` inside the mapping.
fn move_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let addr = int_arg(vm, &args, 0)? as usize;
    let dest = int_arg(vm, &args, 1)? as usize;
    let src = int_arg(vm, &args, 2)? as usize;
    let count = int_arg(vm, &args, 3)? as usize;
    check_range(vm, addr, dest, count, false)?;
    check_range(vm, addr, src, count, false)?;
    // SAFETY: both ranges lie inside the mapping (`check_range`); `copy` allows overlap.
    unsafe { std::ptr::copy((addr + src) as *const u8, (addr + dest) as *mut u8, count) };
    Ok(vm.none())
}

/// `_pagesize()`.
fn pagesize(vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: sysconf only reads its argument.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Ok(vm.int(size as i64))
}
