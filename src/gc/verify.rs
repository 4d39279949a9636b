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

/// Checks the invariant over the whole heap; an error names the offending object's type.
pub fn verify_heap() -> Result<(), String> {
    let objects = all_tracked();
    const UNSEEN: isize = isize::MIN;
    for obj in &objects {
        // The list holds one reference to each object.
        obj.gc_refs.set(obj.refcount() as isize - 1);
    }
    for obj in &objects {
        obj.traverse(&mut |r| {
            if r.gc.get().is_some() && r.gc_refs.get() != UNSEEN {
                r.gc_refs.set(r.gc_refs.get() - 1);
            }
        });
    }
    let bad = objects.iter().find(|o| o.gc_refs.get() < 0);
    let result = match bad {
        Some(o) => Err(format!(
            "a {} object has more references reported by traverse than its count ({})",
            o.payload.kind_name(),
            o.gc_refs.get()
        )),
        None => Ok(()),
    };
    for obj in &objects {
        obj.gc_refs.set(0);
    }
    result
}
