//! The stress-gc check (`-X stress-gc`): proves that every type's `traverse` reports only
//! references the object really holds.
//!
//! A `traverse` that reports an edge its object does not own makes the collector believe a
//! live object has fewer outside references than it has, and `tp_clear` would then break a
//! live object. The check runs `update_refs` + `subtract_refs` over every tracked object
//! without collecting anything: a count that goes negative names the type whose traverse
//! over-reports. (An edge that traverse *misses* only keeps garbage alive; the leak check
//! after every golden test catches that.) Output and `gc` statistics are unaffected, so the
//! whole golden suite can run under it.

use super::registry::all_tracked;
use crate::heap::PyRef;

/// Checks the invariant over the whole heap; an error names the offending object's type.
pub fn verify_heap() -> Result<(), String> {
    let objects = all_tracked();
    // Each object's count, by its slot (generation, index in the generation's list).
    let mut rows: [Vec<isize>; 3] = Default::default();
    let row = |obj: &PyRef| obj.gc.get().filter(|s| s.generation < 3);
    for obj in &objects {
        if let Some(slot) = row(obj) {
            let table = &mut rows[slot.generation as usize];
            let at = slot.index as usize;
            if table.len() <= at {
                table.resize(at + 1, UNSEEN);
            }
            // The list holds one reference to each object.
            table[at] = obj.refcount() as isize - 1;
        }
    }
    for obj in &objects {
        obj.traverse(&mut |r| {
            if let Some(slot) = row(r) {
                if let Some(refs) = rows[slot.generation as usize].get_mut(slot.index as usize) {
                    if *refs != UNSEEN {
                        *refs -= 1;
                    }
                }
            }
        });
    }
    let count = |obj: &PyRef| row(obj).map_or(0, |s| rows[s.generation as usize][s.index as usize]);
    // (Every object of the list has its row set, so none of theirs is UNSEEN.)
    match objects.iter().find(|o| count(o) < 0) {
        Some(o) => Err(format!(
            "a {} object has more references reported by traverse than its count ({})",
            o.payload.kind_name(),
            count(o)
        )),
        None => Ok(()),
    }
}

/// A slot no tracked object holds.
const UNSEEN: isize = isize::MIN;
