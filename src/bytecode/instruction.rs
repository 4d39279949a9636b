//! The instruction set: the one place that documents the bytecode.
//!
//! refpy's bytecode is CPython 3.10's, adapted to a Rust enum: each instruction carries its
//! argument inline (`LoadFast(3)`), so the dispatch loop matches on one 8-byte value and never
//! decodes EXTENDED_ARG. Where an instruction has the same name as a CPython 3.10 opcode it
//! has the same semantics unless its doc line says otherwise. Jump targets are absolute
//! instruction indices.
//!
//! Each line gives the stack effect as `[before] -> [after]` (top of stack on the right).
//!
//! Exceptions use a block stack (as CPython up to 3.10): `SetupFinally` / `SetupWith` push a
//! block recording the handler and the value-stack depth. When an exception unwinds to such a
//! block, the VM truncates the value stack to that depth, pushes an *except-handler* block
//! (which remembers the exception that was being handled before, for `sys.exc_info()` and
//! implicit chaining), pushes the exception object (one stack item, not CPython's three) and
//! jumps to the handler. `PopExcept` ends a handler normally; unwinding through an
//! except-handler block (`Reraise` or a new raise) restores the previous exception too.

/// Comparison operators of `CompareOp` (identity and membership have their own instructions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareKind {
    /// Whether `a <op> b` holds in `PartialOrd`'s sense (every comparison with a NaN is
    /// false except `!=`). For an `Ordering` of `a` to `b`: `kind.holds(&ord, &Equal)`.
    #[inline]
    pub fn holds<T: PartialOrd + ?Sized>(self, a: &T, b: &T) -> bool {
        match self {
            CompareKind::Lt => a < b,
            CompareKind::Le => a <= b,
            CompareKind::Eq => a == b,
            CompareKind::Ne => a != b,
            CompareKind::Gt => a > b,
            CompareKind::Ge => a >= b,
        }
    }
}

/// Binary operators of `BinaryOp`, in CPython's `NB_*` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOperator {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
}

/// What `FormatValue` converts its operand with before formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. `u32` arguments index the code object's tables named in the doc line:
/// `consts`, `names` (globals, attributes, imports), `varnames` (fast locals) or
/// `cells` (`cellvars` followed by `freevars`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instruction {
    // ---- stack manipulation ----
    /// `[] -> []`
    Nop,
    /// `[a] -> []`
    PopTop,
    /// `[a, b] -> [b, a]`
    RotTwo,
    /// `[a, b, c] -> [c, a, b]`
    RotThree,
    /// `[a, b, c, d] -> [d, a, b, c]`
    RotFour,
    /// `[a] -> [a, a]`
    DupTop,
    /// `[a, b] -> [a, b, a, b]`
    DupTopTwo,
    /// `[a] -> [a, consts[i]]`
    LoadConst(u32),

    // ---- names ----
    /// `[] -> [varnames[i]]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `[v] -> []`
    StoreFast(u32),
    /// `[] -> []`; UnboundLocalError if unset.
    DeleteFast(u32),
    /// `[] -> [cell]`: the cell object itself, for building a closure tuple.
    LoadClosure(u32),
    /// `[] -> [cells[i].contents]`; NameError/UnboundLocalError if empty.
    LoadDeref(u32),
    /// In a class body: look in the class namespace first, then the cell. `[] -> [v]`
    LoadClassDeref(u32),
    /// `[v] -> []`
    StoreDeref(u32),
    /// `[] -> []`
    DeleteDeref(u32),
    /// Globals, then builtins. `[] -> [v]`
    LoadGlobal(u32),
    /// `[v] -> []`
    StoreGlobal(u32),
    /// `[] -> []`
    DeleteGlobal(u32),
    /// Locals mapping (module or class body), then globals, then builtins. `[] -> [v]`
    LoadName(u32),
    /// `[v] -> []`
    StoreName(u32),
    /// `[] -> []`
    DeleteName(u32),

    // ---- attributes and items ----
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v, obj] -> []` (`obj.names[i] = v`)
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [callable, self_or_null]`: a plain function found on the type is pushed
    /// unbound with `obj` as self; otherwise the attribute value and a null marker. Only
    /// `CallMethod` consumes the pair.
    LoadMethod(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[v, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,

    // ---- operators ----
    /// `[a, b] -> [a op b]`; `inplace` tries `__iop__` first (`a op= b`).
    BinaryOp { op: BinaryOperator, inplace: bool },
    /// `[a] -> [-a]`
    UnaryNegative,
    /// `[a] -> [+a]`
    UnaryPositive,
    /// `[a] -> [not a]`
    UnaryNot,
    /// `[a] -> [~a]`
    UnaryInvert,
    /// `[a, b] -> [a op b]`
    CompareOp(CompareKind),
    /// `[a, b] -> [a is b]` (`is not` when the flag is true)
    IsOp(bool),
    /// `[a, b] -> [a in b]` (`not in` when the flag is true)
    ContainsOp(bool),

    // ---- building containers ----
    /// `[x1..xn] -> [(x1..xn)]`
    BuildTuple(u32),
    /// `[x1..xn] -> [[x1..xn]]`
    BuildList(u32),
    /// `[x1..xn] -> [{x1..xn}]`
    BuildSet(u32),
    /// `[k1, v1 .. kn, vn] -> [{k1: v1 ..}]`
    BuildMap(u32),
    /// `[v1..vn, keys_tuple] -> [dict]`
    BuildConstKeyMap(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (f-string pieces, all str)
    BuildString(u32),
    /// `[start, stop] -> [slice]` (n = 2) or `[start, stop, step] -> [slice]` (n = 3)
    BuildSlice(u32),
    /// `[list] -> [tuple(list)]`
    ListToTuple,
    /// `[list, ..(depth-1 items).., v] -> [list, ..]`: `list.append(v)`, list at depth `n`.
    ListAppend(u32),
    /// `set.add(v)` with the set at depth `n`. `[.., v] -> [..]`
    SetAdd(u32),
    /// `dict[k] = v` with the dict at depth `n`. `[.., k, v] -> [..]`
    MapAdd(u32),
    /// `list.extend(iterable)` with the list at depth `n`. `[.., it] -> [..]`
    ListExtend(u32),
    /// `set.update(iterable)` with the set at depth `n`. `[.., it] -> [..]`
    SetUpdate(u32),
    /// `dict.update(mapping)` with the dict at depth `n` (for `{**m}`). `[.., m] -> [..]`
    DictUpdate(u32),
    /// Like `DictUpdate` but a repeated key is a TypeError (for `f(**a, **b)`).
    DictMerge(u32),
    /// `[seq] -> [xn .. x1]`: exactly `n` items, first item on top.
    UnpackSequence(u32),
    /// `[seq] -> [after items.., rest_list, before items..]` (CPython's UNPACK_EX). At
    /// most 255 targets before the star, as CPython's oparg holds them in its low byte; a
    /// `u8` there keeps every instruction 8 bytes long.
    UnpackEx { before: u8, after: u32 },
    /// `[value] -> [str]`: conversion, then `format(value, spec)` where spec is popped
    /// first when `has_spec`: `[value, spec] -> [str]`.
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },

    // ---- control flow ----
    /// `[] -> []`
    Jump(u32),
    /// `[v] -> []`, jump if false.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if true.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if false, else `[v] -> []`.
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if true, else `[v] -> []`.
    JumpIfTrueOrPop(u32),
    /// `[v] -> [iter(v)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or on exhaustion `[it] -> []` and jump.
    ForIter(u32),
    /// `[v] -> (returns v)`
    ReturnValue,

    // ---- functions, classes, calls ----
    /// Build a function from the code object on top. Below it, in this order when the flag
    /// is set: defaults tuple (0x01), kw-defaults dict (0x02), annotations dict (0x04),
    /// closure tuple of cells (0x08). `[defaults?, kwdefaults?, annotations?, closure?, code]
    /// -> [function]`. The qualified name comes from the code object.
    MakeFunction(u32),
    /// `[func, a1..an] -> [result]`
    Call(u32),
    /// `[func, a1..an, kwnames_tuple] -> [result]`: the last `len(kwnames)` args are keywords.
    CallKw(u32),
    /// `[func, args_tuple, kwargs_dict] -> [result]` when the flag is true, else
    /// `[func, args_tuple] -> [result]`.
    CallEx(bool),
    /// `[callable, self_or_null, a1..an] -> [result]`
    CallMethod(u32),
    /// `[] -> [builtins.__build_class__]`
    LoadBuildClass,
    /// `[] -> [AssertionError]`
    LoadAssertionError,

    // ---- generators ----
    /// `[v] -> (yield v; on resume) [sent]`
    YieldValue,
    /// `[v] -> [iter(v)]`, but a generator or coroutine is kept as it is.
    GetYieldFromIter,
    /// `[iter, v] -> [result]`: sends `v` into `iter`; while it yields, this frame yields
    /// the same value and runs this instruction again with the new sent value; when it
    /// returns, pushes its return value.
    YieldFrom,
    /// `[v] -> [awaitable iterator of v]` (`vm::coroutine::get_awaitable`); the argument
    /// names what was awaited for the error message: 0 an `await`, 1 `__aenter__`'s result,
    /// 2 `__aexit__`'s.
    GetAwaitable(u32),
    /// `[obj] -> [aiter]`: `obj.__aiter__()`, which must have `__anext__`.
    GetAiter,
    /// `[aiter] -> [aiter, awaitable]`: the awaitable of `aiter.__anext__()`.
    GetAnext,
    /// `[aiter, exc] -> []` when `exc` is a StopAsyncIteration (the `async for` is over;
    /// its except-handler block goes too); re-raises any other exception.
    EndAsyncFor,
    /// `[mgr] -> [__aexit__, __aenter__()]` (the result still to be awaited).
    BeforeAsyncWith,

    // ---- exceptions and `with` ----
    /// Push a finally/except block with handler `target`. `[] -> []`
    SetupFinally(u32),
    /// `[ctx_mgr] -> [exit, ctx_mgr.__enter__()]`
    BeforeWith,
    /// Like SetupFinally, for a `with` body (the handler runs `WithExceptStart`).
    SetupWith(u32),
    /// Pop the innermost block. `[] -> []`
    PopBlock,
    /// End an except handler: pop its block, restore the previously handled exception.
    /// `[] -> []`
    PopExcept,
    /// `[exc] -> (raises exc again, traceback kept)`
    Reraise,
    /// `[exc, typ] -> [exc]`, then jump unless `exc` matches `typ` (a class or tuple).
    JumpIfNotExcMatch(u32),
    /// `[exc, typ] -> [rest, match]`: the part of `exc` that `typ` matches (a naked
    /// exception wrapped in a group), or `[exc, None]`; a match becomes the handled
    /// exception (CPython 3.11's `CHECK_EG_MATCH`, for `except*`).
    CheckEgMatch,
    /// `[orig, raised_list] -> [exc_or_None]`: what an `except*` statement re-raises
    /// (`_PyExc_PrepReraiseStar`).
    PrepReraiseStar,
    /// `[exit, exc] -> [exit, exc, exit(type(exc), exc, tb)]`
    WithExceptStart,
    /// `[] -> (raise)`: n = 0 re-raises the handled exception; n = 1 `[exc] -> `;
    /// n = 2 `[exc, cause] -> ` (`raise exc from cause`).
    RaiseVarargs(u32),

    // ---- imports ----
    /// `[level, fromlist] -> [module]` (`__import__(names[i], .., fromlist, level)`)
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError if missing)
    ImportFrom(u32),
    /// `[module] -> []`: copy its public names into the local namespace.
    ImportStar,

    // ---- pattern matching (CPython 3.10 semantics) ----
    /// `[subject] -> [subject, len(subject)]`
    GetLen,
    /// `[subject] -> [subject, is_mapping]`
    MatchMapping,
    /// `[subject] -> [subject, is_sequence]` (str, bytes, bytearray are not sequences here)
    MatchSequence,
    /// `[subject, keys_tuple] -> [subject, keys_tuple, values_tuple_or_None]`
    MatchKeys,
    /// `[subject, cls, kw_names_tuple] -> [attrs_tuple_or_None]` with `n` positional patterns.
    MatchClass(u32),
    /// `[subject, keys_tuple] -> [subject, rest_dict]` (a copy without those keys)
    CopyDictWithoutKeys,

    // ---- module and class bodies ----
    /// `__annotations__ = {}` in the current namespace if not present. `[] -> []`
    SetupAnnotations,
    /// Interactive mode: `[v] -> []`, echo `repr(v)` unless None, and bind `_`.
    PrintExpr,

    // ---- superinstructions ----
    // Never emitted by the compiler: `bytecode::quicken` puts one in place of the first
    // instruction of a pair, leaving the second where it was (a jump may land on it). The
    // pair's two arguments travel together; the loop runs both and skips the second.
    // A first half that may free an object (a store) checks for queued finalizers before
    // going on: when one waits, it stops there and the loop runs the finalizers and then
    // the second half as its own instruction, as it would without the superinstruction.
    /// `LoadFast(a)` then `LoadFast(b)`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a)` then `LoadConst(b)`.
    LoadFastLoadConst(u16, u16),
    /// `LoadConst(a)` then `LoadFast(b)`.
    LoadConstLoadFast(u16, u16),
    /// `LoadFast(a)` then `LoadAttr(b)`: `self.x` without counting a reference to `self`.
    LoadFastLoadAttr(u16, u16),
    /// `LoadFast(a)` then `LoadMethod(b)`.
    LoadFastLoadMethod(u16, u16),
    /// `StoreFast(a)` then `LoadFast(b)`.
    StoreFastLoadFast(u16, u16),
    /// `StoreFast(a)`, `LoadFast(b)`, `LoadFast(c)`: three instructions, the last two
    /// also fused at the second's position for jumps that land there.
    StoreFastLoadFastLoadFast(u16, u16, u16),
    /// `StoreFast(a)` then `StoreFast(b)` (tuple unpacking).
    StoreFastStoreFast(u16, u16),
    /// `ForIter(exit)` then `StoreFast(b)`: the head of `for x in ...:`.
    ForIterStoreFast(u16, u16),
    /// `LoadConst(a)` then `ReturnValue`.
    LoadConstReturnValue(u32),
    /// `LoadFast(a)` then `ReturnValue`.
    LoadFastReturnValue(u32),
    /// `Jump(t)` to a `ForIter`: the jump that closes a `for` loop runs the loop head at
    /// `t` (plain or fused) in the same step.
    JumpToForIter(u32),
}

/// The dispatch loop copies one instruction per step: keep it one machine word.
const _: () = assert!(std::mem::size_of::<Instruction>() == 8);
