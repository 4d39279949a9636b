//! Stack depth analysis: CPython's `stackdepth()` from compile.c, over refpy's instructions.
//!
//! [`max_stack_depth`] walks every path through a code object, carrying the value-stack
//! depth, and checks the invariant the code generator must keep: every instruction is
//! reached with one depth whatever the path, the depth never goes negative, and every path
//! ends in `ReturnValue`, `RaiseVarargs` or `Reraise`. It returns the largest depth, which
//! the VM can use to size a frame's stack once. A `ReturnValue` must leave the stack empty
//! (everything a `return` unwinds through, such as a `for` iterator, has been popped).
//!
//! Exception handlers are reached from their `SetupFinally` / `SetupWith`: the VM truncates
//! the stack to the depth recorded by the block and pushes the exception, so the handler
//! starts at that depth plus one. `SetupWith` records the depth below `__enter__`'s result
//! (see `bytecode::instruction`), one less than the depth where it executes.
//!
//! [`stack_effect`] is the per-instruction table, the single place that restates each doc
//! line's `[before] -> [after]` as a number.

use crate::bytecode::{CodeObject, Instruction};

/// Net stack effect of `instruction`; `jump` selects the effect when its jump is taken.
pub fn stack_effect(instruction: &Instruction, jump: bool) -> i32 {
    use Instruction as I;
    let n = |n: &u32| *n as i32;
    match instruction {
        I::Nop | I::RotTwo | I::RotThree | I::RotFour => 0,
        I::PopTop => -1,
        I::DupTop => 1,
        I::DupTopTwo => 2,
        I::LoadConst(_)
        | I::LoadFast(_)
        | I::LoadClosure(_)
        | I::LoadDeref(_)
        | I::LoadClassDeref(_)
        | I::LoadGlobal(_)
        | I::LoadName(_) => 1,
        I::StoreFast(_) | I::StoreDeref(_) | I::StoreGlobal(_) | I::StoreName(_) => -1,
        I::DeleteFast(_) | I::DeleteDeref(_) | I::DeleteGlobal(_) | I::DeleteName(_) => 0,
        I::LoadAttr(_) => 0,
        I::StoreAttr(_) => -2,
        I::DeleteAttr(_) => -1,
        I::LoadMethod(_) => 1,
        I::BinarySubscr => -1,
        I::StoreSubscr => -3,
        I::DeleteSubscr => -2,
        I::BinaryOp { .. } | I::CompareOp(_) | I::IsOp(_) | I::ContainsOp(_) => -1,
        I::UnaryNegative | I::UnaryPositive | I::UnaryNot | I::UnaryInvert => 0,
        I::BuildTuple(k)
        | I::BuildList(k)
        | I::BuildSet(k)
        | I::BuildString(k)
        | I::BuildSlice(k) => 1 - n(k),
        I::BuildMap(k) => 1 - 2 * n(k),
        I::BuildConstKeyMap(k) => -n(k),
        I::ListToTuple => 0,
        I::ListAppend(_)
        | I::SetAdd(_)
        | I::ListExtend(_)
        | I::SetUpdate(_)
        | I::DictUpdate(_)
        | I::DictMerge(_) => -1,
        I::MapAdd(_) => -2,
        I::UnpackSequence(k) => n(k) - 1,
        I::UnpackEx { before, after } => i32::from(*before) + n(after),
        I::FormatValue { has_spec, .. } => -(*has_spec as i32),
        I::Jump(_) | I::GetIter => 0,
        I::PopJumpIfFalse(_) | I::PopJumpIfTrue(_) => -1,
        I::JumpIfFalseOrPop(_) | I::JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        I::ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        I::ReturnValue => -1,
        I::MakeFunction(flags) => -((flags & 0x0f).count_ones() as i32),
        I::Call(k) => -n(k),
        I::CallKw(k) | I::CallMethod(k) => -n(k) - 1,
        I::CallEx(kw) => -1 - *kw as i32,
        I::LoadBuildClass | I::LoadAssertionError => 1,
        I::YieldValue | I::GetYieldFromIter | I::GetAwaitable(_) => 0,
        I::GetAiter => 0,
        I::GetAnext | I::BeforeAsyncWith => 1,
        I::EndAsyncFor => -2,
        I::YieldFrom => -1,
        // The handler starts at the recorded depth plus the exception.
        I::SetupFinally(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        // Recorded below `__enter__`'s result: `- 1 + 1`.
        I::SetupWith(_) => 0,
        I::BeforeWith => 1,
        I::PopBlock | I::PopExcept => 0,
        I::Reraise => -1,
        I::JumpIfNotExcMatch(_) => -1,
        I::CheckEgMatch => 0,
        I::PrepReraiseStar => -1,
        I::WithExceptStart => 1,
        I::RaiseVarargs(k) => -n(k),
        I::ImportName(_) => -1,
        I::ImportFrom(_) => 1,
        I::ImportStar => -1,
        I::GetLen | I::MatchMapping | I::MatchSequence | I::MatchKeys => 1,
        I::MatchClass(_) => -2,
        I::CopyDictWithoutKeys => 0,
        I::SetupAnnotations => 0,
        I::PrintExpr => -1,
        I::LoadFastLoadFast(..)
        | I::LoadFastLoadConst(..)
        | I::LoadConstLoadFast(..)
        | I::LoadFastLoadAttr(..)
        | I::LoadFastLoadMethod(..) => unreachable!("superinstructions are made after compiling"),
    }
}

/// Whether control can continue to the next instruction.
fn falls_through(instruction: &Instruction) -> bool {
    !matches!(
        instruction,
        Instruction::Jump(_)
            | Instruction::ReturnValue
            | Instruction::Reraise
            | Instruction::RaiseVarargs(_)
    )
}

/// The largest stack depth `code` reaches, or a description of the first inconsistency
/// (compile.c's `stackdepth`, which asserts the same invariants).
pub fn max_stack_depth(code: &CodeObject) -> Result<u32, String> {
    walk(code).map(|(_, max)| max as u32)
}

/// What CPython 3.11 would give as `co_stacksize` for the same code (frame sizes depend on
/// it): refpy's depth, plus the `NULL` that 3.11 pushes below the callable of every call
/// that is not a method call (`PUSH_NULL` ... `CALL`), for as long as the callable and its
/// arguments are on the stack. A keyword call's names tuple, which 3.11 keeps off the
/// stack (`KW_NAMES`), is not counted.
pub fn cpython_stack_size(code: &CodeObject) -> Result<u32, String> {
    let (depth_at, max) = walk(code)?;
    let mut extra = vec![0i32; depth_at.len()];
    for (i, instruction) in code.instructions.iter().enumerate() {
        let Some(depth) = depth_at[i] else { continue };
        // (depth below the callable, last instruction the NULL sits under)
        let (base, last) = match instruction {
            Instruction::Call(argc) => (depth - *argc as i32 - 1, i),
            Instruction::CallKw(argc) => (depth - *argc as i32 - 2, i.saturating_sub(1)),
            Instruction::CallEx(kw) => (depth - 2 - *kw as i32, i),
            _ => continue,
        };
        let mut k = last;
        while k > 0 && depth_at[k].is_some_and(|d| d > base) {
            extra[k] += 1;
            k -= 1;
        }
    }
    let with_nulls = depth_at
        .iter()
        .zip(&extra)
        .filter_map(|(d, e)| d.map(|d| d + e))
        .max()
        .unwrap_or(0);
    Ok(max.max(with_nulls) as u32)
}

/// The walk of [`max_stack_depth`]: the depth before each reachable instruction, and the
/// largest depth reached.
fn walk(code: &CodeObject) -> Result<(Vec<Option<i32>>, i32), String> {
    let len = code.instructions.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; len];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((start, depth)) = work.pop() {
        let mut index = start;
        let mut depth = depth;
        max = max.max(depth);
        loop {
            if index >= len {
                return Err(format!("{}: control falls off the end", code.qualname));
            }
            match depth_at[index] {
                Some(seen) if seen == depth => break,
                Some(seen) => {
                    return Err(format!(
                        "{}: instruction {index} reached with depths {seen} and {depth}",
                        code.qualname
                    ))
                }
                None => depth_at[index] = Some(depth),
            }
            let instruction = &code.instructions[index];
            if let Some(target) = crate::bytecode::dis::jump_target(instruction) {
                let at_target = match instruction {
                    Instruction::SetupWith(_) => depth - 1 + 1,
                    _ => depth + stack_effect(instruction, true),
                };
                if at_target < 0 {
                    return Err(format!(
                        "{}: negative depth jumping from {index}",
                        code.qualname
                    ));
                }
                work.push((target as usize, at_target));
            }
            depth += stack_effect(instruction, false);
            if depth < 0 {
                return Err(format!("{}: negative depth at {index}", code.qualname));
            }
            if matches!(instruction, Instruction::ReturnValue) && depth != 0 {
                return Err(format!(
                    "{}: {depth} values left on the stack at return {index}",
                    code.qualname
                ));
            }
            max = max.max(depth);
            if !falls_through(instruction) {
                break;
            }
            index += 1;
        }
    }
    Ok((depth_at, max))
}
