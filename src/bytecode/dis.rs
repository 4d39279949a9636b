//! The disassembler: code objects as text, in the layout of CPython's `dis` module.
//!
//! ```text
//!   2           0 LOAD_CONST               1 (1)
//!               1 STORE_FAST               0 (x)
//!
//!   3     >>    2 LOAD_FAST                0 (x)
//! ```
//!
//! Columns: the source line where a new line starts, `>>` on jump targets, the instruction
//! index (refpy's jumps are instruction indices, so offsets count instructions, not bytes),
//! the CPython 3.10 opcode name, the numeric argument and its meaning in parentheses. Nested
//! code objects follow, each under a `Disassembly of <code object ...>:` header, as
//! `dis.dis` prints them. Instructions with several inline fields print the field CPython
//! would encode as the argument. The output is meant for people and tests; nothing parses it.

use std::fmt::Write;

use super::code::{CodeObject, Const};
use super::instruction::{BinaryOperator, CompareKind, Conversion, Instruction};

/// The jump target of a jump instruction, mutable (the compiler patches labels through it).
/// This is the one list of which instructions jump.
pub fn jump_target_mut(instruction: &mut Instruction) -> Option<&mut u32> {
    use Instruction as I;
    match instruction {
        I::Jump(t)
        | I::PopJumpIfFalse(t)
        | I::PopJumpIfTrue(t)
        | I::JumpIfFalseOrPop(t)
        | I::JumpIfTrueOrPop(t)
        | I::ForIter(t)
        | I::SetupFinally(t)
        | I::SetupWith(t)
        | I::JumpIfNotExcMatch(t) => Some(t),
        _ => None,
    }
}

/// The jump target of `instruction`, if it jumps.
pub fn jump_target(instruction: &Instruction) -> Option<u32> {
    let mut copy = *instruction;
    jump_target_mut(&mut copy).copied()
}

/// Whether control can continue from `instruction` to the next one.
pub fn falls_through(instruction: &Instruction) -> bool {
    !matches!(
        instruction,
        Instruction::Jump(_)
            | Instruction::ReturnValue
            | Instruction::Reraise
            | Instruction::RaiseVarargs(_)
    )
}

/// Disassemble `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let targets: Vec<u32> = code.instructions.iter().filter_map(jump_target).collect();
    let mut last_line = None;
    for (index, instruction) in code.instructions.iter().enumerate() {
        let line = code.line_of(index);
        let line_field = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{line:>3}")
        } else {
            "   ".to_string()
        };
        let marker = if targets.contains(&(index as u32)) {
            ">>"
        } else {
            "  "
        };
        let (name, arg, detail) = describe(code, instruction);
        let mut text = format!("{line_field}     {marker} {index:>4} {name:<20}");
        if let Some(arg) = arg {
            write!(text, " {arg:>5}").ok();
            if let Some(detail) = detail {
                write!(text, " ({detail})").ok();
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    for constant in &code.consts {
        if let Const::Code(inner) = constant {
            writeln!(out, "\nDisassembly of {}:", code_repr(inner)).ok();
            disassemble_into(inner, out);
        }
    }
}

/// One instruction as `NAME arg (meaning)`, without line or index columns (for tests and
/// instruction traces).
pub fn instruction_text(code: &CodeObject, index: usize) -> String {
    let Some(instruction) = code.instructions.get(index) else {
        return String::new();
    };
    let (name, arg, detail) = describe(code, instruction);
    match (arg, detail) {
        (None, _) => name,
        (Some(arg), None) => format!("{name} {arg}"),
        (Some(arg), Some(detail)) => format!("{name} {arg} ({detail})"),
    }
}

fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

/// `(name, argument, meaning)` of one instruction.
fn describe(code: &CodeObject, instruction: &Instruction) -> (String, Option<i64>, Option<String>) {
    use Instruction as I;
    let name_at = |i: &u32| {
        code.names
            .get(*i as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    let cell_at = |i: &u32| {
        let i = *i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    let plain = |name: &str| (name.to_string(), None, None);
    let with =
        |name: &str, arg: u32, detail: Option<String>| (name.to_string(), Some(arg as i64), detail);
    match instruction {
        I::Nop => plain("NOP"),
        I::PopTop => plain("POP_TOP"),
        I::RotTwo => plain("ROT_TWO"),
        I::RotThree => plain("ROT_THREE"),
        I::RotFour => plain("ROT_FOUR"),
        I::DupTop => plain("DUP_TOP"),
        I::DupTopTwo => plain("DUP_TOP_TWO"),
        I::LoadConst(i) => with(
            "LOAD_CONST",
            *i,
            code.consts.get(*i as usize).map(const_repr),
        ),
        I::LoadFast(i) => with("LOAD_FAST", *i, code.varnames.get(*i as usize).cloned()),
        I::StoreFast(i) => with("STORE_FAST", *i, code.varnames.get(*i as usize).cloned()),
        I::DeleteFast(i) => with("DELETE_FAST", *i, code.varnames.get(*i as usize).cloned()),
        I::LoadClosure(i) => with("LOAD_CLOSURE", *i, Some(cell_at(i))),
        I::LoadDeref(i) => with("LOAD_DEREF", *i, Some(cell_at(i))),
        I::LoadClassDeref(i) => with("LOAD_CLASSDEREF", *i, Some(cell_at(i))),
        I::StoreDeref(i) => with("STORE_DEREF", *i, Some(cell_at(i))),
        I::DeleteDeref(i) => with("DELETE_DEREF", *i, Some(cell_at(i))),
        I::LoadGlobal(i) => with("LOAD_GLOBAL", *i, Some(name_at(i))),
        I::StoreGlobal(i) => with("STORE_GLOBAL", *i, Some(name_at(i))),
        I::DeleteGlobal(i) => with("DELETE_GLOBAL", *i, Some(name_at(i))),
        I::LoadName(i) => with("LOAD_NAME", *i, Some(name_at(i))),
        I::StoreName(i) => with("STORE_NAME", *i, Some(name_at(i))),
        I::DeleteName(i) => with("DELETE_NAME", *i, Some(name_at(i))),
        I::LoadAttr(i) => with("LOAD_ATTR", *i, Some(name_at(i))),
        I::StoreAttr(i) => with("STORE_ATTR", *i, Some(name_at(i))),
        I::DeleteAttr(i) => with("DELETE_ATTR", *i, Some(name_at(i))),
        I::LoadMethod(i) => with("LOAD_METHOD", *i, Some(name_at(i))),
        I::BinarySubscr => plain("BINARY_SUBSCR"),
        I::StoreSubscr => plain("STORE_SUBSCR"),
        I::DeleteSubscr => plain("DELETE_SUBSCR"),
        I::BinaryOp { op, inplace } => plain(&format!(
            "{}_{}",
            if *inplace { "INPLACE" } else { "BINARY" },
            operator_name(*op)
        )),
        I::UnaryNegative => plain("UNARY_NEGATIVE"),
        I::UnaryPositive => plain("UNARY_POSITIVE"),
        I::UnaryNot => plain("UNARY_NOT"),
        I::UnaryInvert => plain("UNARY_INVERT"),
        I::CompareOp(kind) => {
            let (arg, symbol) = match kind {
                CompareKind::Lt => (0, "<"),
                CompareKind::Le => (1, "<="),
                CompareKind::Eq => (2, "=="),
                CompareKind::Ne => (3, "!="),
                CompareKind::Gt => (4, ">"),
                CompareKind::Ge => (5, ">="),
            };
            with("COMPARE_OP", arg, Some(symbol.into()))
        }
        I::IsOp(invert) => with("IS_OP", *invert as u32, None),
        I::ContainsOp(invert) => with("CONTAINS_OP", *invert as u32, None),
        I::BuildTuple(n) => with("BUILD_TUPLE", *n, None),
        I::BuildList(n) => with("BUILD_LIST", *n, None),
        I::BuildSet(n) => with("BUILD_SET", *n, None),
        I::BuildMap(n) => with("BUILD_MAP", *n, None),
        I::BuildConstKeyMap(n) => with("BUILD_CONST_KEY_MAP", *n, None),
        I::BuildString(n) => with("BUILD_STRING", *n, None),
        I::BuildSlice(n) => with("BUILD_SLICE", *n, None),
        I::ListToTuple => plain("LIST_TO_TUPLE"),
        I::ListAppend(n) => with("LIST_APPEND", *n, None),
        I::SetAdd(n) => with("SET_ADD", *n, None),
        I::MapAdd(n) => with("MAP_ADD", *n, None),
        I::ListExtend(n) => with("LIST_EXTEND", *n, None),
        I::SetUpdate(n) => with("SET_UPDATE", *n, None),
        I::DictUpdate(n) => with("DICT_UPDATE", *n, None),
        I::DictMerge(n) => with("DICT_MERGE", *n, None),
        I::UnpackSequence(n) => with("UNPACK_SEQUENCE", *n, None),
        I::UnpackEx { before, after } => with(
            "UNPACK_EX",
            u32::from(*before) | (after << 8),
            Some(format!("{before}, {after}")),
        ),
        I::FormatValue {
            conversion,
            has_spec,
        } => {
            let (bits, text) = match conversion {
                Conversion::None => (0, ""),
                Conversion::Str => (1, "str"),
                Conversion::Repr => (2, "repr"),
                Conversion::Ascii => (3, "ascii"),
            };
            let detail = match (text, has_spec) {
                ("", false) => None,
                ("", true) => Some("with format".to_string()),
                (t, false) => Some(t.to_string()),
                (t, true) => Some(format!("{t}, with format")),
            };
            with("FORMAT_VALUE", bits | (*has_spec as u32) << 2, detail)
        }
        I::Jump(t) => with("JUMP_ABSOLUTE", *t, Some(format!("to {t}"))),
        I::PopJumpIfFalse(t) => with("POP_JUMP_IF_FALSE", *t, Some(format!("to {t}"))),
        I::PopJumpIfTrue(t) => with("POP_JUMP_IF_TRUE", *t, Some(format!("to {t}"))),
        I::JumpIfFalseOrPop(t) => with("JUMP_IF_FALSE_OR_POP", *t, Some(format!("to {t}"))),
        I::JumpIfTrueOrPop(t) => with("JUMP_IF_TRUE_OR_POP", *t, Some(format!("to {t}"))),
        I::GetIter => plain("GET_ITER"),
        I::ForIter(t) => with("FOR_ITER", *t, Some(format!("to {t}"))),
        I::ReturnValue => plain("RETURN_VALUE"),
        I::MakeFunction(flags) => {
            let names = [
                (1, "defaults"),
                (2, "kwdefaults"),
                (4, "annotations"),
                (8, "closure"),
            ];
            let set: Vec<&str> = names
                .iter()
                .filter(|(bit, _)| flags & bit != 0)
                .map(|(_, n)| *n)
                .collect();
            with(
                "MAKE_FUNCTION",
                *flags,
                (!set.is_empty()).then(|| set.join(", ")),
            )
        }
        I::Call(n) => with("CALL_FUNCTION", *n, None),
        I::CallKw(n) => with("CALL_FUNCTION_KW", *n, None),
        I::CallEx(kw) => with("CALL_FUNCTION_EX", *kw as u32, None),
        I::CallMethod(n) => with("CALL_METHOD", *n, None),
        I::LoadBuildClass => plain("LOAD_BUILD_CLASS"),
        I::LoadAssertionError => plain("LOAD_ASSERTION_ERROR"),
        I::YieldValue => plain("YIELD_VALUE"),
        I::GetYieldFromIter => plain("GET_YIELD_FROM_ITER"),
        I::YieldFrom => plain("YIELD_FROM"),
        I::GetAwaitable(w) => with("GET_AWAITABLE", *w, None),
        I::GetAiter => plain("GET_AITER"),
        I::GetAnext => plain("GET_ANEXT"),
        I::EndAsyncFor => plain("END_ASYNC_FOR"),
        I::BeforeAsyncWith => plain("BEFORE_ASYNC_WITH"),
        I::SetupFinally(t) => with("SETUP_FINALLY", *t, Some(format!("to {t}"))),
        I::BeforeWith => plain("BEFORE_WITH"),
        I::SetupWith(t) => with("SETUP_WITH", *t, Some(format!("to {t}"))),
        I::PopBlock => plain("POP_BLOCK"),
        I::PopExcept => plain("POP_EXCEPT"),
        I::Reraise => plain("RERAISE"),
        I::CheckEgMatch => plain("CHECK_EG_MATCH"),
        I::PrepReraiseStar => plain("PREP_RERAISE_STAR"),
        I::JumpIfNotExcMatch(t) => with("JUMP_IF_NOT_EXC_MATCH", *t, Some(format!("to {t}"))),
        I::WithExceptStart => plain("WITH_EXCEPT_START"),
        I::RaiseVarargs(n) => with("RAISE_VARARGS", *n, None),
        I::ImportName(i) => with("IMPORT_NAME", *i, Some(name_at(i))),
        I::ImportFrom(i) => with("IMPORT_FROM", *i, Some(name_at(i))),
        I::ImportStar => plain("IMPORT_STAR"),
        I::GetLen => plain("GET_LEN"),
        I::MatchMapping => plain("MATCH_MAPPING"),
        I::MatchSequence => plain("MATCH_SEQUENCE"),
        I::MatchKeys => plain("MATCH_KEYS"),
        I::MatchClass(n) => with("MATCH_CLASS", *n, None),
        I::CopyDictWithoutKeys => plain("COPY_DICT_WITHOUT_KEYS"),
        I::SetupAnnotations => plain("SETUP_ANNOTATIONS"),
        I::PrintExpr => plain("PRINT_EXPR"),
        // Only in a code object's quickened copy, which is never disassembled.
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
        | I::JumpToForIter(..) => plain("SUPERINSTRUCTION"),
    }
}

fn operator_name(op: BinaryOperator) -> &'static str {
    match op {
        BinaryOperator::Add => "ADD",
        BinaryOperator::And => "AND",
        BinaryOperator::FloorDivide => "FLOOR_DIVIDE",
        BinaryOperator::Lshift => "LSHIFT",
        BinaryOperator::MatrixMultiply => "MATRIX_MULTIPLY",
        BinaryOperator::Multiply => "MULTIPLY",
        BinaryOperator::Remainder => "MODULO",
        BinaryOperator::Or => "OR",
        BinaryOperator::Power => "POWER",
        BinaryOperator::Rshift => "RSHIFT",
        BinaryOperator::Subtract => "SUBTRACT",
        BinaryOperator::TrueDivide => "TRUE_DIVIDE",
        BinaryOperator::Xor => "XOR",
    }
}

/// A constant as Python's `repr` would show it (close enough for reading disassembly).
pub fn const_repr(value: &Const) -> String {
    match value {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(re, im) => crate::format::float::complex_repr(*re, *im),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &byte in b {
                match byte {
                    b'\'' => out.push_str("\\'"),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(byte as char),
                    _ => write!(out, "\\x{byte:02x}").unwrap_or(()),
                }
            }
            out.push('\'');
            out
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(code) => code_repr(code),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.into()
    } else if f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

/// Python's `repr` of a str: single quotes unless the text holds one and no double quote.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                write!(out, "\\x{:02x}", c as u32).unwrap_or(())
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
