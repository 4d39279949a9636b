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

use crate::bytecode::dis::falls_through;
use crate::bytecode::{CodeObject, Const, Instruction};

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
        | I::LoadFastLoadMethod(..)
        | I::StoreFastLoadFast(..)
        | I::StoreFastLoadFastLoadFast(..)
        | I::StoreFastStoreFast(..)
        | I::ForIterStoreFast(..)
        | I::LoadConstReturnValue(..)
        | I::LoadFastReturnValue(..)
        | I::JumpToForIter(..) => unreachable!("superinstructions are made after compiling"),
    }
}

/// The largest stack depth `code` reaches, or a description of the first inconsistency
/// (compile.c's `stackdepth`, which asserts the same invariants).
pub fn max_stack_depth(code: &CodeObject) -> Result<u32, String> {
    walk(code).map(|(_, max)| max as u32)
}

/// What CPython 3.11 would give as `co_stacksize` for the same code (frame sizes depend on
/// it): refpy's depth at each instruction plus what 3.11 keeps on its stack that refpy
/// keeps elsewhere, namely
///
/// - the `NULL` that 3.11 pushes below the callable of a call that is not a method call
///   (`PUSH_NULL` ... `CALL`), for as long as the callable and its arguments are on the
///   stack (see [`null_calls`]). A keyword call's names tuple, which 3.11 keeps off the
///   stack (`KW_NAMES`), is not counted;
/// - what 3.11's exception handlers hold (see [`handler_extras`]);
///
/// less the constants 3.11's peephole pass keeps off the stack: a constant tested by a
/// conditional jump (`while True:`) and the `None` of `x is None` tested by one
/// (`POP_JUMP_IF_NONE`).
pub fn cpython_stack_size(code: &CodeObject) -> Result<u32, String> {
    let (depth_at, _) = walk(code)?;
    let (mut extra, peaks) = handler_extras(code, &depth_at);
    for (i, window) in code.instructions.windows(3).enumerate() {
        use Instruction as I;
        let tested = |j: &Instruction| matches!(j, I::PopJumpIfFalse(_) | I::PopJumpIfTrue(_));
        match window {
            [I::LoadConst(_), jump, _] if tested(jump) => extra[i + 1] -= 1,
            [I::LoadConst(c), I::IsOp(_), jump]
                if tested(jump) && matches!(code.consts.get(*c as usize), Some(Const::None)) =>
            {
                extra[i + 1] -= 1
            }
            _ => {}
        }
    }
    for (i, base) in null_calls(code, &depth_at) {
        let mut k = i;
        while k > 0 && depth_at[k].is_some_and(|d| d > base) {
            extra[k] += 1;
            k -= 1;
        }
    }
    let with_extras = depth_at
        .iter()
        .zip(&extra)
        .filter_map(|(d, e)| d.map(|d| d + e))
        .chain(peaks)
        .max()
        .unwrap_or(0);
    Ok(with_extras.max(0) as u32)
}

/// The index of the instruction that pushed the callable of the call at `call`, whose
/// callable sits at depth `base`: the last instruction before it reached at that depth.
fn callable_pusher(depth_at: &[Option<i32>], call: usize, base: i32) -> usize {
    let mut k = call;
    while k > 0 && depth_at[k].is_some_and(|d| d > base) {
        k -= 1;
    }
    k
}

/// The calls under whose callable 3.11 pushes a `NULL`, each as (index of the last
/// instruction the `NULL` sits under, depth below the callable), or a second slot for a
/// method. 3.11 calls without a
/// `NULL` where the callable's slot can take the place of `self` (`CALL 0` on
/// `[callable, argument]`): a comprehension applied to its iterator, a decorator applied
/// to what it decorates, and `AssertionError` applied to the assert's message.
fn null_calls(code: &CodeObject, depth_at: &[Option<i32>]) -> Vec<(usize, i32)> {
    let mut calls = Vec::new();
    // Calls whose result is a function or class being defined (class building,
    // decorators): a call taking one of them as its only argument is a decorator.
    let mut defines = vec![false; code.instructions.len()];
    for (i, instruction) in code.instructions.iter().enumerate() {
        let Some(depth) = depth_at[i] else { continue };
        let (base, last) = match instruction {
            Instruction::Call(argc) => (depth - *argc as i32 - 1, i),
            Instruction::CallKw(argc) => (depth - *argc as i32 - 2, i.saturating_sub(1)),
            Instruction::CallEx(kw) => (depth - 2 - *kw as i32, i),
            _ => continue,
        };
        let pusher = &code.instructions[callable_pusher(depth_at, i, base)];
        if matches!(pusher, Instruction::LoadBuildClass) {
            defines[i] = true;
        }
        if let (Instruction::Call(1), Some(argument)) = (instruction, i.checked_sub(1)) {
            let comprehension = matches!(
                code.instructions[argument],
                Instruction::GetIter | Instruction::GetAiter
            );
            let decorator = match code.instructions[argument] {
                Instruction::MakeFunction(_) => argument
                    .checked_sub(1)
                    .and_then(|k| match code.instructions[k] {
                        Instruction::LoadConst(c) => code.consts.get(c as usize),
                        _ => None,
                    })
                    .is_some_and(|c| matches!(c, Const::Code(f) if f.name != "<lambda>")),
                _ => defines[argument],
            };
            defines[i] |= decorator;
            if comprehension || decorator || matches!(pusher, Instruction::LoadAssertionError) {
                continue;
            }
        }
        // `obj.name(key=value)`: 3.11 loads a method (`LOAD_METHOD`, two slots) where
        // refpy loads the bound attribute, so the extra slot starts after the attribute.
        if let Instruction::CallKw(_) = instruction {
            // The first argument starts at the callable's depth, right after it.
            let first_argument = callable_pusher(depth_at, last, base + 1);
            let attribute = first_argument.checked_sub(1).map(|k| &code.instructions[k]);
            if matches!(attribute, Some(Instruction::LoadAttr(_))) {
                calls.push((last, base + 1));
                continue;
            }
        }
        calls.push((last, base));
    }
    calls
}

/// What 3.11's exception handlers keep on the value stack beyond refpy's depth, per
/// instruction, and the peaks their cleanup code reaches.
///
/// A handler in 3.11 starts with `PUSH_EXC_INFO`, which keeps the previous exception
/// below the caught one until `POP_EXCEPT` (refpy saves it in the frame); a `with`
/// handler also keeps the resume offset (`lasti`) below them. Every such handler is
/// guarded by a cleanup handler (`COPY 3; POP_EXCEPT; RERAISE`) entered with `lasti` and
/// the exception above the handler's entry depth, which peaks at that depth plus 3. An
/// `except ... as name` body's cleanup (`name = None; del name; RERAISE`) is entered with
/// `lasti` too. `async for`'s handler (`END_ASYNC_FOR`) keeps nothing.
fn handler_extras(code: &CodeObject, depth_at: &[Option<i32>]) -> (Vec<i32>, Vec<i32>) {
    let len = code.instructions.len();
    let mut extra_at: Vec<Option<i32>> = vec![None; len];
    let mut peaks = Vec::new();
    // (instruction, what each enclosing handler adds, innermost last)
    let mut work: Vec<(usize, Vec<i32>)> = vec![(0, Vec::new())];
    while let Some((mut index, mut held)) = work.pop() {
        while index < len && extra_at[index].is_none() {
            let sum: i32 = held.iter().sum();
            extra_at[index] = Some(sum);
            let instruction = &code.instructions[index];
            if let Some(target) = crate::bytecode::dis::jump_target(instruction) {
                let target = target as usize;
                let mut inner = held.clone();
                let adds = match instruction {
                    Instruction::SetupWith(_) => Some(2),
                    Instruction::SetupFinally(_) => match code.instructions.get(target) {
                        Some(Instruction::EndAsyncFor) => None,
                        _ => Some(1),
                    },
                    _ => None,
                };
                if let Some(adds) = adds {
                    inner.push(adds);
                    let pushes_exc_info = !is_name_cleanup(code, target);
                    if let (true, Some(Some(d))) = (pushes_exc_info, depth_at.get(target)) {
                        peaks.push(d + sum + adds + 2);
                    }
                }
                work.push((target, inner));
            }
            if matches!(instruction, Instruction::PopExcept) {
                held.pop();
            }
            if !falls_through(instruction) {
                break;
            }
            index += 1;
        }
    }
    let extra = extra_at.into_iter().map(|e| e.unwrap_or(0)).collect();
    (extra, peaks)
}

/// Whether the handler at `target` is the cleanup of an `except ... as name` body:
/// `name = None; del name; RERAISE`.
fn is_name_cleanup(code: &CodeObject, target: usize) -> bool {
    use Instruction as I;
    matches!(
        code.instructions.get(target..target + 4),
        Some(
            [I::LoadConst(c), I::StoreFast(_) | I::StoreName(_) | I::StoreDeref(_) | I::StoreGlobal(_),
             I::DeleteFast(_) | I::DeleteName(_) | I::DeleteDeref(_) | I::DeleteGlobal(_), I::Reraise]
        ) if matches!(code.consts.get(*c as usize), Some(Const::None))
    )
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
