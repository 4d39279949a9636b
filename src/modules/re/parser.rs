//! Pattern syntax → [`Node`] tree, as `Lib/re/_parser.py` reads it: the same escapes,
//! the same quantifier and group forms, and the same `re.error` messages at the same
//! positions. Flags are resolved while parsing (global flags can only open a pattern, so
//! they are known before the first item), and each flag-sensitive node keeps the flags
//! in force where it was written, so `(?i:a)b` needs no scoping later.

use super::{ASCII, DEBUG, DOTALL, IGNORECASE, LOCALE, MULTILINE, TEMPLATE, UNICODE, VERBOSE};

/// The upper bound of a repeat count (`MAXREPEAT`): `*` and `+` use it as "no limit".
pub const MAXREPEAT: u32 = u32::MAX;
/// `MAXGROUPS` of `_sre`, on a 64-bit build.
const MAXGROUPS: usize = (i32::MAX / 2) as usize;
/// The deepest group nesting CPython's parser (two Python frames per level) reaches
/// under the default recursion limit from a script's top level; deeper raises
/// `RecursionError` there, and here it bounds the recursion of parser and compiler.
const MAX_DEPTH: usize = 495;

/// A character class item (`_parser`'s `IN` list entries).
#[derive(Clone, Debug, PartialEq)]
pub enum ClassItem {
    Lit(u32),
    Range(u32, u32),
    /// `\d \D \s \S \w \W` inside or outside a set.
    Cat(Category),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Category {
    Digit(bool),
    Space(bool),
    Word(bool),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    Beginning,
    BeginningString,
    End,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// A parsed pattern. `flags` fields are the flags in force at that point.
#[derive(Clone, Debug)]
pub enum Node {
    Lit(u32, u32),
    NotLit(u32, u32),
    Any(u32),
    Set {
        negate: bool,
        items: Vec<ClassItem>,
        flags: u32,
    },
    At(At, u32),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Assert {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Backref(usize, u32),
    Cond(usize, Box<Node>, Option<Box<Node>>),
}

/// A syntax error: the message and the position in the pattern (`None` when CPython
/// gives none, as for the compiler's look-behind check).
/// Which Python exception a [`ParseError`] becomes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ErrorKind {
    Re,
    Overflow,
    Value,
    /// Groups nested deeper than CPython's recursive parser can go.
    Recursion,
}

#[derive(Debug)]
pub struct ParseError {
    pub msg: String,
    pub pos: Option<usize>,
    pub kind: ErrorKind,
}

pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

type PResult<T> = Result<T, ParseError>;

/// The tokenizer of `_parser`: one character, or a backslash and the character after it.
struct Source<'a> {
    chars: &'a [u32],
    is_text: bool,
    index: usize,
    next: Option<(u32, Option<u32>)>,
}

fn err(msg: impl Into<String>, pos: usize) -> ParseError {
    ParseError {
        msg: msg.into(),
        pos: Some(pos),
        kind: ErrorKind::Re,
    }
}

fn tok_len(t: (u32, Option<u32>)) -> usize {
    if t.1.is_some() {
        2
    } else {
        1
    }
}

fn tok_str(t: (u32, Option<u32>)) -> String {
    let mut s = String::new();
    push_char(&mut s, t.0);
    if let Some(c) = t.1 {
        push_char(&mut s, c);
    }
    s
}

fn push_char(s: &mut String, c: u32) {
    s.push(char::from_u32(c).unwrap_or('\u{fffd}'));
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

fn ch(c: char) -> u32 {
    c as u32
}

impl<'a> Source<'a> {
    fn new(chars: &'a [u32], is_text: bool) -> PResult<Source<'a>> {
        let mut s = Source {
            chars,
            is_text,
            index: 0,
            next: None,
        };
        s.advance()?;
        Ok(s)
    }

    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == ch('\\') {
            let Some(&d) = self.chars.get(self.index + 1) else {
                return Err(err("bad escape (end of pattern)", self.chars.len() - 1));
            };
            self.index += 2;
            self.next = Some((c, Some(d)));
        } else {
            self.index += 1;
            self.next = Some((c, None));
        }
        Ok(())
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, tok_len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    fn get(&mut self) -> PResult<Option<(u32, Option<u32>)>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn next_is(&self, c: char) -> bool {
        self.next == Some((ch(c), None))
    }

    /// The next token when it is a plain character.
    fn next_plain(&self) -> Option<u32> {
        match self.next {
            Some((c, None)) => Some(c),
            _ => None,
        }
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next_is(c) {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg: String = msg.into();
        if !self.is_text {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect();
        }
        err(msg, self.tell().saturating_sub(offset))
    }

    fn getwhile(&mut self, n: usize, pred: fn(u32) -> bool) -> PResult<Vec<u32>> {
        let mut out = Vec::new();
        for _ in 0..n {
            match self.next_plain() {
                Some(c) if pred(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        let mut len = 0;
        loop {
            let c = self.next;
            self.advance()?;
            let Some(c) = c else {
                if len == 0 {
                    return Err(self.error(format!("missing {name}"), 0));
                }
                return Err(self.error(format!("missing {terminator}, unterminated name"), len));
            };
            if c == (ch(terminator), None) {
                if len == 0 {
                    return Err(self.error(format!("missing {name}"), 1));
                }
                break;
            }
            result.push_str(&tok_str(c));
            len += tok_len(c);
        }
        Ok(result)
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            return Err(self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    it.all(unicode_ident::is_xid_continue)
}

/// `repr()` of a str (group names in messages): the VM's own.
pub fn py_repr(s: &str) -> String {
    crate::vm::text::str_repr(s)
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Width of each closed group; `None` while it is open.
    group_widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// Conditional references to groups not yet seen: checked at the end.
    groupref_pos: Vec<(usize, usize)>,
    /// A look-behind of variable width was seen: CPython's compiler rejects it, so
    /// only once the whole pattern has parsed.
    variable_lookbehind: bool,
    /// Groups open around the current position.
    depth: usize,
}

impl State {
    fn groups(&self) -> usize {
        self.group_widths.len()
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.group_widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, source: &Source) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

const SPECIAL: &str = ".\\[{()*+?^$|";

/// Parses `pattern` (code points of a str, or bytes) with the `flags` argument.
pub fn parse(pattern: &[u32], is_text: bool, flags: u32) -> PResult<Parsed> {
    let mut source = Source::new(pattern, is_text)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        group_widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
        variable_lookbehind: false,
        depth: 0,
    };
    let verbose = flags & VERBOSE != 0;
    let node = parse_sub(&mut source, &mut state, verbose, 0, flags)?;
    let flags = fix_flags(is_text, state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(err(format!("invalid group reference {g}"), pos));
        }
    }
    if state.variable_lookbehind {
        return Err(ParseError {
            msg: "look-behind requires fixed-width pattern".into(),
            pos: None,
            kind: ErrorKind::Re,
        });
    }
    let mut node = node;
    apply_global(&mut node, flags);
    Ok(Parsed {
        node,
        flags,
        groups: state.groups(),
        names: state.names,
    })
}

/// Adds the pattern's type flag (UNICODE for str patterns) to every node that has none:
/// `fix_flags` decides it only after parsing.
fn apply_global(node: &mut Node, global: u32) {
    let type_flags = global & (ASCII | LOCALE | UNICODE);
    let fix = |f: &mut u32| {
        if *f & (ASCII | LOCALE | UNICODE) == 0 {
            *f |= type_flags;
        }
    };
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n {
            Node::Lit(_, f) | Node::NotLit(_, f) | Node::Any(f) | Node::At(_, f) => fix(f),
            Node::Backref(_, f) => fix(f),
            Node::Set { flags, .. } => fix(flags),
            Node::Concat(v) | Node::Alt(v) => stack.extend(v.iter_mut()),
            Node::Group(_, b) | Node::Atomic(b) => stack.push(b),
            Node::Repeat { node, .. } | Node::Assert { node, .. } => stack.push(node),
            Node::Cond(_, y, n) => {
                stack.push(y);
                if let Some(n) = n {
                    stack.push(n);
                }
            }
        }
    }
}

fn fix_flags(is_text: bool, mut flags: u32) -> PResult<u32> {
    let value_error = |m: &str| ParseError {
        msg: m.to_string(),
        pos: None,
        kind: ErrorKind::Value,
    };
    if is_text {
        if flags & LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// `_parse_sub`: alternatives separated by `|`.
fn parse_sub(
    source: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    flags: u32,
) -> PResult<Node> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        // Global flags open the pattern, so later top-level branches see them all.
        let f = if nested == 0 { state.flags } else { flags };
        items.push(parse_seq(source, state, verbose, nested + 1, first, f)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Node::Concat(Vec::new())));
    }
    Ok(Node::Alt(items))
}

/// `_parse`: a sequence of items up to `|`, `)` or the end.
fn parse_seq(
    source: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
    flags: u32,
) -> PResult<Node> {
    let mut flags = flags;
    let mut items: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if this == (ch('|'), None) || this == (ch(')'), None) {
            break;
        }
        source.advance()?;
        if verbose {
            if this.1.is_none() && matches!(this.0, 0x20 | 0x09..=0x0d) {
                continue;
            }
            if this == (ch('#'), None) {
                loop {
                    match source.get()? {
                        None => break,
                        Some(t) if t == (ch('\n'), None) => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        let (c, esc) = this;
        if let Some(e) = esc {
            items.push(escape(source, state, e, flags)?);
            continue;
        }
        let special = char::from_u32(c).is_some_and(|x| SPECIAL.contains(x));
        if !special {
            items.push(Node::Lit(c, flags));
            continue;
        }
        match char::from_u32(c).unwrap_or('\0') {
            '[' => items.push(parse_set(source, flags)?),
            '?' | '*' | '+' | '{' => {
                let here = source.tell();
                let (min, max) = match c {
                    0x3f => (0, 1),
                    0x2a => (0, MAXREPEAT),
                    0x2b => (1, MAXREPEAT),
                    _ => {
                        if source.next_is('}') {
                            items.push(Node::Lit(c, flags));
                            continue;
                        }
                        let lo = source.getwhile(usize::MAX, is_digit)?;
                        let hi = if source.matches(',')? {
                            Some(source.getwhile(usize::MAX, is_digit)?)
                        } else {
                            None
                        };
                        if !source.matches('}')? {
                            items.push(Node::Lit(c, flags));
                            source.seek(here)?;
                            continue;
                        }
                        let hi = hi.unwrap_or_else(|| lo.clone());
                        let number = |d: &[u32]| -> PResult<u32> {
                            let mut v: u64 = 0;
                            for &x in d {
                                v = v.saturating_mul(10).saturating_add((x - 0x30) as u64);
                            }
                            if v >= MAXREPEAT as u64 {
                                return Err(ParseError {
                                    msg: "the repetition number is too large".into(),
                                    pos: None,
                                    kind: ErrorKind::Overflow,
                                });
                            }
                            Ok(v as u32)
                        };
                        let min = if lo.is_empty() { 0 } else { number(&lo)? };
                        let max = if hi.is_empty() {
                            MAXREPEAT
                        } else {
                            number(&hi)?
                        };
                        if max < min {
                            return Err(source.error(
                                "min repeat greater than max repeat",
                                source.tell() - here,
                            ));
                        }
                        (min, max)
                    }
                };
                let offset = source.tell() - here + 1;
                let item = match items.pop() {
                    None | Some(Node::At(..)) => {
                        return Err(source.error("nothing to repeat", offset));
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(source.error("multiple repeat", offset));
                    }
                    Some(n) => n,
                };
                let kind = if source.matches('?')? {
                    RepeatKind::Lazy
                } else if source.matches('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                items.push(Node::Repeat {
                    min,
                    max,
                    kind,
                    node: Box::new(item),
                });
            }
            '.' => items.push(Node::Any(flags)),
            '^' => items.push(Node::At(At::Beginning, flags)),
            '$' => items.push(Node::At(At::End, flags)),
            '(' => {
                let start = source.tell() - 1;
                match parse_group(source, state, verbose, nested, flags, start)? {
                    GroupResult::Node(n) => items.push(n),
                    GroupResult::Nothing => {}
                    GroupResult::GlobalFlags => {
                        if !first || !items.is_empty() {
                            return Err(source.error(
                                "global flags not at the start of the expression",
                                source.tell() - start,
                            ));
                        }
                        verbose = state.flags & VERBOSE != 0;
                        flags = state.flags;
                    }
                }
            }
            _ => items.push(Node::Lit(c, flags)),
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Node::Concat(Vec::new())));
    }
    Ok(Node::Concat(items))
}

enum GroupResult {
    Node(Node),
    Nothing,
    GlobalFlags,
}

fn parse_group(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    flags: u32,
    start: usize,
) -> PResult<GroupResult> {
    if state.depth >= MAX_DEPTH {
        return Err(ParseError {
            msg: "maximum recursion depth exceeded".into(),
            pos: None,
            kind: ErrorKind::Recursion,
        });
    }
    state.depth += 1;
    let result = parse_group_body(source, state, verbose, nested, flags, start);
    state.depth -= 1;
    result
}

fn parse_group_body(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    flags: u32,
    start: usize,
) -> PResult<GroupResult> {
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut sub_flags = flags;
    let mut sub_verbose = verbose;
    if source.matches('?')? {
        let Some(c) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        let cc = if c.1.is_none() {
            char::from_u32(c.0).unwrap_or('\0')
        } else {
            '\\'
        };
        match cc {
            'P' => {
                if source.matches('<')? {
                    let n = source.getuntil('>', "group name")?;
                    source.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if source.matches('=')? {
                    let n = source.getuntil(')', "group name")?;
                    source.check_group_name(&n, 1)?;
                    let nlen = n.chars().count() + 1;
                    let Some(gid) = state.names.iter().find(|(k, _)| *k == n).map(|x| x.1) else {
                        return Err(
                            source.error(format!("unknown group name {}", py_repr(&n)), nlen)
                        );
                    };
                    if !state.check_group(gid) {
                        return Err(source.error("cannot refer to an open group", nlen));
                    }
                    state.check_lookbehind_group(gid, source)?;
                    return Ok(GroupResult::Node(Node::Backref(gid, flags)));
                } else {
                    let Some(c) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    return Err(source.error(
                        format!("unknown extension ?P{}", tok_str(c)),
                        tok_len(c) + 2,
                    ));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if source.next.is_none() {
                        return Err(
                            source.error("missing ), unterminated comment", source.tell() - start)
                        );
                    }
                    if source.get()? == Some((ch(')'), None)) {
                        break;
                    }
                }
                return Ok(GroupResult::Nothing);
            }
            '=' | '!' | '<' => {
                let mut behind = false;
                let mut kind = cc;
                let mut saved_lb = None;
                if cc == '<' {
                    let Some(c2) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    if c2 != (ch('='), None) && c2 != (ch('!'), None) {
                        return Err(source.error(
                            format!("unknown extension ?<{}", tok_str(c2)),
                            tok_len(c2) + 2,
                        ));
                    }
                    kind = char::from_u32(c2.0).unwrap_or('=');
                    behind = true;
                    saved_lb = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let p = parse_sub(source, state, verbose, nested + 1, flags)?;
                if let Some(None) = saved_lb {
                    state.lookbehind_groups = None;
                }
                if !source.matches(')')? {
                    return Err(
                        source.error("missing ), unterminated subpattern", source.tell() - start)
                    );
                }
                if behind {
                    let (lo, hi) = width(&p, &state.group_widths);
                    state.variable_lookbehind |= lo != hi;
                }
                return Ok(GroupResult::Node(Node::Assert {
                    behind,
                    negate: kind == '!',
                    node: Box::new(p),
                }));
            }
            '(' => {
                let condname = source.getuntil(')', "group name")?;
                let clen = condname.chars().count() + 1;
                let condgroup = if is_identifier(&condname) {
                    let Some(g) = state
                        .names
                        .iter()
                        .find(|(k, _)| *k == condname)
                        .map(|x| x.1)
                    else {
                        return Err(source
                            .error(format!("unknown group name {}", py_repr(&condname)), clen));
                    };
                    g
                } else {
                    let bad = || {
                        source.error(
                            format!("bad character in group name {}", py_repr(&condname)),
                            clen,
                        )
                    };
                    let t = condname.trim();
                    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '_') {
                        return Err(bad());
                    }
                    let digits: String = t.chars().filter(|c| *c != '_').collect();
                    let Ok(g) = digits.parse::<u64>() else {
                        if digits.chars().all(|c| c.is_ascii_digit()) && !digits.is_empty() {
                            return Err(
                                source.error(format!("invalid group reference {digits}"), clen)
                            );
                        }
                        return Err(bad());
                    };
                    if g == 0 {
                        return Err(source.error("bad group number", clen));
                    }
                    if g as usize >= MAXGROUPS {
                        return Err(source.error(format!("invalid group reference {g}"), clen));
                    }
                    let g = g as usize;
                    if !state.groupref_pos.iter().any(|x| x.0 == g) {
                        state.groupref_pos.push((g, source.tell() - clen));
                    }
                    g
                };
                state.check_lookbehind_group(condgroup, source)?;
                let yes = parse_seq(source, state, verbose, nested + 1, false, flags)?;
                let no = if source.matches('|')? {
                    let n = parse_seq(source, state, verbose, nested + 1, false, flags)?;
                    if source.next_is('|') {
                        return Err(
                            source.error("conditional backref with more than two branches", 0)
                        );
                    }
                    Some(Box::new(n))
                } else {
                    None
                };
                if !source.matches(')')? {
                    return Err(
                        source.error("missing ), unterminated subpattern", source.tell() - start)
                    );
                }
                return Ok(GroupResult::Node(Node::Cond(condgroup, Box::new(yes), no)));
            }
            '>' => {
                capture = false;
                atomic = true;
            }
            c if flag_of(c).is_some() || c == '-' => match parse_flags(source, state, cc)? {
                None => return Ok(GroupResult::GlobalFlags),
                Some((add, del)) => {
                    let mut f = flags | add;
                    if add & (ASCII | LOCALE | UNICODE) != 0 {
                        f = (f & !(ASCII | LOCALE | UNICODE)) | add;
                    }
                    sub_flags = f & !del;
                    sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
                    capture = false;
                }
            },
            _ => {
                return Err(
                    source.error(format!("unknown extension ?{}", tok_str(c)), tok_len(c) + 1)
                );
            }
        }
    }
    let group = if capture {
        let gid = state.groups();
        state.group_widths.push(None);
        if let Some(n) = &name {
            if let Some((_, old)) = state.names.iter().find(|(k, _)| k == n) {
                return Err(source.error(
                    format!(
                        "redefinition of group name {} as group {gid}; was group {old}",
                        py_repr(n)
                    ),
                    n.chars().count() + 1,
                ));
            }
            state.names.push((n.clone(), gid));
        }
        Some(gid)
    } else {
        None
    };
    let p = parse_sub(source, state, sub_verbose, nested + 1, sub_flags)?;
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(g) = group {
        state.group_widths[g] = Some(width(&p, &state.group_widths));
        return Ok(GroupResult::Node(Node::Group(g, Box::new(p))));
    }
    if atomic {
        return Ok(GroupResult::Node(Node::Atomic(Box::new(p))));
    }
    // A non-capturing group: wrap in a one-item Concat so a following quantifier applies
    // to the whole group.
    Ok(GroupResult::Node(match p {
        Node::Concat(v) => Node::Concat(v),
        other => Node::Concat(vec![other]),
    }))
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

fn tok_char(t: Option<(u32, Option<u32>)>) -> Option<char> {
    match t {
        Some((c, None)) => char::from_u32(c),
        Some(_) => Some('\\'),
        None => None,
    }
}

/// `_parse_flags`: `None` for global flags `(?aiLmsux)`, else the added and removed flags.
fn parse_flags(source: &mut Source, state: &mut State, first: char) -> PResult<Option<(u32, u32)>> {
    let type_flags = ASCII | LOCALE | UNICODE;
    let mut add = 0;
    let mut del = 0;
    let mut c = first;
    let mut tok_len_of = 1;
    if c != '-' {
        loop {
            let flag = flag_of(c).unwrap_or(0);
            if source.is_text && c == 'L' {
                return Err(source.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            if !source.is_text && c == 'u' {
                return Err(source.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & type_flags != 0 && add & type_flags != flag {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let t = source.get()?;
            let Some(n) = tok_char(t) else {
                return Err(source.error("missing -, : or )", 0));
            };
            tok_len_of = t.map_or(1, tok_len);
            c = n;
            if t.is_some_and(|t| t.1.is_none()) && ")-:".contains(c) {
                break;
            }
            if flag_of(c).is_none() || t.is_some_and(|t| t.1.is_some()) {
                let msg = if c.is_alphabetic() && t.is_some_and(|t| t.1.is_none()) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg, tok_len_of));
            }
        }
    }
    if c == ')' {
        state.flags |= add;
        return Ok(None);
    }
    if add & (DEBUG | TEMPLATE) != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if c == '-' {
        let t = source.get()?;
        let Some(n) = tok_char(t) else {
            return Err(source.error("missing flag", 0));
        };
        c = n;
        if flag_of(c).is_none() || t.is_some_and(|t| t.1.is_some()) {
            let msg = if c.is_alphabetic() && t.is_some_and(|t| t.1.is_none()) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg, t.map_or(1, tok_len)));
        }
        loop {
            let flag = flag_of(c).unwrap_or(0);
            if flag & type_flags != 0 {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            let t = source.get()?;
            let Some(n) = tok_char(t) else {
                return Err(source.error("missing :", 0));
            };
            c = n;
            if t.is_some_and(|t| t.1.is_none()) && c == ':' {
                break;
            }
            if flag_of(c).is_none() || t.is_some_and(|t| t.1.is_some()) {
                let msg = if c.is_alphabetic() && t.is_some_and(|t| t.1.is_none()) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(source.error(msg, t.map_or(1, tok_len)));
            }
        }
    }
    let _ = tok_len_of;
    if del & (DEBUG | TEMPLATE) != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// The category named by `\d`, `\w`... (`CATEGORIES` of `_parser`).
fn category(e: u32) -> Option<Category> {
    Some(match char::from_u32(e)? {
        'd' => Category::Digit(false),
        'D' => Category::Digit(true),
        's' => Category::Space(false),
        'S' => Category::Space(true),
        'w' => Category::Word(false),
        'W' => Category::Word(true),
        _ => return None,
    })
}

/// The control escapes `\a \b \f \n \r \t \v \\` (`\b` only inside a class).
fn simple_escape(e: u32) -> Option<u32> {
    Some(match char::from_u32(e)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 0x5c,
        _ => return None,
    })
}

fn hex_value(d: &[u32]) -> u32 {
    d.iter().fold(0u32, |v, &c| {
        v * 16 + char::from_u32(c).and_then(|c| c.to_digit(16)).unwrap_or(0)
    })
}

/// Text of an escape for messages: the backslash, the letter and the digits read.
fn escape_text(e: u32, rest: &[u32]) -> String {
    let mut s = String::from("\\");
    push_char(&mut s, e);
    for &c in rest {
        push_char(&mut s, c);
    }
    s
}

/// `\x`, `\u`, `\U` escapes, shared by both contexts; `None` if `e` is none of them.
fn hex_escape(source: &mut Source, e: u32) -> PResult<Option<u32>> {
    let n = match char::from_u32(e) {
        Some('x') => 2,
        Some('u') if source.is_text => 4,
        Some('U') if source.is_text => 8,
        _ => return Ok(None),
    };
    let digits = source.getwhile(n, is_hex)?;
    let text = escape_text(e, &digits);
    if digits.len() != n {
        return Err(source.error(format!("incomplete escape {text}"), digits.len() + 2));
    }
    let v = hex_value(&digits);
    if v > 0x10ffff {
        return Err(source.error(format!("bad escape {text}"), digits.len() + 2));
    }
    Ok(Some(v))
}

/// `_class_escape`: an escape inside `[...]`.
fn class_escape(source: &mut Source, e: u32) -> PResult<ClassItem> {
    if let Some(c) = simple_escape(e) {
        return Ok(ClassItem::Lit(c));
    }
    if let Some(cat) = category(e) {
        return Ok(ClassItem::Cat(cat));
    }
    if let Some(v) = hex_escape(source, e)? {
        return Ok(ClassItem::Lit(v));
    }
    if e == ch('N') && source.is_text {
        return Err(source.error("bad escape \\N", 2));
    }
    if is_oct(e) {
        let more = source.getwhile(2, is_oct)?;
        let text = escape_text(e, &more);
        let v = std::iter::once(e)
            .chain(more.iter().copied())
            .fold(0u32, |v, c| v * 8 + (c - 0x30));
        if v > 0o377 {
            return Err(source.error(
                format!("octal escape value {text} outside of range 0-0o377"),
                more.len() + 2,
            ));
        }
        return Ok(ClassItem::Lit(v));
    }
    if is_digit(e) || is_ascii_letter(e) {
        return Err(source.error(format!("bad escape {}", escape_text(e, &[])), 2));
    }
    Ok(ClassItem::Lit(e))
}

/// `_escape`: an escape outside a class.
fn escape(source: &mut Source, state: &mut State, e: u32, flags: u32) -> PResult<Node> {
    if let Some(cat) = category(e) {
        return Ok(Node::Set {
            negate: false,
            items: vec![ClassItem::Cat(cat)],
            flags,
        });
    }
    let at = match char::from_u32(e) {
        Some('A') => Some(At::BeginningString),
        Some('Z') => Some(At::EndString),
        Some('b') => Some(At::Boundary),
        Some('B') => Some(At::NonBoundary),
        _ => None,
    };
    if let Some(at) = at {
        return Ok(Node::At(at, flags));
    }
    if let Some(c) = simple_escape(e) {
        return Ok(Node::Lit(c, flags));
    }
    if let Some(v) = hex_escape(source, e)? {
        return Ok(Node::Lit(v, flags));
    }
    if e == ch('N') && source.is_text {
        return Err(source.error("bad escape \\N", 2));
    }
    if e == ch('0') {
        let more = source.getwhile(2, is_oct)?;
        let v = more.iter().fold(0u32, |v, &c| v * 8 + (c - 0x30));
        return Ok(Node::Lit(v, flags));
    }
    if is_digit(e) {
        let mut digits = vec![e];
        if let Some(d) = source.next_plain().filter(|&d| is_digit(d)) {
            source.advance()?;
            digits.push(d);
            if is_oct(e) && is_oct(d) {
                if let Some(d3) = source.next_plain().filter(|&d| is_oct(d)) {
                    source.advance()?;
                    digits.push(d3);
                    let v = digits.iter().fold(0u32, |v, &c| v * 8 + (c - 0x30));
                    if v > 0o377 {
                        let text = escape_text(e, &digits[1..]);
                        return Err(source.error(
                            format!("octal escape value {text} outside of range 0-0o377"),
                            4,
                        ));
                    }
                    return Ok(Node::Lit(v, flags));
                }
            }
        }
        let group = digits
            .iter()
            .fold(0usize, |v, &c| v * 10 + (c - 0x30) as usize);
        let len = digits.len() + 1;
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(source.error("cannot refer to an open group", len));
            }
            state.check_lookbehind_group(group, source)?;
            return Ok(Node::Backref(group, flags));
        }
        return Err(source.error(format!("invalid group reference {group}"), len - 1));
    }
    if is_ascii_letter(e) {
        return Err(source.error(format!("bad escape {}", escape_text(e, &[])), 2));
    }
    Ok(Node::Lit(e, flags))
}

/// A `[...]` set, after its `[`.
fn parse_set(source: &mut Source, flags: u32) -> PResult<Node> {
    let here = source.tell() - 1;
    let negate = source.matches('^')?;
    let mut items: Vec<ClassItem> = Vec::new();
    let mut any = false;
    loop {
        let Some(this) = source.get()? else {
            return Err(source.error("unterminated character set", source.tell() - here));
        };
        if this == (ch(']'), None) && any {
            break;
        }
        any = true;
        let code1 = match this.1 {
            Some(e) => class_escape(source, e)?,
            None => ClassItem::Lit(this.0),
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if that == (ch(']'), None) {
                items.push(code1);
                items.push(ClassItem::Lit(ch('-')));
                break;
            }
            let code2 = match that.1 {
                Some(e) => class_escape(source, e)?,
                None => ClassItem::Lit(that.0),
            };
            let bad = |source: &Source| {
                source.error(
                    format!("bad character range {}-{}", tok_str(this), tok_str(that)),
                    tok_len(this) + 1 + tok_len(that),
                )
            };
            let (ClassItem::Lit(lo), ClassItem::Lit(hi)) = (code1, code2) else {
                return Err(bad(source));
            };
            if hi < lo {
                return Err(bad(source));
            }
            items.push(ClassItem::Range(lo, hi));
        } else {
            items.push(code1);
        }
    }
    let mut uniq: Vec<ClassItem> = Vec::new();
    for it in items {
        if !uniq.contains(&it) {
            uniq.push(it);
        }
    }
    if let [ClassItem::Lit(c)] = uniq[..] {
        return Ok(if negate {
            Node::NotLit(c, flags)
        } else {
            Node::Lit(c, flags)
        });
    }
    Ok(Node::Set {
        negate,
        items: uniq,
        flags,
    })
}

/// `getwidth`: the (min, max) number of characters `node` matches, saturating.
pub fn width(node: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let maxw = MAXREPEAT as u64;
    let r = match node {
        Node::Lit(..) | Node::NotLit(..) | Node::Any(_) | Node::Set { .. } => (1, 1),
        Node::At(..) | Node::Assert { .. } => (0, 0),
        Node::Concat(v) => v.iter().fold((0, 0), |(a, b), n| {
            let (x, y) = width(n, groups);
            (a + x, b + y)
        }),
        Node::Alt(v) => {
            let mut lo = maxw - 1;
            let mut hi = 0;
            for n in v {
                let (x, y) = width(n, groups);
                lo = lo.min(x);
                hi = hi.max(y);
            }
            (lo, hi)
        }
        Node::Group(_, n) | Node::Atomic(n) => width(n, groups),
        Node::Repeat { min, max, node, .. } => {
            let (x, y) = width(node, groups);
            (x.saturating_mul(*min as u64), y.saturating_mul(*max as u64))
        }
        Node::Backref(g, _) => groups.get(*g).copied().flatten().unwrap_or((0, 0)),
        Node::Cond(_, yes, no) => {
            let (x, y) = width(yes, groups);
            match no {
                Some(n) => {
                    let (a, b) = width(n, groups);
                    (x.min(a), y.max(b))
                }
                None => (0, y),
            }
        }
    };
    (r.0.min(maxw - 1), r.1.min(maxw))
}
