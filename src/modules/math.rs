//! The `math` module (CPython's `Modules/mathmodule.c`): float functions with
//! `math domain error` / `math range error`, and exact integer functions on big ints.

use crate::heap::PyRef;
use crate::objects::payload::Payload;
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn init(vm: &mut Vm) {
    let m = super::register(
        vm,
        "math",
        &[
            ("sqrt", sqrt),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("pow", pow),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("hypot", hypot),
            ("dist", dist),
            ("degrees", degrees),
            ("radians", radians),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("isqrt", isqrt),
            ("comb", comb),
            ("perm", perm),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("copysign", copysign),
            ("fmod", fmod),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("fsum", fsum),
            ("prod", prod),
            ("expm1", expm1),
            ("log1p", log1p),
            ("exp2", exp2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("remainder", remainder),
            ("nextafter", nextafter),
            ("ulp", ulp),
        ],
    );
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = vm.float(v);
        f.make_immortal();
        super::set_attr(vm, &m, name, f);
    }
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn range_err(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("math range error")
}

/// `PyFloat_AsDouble`: floats, ints (correctly rounded; OverflowError when too big),
/// `__float__`, `__index__`. The one conversion `math`, `struct`, `array` and `%` use.
pub fn to_f64(vm: &mut Vm, o: &PyRef) -> PyResult<f64> {
    let int_to_f64 = |vm: &Vm, v: &PyRef| {
        let b = v.as_bigint().unwrap_or_default();
        crate::format::int::int_to_f64(&b)
            .map_err(|_| vm.overflow_error("int too large to convert to float"))
    };
    match &o.payload {
        Payload::Float(f) => return Ok(*f),
        Payload::Int(_) | Payload::BigInt(_) | Payload::Bool(_) => return int_to_f64(vm, o),
        _ => {}
    }
    if vm.lookup_special(o, "__float__").is_some() {
        let r = vm.call_special(o, "__float__", &[])?;
        return match r.as_ref().map(|r| &r.payload) {
            Some(Payload::Float(f)) => Ok(*f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                o.class_name(),
                r.map_or_else(|| "NoneType".to_string(), |r| r.class_name())
            ))),
        };
    }
    if vm.lookup_special(o, "__index__").is_some() {
        let b = vm.index_bigint(o)?;
        let r = vm.bigint(b);
        return int_to_f64(vm, &r);
    }
    Err(vm.type_error(format!("must be real number, not {}", o.class_name())))
}

/// An exact integer argument (`__index__`).
fn to_bigint(vm: &mut Vm, o: &PyRef) -> PyResult<BigInt> {
    if let Some(b) = o.as_bigint() {
        return Ok(b);
    }
    if !matches!(o.payload, Payload::Float(_)) {
        if let Some(r) = vm.call_special(o, "__index__", &[])? {
            if let Some(b) = r.as_bigint() {
                return Ok(b);
            }
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        o.class_name()
    )))
}

fn nargs<'a>(vm: &Vm, name: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [PyRef]> {
    let pos = args.positional();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if pos.len() != n {
        return Err(vm.type_error(if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                pos.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", pos.len())
        }));
    }
    Ok(pos)
}

/// A one-argument float function: NaN in gives NaN; a NaN or infinity from a finite
/// input is a domain or range error as in `math_1`.
fn math1(vm: &mut Vm, name: &str, args: Args, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let a = nargs(vm, name, &args, 1)?;
    let x = to_f64(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(vm.float(r))
}

fn sqrt(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "sqrt", args, f64::sqrt, false)
}
// These call the C library as CPython does (Rust's `f64` methods wrap libm for them),
// except `asinh`, whose glibc algorithm `cmath` carries (Rust's own formula differs).
fn expm1(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "expm1", args, f64::exp_m1, true)
}
fn log1p(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "log1p", args, f64::ln_1p, false)
}
fn exp2(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "exp2", args, f64::exp2, true)
}
fn sinh(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "sinh", args, f64::sinh, true)
}
fn cosh(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "cosh", args, f64::cosh, true)
}
fn tanh(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "tanh", args, f64::tanh, false)
}
fn asinh(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "asinh", args, super::cmath::real_asinh, false)
}

fn cbrt(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "cbrt", args, c_cbrt, false)
}

/// The C library's `cbrt`. Rust's `f64::cbrt` links compiler-builtins' own `cbrt`
/// (a local symbol shadowing libm's), which differs from glibc's in the last place
/// for about a quarter of arguments; the dynamic loader still finds libm's.
fn c_cbrt(x: f64) -> f64 {
    static LIBM_CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> =
        std::sync::OnceLock::new();
    let f = LIBM_CBRT.get_or_init(|| {
        // SAFETY: `dlsym` with RTLD_DEFAULT and a NUL-terminated name only looks a
        // symbol up; the symbol `cbrt` of the C library has the C99 type
        // `double cbrt(double)`, so the pointer is transmuted to exactly that type.
        unsafe {
            let p = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
            (!p.is_null())
                .then(|| std::mem::transmute::<*mut libc::c_void, extern "C" fn(f64) -> f64>(p))
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

/// The C library's functions that Rust's std lacks (`erf`, `erfc`) or computes with
/// formulas of its own (`acosh`, `atanh`): CPython calls libm for these, so refpy
/// does too, for the same bits.
mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure C99 libm function of one double (no pointers, no shared state but
    // errno, which nothing here reads); needed for results bit-identical to CPython's.
    unsafe { libm::erf(x) }
}
fn c_erfc(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libm::erfc(x) }
}
fn c_acosh(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libm::acosh(x) }
}
fn c_atanh(x: f64) -> f64 {
    // SAFETY: as `c_erf`.
    unsafe { libm::atanh(x) }
}

fn acosh(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "acosh", args, c_acosh, false)
}
fn atanh(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "atanh", args, c_atanh, false)
}
fn erf(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "erf", args, c_erf, false)
}
fn erfc(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "erfc", args, c_erfc, false)
}

/// Which C `errno` a gamma computation would set (`math_1a` turns it into the error).
#[derive(Clone, Copy, PartialEq)]
enum MathErrno {
    Ok,
    Domain,
    Range,
}

/// sin(pi*x) for finite x, exact at integers and half-integers: reduce to [0, 2) and
/// use the quarter-period nearest `y` (the reflection formula's sine).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let quarter = (2.0 * y).round() as i32;
    let pi = std::f64::consts::PI;
    let r = match quarter {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Lanczos' approximation with N = 13 and g = 6.024680040776729583740234375 (Boost's
/// parameters, which CPython's gamma uses), as a rational function of x.
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// The denominator's coefficients: the expansion of x(x+1)...(x+11).
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        // Horner in x from the highest coefficient.
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        // Large x: the same function as a polynomial in 1/x, safe from overflow.
        for (n, d) in LANCZOS_NUM.iter().zip(&LANCZOS_DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// Gamma(x) by Lanczos for x > 0 and the reflection formula below, with CPython's
/// special cases (C99 annex F) and its correction for the rounding of x+g-0.5.
fn tgamma(x: f64) -> (f64, MathErrno) {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            (x, MathErrno::Ok)
        } else {
            (f64::NAN, MathErrno::Domain)
        };
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), MathErrno::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, MathErrno::Domain);
        }
        if x <= 23.0 {
            // (n-1)! is exact in a double up to 22!.
            let exact = (1..x as u64).fold(1.0f64, |acc, k| acc * k as f64);
            return (exact, MathErrno::Ok);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        let e = if r.is_infinite() {
            MathErrno::Range
        } else {
            MathErrno::Ok
        };
        return (r, e);
    }
    if ax > 200.0 {
        return if x < 0.0 {
            (0.0 / sin_pi(x), MathErrno::Ok)
        } else {
            (f64::INFINITY, MathErrno::Range)
        };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, scaled as the correction factor needs it.
    let err = if ax > LANCZOS_G_MINUS_HALF {
        (y - ax) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - ax
    };
    let z = err * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    let e = if r.is_infinite() {
        MathErrno::Range
    } else {
        MathErrno::Ok
    };
    (r, e)
}

/// log|Gamma(x)| by the same Lanczos sum, reflected for negative x.
fn lgamma_of(x: f64) -> (f64, MathErrno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, MathErrno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            (f64::INFINITY, MathErrno::Domain)
        } else {
            (0.0, MathErrno::Ok)
        };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return (-ax.ln(), MathErrno::Ok);
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // ln(pi) - ln|sin(pi x)| - ln|x| - r
        r = 1.1447298858494002 - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    let e = if r.is_infinite() {
        MathErrno::Range
    } else {
        MathErrno::Ok
    };
    (r, e)
}

/// `math_1a`: a function that reports its own errno; a range error on a result under
/// 1.5 in size is an underflow and passes.
fn math1_errno(vm: &mut Vm, name: &str, args: Args, f: fn(f64) -> (f64, MathErrno)) -> PyResult {
    let a = nargs(vm, name, &args, 1)?;
    let x = to_f64(vm, &a[0])?;
    let (r, e) = f(x);
    match e {
        MathErrno::Domain => Err(domain(vm)),
        MathErrno::Range if r.abs() >= 1.5 => Err(range_err(vm)),
        _ => Ok(vm.float(r)),
    }
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult {
    math1_errno(vm, "gamma", args, tgamma)
}
fn lgamma(vm: &mut Vm, args: Args) -> PyResult {
    math1_errno(vm, "lgamma", args, lgamma_of)
}

/// IEEE 754 remainder: x minus the multiple of y nearest to it (ties to the even
/// multiple), exact. The half-way test compares `m` with `|y| - m`, which is exact
/// where `0.5*|y|` might not be.
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly half-way: m if the quotient is even, -m if odd.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "remainder", &args, 2)?;
    let (x, y) = (to_f64(vm, &a[0])?, to_f64(vm, &a[1])?);
    let r = ieee_remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.float(r))
}

/// The next float after `x` toward `y` (C's `nextafter`), by the bits.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Away from zero when moving in x's direction, toward zero otherwise.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "nextafter", &args, 2)?;
    let (x, y) = (to_f64(vm, &a[0])?, to_f64(vm, &a[1])?);
    Ok(vm.float(next_toward(x, y)))
}

/// `math.ulp(x)`: the distance from |x| to the next float away from zero (for the
/// largest finite float, to the one below).
fn ulp(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "ulp", &args, 1)?;
    let x = to_f64(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    let r = if up.is_infinite() {
        x - next_toward(x, f64::NEG_INFINITY)
    } else {
        up - x
    };
    Ok(vm.float(r))
}
fn exp(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "exp", args, f64::exp, true)
}
fn sin(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "sin", args, f64::sin, false)
}
fn cos(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "cos", args, f64::cos, false)
}
fn tan(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "tan", args, f64::tan, false)
}
fn asin(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "asin", args, f64::asin, false)
}
fn acos(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "acos", args, f64::acos, false)
}
fn atan(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "atan", args, f64::atan, false)
}
fn fabs(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "fabs", args, f64::abs, false)
}
fn degrees(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "degrees", args, f64::to_degrees, true)
}
fn radians(vm: &mut Vm, args: Args) -> PyResult {
    math1(vm, "radians", args, f64::to_radians, false)
}

/// Natural log of an int or float; ints of any size are exact enough (`loghelper`).
fn ln_of(vm: &mut Vm, o: &PyRef) -> PyResult<f64> {
    if let Payload::BigInt(b) = &o.payload {
        if b.is_positive() {
            let bits = b.bits() as i64;
            let shift = (bits - 60).max(0);
            let top: BigInt = &**b >> (shift as usize);
            let f = top.to_f64().unwrap_or(f64::INFINITY);
            return Ok(f.ln() + shift as f64 * std::f64::consts::LN_2);
        }
        return Err(domain(vm));
    }
    let x = to_f64(vm, o)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: Args) -> PyResult {
    // Argument Clinic's optional group: METH_VARARGS, so no keywords.
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = ln_of(vm, &pos[0])?;
    if let Some(b) = pos.get(1) {
        let den = ln_of(vm, b)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(vm.float(num / den));
    }
    Ok(vm.float(num))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "log2", &args, 1)?;
    if let Payload::BigInt(_) = &a[0].payload {
        let l = ln_of(vm, &a[0])?;
        return Ok(vm.float(l / std::f64::consts::LN_2));
    }
    let x = to_f64(vm, &a[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(vm.float(x.log2()))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "log10", &args, 1)?;
    if let Payload::BigInt(_) = &a[0].payload {
        let l = ln_of(vm, &a[0])?;
        return Ok(vm.float(l / std::f64::consts::LN_10));
    }
    let x = to_f64(vm, &a[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(vm.float(x.log10()))
}

/// floor/ceil/trunc: ints unchanged, floats to exact ints, else `__floor__`...
fn round_like(vm: &mut Vm, args: Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    let a = nargs(vm, name, &args, 1)?;
    let o = &a[0];
    if o.is_int() {
        // An exact int is returned itself (`Py_NewRef`), a subclass or bool as an int.
        if let Some(r) = crate::objects::number::exact_copy(vm, o) {
            return Ok(r);
        }
    }
    if !matches!(o.payload, Payload::Float(_)) {
        if let Some(r) = vm.call_special(o, dunder, &[])? {
            return Ok(r);
        }
        if name == "trunc" {
            return Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                o.class_name()
            )));
        }
    }
    let x = to_f64(vm, o)?;
    float_to_int(vm, f(x))
}

fn float_to_int(vm: &mut Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(vm.int(x as i64));
    }
    use num_traits::FromPrimitive;
    Ok(vm.bigint(BigInt::from_f64(x).unwrap_or_default()))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult {
    round_like(vm, args, "floor", "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, args: Args) -> PyResult {
    round_like(vm, args, "ceil", "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, args: Args) -> PyResult {
    round_like(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn pow(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "pow", &args, 2)?;
    let x = to_f64(vm, &a[0])?;
    let y = to_f64(vm, &a[1])?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err(vm));
    }
    Ok(vm.float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "atan2", &args, 2)?;
    let y = to_f64(vm, &a[0])?;
    let x = to_f64(vm, &a[1])?;
    Ok(vm.float(y.atan2(x)))
}

/// `math.dist(p, q)`: the Euclidean distance of two points given as iterables of the
/// same length (`math_dist_impl`: each converted to a tuple, then `vector_norm` of the
/// coordinate differences, as `hypot` does).
fn dist(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "dist", &args, 2)?;
    let p = vm.iterate(&a[0])?;
    let q = vm.iterate(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
        diffs.push(x - y);
    }
    Ok(vm.float(vector_norm(&diffs)))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult {
    let mut vals = Vec::new();
    for o in args.positional() {
        vals.push(to_f64(vm, o)?);
    }
    Ok(vm.float(vector_norm(&vals)))
}

/// The Euclidean norm of `vals` (`vector_norm`): infinite if any is, else NaN if any is.
fn vector_norm(vals: &[f64]) -> f64 {
    if vals.iter().any(|v| v.is_infinite()) {
        return f64::INFINITY;
    }
    if vals.iter().any(|v| v.is_nan()) {
        return f64::NAN;
    }
    match vals.len() {
        0 => 0.0,
        1 => vals[0].abs(),
        2 => vals[0].hypot(vals[1]),
        _ => {
            let m = vals.iter().fold(0.0f64, |a, v| a.max(v.abs()));
            if m == 0.0 {
                0.0
            } else {
                m * vals.iter().map(|v| (v / m) * (v / m)).sum::<f64>().sqrt()
            }
        }
    }
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "factorial", &args, 1)?;
    if matches!(a[0].payload, Payload::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = to_bigint(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(vm.bigint(product_range(1, n)))
}

/// The product lo*(lo+1)*...*hi by binary splitting (fast for big factorials).
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for k in lo..=hi {
            p *= k;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult {
    let mut g = BigInt::zero();
    for o in args.positional() {
        let v = to_bigint(vm, o)?;
        g = g.gcd(&v);
    }
    Ok(vm.bigint(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult {
    let mut l = BigInt::one();
    for o in args.positional() {
        let v = to_bigint(vm, o)?;
        if v.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&v);
    }
    Ok(vm.bigint(l.abs()))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "isqrt", &args, 1)?;
    let n = to_bigint(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.bigint(n.sqrt()))
}

fn comb_perm(vm: &mut Vm, args: Args, name: &str, is_comb: bool) -> PyResult {
    let pos = args.positional();
    let max = 2;
    if pos.len() < (if is_comb { 2 } else { 1 }) || pos.len() > max {
        return Err(vm.type_error(format!(
            "{name} expected {} arguments, got {}",
            if is_comb { "2" } else { "at most 2" },
            pos.len()
        )));
    }
    let n = to_bigint(vm, &pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    let k = match pos.get(1) {
        Some(k) if !matches!(k.payload, Payload::NoneValue) => to_bigint(vm, k)?,
        _ => n.clone(),
    };
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.int(0));
    }
    let (Some(n), Some(mut k)) = (n.to_u64(), k.to_u64()) else {
        return Err(vm.overflow_error(format!("{name}() arguments too large")));
    };
    if is_comb {
        k = k.min(n - k);
        let mut r = BigInt::one();
        for i in 0..k {
            r = r * (n - i) / (i + 1);
        }
        Ok(vm.bigint(r))
    } else {
        Ok(vm.bigint(product_range(n - k + 1, n)))
    }
}

fn comb(vm: &mut Vm, args: Args) -> PyResult {
    comb_perm(vm, args, "comb", true)
}
fn perm(vm: &mut Vm, args: Args) -> PyResult {
    comb_perm(vm, args, "perm", false)
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let a = to_f64(vm, &pos[0])?;
    let b = to_f64(vm, &pos[1])?;
    let rel = match args.kwarg("rel_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.bool(false));
    }
    let diff = (b - a).abs();
    let r = (diff <= (rel * b).abs()) || (diff <= (rel * a).abs()) || diff <= abs;
    Ok(vm.bool(r))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "isfinite", &args, 1)?;
    let x = to_f64(vm, &a[0])?;
    Ok(vm.bool(x.is_finite()))
}
fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "isinf", &args, 1)?;
    let x = to_f64(vm, &a[0])?;
    Ok(vm.bool(x.is_infinite()))
}
fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "isnan", &args, 1)?;
    let x = to_f64(vm, &a[0])?;
    Ok(vm.bool(x.is_nan()))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "copysign", &args, 2)?;
    let x = to_f64(vm, &a[0])?;
    let y = to_f64(vm, &a[1])?;
    Ok(vm.float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "fmod", &args, 2)?;
    let x = to_f64(vm, &a[0])?;
    let y = to_f64(vm, &a[1])?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.float(r))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "modf", &args, 1)?;
    let x = to_f64(vm, &a[0])?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        // C's modf gives the fractional part the sign of x, zero included (-0.0 for -5.0).
        (x.fract().copysign(x), x.trunc())
    };
    let items = vec![vm.float(f), vm.float(i)];
    Ok(vm.tuple(items))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "frexp", &args, 1)?;
    let x = to_f64(vm, &a[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            // subnormal: scale up first
            let y = x * 2f64.powi(64);
            let b = y.to_bits();
            let e = ((b >> 52) & 0x7ff) as i64 - 1022 - 64;
            let m = f64::from_bits((b & !(0x7ffu64 << 52)) | (1022u64 << 52));
            (m, e)
        } else {
            let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
            (m, exp - 1022)
        }
    };
    let items = vec![vm.float(m), vm.int(e)];
    Ok(vm.tuple(items))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "ldexp", &args, 2)?;
    let x = to_f64(vm, &a[0])?;
    if matches!(a[1].payload, Payload::Float(_)) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = to_bigint(vm, &a[1])?;
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.float(x));
    }
    let e = e.clamp(-5000, 5000) as i32;
    let mut r = x;
    let mut k = e;
    while k > 1000 {
        r *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        r *= 2f64.powi(-1000);
        k += 1000;
    }
    r *= 2f64.powi(k);
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(vm.float(r))
}

/// `fsum`: Shewchuk's exact partial sums, as `math_fsum`.
fn fsum(vm: &mut Vm, args: Args) -> PyResult {
    let a = nargs(vm, "fsum", &args, 1)?;
    let items = vm.iterate(&a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for it in &items {
        let mut x = to_f64(vm, it)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_infinite() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        // Zeros are not kept (so `fsum([-0.0])` is `0.0`, as in CPython's msum).
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.float(special));
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(0) {
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
    }
    Ok(vm.float(hi))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let items = vm.iterate(&pos[0])?;
    let mut acc = match args.kwarg("start") {
        Some(s) => s.clone(),
        None => vm.int(1),
    };
    for it in &items {
        acc = vm.binary_op(&acc, it, crate::bytecode::BinaryOperator::Multiply, false)?;
    }
    Ok(acc)
}
