//! Compiler tests on hand-built ASTs (the parser is developed separately).
//!
//! The builders below make one node per call; `at(line, stmt)` places a statement on a
//! line. Tests assert instruction listings (`LOAD_FAST 0 (x)` form, see
//! `dis::instruction_text`) against what CPython 3.10's compile.c emits for the same
//! source, adapted to refpy's one-item exception handlers.

use std::rc::Rc;

use super::stackdepth::max_stack_depth;
use super::symtable::{SymbolScope, SymbolTable};
use super::{compile, Mode};
use crate::bytecode::dis::{disassemble, instruction_text};
use crate::bytecode::{CodeObject, Const};
use crate::syntax::ast::*;
use crate::syntax::SyntaxErrorInfo;

// ---- AST builders ----

fn loc(line: u32) -> Loc {
    Loc {
        line,
        col: 0,
        end_line: line,
        end_col: 1,
    }
}

fn ex(kind: ExprKind) -> Expr {
    Expr { loc: loc(1), kind }
}

fn name(id: &str) -> Expr {
    ex(ExprKind::Name {
        id: id.into(),
        ctx: Ctx::Load,
    })
}

fn target(id: &str) -> Expr {
    ex(ExprKind::Name {
        id: id.into(),
        ctx: Ctx::Store,
    })
}

fn int(i: i64) -> Expr {
    ex(ExprKind::Constant(Constant::Int(i.into())))
}

fn string(s: &str) -> Expr {
    ex(ExprKind::Constant(Constant::Str(s.into())))
}

fn call(func: Expr, args: Vec<Expr>) -> Expr {
    ex(ExprKind::Call {
        func: Box::new(func),
        args,
        keywords: vec![],
    })
}

fn call_kw(func: Expr, args: Vec<Expr>, keywords: Vec<(Option<&str>, Expr)>) -> Expr {
    let keywords = keywords
        .into_iter()
        .map(|(arg, value)| Keyword {
            arg: arg.map(String::from),
            value,
            loc: loc(1),
        })
        .collect();
    ex(ExprKind::Call {
        func: Box::new(func),
        args,
        keywords,
    })
}

fn attr(value: Expr, attr: &str) -> Expr {
    ex(ExprKind::Attribute {
        value: Box::new(value),
        attr: attr.into(),
        ctx: Ctx::Load,
    })
}

fn binop(left: Expr, op: BinOp, right: Expr) -> Expr {
    ex(ExprKind::BinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
    })
}

fn starred(value: Expr) -> Expr {
    ex(ExprKind::Starred {
        value: Box::new(value),
        ctx: Ctx::Load,
    })
}

fn st(kind: StmtKind) -> Stmt {
    Stmt { loc: loc(1), kind }
}

/// Put a statement on `line`.
fn at(line: u32, mut stmt: Stmt) -> Stmt {
    stmt.loc = loc(line);
    stmt
}

fn assign(t: Expr, value: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![t],
        value,
    })
}

fn expr_stmt(e: Expr) -> Stmt {
    st(StmtKind::Expr(e))
}

fn ret(value: Expr) -> Stmt {
    st(StmtKind::Return(Some(value)))
}

fn arg(n: &str) -> Arg {
    Arg {
        name: n.into(),
        annotation: None,
        loc: loc(1),
    }
}

fn params(names: &[&str]) -> Arguments {
    Arguments {
        args: names.iter().map(|n| arg(n)).collect(),
        ..Arguments::default()
    }
}

fn def_with(name: &str, args: Arguments, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: name.into(),
        args,
        body,
        decorators: vec![],
        returns: None,
        is_async: false,
    })))
}

fn def(name: &str, ps: &[&str], body: Vec<Stmt>) -> Stmt {
    def_with(name, params(ps), body)
}

fn class(name: &str, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef(Box::new(ClassDef {
        name: name.into(),
        bases: vec![],
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}

fn listcomp(elt: Expr, t: Expr, iter: Expr, ifs: Vec<Expr>) -> Expr {
    ex(ExprKind::ListComp {
        elt: Box::new(elt),
        generators: vec![Comprehension {
            target: t,
            iter,
            ifs,
            is_async: false,
        }],
    })
}

fn pat(kind: PatternKind) -> Pattern {
    Pattern { loc: loc(1), kind }
}

fn capture(n: &str) -> Pattern {
    pat(PatternKind::MatchAs {
        pattern: None,
        name: Some(n.into()),
    })
}

fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

// ---- helpers ----

fn compile_body(body: Vec<Stmt>) -> Rc<CodeObject> {
    match compile(&module(body), "t.py", Mode::Exec) {
        Ok(code) => {
            check_stack(&code);
            code
        }
        Err(err) => panic!("unexpected error: {err}"),
    }
}

/// Every code object of every test keeps the stack-depth invariants.
fn check_stack(code: &CodeObject) {
    if let Err(err) = max_stack_depth(code) {
        panic!("{err}\n{}", disassemble(code));
    }
    for constant in &code.consts {
        if let Const::Code(inner) = constant {
            check_stack(inner);
        }
    }
}

fn compile_err(body: Vec<Stmt>) -> SyntaxErrorInfo {
    match compile(&module(body), "t.py", Mode::Exec) {
        Ok(code) => panic!("expected a SyntaxError, got:\n{}", disassemble(&code)),
        Err(err) => err,
    }
}

fn listing(code: &CodeObject) -> Vec<String> {
    (0..code.instructions.len())
        .map(|i| instruction_text(code, i))
        .collect()
}

/// The `n`th nested code object among `code`'s constants.
fn nested(code: &CodeObject, n: usize) -> Rc<CodeObject> {
    code.consts
        .iter()
        .filter_map(|c| match c {
            Const::Code(inner) => Some(inner.clone()),
            _ => None,
        })
        .nth(n)
        .expect("nested code object")
}

fn assert_listing(code: &CodeObject, expected: &[&str]) {
    let actual = listing(code);
    assert_eq!(
        actual,
        expected,
        "\nfull disassembly:\n{}",
        disassemble(code)
    );
}

// ---- symbol table ----

#[test]
fn compile_symtable_closure_cell_and_free() {
    // def f():
    //     x = 1
    //     def g(): return x
    //     return g
    let m = module(vec![def(
        "f",
        &[],
        vec![
            assign(target("x"), int(1)),
            def("g", &[], vec![ret(name("x"))]),
            ret(name("g")),
        ],
    )]);
    let table = SymbolTable::build(&m, "t.py").unwrap();
    let f = &table.scopes[1];
    let g = &table.scopes[2];
    assert_eq!(f.lookup("x"), SymbolScope::Cell);
    assert_eq!(f.lookup("g"), SymbolScope::Local);
    assert_eq!(g.lookup("x"), SymbolScope::Free);
    assert_eq!(table.scopes[0].lookup("f"), SymbolScope::Local);
}

#[test]
fn compile_symtable_class_scope_is_skipped_by_methods() {
    // def f():
    //     x = 1
    //     class C:
    //         x = 2
    //         def m(self): return x
    let m = module(vec![def(
        "f",
        &[],
        vec![
            assign(target("x"), int(1)),
            class(
                "C",
                vec![
                    assign(target("x"), int(2)),
                    def("m", &["self"], vec![ret(name("x"))]),
                ],
            ),
        ],
    )]);
    let table = SymbolTable::build(&m, "t.py").unwrap();
    let (f, c, meth) = (&table.scopes[1], &table.scopes[2], &table.scopes[3]);
    assert_eq!(f.lookup("x"), SymbolScope::Cell);
    assert_eq!(c.lookup("x"), SymbolScope::Local);
    assert_eq!(meth.lookup("x"), SymbolScope::Free);
    // The class threads the closure through: x is among its free variables.
    let code = compile(&m, "t.py", Mode::Exec).unwrap();
    let class_code = nested(&nested(&code, 0), 0);
    assert_eq!(class_code.freevars, vec!["x".to_string()]);
    assert!(
        listing(&class_code).contains(&"STORE_NAME 3 (x)".to_string()),
        "{}",
        disassemble(&class_code)
    );
}

#[test]
fn compile_symtable_super_makes_class_cell() {
    // class C:
    //     def m(self): return super().m()
    let body = vec![class(
        "C",
        vec![def(
            "m",
            &["self"],
            vec![ret(call(attr(call(name("super"), vec![]), "m"), vec![]))],
        )],
    )];
    let code = compile_body(body);
    let class_code = nested(&code, 0);
    assert_eq!(class_code.cellvars, vec!["__class__".to_string()]);
    let method = nested(&class_code, 0);
    assert_eq!(method.freevars, vec!["__class__".to_string()]);
    assert_eq!(method.qualname, "C.m");
    assert_listing(
        &class_code,
        &[
            "LOAD_NAME 0 (__name__)",
            "STORE_NAME 1 (__module__)",
            "LOAD_CONST 0 ('C')",
            "STORE_NAME 2 (__qualname__)",
            "LOAD_CLOSURE 0 (__class__)",
            "BUILD_TUPLE 1",
            "LOAD_CONST 1 (<code object m, file \"t.py\", line 1>)",
            "MAKE_FUNCTION 8 (closure)",
            "STORE_NAME 3 (m)",
            "LOAD_CLOSURE 0 (__class__)",
            "DUP_TOP",
            "STORE_NAME 4 (__classcell__)",
            "RETURN_VALUE",
        ],
    );
    assert_listing(
        &method,
        &[
            "LOAD_GLOBAL 0 (super)",
            "CALL_FUNCTION 0",
            "LOAD_METHOD 1 (m)",
            "CALL_METHOD 0",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_symtable_declaration_errors() {
    let err = compile_err(vec![def(
        "f",
        &["x"],
        vec![st(StmtKind::Global(vec!["x".into()]))],
    )]);
    assert_eq!(err.msg, "name 'x' is parameter and global");
    let err = compile_err(vec![def(
        "f",
        &[],
        vec![
            expr_stmt(name("x")),
            at(3, st(StmtKind::Global(vec!["x".into()]))),
        ],
    )]);
    assert_eq!(err.msg, "name 'x' is used prior to global declaration");
    assert_eq!(err.lineno, 3);
    let err = compile_err(vec![def(
        "f",
        &[],
        vec![at(2, st(StmtKind::Nonlocal(vec!["x".into()])))],
    )]);
    assert_eq!(err.msg, "no binding for nonlocal 'x' found");
    assert_eq!(err.lineno, 2);
    let err = compile_err(vec![at(4, st(StmtKind::Nonlocal(vec!["x".into()])))]);
    assert_eq!(err.msg, "nonlocal declaration not allowed at module level");
    assert_eq!((err.lineno, err.offset), (4, 1));
}

#[test]
fn compile_nonlocal_uses_deref() {
    // def f():
    //     x = 0
    //     def g():
    //         nonlocal x
    //         x += 1
    let body = vec![def(
        "f",
        &[],
        vec![
            assign(target("x"), int(0)),
            def(
                "g",
                &[],
                vec![
                    st(StmtKind::Nonlocal(vec!["x".into()])),
                    st(StmtKind::AugAssign {
                        target: target("x"),
                        op: BinOp::Add,
                        value: int(1),
                    }),
                ],
            ),
        ],
    )];
    let code = compile_body(body);
    let g = nested(&nested(&code, 0), 0);
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_listing(
        &g,
        &[
            "LOAD_DEREF 0 (x)",
            "LOAD_CONST 1 (1)",
            "INPLACE_ADD",
            "STORE_DEREF 0 (x)",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

// ---- code generation ----

#[test]
fn compile_module_uses_names() {
    let code = compile_body(vec![
        assign(target("x"), int(1)),
        expr_stmt(call(name("print"), vec![name("x")])),
    ]);
    assert!(code.flags.uses_locals_dict);
    assert_listing(
        &code,
        &[
            "LOAD_CONST 0 (1)",
            "STORE_NAME 0 (x)",
            "LOAD_NAME 1 (print)",
            "LOAD_NAME 0 (x)",
            "CALL_FUNCTION 1",
            "POP_TOP",
            "LOAD_CONST 1 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_varnames_order_params_then_first_occurrence() {
    // def f(p, /, a, *args, k, **kw):
    //     z = 1
    //     y = z
    //     for i in args: pass
    let args = Arguments {
        posonlyargs: vec![arg("p")],
        args: vec![arg("a")],
        vararg: Some(arg("args")),
        kwonlyargs: vec![arg("k")],
        kw_defaults: vec![None],
        kwarg: Some(arg("kw")),
        defaults: vec![],
    };
    let body = vec![def_with(
        "f",
        args,
        vec![
            assign(target("z"), int(1)),
            assign(target("y"), name("z")),
            st(StmtKind::For {
                target: target("i"),
                iter: name("args"),
                body: vec![st(StmtKind::Pass)],
                orelse: vec![],
                is_async: false,
            }),
        ],
    )];
    let f = nested(&compile_body(body), 0);
    assert_eq!(f.varnames, ["p", "a", "k", "args", "kw", "z", "y", "i"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    assert!(f.flags.varargs && f.flags.varkeywords);
    assert_eq!(f.total_args(), 5);
}

#[test]
fn compile_cell_parameter_has_cell2arg() {
    // def f(a, b): return lambda: b
    let body = vec![def(
        "f",
        &["a", "b"],
        vec![ret(ex(ExprKind::Lambda {
            args: Box::default(),
            body: Box::new(name("b")),
        }))],
    )];
    let f = nested(&compile_body(body), 0);
    assert_eq!(f.cellvars, ["b"]);
    assert_eq!(f.cell2arg, [Some(1)]);
    let lambda = nested(&f, 0);
    assert_eq!(lambda.qualname, "f.<locals>.<lambda>");
    assert_listing(&lambda, &["LOAD_DEREF 0 (b)", "RETURN_VALUE"]);
}

#[test]
fn compile_try_finally_with_return_runs_finally_inline() {
    // def f():
    //     try:
    //         return g()
    //     finally:
    //         h()
    let body = vec![def(
        "f",
        &[],
        vec![st(StmtKind::Try {
            body: vec![ret(call(name("g"), vec![]))],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![expr_stmt(call(name("h"), vec![]))],
        })],
    )];
    let f = nested(&compile_body(body), 0);
    assert_listing(
        &f,
        &[
            "SETUP_FINALLY 13 (to 13)",
            "LOAD_GLOBAL 0 (g)",
            "CALL_FUNCTION 0",
            "POP_BLOCK",
            "LOAD_GLOBAL 1 (h)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "RETURN_VALUE",
            "POP_BLOCK",
            "LOAD_GLOBAL 1 (h)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "JUMP_ABSOLUTE 17 (to 17)",
            // exceptional path: [exc]
            "LOAD_GLOBAL 1 (h)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "RERAISE",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_try_except_as_deletes_name() {
    // try:
    //     a()
    // except E as e:
    //     b(e)
    let body = vec![st(StmtKind::Try {
        body: vec![expr_stmt(call(name("a"), vec![]))],
        handlers: vec![ExceptHandler {
            typ: Some(name("E")),
            name: Some("e".into()),
            body: vec![expr_stmt(call(name("b"), vec![name("e")]))],
            loc: loc(3),
            star: false,
        }],
        orelse: vec![],
        finalbody: vec![],
    })];
    let code = compile_body(body);
    assert_listing(
        &code,
        &[
            "SETUP_FINALLY 6 (to 6)",
            "LOAD_NAME 0 (a)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "POP_BLOCK",
            "JUMP_ABSOLUTE 25 (to 25)",
            // handler: [exc]; the type test leaves the exception in place
            "LOAD_NAME 1 (E)",
            "JUMP_IF_NOT_EXC_MATCH 24 (to 24)",
            "STORE_NAME 2 (e)",
            "SETUP_FINALLY 20 (to 20)",
            "LOAD_NAME 3 (b)",
            "LOAD_NAME 2 (e)",
            "CALL_FUNCTION 1",
            "POP_TOP",
            "POP_BLOCK",
            "POP_EXCEPT",
            "LOAD_CONST 0 (None)",
            "STORE_NAME 2 (e)",
            "DELETE_NAME 2 (e)",
            "JUMP_ABSOLUTE 25 (to 25)",
            // the handler body raised: clear e, re-raise
            "LOAD_CONST 0 (None)",
            "STORE_NAME 2 (e)",
            "DELETE_NAME 2 (e)",
            "RERAISE",
            // no handler matched
            "RERAISE",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_with_statement() {
    // def f():
    //     with open(p) as fh:
    //         return fh.read()
    let body = vec![def(
        "f",
        &[],
        vec![st(StmtKind::With {
            items: vec![WithItem {
                context_expr: call(name("open"), vec![name("p")]),
                optional_vars: Some(target("fh")),
            }],
            body: vec![ret(call(attr(name("fh"), "read"), vec![]))],
            is_async: false,
        })],
    )];
    let f = nested(&compile_body(body), 0);
    assert_listing(
        &f,
        &[
            "LOAD_GLOBAL 0 (open)",
            "LOAD_GLOBAL 1 (p)",
            "CALL_FUNCTION 1",
            "BEFORE_WITH",
            "SETUP_WITH 24 (to 24)",
            "STORE_FAST 0 (fh)",
            "LOAD_FAST 0 (fh)",
            "LOAD_METHOD 2 (read)",
            "CALL_METHOD 0",
            // return inside with: pop the block, call __exit__(None, None, None) under the value
            "POP_BLOCK",
            "ROT_TWO",
            "LOAD_CONST 0 (None)",
            "DUP_TOP",
            "DUP_TOP",
            "CALL_METHOD 2",
            "POP_TOP",
            "RETURN_VALUE",
            // normal exit
            "POP_BLOCK",
            "LOAD_CONST 0 (None)",
            "DUP_TOP",
            "DUP_TOP",
            "CALL_METHOD 2",
            "POP_TOP",
            "JUMP_ABSOLUTE 30 (to 30)",
            // exceptional exit: [exit, exc]
            "WITH_EXCEPT_START",
            "POP_JUMP_IF_TRUE 27 (to 27)",
            "RERAISE",
            "POP_TOP",
            "POP_EXCEPT",
            "POP_TOP",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_break_inside_try_finally_in_loop() {
    // for x in xs:
    //     try:
    //         break
    //     finally:
    //         g()
    let body = vec![st(StmtKind::For {
        target: target("x"),
        iter: name("xs"),
        body: vec![st(StmtKind::Try {
            body: vec![st(StmtKind::Break)],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![expr_stmt(call(name("g"), vec![]))],
        })],
        orelse: vec![],
        is_async: false,
    })];
    let code = compile_body(body);
    assert_listing(
        &code,
        &[
            "LOAD_NAME 0 (xs)",
            "GET_ITER",
            "FOR_ITER 21 (to 21)",
            "STORE_NAME 1 (x)",
            "SETUP_FINALLY 16 (to 16)",
            // break: leave the try (running finally), pop the iterator, jump out
            "POP_BLOCK",
            "LOAD_NAME 2 (g)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "POP_TOP",
            "JUMP_ABSOLUTE 21 (to 21)",
            "POP_BLOCK",
            "LOAD_NAME 2 (g)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "JUMP_ABSOLUTE 20 (to 20)",
            "LOAD_NAME 2 (g)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "RERAISE",
            "JUMP_ABSOLUTE 2 (to 2)",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_list_comprehension_is_nested_function() {
    // def f(xs): return [x * 2 for x in xs if x]
    let comp = listcomp(
        binop(name("x"), BinOp::Mult, int(2)),
        target("x"),
        name("xs"),
        vec![name("x")],
    );
    let f = nested(&compile_body(vec![def("f", &["xs"], vec![ret(comp)])]), 0);
    assert_listing(
        &f,
        &[
            "LOAD_CONST 1 (<code object <listcomp>, file \"t.py\", line 1>)",
            "MAKE_FUNCTION 0",
            "LOAD_FAST 0 (xs)",
            "GET_ITER",
            "CALL_FUNCTION 1",
            "RETURN_VALUE",
        ],
    );
    let comp = nested(&f, 0);
    assert_eq!(comp.qualname, "f.<locals>.<listcomp>");
    assert_eq!(comp.varnames, [".0", "x"]);
    assert_eq!(comp.argcount, 1);
    assert_listing(
        &comp,
        &[
            "BUILD_LIST 0",
            "LOAD_FAST 0 (.0)",
            "FOR_ITER 11 (to 11)",
            "STORE_FAST 1 (x)",
            "LOAD_FAST 1 (x)",
            "POP_JUMP_IF_FALSE 10 (to 10)",
            "LOAD_FAST 1 (x)",
            "LOAD_CONST 0 (2)",
            "BINARY_MULTIPLY",
            "LIST_APPEND 2",
            "JUMP_ABSOLUTE 2 (to 2)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_walrus_in_comprehension_binds_in_function() {
    // def f(xs):
    //     [(y := x) for x in xs]
    //     return y
    let walrus = ex(ExprKind::NamedExpr {
        target: Box::new(target("y")),
        value: Box::new(name("x")),
    });
    let body = vec![def(
        "f",
        &["xs"],
        vec![
            expr_stmt(listcomp(walrus, target("x"), name("xs"), vec![])),
            ret(name("y")),
        ],
    )];
    let f = nested(&compile_body(body), 0);
    assert_eq!(f.cellvars, ["y"]);
    assert_eq!(*listing(&f).last().unwrap(), "RETURN_VALUE");
    assert!(listing(&f).contains(&"LOAD_DEREF 0 (y)".to_string()));
    let comp = nested(&f, 0);
    assert_eq!(comp.freevars, ["y"]);
    assert!(
        listing(&comp).contains(&"STORE_DEREF 0 (y)".to_string()),
        "{}",
        disassemble(&comp)
    );
}

#[test]
fn compile_match_sequence_and_default() {
    // match p:
    //     case [1, x]: a
    //     case _: b
    let body = vec![st(StmtKind::Match {
        subject: name("p"),
        cases: vec![
            MatchCase {
                pattern: pat(PatternKind::MatchSequence(vec![
                    pat(PatternKind::MatchValue(int(1))),
                    capture("x"),
                ])),
                guard: None,
                body: vec![expr_stmt(name("a"))],
            },
            MatchCase {
                pattern: pat(PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                }),
                guard: None,
                body: vec![expr_stmt(name("b"))],
            },
        ],
    })];
    let code = compile_body(body);
    assert_listing(
        &code,
        &[
            "LOAD_NAME 0 (p)",
            // the last tested case consumes the subject (no DUP_TOP)
            "MATCH_SEQUENCE",
            "POP_JUMP_IF_FALSE 15 (to 15)",
            "GET_LEN",
            "LOAD_CONST 0 (2)",
            "COMPARE_OP 2 (==)",
            "POP_JUMP_IF_FALSE 15 (to 15)",
            "UNPACK_SEQUENCE 2",
            "LOAD_CONST 1 (1)",
            "COMPARE_OP 2 (==)",
            // one unpacked item still on the stack: fail_pop[1]
            "POP_JUMP_IF_FALSE 15 (to 15)",
            "STORE_NAME 1 (x)",
            "LOAD_NAME 2 (a)",
            "POP_TOP",
            "JUMP_ABSOLUTE 18 (to 18)",
            // fail_pop[1], falling into fail_pop[0] and the default case
            "POP_TOP",
            "LOAD_NAME 3 (b)",
            "POP_TOP",
            "LOAD_CONST 2 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_line_numbers_follow_nodes() {
    // 1 def ratio(scaled, whole):
    // 2     return scaled / whole
    // 3 (implicit return of the module on the last statement's line)
    let mut division = binop(name("scaled"), BinOp::Div, name("whole"));
    division.loc = Loc {
        line: 2,
        col: 11,
        end_line: 2,
        end_col: 25,
    };
    let mut left = name("scaled");
    left.loc = Loc {
        line: 2,
        col: 11,
        end_line: 2,
        end_col: 17,
    };
    if let ExprKind::BinOp { left: l, .. } = &mut division.kind {
        **l = left;
    }
    let mut c = call(name("ratio"), vec![int(3), int(0)]);
    c.loc = Loc {
        line: 3,
        col: 9,
        end_line: 3,
        end_col: 20,
    };
    let body = vec![
        at(
            1,
            def("ratio", &["scaled", "whole"], vec![at(2, ret(division))]),
        ),
        at(3, assign(target("result"), c)),
    ];
    let code = compile_body(body);
    let f = nested(&code, 0);
    assert_eq!(f.first_line, 1);
    let lines: Vec<(String, Loc)> = (0..f.instructions.len())
        .map(|i| (instruction_text(&f, i), f.locations[i]))
        .collect();
    assert_eq!(
        lines[0].1,
        Loc {
            line: 2,
            col: 11,
            end_line: 2,
            end_col: 17
        },
        "LOAD_FAST scaled"
    );
    assert_eq!(lines[2].0, "BINARY_TRUE_DIVIDE");
    assert_eq!(
        lines[2].1,
        Loc {
            line: 2,
            col: 11,
            end_line: 2,
            end_col: 25
        }
    );
    assert_eq!(lines[3].1.line, 2, "RETURN_VALUE");
    // The call carries the Call's span; the store and implicit return stay on line 3.
    let module_lines: Vec<(String, u32, u32)> = (0..code.instructions.len())
        .map(|i| {
            (
                instruction_text(&code, i),
                code.locations[i].line,
                code.locations[i].col,
            )
        })
        .collect();
    assert!(
        module_lines.contains(&("CALL_FUNCTION 2".to_string(), 3, 9)),
        "{module_lines:?}"
    );
    assert_eq!(module_lines.last().unwrap().1, 3);
    assert_eq!(code.locations.len(), code.instructions.len());
    assert_eq!(
        disassemble(&code).lines().next().unwrap(),
        "  1           0 LOAD_CONST               0 (<code object ratio, file \"t.py\", line 1>)"
    );
}

#[test]
fn compile_syntax_errors_outside_function_or_loop() {
    let err = compile_err(vec![at(2, ret(int(1)))]);
    assert_eq!(
        (err.msg.as_str(), err.lineno, err.offset),
        ("'return' outside function", 2, 1)
    );
    let err = compile_err(vec![class("C", vec![ret(int(1))])]);
    assert_eq!(err.msg, "'return' outside function");
    let err = compile_err(vec![at(5, st(StmtKind::Break))]);
    assert_eq!((err.msg.as_str(), err.lineno), ("'break' outside loop", 5));
    let err = compile_err(vec![def("f", &[], vec![st(StmtKind::Continue)])]);
    assert_eq!(err.msg, "'continue' not properly in loop");
    let err = compile_err(vec![expr_stmt(ex(ExprKind::Yield(None)))]);
    assert_eq!(err.msg, "'yield' outside function");
    let err = compile_err(vec![expr_stmt(ex(ExprKind::Await(Box::new(name("x")))))]);
    assert_eq!(err.msg, "'await' outside function");
    // `break` inside a function inside a loop is still outside a loop.
    let err = compile_err(vec![st(StmtKind::While {
        test: name("x"),
        body: vec![def("f", &[], vec![st(StmtKind::Break)])],
        orelse: vec![],
    })]);
    assert_eq!(err.msg, "'break' outside loop");
}

#[test]
fn compile_calls_keywords_and_unpacking() {
    // f(a, k=1)
    let code = compile_body(vec![expr_stmt(call_kw(
        name("f"),
        vec![name("a")],
        vec![(Some("k"), int(1))],
    ))]);
    assert_eq!(
        &listing(&code)[..5],
        [
            "LOAD_NAME 0 (f)",
            "LOAD_NAME 1 (a)",
            "LOAD_CONST 0 (1)",
            "LOAD_CONST 1 (('k',))",
            "CALL_FUNCTION_KW 2"
        ]
    );
    // f(a, *b, k=1, **c)
    let code = compile_body(vec![expr_stmt(call_kw(
        name("f"),
        vec![name("a"), starred(name("b"))],
        vec![(Some("k"), int(1)), (None, name("c"))],
    ))]);
    assert_eq!(
        &listing(&code)[..12],
        [
            "LOAD_NAME 0 (f)",
            "LOAD_NAME 1 (a)",
            "BUILD_LIST 1",
            "LOAD_NAME 2 (b)",
            "LIST_EXTEND 1",
            "LIST_TO_TUPLE",
            "LOAD_CONST 0 ('k')",
            "LOAD_CONST 1 (1)",
            "BUILD_MAP 1",
            "LOAD_NAME 3 (c)",
            "DICT_MERGE 1",
            "CALL_FUNCTION_EX 1",
        ]
    );
    // o.m(1) is a method call; o.m(k=1) is not.
    let code = compile_body(vec![expr_stmt(call(attr(name("o"), "m"), vec![int(1)]))]);
    assert_eq!(
        &listing(&code)[..4],
        [
            "LOAD_NAME 0 (o)",
            "LOAD_METHOD 1 (m)",
            "LOAD_CONST 0 (1)",
            "CALL_METHOD 1"
        ]
    );
    let code = compile_body(vec![expr_stmt(call_kw(
        attr(name("o"), "m"),
        vec![],
        vec![(Some("k"), int(1))],
    ))]);
    assert_eq!(&listing(&code)[..2], ["LOAD_NAME 0 (o)", "LOAD_ATTR 1 (m)"]);
    let err = compile_err(vec![expr_stmt(call_kw(
        name("f"),
        vec![],
        vec![(Some("k"), int(1)), (Some("k"), int(2))],
    ))]);
    assert_eq!(err.msg, "keyword argument repeated: k");
}

#[test]
fn compile_imports() {
    let alias = |n: &str, a: Option<&str>| Alias {
        name: n.into(),
        asname: a.map(String::from),
        loc: loc(1),
    };
    let code = compile_body(vec![
        st(StmtKind::Import(vec![alias("a.b.c", None)])),
        st(StmtKind::Import(vec![alias("a.b.c", Some("d"))])),
        st(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![alias("x", Some("y"))],
            level: 0,
        }),
        st(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![alias("*", None)],
            level: 0,
        }),
    ]);
    assert_listing(
        &code,
        &[
            "LOAD_CONST 0 (0)",
            "LOAD_CONST 1 (None)",
            "IMPORT_NAME 0 (a.b.c)",
            "STORE_NAME 1 (a)",
            "LOAD_CONST 0 (0)",
            "LOAD_CONST 1 (None)",
            "IMPORT_NAME 0 (a.b.c)",
            "IMPORT_FROM 2 (b)",
            "ROT_TWO",
            "POP_TOP",
            "IMPORT_FROM 3 (c)",
            "STORE_NAME 4 (d)",
            "POP_TOP",
            "LOAD_CONST 0 (0)",
            "LOAD_CONST 2 (('x',))",
            "IMPORT_NAME 5 (m)",
            "IMPORT_FROM 6 (x)",
            "STORE_NAME 7 (y)",
            "POP_TOP",
            "LOAD_CONST 0 (0)",
            "LOAD_CONST 3 (('*',))",
            "IMPORT_NAME 5 (m)",
            "IMPORT_STAR",
            "LOAD_CONST 1 (None)",
            "RETURN_VALUE",
        ],
    );
    let err = compile_err(vec![def(
        "f",
        &[],
        vec![st(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![alias("*", None)],
            level: 0,
        })],
    )]);
    assert_eq!(err.msg, "import * only allowed at module level");
}

#[test]
fn compile_class_with_bases_decorators_and_docstring() {
    // @deco
    // class C(B, metaclass=M):
    //     "doc"
    //     x: int = 1
    let mut c = class(
        "C",
        vec![
            expr_stmt(string("doc")),
            st(StmtKind::AnnAssign {
                target: target("x"),
                annotation: name("int"),
                value: Some(int(1)),
                simple: true,
            }),
        ],
    );
    if let StmtKind::ClassDef(cd) = &mut c.kind {
        cd.bases = vec![name("B")];
        cd.keywords = vec![Keyword {
            arg: Some("metaclass".into()),
            value: name("M"),
            loc: loc(1),
        }];
        cd.decorators = vec![name("deco")];
    }
    let code = compile_body(vec![c]);
    assert_listing(
        &code,
        &[
            "LOAD_NAME 0 (deco)",
            "LOAD_BUILD_CLASS",
            "LOAD_CONST 0 (<code object C, file \"t.py\", line 1>)",
            "MAKE_FUNCTION 0",
            "LOAD_CONST 1 ('C')",
            "LOAD_NAME 1 (B)",
            "LOAD_NAME 2 (M)",
            "LOAD_CONST 2 (('metaclass',))",
            "CALL_FUNCTION_KW 4",
            "CALL_FUNCTION 1",
            "STORE_NAME 3 (C)",
            "LOAD_CONST 3 (None)",
            "RETURN_VALUE",
        ],
    );
    let body = nested(&code, 0);
    assert_eq!(body.docstring.as_deref(), Some("doc"));
    assert_listing(
        &body,
        &[
            "LOAD_NAME 0 (__name__)",
            "STORE_NAME 1 (__module__)",
            "LOAD_CONST 0 ('C')",
            "STORE_NAME 2 (__qualname__)",
            "SETUP_ANNOTATIONS",
            "LOAD_CONST 1 ('doc')",
            "STORE_NAME 3 (__doc__)",
            "LOAD_CONST 2 (1)",
            "STORE_NAME 4 (x)",
            "LOAD_NAME 5 (int)",
            "LOAD_NAME 6 (__annotations__)",
            "LOAD_CONST 3 ('x')",
            "STORE_SUBSCR",
            "LOAD_CONST 4 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_function_defaults_and_docstring() {
    // def f(a, b=1, *, c=2): "doc"; return a
    let args = Arguments {
        args: vec![arg("a"), arg("b")],
        defaults: vec![int(1)],
        kwonlyargs: vec![arg("c")],
        kw_defaults: vec![Some(int(2))],
        ..Arguments::default()
    };
    let code = compile_body(vec![def_with(
        "f",
        args,
        vec![expr_stmt(string("doc")), ret(name("a"))],
    )]);
    // Constant defaults fold into one tuple; the item stays a constant of its own.
    assert_eq!(
        &listing(&code)[..6],
        [
            "LOAD_CONST 1 ((1,))",
            "LOAD_CONST 2 (2)",
            "LOAD_CONST 3 (('c',))",
            "BUILD_CONST_KEY_MAP 1",
            "LOAD_CONST 4 (<code object f, file \"t.py\", line 1>)",
            "MAKE_FUNCTION 3 (defaults, kwdefaults)",
        ]
    );
    let f = nested(&code, 0);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_listing(&f, &["LOAD_FAST 0 (a)", "RETURN_VALUE"]);
    assert!(matches!(&f.consts[0], Const::Str(s) if s == "doc"));
}

#[test]
fn compile_unpacking_augassign_and_chained_compare() {
    // a, *b, c = x
    // o.n += 1
    // s[i] -= 2
    // y = 1 < z < 3
    let t = ex(ExprKind::Tuple {
        elts: vec![
            target("a"),
            ex(ExprKind::Starred {
                value: Box::new(target("b")),
                ctx: Ctx::Store,
            }),
            target("c"),
        ],
        ctx: Ctx::Store,
    });
    let sub = ex(ExprKind::Subscript {
        value: Box::new(name("s")),
        slice: Box::new(name("i")),
        ctx: Ctx::Store,
    });
    let chain = ex(ExprKind::Compare {
        left: Box::new(int(1)),
        ops: vec![CmpOp::Lt, CmpOp::Lt],
        comparators: vec![name("z"), int(3)],
    });
    let code = compile_body(vec![
        assign(t, name("x")),
        st(StmtKind::AugAssign {
            target: attr(name("o"), "n"),
            op: BinOp::Add,
            value: int(1),
        }),
        st(StmtKind::AugAssign {
            target: sub,
            op: BinOp::Sub,
            value: int(2),
        }),
        assign(target("y"), chain),
    ]);
    assert_listing(
        &code,
        &[
            "LOAD_NAME 0 (x)",
            "UNPACK_EX 257 (1, 1)",
            "STORE_NAME 1 (a)",
            "STORE_NAME 2 (b)",
            "STORE_NAME 3 (c)",
            "LOAD_NAME 4 (o)",
            "DUP_TOP",
            "LOAD_ATTR 5 (n)",
            "LOAD_CONST 0 (1)",
            "INPLACE_ADD",
            "ROT_TWO",
            "STORE_ATTR 5 (n)",
            "LOAD_NAME 6 (s)",
            "LOAD_NAME 7 (i)",
            "DUP_TOP_TWO",
            "BINARY_SUBSCR",
            "LOAD_CONST 1 (2)",
            "INPLACE_SUBTRACT",
            "ROT_THREE",
            "STORE_SUBSCR",
            "LOAD_CONST 0 (1)",
            "LOAD_NAME 8 (z)",
            "DUP_TOP",
            "ROT_THREE",
            "COMPARE_OP 0 (<)",
            "JUMP_IF_FALSE_OR_POP 29 (to 29)",
            "LOAD_CONST 2 (3)",
            "COMPARE_OP 0 (<)",
            "JUMP_ABSOLUTE 31 (to 31)",
            "ROT_TWO",
            "POP_TOP",
            "STORE_NAME 9 (y)",
            "LOAD_CONST 3 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_fstring_and_displays() {
    // f"a{x!r:>{w}}" ; {**d, 'k': 1} ; [*xs, 1] ; (1, (2, 3))
    let spec = ex(ExprKind::JoinedStr(vec![
        string(">"),
        ex(ExprKind::FormattedValue {
            value: Box::new(name("w")),
            conversion: None,
            format_spec: None,
        }),
    ]));
    let fstring = ex(ExprKind::JoinedStr(vec![
        string("a"),
        ex(ExprKind::FormattedValue {
            value: Box::new(name("x")),
            conversion: Some('r'),
            format_spec: Some(Box::new(spec)),
        }),
    ]));
    let dict = ex(ExprKind::Dict {
        keys: vec![None, Some(string("k"))],
        values: vec![name("d"), int(1)],
    });
    let list = ex(ExprKind::List {
        elts: vec![starred(name("xs")), int(1)],
        ctx: Ctx::Load,
    });
    let tuple = ex(ExprKind::Tuple {
        elts: vec![
            int(1),
            ex(ExprKind::Tuple {
                elts: vec![int(2), int(3)],
                ctx: Ctx::Load,
            }),
        ],
        ctx: Ctx::Load,
    });
    let code = compile_body(vec![
        expr_stmt(fstring),
        expr_stmt(dict),
        expr_stmt(list),
        expr_stmt(tuple),
    ]);
    assert_listing(
        &code,
        &[
            "LOAD_CONST 0 ('a')",
            "LOAD_NAME 0 (x)",
            "LOAD_CONST 1 ('>')",
            "LOAD_NAME 1 (w)",
            "FORMAT_VALUE 0",
            "BUILD_STRING 2",
            "FORMAT_VALUE 6 (repr, with format)",
            "BUILD_STRING 2",
            "POP_TOP",
            "BUILD_MAP 0",
            "LOAD_NAME 2 (d)",
            "DICT_UPDATE 1",
            "LOAD_CONST 2 ('k')",
            "LOAD_CONST 3 (1)",
            "BUILD_MAP 1",
            "DICT_UPDATE 1",
            "POP_TOP",
            "BUILD_LIST 0",
            "LOAD_NAME 3 (xs)",
            "LIST_EXTEND 1",
            "LOAD_CONST 3 (1)",
            "LIST_APPEND 1",
            "POP_TOP",
            "LOAD_CONST 4 ((1, (2, 3)))",
            "POP_TOP",
            "LOAD_CONST 5 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_generators_and_single_mode() {
    // def g(): yield 1; yield from h()
    let body = vec![def(
        "g",
        &[],
        vec![
            expr_stmt(ex(ExprKind::Yield(Some(Box::new(int(1)))))),
            expr_stmt(ex(ExprKind::YieldFrom(Box::new(call(name("h"), vec![]))))),
        ],
    )];
    let g = nested(&compile_body(body), 0);
    assert!(g.flags.generator);
    assert_listing(
        &g,
        &[
            "LOAD_CONST 1 (1)",
            "YIELD_VALUE",
            "POP_TOP",
            "LOAD_GLOBAL 0 (h)",
            "CALL_FUNCTION 0",
            "GET_YIELD_FROM_ITER",
            "LOAD_CONST 0 (None)",
            "YIELD_FROM",
            "POP_TOP",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
    let code = compile(&module(vec![expr_stmt(name("x"))]), "<stdin>", Mode::Single).unwrap();
    assert_listing(
        &code,
        &[
            "LOAD_NAME 0 (x)",
            "PRINT_EXPR",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_match_class_mapping_or_and_errors() {
    // match p:
    //     case Point(0, y=1) | {"k": _, **rest}: a
    let class_pattern = pat(PatternKind::MatchClass {
        cls: name("Point"),
        patterns: vec![pat(PatternKind::MatchValue(int(0)))],
        kwd_attrs: vec!["y".into()],
        kwd_patterns: vec![pat(PatternKind::MatchSingleton(Singleton::None))],
    });
    let mapping = pat(PatternKind::MatchMapping {
        keys: vec![string("k")],
        patterns: vec![pat(PatternKind::MatchAs {
            pattern: None,
            name: None,
        })],
        rest: Some("rest".into()),
    });
    let case = |pattern: Pattern| MatchCase {
        pattern,
        guard: None,
        body: vec![expr_stmt(name("a"))],
    };
    let m = |cases| {
        vec![st(StmtKind::Match {
            subject: name("p"),
            cases,
        })]
    };
    // The alternatives bind different names.
    let err = compile_err(m(vec![case(pat(PatternKind::MatchOr(vec![
        class_pattern.clone(),
        mapping.clone(),
    ])))]));
    assert_eq!(err.msg, "alternative patterns bind different names");
    let code = compile_body(m(vec![case(class_pattern), case(mapping)]));
    let text = listing(&code);
    for expected in [
        "MATCH_CLASS 1",
        "LOAD_CONST 0 (('y',))",
        "IS_OP 1",
        "MATCH_MAPPING",
        "MATCH_KEYS",
        "COPY_DICT_WITHOUT_KEYS",
        "STORE_NAME 3 (rest)",
    ] {
        assert!(
            text.contains(&expected.to_string()),
            "{expected} missing from\n{}",
            disassemble(&code)
        );
    }
    // Irrefutable patterns must come last.
    let err = compile_err(m(vec![case(capture("x")), case(capture("y"))]));
    assert_eq!(
        err.msg,
        "name capture 'x' makes remaining patterns unreachable"
    );
    let err = compile_err(m(vec![case(pat(PatternKind::MatchSequence(vec![
        capture("x"),
        capture("x"),
    ])))]));
    assert_eq!(err.msg, "multiple assignments to name 'x' in pattern");
}

#[test]
fn compile_private_names_are_mangled() {
    // class C:
    //     def m(self): return self.__x
    let code = compile_body(vec![class(
        "C",
        vec![def("m", &["self"], vec![ret(attr(name("self"), "__x"))])],
    )]);
    let method = nested(&nested(&code, 0), 0);
    assert_listing(
        &method,
        &["LOAD_FAST 0 (self)", "LOAD_ATTR 0 (_C__x)", "RETURN_VALUE"],
    );
}

#[test]
fn compile_malformed_asts_are_errors_not_panics() {
    let bad_target = assign(call(name("f"), vec![]), int(1));
    assert_eq!(
        compile_err(vec![bad_target]).msg,
        "cannot assign to expression"
    );
    assert_eq!(
        compile_err(vec![expr_stmt(starred(name("x")))]).msg,
        "can't use starred expression here"
    );
    let empty_bool = ex(ExprKind::BoolOp {
        op: BoolOpKind::And,
        values: vec![],
    });
    compile_err(vec![expr_stmt(empty_bool)]);
    let bad_dict = ex(ExprKind::Dict {
        keys: vec![],
        values: vec![int(1)],
    });
    compile_err(vec![expr_stmt(bad_dict)]);
    let bad_compare = ex(ExprKind::Compare {
        left: Box::new(int(1)),
        ops: vec![],
        comparators: vec![],
    });
    compile_err(vec![expr_stmt(bad_compare)]);
    let no_generators = ex(ExprKind::ListComp {
        elt: Box::new(int(1)),
        generators: vec![],
    });
    compile_err(vec![expr_stmt(no_generators)]);
    compile_err(vec![st(StmtKind::Delete(vec![int(1)]))]);
    let bad_class = pat(PatternKind::MatchClass {
        cls: name("C"),
        patterns: vec![],
        kwd_attrs: vec!["a".into()],
        kwd_patterns: vec![],
    });
    compile_err(vec![st(StmtKind::Match {
        subject: name("p"),
        cases: vec![MatchCase {
            pattern: bad_class,
            guard: None,
            body: vec![],
        }],
    })]);
}

#[test]
fn compile_genexpr_nested_qualnames() {
    // def f():
    //     def g(): return (x for x in y)
    let genexp = ex(ExprKind::GeneratorExp {
        elt: Box::new(name("x")),
        generators: vec![Comprehension {
            target: target("x"),
            iter: name("y"),
            ifs: vec![],
            is_async: false,
        }],
    });
    let code = compile_body(vec![def("f", &[], vec![def("g", &[], vec![ret(genexp)])])]);
    let g = nested(&nested(&code, 0), 0);
    assert_eq!(g.qualname, "f.<locals>.g");
    let gen = nested(&g, 0);
    assert_eq!(
        (gen.name.as_str(), gen.qualname.as_str()),
        ("<genexpr>", "f.<locals>.g.<locals>.<genexpr>")
    );
    assert!(gen.flags.generator);
    assert_listing(
        &gen,
        &[
            "LOAD_FAST 0 (.0)",
            "FOR_ITER 7 (to 7)",
            "STORE_FAST 1 (x)",
            "LOAD_FAST 1 (x)",
            "YIELD_VALUE",
            "POP_TOP",
            "JUMP_ABSOLUTE 1 (to 1)",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_try_except_else_finally_with_return_in_handler() {
    // def f():
    //     try:
    //         a()
    //     except:
    //         return 1
    //     else:
    //         b()
    //     finally:
    //         c()
    let body = vec![def(
        "f",
        &[],
        vec![st(StmtKind::Try {
            body: vec![expr_stmt(call(name("a"), vec![]))],
            handlers: vec![ExceptHandler {
                typ: None,
                name: None,
                body: vec![ret(int(1))],
                loc: loc(4),
                star: false,
            }],
            orelse: vec![expr_stmt(call(name("b"), vec![]))],
            finalbody: vec![expr_stmt(call(name("c"), vec![]))],
        })],
    )];
    let f = nested(&compile_body(body), 0);
    assert_listing(
        &f,
        &[
            "SETUP_FINALLY 26 (to 26)",
            "SETUP_FINALLY 10 (to 10)",
            "LOAD_GLOBAL 0 (a)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "POP_BLOCK",
            // else (before the handlers, as CPython 3.11)
            "LOAD_GLOBAL 1 (b)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "JUMP_ABSOLUTE 21 (to 21)",
            // bare except: [exc]
            "POP_TOP",
            // return 1: end the handler, then leave the outer try, running finally inline
            "POP_EXCEPT",
            "POP_BLOCK",
            "LOAD_GLOBAL 2 (c)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "LOAD_CONST 1 (1)",
            "RETURN_VALUE",
            "POP_EXCEPT",
            "JUMP_ABSOLUTE 21 (to 21)",
            "RERAISE",
            // finally, normal path
            "POP_BLOCK",
            "LOAD_GLOBAL 2 (c)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "JUMP_ABSOLUTE 30 (to 30)",
            // finally, exceptional path: [exc]
            "LOAD_GLOBAL 2 (c)",
            "CALL_FUNCTION 0",
            "POP_TOP",
            "RERAISE",
            "LOAD_CONST 0 (None)",
            "RETURN_VALUE",
        ],
    );
}

#[test]
fn compile_jump_and_assert_locations_match_cpython() {
    // 1 if a:          (the jump carries the statement's span, like 3.11's POP_JUMP)
    // 2     pass
    // 3 assert t, "m"  (the raise carries the statement's span: `t` is no comparison)
    let mut test = name("t");
    test.loc = Loc {
        line: 3,
        col: 7,
        end_line: 3,
        end_col: 8,
    };
    let mut if_stmt = st(StmtKind::If {
        test: name("a"),
        body: vec![at(2, st(StmtKind::Pass))],
        orelse: vec![],
    });
    if_stmt.loc = Loc {
        line: 1,
        col: 0,
        end_line: 2,
        end_col: 8,
    };
    let code = compile_body(vec![
        if_stmt,
        at(
            3,
            st(StmtKind::Assert {
                test,
                msg: Some(string("m")),
            }),
        ),
    ]);
    let at_index = |text: &str| {
        let i = listing(&code)
            .iter()
            .position(|s| s.starts_with(text))
            .unwrap();
        code.locations[i]
    };
    assert_eq!(
        at_index("POP_JUMP_IF_FALSE"),
        Loc {
            line: 1,
            col: 0,
            end_line: 2,
            end_col: 8
        }
    );
    assert_eq!(at_index("RAISE_VARARGS"), loc(3));
    assert_eq!(at_index("LOAD_ASSERTION_ERROR").line, 3);
}

#[test]
fn compile_function_annotations_and_debug() {
    // def f(a: int, *args: str) -> bool: return __debug__
    let args = Arguments {
        args: vec![Arg {
            name: "a".into(),
            annotation: Some(name("int")),
            loc: loc(1),
        }],
        vararg: Some(Arg {
            name: "args".into(),
            annotation: Some(name("str")),
            loc: loc(1),
        }),
        ..Arguments::default()
    };
    let def = st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: "f".into(),
        args,
        body: vec![ret(name("__debug__"))],
        decorators: vec![],
        returns: Some(name("bool")),
        is_async: false,
    })));
    let code = compile_body(vec![def]);
    assert_eq!(
        &listing(&code)[..9],
        [
            "LOAD_CONST 0 ('a')",
            "LOAD_NAME 0 (int)",
            "LOAD_CONST 1 ('args')",
            "LOAD_NAME 1 (str)",
            "LOAD_CONST 2 ('return')",
            "LOAD_NAME 2 (bool)",
            "BUILD_TUPLE 6",
            "LOAD_CONST 3 (<code object f, file \"t.py\", line 1>)",
            "MAKE_FUNCTION 4 (annotations)",
        ]
    );
    assert_listing(&nested(&code, 0), &["LOAD_CONST 1 (True)", "RETURN_VALUE"]);
}

#[test]
fn compile_equal_code_objects_merge_and_parameter_cells_come_first() {
    // def f(b, a):
    //     try: pass
    //     finally: g = lambda: (a, b, z); z = 1
    let lambda = ex(ExprKind::Lambda {
        args: Box::default(),
        body: Box::new(ex(ExprKind::Tuple {
            elts: vec![name("a"), name("b"), name("z")],
            ctx: Ctx::Load,
        })),
    });
    let body = vec![def(
        "f",
        &["b", "a"],
        vec![st(StmtKind::Try {
            body: vec![st(StmtKind::Pass)],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![assign(target("g"), lambda), assign(target("z"), int(1))],
        })],
    )];
    let f = nested(&compile_body(body), 0);
    // The finally body is compiled twice; its lambda is one constant.
    assert_eq!(
        f.consts
            .iter()
            .filter(|c| matches!(c, Const::Code(_)))
            .count(),
        1
    );
    assert_eq!(f.cellvars, ["b", "a", "z"]);
    assert_eq!(f.cell2arg, [Some(0), Some(1), None]);
}

#[test]
fn compile_comparison_tests_report_on_the_comparison() {
    // 1 assert a == b      (jump, LOAD_ASSERTION_ERROR and RAISE on `a == b`)
    // 2 while i < n: pass  (the jump on `i < n`)
    let compare = |line: u32, op: CmpOp, l: &str, r: &str| Expr {
        loc: Loc {
            line,
            col: 7,
            end_line: line,
            end_col: 13,
        },
        kind: ExprKind::Compare {
            left: Box::new(name(l)),
            ops: vec![op],
            comparators: vec![name(r)],
        },
    };
    let assert_stmt = st(StmtKind::Assert {
        test: compare(1, CmpOp::Eq, "a", "b"),
        msg: None,
    });
    let while_stmt = st(StmtKind::While {
        test: compare(2, CmpOp::Lt, "i", "n"),
        body: vec![at(2, st(StmtKind::Pass))],
        orelse: vec![],
    });
    let code = compile_body(vec![at(1, assert_stmt), at(2, while_stmt)]);
    for (i, text) in listing(&code).iter().enumerate() {
        if text.starts_with("POP_JUMP")
            || text.starts_with("RAISE")
            || text.starts_with("LOAD_ASSERTION")
        {
            assert_eq!(code.locations[i].col, 7, "{text}");
        }
    }
}

#[test]
fn compile_multiline_attribute_spans_start_at_the_name() {
    // 1 x = (obj
    // 2      .method(1))
    let obj = Expr {
        loc: Loc {
            line: 1,
            col: 5,
            end_line: 1,
            end_col: 8,
        },
        kind: ExprKind::Name {
            id: "obj".into(),
            ctx: Ctx::Load,
        },
    };
    let method = Expr {
        loc: Loc {
            line: 1,
            col: 5,
            end_line: 2,
            end_col: 12,
        },
        kind: ExprKind::Attribute {
            value: Box::new(obj),
            attr: "method".into(),
            ctx: Ctx::Load,
        },
    };
    let mut c = call(method, vec![int(1)]);
    c.loc = Loc {
        line: 1,
        col: 5,
        end_line: 2,
        end_col: 15,
    };
    let code = compile_body(vec![at(1, assign(target("x"), c))]);
    let text = listing(&code);
    let load = text
        .iter()
        .position(|s| s.starts_with("LOAD_METHOD"))
        .unwrap();
    let call_index = text
        .iter()
        .position(|s| s.starts_with("CALL_METHOD"))
        .unwrap();
    assert_eq!(
        code.locations[load],
        Loc {
            line: 2,
            col: 6,
            end_line: 2,
            end_col: 12
        }
    );
    assert_eq!(
        code.locations[call_index],
        Loc {
            line: 2,
            col: 6,
            end_line: 2,
            end_col: 15
        }
    );
}

#[test]
fn compile_future_statements() {
    let future = |line: u32, feature: &str| {
        at(
            line,
            st(StmtKind::ImportFrom {
                module: Some("__future__".into()),
                names: vec![Alias {
                    name: feature.into(),
                    asname: None,
                    loc: loc(line),
                }],
                level: 0,
            }),
        )
    };
    // x: Dict[str, int | None] under `annotations` records the source text.
    let annotation = ex(ExprKind::Subscript {
        value: Box::new(name("Dict")),
        slice: Box::new(ex(ExprKind::Tuple {
            elts: vec![
                name("str"),
                binop(
                    name("int"),
                    BinOp::BitOr,
                    ex(ExprKind::Constant(Constant::None)),
                ),
            ],
            ctx: Ctx::Load,
        })),
        ctx: Ctx::Load,
    });
    let ann = st(StmtKind::AnnAssign {
        target: target("x"),
        annotation,
        value: None,
        simple: true,
    });
    let code = compile_body(vec![
        expr_stmt(string("doc")),
        future(2, "annotations"),
        at(3, ann),
    ]);
    assert!(
        listing(&code).contains(&"LOAD_CONST 3 ('Dict[str, int | None]')".to_string()),
        "{}",
        disassemble(&code)
    );
    assert!(!listing(&code).iter().any(|s| s.contains("(Dict)")));
    let err = compile_err(vec![expr_stmt(name("x")), future(2, "annotations")]);
    assert_eq!(
        (err.msg.as_str(), err.lineno),
        (
            "from __future__ imports must occur at the beginning of the file",
            2
        )
    );
    assert_eq!(compile_err(vec![future(1, "braces")]).msg, "not a chance");
    assert_eq!(
        compile_err(vec![future(1, "spam")]).msg,
        "future feature spam is not defined"
    );
}

#[test]
fn compile_unparse_follows_cpython_precedence() {
    use super::future::unparse;
    let e = binop(
        binop(name("a"), BinOp::Add, name("b")),
        BinOp::Mult,
        name("c"),
    );
    assert_eq!(unparse(&e), "(a + b) * c");
    let e = binop(
        name("a"),
        BinOp::Pow,
        binop(name("b"), BinOp::Pow, name("c")),
    );
    assert_eq!(unparse(&e), "a ** b ** c");
    let e = call(
        attr(name("m"), "f"),
        vec![string("it's"), ex(ExprKind::Constant(Constant::Ellipsis))],
    );
    assert_eq!(unparse(&e), "m.f(\"it's\", ...)");
    let e = ex(ExprKind::Subscript {
        value: Box::new(name("Callable")),
        slice: Box::new(ex(ExprKind::Tuple {
            elts: vec![
                ex(ExprKind::List {
                    elts: vec![name("int")],
                    ctx: Ctx::Load,
                }),
                name("str"),
            ],
            ctx: Ctx::Load,
        })),
        ctx: Ctx::Load,
    });
    assert_eq!(unparse(&e), "Callable[[int], str]");
}

#[test]
fn compile_stack_depth_is_computed_and_checked() {
    // f(1, 2) needs three slots.
    let code = compile_body(vec![expr_stmt(call(name("f"), vec![int(1), int(2)]))]);
    assert_eq!(max_stack_depth(&code), Ok(3));
    // A code object that leaves a value behind at its return is rejected.
    use crate::bytecode::Instruction as I;
    let broken = CodeObject {
        name: "broken".into(),
        qualname: "broken".into(),
        filename: "t.py".into(),
        first_line: 1,
        instructions: vec![I::LoadConst(0), I::DupTop, I::ReturnValue],
        locations: vec![loc(1); 3],
        consts: vec![Const::None],
        const_origins: vec![crate::bytecode::ConstOrigin {
            seq: 1,
            source: true,
            source_items: true,
        }],
        made_seq: 2,
        names: vec![],
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: Default::default(),
        docstring: None,
    };
    assert!(max_stack_depth(&broken).is_err());
}
