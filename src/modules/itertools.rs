//! The combinatoric iterators of `itertools` (`product`, `permutations`, `combinations`,
//! `combinations_with_replacement`) as native types, after CPython's C types
//! (`Modules/itertoolsmodule.c`); the rest of the module stays in `py/itertools.py`,
//! which takes these types from [`NATIVE`].
//!
//! Each is a builtin iterator (`Payload::Iterator`) whose state is one boxed
//! [`Combinatoric`]: the input pools read whole at construction (the same tuple when the
//! input is an exact tuple, as `PySequence_Tuple` returns it), the indices CPython keeps,
//! and the last result tuple. CPython updates that tuple in place while it holds the only
//! reference and copies it otherwise; either way the iterator keeps the tuple it returned
//! last. Here the old tuple is released first and a new one built, so the references
//! (`sys.getrefcount`) are CPython's and a tuple nobody kept is recycled at the same
//! address (`id`).

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::iterators::IterState;
use crate::objects::methods::bind_params_borrowed;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};

/// Set in `itertools` before its Python source runs.
pub static NATIVE: &[(&str, NativeFn)] = &[("_native_types", native_types)];

/// `_native_types()`: the native types, in the order `py/itertools.py` unpacks them.
fn native_types(vm: &mut Vm, _args: Args) -> PyResult {
    let t = &vm.types;
    let types = vec![
        t.itertools_product_type.clone(),
        t.itertools_permutations_type.clone(),
        t.itertools_combinations_type.clone(),
        t.itertools_cwr_type.clone(),
    ];
    Ok(vm.tuple(types))
}

/// Which of the four iterators a [`Combinatoric`] is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    CombinationsWithReplacement,
}

/// The state of one combinatoric iterator (`productobject`, `permutationsobject`, ...).
pub struct Combinatoric {
    kind: Kind,
    /// The input tuples: one per factor for `product` (repeats share a tuple), else one.
    pools: Vec<PyRef>,
    /// Positions in the pools of the items of the next (or last) result.
    indices: Vec<usize>,
    /// `permutations`' countdowns, one per result position.
    cycles: Vec<usize>,
    /// The result length (`product`: the number of pools).
    r: usize,
    /// The last result returned, kept as CPython's `result` keeps it.
    result: Option<PyRef>,
    stopped: bool,
}

impl Combinatoric {
    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.pools.iter().for_each(&mut *visit);
        self.result.iter().for_each(visit);
    }

    /// `__sizeof__`: CPython's basic size plus its `Py_ssize_t` arrays.
    pub fn sizeof(&self) -> usize {
        let n = self.pools.first().map_or(0, pool_len);
        match self.kind {
            Kind::Product => 48 + 8 * self.pools.len(),
            Kind::Permutations => 64 + 8 * (n + self.r),
            Kind::Combinations | Kind::CombinationsWithReplacement => 56 + 8 * self.r,
        }
    }

    /// Advances the indices as CPython's `*_next` do; `false` when exhausted.
    fn advance(&mut self) -> bool {
        let r = self.r;
        let n = self.pools.first().map_or(0, pool_len);
        let idx = &mut self.indices;
        match self.kind {
            Kind::Product => {
                for i in (0..r).rev() {
                    idx[i] += 1;
                    if idx[i] < pool_len(&self.pools[i]) {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            }
            Kind::Permutations => {
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        // indices[i:] = indices[i+1:] + indices[i:i+1]
                        idx[i..n].rotate_left(1);
                        self.cycles[i] = n - i;
                    } else {
                        let j = self.cycles[i];
                        idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            Kind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                    return false;
                };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            Kind::CombinationsWithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                    return false;
                };
                let next = idx[i] + 1;
                idx[i..r].iter_mut().for_each(|x| *x = next);
                true
            }
        }
    }

    /// The items the indices select: `pool[indices[k]]` for each result position.
    fn selected(&self) -> Vec<PyRef> {
        (0..self.r)
            .filter_map(|k| {
                let pool = self
                    .pools
                    .get(if self.kind == Kind::Product { k } else { 0 })?;
                pool.tuple_items()?.get(self.indices[k]).cloned()
            })
            .collect()
    }

    /// [`Combinatoric::selected`] written over the result tuple's items in place, each
    /// changed position only (the old item stays alive in its pool).
    fn fill_selected(&self, slots: &mut [PyRef]) {
        for (k, slot) in slots.iter_mut().enumerate().take(self.r) {
            let pool = &self.pools[if self.kind == Kind::Product { k } else { 0 }];
            if let Some(item) = pool.tuple_items().and_then(|t| t.get(self.indices[k])) {
                if !slot.is(item) {
                    *slot = item.clone();
                }
            }
        }
    }
}

fn pool_len(pool: &PyRef) -> usize {
    pool.tuple_items().map_or(0, <[PyRef]>::len)
}

/// `__next__` of the combinatoric iterators.
pub fn next(vm: &Vm, it: &mut Combinatoric) -> Option<PyRef> {
    if it.stopped {
        return None;
    }
    let first = it.result.is_none();
    if first {
        // `product` finds an empty pool only now, on the first call, as CPython does,
        // having stored the first item of each pool before it in its new result.
        if let Some(empty) = (it.kind == Kind::Product)
            .then(|| it.pools.iter().position(|p| pool_len(p) == 0))
            .flatten()
        {
            let filled = it.selected()[..empty].to_vec();
            it.result = Some(vm.tuple(filled));
            it.stopped = true;
            return None;
        }
    } else if !it.advance() {
        // CPython finds the end only after copying a result the caller still holds (so
        // the iterator lets go of the tuple it returned last), and `product` has rolled
        // every position over to its pool's first item by then.
        let items = match it.kind {
            Kind::Product => it.selected(),
            _ => it
                .result
                .as_ref()
                .and_then(|t| t.tuple_items().map(<[PyRef]>::to_vec))
                .unwrap_or_default(),
        };
        drop(it.result.take());
        it.result = Some(vm.tuple(items));
        it.stopped = true;
        return None;
    }
    // As CPython: the tuple returned last is refilled in place while the iterator holds
    // the only reference (tracked again if a collection untracked it); otherwise it is
    // released and a new one built. The items all live in the pools: nothing dies here.
    if let Some(mut last) = it.result.take() {
        if let Some(Payload::Tuple(slots)) = last.sole_payload_mut() {
            if slots.len() == it.r {
                it.fill_selected(slots);
                crate::gc::track_in(&last, 0);
                it.result = Some(last.clone());
                return Some(last);
            }
        }
        drop(last);
    }
    let fresh = vm.tuple(it.selected());
    it.result = Some(fresh.clone());
    Some(fresh)
}

/// `tuple(iterable)` as `PySequence_Tuple`: an exact tuple is shared, not copied.
fn as_pool(vm: &mut Vm, iterable: &PyRef) -> PyResult<PyRef> {
    if matches!(iterable.payload, Payload::Tuple(_)) && iterable.class().is(&vm.types.tuple_type) {
        return Ok(iterable.clone());
    }
    let items = vm.iterate(iterable)?;
    Ok(vm.tuple(items))
}

/// A `Py_ssize_t` argument (`r`, `repeat`), through `__index__`.
fn ssize_arg(vm: &mut Vm, value: &PyRef) -> PyResult<i64> {
    vm.ssize_value(value)
}

fn make(vm: &Vm, cls: &PyRef, kind: Kind, pools: Vec<PyRef>, r: usize) -> PyRef {
    let n = pools.first().map_or(0, pool_len);
    let (indices, cycles, stopped) = match kind {
        Kind::Product => (vec![0; pools.len()], Vec::new(), false),
        Kind::Permutations => ((0..n).collect(), (0..r).map(|i| n - i).collect(), r > n),
        Kind::Combinations => ((0..r).collect(), Vec::new(), r > n),
        Kind::CombinationsWithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
    };
    let state = Combinatoric {
        kind,
        pools,
        indices,
        cycles,
        r,
        result: None,
        stopped,
    };
    vm.iterator(IterState::Itertools(Box::new(state)), cls)
}

/// `product(*iterables, repeat=1)`.
pub fn product_new(vm: &mut Vm, args: Args) -> PyResult {
    let mut repeat = 1;
    let mut kw = args.keywords().peekable();
    if kw.peek().is_some() {
        let kw: Vec<_> = kw.collect();
        if kw.len() > 1 {
            return Err(vm.type_error(format!(
                "product() takes at most 1 keyword argument ({} given)",
                kw.len()
            )));
        }
        let (name, value) = &kw[0];
        if *name != "repeat" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for product()"
            )));
        }
        repeat = ssize_arg(vm, value)?;
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let positional = args.positional();
    let (cls, iterables) = positional
        .split_first()
        .ok_or_else(|| vm.type_error("product.__new__(): not enough arguments"))?;
    let mut pools = Vec::with_capacity(iterables.len());
    for iterable in iterables {
        pools.push(as_pool(vm, iterable)?);
    }
    let repeat = repeat as usize;
    if repeat > 0 && pools.len() > (isize::MAX as usize) / 8 / repeat {
        return Err(vm.new_error("OverflowError", "repeat argument too large"));
    }
    let pools: Vec<PyRef> = if repeat == 0 {
        Vec::new()
    } else {
        pools
            .iter()
            .cycle()
            .take(pools.len() * repeat)
            .cloned()
            .collect()
    };
    let r = pools.len();
    Ok(make(vm, cls, Kind::Product, pools, r))
}

/// `(iterable, r)` by position or name, the first `required` mandatory; too many counts
/// keywords too (`takes at most 2 arguments (3 given)`), as Argument Clinic's parser.
/// The arguments are borrowed, as Argument Clinic hands them over.
fn bind_two<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    required: usize,
) -> PyResult<Vec<Option<&'a PyRef>>> {
    let given = args.args.len().saturating_sub(1);
    if given > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({given} given)"
        )));
    }
    // A missing required argument is told before a wrong keyword.
    let npos = args.positional().len().saturating_sub(1);
    let names = ["iterable", "r"];
    let named = |param: &str| args.keywords().any(|(k, _)| k == param);
    if let Some(i) = (npos..required).find(|&i| !named(names[i])) {
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    bind_params_borrowed(vm, name, args, 1, &names, required, 2)
}

/// `permutations(iterable, r=None)`: `r` must be an int (or None for the pool's length).
pub fn permutations_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.args[0].clone();
    let a = bind_two(vm, "permutations", args, 1)?;
    let Some(iterable) = a[0] else {
        return Err(vm.type_error("permutations() missing required argument"));
    };
    let pool = as_pool(vm, iterable)?;
    let n = pool_len(&pool);
    let r = match a[1].filter(|r| !matches!(r.payload, Payload::NoneValue)) {
        None => n as i64,
        Some(r) => {
            if !vm.isinstance(r, &vm.types.int_type.clone()) {
                return Err(vm.type_error("Expected int as r"));
            }
            ssize_arg(vm, r)?
        }
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(make(vm, &cls, Kind::Permutations, vec![pool], r as usize))
}

/// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`: `r` is
/// converted first, the pool read next, then `r`'s sign checked.
fn combinations_of(vm: &mut Vm, args: Args, name: &str, kind: Kind) -> PyResult {
    let cls = args.args[0].clone();
    let a = bind_two(vm, name, args, 2)?;
    let (Some(iterable), Some(r)) = (a[0], a[1]) else {
        return Err(vm.type_error(format!("{name}() missing required argument")));
    };
    let r = ssize_arg(vm, r)?;
    let pool = as_pool(vm, iterable)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(make(vm, &cls, kind, vec![pool], r as usize))
}

pub fn combinations_new(vm: &mut Vm, args: Args) -> PyResult {
    combinations_of(vm, args, "combinations", Kind::Combinations)
}

pub fn cwr_new(vm: &mut Vm, args: Args) -> PyResult {
    combinations_of(
        vm,
        args,
        "combinations_with_replacement",
        Kind::CombinationsWithReplacement,
    )
}
