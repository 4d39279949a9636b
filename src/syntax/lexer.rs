//! Source text to the token stream the grammar consumes.
//!
//! Two layers. `Raw` is a logos enum for the context-free tokens (names, numbers, operators,
//! the opening of a string); everything that needs state lives in [`Lexer`]: indentation
//! (INDENT/DEDENT against a stack of widths), implicit line joining inside brackets,
//! backslash continuations, comment and blank-line skipping, and hand-scanned string bodies
//! (logos cannot express "up to the matching quote, honouring escapes" without unbounded
//! greedy patterns). Numbers are re-scanned by hand too: logos 0.14 can hand back a
//! backtracked slice (`0x` as a decimal), and CPython's "invalid ... literal" positions need
//! the exact point where a literal goes wrong.
//!
//! Indentation keeps two widths per level, tabs to multiples of 8 and tabs as 1, exactly as
//! CPython does: if they disagree about how two lines compare, it is a TabError.
//!
//! Invariants the parser relies on:
//! * Token positions are byte offsets into the *whole* source, even when lexing a sub-range
//!   (an f-string field), so one line table converts every position in the file.
//! * A logical line that holds tokens always ends with exactly one NEWLINE; blank and
//!   comment-only lines produce nothing; at end of input the stack is unwound with DEDENTs.
//! * The tokenizer stops at its first error and returns the tokens before it together with
//!   the error: CPython lets tokenizer errors win over parser errors, so the caller decides.
//! * Soft keywords (`match`, `case`) and the parenthesised form of `with` are recognised by a
//!   pass over the finished token list ([`mark_soft_keywords`]), where a whole logical line is
//!   visible; the grammar then stays LR(1).

use super::SyntaxErrorKind;
use logos::Logos;
use num_bigint::BigInt;

/// A string literal as the lexer delivers it. Plain and bytes literals arrive decoded;
/// f-strings arrive as a source range, parsed later by the parser (fields hold expressions).
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    /// Byte range of the body (between the quotes) and whether the literal is raw.
    FStr {
        start: usize,
        end: usize,
        raw: bool,
    },
}

/// One token. Keywords and operators are unit variants; the grammar maps them to strings.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    /// A character no token starts with (`$`, `?`): the parser rejects it as `invalid syntax`.
    Unknown,
    /// Mode tokens: the first token decides what the single start symbol parses.
    StartModule,
    StartExpr,
    // keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// Soft keywords, produced only by [`mark_soft_keywords`].
    Match,
    Case,
    /// The `(` of `with (a as b, c):`, produced only by [`mark_soft_keywords`].
    WithParen,
    // operators and delimiters
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    CircumFlex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

/// `(start, token, end)` with byte offsets, as lalrpop wants it.
pub type Spanned = (usize, Tok, usize);

/// A tokenizer failure, positioned as CPython positions it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub msg: String,
    /// SyntaxError, IndentationError or TabError.
    pub kind: SyntaxErrorKind,
    /// Byte offsets of the caret range.
    pub pos: usize,
    pub end: usize,
    /// Optional explicit (line, 1-based offset) overriding `pos` (CPython's odd positions for
    /// indentation errors).
    pub line_offset: Option<(u32, u32)>,
    /// Raised by the parser's string handling rather than the tokenizer (the line keeps
    /// its newline).
    pub from_parser: bool,
}

/// What [`tokenize`] found besides tokens.
#[derive(Debug, Default)]
pub struct LexOutcome {
    pub tokens: Vec<Spanned>,
    pub error: Option<LexError>,
    /// Brackets still open at end of input: (char, byte offset), innermost last.
    pub open_brackets: Vec<(char, usize)>,
    /// The input ended inside an unterminated triple-quoted string.
    pub eof_in_triple_string: bool,
}

#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(skip r"[ \t\x0C]+")]
enum Raw {
    #[regex(r"#[^\r\n]*")]
    Comment,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[a-zA-Z_\u{80}-\u{10FFFF}][a-zA-Z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"(?i:[rbuf]|rb|br|fr|rf)?['\x22]")]
    StrStart,
    #[regex(r"[0-9](_?[0-9])*")]
    Decimal,
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    Hex,
    #[regex(r"0[oO](_?[0-7])+")]
    Octal,
    #[regex(r"0[bB](_?[01])+")]
    Binary,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imag,
    #[token("(")]
    LPar,
    #[token("[")]
    LSqb,
    #[token("{")]
    LBrace,
    #[token(")")]
    RPar,
    #[token("]")]
    RSqb,
    #[token("}")]
    RBrace,
    #[regex(r"->|\.\.\.|:=|\*\*=|//=|<<=|>>=|[-+*/%&|^@<>=!]=|\*\*|//|<<|>>|[-+*/%&|^@<>=~:,;.]")]
    Op,
}

fn keyword(s: &str) -> Option<Tok> {
    Some(match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

fn operator(s: &str) -> Tok {
    match s {
        ":" => Tok::Colon,
        "," => Tok::Comma,
        ";" => Tok::Semi,
        "+" => Tok::Plus,
        "-" => Tok::Minus,
        "*" => Tok::Star,
        "/" => Tok::Slash,
        "|" => Tok::VBar,
        "&" => Tok::Amper,
        "<" => Tok::Less,
        ">" => Tok::Greater,
        "=" => Tok::Equal,
        "." => Tok::Dot,
        "%" => Tok::Percent,
        "==" => Tok::EqEqual,
        "!=" => Tok::NotEqual,
        "<=" => Tok::LessEqual,
        ">=" => Tok::GreaterEqual,
        "~" => Tok::Tilde,
        "^" => Tok::CircumFlex,
        "<<" => Tok::LeftShift,
        ">>" => Tok::RightShift,
        "**" => Tok::DoubleStar,
        "+=" => Tok::PlusEqual,
        "-=" => Tok::MinEqual,
        "*=" => Tok::StarEqual,
        "/=" => Tok::SlashEqual,
        "%=" => Tok::PercentEqual,
        "&=" => Tok::AmperEqual,
        "|=" => Tok::VBarEqual,
        "^=" => Tok::CircumflexEqual,
        "<<=" => Tok::LeftShiftEqual,
        ">>=" => Tok::RightShiftEqual,
        "**=" => Tok::DoubleStarEqual,
        "//" => Tok::DoubleSlash,
        "//=" => Tok::DoubleSlashEqual,
        "@" => Tok::At,
        "@=" => Tok::AtEqual,
        "->" => Tok::RArrow,
        "..." => Tok::Ellipsis,
        ":=" => Tok::ColonEqual,
        // `!` alone (and `<>`-style leftovers) are not Python operators.
        _ => Tok::Unknown,
    }
}

/// CPython's limit on bracket nesting in the tokenizer.
const MAX_BRACKET_DEPTH: usize = 200;

/// The stateful layer over `Raw`: indentation stack, bracket stack, pending DEDENTs.
pub struct Lexer<'s> {
    src: &'s str,
    /// End of the range being lexed (the whole source, or an f-string field).
    end: usize,
    raw: logos::Lexer<'s, Raw>,
    /// Indentation widths with tabs to multiples of 8, and with tabs as 1 (CPython's
    /// `altcol`): the two must order lines the same way, or it is a TabError.
    indents: Vec<(usize, usize)>,
    brackets: Vec<(char, usize)>,
    /// Whether the current logical line has produced a token yet.
    line_has_tokens: bool,
    /// Lexing an f-string field: newlines never end a line, no indentation.
    expression_mode: bool,
    out: Vec<Spanned>,
}

/// Tokenizes a whole module (`expression_mode == false`) or the range `start..end` of `src`
/// as one expression, as if inside brackets (f-string fields).
pub fn tokenize(src: &str, start: usize, end: usize, expression_mode: bool) -> LexOutcome {
    let mut lx = Lexer {
        src,
        end,
        raw: Raw::lexer(&src[..end]),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        line_has_tokens: false,
        expression_mode,
        out: Vec::new(),
    };
    lx.raw.bump(start);
    let mut outcome = LexOutcome::default();
    match lx.run() {
        Ok(()) => {}
        Err(e) => {
            if e.msg.starts_with("unterminated triple-quoted") {
                outcome.eof_in_triple_string = true;
            }
            outcome.error = Some(e);
        }
    }
    outcome.open_brackets = std::mem::take(&mut lx.brackets);
    outcome.tokens = lx.out;
    mark_soft_keywords(&mut outcome.tokens);
    outcome
}

/// Width of the indentation `text`: tabs advancing to the next multiple of 8, and tabs
/// counting 1.
fn indent_width(text: &str) -> (usize, usize) {
    let (mut w, mut alt) = (0, 0);
    for c in text.chars() {
        match c {
            '\t' => {
                w = (w / 8 + 1) * 8;
                alt += 1;
            }
            '\x0C' => (w, alt) = (0, 0),
            _ => {
                w += 1;
                alt += 1;
            }
        }
    }
    (w, alt)
}

impl<'s> Lexer<'s> {
    /// `verify_identifier`: the raw rule takes every non-ASCII character as a name
    /// character; the first one that cannot be (XID_Start first, XID_Continue after) is
    /// reported where it stands.
    fn invalid_identifier_char(&self, text: &str, start: usize) -> Option<LexError> {
        if text.is_ascii() {
            return None;
        }
        let (offset, c) = text.char_indices().find(|&(i, c)| {
            let ok = if i == 0 {
                c == '_' || unicode_ident::is_xid_start(c)
            } else {
                unicode_ident::is_xid_continue(c)
            };
            !ok
        })?;
        let msg = if crate::objects::str::is_printable(c) {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        Some(self.err(msg, start + offset))
    }

    fn err(&self, msg: impl Into<String>, pos: usize) -> LexError {
        LexError {
            msg: msg.into(),
            kind: SyntaxErrorKind::SyntaxError,
            pos,
            end: pos,
            line_offset: None,
            from_parser: false,
        }
    }

    /// A `(unicode error) ...` of a string literal ending at `end`: CPython's parser
    /// reports it at the token after the string (`RAISE_SYNTAX_ERROR` at the last token
    /// read): a newline or the end of input as an empty range, else the next token.
    fn decode_error(&self, msg: String, end: usize) -> LexError {
        let bytes = self.src.as_bytes();
        let mut i = end;
        while i < self.end && matches!(bytes[i], b' ' | b'\t' | b'\x0c') {
            i += 1;
        }
        let next = self.src[i..self.end].chars().next();
        let stop = match next {
            None | Some('\n' | '\r' | '#') => i,
            Some(c) if c.is_alphanumeric() || c == '_' => {
                i + self.src[i..self.end]
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(self.end - i)
            }
            Some(c) => i + c.len_utf8(),
        };
        LexError {
            end: stop,
            from_parser: true,
            ..self.err(msg, i)
        }
    }

    /// An error at `pos` whose caret range CPython leaves open (`end_offset` -1, stored 0).
    fn err_line_end(&self, msg: &str, pos: usize) -> LexError {
        let ls = self.line_start(pos);
        let line = 1 + self.src[..pos].matches('\n').count() as u32;
        let col = self.src[ls..pos].chars().count() as u32;
        LexError {
            line_offset: Some((line, col + 1)),
            ..self.err(msg, pos)
        }
    }

    fn tab_error(&self, line: u32, pos: usize) -> LexError {
        LexError {
            kind: SyntaxErrorKind::TabError,
            line_offset: Some((line, 1)),
            ..self.err("inconsistent use of tabs and spaces in indentation", pos)
        }
    }

    fn push(&mut self, start: usize, tok: Tok, end: usize) {
        self.out.push((start, tok, end));
    }

    fn line_start(&self, pos: usize) -> usize {
        self.src[..pos].rfind(['\n', '\r']).map_or(0, |i| i + 1)
    }

    /// Called before the first token of a logical line: emits INDENT/DEDENTs.
    fn start_line(&mut self, pos: usize) -> Result<(), LexError> {
        self.line_has_tokens = true;
        if self.expression_mode || !self.brackets.is_empty() {
            return Ok(());
        }
        let ls = self.line_start(pos);
        let (width, alt) = indent_width(&self.src[ls..pos]);
        // Counted only for an error: counting on every line made lexing quadratic.
        let line = || 1 + self.src[..pos].matches('\n').count() as u32;
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        if width > top {
            if alt <= alt_top {
                return Err(self.tab_error(line(), pos));
            }
            self.indents.push((width, alt));
            self.push(pos, Tok::Indent, pos);
            return Ok(());
        }
        while width < self.indents.last().map_or(0, |t| t.0) {
            self.indents.pop();
            self.push(pos, Tok::Dedent, pos);
        }
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        if width != top {
            let line_end = self.src[pos..]
                .find(['\n', '\r'])
                .map_or(self.src.len(), |i| pos + i);
            let len = self.src[ls..line_end].chars().count() as u32;
            return Err(LexError {
                kind: SyntaxErrorKind::IndentationError,
                line_offset: Some((line(), len + 1)),
                ..self.err("unindent does not match any outer indentation level", pos)
            });
        }
        if alt != alt_top {
            return Err(self.tab_error(line(), pos));
        }
        Ok(())
    }

    fn end_line(&mut self, pos: usize) {
        if self.line_has_tokens && self.brackets.is_empty() && !self.expression_mode {
            self.push(pos, Tok::Newline, pos);
        }
        self.line_has_tokens = false;
    }

    fn run(&mut self) -> Result<(), LexError> {
        while let Some(item) = self.raw.next() {
            let span = self.raw.span();
            let (s, e) = (span.start, span.end);
            let text = &self.src[s..e];
            let raw = match item {
                Ok(r) => r,
                Err(()) => {
                    if !self.line_has_tokens {
                        self.start_line(s)?;
                    }
                    self.push(s, Tok::Unknown, e);
                    continue;
                }
            };
            match raw {
                Raw::Comment => continue,
                Raw::Continuation => {
                    // Only the end right after the line break is an error (`tok_get`
                    // reads one more character there); blanks after it are a line.
                    if e >= self.end && !self.expression_mode {
                        return Err(self.err_line_end("unexpected EOF while parsing", s + 1));
                    }
                    continue;
                }
                Raw::Newline => {
                    if self.brackets.is_empty() && !self.expression_mode {
                        self.end_line(s);
                    }
                    continue;
                }
                Raw::Backslash => {
                    return Err(self.err_line_end(
                        "unexpected character after line continuation character",
                        e,
                    ));
                }
                _ => {}
            }
            if !self.line_has_tokens {
                self.start_line(s)?;
            }
            match raw {
                Raw::Name => {
                    if let Some(err) = self.invalid_identifier_char(text, s) {
                        return Err(err);
                    }
                    let tok = keyword(text).unwrap_or_else(|| Tok::Name(text.to_string()));
                    self.push(s, tok, e);
                }
                Raw::StrStart => self.string(s, e)?,
                Raw::Decimal | Raw::Hex | Raw::Octal | Raw::Binary | Raw::Float | Raw::Imag => {
                    self.number(s)?
                }
                Raw::LPar | Raw::LSqb | Raw::LBrace => {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(self.err("too many nested parentheses", s));
                    }
                    let c = text.chars().next().unwrap_or('(');
                    self.brackets.push((c, s));
                    let tok = match raw {
                        Raw::LPar => Tok::LPar,
                        Raw::LSqb => Tok::LSqb,
                        _ => Tok::LBrace,
                    };
                    self.push(s, tok, e);
                }
                Raw::RPar | Raw::RSqb | Raw::RBrace => {
                    let c = text.chars().next().unwrap_or(')');
                    let want = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    match self.brackets.pop() {
                        None => {
                            return Err(self.err(format!("unmatched '{c}'"), s));
                        }
                        Some((open, open_pos)) if open != want => {
                            let line_of = |p: usize| 1 + self.src[..p].matches('\n').count();
                            let msg = if line_of(open_pos) != line_of(s) {
                                format!(
                                    "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {}",
                                    line_of(open_pos)
                                )
                            } else {
                                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                            };
                            return Err(self.err(msg, s));
                        }
                        _ => {}
                    }
                    let tok = match raw {
                        Raw::RPar => Tok::RPar,
                        Raw::RSqb => Tok::RSqb,
                        _ => Tok::RBrace,
                    };
                    self.push(s, tok, e);
                }
                _ => {
                    let tok = operator(text);
                    self.push(s, tok, e);
                }
            }
        }
        let end = self.end;
        if self.brackets.is_empty() {
            self.end_line(end);
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push(end, Tok::Dedent, end);
            }
        }
        Ok(())
    }

    /// Scans a number starting at `s` by hand (logos may hand back a backtracked slice such
    /// as `0x` for a decimal), then re-synchronises the raw lexer after it.
    fn number(&mut self, s: usize) -> Result<(), LexError> {
        let b = self.src.as_bytes();
        let at = |i: usize| if i < self.end { b[i] } else { 0 };
        let digits = |mut i: usize, ok: &dyn Fn(u8) -> bool| {
            while ok(at(i)) || (at(i) == b'_' && ok(at(i + 1))) {
                i += 1;
            }
            i
        };
        let dec = |c: u8| c.is_ascii_digit();
        let mut i;
        let mut kind = "decimal";
        let mut radix = 10;
        let mut is_float = false;
        let mut is_imag = false;
        let prefix = (at(s) == b'0').then(|| at(s + 1).to_ascii_lowercase());
        match prefix {
            Some(p @ (b'x' | b'o' | b'b')) => {
                (kind, radix) = match p {
                    b'x' => ("hexadecimal", 16),
                    b'o' => ("octal", 8),
                    _ => ("binary", 2),
                };
                let ok = move |c: u8| (c as char).is_digit(radix);
                let start = if at(s + 2) == b'_' { s + 3 } else { s + 2 };
                i = digits(start, &ok);
                // `0b1_2`: the digit after an underscore is the bad one.
                if radix < 10 && at(i) == b'_' && at(i + 1).is_ascii_digit() {
                    i += 1;
                }
                let next = at(i);
                if i == start && !(radix < 10 && next.is_ascii_digit()) {
                    return Err(self.err(format!("invalid {kind} literal"), start - 1));
                }
                if radix < 10 && next.is_ascii_digit() {
                    let msg = format!("invalid digit '{}' in {kind} literal", next as char);
                    return Err(self.err(msg, i));
                }
            }
            _ => {
                i = digits(s, &dec);
                if at(i) == b'.' {
                    is_float = true;
                    i = digits(i + 1, &dec);
                }
                if matches!(at(i), b'e' | b'E') {
                    let j = if matches!(at(i + 1), b'+' | b'-') {
                        i + 2
                    } else {
                        i + 1
                    };
                    if dec(at(j)) {
                        is_float = true;
                        i = digits(j, &dec);
                    } else if j == i + 2 {
                        // `1e+x`: after an exponent's sign only a digit may follow; the
                        // tokenizer reports it at the sign.
                        return Err(self.err("invalid decimal literal", i + 1));
                    }
                }
                if matches!(at(i), b'j' | b'J') {
                    is_imag = true;
                    i += 1;
                }
            }
        }
        // A number running straight into a name (`1abc`, `1_`, `0x1g`) is an error, except
        // before the keywords that may follow a number in valid code (`1if x else 2`):
        // `verify_end_of_number` only warns about those (the warning is not issued here).
        let rest = &self.src[i..self.end];
        let ident_char = |c: char| c.is_ascii_alphanumeric() || c == '_';
        // `lookahead`: "and", "else", "for", "or", "not" must end there; "if", "in",
        // "is" are recognised by their first two letters alone.
        let keyword_follows = ["if", "in", "is"].iter().any(|k| rest.starts_with(k))
            || ["and", "else", "for", "or", "not"].iter().any(|k| {
                rest.strip_prefix(k)
                    .is_some_and(|after| !after.chars().next().is_some_and(ident_char))
            });
        if let Some(c) = rest.chars().next().filter(|_| !keyword_follows) {
            if ident_char(c) {
                // The tokenizer consumed an underscore, not the letter that ends the number.
                let pos = if c == '_' { i } else { i - 1 };
                let kind = if is_imag { "imaginary" } else { kind };
                return Err(self.err(format!("invalid {kind} literal"), pos));
            }
        }
        let clean: String = self.src[s..i].chars().filter(|&c| c != '_').collect();
        let tok = if is_imag {
            Tok::Imag(clean[..clean.len() - 1].parse().unwrap_or(0.0))
        } else if is_float {
            Tok::Float(clean.parse().unwrap_or(0.0))
        } else if radix != 10 {
            Tok::Int(BigInt::parse_bytes(&clean.as_bytes()[2..], radix).unwrap_or_default())
        } else {
            if clean.len() > 1 && clean.starts_with('0') && clean.bytes().any(|c| c != b'0') {
                let mut err = self.err(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    s,
                );
                err.end = s + 1;
                return Err(err);
            }
            Tok::Int(BigInt::parse_bytes(clean.as_bytes(), 10).unwrap_or_default())
        };
        self.push(s, tok, i);
        self.resync(i);
        Ok(())
    }

    /// Moves the raw lexer to byte offset `pos`.
    fn resync(&mut self, pos: usize) {
        let cur = self.raw.span().end;
        if pos >= cur {
            self.raw.bump(pos - cur);
        } else {
            self.raw = Raw::lexer(&self.src[..self.end]);
            self.raw.bump(pos);
        }
    }

    /// Scans a string body after its opening quote (`s..e` is prefix + quote).
    fn string(&mut self, s: usize, e: usize) -> Result<(), LexError> {
        let opener = &self.src[s..e];
        let quote = opener.as_bytes()[opener.len() - 1];
        let prefix = opener[..opener.len() - 1].to_ascii_lowercase();
        let (raw, bytes, fstr) = (
            prefix.contains('r'),
            prefix.contains('b'),
            prefix.contains('f'),
        );
        let bytes_src = self.src.as_bytes();
        let triple = bytes_src.get(e) == Some(&quote) && bytes_src.get(e + 1) == Some(&quote);
        let body_start = if triple { e + 2 } else { e };
        let mut i = body_start;
        let body_end;
        loop {
            if i >= self.end {
                let line = 1 + self.src[..self.end].matches('\n').count();
                let line = if self.src[..self.end].ends_with('\n') {
                    line - 1
                } else {
                    line
                };
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return Err(self.err(msg, s));
            }
            let c = bytes_src[i];
            if c == b'\\' {
                i += 2;
                // Keep `i` on a char boundary.
                while i < self.end && !self.src.is_char_boundary(i) {
                    i += 1;
                }
                continue;
            }
            if c == b'\n' || c == b'\r' {
                if !triple {
                    let line = 1 + self.src[..i].matches('\n').count();
                    return Err(self.err(
                        format!("unterminated string literal (detected at line {line})"),
                        s,
                    ));
                }
            } else if c == quote
                && (!triple
                    || (bytes_src.get(i + 1) == Some(&quote)
                        && bytes_src.get(i + 2) == Some(&quote)))
            {
                body_end = i;
                i += if triple { 3 } else { 1 };
                break;
            }
            i += 1;
        }
        let end = i.min(self.end);
        self.resync(end);
        let body = &self.src[body_start..body_end];
        let lit = if fstr {
            StrLit::FStr {
                start: body_start,
                end: body_end,
                raw,
            }
        } else if bytes {
            if let Some(pos) = body.find(|c: char| !c.is_ascii()) {
                let _ = pos;
                // Reported at the token (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION`).
                return Err(LexError {
                    end,
                    from_parser: true,
                    ..self.err("bytes can only contain ASCII literal characters", s)
                });
            }
            StrLit::Bytes(if raw {
                body.as_bytes().to_vec()
            } else {
                unescape_bytes(body)
            })
        } else {
            StrLit::Str(if raw {
                body.to_string()
            } else {
                unescape(body).map_err(|m| self.decode_error(m, end))?
            })
        };
        self.push(s, Tok::Str(Box::new(lit)), end);
        Ok(())
    }
}

/// The few `\N{...}` names programs commonly use.
fn named_char(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(c) = derived_name(&upper) {
        return Some(c);
    }
    Some(match upper.as_str() {
        "BULLET" => '\u{2022}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "NO-BREAK SPACE" => '\u{a0}',
        "DEGREE SIGN" => '\u{b0}',
        "GREEK SMALL LETTER ALPHA" => '\u{3b1}',
        "GREEK SMALL LETTER BETA" => '\u{3b2}',
        "GREEK SMALL LETTER PI" => '\u{3c0}',
        "GREEK CAPITAL LETTER DELTA" => '\u{394}',
        "SNOWMAN" => '\u{2603}',
        "BLACK STAR" => '\u{2605}',
        "COPYRIGHT SIGN" => '\u{a9}',
        "EURO SIGN" => '\u{20ac}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "LATIN SMALL LETTER E WITH ACUTE" => '\u{e9}',
        "SPACE" => ' ',
        "NULL" => '\0',
        "LINE FEED" => '\n',
        "CHECK MARK" => '\u{2713}',
        "EM SPACE" => '\u{2003}',
        "EN SPACE" => '\u{2002}',
        "NARROW NO-BREAK SPACE" => '\u{202f}',
        "ZERO WIDTH SPACE" => '\u{200b}',
        "AMPERSAND" => '&',
        "TAB" | "CHARACTER TABULATION" => '\t',
        "MULTIPLICATION SIGN" => '\u{d7}',
        "DIVISION SIGN" => '\u{f7}',
        "PLUS-MINUS SIGN" => '\u{b1}',
        "INFINITY" => '\u{221e}',
        "POUND SIGN" => '\u{a3}',
        "YEN SIGN" => '\u{a5}',
        "SECTION SIGN" => '\u{a7}',
        "PILCROW SIGN" => '\u{b6}',
        "MIDDLE DOT" => '\u{b7}',
        "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK" => '\u{ab}',
        "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK" => '\u{bb}',
        "LEFT SINGLE QUOTATION MARK" => '\u{2018}',
        "RIGHT SINGLE QUOTATION MARK" => '\u{2019}',
        "LEFT DOUBLE QUOTATION MARK" => '\u{201c}',
        "RIGHT DOUBLE QUOTATION MARK" => '\u{201d}',
        "LATIN SMALL LETTER A WITH DIAERESIS" => '\u{e4}',
        "LATIN SMALL LETTER O WITH DIAERESIS" => '\u{f6}',
        "LATIN SMALL LETTER U WITH DIAERESIS" => '\u{fc}',
        "LATIN SMALL LETTER SHARP S" => '\u{df}',
        "WHITE SMILING FACE" => '\u{263a}',
        "HEAVY BLACK HEART" => '\u{2764}',
        "REPLACEMENT CHARACTER" => '\u{fffd}',
        "SNAKE" => '\u{1f40d}',
        "GRINNING FACE" => '\u{1f600}',
        "THUMBS UP SIGN" => '\u{1f44d}',
        "RIGHTWARDS ARROW" => '\u{2192}',
        // Every other name (and alias) from the Unicode database, as `unicodedata.lookup`.
        _ => return crate::modules::unicodedata::lookup_char(name),
    })
}

/// Names with a regular shape: Latin letters, digits, Greek letters, CJK ideographs.
fn derived_name(upper: &str) -> Option<char> {
    const GREEK: [&str; 24] = [
        "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA",
        "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "SIGMA", "TAU", "UPSILON", "PHI", "CHI",
        "PSI", "OMEGA",
    ];
    const DIGITS: [&str; 10] = [
        "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
    ];
    let single = |rest: &str| {
        let mut cs = rest.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_ascii_uppercase() => Some(c),
            _ => None,
        }
    };
    if let Some(rest) = upper.strip_prefix("LATIN CAPITAL LETTER ") {
        return single(rest);
    }
    if let Some(rest) = upper.strip_prefix("LATIN SMALL LETTER ") {
        return single(rest).map(|c| c.to_ascii_lowercase());
    }
    if let Some(rest) = upper.strip_prefix("DIGIT ") {
        return DIGITS
            .iter()
            .position(|d| *d == rest)
            .and_then(|i| char::from_digit(i as u32, 10));
    }
    if let Some(rest) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return u32::from_str_radix(rest, 16).ok().and_then(char::from_u32);
    }
    let (base, rest) = if let Some(r) = upper.strip_prefix("GREEK CAPITAL LETTER ") {
        (0x391, r)
    } else {
        (0x3B1, upper.strip_prefix("GREEK SMALL LETTER ")?)
    };
    // Both blocks skip one code point before sigma (reserved U+03A2, final sigma U+03C2).
    let i = GREEK.iter().position(|g| *g == rest)? as u32;
    let offset = if i >= 17 { i + 1 } else { i };
    char::from_u32(base + offset)
}

/// Decodes the escapes of a non-raw `str` literal body.
pub fn unescape(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, n)) = chars.next() else {
            out.push('\\');
            break;
        };
        match n {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0C'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0B'),
            '0'..='7' => {
                let mut v = n.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let len = match n {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..len {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v.wrapping_mul(16) + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        _ => {
                            let what = match n {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            return Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
                                pos,
                                pos + 1 + k
                            ));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // A lone surrogate: Rust strings cannot hold one.
                    None if v <= 0x10FFFF => out.push('\u{FFFD}'),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            pos,
                            pos + 1 + len
                        ))
                    }
                }
            }
            'N' => {
                let rest = &body[pos + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|i| &r[..i]));
                match name.and_then(|nm| named_char(nm).map(|c| (nm, c))) {
                    Some((nm, ch)) => {
                        out.push(ch);
                        for _ in 0..nm.chars().count() + 2 {
                            chars.next();
                        }
                    }
                    None => {
                        // The bytes from the backslash through the closing brace (or
                        // what there is of the escape when it is malformed).
                        let (end, reason) = match name {
                            Some(nm) if !nm.is_empty() => {
                                (pos + 3 + nm.len(), "unknown Unicode character name")
                            }
                            Some(_) => (pos + 2, "malformed \\N character escape"),
                            None if rest.starts_with('{') => {
                                (pos + 1 + rest.len(), "malformed \\N character escape")
                            }
                            None => (pos + 1, "malformed \\N character escape"),
                        };
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                            pos,
                            end,
                            reason
                        ));
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a non-raw bytes literal body (ASCII only, checked by the caller).
fn unescape_bytes(body: &str) -> Vec<u8> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' || i >= b.len() {
            out.push(c);
            continue;
        }
        let n = b[i];
        i += 1;
        match n {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(n),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(v as u8);
            }
            b'x' if i + 1 < b.len() + 1
                && b.len() >= i + 2
                && b[i].is_ascii_hexdigit()
                && b[i + 1].is_ascii_hexdigit() =>
            {
                let hex = std::str::from_utf8(&b[i..i + 2]).unwrap_or("0");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(0));
                i += 2;
            }
            _ => {
                out.push(b'\\');
                out.push(n);
            }
        }
    }
    out
}

/// Whether `t` is an augmented assignment operator (`+=`, `//=`, ...).
pub(crate) fn is_aug_assign(t: &Tok) -> bool {
    matches!(
        t,
        Tok::PlusEqual
            | Tok::MinEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::PercentEqual
            | Tok::AmperEqual
            | Tok::VBarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
            | Tok::DoubleSlashEqual
            | Tok::AtEqual
    )
}

/// Whether `t` can end a logical line's first token of a statement that is not a
/// match/case header (`match = 3`, `match.x`, `match(x)` without a colon...).
fn excludes_soft_keyword(t: &Tok) -> bool {
    is_aug_assign(t)
        || matches!(
            t,
            Tok::Equal
                | Tok::Dot
                | Tok::Colon
                | Tok::Comma
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::Newline
                | Tok::Semi
                | Tok::In
                | Tok::Is
                | Tok::And
                | Tok::Or
                | Tok::If
                | Tok::Else
                | Tok::For
                | Tok::Percent
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::VBar
                | Tok::Amper
                | Tok::CircumFlex
                | Tok::Less
                | Tok::Greater
                | Tok::EqEqual
                | Tok::NotEqual
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::LeftShift
                | Tok::RightShift
                | Tok::At
                | Tok::ColonEqual
        )
}

/// Turns `match`/`case` names into keywords where they open a match statement or a case
/// clause, and the `(` after `with` into [`Tok::WithParen`] when it opens a parenthesised
/// list of with-items (it contains a top-level `as`, or a top-level comma and is followed
/// directly by `:`). Decided per logical line, which an LR(1) grammar cannot do.
pub fn mark_soft_keywords(tokens: &mut [Spanned]) {
    let mut i = 0;
    let mut line_start = true;
    while i < tokens.len() {
        let at_start = line_start;
        line_start = matches!(
            tokens[i].1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
        );
        if at_start {
            if let Tok::Name(n) = &tokens[i].1 {
                if n == "match" || n == "case" {
                    let is_header = tokens
                        .get(i + 1)
                        .is_some_and(|t| !excludes_soft_keyword(&t.1))
                        && has_top_level_colon(&tokens[i + 1..]);
                    if is_header {
                        tokens[i].1 = if n == "match" { Tok::Match } else { Tok::Case };
                    }
                }
            }
        }
        if tokens[i].1 == Tok::With
            || (tokens[i].1 == Tok::Async && tokens.get(i + 1).map(|t| &t.1) == Some(&Tok::With))
        {
            let j = if tokens[i].1 == Tok::Async {
                i + 2
            } else {
                i + 1
            };
            if tokens.get(j).map(|t| &t.1) == Some(&Tok::LPar)
                && paren_holds_with_items(&tokens[j..])
            {
                tokens[j].1 = Tok::WithParen;
            }
        }
        i += 1;
    }
}

/// Whether the logical line starting at `toks` has a `:` outside brackets (and not inside
/// a lambda).
fn has_top_level_colon(toks: &[Spanned]) -> bool {
    let mut depth = 0i32;
    let mut lambdas = 0;
    for (_, t, _) in toks {
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithParen => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Lambda if depth == 0 => lambdas += 1,
            Tok::Colon if depth == 0 => {
                if lambdas == 0 {
                    return true;
                }
                lambdas -= 1;
            }
            Tok::Newline => return false,
            _ => {}
        }
    }
    false
}

/// `toks[0]` is a `(` right after `with`: does it enclose with-items rather than an
/// expression? Yes when it holds a top-level `as`, or when its `)` is followed by `:` and it
/// holds a top-level comma (`with (a, b):` means two context managers in 3.11).
fn paren_holds_with_items(toks: &[Spanned]) -> bool {
    let mut depth = 0;
    let mut saw_as = false;
    let mut saw_comma = false;
    for (k, (_, t, _)) in toks.iter().enumerate() {
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                depth -= 1;
                if depth == 0 {
                    let colon_next = toks.get(k + 1).map(|t| &t.1) == Some(&Tok::Colon);
                    return colon_next && (saw_as || saw_comma);
                }
            }
            Tok::As if depth == 1 => saw_as = true,
            Tok::Comma if depth == 1 => saw_comma = true,
            Tok::Newline => return false,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        let out = tokenize(src, 0, src.len(), false);
        assert!(out.error.is_none(), "{src:?}: {:?}", out.error);
        out.tokens.into_iter().map(|t| t.1).collect()
    }

    fn name(s: &str) -> Tok {
        Tok::Name(s.to_string())
    }

    fn int(v: i64) -> Tok {
        Tok::Int(BigInt::from(v))
    }

    fn string(s: &str) -> Tok {
        Tok::Str(Box::new(StrLit::Str(s.to_string())))
    }

    fn lex_err(src: &str) -> LexError {
        tokenize(src, 0, src.len(), false)
            .error
            .unwrap_or_else(|| panic!("{src:?} lexed"))
    }

    #[test]
    fn indent_and_dedent() {
        use Tok::*;
        assert_eq!(
            toks("if x:\n    if y:\n        z\nw\n"),
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                If,
                name("y"),
                Colon,
                Newline,
                Indent,
                name("z"),
                Newline,
                Dedent,
                Dedent,
                name("w"),
                Newline
            ]
        );
        // No trailing newline: NEWLINE and DEDENTs are still produced at end of input.
        assert_eq!(
            toks("if x:\n\ty"),
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                name("y"),
                Newline,
                Dedent
            ]
        );
        let e = lex_err("if x:\n    a\n  b\n");
        assert!(
            e.kind == SyntaxErrorKind::IndentationError
                && e.msg.starts_with("unindent does not match")
        );
        assert_eq!(
            lex_err("if x:\n\tif y:\n\t\ta\n\t        b\n").kind,
            SyntaxErrorKind::TabError
        );
    }

    #[test]
    fn blank_lines_comments_and_joining() {
        use Tok::*;
        assert_eq!(
            toks("# c\n\n   \nx = 1  # c\n\n"),
            vec![name("x"), Equal, int(1), Newline]
        );
        assert_eq!(
            toks("x = (1,\n     2)\n"),
            vec![name("x"), Equal, LPar, int(1), Comma, int(2), RPar, Newline]
        );
        assert_eq!(
            toks("x = 1 + \\\n  2\n"),
            vec![name("x"), Equal, int(1), Plus, int(2), Newline]
        );
        assert_eq!(toks("[\n  # c\n]\n"), vec![LSqb, RSqb, Newline]);
    }

    #[test]
    fn numbers() {
        let t = toks("1_000 0x_ff 0o17 0B1010 1.5e-3 1_000.5 .5 5. 1e10 3j 1.5J");
        assert_eq!(&t[..4], &[int(1000), int(255), int(15), int(10)]);
        assert_eq!(
            &t[4..11],
            &[
                Tok::Float(1.5e-3),
                Tok::Float(1000.5),
                Tok::Float(0.5),
                Tok::Float(5.0),
                Tok::Float(1e10),
                Tok::Imag(3.0),
                Tok::Imag(1.5)
            ]
        );
        let big = toks("123456789012345678901234567890");
        assert_eq!(
            big[0],
            Tok::Int("123456789012345678901234567890".parse().unwrap_or_default())
        );
        assert_eq!(lex_err("x = 1abc").msg, "invalid decimal literal");
        assert_eq!(lex_err("x = 0x").msg, "invalid hexadecimal literal");
    }

    #[test]
    fn strings_and_escapes() {
        let t = toks(
            r#"'a\n\t\\\'\"' "\x41\u00e9\U0001F600\N{BULLET}\101\0" r'\d' b'\x00a' Rb"\n" '''t
q''' 'a\
b'"#,
        );
        assert_eq!(t[0], string("a\n\t\\'\""));
        assert_eq!(t[1], string("A\u{e9}\u{1F600}\u{2022}A\0"));
        assert_eq!(t[2], string("\\d"));
        assert_eq!(t[3], Tok::Str(Box::new(StrLit::Bytes(vec![0, b'a']))));
        assert_eq!(t[4], Tok::Str(Box::new(StrLit::Bytes(b"\\n".to_vec()))));
        assert_eq!(t[5], string("t\nq"));
        assert_eq!(t[6], string("ab"));
        let names = toks(
            r"'\N{GREEK SMALL LETTER SIGMA}\N{greek capital letter omega}\N{LATIN SMALL LETTER Q}\N{DIGIT SEVEN}\ud800'",
        );
        assert_eq!(names[0], string("\u{3c3}\u{3a9}q7\u{fffd}"));
        let src = "f'x{y}'";
        assert_eq!(
            toks(src)[0],
            Tok::Str(Box::new(StrLit::FStr {
                start: 2,
                end: 6,
                raw: false
            }))
        );
        assert_eq!(
            lex_err("x = 'abc\n").msg,
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            lex_err("x = '''abc\n\nd\n").msg,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
    }

    #[test]
    fn prefix_letters_alone_are_names() {
        let t = toks("rb br fr rf u f b r rbx x.y a->b 1..__class__ 1 .5");
        let names: Vec<Tok> = ["rb", "br", "fr", "rf", "u", "f", "b", "r", "rbx", "x"]
            .iter()
            .map(|s| name(s))
            .collect();
        assert_eq!(&t[..10], names.as_slice());
        assert_eq!(
            &t[10..15],
            &[Tok::Dot, name("y"), name("a"), Tok::RArrow, name("b")]
        );
        assert_eq!(&t[15..18], &[Tok::Float(1.0), Tok::Dot, name("__class__")]);
        assert_eq!(&t[18..20], &[int(1), Tok::Float(0.5)]);
    }

    #[test]
    fn brackets() {
        assert_eq!(
            lex_err("x = (1]").msg,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(lex_err("x = 1)").msg, "unmatched ')'");
        let out = tokenize("x = [1,\n", 0, 8, false);
        assert_eq!(out.open_brackets, vec![('[', 4)]);
    }

    #[test]
    fn soft_keywords() {
        let t =
            toks("match x:\n    case [a, *_]:\n        pass\nmatch = 1\nmatch(x)\ncase.y = 2\n");
        assert_eq!(t[0], Tok::Match);
        assert!(t.contains(&Tok::Case));
        assert_eq!(t.iter().filter(|x| **x == name("match")).count(), 2);
        assert!(t.contains(&name("case")));
        assert!(toks("with (a as b, c):\n pass\n").contains(&Tok::WithParen));
        assert!(!toks("with (a, b) as c:\n pass\n").contains(&Tok::WithParen));
    }
}
