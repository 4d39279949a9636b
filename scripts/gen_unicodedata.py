"""Regenerate src/modules/data/unicodedata.bin (read by src/modules/unicodedata.rs) from
CPython's own `unicodedata` (Unicode 14.0.0 in Python 3.11).

Run with python3 from the repository root: `python3 scripts/gen_unicodedata.py`.

Layout (integers little-endian): b"UCD1", then nine sections, each a u32 byte length
followed by its bytes:
 1. meta: four '\n'-separated lines of ' '-separated names: categories, bidirectional
    classes ('_' for ''), east asian widths, decomposition tags (without '<>').
 2. records: 5 bytes each (category, bidirectional, combining, east asian width,
    mirrored), indices into the meta lines.
 3. runs: 5 bytes each: first code point (u24), record (u16); every code point up to
    U+10FFFF belongs to the run starting at or before it.
 4. decompositions: code point (u24), tag (u8: 0 canonical, k: tag k-1), count (u8),
    count code points (u24).
 5. numeric values: code point (u24), decimal (u8, 255: none), digit (u8, 255: none),
    numeric (f64).
 6. algorithmic names: lines "first last PREFIX" (hex), the name being PREFIX + the
    code point in upper-case hex.
 7. words: the words of the other names, '\n'-separated, most frequent first.
 8. names, in code point order: code point delta from the previous (varint), words
    shared with the previous name (u8), new words (u8), then each new word's index
    (one byte below 0xC0, else two: 0xC0 | high, low).
 9. composition exclusions: code points (u24) whose two-character canonical
    decomposition does not recompose under NFC.
10. name aliases (NameAliases.txt: corrections, controls, abbreviations, ...): lines
    "hex NAME", known to `lookup` and `\\N{...}` but never returned by `name`.
11. named sequences (NamedSequences.txt): lines "hex hex... ;NAME", known to `lookup`
    only.
Hangul syllables' names, decompositions and compositions are algorithmic.

The aliases and named sequences are not in `unicodedata`'s API as lists: the candidates
come from Perl's copy of the Unicode 14.0.0 names (`unicore/Name.pl`, which lists every
name, alias and named sequence), and each is kept only if python3's own
`unicodedata.lookup` resolves it to the same characters and it is not the character's
`name()`.
"""
import collections
import glob
import os
import re
import struct
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "modules", "data",
                   "unicodedata.bin")
MAX = 0x110000


def u24(n):
    return struct.pack("<I", n)[:3]


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def aliases_and_sequences():
    """(aliases [(cp, name)], named sequences [(cps, name)]) as python3 resolves them."""
    paths = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl"))
    if not paths:
        raise SystemExit("need Perl's unicore/Name.pl for the alias candidates")
    text = open(paths[-1], encoding="utf-8").read()
    body = text.split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    aliases, sequences = set(), set()
    for entry in body.split("\n\n"):
        lines = entry.strip().split("\n")
        if len(lines) != 2:
            continue
        cps, name = [int(x, 16) for x in lines[0].split()], lines[1]
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue
        if found != "".join(map(chr, cps)):
            continue
        if len(cps) == 1:
            if unicodedata.name(chr(cps[0]), None) != name:
                aliases.add((cps[0], name))
        else:
            sequences.add((tuple(cps), name))
    return sorted(aliases), sorted(sequences)


def main():
    cats, bidis, eaws, tags = [], [], [], []

    def index(table, value):
        if value not in table:
            table.append(value)
        return table.index(value)

    records, runs = [], []
    decomps, numerics, exclusions = [], [], []
    algorithmic = []  # [first, last, prefix]
    names = []
    for cp in range(MAX):
        ch = chr(cp)
        rec = (index(cats, unicodedata.category(ch)),
               index(bidis, unicodedata.bidirectional(ch) or "_"),
               unicodedata.combining(ch),
               index(eaws, unicodedata.east_asian_width(ch)),
               unicodedata.mirrored(ch))
        if rec not in records:
            records.append(rec)
        r = records.index(rec)
        if not runs or runs[-1][1] != r:
            runs.append((cp, r))
        d = unicodedata.decomposition(ch)
        if d and not 0xAC00 <= cp <= 0xD7A3:
            parts = d.split()
            tag = 0
            if parts[0].startswith("<"):
                tag = index(tags, parts[0][1:-1]) + 1
                parts = parts[1:]
            decomps.append((cp, tag, [int(p, 16) for p in parts]))
            if tag == 0 and len(parts) == 2 and unicodedata.normalize("NFC", ch) != ch:
                exclusions.append(cp)
        dec = unicodedata.decimal(ch, None)
        dig = unicodedata.digit(ch, None)
        num = unicodedata.numeric(ch, None)
        if num is not None:
            numerics.append((cp, 255 if dec is None else dec, 255 if dig is None else dig, num))
        else:
            assert dec is None and dig is None
        name = unicodedata.name(ch, None)
        if name is None or name.startswith("HANGUL SYLLABLE "):
            continue
        m = re.fullmatch(r"(.*-)([0-9A-F]{4,6})", name)
        if m and int(m.group(2), 16) == cp:
            if algorithmic and algorithmic[-1][2] == m.group(1) and algorithmic[-1][1] == cp - 1:
                algorithmic[-1][1] = cp
            else:
                algorithmic.append([cp, cp, m.group(1)])
            continue
        names.append((cp, name.split(" ")))

    counts = collections.Counter(w for _, ws in names for w in ws)
    words = [w for w, _ in counts.most_common()]
    assert len(words) < 0x4000
    widx = {w: i for i, w in enumerate(words)}

    meta = "\n".join(" ".join(t) for t in (cats, bidis, eaws, tags)).encode()
    rec_b = b"".join(bytes(r) for r in records)
    runs_b = b"".join(u24(cp) + struct.pack("<H", r) for cp, r in runs)
    dec_b = b"".join(u24(cp) + bytes([tag, len(p)]) + b"".join(u24(x) for x in p)
                     for cp, tag, p in decomps)
    num_b = b"".join(u24(cp) + bytes([de, di]) + struct.pack("<d", nu)
                     for cp, de, di, nu in numerics)
    alg_b = "\n".join("%x %x %s" % (a, b, p) for a, b, p in algorithmic).encode()
    words_b = "\n".join(words).encode()
    names_b = bytearray()
    prev_cp, prev = -1, []
    for cp, ws in names:
        shared = 0
        while shared < min(len(ws), len(prev), 255) and ws[shared] == prev[shared]:
            shared += 1
        new = ws[shared:]
        names_b += varint(cp - prev_cp) + bytes([shared, len(new)])
        for w in new:
            i = widx[w]
            names_b += bytes([i]) if i < 0xC0 else bytes([0xC0 | (i >> 8), i & 0xFF])
        prev_cp, prev = cp, ws
    exc_b = b"".join(u24(cp) for cp in exclusions)
    aliases, sequences = aliases_and_sequences()
    alias_b = "\n".join("%x %s" % (cp, n) for cp, n in aliases).encode()
    seq_b = "\n".join("%s ;%s" % (" ".join("%x" % c for c in cps), n)
                      for cps, n in sequences).encode()
    with open(OUT, "wb") as f:
        f.write(b"UCD1")
        for sec in (meta, rec_b, runs_b, dec_b, num_b, alg_b, words_b, bytes(names_b), exc_b,
                    alias_b, seq_b):
            f.write(struct.pack("<I", len(sec)) + sec)
    print("records", len(records), "runs", len(runs), "decomps", len(decomps), "numerics",
          len(numerics), "names", len(names), "words", len(words), "exclusions",
          len(exclusions), "aliases", len(aliases), "sequences", len(sequences), "bytes",
          os.path.getsize(OUT))


main()
