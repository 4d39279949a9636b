//! Unit tests of the compact table: positions, holes, resizes, sizes and probe order.

use super::*;
use crate::objects::payload::Payload;
use crate::objects::str::str_hash;
use crate::vm::Vm;

/// `sys.getsizeof` of a dict (our `sizeof` plus the GC header).
fn getsizeof(d: &Dict) -> usize {
    d.sizeof() + 16
}

fn add_str(vm: &Vm, d: &mut Dict, key: &str, value: i64) {
    d.push_new(str_hash(key), vm.str(key), vm.int(value));
}

fn add_int(vm: &Vm, d: &mut Dict, key: i64) {
    d.push_new(key, vm.int(key), vm.int(key));
}

fn del_str(d: &mut Dict, key: &str) -> Option<(PyRef, PyRef)> {
    let i = d.index_of_str(str_hash(key), key)?;
    d.remove_index(i)
}

fn keys(d: &Dict) -> Vec<String> {
    d.keys()
        .map(|k| match &k.payload {
            Payload::Str(s) => s.as_str().to_string(),
            Payload::Int(i) => i.to_string(),
            _ => "?".to_string(),
        })
        .collect()
}

/// The table's invariants: every live entry is reachable on its probe path, every used
/// index slot points at a live entry or is a dummy, and `dk_usable` accounts for every
/// slot taken since the last resize.
fn check(d: &Dict) {
    let live = d.entries.iter().filter(|e| e.is_some()).count();
    assert_eq!(live, d.len());
    if d.log2_size == 0 {
        assert!(d.indices.0.is_empty() && d.entries.is_empty());
        assert_eq!(d.usable, 0);
        return;
    }
    let indices: Vec<i32> = with_slots!(d, |slots| slots.iter().map(|&s| s.get()).collect());
    assert_eq!(indices.len(), 1 << d.log2_size);
    let mut pointing = 0;
    for &ix in &indices {
        if ix >= 0 {
            assert!(d.entries[ix as usize].is_some(), "index points at a hole");
            pointing += 1;
        }
    }
    assert_eq!(pointing, live);
    let taken = indices.iter().filter(|&&ix| ix != DKIX_EMPTY).count();
    assert_eq!(taken + d.usable as usize, usable_fraction(1 << d.log2_size));
    for (i, e) in d.entries.iter().enumerate() {
        if let Some(e) = e {
            assert_eq!(d.index_of_identical(e.hash, &e.key), Some(i));
        }
    }
}

#[test]
fn the_empty_dict_has_no_table() {
    let d = Dict::new();
    assert_eq!(getsizeof(&d), 64);
    assert_eq!(d.nentries(), 0);
    assert!(d.get_str(crate::static_str_hash!("a"), "a").is_none());
    check(&d);
}

#[test]
fn sizes_follow_cpython_growth() {
    let vm = Vm::new();
    let mut d = Dict::new();
    let mut growth = Vec::new();
    for i in 0..100 {
        add_str(&vm, &mut d, &format!("k{i}"), i);
        if growth.last().map(|g: &(usize, usize)| g.1) != Some(getsizeof(&d)) {
            growth.push((i as usize + 1, getsizeof(&d)));
        }
        check(&d);
    }
    assert_eq!(
        growth,
        [
            (1, 184),
            (6, 272),
            (11, 464),
            (22, 832),
            (43, 1584),
            (86, 3328)
        ]
    );
    let mut d = Dict::new();
    let mut growth = Vec::new();
    for i in 0..100 {
        add_int(&vm, &mut d, i);
        if growth.last().map(|g: &(usize, usize)| g.1) != Some(getsizeof(&d)) {
            growth.push((i as usize + 1, getsizeof(&d)));
        }
    }
    assert_eq!(
        growth,
        [
            (1, 224),
            (6, 352),
            (11, 632),
            (22, 1168),
            (43, 2264),
            (86, 4688)
        ]
    );
    check(&d);
}

#[test]
fn a_non_str_key_turns_the_table_general() {
    let vm = Vm::new();
    let mut d = Dict::new();
    add_str(&vm, &mut d, "a", 1);
    assert!(d.is_unicode());
    add_int(&vm, &mut d, 1);
    assert!(!d.is_unicode());
    assert_eq!(getsizeof(&d), 352);
    assert_eq!(keys(&d), ["a", "1"]);
    check(&d);
}

#[test]
fn delete_leaves_a_hole_and_keeps_positions() {
    let vm = Vm::new();
    let mut d = Dict::new();
    for (i, k) in ["a", "b", "c", "d"].iter().enumerate() {
        add_str(&vm, &mut d, k, i as i64);
    }
    let before = getsizeof(&d);
    let pos_d = d.index_of_str(crate::static_str_hash!("d"), "d");
    let (k, v) = del_str(&mut d, "b").expect("b is there");
    assert_eq!(k.as_str_opt(), Some("b"));
    assert!(matches!(v.payload, Payload::Int(1)));
    assert_eq!(d.len(), 3);
    assert_eq!(d.nentries(), 4);
    assert!(d.get_index(1).is_none());
    assert_eq!(d.index_of_str(crate::static_str_hash!("d"), "d"), pos_d);
    assert!(d.get_str(crate::static_str_hash!("b"), "b").is_none());
    assert_eq!(keys(&d), ["a", "c", "d"]);
    assert_eq!(getsizeof(&d), before);
    assert!(del_str(&mut d, "b").is_none());
    check(&d);
}

#[test]
fn reinsert_appends_and_does_not_reuse_usable() {
    let vm = Vm::new();
    let mut d = Dict::new();
    for (i, k) in ["a", "b", "c", "d", "e"].iter().enumerate() {
        add_str(&vm, &mut d, k, i as i64);
    }
    // 5 of 5 usable taken: a delete gives nothing back, so the re-insert resizes.
    del_str(&mut d, "a");
    assert_eq!(getsizeof(&d), 184);
    add_str(&vm, &mut d, "a", 9);
    assert_eq!(getsizeof(&d), 272);
    assert_eq!(keys(&d), ["b", "c", "d", "e", "a"]);
    // The resize compacted the hole away.
    assert_eq!(d.nentries(), 5);
    assert_eq!(d.index_of_str(crate::static_str_hash!("b"), "b"), Some(0));
    check(&d);
}

#[test]
fn resize_compacts_holes_in_order() {
    let vm = Vm::new();
    let mut d = Dict::new();
    for i in 0..10 {
        add_int(&vm, &mut d, i);
    }
    for i in (0..10).step_by(2) {
        let pos = d.probe(i, &vm.int(i), crate::vm::protocols::native_eq);
        let Probe::Found(pos) = pos else {
            panic!("{i} not found")
        };
        d.remove_index(pos);
        check(&d);
    }
    assert_eq!(d.nentries(), 10);
    for i in 10..20 {
        add_int(&vm, &mut d, i);
        check(&d);
    }
    assert_eq!(d.len(), 15);
    assert_eq!(d.nentries(), 15, "the resize dropped the five holes");
    let expect: Vec<String> = (1..10)
        .step_by(2)
        .chain(10..20)
        .map(|i: i64| i.to_string())
        .collect();
    assert_eq!(keys(&d), expect);
}

#[test]
fn deleting_everything_keeps_the_table_until_clear() {
    let vm = Vm::new();
    let mut d = Dict::new();
    let n = 20_000;
    for i in 0..n {
        add_str(&vm, &mut d, &format!("k{i}"), i);
    }
    let size = getsizeof(&d);
    for i in 0..n {
        assert!(del_str(&mut d, &format!("k{i}")).is_some());
    }
    assert!(d.is_empty());
    assert_eq!(d.nentries(), n as usize);
    assert_eq!(getsizeof(&d), size);
    assert!(d.next_entry(0).is_none());
    check(&d);
    // Room is left (`usable` was not used up): the new key goes after the holes.
    add_str(&vm, &mut d, "x", 1);
    assert_eq!(getsizeof(&d), size);
    assert_eq!(d.nentries(), n as usize + 1);
    assert_eq!(d.next_entry(0).map(|e| e.0), Some(n as usize));
    check(&d);
    drop(d.take());
    assert_eq!(getsizeof(&d), 64);
    check(&d);
}

#[test]
fn popitem_is_lifo_and_trims_trailing_holes() {
    let vm = Vm::new();
    let mut d = Dict::new();
    for (i, k) in ["a", "b", "c", "d"].iter().enumerate() {
        add_str(&vm, &mut d, k, i as i64);
    }
    del_str(&mut d, "d");
    del_str(&mut d, "c");
    assert_eq!(d.nentries(), 4);
    let (k, _) = d.pop_last().expect("b");
    assert_eq!(k.as_str_opt(), Some("b"));
    assert_eq!(d.nentries(), 1, "dk_nentries drops to the popped position");
    let (k, _) = d.pop_last().expect("a");
    assert_eq!(k.as_str_opt(), Some("a"));
    assert!(d.pop_last().is_none());
    // popitem gives no `usable` back: 4 taken of 5, one left.
    assert_eq!(d.usable, 1);
    check(&d);
    add_str(&vm, &mut d, "e", 5);
    assert_eq!(getsizeof(&d), 184);
    add_str(&vm, &mut d, "f", 6);
    assert_eq!(getsizeof(&d), 272);
    assert_eq!(keys(&d), ["e", "f"]);
    check(&d);
}

#[test]
fn iteration_walks_positions_skipping_holes() {
    let vm = Vm::new();
    let mut d = Dict::new();
    for i in 0..6 {
        add_int(&vm, &mut d, i);
    }
    for i in [0, 2, 3] {
        let Probe::Found(p) = d.probe(i, &vm.int(i), crate::vm::protocols::native_eq) else {
            panic!()
        };
        d.remove_index(p);
    }
    let mut seen = Vec::new();
    let mut pos = 0;
    while let Some((i, k, _)) = d.next_entry(pos) {
        seen.push((i, k.clone()));
        pos = i + 1;
    }
    let positions: Vec<usize> = seen.iter().map(|s| s.0).collect();
    assert_eq!(positions, [1, 4, 5]);
    assert!(d.next_entry(99).is_none());
}

#[test]
fn drain_releases_in_entry_order_key_before_value() {
    let vm = Vm::new();
    let mut d = Dict::new();
    for (i, k) in ["a", "b", "c"].iter().enumerate() {
        add_str(&vm, &mut d, k, 100 + i as i64);
    }
    del_str(&mut d, "b");
    let mut out = Vec::new();
    d.drain_into(&mut out);
    let names: Vec<String> = out
        .iter()
        .map(|o| match &o.payload {
            Payload::Str(s) => s.as_str().to_string(),
            Payload::Int(i) => i.to_string(),
            _ => "?".into(),
        })
        .collect();
    assert_eq!(names, ["a", "100", "c", "102"]);
    assert_eq!(getsizeof(&d), 64);
}

#[test]
fn copy_clones_a_compact_table_and_rebuilds_a_sparse_one() {
    let vm = Vm::new();
    let mut d = Dict::new();
    for i in 0..20 {
        add_int(&vm, &mut d, i);
    }
    let c = d.clone_entries();
    assert_eq!(getsizeof(&c), getsizeof(&d));
    assert_eq!(keys(&c), keys(&d));
    check(&c);
    for i in 0..15 {
        let Probe::Found(p) = d.probe(i, &vm.int(i), crate::vm::protocols::native_eq) else {
            panic!()
        };
        d.remove_index(p);
    }
    let c = d.clone_entries();
    assert_eq!(getsizeof(&c), 224);
    assert_eq!(keys(&c), ["15", "16", "17", "18", "19"]);
    assert_eq!(c.nentries(), 5);
    check(&c);
}

#[test]
fn probe_returns_python_candidates_in_probe_order() {
    let vm = Vm::new();
    let class = vm.types.object_type.clone();
    let obj = || PyRef::new(&class, Payload::Instance(Default::default()));
    let (a, b, c) = (obj(), obj(), obj());
    let mut d = Dict::new();
    d.push_new(7, a.clone(), vm.int(1));
    d.push_new(7, vm.int(7), vm.int(2));
    d.push_new(7, b.clone(), vm.int(3));
    check(&d);
    // An identical key is found without any comparison...
    assert!(matches!(
        d.probe(7, &a, crate::vm::protocols::native_eq),
        Probe::Found(0)
    ));
    // ...but a key that needs Python gets every equal-hash candidate from the first that
    // needs it on, natively comparable or not, in the order CPython would compare them.
    match d.probe(7, &c, crate::vm::protocols::native_eq) {
        Probe::NeedsEq(cands) => {
            assert_eq!(cands.len(), 3);
            assert!(cands[0].is(&a) && cands[2].is(&b));
        }
        _ => panic!("expected candidates"),
    }
    assert_eq!(d.index_of_identical(7, &b), Some(2));
    // An int key: `a` needs Python first, so the int entry waits behind it.
    let seven = vm.int(7);
    match d.probe(7, &seven, crate::vm::protocols::native_eq) {
        Probe::NeedsEq(cands) => assert!(cands[0].is(&a)),
        Probe::Found(_) => {}
        Probe::Missing => panic!("7 is there"),
    }
}

#[test]
fn presized_tables_match_cpython() {
    assert_eq!(getsizeof(&Dict::new_presized(5, true)), 64);
    assert_eq!(getsizeof(&Dict::new_presized(6, true)), 272);
    assert_eq!(getsizeof(&Dict::new_presized(6, false)), 352);
    let big = Dict::new_presized(1 << 20, false);
    assert_eq!(big.log2_size, LOG_MAX_PRESIZE);
    check(&big);
}
