//! The native functions of `cmath` (CPython's `Modules/cmathmodule.c`); the constants
//! are set by `py/cmath.py`.
//!
//! Every function follows the C99 Annex G recommendations as CPython does, with the
//! same formulas in the same order of operations, so that results are bit-identical:
//! infinite and NaN inputs go through tables of special values indexed by the kind of
//! the real and imaginary parts; large and tiny inputs are rescaled to avoid spurious
//! overflow or loss of precision. Each function reports, like C's `errno`, whether the
//! result is a domain error (`ValueError: math domain error`) or an overflow
//! (`OverflowError: math range error`).

use crate::heap::PyRef;
use crate::objects::function::NativeFn;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyErr, PyResult, Vm};
use std::f64::consts::{E, LN_10, LN_2, PI};

/// Set in `cmath` before its Python source runs: the module's functions.
pub static NATIVE: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cos", cos),
    ("cosh", cosh),
    ("exp", exp),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("log", log),
    ("log10", log10),
    ("phase", phase),
    ("polar", polar),
    ("rect", rect),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
];

#[derive(Clone, Copy, PartialEq, Debug)]
struct C {
    re: f64,
    im: f64,
}

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// C's `errno` after a computation.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Errno {
    None,
    /// EDOM: `ValueError`.
    Domain,
    /// ERANGE: `OverflowError`.
    Range,
}

type Out = (C, Errno);

// ---------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------

/// Used to avoid spurious overflow in sqrt, log and the inverse functions.
const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// `DBL_MANT_DIG`.
const MANT_DIG: i32 = 53;
/// An odd power of two turning subnormals normal, and the scale back for a square root.
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
/// Table entries for finite inputs, never used: those inputs do not reach the tables.
const U: f64 = -9.542_631_940_771_103e33;

fn ldexp(x: f64, exp: i32) -> f64 {
    x * 2f64.powi(exp)
}

/// `log1p` keeping the sign of a zero argument.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

/// The C library's `asinh` (fdlibm's algorithm, which glibc uses), built on `log`,
/// `log1p` and `sqrt`, so real parts match CPython's to the bit.
pub(super) fn real_asinh(x: f64) -> f64 {
    let ax = x.abs();
    if !x.is_finite() {
        return x + x;
    }
    if ax < 2f64.powi(-28) {
        return x;
    }
    let w = if ax > 2f64.powi(28) {
        ax.ln() + LN_2
    } else if ax > 2.0 {
        (2.0 * ax + 1.0 / ((ax * ax + 1.0).sqrt() + ax)).ln()
    } else {
        let t = ax * ax;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

// ---------------------------------------------------------------------------------------
// Special values
// ---------------------------------------------------------------------------------------

/// The kind of a double, the index into the special-value tables.
fn special_type(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 {
            5
        } else {
            0
        }
    } else if d != 0.0 {
        if d > 0.0 {
            4
        } else {
            1
        }
    } else if d.is_sign_positive() {
        3
    } else {
        2
    }
}

type Table = [[C; 7]; 7];

/// The table entry of a non-finite `z`, if it is one.
fn special(z: C, table: &Table) -> Option<Out> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some((table[special_type(z.re)][special_type(z.im)], Errno::None))
}

/// Rows: the kind of the real part (-inf, -x, -0, +0, +x, +inf, nan); columns: the
/// imaginary part's.
const ACOS_SPECIAL: Table = [
    [
        c(P34, INF),
        c(P, INF),
        c(P, INF),
        c(P, -INF),
        c(P, -INF),
        c(P34, -INF),
        c(N, INF),
    ],
    [
        c(P12, INF),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(P12, -INF),
        c(N, N),
    ],
    [
        c(P12, INF),
        c(U, U),
        c(P12, 0.),
        c(P12, -0.),
        c(U, U),
        c(P12, -INF),
        c(P12, N),
    ],
    [
        c(P12, INF),
        c(U, U),
        c(P12, 0.),
        c(P12, -0.),
        c(U, U),
        c(P12, -INF),
        c(P12, N),
    ],
    [
        c(P12, INF),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(P12, -INF),
        c(N, N),
    ],
    [
        c(P14, INF),
        c(0., INF),
        c(0., INF),
        c(0., -INF),
        c(0., -INF),
        c(P14, -INF),
        c(N, INF),
    ],
    [
        c(N, INF),
        c(N, N),
        c(N, N),
        c(N, N),
        c(N, N),
        c(N, -INF),
        c(N, N),
    ],
];

const ACOSH_SPECIAL: Table = [
    [
        c(INF, -P34),
        c(INF, -P),
        c(INF, -P),
        c(INF, P),
        c(INF, P),
        c(INF, P34),
        c(INF, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(0., -P12),
        c(0., P12),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(0., -P12),
        c(0., P12),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P14),
        c(INF, -0.),
        c(INF, -0.),
        c(INF, 0.),
        c(INF, 0.),
        c(INF, P14),
        c(INF, N),
    ],
    [
        c(INF, N),
        c(N, N),
        c(N, N),
        c(N, N),
        c(N, N),
        c(INF, N),
        c(N, N),
    ],
];

const ASINH_SPECIAL: Table = [
    [
        c(-INF, -P14),
        c(-INF, -0.),
        c(-INF, -0.),
        c(-INF, 0.),
        c(-INF, 0.),
        c(-INF, P14),
        c(-INF, N),
    ],
    [
        c(-INF, -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(-INF, P12),
        c(N, N),
    ],
    [
        c(-INF, -P12),
        c(U, U),
        c(-0., -0.),
        c(-0., 0.),
        c(U, U),
        c(-INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P14),
        c(INF, -0.),
        c(INF, -0.),
        c(INF, 0.),
        c(INF, 0.),
        c(INF, P14),
        c(INF, N),
    ],
    [
        c(INF, N),
        c(N, N),
        c(N, -0.),
        c(N, 0.),
        c(N, N),
        c(INF, N),
        c(N, N),
    ],
];

const ATANH_SPECIAL: Table = [
    [
        c(-0., -P12),
        c(-0., -P12),
        c(-0., -P12),
        c(-0., P12),
        c(-0., P12),
        c(-0., P12),
        c(-0., N),
    ],
    [
        c(-0., -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(-0., P12),
        c(N, N),
    ],
    [
        c(-0., -P12),
        c(U, U),
        c(-0., -0.),
        c(-0., 0.),
        c(U, U),
        c(-0., P12),
        c(-0., N),
    ],
    [
        c(0., -P12),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(0., P12),
        c(0., N),
    ],
    [
        c(0., -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(0., P12),
        c(N, N),
    ],
    [
        c(0., -P12),
        c(0., -P12),
        c(0., -P12),
        c(0., P12),
        c(0., P12),
        c(0., P12),
        c(0., N),
    ],
    [
        c(0., -P12),
        c(N, N),
        c(N, N),
        c(N, N),
        c(N, N),
        c(0., P12),
        c(N, N),
    ],
];

const COSH_SPECIAL: Table = [
    [
        c(INF, N),
        c(U, U),
        c(INF, 0.),
        c(INF, -0.),
        c(U, U),
        c(INF, N),
        c(INF, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(N, 0.),
        c(U, U),
        c(1., 0.),
        c(1., -0.),
        c(U, U),
        c(N, 0.),
        c(N, 0.),
    ],
    [
        c(N, 0.),
        c(U, U),
        c(1., -0.),
        c(1., 0.),
        c(U, U),
        c(N, 0.),
        c(N, 0.),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(INF, N),
        c(U, U),
        c(INF, -0.),
        c(INF, 0.),
        c(U, U),
        c(INF, N),
        c(INF, N),
    ],
    [
        c(N, N),
        c(N, N),
        c(N, 0.),
        c(N, 0.),
        c(N, N),
        c(N, N),
        c(N, N),
    ],
];

const EXP_SPECIAL: Table = [
    [
        c(0., 0.),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(0., 0.),
        c(0., 0.),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(1., -0.),
        c(1., 0.),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(1., -0.),
        c(1., 0.),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(INF, N),
        c(U, U),
        c(INF, -0.),
        c(INF, 0.),
        c(U, U),
        c(INF, N),
        c(INF, N),
    ],
    [
        c(N, N),
        c(N, N),
        c(N, -0.),
        c(N, 0.),
        c(N, N),
        c(N, N),
        c(N, N),
    ],
];

const LOG_SPECIAL: Table = [
    [
        c(INF, -P34),
        c(INF, -P),
        c(INF, -P),
        c(INF, P),
        c(INF, P),
        c(INF, P34),
        c(INF, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(-INF, -P),
        c(-INF, P),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(-INF, -0.),
        c(-INF, 0.),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P12),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(INF, P12),
        c(N, N),
    ],
    [
        c(INF, -P14),
        c(INF, -0.),
        c(INF, -0.),
        c(INF, 0.),
        c(INF, 0.),
        c(INF, P14),
        c(INF, N),
    ],
    [
        c(INF, N),
        c(N, N),
        c(N, N),
        c(N, N),
        c(N, N),
        c(INF, N),
        c(N, N),
    ],
];

const SINH_SPECIAL: Table = [
    [
        c(INF, N),
        c(U, U),
        c(-INF, -0.),
        c(-INF, 0.),
        c(U, U),
        c(INF, N),
        c(INF, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(0., N),
        c(U, U),
        c(-0., -0.),
        c(-0., 0.),
        c(U, U),
        c(0., N),
        c(0., N),
    ],
    [
        c(0., N),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(0., N),
        c(0., N),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(INF, N),
        c(U, U),
        c(INF, -0.),
        c(INF, 0.),
        c(U, U),
        c(INF, N),
        c(INF, N),
    ],
    [
        c(N, N),
        c(N, N),
        c(N, -0.),
        c(N, 0.),
        c(N, N),
        c(N, N),
        c(N, N),
    ],
];

const SQRT_SPECIAL: Table = [
    [
        c(INF, -INF),
        c(0., -INF),
        c(0., -INF),
        c(0., INF),
        c(0., INF),
        c(INF, INF),
        c(N, INF),
    ],
    [
        c(INF, -INF),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(INF, INF),
        c(N, N),
    ],
    [
        c(INF, -INF),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(INF, INF),
        c(N, N),
    ],
    [
        c(INF, -INF),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(INF, INF),
        c(N, N),
    ],
    [
        c(INF, -INF),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(INF, INF),
        c(N, N),
    ],
    [
        c(INF, -INF),
        c(INF, -0.),
        c(INF, -0.),
        c(INF, 0.),
        c(INF, 0.),
        c(INF, INF),
        c(INF, N),
    ],
    [
        c(INF, -INF),
        c(N, N),
        c(N, N),
        c(N, N),
        c(N, N),
        c(INF, INF),
        c(N, N),
    ],
];

const TANH_SPECIAL: Table = [
    [
        c(-1., 0.),
        c(U, U),
        c(-1., -0.),
        c(-1., 0.),
        c(U, U),
        c(-1., 0.),
        c(-1., 0.),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(-0., -0.),
        c(-0., 0.),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(1., 0.),
        c(U, U),
        c(1., -0.),
        c(1., 0.),
        c(U, U),
        c(1., 0.),
        c(1., 0.),
    ],
    [
        c(N, N),
        c(N, N),
        c(N, -0.),
        c(N, 0.),
        c(N, N),
        c(N, N),
        c(N, N),
    ],
];

const RECT_SPECIAL: Table = [
    [
        c(INF, N),
        c(U, U),
        c(-INF, 0.),
        c(-INF, -0.),
        c(U, U),
        c(INF, N),
        c(INF, N),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(0., 0.),
        c(U, U),
        c(-0., 0.),
        c(-0., -0.),
        c(U, U),
        c(0., 0.),
        c(0., 0.),
    ],
    [
        c(0., 0.),
        c(U, U),
        c(0., -0.),
        c(0., 0.),
        c(U, U),
        c(0., 0.),
        c(0., 0.),
    ],
    [
        c(N, N),
        c(U, U),
        c(U, U),
        c(U, U),
        c(U, U),
        c(N, N),
        c(N, N),
    ],
    [
        c(INF, N),
        c(U, U),
        c(INF, -0.),
        c(INF, 0.),
        c(U, U),
        c(INF, N),
        c(INF, N),
    ],
    [
        c(N, N),
        c(N, N),
        c(N, 0.),
        c(N, 0.),
        c(N, N),
        c(N, N),
        c(N, N),
    ],
];

// ---------------------------------------------------------------------------------------
// The functions on complex values
// ---------------------------------------------------------------------------------------

fn neg(z: C) -> C {
    c(-z.re, -z.im)
}

/// `f(iz)` written through `g`: `z -> -i g(iz)`, the way sin, tan, asin and atan reuse
/// their hyperbolic counterparts.
fn rotated(z: C, g: fn(C) -> Out) -> Out {
    let (s, e) = g(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_sqrt(z: C) -> Out {
    if let Some(r) = special(z, &SQRT_SPECIAL) {
        return r;
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::None);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) may be subnormal: scale up first.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    };
    (r, Errno::None)
}

/// `log(hypot(x/2, y/2)) + 2 log 2`, the modulus' log of a huge argument.
fn log_hypot_large(z: C) -> f64 {
    (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0
}

fn c_acos(z: C) -> Out {
    if let Some(r) = special(z, &ACOS_SPECIAL) {
        return r;
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let im = if z.re < 0.0 {
            -log_hypot_large(z).copysign(z.im)
        } else {
            log_hypot_large(z).copysign(-z.im)
        };
        c(re, im)
    } else {
        let s1 = c_sqrt(c(1.0 - z.re, -z.im)).0;
        let s2 = c_sqrt(c(1.0 + z.re, z.im)).0;
        c(
            2.0 * s1.re.atan2(s2.re),
            real_asinh(s2.re * s1.im - s2.im * s1.re),
        )
    };
    (r, Errno::None)
}

fn c_acosh(z: C) -> Out {
    if let Some(r) = special(z, &ACOSH_SPECIAL) {
        return r;
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        c(log_hypot_large(z), z.im.atan2(z.re))
    } else {
        let s1 = c_sqrt(c(z.re - 1.0, z.im)).0;
        let s2 = c_sqrt(c(z.re + 1.0, z.im)).0;
        c(
            real_asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * s1.im.atan2(s2.re),
        )
    };
    (r, Errno::None)
}

fn c_asin(z: C) -> Out {
    rotated(z, c_asinh)
}

fn c_asinh(z: C) -> Out {
    if let Some(r) = special(z, &ASINH_SPECIAL) {
        return r;
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = if z.im >= 0.0 {
            log_hypot_large(z).copysign(z.re)
        } else {
            -log_hypot_large(z).copysign(-z.re)
        };
        c(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = c_sqrt(c(1.0 + z.im, -z.re)).0;
        let s2 = c_sqrt(c(1.0 - z.im, z.re)).0;
        c(
            real_asinh(s1.re * s2.im - s2.re * s1.im),
            z.im.atan2(s1.re * s2.re - s1.im * s2.im),
        )
    };
    (r, Errno::None)
}

fn c_atan(z: C) -> Out {
    rotated(z, c_atanh)
}

fn c_atanh(z: C) -> Out {
    if let Some(r) = special(z, &ATANH_SPECIAL) {
        return r;
    }
    // atanh(z) = -atanh(-z): reduce to a nonnegative real part.
    if z.re < 0.0 {
        let (r, e) = c_atanh(neg(z));
        return (neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // atanh(z) ~ 1/z +/- i*pi/2 for a large z.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        let re = z.re / 4.0 / h / h;
        let im = -(PI / 2.0).copysign(-z.im);
        (c(re, im), Errno::None)
    } else if z.re == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            (c(INF, z.im), Errno::Domain)
        } else {
            let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
            let im = (2.0f64.atan2(-ay) / 2.0).copysign(z.im);
            (c(re, im), Errno::None)
        }
    } else {
        let one_minus = 1.0 - z.re;
        let re = log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0;
        let im = -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0;
        (c(re, im), Errno::None)
    }
}

fn c_cos(z: C) -> Out {
    c_cosh(c(-z.im, z.re))
}

fn c_cosh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(INF.copysign(z.im.cos()), -INF.copysign(z.im.sin()))
            }
        } else {
            COSH_SPECIAL[special_type(z.re)][special_type(z.im)]
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() {
            Errno::Domain
        } else {
            Errno::None
        };
        return (r, e);
    }
    let r = if z.re.abs() > log_large() {
        // cosh(x) overflows where cosh(z) does not: use cosh(x - 1) * e.
        let x1 = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x1.cosh() * E, z.im.sin() * x1.sinh() * E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    (r, overflowed(r))
}

/// ERANGE when a finite input gave an infinite part.
fn overflowed(r: C) -> Errno {
    if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::None
    }
}

fn c_exp(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin()))
            }
        } else {
            EXP_SPECIAL[special_type(z.re)][special_type(z.im)]
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0)) {
            Errno::Domain
        } else {
            Errno::None
        };
        return (r, e);
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    (r, overflowed(r))
}

fn c_log(z: C) -> Out {
    if let Some(r) = special(z, &LOG_SPECIAL) {
        return r;
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: rescale.
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - f64::from(MANT_DIG) * LN_2
        } else {
            return (c(-INF, z.im.atan2(z.re)), Errno::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, z.im.atan2(z.re)), Errno::None)
}

fn c_log10(z: C) -> Out {
    let (r, e) = c_log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

fn c_sin(z: C) -> Out {
    rotated(z, c_sinh)
}

fn c_sinh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(-INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            }
        } else {
            SINH_SPECIAL[special_type(z.re)][special_type(z.im)]
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() {
            Errno::Domain
        } else {
            Errno::None
        };
        return (r, e);
    }
    let r = if z.re.abs() > log_large() {
        let x1 = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x1.sinh() * E, z.im.sin() * x1.cosh() * E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    (r, overflowed(r))
}

fn c_tan(z: C) -> Out {
    rotated(z, c_tanh)
}

fn c_tanh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let sign = 0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            if z.re > 0.0 {
                c(1.0, sign)
            } else {
                c(-1.0, sign)
            }
        } else {
            TANH_SPECIAL[special_type(z.re)][special_type(z.im)]
        };
        let e = if z.im.is_infinite() && z.re.is_finite() {
            Errno::Domain
        } else {
            Errno::None
        };
        return (r, e);
    }
    let r = if z.re.abs() > log_large() {
        c(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        )
    } else {
        // tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
        // with 1-tanh(x)^2 as 1/cosh(x)^2.
        let tx = z.re.tanh();
        let ty = z.im.tan();
        let cx = 1.0 / z.re.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::None)
}

/// `atan2(z.imag, z.real)` with C99's special cases, whatever the C library does.
fn c_atan2(z: C) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    if z.im.is_infinite() {
        if z.re.is_infinite() {
            return if z.re.is_sign_positive() {
                (0.25 * PI).copysign(z.im)
            } else {
                (0.75 * PI).copysign(z.im)
            };
        }
        return (0.5 * PI).copysign(z.im);
    }
    if z.re.is_infinite() || z.im == 0.0 {
        return if z.re.is_sign_positive() {
            0f64.copysign(z.im)
        } else {
            PI.copysign(z.im)
        };
    }
    z.im.atan2(z.re)
}

/// `abs(z)`: infinite if either part is, even beside a NaN; ERANGE on overflow.
fn c_abs(z: C) -> (f64, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return (z.re.abs(), Errno::None);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), Errno::None);
        }
        return (f64::NAN, Errno::None);
    }
    let r = z.re.hypot(z.im);
    (
        r,
        if r.is_finite() {
            Errno::None
        } else {
            Errno::Range
        },
    )
}

/// Complex division as `complexobject.c` does it; EDOM for a zero divisor.
fn c_quot(a: C, b: C) -> Out {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return (c(0.0, 0.0), Errno::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        (
            c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom),
            Errno::None,
        )
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        (
            c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom),
            Errno::None,
        )
    } else {
        (c(f64::NAN, f64::NAN), Errno::None)
    }
}

fn c_rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            if r > 0.0 {
                c(INF.copysign(phi.cos()), INF.copysign(phi.sin()))
            } else {
                c(-INF.copysign(phi.cos()), -INF.copysign(phi.sin()))
            }
        } else {
            RECT_SPECIAL[special_type(r)][special_type(phi)]
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Domain
        } else {
            Errno::None
        };
        return (z, e);
    }
    if phi == 0.0 {
        return (c(r, r * phi), Errno::None);
    }
    (c(r * phi.cos(), r * phi.sin()), Errno::None)
}

// ---------------------------------------------------------------------------------------
// The Python functions
// ---------------------------------------------------------------------------------------

fn math_error(vm: &Vm, e: Errno) -> Option<PyErr> {
    match e {
        Errno::None => None,
        Errno::Domain => Some(vm.value_error("math domain error")),
        Errno::Range => Some(vm.overflow_error("math range error")),
    }
}

/// `PyComplex_AsCComplex`: a complex (or subclass) as is, else `__complex__`, else a
/// real number through `__float__` / `__index__`.
fn to_complex(vm: &mut Vm, o: &PyRef) -> PyResult<C> {
    if let Payload::Complex(re, im) = o.payload {
        return Ok(c(re, im));
    }
    if let Some(r) = vm.call_special(o, "__complex__", &[])? {
        return match r.payload {
            Payload::Complex(re, im) => Ok(c(re, im)),
            _ => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.class_name()
            ))),
        };
    }
    Ok(c(super::math::to_f64(vm, o)?, 0.0))
}

/// The one positional argument of `cmath.NAME(z)`.
fn one_arg<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<&'a PyRef> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("cmath.{name}() takes no keyword arguments")));
    }
    match args.positional() {
        [z] => Ok(z),
        pos => Err(vm.type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            pos.len()
        ))),
    }
}

fn complex_result(vm: &mut Vm, (r, e): Out) -> PyResult {
    match math_error(vm, e) {
        Some(err) => Err(err),
        None => Ok(vm.complex(r.re, r.im)),
    }
}

fn unary(vm: &mut Vm, name: &str, args: Args, f: fn(C) -> Out) -> PyResult {
    let z = one_arg(vm, name, &args)?;
    let z = to_complex(vm, z)?;
    complex_result(vm, f(z))
}

macro_rules! unary_functions {
    ($($name:ident => $f:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult {
                unary(vm, stringify!($name), args, $f)
            }
        )*
    };
}

unary_functions! {
    acos => c_acos,
    acosh => c_acosh,
    asin => c_asin,
    asinh => c_asinh,
    atan => c_atan,
    atanh => c_atanh,
    cos => c_cos,
    cosh => c_cosh,
    exp => c_exp,
    log10 => c_log10,
    sin => c_sin,
    sinh => c_sinh,
    sqrt => c_sqrt,
    tan => c_tan,
    tanh => c_tanh,
}

/// `log(z[, base])`.
fn log(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("cmath.log() takes no keyword arguments"));
    }
    let pos = args.positional();
    let (z, base) = match pos {
        [z] => (z, None),
        [z, b] => (z, Some(b)),
        [] => return Err(vm.type_error("log expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "log expected at most 2 arguments, got {}",
                pos.len()
            )))
        }
    };
    let z = to_complex(vm, z)?;
    let (mut r, mut e) = c_log(z);
    if let Some(base) = base {
        let b = to_complex(vm, base)?;
        // As in C, the base's log sets errno afresh, and the division may set it again.
        let (lb, eb) = c_log(b);
        e = eb;
        let (q, eq) = c_quot(r, lb);
        r = q;
        if eq != Errno::None {
            e = eq;
        }
    }
    complex_result(vm, (r, e))
}

fn phase(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, "phase", &args)?;
    let z = to_complex(vm, z)?;
    let phi = c_atan2(z);
    // The C library's atan2 sets ERANGE when the angle underflows to zero, and phase
    // (alone) looks at errno after it.
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() && !z.im.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.float(phi))
}

fn polar(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, "polar", &args)?;
    let z = to_complex(vm, z)?;
    let phi = c_atan2(z);
    let (r, e) = c_abs(z);
    if let Some(err) = math_error(vm, e) {
        return Err(err);
    }
    let r = vm.float(r);
    let phi = vm.float(phi);
    Ok(vm.tuple(vec![r, phi]))
}

fn rect(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("cmath.rect() takes no keyword arguments"));
    }
    let [r, phi] = args.positional() else {
        return Err(vm.type_error(format!(
            "rect expected 2 arguments, got {}",
            args.positional().len()
        )));
    };
    let r = super::math::to_f64(vm, r)?;
    let phi = super::math::to_f64(vm, phi)?;
    complex_result(vm, c_rect(r, phi))
}

fn predicate(vm: &mut Vm, name: &str, args: Args, f: fn(C) -> bool) -> PyResult {
    let z = one_arg(vm, name, &args)?;
    let z = to_complex(vm, z)?;
    Ok(vm.bool(f(z)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, "isfinite", args, |z| {
        z.re.is_finite() && z.im.is_finite()
    })
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, "isinf", args, |z| {
        z.re.is_infinite() || z.im.is_infinite()
    })
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, "isnan", args, |z| z.re.is_nan() || z.im.is_nan())
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: [Option<&PyRef>; 4] = [pos.first(), pos.get(1), None, None];
    for (name, value) in args.keywords() {
        let Some(i) = NAMES.iter().position(|n| *n == name) else {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for isclose()"
            )));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for isclose() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(value);
    }
    let [Some(a), Some(b), rel, abs] = slots else {
        let missing = if slots[0].is_none() { 0 } else { 1 };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{}' (pos {})",
            NAMES[missing],
            missing + 1
        )));
    };
    let a = to_complex(vm, a)?;
    let b = to_complex(vm, b)?;
    let rel_tol = match rel {
        Some(v) => super::math::to_f64(vm, v)?,
        None => 1e-09,
    };
    let abs_tol = match abs {
        Some(v) => super::math::to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(vm.bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(vm.bool(false));
    }
    let diff = c_abs(c(a.re - b.re, a.im - b.im)).0;
    let close = diff <= rel_tol * c_abs(b).0 || diff <= rel_tol * c_abs(a).0 || diff <= abs_tol;
    Ok(vm.bool(close))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asinh_matches_definition() {
        for x in [0.0, 1e-30, 0.5, 1.0, 2.5, 1e10, 1e300, -3.0] {
            let want: f64 = (x + (x * x + 1.0f64).sqrt()).ln();
            if (1e-5..1e8).contains(&x) {
                assert!((real_asinh(x) - want).abs() <= 1e-15 * want.abs().max(1.0));
            }
        }
        assert_eq!(real_asinh(-0.0).to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn sqrt_of_minus_one() {
        assert_eq!(c_sqrt(c(-1.0, 0.0)).0, c(0.0, 1.0));
        assert_eq!(c_sqrt(c(-1.0, -0.0)).0, c(0.0, -1.0));
    }
}
