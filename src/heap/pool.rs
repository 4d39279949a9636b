//! Small-block pools: the process allocator, with free lists for small sizes (CPython's
//! `pymalloc` idea).
//!
//! Python programs allocate and free small blocks at a furious rate: every object box,
//! every float and big-ish int, a frame's vectors, short strings. glibc's `malloc` serves
//! these through its tcache only up to seven blocks per size; past that every free goes to
//! the fastbins and `malloc_consolidate`, which cost 12 to 18 % of object-churning
//! programs, and each block carries a 16-byte chunk header (an object box of 96 bytes
//! took 112). Here each thread keeps, per 8-byte size class up to [`MAX_SMALL`] bytes,
//! a LIFO free list and a slab being carved: an allocation pops a freed block, else cuts
//! the next block from the slab, else takes a new [`SLAB_BYTES`] slab from the system;
//! a free pushes the block. Blocks have no header, so a class-96 block costs 96 bytes.
//! Classes are 8 bytes apart, as pymalloc's: the item array of a 3-tuple, a 3-slot
//! instance's slots or a 1-attribute instance's entry take 24 bytes, not 32. A request
//! aligned to 16 is served from a class whose size is a multiple of 16: its blocks, cut
//! from a 16-aligned slab at multiples of their size, are all 16-aligned.
//!
//! Like pymalloc's pools, a slab's memory stays with its size class: freed blocks are
//! reused only by requests of their class, and slabs are not returned to the system.
//! A block freed on another thread than the one that made it joins that thread's list;
//! a thread's slabs outlive it (refpy runs Python on one thread).
//!
//! Larger blocks (list item arrays, dict tables, the collector's lists, long strings) go
//! to the system allocator, told once ([`configure_system`]) to map every block of 128 KiB
//! or more on its own, as pymalloc's arenas are: glibc otherwise raises that threshold
//! each time such a block is freed, after which big blocks come from its heap, whose
//! freed middle is never returned to the system and whose growth copies (a million-node
//! chain peaked 12 % higher).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};

/// The largest request served from the pools.
const MAX_SMALL: usize = 256;
/// Size classes are multiples of this (and it is every block's alignment).
const GRAIN: usize = 8;
/// The alignment of slabs, hence of the blocks of classes that are multiples of it.
const SLAB_ALIGN: usize = 16;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// The memory taken from the system at a time for one class's blocks.
const SLAB_BYTES: usize = 64 << 10;

/// The allocator refpy's binary installs (see `main.rs`).
pub struct PoolAlloc;

/// One class's blocks: the free list (a chain through the first word of each free
/// block) and the unused rest of the current slab.
struct Pool {
    head: Cell<*mut u8>,
    bump: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

thread_local! {
    // Const-initialized and without a destructor, so reaching it never allocates (which
    // an allocator must not do) and works at any point of a thread's life.
    static POOLS: [Pool; CLASSES] = const {
        [const {
            Pool {
                head: Cell::new(ptr::null_mut()),
                bump: Cell::new(ptr::null_mut()),
                end: Cell::new(ptr::null_mut()),
            }
        }; CLASSES]
    };
}

/// The size class of a request, when the pools serve it.
#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    let size = if layout.align() <= GRAIN {
        layout.size()
    } else if layout.align() <= SLAB_ALIGN {
        layout.size().next_multiple_of(SLAB_ALIGN)
    } else {
        return None;
    };
    if size <= MAX_SMALL && size != 0 {
        Some((size - 1) / GRAIN)
    } else {
        None
    }
}

impl Pool {
    /// A block of `size` bytes: a freed one, else the next one of the slab, else the
    /// first of a new slab; null if the system has no memory.
    #[inline(always)]
    fn take(&self, size: usize) -> *mut u8 {
        let head = self.head.get();
        if !head.is_null() {
            // SAFETY: a block on the list is free, GRAIN-aligned and at least GRAIN bytes
            // long; its first word holds the next free block (or null).
            self.head.set(unsafe { head.cast::<*mut u8>().read() });
            return head;
        }
        let bump = self.bump.get();
        if (self.end.get() as usize).wrapping_sub(bump as usize) >= size && !bump.is_null() {
            // SAFETY: `bump + size <= end`, both within the current slab.
            self.bump.set(unsafe { bump.add(size) });
            return bump;
        }
        self.new_slab(size)
    }

    #[cold]
    #[inline(never)]
    fn new_slab(&self, size: usize) -> *mut u8 {
        configure_system();
        // SAFETY: nonzero size, power-of-two alignment.
        let slab =
            unsafe { System.alloc(Layout::from_size_align_unchecked(SLAB_BYTES, SLAB_ALIGN)) };
        if slab.is_null() {
            return slab;
        }
        // The tail of the old slab (smaller than a block) is abandoned.
        // SAFETY: `size <= MAX_SMALL < SLAB_BYTES`, so both offsets are within the slab.
        unsafe {
            self.bump.set(slab.add(size));
            self.end.set(slab.add(SLAB_BYTES));
        }
        slab
    }

    #[inline(always)]
    fn give_back(&self, block: *mut u8) {
        // SAFETY: the caller gives up the block, which is GRAIN-aligned and at least GRAIN
        // bytes long: its first word can hold the list's link.
        unsafe { block.cast::<*mut u8>().write(self.head.get()) };
        self.head.set(block);
    }
}

/// The size from which the system allocator maps each block on its own (glibc's default
/// start, kept fixed).
#[cfg_attr(miri, allow(dead_code))]
const MMAP_THRESHOLD: i32 = 128 << 10;

/// Fixes the system allocator's mmap threshold (see the module doc), once per process:
/// the first slab is taken before any large block, at startup.
fn configure_system() {
    static DONE: AtomicBool = AtomicBool::new(false);
    if !DONE.swap(true, Ordering::Relaxed) {
        #[cfg(all(target_os = "linux", target_env = "gnu", not(miri)))]
        // SAFETY: `mallopt` only sets a parameter of glibc's allocator (under its own
        // lock); it calls no Rust allocator, so this is no re-entry.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        }
    }
}

// SAFETY: a block handed out is either cut from a slab (each part of a slab is handed out
// once) or a freed block of the same class, no longer in use; a class's blocks are at
// least as large as every request of the class, GRAIN-aligned, and SLAB_ALIGN-aligned
// when their size is a multiple of it (the only classes serving such alignments, see
// `class_of`). Pools are per thread,
// so no two threads ever see the same pool.
unsafe impl GlobalAlloc for PoolAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(&layout) {
            Some(class) => POOLS
                .try_with(|pools| pools[class].take((class + 1) * GRAIN))
                .unwrap_or(ptr::null_mut()),
            // SAFETY: forwarded unchanged; the caller upholds `alloc`'s contract.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(&layout) {
            Some(class) => {
                // A thread past its teardown keeps the block out of use (a leak of one
                // block, never a double use).
                let _ = POOLS.try_with(|pools| pools[class].give_back(block));
            }
            // SAFETY: the block came from `System.alloc` with this layout (see `alloc`).
            None => unsafe { System.dealloc(block, layout) },
        }
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `new_size` is nonzero and, rounded up to `layout.align()`, does not
        // overflow (the caller's contract), so this layout is valid.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(&layout), class_of(&new_layout)) {
            // Large to large: the system may grow in place.
            // SAFETY: the block came from `System` with `layout`; the contract is the caller's.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            // Same class: the block already has room.
            (Some(a), Some(b)) if a == b => block,
            _ => {
                // SAFETY: `new_layout` is valid (above); both blocks are live and distinct,
                // and the copy is within both sizes.
                unsafe {
                    let moved = self.alloc(new_layout);
                    if !moved.is_null() {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                    moved
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every class come back zero-able, distinct while live, and reused after a
    /// free; growing and shrinking through `realloc` keeps the contents (run under Miri
    /// by `scripts/miri.sh`).
    #[test]
    fn blocks_are_distinct_reused_and_kept_across_realloc() {
        let pool = PoolAlloc;
        unsafe {
            for size in [1usize, 8, 16, 17, 100, 256, 257, 4096] {
                let layout = Layout::from_size_align(size, 8).unwrap();
                let a = pool.alloc(layout);
                let b = pool.alloc(layout);
                assert!(!a.is_null() && !b.is_null() && a != b);
                ptr::write_bytes(a, 0xAB, size);
                ptr::write_bytes(b, 0xCD, size);
                assert_eq!(*a.add(size - 1), 0xAB);
                pool.dealloc(a, layout);
                let c = pool.alloc(layout);
                if size <= MAX_SMALL {
                    assert_eq!(c, a, "a freed block is reused first");
                }
                pool.dealloc(c, layout);
                pool.dealloc(b, layout);
            }
            let mut layout = Layout::from_size_align(10, 8).unwrap();
            let mut block = pool.alloc(layout);
            for i in 0..10 {
                *block.add(i) = i as u8;
            }
            for new_size in [12, 40, 300, 5000, 200, 10] {
                block = pool.realloc(block, layout, new_size);
                layout = Layout::from_size_align(new_size, 8).unwrap();
                for i in 0..10 {
                    assert_eq!(*block.add(i), i as u8);
                }
            }
            pool.dealloc(block, layout);
        }
    }
}
