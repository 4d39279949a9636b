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
//! A `__del__` must still run between the two halves when the first one queued it (a
//! store that lets go of the last reference to the old value): such a first half checks
//! the queue and, when something waits, stops there, so the loop runs the finalizers and
//! then the second instruction on its own. A jump that closes a `for` loop runs the loop
//! head it lands on in the same step (`JumpToForIter`).

use super::dis::{falls_through, jump_target};
use super::Instruction;

/// The instructions with superinstructions in place of the fusable pairs.
pub fn quicken(instructions: &[Instruction]) -> Box<[Instruction]> {
    assert_stays_in_bounds(instructions);
    let mut quick: Box<[Instruction]> = instructions.into();
    for (i, pair) in instructions.windows(2).enumerate() {
        if let Some(fused) = fuse(pair[0], pair[1], instructions.get(i + 2).copied()) {
            quick[i] = fused;
        }
    }
    for (i, instr) in instructions.iter().enumerate() {
        if let Instruction::Jump(t) = *instr {
            if matches!(instructions.get(t as usize), Some(Instruction::ForIter(_))) {
                quick[i] = Instruction::JumpToForIter(t);
            }
        }
    }
    quick
}

/// Checks what lets the dispatch loop fetch `quick[pc]` without a bounds check: no
/// instruction jumps past the end, and the last one does not fall through (a frame's
/// `pc` only ever moves to the next instruction, to a jump target, or, unwinding, to a
/// handler, which is a jump target of its setup instruction). The compiler always ends
/// a body with a return, so this never fails; if it did, a bug would be a panic here
/// instead of a read out of bounds there.
fn assert_stays_in_bounds(instructions: &[Instruction]) {
    let n = instructions.len();
    assert!(
        instructions.last().is_some_and(|last| !falls_through(last)),
        "code ends with an instruction that falls through"
    );
    for instruction in instructions {
        if let Some(t) = jump_target(instruction) {
            assert!((t as usize) < n, "jump past the end of the code");
        }
    }
}

/// The superinstruction for `first` followed by `second` (and `third`, for the one
/// triple), if there is one (the arguments must fit its 16-bit fields).
fn fuse(
    first: Instruction,
    second: Instruction,
    third: Option<Instruction>,
) -> Option<Instruction> {
    use Instruction as I;
    let narrow = |a: u32, b: u32| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
    Some(match (first, second) {
        (I::StoreFast(a), I::LoadFast(b)) => {
            let (a, b) = narrow(a, b)?;
            match third {
                Some(I::LoadFast(c)) => match u16::try_from(c) {
                    Ok(c) => I::StoreFastLoadFastLoadFast(a, b, c),
                    Err(_) => I::StoreFastLoadFast(a, b),
                },
                // The load fuses better with what follows it (`self.x` reads the
                // attribute without counting a reference to `self`): the store stays
                // alone, so the loop runs that pair next.
                Some(next) if fuse(second, next, None).is_some() => return None,
                _ => I::StoreFastLoadFast(a, b),
            }
        }
        (I::StoreFast(a), I::StoreFast(b)) => {
            let (a, b) = narrow(a, b)?;
            I::StoreFastStoreFast(a, b)
        }
        (I::ForIter(t), I::StoreFast(b)) => {
            let (t, b) = narrow(t, b)?;
            I::ForIterStoreFast(t, b)
        }
        (I::LoadConst(a), I::ReturnValue) => I::LoadConstReturnValue(a),
        (I::LoadFast(a), I::ReturnValue) => I::LoadFastReturnValue(a),
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
            I::ReturnValue,
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

    #[test]
    fn fuses_stores_loop_heads_and_returns() {
        let code = [
            I::ForIter(9),
            I::StoreFast(0),
            I::LoadFast(0),
            I::LoadFast(1),
            I::StoreFast(2),
            I::StoreFast(3),
            I::LoadFast(2),
            I::PopTop,
            I::Jump(0),
            I::LoadConst(0),
            I::ReturnValue,
        ];
        let quick = quicken(&code);
        assert_eq!(quick[0], I::ForIterStoreFast(9, 0));
        assert_eq!(quick[1], I::StoreFastLoadFastLoadFast(0, 0, 1));
        assert_eq!(quick[4], I::StoreFastStoreFast(2, 3));
        assert_eq!(quick[5], I::StoreFastLoadFast(3, 2));
        assert_eq!(quick[8], I::JumpToForIter(0));
        assert_eq!(quick[9], I::LoadConstReturnValue(0));
    }

    #[test]
    fn a_store_leaves_a_load_to_its_better_partner() {
        let code = [
            I::StoreFast(0),
            I::LoadFast(1),
            I::LoadAttr(2),
            I::StoreFast(3),
            I::LoadFast(4),
            I::Jump(0),
        ];
        let quick = quicken(&code);
        assert_eq!(quick[0], I::StoreFast(0));
        assert_eq!(quick[1], I::LoadFastLoadAttr(1, 2));
        assert_eq!(quick[3], I::StoreFastLoadFast(3, 4));
    }

    #[test]
    #[should_panic(expected = "falls through")]
    fn refuses_code_that_could_run_off_its_end() {
        quicken(&[I::LoadConst(0), I::PopTop]);
    }

    #[test]
    #[should_panic(expected = "jump past the end")]
    fn refuses_a_jump_past_the_end() {
        quicken(&[I::PopJumpIfFalse(5), I::LoadConst(0), I::ReturnValue]);
    }
}
