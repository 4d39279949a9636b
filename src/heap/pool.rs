//! Small-block pools: the process allocator, with free lists for small sizes (CPython's
//! `pymalloc` idea).
//!
//! Python programs allocate and free small blocks at a furious rate: every object box,
//! every float and big-ish int, a frame's vectors, short strings. glibc's `malloc` serves
//! these through its tcache only up to seven blocks per size; past that every free goes to
//! the fastbins and `malloc_consolidate`, which cost 12 to 18 % of object-churning
//! programs. Here each thread keeps one LIFO free list per 16-byte size class up to
//! [`MAX_SMALL`] bytes: a free pushes the block, an allocation pops one, a few
//! instructions each. Lists are bounded ([`LIST_BYTES`] per class), so a program that
//! frees a million objects at once returns most of them to `malloc`, as pymalloc returns
//! empty arenas.
//!
//! Blocks of a class are all allocated from the system with the class's size and 16-byte
//! alignment, so any block on a list can serve any request of its class. A block freed
//! on another thread than the one that made it simply joins that thread's list; a
//! thread's lists are not returned when it exits (at most `LIST_BYTES` per class, and
//! refpy runs Python on one thread).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// The largest request served from the pools.
const MAX_SMALL: usize = 256;
/// Size classes are multiples of this (and it is the blocks' alignment).
const GRAIN: usize = 16;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// The most bytes each class's free list keeps before giving blocks back to `malloc`.
const LIST_BYTES: usize = 64 << 20;

/// The allocator refpy's binary installs (see `main.rs`).
pub struct PoolAlloc;

/// One class's free list: a chain through the first word of each free block.
struct FreeList {
    head: Cell<*mut u8>,
    len: Cell<usize>,
}

thread_local! {
    // Const-initialized and without a destructor, so reaching it never allocates (which
    // an allocator must not do) and works at any point of a thread's life.
    static LISTS: [FreeList; CLASSES] = const {
        [const { FreeList { head: Cell::new(ptr::null_mut()), len: Cell::new(0) } }; CLASSES]
    };
}

/// The size class of a request, when the pools serve it.
#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    if layout.size() <= MAX_SMALL && layout.align() <= GRAIN && layout.size() != 0 {
        Some((layout.size() - 1) / GRAIN)
    } else {
        None
    }
}

/// The layout every block of `class` has when it comes from (or goes back to) the system.
#[inline(always)]
fn block_layout(class: usize) -> Layout {
    // SAFETY: the size is a nonzero multiple of GRAIN and GRAIN is a power of two.
    unsafe { Layout::from_size_align_unchecked((class + 1) * GRAIN, GRAIN) }
}

// SAFETY: every block handed out is either fresh from `System` with a layout at least as
// large and as aligned as requested (`block_layout(class)` covers every request of its
// class), or a block of the same class that was freed and is no longer in use. Free lists
// are per thread, so no two threads ever see the same list.
unsafe impl GlobalAlloc for PoolAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(&layout) else {
            // SAFETY: forwarded unchanged; the caller upholds `alloc`'s contract.
            return unsafe { System.alloc(layout) };
        };
        let popped = LISTS
            .try_with(|lists| {
                let list = &lists[class];
                let head = list.head.get();
                if !head.is_null() {
                    // SAFETY: a block on the list is free, GRAIN-aligned and at least
                    // GRAIN bytes long; its first word holds the next block (or null).
                    list.head.set(unsafe { head.cast::<*mut u8>().read() });
                    list.len.set(list.len.get() - 1);
                }
                head
            })
            .unwrap_or(ptr::null_mut());
        if popped.is_null() {
            // SAFETY: `block_layout` has a nonzero size.
            unsafe { System.alloc(block_layout(class)) }
        } else {
            popped
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(class) = class_of(&layout) else {
            // SAFETY: the block came from `System.alloc` with this layout (see `alloc`).
            return unsafe { System.dealloc(block, layout) };
        };
        let kept = LISTS
            .try_with(|lists| {
                let list = &lists[class];
                if list.len.get() * (class + 1) * GRAIN >= LIST_BYTES {
                    return false;
                }
                // SAFETY: the caller gives up the block, which is GRAIN-aligned and at
                // least GRAIN bytes long: its first word can hold the list's link.
                unsafe { block.cast::<*mut u8>().write(list.head.get()) };
                list.head.set(block);
                list.len.set(list.len.get() + 1);
                true
            })
            .unwrap_or(false);
        if !kept {
            // SAFETY: every pooled-class block was allocated with `block_layout(class)`.
            unsafe { System.dealloc(block, block_layout(class)) }
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
