//! Quickening: the copy of a code object's instructions that the dispatch loop runs.
//!
//! CPython 3.11's `_PyCode_Quicken` rewrites common instruction pairs into
//! *superinstructions* (`LOAD_FAST__LOAD_FAST`, `LOAD_FAST__LOAD_CONST`, ...): one dispatch
//! instead of two, and for `self.x` no reference counted on `self` in between. Here the
//! pair's first instruction is replaced in a copy of the instructions; the second stays in
//! place, so a jump that lands on it runs it alone, and indices (tracebacks, line numbers,
//! `f_lasti`) are those of the original. The original is what `dis` shows and what the
//! loop runs under a line hook, which must see every instruction.
//!
//! Only pairs whose first half cannot free an object are fused: a `__del__` that the first
//! half's release queued would otherwise run after the second half instead of before it.

use super::Instruction;

/// The instructions with superinstructions in place of the fusable pairs.
pub fn quicken(instructions: &[Instruction]) -> Box<[Instruction]> {
    let mut quick: Box<[Instruction]> = instructions.into();
    for (i, pair) in instructions.windows(2).enumerate() {
        if let Some(fused) = fuse(pair[0], pair[1]) {
            quick[i] = fused;
        }
    }
    quick
}

/// The superinstruction for `first` followed by `second`, if there is one (both arguments
/// must fit its 16-bit fields).
fn fuse(first: Instruction, second: Instruction) -> Option<Instruction> {
    use Instruction as I;
    let narrow = |a: u32, b: u32| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
    Some(match (first, second) {
        (I::LoadFast(a), I::LoadFast(b)) => {
            let (a, b) = narrow(a, b)?;
            I::LoadFastLoadFast(a, b)
        }
        (I::LoadFast(a), I::LoadConst(b)) => {
            let (a, b) = narrow(a, b)?;
            I::LoadFastLoadConst(a, b)
        }
        (I::LoadConst(a), I::LoadFast(b)) => {
            let (a, b) = narrow(a, b)?;
            I::LoadConstLoadFast(a, b)
        }
        (I::LoadFast(a), I::LoadAttr(b)) => {
            let (a, b) = narrow(a, b)?;
            I::LoadFastLoadAttr(a, b)
        }
        (I::LoadFast(a), I::LoadMethod(b)) => {
            let (a, b) = narrow(a, b)?;
            I::LoadFastLoadMethod(a, b)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::quicken;
    use crate::bytecode::Instruction as I;

    #[test]
    fn fuses_pairs_and_keeps_the_second_in_place() {
        let code = [
            I::LoadFast(0),
            I::LoadAttr(3),
            I::LoadFast(1),
            I::LoadFast(2),
            I::LoadConst(70_000),
            I::StoreFast(1),
        ];
        let quick = quicken(&code);
        assert_eq!(quick.len(), code.len());
        assert_eq!(quick[0], I::LoadFastLoadAttr(0, 3));
        assert_eq!(quick[1], I::LoadAttr(3));
        assert_eq!(quick[2], I::LoadFastLoadFast(1, 2));
        // An argument too wide for the pair's fields: left as it was.
        assert_eq!(quick[3], I::LoadFast(2));
        assert_eq!(quick[5], I::StoreFast(1));
    }
}
