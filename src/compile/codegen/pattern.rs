//! The `match` statement: CPython 3.10 `compile.c`'s `compiler_match` and `compiler_pattern_*`.
//!
//! A pattern is compiled with the subject on top of the stack and always consumes it, on
//! success and on failure. While a pattern runs, `on_top` counts the extra items it keeps on
//! the stack (the subject during a length check, a tuple of attributes, ...). A failing test
//! jumps to `fail_pop[on_top]`: the failure labels are emitted after the case body as a
//! ladder of `PopTop`s, each label popping one item more than the next, so every failure
//! point leaves the stack exactly as the case found it (compile.c's `jump_to_fail_pop` and
//! `emit_and_reset_fail_pop`).
//!
//! One deliberate difference from CPython: captured names are stored as soon as they are
//! matched, instead of being kept on the stack (rotated down with `ROT_N`, which refpy's
//! instruction set does not have) and stored after the whole pattern succeeded. A pattern
//! that fails half-way may therefore leave some of its names bound; the language reference
//! allows this ("names bound during a failed match may persist"). Capture rules CPython
//! checks are kept: `multiple assignments to name 'x' in pattern`, `alternative patterns
//! bind different names`, irrefutable patterns only last.

use std::collections::BTreeSet;

use super::{to_const, CResult, Compiler, Label, NameCtx};
use crate::bytecode::{CompareKind, Const, Instruction as I};
use crate::syntax::ast::*;

/// The state of one case's pattern compilation (compile.c's `pattern_context`).
struct PatternContext {
    /// Names captured so far (for duplicate checks).
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]`: pop `n` items, then fail.
    fail_pop: Vec<Label>,
    /// Items kept on the stack above the current subject.
    on_top: u32,
}

/// `case _` (no pattern, no name): CPython's `WILDCARD_CHECK`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

impl<'a> Compiler<'a> {
    /// compile.c's `compiler_match_inner`.
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        let stmt_loc = self.loc;
        self.expr(subject)?;
        let end = self.new_label();
        let Some(last) = cases.last() else {
            self.emit(I::PopTop);
            return Ok(());
        };
        let has_default = is_wildcard(&last.pattern) && cases.len() > 1;
        let tested = cases.len() - has_default as usize;
        for (i, case) in cases[..tested].iter().enumerate() {
            self.loc = case.pattern.loc;
            // Only copy the subject if we're *not* on the last case.
            let copy_subject = i + 1 != tested;
            if copy_subject {
                self.emit(I::DupTop);
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == cases.len(),
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(guard) = &case.guard {
                let fail = self.fail_pop(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if copy_subject {
                self.emit(I::PopTop);
            }
            self.stmts(&case.body)?;
            self.emit_jump(I::Jump, end);
            self.loc = case.pattern.loc;
            self.emit_fail_pop(&mut pc);
        }
        if has_default {
            self.loc = last.pattern.loc;
            if cases.len() == 1 {
                self.emit(I::PopTop);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&last.body)?;
        }
        self.bind(end);
        self.loc = stmt_loc;
        Ok(())
    }

    /// The label that pops `pops` items and fails (compile.c's `ensure_fail_pop`).
    fn fail_pop(&mut self, pc: &mut PatternContext, pops: u32) -> Label {
        while pc.fail_pop.len() <= pops as usize {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
        pc.fail_pop[pops as usize]
    }

    /// Jump to the failure ladder, popping everything kept on top (`jump_to_fail_pop`).
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, jump: fn(u32) -> I) {
        let label = self.fail_pop(pc, pc.on_top);
        self.emit_jump(jump, label);
    }

    /// Emit the failure ladder: `fail_pop[n]` pops one item and falls into `fail_pop[n-1]`.
    fn emit_fail_pop(&mut self, pc: &mut PatternContext) {
        let Some((&first, rest)) = pc.fail_pop.split_first() else {
            return;
        };
        for &label in rest.iter().rev() {
            self.bind(label);
            self.emit(I::PopTop);
        }
        self.bind(first);
        pc.fail_pop.clear();
    }

    /// Bind the value on top of the stack to `name` (`None`: discard it).
    fn store_capture(&mut self, name: Option<&'a str>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.emit(I::PopTop);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        pc.stores.push(name.to_string());
        self.name_op(name, NameCtx::Store)
    }

    /// compile.c's `compiler_pattern`: `SET_LOC(c, p)` without a restore, so what follows a
    /// pattern (and the errors of the patterns around it) has the location of the last
    /// pattern visited.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.loc = p.loc;
        self.pattern_inner(p, pc)
    }

    /// A pattern inside another: irrefutable patterns are always allowed there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        result
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        match &p.kind {
            PatternKind::MatchValue(value) => {
                // `MATCH_VALUE_EXPR` (with the literals refpy leaves unfolded).
                if !value.kind.is_match_value() {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.expr(value)?;
                self.emit(I::CompareOp(CompareKind::Eq));
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
            }
            PatternKind::MatchSingleton(singleton) => {
                self.load_const(match singleton {
                    Singleton::None => Const::None,
                    Singleton::True => Const::Bool(true),
                    Singleton::False => Const::Bool(false),
                });
                self.emit(I::IsOp(false));
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
            }
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    return Err(self.error(match name {
                        Some(name) => {
                            format!("name capture '{name}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    }));
                }
                self.store_capture(name.as_deref(), pc)?;
            }
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                pc.on_top += 1;
                self.emit(I::DupTop);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_capture(name.as_deref(), pc)?;
            }
            PatternKind::MatchStar(name) => self.store_capture(name.as_deref(), pc)?,
            PatternKind::MatchSequence(patterns) => self.sequence_pattern(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchOr(alternatives) => self.or_pattern(alternatives, pc)?,
        }
        Ok(())
    }

    /// compile.c's `compiler_pattern_sequence`.
    fn sequence_pattern(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, pattern) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar(_) = pattern.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(pattern);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(pattern);
        }
        // Keep the subject during the sequence and length checks.
        pc.on_top += 1;
        self.emit(I::MatchSequence);
        self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
        match star {
            None => {
                self.emit(I::GetLen);
                self.load_const(Const::Int(size.into()));
                self.emit(I::CompareOp(CompareKind::Eq));
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(I::GetLen);
                self.load_const(Const::Int((size - 1).into()));
                self.emit(I::CompareOp(CompareKind::Ge));
                self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(I::PopTop);
        } else if let (true, Some(star)) = (star_wildcard, star) {
            self.sequence_subscr(patterns, star, pc)?;
        } else {
            match star {
                Some(i) => {
                    let Ok(before) = u8::try_from(i) else {
                        return Err(
                            self.error("too many expressions in star-unpacking sequence pattern")
                        );
                    };
                    self.emit(I::UnpackEx {
                        before,
                        after: (size - i - 1) as u32,
                    })
                }
                None => self.emit(I::UnpackSequence(size as u32)),
            }
            pc.on_top += size as u32;
            for pattern in patterns {
                pc.on_top -= 1;
                self.subpattern(pattern, pc)?;
            }
        }
        Ok(())
    }

    /// Match a sequence with a `*_` by indexing instead of unpacking
    /// (compile.c's `pattern_helper_sequence_subscr`).
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, pattern) in patterns.iter().enumerate() {
            if is_wildcard(pattern) || i == star {
                continue;
            }
            self.emit(I::DupTop);
            if i < star {
                self.load_const(Const::Int(i.into()));
            } else {
                // The subject may not support negative indexing: compute len - k.
                self.emit(I::GetLen);
                self.load_const(Const::Int((size - i).into()));
                self.emit(I::BinaryOp {
                    op: crate::bytecode::BinaryOperator::Subtract,
                    inplace: false,
                });
            }
            self.emit(I::BinarySubscr);
            self.subpattern(pattern, pc)?;
        }
        pc.on_top -= 1;
        self.emit(I::PopTop);
        Ok(())
    }

    /// compile.c's `compiler_pattern_mapping` (with 3.11's `MatchKeys` pushing only the
    /// values, or None).
    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> CResult {
        if keys.len() != patterns.len() {
            return Err(self.error("keys (mapping pattern) and patterns differ in length"));
        }
        let size = keys.len();
        pc.on_top += 1;
        self.emit(I::MatchMapping);
        self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(I::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(I::GetLen);
            self.load_const(Const::Int(size.into()));
            self.emit(I::CompareOp(CompareKind::Ge));
            self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Constant(c) => {
                    let value = to_const(c);
                    if seen.iter().any(|s| super::same_const(s, &value)) {
                        let msg = format!(
                            "mapping pattern checks duplicate key ({})",
                            crate::bytecode::dis::const_repr(&value)
                        );
                        // `compiler_error` at the pattern being compiled (the mapping).
                        return Err(self.error(msg));
                    }
                    seen.push(value);
                }
                // Attribute lookups, and literals refpy does not fold (`-1`, `1+2j`).
                ExprKind::Attribute { .. } | ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => {}
                _ => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ))
                }
            }
            self.expr(key)?;
        }
        self.emit(I::BuildTuple(size as u32));
        self.emit(I::MatchKeys);
        // [subject, keys, values_or_None]
        pc.on_top += 2;
        self.emit(I::DupTop);
        self.load_const(Const::None);
        self.emit(I::IsOp(true));
        self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
        for (i, pattern) in patterns.iter().enumerate() {
            if is_wildcard(pattern) {
                continue;
            }
            self.emit(I::DupTop);
            self.load_const(Const::Int(i.into()));
            self.emit(I::BinarySubscr);
            self.subpattern(pattern, pc)?;
        }
        pc.on_top -= 2;
        self.emit(I::PopTop); // the values
        match rest {
            Some(name) => {
                // [subject, keys] -> [subject, rest]
                self.emit(I::CopyDictWithoutKeys);
                self.store_capture(Some(name), pc)?;
                self.emit(I::PopTop);
            }
            None => {
                self.emit(I::PopTop); // the keys
                self.emit(I::PopTop); // the subject
            }
        }
        Ok(())
    }

    /// compile.c's `compiler_pattern_class`.
    fn class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        if kwd_attrs.len() != kwd_patterns.len() {
            return Err(self.error("kwd_attrs (class pattern) and kwd_patterns differ in length"));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(attr) {
                let msg = format!("attribute name repeated in class pattern: {attr}");
                return Err(self.error_at(kwd_patterns[i].loc, msg));
            }
        }
        self.expr(cls)?;
        self.load_folded_const(Const::Tuple(
            kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect(),
        ));
        self.emit(I::MatchClass(patterns.len() as u32));
        self.emit(I::DupTop);
        self.load_const(Const::None);
        self.emit(I::IsOp(true));
        // [attrs_or_None]
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, I::PopJumpIfFalse);
        for (i, pattern) in patterns.iter().chain(kwd_patterns).enumerate() {
            if is_wildcard(pattern) {
                continue;
            }
            self.emit(I::DupTop);
            self.load_const(Const::Int(i.into()));
            self.emit(I::BinarySubscr);
            self.subpattern(pattern, pc)?;
        }
        pc.on_top -= 1;
        self.emit(I::PopTop);
        Ok(())
    }

    /// compile.c's `compiler_pattern_or`: try each alternative on a copy of the subject.
    fn or_pattern(&mut self, alternatives: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let end = self.new_label();
        let mut control: Option<BTreeSet<String>> = None;
        let outer_allow = pc.allow_irrefutable;
        for (i, alternative) in alternatives.iter().enumerate() {
            let mut alt_pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: i + 1 == alternatives.len() && outer_allow,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.emit(I::DupTop);
            self.pattern(alternative, &mut alt_pc)?;
            let names: BTreeSet<String> = alt_pc.stores.iter().cloned().collect();
            match &control {
                None => control = Some(names),
                Some(expected) if *expected != names => {
                    let msg = "alternative patterns bind different names";
                    return Err(self.error(msg));
                }
                Some(_) => {}
            }
            self.emit_jump(I::Jump, end);
            self.emit_fail_pop(&mut alt_pc);
        }
        for name in control.unwrap_or_default() {
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        // No alternative matched: pop the subject and fail.
        self.emit(I::PopTop);
        self.jump_to_fail_pop(pc, I::Jump);
        self.bind(end);
        // Matched: pop the subject.
        self.emit(I::PopTop);
        Ok(())
    }
}
