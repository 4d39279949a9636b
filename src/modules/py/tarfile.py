# refpy's tarfile: reading and writing tar archives (POSIX.1-1988 ustar,
# GNU tar's extensions and POSIX.1-2001 pax), written for refpy from the
# format specifications and the documented behaviour of the module.
#
# Layout of this file:
#   * constants and exceptions
#   * field codecs (nts/stn/itn/nti, checksums) and the header block codec
#   * TarInfo: one archive member; header chains are read by fromtarfile
#   * extraction filters
#   * member readers: a raw window on the archive and the file object
#   * compressed pipes for the "|" modes
#   * TarFile and the module-level helpers

import os
import io
import sys
import copy
import time
import stat
import shutil

bltn_open = open

version = "0.9.0"

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open"]

# ---------------------------------------------------------------- constants

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"

GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"

XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime",
              "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {
    "atime": float,
    "ctime": float,
    "mtime": float,
    "uid": int,
    "gid": int,
    "size": int,
}

ENCODING = "utf-8"

symlink_exception = (AttributeError, NotImplementedError, OSError)

# pax keywords that map onto TarInfo attributes of another name
_PAX_TO_ATTR = {"path": "name", "linkpath": "linkname"}


# --------------------------------------------------------------- exceptions

class TarError(Exception):
    """Root of the module's exceptions."""


class ExtractError(TarError):
    """A member could not be extracted (non-fatal)."""


class ReadError(TarError):
    """The data is not a readable tar archive."""


class CompressionError(TarError):
    """A compression method is unknown or not available."""


class StreamError(TarError):
    """An operation a forward-only stream cannot do."""


class HeaderError(TarError):
    """A header block could not be decoded."""


class EmptyHeaderError(HeaderError):
    """No bytes where a header was expected."""


class TruncatedHeaderError(HeaderError):
    """A header block shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """A block of zeros: the archive's end marker."""


class InvalidHeaderError(HeaderError):
    """A header with bad numbers or a bad checksum."""


class SubsequentHeaderError(HeaderError):
    """The header after an extended header is bad or missing."""


class FilterError(TarError):
    """An extraction filter refused a member."""


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"member {tarinfo.name!r} has an absolute path")


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would be extracted to {path!r}, "
                         + "which is outside the destination")


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a special file")


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f"{tarinfo.name!r} is a link to an absolute path")


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f"{tarinfo.name!r} would link to {path!r}, "
                         + "which is outside the destination")


# -------------------------------------------------------------- field codecs

def stn(s, length, encoding, errors):
    """str -> NUL-padded bytes field of exactly `length` bytes."""
    raw = s.encode(encoding, errors)[:length]
    return raw.ljust(length, NUL)


def nts(s, encoding, errors):
    """NUL-terminated bytes field -> str."""
    end = s.find(NUL)
    if end >= 0:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """Numeric header field -> int (octal text or GNU base-256)."""
    lead = s[0] if s else 0
    if lead == 0x80 or lead == 0xFF:
        magnitude = int.from_bytes(bytes(s[1:]), "big")
        if lead == 0xFF:
            return magnitude - 256 ** (len(s) - 1)
        return magnitude
    try:
        text = nts(s, "ascii", "strict").strip()
        return int(text, 8) if text else 0
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """int -> numeric header field of `digits` bytes.

    Octal digits and a NUL when the value fits, else (GNU format only)
    a base-256 field: a marker byte (0x80 positive, 0xff negative) and the
    value in two's complement, big-endian."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%o" % n).rjust(digits - 1, "0").encode("ascii") + NUL
    room = 256 ** (digits - 1)
    if format == GNU_FORMAT and -room <= n < room:
        body = (n % room).to_bytes(digits - 1, "big")
        return bytearray((0x80 if n >= 0 else 0xFF,)) + body
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksum computed both ways tar implementations do:
    bytes taken as unsigned and as signed; the checksum field itself
    counts as eight spaces."""
    block = bytes(buf[:BLOCKSIZE])
    outside = block[:148] + block[156:]
    unsigned = 8 * 0x20 + sum(outside)
    high = sum(1 for b in outside if b >= 0x80)
    return unsigned, unsigned - 256 * high


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy `length` bytes (everything when None) from src to dst; a
    short source raises `exception`."""
    chunk = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, chunk)
        return
    left = length
    while left > 0:
        want = chunk if left > chunk else left
        got = src.read(want)
        if len(got) < want:
            raise exception("unexpected end of data")
        dst.write(got)
        left -= want


def _padding(size):
    """Number of NUL bytes that complete `size` to whole blocks."""
    return -size % BLOCKSIZE


def _rounded(size):
    return size + _padding(size)


# Header block layout: (field, offset, width).  The checksum field and the
# trailing 12 bytes are handled apart.
_LAYOUT = (
    ("name", 0, 100), ("mode", 100, 8), ("uid", 108, 8), ("gid", 116, 8),
    ("size", 124, 12), ("mtime", 136, 12), ("chksum", 148, 8),
    ("type", 156, 1), ("linkname", 157, 100), ("magic", 257, 8),
    ("uname", 265, 32), ("gname", 297, 32), ("devmajor", 329, 8),
    ("devminor", 337, 8), ("prefix", 345, 155),
)
_TEXT_FIELDS = ("name", "linkname", "uname", "gname", "prefix")
_NUMBER_FIELDS = ("mode", "uid", "gid", "size", "mtime")


def _build_block(fields, fmt, encoding, errors):
    """Encode one 512-byte header from a dict of field values (missing
    ones are empty or zero) and fill in its checksum."""
    block = bytearray(BLOCKSIZE)
    for key, at, width in _LAYOUT:
        if key in _TEXT_FIELDS:
            raw = stn(fields.get(key, ""), width, encoding, errors)
        elif key in _NUMBER_FIELDS:
            value = fields.get(key, 0)
            if key == "mode":
                value &= 0o7777
            raw = itn(value, width, fmt)
        elif key == "chksum":
            raw = b" " * 8
        elif key == "type":
            raw = fields.get("type", REGTYPE)
        elif key == "magic":
            raw = fields.get("magic", POSIX_MAGIC)
        else:  # device numbers exist for device nodes only
            if fields.get("type") in (CHRTYPE, BLKTYPE):
                raw = itn(fields.get(key, 0), width, fmt)
            else:
                raw = bytes(width)
        block[at:at + len(raw)] = raw
    total = calc_chksums(block)[0]
    block[148:155] = ("%06o" % total).encode("ascii") + NUL
    return bytes(block)


def _pax_record(key, value):
    """One "LEN KEY=VALUE\\n" record; LEN counts its own digits."""
    base = len(key) + len(value) + 3
    size = base + len(str(base))
    while size != base + len(str(size)):
        size = base + len(str(size))
    return str(size).encode("ascii") + b" " + key + b"=" + value + b"\n"


def _extended_blocks(kind_name, typeflag, payload, magic, fmt=USTAR_FORMAT):
    """A pseudo-member (GNU long name/link, pax header) carrying payload."""
    head = _build_block({"name": kind_name, "type": typeflag,
                         "size": len(payload), "magic": magic},
                        fmt, "ascii", "replace")
    return head + payload + bytes(_padding(len(payload)))


def _parse_pax(data, encoding, errors):
    """Decode the records of a pax extended header into a dict."""
    records = {}
    pos = 0
    binary = False
    end = len(data)
    while pos < end and data[pos:pos + 1] not in (b"", NUL):
        space = data.find(b" ", pos)
        if space < 0:
            raise InvalidHeaderError("invalid header")
        try:
            length = int(data[pos:space])
        except ValueError:
            raise InvalidHeaderError("invalid header")
        stop = pos + length
        if length < 1 or stop > end or data[stop - 1:stop] != b"\n":
            raise InvalidHeaderError("invalid header")
        body = data[space + 1:stop - 1]
        eq = body.find(b"=")
        if eq < 1:
            raise InvalidHeaderError("invalid header")
        key = body[:eq].decode("utf-8", "strict")
        raw = body[eq + 1:]
        if key == "hdrcharset":
            binary = raw == b"BINARY"
        if binary and key in PAX_NAME_FIELDS:
            value = raw.decode(encoding, errors)
        else:
            try:
                value = raw.decode("utf-8", "strict")
            except UnicodeDecodeError:
                value = raw.decode(encoding, errors)
        records[key] = value
        pos = stop
    return records


# ------------------------------------------------------------------ TarInfo

_UNSET = object()


class TarInfo:
    """The description of one archive member (its header fields)."""

    __slots__ = dict(
        name="Name of the archive member.",
        mode="Permission bits.",
        uid="User ID of the user who originally stored this member.",
        gid="Group ID of the user who originally stored this member.",
        size="Size in bytes.",
        mtime="Time of last modification.",
        chksum="Header checksum.",
        type="File type.",
        linkname="Target of a hard or symbolic link.",
        uname="User name.",
        gname="Group name.",
        devmajor="Device major number.",
        devminor="Device minor number.",
        offset="Where the member's headers start in the archive.",
        offset_data="Where the member's data starts in the archive.",
        pax_headers="The pax extended header records of the member.",
        sparse="Map of a sparse member's data, or None.",
        tarfile=None,
        _hole_map=None,
        _resolved_link=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self._hole_map = None
        self._resolved_link = None

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_UNSET, mtime=_UNSET, mode=_UNSET,
                linkname=_UNSET, uid=_UNSET, gid=_UNSET, uname=_UNSET,
                gname=_UNSET, deep=True):
        """A copy of this member with the given fields changed."""
        twin = copy.deepcopy(self) if deep else copy.copy(self)
        changes = (("name", name), ("mtime", mtime), ("mode", mode),
                   ("linkname", linkname), ("uid", uid), ("gid", gid),
                   ("uname", uname), ("gname", gname))
        for attr, value in changes:
            if value is not _UNSET:
                setattr(twin, attr, value)
        return twin

    def get_info(self):
        """The header fields as a dict."""
        mode = self.mode
        name = self.name
        if self.type == DIRTYPE and not name.endswith("/"):
            name += "/"
        return {
            "name": name,
            "mode": None if mode is None else mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }

    # ---- writing

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING,
              errors="surrogateescape"):
        """The header block(s) of this member in the given format."""
        info = self.get_info()
        for key, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % key)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        full = info["name"]
        if len(full.encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = _ustar_split(full, encoding, errors)
        return _build_block(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        out = b""
        for key, flag in (("linkname", GNUTYPE_LONGLINK),
                          ("name", GNUTYPE_LONGNAME)):
            raw = info[key].encode(encoding, errors)
            if len(raw) > 100:
                out += _extended_blocks("././@LongLink", flag, raw + NUL,
                                        GNU_MAGIC, GNU_FORMAT)
        return out + _build_block(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        records = dict(self.pax_headers)
        # text fields go to the pax header when they are not plain ASCII
        # or do not fit their header field
        for key, keyword, width in (("name", "path", 100),
                                    ("linkname", "linkpath", 100),
                                    ("uname", "uname", 32),
                                    ("gname", "gname", 32)):
            if keyword in records:
                continue
            text = info[key]
            if not text.isascii() or len(text) > width:
                records[keyword] = text
        # numbers go there when they do not fit, or are not integers
        for key, width in (("uid", 8), ("gid", 8), ("size", 12),
                           ("mtime", 12)):
            value = info[key]
            exact = round(value) if isinstance(value, float) else value
            fits = 0 <= exact < 8 ** (width - 1)
            info[key] = exact if fits else 0
            if (not fits or exact is not value) and key not in records:
                records[key] = str(value)
        head = b""
        if records:
            head = self._pax_blocks(records, XHDTYPE, encoding)
        return head + _build_block(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._pax_blocks(pax_headers, XGLTYPE, "utf-8")

    @staticmethod
    def _pax_blocks(records, typeflag, encoding):
        payload = b"".join(
            _pax_record(str(k).encode("utf-8"), str(v).encode("utf-8"))
            for k, v in records.items())
        return _extended_blocks("././@PaxHeader", typeflag, payload,
                                POSIX_MAGIC)

    # ---- reading

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Decode one header block (without extended headers)."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        stored = nti(buf[148:156])
        if stored not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")

        member = cls()

        def text(at, width):
            return nts(buf[at:at + width], encoding, errors)

        member.name = text(0, 100)
        member.mode = nti(buf[100:108])
        member.uid = nti(buf[108:116])
        member.gid = nti(buf[116:124])
        member.size = nti(buf[124:136])
        member.mtime = nti(buf[136:148])
        member.chksum = stored
        member.type = buf[156:157]
        member.linkname = text(157, 100)
        member.uname = text(265, 32)
        member.gname = text(297, 32)
        member.devmajor = nti(buf[329:337])
        member.devminor = nti(buf[337:345])
        prefix = text(345, 155)

        # a V7 archive marks directories by a trailing slash only
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            pairs, more = _old_gnu_sparse(buf, 386, 4)
            member._hole_map = [pairs, more, nti(buf[483:495])]
        if member.type == DIRTYPE:
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + "/" + member.name
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """Read the next member of an archive, following the extended
        headers that precede it."""
        return _read_member(cls, tarfile)

    # ---- predicates

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _ustar_split(full, encoding, errors):
    """Cut a long path at a slash into (prefix, name) that fit ustar."""
    at = full.find("/")
    while at >= 0:
        head, tail = full[:at], full[at + 1:]
        if (len(head.encode(encoding, errors)) <= LENGTH_PREFIX
                and len(tail.encode(encoding, errors)) <= LENGTH_NAME):
            return head, tail
        at = full.find("/", at + 1)
    raise ValueError("name is too long")


def _old_gnu_sparse(buf, at, count):
    """(offset, numbytes) pairs of an old GNU sparse header area and its
    "more headers follow" flag."""
    pairs = []
    for i in range(count):
        spot = at + 24 * i
        try:
            where = nti(buf[spot:spot + 12])
            length = nti(buf[spot + 12:spot + 24])
        except InvalidHeaderError:
            break
        if where == 0 and length == 0:
            break
        pairs.append((where, length))
    more = buf[at + 24 * count] if at + 24 * count < len(buf) else 0
    return pairs, bool(more)


def _read_payload(tarfile, size):
    data = tarfile.fileobj.read(_rounded(size))
    return data[:size]


def _read_member(cls, tf):
    """Read one member: its header chain (GNU long names, pax headers,
    sparse maps) and the header proper."""
    source = tf.fileobj
    start = None
    longname = longlink = None
    local = None
    chained = False
    while True:
        here = source.tell()
        block = source.read(BLOCKSIZE)
        try:
            head = cls.frombuf(block, tf.encoding, tf.errors)
        except HeaderError as exc:
            if chained:
                raise SubsequentHeaderError(str(exc))
            raise
        if start is None:
            start = here
        kind = head.type
        if kind in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            data = _read_payload(tf, head.size)
            text = nts(data, tf.encoding, tf.errors)
            if kind == GNUTYPE_LONGNAME:
                longname = text
            else:
                longlink = text
            chained = True
            continue
        if kind in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            data = _read_payload(tf, head.size)
            records = _parse_pax(data, tf.encoding, tf.errors)
            if kind == XGLTYPE:
                tf.pax_headers.update(records)
                start = None
            else:
                local = dict(local or {})
                local.update(records)
            chained = True
            continue
        break

    head.offset = start
    if longname is not None:
        head.name = longname.rstrip("/") if head.isdir() else longname
    if longlink is not None:
        head.linkname = longlink
    headers = dict(tf.pax_headers)
    if local:
        headers.update(local)
    if headers:
        _apply_pax(head, headers)
    if head._hole_map is not None:
        _load_old_sparse(head, tf)
    head.offset_data = source.tell()
    if local and "GNU.sparse.major" in headers:
        _load_pax_sparse(head, headers, tf)
    if head.isreg() or head.type not in SUPPORTED_TYPES:
        tf.offset = head.offset_data + _rounded(head.size)
    else:
        tf.offset = head.offset_data
    return head


def _apply_pax(member, headers):
    for key, value in headers.items():
        if key == "GNU.sparse.name":
            member.name = value
        elif key == "GNU.sparse.size":
            member.size = int(value)
        elif key == "GNU.sparse.realsize":
            member.size = int(value)
        elif key in PAX_FIELDS:
            if key in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[key](value)
                except ValueError:
                    value = 0
            if key == "path":
                value = value.rstrip("/")
            setattr(member, _PAX_TO_ATTR.get(key, key), value)
    if "GNU.sparse.map" in headers:
        numbers = [int(x) for x in headers["GNU.sparse.map"].split(",")]
        member.sparse = list(zip(numbers[0::2], numbers[1::2]))
    elif "GNU.sparse.offset" in headers and "GNU.sparse.numbytes" in headers:
        member.sparse = [(int(headers["GNU.sparse.offset"]),
                          int(headers["GNU.sparse.numbytes"]))]
    member.pax_headers = dict(headers)


def _load_old_sparse(member, tf):
    """Old GNU sparse member: the map is in the header and in extension
    blocks that follow it."""
    pairs, more, realsize = member._hole_map
    pairs = list(pairs)
    while more:
        block = tf.fileobj.read(BLOCKSIZE)
        extra, more = _old_gnu_sparse(block, 0, 21)
        pairs.extend(extra)
    member._hole_map = None
    member.sparse = pairs
    member.size = realsize


def _load_pax_sparse(member, headers, tf):
    """pax sparse format 1.0: the map is a text block before the data."""
    if headers.get("GNU.sparse.major") != "1":
        return
    numbers = []
    text = b""
    while True:
        block = tf.fileobj.read(BLOCKSIZE)
        if len(block) < BLOCKSIZE:
            raise ReadError("unexpected end of data")
        text += block
        fields = text.split(b"\n")
        complete = fields[:-1]
        if complete:
            count = int(complete[0])
            if len(complete) >= 1 + 2 * count:
                numbers = [int(x) for x in complete[1:1 + 2 * count]]
                break
    member.offset_data = tf.fileobj.tell()
    member.sparse = list(zip(numbers[0::2], numbers[1::2]))
    if "GNU.sparse.realsize" in headers:
        member.size = int(headers["GNU.sparse.realsize"])


# ----------------------------------------------------------------- filters

def fully_trusted_filter(member, dest_path):
    return member


def _checked_changes(member, dest_path, strict):
    """The attribute changes the tar/data filters make, or an exception."""
    changes = {}
    name = member.name
    dest = os.path.realpath(dest_path)
    if name.startswith(("/", os.sep)):
        name = member.path.lstrip("/" + os.sep)
        changes["name"] = name
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    where = os.path.realpath(os.path.join(dest, name))
    if os.path.commonpath([where, dest]) != dest:
        raise OutsideDestinationError(member, where)

    mode = member.mode
    if mode is not None:
        mode &= 0o755          # no setuid/setgid/sticky, no group/other write
        if strict:
            if member.isreg() or member.islnk():
                if not mode & stat.S_IXUSR:
                    mode &= ~(stat.S_IXGRP | stat.S_IXOTH)
                mode |= stat.S_IRUSR | stat.S_IWUSR
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes["mode"] = mode

    if strict:
        for attr in ("uid", "gid", "uname", "gname"):
            if getattr(member, attr) is not None:
                changes[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                base = os.path.join(dest, os.path.dirname(name))
            else:
                base = dest
            target = os.path.realpath(os.path.join(base, member.linkname))
            if os.path.commonpath([target, dest]) != dest:
                raise LinkOutsideDestinationError(member, target)
    return changes


def tar_filter(member, dest_path):
    changes = _checked_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _checked_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_FILTERS_BY_NAME = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}


# ------------------------------------------------------------ member reading

class _MemberWindow:
    """Raw, seekable view of one member's bytes inside the archive (holes
    of sparse members read as zeros)."""

    def __init__(self, archive, member):
        self.archive = archive
        self.base = member.offset_data
        self.length = member.size
        self.name = getattr(archive, "name", None)
        self.at = 0
        self.closed = False
        # pieces: (start in member, length, position in archive or None)
        if member.sparse is None:
            self.pieces = [(0, member.size, self.base)]
        else:
            self.pieces = []
            cursor = 0
            stored = self.base
            for where, count in member.sparse:
                if where > cursor:
                    self.pieces.append((cursor, where - cursor, None))
                self.pieces.append((where, count, stored))
                stored += count
                cursor = where + count
            if cursor < self.length:
                self.pieces.append((cursor, self.length - cursor, None))

    def fetch(self, size):
        if size is None or size < 0:
            size = self.length - self.at
        size = max(0, min(size, self.length - self.at))
        parts = []
        while size > 0:
            for start, count, stored in self.pieces:
                if start <= self.at < start + count:
                    break
            else:
                break
            take = min(size, start + count - self.at)
            if stored is None:
                parts.append(bytes(take))
            else:
                self.archive.seek(stored + self.at - start)
                got = self.archive.read(take)
                if len(got) != take:
                    raise ReadError("unexpected end of data")
                parts.append(got)
            self.at += take
            size -= take
        return b"".join(parts)

    def move(self, pos, whence=0):
        if whence == 0:
            self.at = min(max(pos, 0), self.length)
        elif whence == 1:
            self.at = min(max(self.at + pos, 0), self.length)
        elif whence == 2:
            self.at = min(max(self.length + pos, 0), self.length)
        else:
            raise ValueError("Invalid argument")
        return self.at

    def close(self):
        self.closed = True


class ExFileObject:
    """A read-only binary file object over one archive member."""

    def __init__(self, tarfile, tarinfo):
        self.raw = _MemberWindow(tarfile.fileobj, tarinfo)
        self.name = self.raw.name
        self._done = False

    def __repr__(self):
        return "<ExFileObject name=%r>" % (self.name,)

    @property
    def closed(self):
        return self._done

    def _alive(self, what):
        if self._done:
            raise ValueError(what + " of closed file")

    def readable(self):
        self._alive("I/O operation")
        return True

    def seekable(self):
        self._alive("I/O operation")
        return True

    def writable(self):
        self._alive("I/O operation")
        return False

    def write(self, data):
        raise io.UnsupportedOperation("write")

    def fileno(self):
        raise io.UnsupportedOperation("fileno")

    def isatty(self):
        return False

    def flush(self):
        pass

    def read(self, size=-1):
        self._alive("read")
        return self.raw.fetch(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._alive("peek")
        here = self.raw.at
        data = self.raw.fetch(size if size > 0 else 8192)
        self.raw.at = here
        return data

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._alive("readline")
        if size is None:
            size = -1
        pieces = []
        got = 0
        while size < 0 or got < size:
            want = 256 if size < 0 else min(256, size - got)
            here = self.raw.at
            chunk = self.raw.fetch(want)
            if not chunk:
                break
            cut = chunk.find(b"\n")
            if cut >= 0:
                chunk = chunk[:cut + 1]
                self.raw.at = here + len(chunk)
                pieces.append(chunk)
                break
            pieces.append(chunk)
            got += len(chunk)
        return b"".join(pieces)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        return self.raw.at

    def seek(self, pos, whence=io.SEEK_SET):
        self._alive("seek")
        return self.raw.move(pos, whence)

    def close(self):
        self._done = True

    def __enter__(self):
        self._alive("I/O operation")
        return self

    def __exit__(self, *exc):
        self.close()



# --------------------------------------------------------- compressed pipes

_GZIP_MAGIC = b"\x1f\x8b"


class _Pipe:
    """Forward-only byte stream for the "|" modes: reads or writes a tar
    stream through an optional gzip layer over a file object that need
    not be seekable."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self.own = fileobj is None
        if fileobj is None:
            fileobj = bltn_open(name, "rb" if mode == "r" else "wb")
        self.raw = fileobj
        self.name = name or ""
        self.mode = mode
        self.bufsize = bufsize
        self.pos = 0
        self.closed = False
        self.pending = b""     # decoded bytes not yet handed out
        self.outbuf = b""      # encoded bytes not yet written
        self.undecoded = b""
        self.inflater = None
        self.deflater = None
        try:
            if mode == "r" and comptype == "*":
                comptype = self._sniff()
            self.comptype = comptype
            if comptype == "gz":
                import zlib
                self.zlib = zlib
                if mode == "r":
                    self._start_gzip_read()
                else:
                    self._start_gzip_write()
            elif comptype in ("bz2", "xz"):
                raise CompressionError(
                    ("bz2" if comptype == "bz2" else "lzma")
                    + " module is not available")
            elif comptype not in ("tar", "*"):
                raise CompressionError("unknown compression type %r" % comptype)
        except BaseException:
            if self.own:
                self.raw.close()
            self.closed = True
            raise

    # -- raw input with look-ahead

    def _raw_read(self, size):
        if self.undecoded:
            data = self.undecoded[:size]
            self.undecoded = self.undecoded[size:]
            if len(data) < size:
                data += self.raw.read(size - len(data))
            return data
        return self.raw.read(size)

    def _sniff(self):
        head = self.raw.read(self.bufsize)
        self.undecoded = head
        if head.startswith(b"\x1f\x8b\x08"):
            return "gz"
        if head[0:3] == b"BZh" and head[4:10] == b"1AY&SY":
            return "bz2"
        if head.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            return "xz"
        return "tar"

    def _start_gzip_read(self):
        head = self._raw_read(10)
        if len(head) < 10 or head[:2] != _GZIP_MAGIC:
            raise ReadError("not a gzip file")
        if head[2] != 8:
            raise CompressionError("unsupported compression method")
        flags = head[3]
        if flags & 4:
            extra = self._raw_read(2)
            self._raw_read(extra[0] + 256 * extra[1])
        for bit in (8, 16):
            if flags & bit:
                while self._raw_read(1) not in (b"", NUL):
                    pass
        if flags & 2:
            self._raw_read(2)
        self.inflater = self.zlib.decompressobj(-self.zlib.MAX_WBITS)

    def _start_gzip_write(self):
        zlib = self.zlib
        self.deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS,
                                         zlib.DEF_MEM_LEVEL, 0)
        self.crc = zlib.crc32(b"")
        stamp = int(time.time()).to_bytes(4, "little")
        base = os.path.basename(self.name)
        if base.endswith(".gz"):
            base = base[:-3]
        header = b"\x1f\x8b\x08\x08" + stamp + b"\x02\xff"
        self.outbuf = header + base.encode("iso-8859-1", "replace") + NUL

    # -- reading

    def _fill(self, want):
        while len(self.pending) < want:
            chunk = self._raw_read(self.bufsize)
            if not chunk:
                if self.inflater is not None:
                    try:
                        self.pending += self.inflater.flush()
                    except self.zlib.error:
                        raise ReadError("invalid compressed data")
                    self.inflater = None
                break
            if self.comptype == "gz":
                if self.inflater is None:
                    break
                try:
                    self.pending += self.inflater.decompress(chunk)
                except self.zlib.error:
                    raise ReadError("invalid compressed data")
                if self.inflater.eof:
                    self.inflater = None
            else:
                self.pending += chunk

    def read(self, size):
        self._fill(size)
        data = self.pending[:size]
        self.pending = self.pending[size:]
        self.pos += len(data)
        return data

    def tell(self):
        return self.pos

    def seek(self, pos):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        gap = pos - self.pos
        while gap > 0:
            step = min(gap, self.bufsize)
            got = self.read(step)
            if not got:
                break
            gap -= len(got)
        return self.pos

    # -- writing

    def write(self, data):
        data = bytes(data)
        self.pos += len(data)
        if self.deflater is not None:
            self.crc = self.zlib.crc32(data, self.crc)
            data = self.deflater.compress(data)
        self.outbuf += data
        if len(self.outbuf) >= self.bufsize:
            self.raw.write(self.outbuf)
            self.outbuf = b""

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                if self.deflater is not None:
                    self.outbuf += self.deflater.flush()
                    self.outbuf += (self.crc & 0xFFFFFFFF).to_bytes(4, "little")
                    self.outbuf += (self.pos & 0xFFFFFFFF).to_bytes(4, "little")
                if self.outbuf:
                    self.raw.write(self.outbuf)
                    self.outbuf = b""
        finally:
            if self.own:
                self.raw.close()


# ----------------------------------------------------------------- TarFile

def _show(text):
    """Print without failing on characters the terminal cannot encode."""
    enc = getattr(sys.stdout, "encoding", None) or "utf-8"
    if enc.lower().replace("_", "-") not in ("utf-8", "utf8"):
        text = text.encode(enc, "backslashreplace").decode(enc)
    print(text, end=" ")


class TarFile:
    """A tar archive open for reading, writing or appending."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open",
                 "xz": "xzopen"}

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None,
                 encoding=None, errors="surrogateescape", pax_headers=None,
                 debug=None, errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._own_file = fileobj is None
        if fileobj is None:
            if mode == "a" and not os.path.exists(name):
                self.mode = mode = "w"
            fileobj = bltn_open(name, file_modes[mode])
        elif name is None:
            label = getattr(fileobj, "name", None)
            if isinstance(label, (str, bytes)):
                name = label
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.copybufsize = copybufsize

        self.closed = False
        self.members = []
        self._complete = False
        self._ahead = None
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if mode == "r":
                self._ahead = self.next()
            elif mode == "a":
                self._scan_for_append()
            if mode in ("a", "w", "x"):
                self._complete = True
                if self.pax_headers:
                    blocks = self.tarinfo.create_pax_global_header(
                        self.pax_headers.copy())
                    self.fileobj.write(blocks)
                    self.offset += len(blocks)
        except BaseException:
            if self._own_file:
                self.fileobj.close()
            self.closed = True
            raise

    def _scan_for_append(self):
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as exc:
                raise ReadError(str(exc))
            self.members.append(member)

    # ---- opening

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE,
             **kwargs):
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            failures = []
            for method in ("gz", "bz2", "xz", "tar"):
                opener = getattr(cls, cls.OPEN_METH[method])
                mark = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as exc:
                    failures.append("- method %s: %r" % (method, exc))
                    if fileobj is not None:
                        fileobj.seek(mark)
            raise ReadError("file could not be opened successfully:\n"
                            + "\n".join(failures))

        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            opener = getattr(cls, cls.OPEN_METH[comptype])
            return opener(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            pipe = _Pipe(name, filemode, comptype, fileobj, bufsize)
            try:
                archive = cls(name, filemode, pipe, **kwargs)
            except BaseException:
                pipe.close()
                raise
            archive._own_file = True
            return archive

        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)

        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            wrapped = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as exc:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from exc
            raise
        try:
            archive = cls.taropen(name, mode, wrapped, **kwargs)
        except (OSError, EOFError) as exc:
            wrapped.close()
            if mode == "r":
                raise ReadError("not a gzip file") from exc
            raise
        except BaseException:
            wrapped.close()
            raise
        archive._own_file = True
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9,
                **kwargs):
        return cls._unavailable(name, mode, fileobj, "bz2",
                                lambda h: h[:3] == b"BZh",
                                "not a bzip2 file")

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        return cls._unavailable(name, mode, fileobj, "lzma",
                                lambda h: h[:6] == b"\xfd7zXZ\x00"
                                or h[:1] == b"\x5d",
                                "not an lzma file")

    @classmethod
    def _unavailable(cls, name, mode, fileobj, module, looks_right, wrong):
        # refpy has no bz2/lzma: data that is not in that format is
        # reported as such; data that is cannot be handled
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        if mode == "r":
            if fileobj is not None:
                mark = fileobj.tell()
                head = fileobj.read(8)
                fileobj.seek(mark)
            else:
                with bltn_open(name, "rb") as fh:
                    head = fh.read(8)
            if not looks_right(head):
                raise ReadError(wrong)
        raise CompressionError(module + " module is not available")

    # ---- plumbing

    def _check(self, modes=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if modes is not None and self.mode not in modes:
            raise OSError("bad operation for mode %r" % self.mode)

    def _note(self, level, text):
        if level <= self.debug:
            print(text, file=sys.stderr)

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(bytes(2 * BLOCKSIZE))
                self.offset += 2 * BLOCKSIZE
                tail = -self.offset % RECORDSIZE
                if tail:
                    self.fileobj.write(bytes(tail))
        finally:
            if self._own_file:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            # an error mid-write: leave the archive unfinished
            if self._own_file:
                self.fileobj.close()
            self.closed = True

    def __iter__(self):
        if self._complete:
            yield from self.members
            return
        index = 0
        while True:
            if index < len(self.members):
                member = self.members[index]
                if member is self._ahead:
                    self._ahead = None
            elif self._complete:
                return
            else:
                member = self.next()
                if member is None:
                    return
            index += 1
            yield member

    # ---- reading

    def next(self):
        """The next member of the archive, or None at its end."""
        self._check("ra")
        if self._ahead is not None:
            member, self._ahead = self._ahead, None
            return member
        source = self.fileobj
        if self.offset != source.tell():
            if self.offset == 0:
                return None
            source.seek(self.offset - 1)
            if not source.read(1):
                raise ReadError("unexpected end of data")

        member = None
        while True:
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as exc:
                if self.ignore_zeros:
                    self._note(2, "0x%X: %s" % (self.offset, exc))
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as exc:
                if self.ignore_zeros:
                    self._note(2, "0x%X: %s" % (self.offset, exc))
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    raise ReadError(str(exc)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as exc:
                if self.offset == 0:
                    raise ReadError(str(exc)) from None
            except SubsequentHeaderError as exc:
                raise ReadError(str(exc)) from None
            except Exception as exc:
                try:
                    import zlib
                except ImportError:
                    raise exc
                if isinstance(exc, zlib.error):
                    raise ReadError(str(exc)) from None
                raise
            break

        if member is None:
            self._complete = True
        else:
            self.members.append(member)
        return member

    def _read_all(self):
        while self.next() is not None:
            pass
        self._complete = True

    def getmembers(self):
        self._check()
        if not self._complete:
            self._read_all()
        return self.members

    def getnames(self):
        return [member.name for member in self.getmembers()]

    def _lookup(self, name, before=None, normalize=False):
        members = self.getmembers()
        stop = len(members)
        if before is not None:
            try:
                stop = members.index(before)
            except ValueError:
                pass
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members[:stop]):
            candidate = member.name
            if normalize:
                candidate = os.path.normpath(candidate)
            if candidate == name:
                return member
        return None

    def getmember(self, name):
        found = self._lookup(name.rstrip("/"))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def _link_source(self, member):
        """The member a hard or symbolic link refers to."""
        if member.issym():
            target = "/".join(filter(None, (os.path.dirname(member.name),
                                            member.linkname)))
            found = self._lookup(target, normalize=True)
        else:
            target = member.linkname
            found = self._lookup(target, before=member, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % target)
        return found

    def extractfile(self, member):
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _Pipe):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._link_source(info))
        return None

    def list(self, verbose=True, *, members=None):
        self._check()
        for info in (self if members is None else members):
            if verbose:
                if info.mode is None:
                    _show("??????????")
                else:
                    _show(stat.filemode(info.mode))
                _show("%s/%s" % (info.uname or info.uid,
                                 info.gname or info.gid))
                if info.ischr() or info.isblk():
                    _show("%10s" % ("%d,%d" % (info.devmajor, info.devminor)))
                else:
                    _show("%10d" % info.size)
                if info.mtime is None:
                    _show("????-??-?? ??:??:??")
                else:
                    _show("%d-%02d-%02d %02d:%02d:%02d"
                          % time.localtime(info.mtime)[:6])
            _show(info.name + ("/" if info.isdir() else ""))
            if verbose:
                if info.issym():
                    _show("-> " + info.linkname)
                if info.islnk():
                    _show("link to " + info.linkname)
            print()

    # ---- writing

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1]
        arcname = arcname.replace(os.sep, "/").lstrip("/")

        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None and hasattr(os, "fstat"):
            st = os.fstat(fileobj.fileno())
        elif fileobj is not None:
            st = os.stat(name)
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)

        kind_mode = st.st_mode
        linkname = ""
        if stat.S_ISREG(kind_mode):
            key = (st.st_ino, st.st_dev)
            earlier = self.inodes.get(key)
            if (not self.dereference and st.st_nlink > 1
                    and earlier is not None and arcname != earlier):
                kind = LNKTYPE
                linkname = earlier
            else:
                kind = REGTYPE
                if key[0]:
                    self.inodes[key] = arcname
        elif stat.S_ISDIR(kind_mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(kind_mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(kind_mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(kind_mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(kind_mode):
            kind = BLKTYPE
        else:
            return None

        info.name = arcname
        info.mode = kind_mode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        info.uname = _user_name(st.st_uid)
        info.gname = _group_name(st.st_gid)
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._note(2, "tarfile: Skipped %r" % name)
            return
        self._note(1, name)
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._note(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._note(2, "tarfile: Excluded %r" % name)
                return
        if info.isreg():
            with bltn_open(name, "rb") as fh:
                self.addfile(info, fh)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry),
                             os.path.join(arcname, entry), recursive,
                             filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        self._check("awx")
        info = copy.copy(tarinfo)
        head = info.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, info.size,
                        bufsize=self.copybufsize)
            pad = _padding(info.size)
            if pad:
                self.fileobj.write(bytes(pad))
            self.offset += info.size + pad
        self.members.append(info)

    # ---- extraction

    def _pick_filter(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError("String names are not supported for "
                                + "TarFile.extraction_filter. Use a function "
                                + "such as tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return _FILTERS_BY_NAME[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def _filtered(self, member, function, path):
        """Apply the filter to a member (a name or TarInfo); None when it
        is to be skipped."""
        if isinstance(member, str):
            member = self.getmember(member)
        original = member
        try:
            member = function(member, path)
        except (OSError, FilterError) as exc:
            self._fatal(exc)
            return None
        except ExtractError as exc:
            self._minor(exc)
            return None
        if member is None:
            self._note(2, "tarfile: Excluded %r" % original.name)
            return None
        if member.islnk():
            member = copy.copy(member)
            member._resolved_link = os.path.join(path, member.linkname)
        return member

    def _fatal(self, exc):
        if self.errorlevel > 0:
            raise exc
        if getattr(exc, "filename", None) is None:
            self._note(1, "tarfile: %s" % getattr(exc, "strerror", exc))
        else:
            self._note(1, "tarfile: %s %r" % (exc.strerror, exc.filename))

    def _minor(self, exc):
        if self.errorlevel > 1:
            raise exc
        self._note(1, "tarfile: %s" % exc)

    def extractall(self, path=".", members=None, *, numeric_owner=False,
                   filter=None):
        function = self._pick_filter(filter)
        later = []
        for member in (self if members is None else members):
            info = self._filtered(member, function, path)
            if info is None:
                continue
            if info.isdir():
                later.append(info)
            self._extract_guarded(info, path, not info.isdir(),
                                  numeric_owner)
        # directory attributes last, deepest first, so that restrictive
        # modes do not block the writes above
        later.sort(key=lambda m: m.name, reverse=True)
        for info in later:
            target = os.path.join(path, info.name)
            try:
                self.chown(info, target, numeric_owner)
                self.utime(info, target)
                self.chmod(info, target)
            except ExtractError as exc:
                self._minor(exc)

    def extract(self, member, path="", set_attrs=True, *,
                numeric_owner=False, filter=None):
        function = self._pick_filter(filter)
        info = self._filtered(member, function, path)
        if info is not None:
            self._extract_guarded(info, path, set_attrs, numeric_owner)

    def _extract_guarded(self, info, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._materialize(info, os.path.join(path, info.name),
                              set_attrs, numeric_owner)
        except OSError as exc:
            self._fatal(exc)
        except ExtractError as exc:
            self._minor(exc)

    def _materialize(self, info, target, set_attrs=True,
                     numeric_owner=False):
        target = target.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.islnk() or info.issym():
            self._note(1, "%s -> %s" % (info.name, info.linkname))
        else:
            self._note(1, info.name)

        if info.isreg():
            self.makefile(info, target)
        elif info.isdir():
            self.makedir(info, target)
        elif info.isfifo():
            self.makefifo(info, target)
        elif info.ischr() or info.isblk():
            self.makedev(info, target)
        elif info.islnk() or info.issym():
            self.makelink(info, target)
        elif info.type not in SUPPORTED_TYPES:
            self.makeunknown(info, target)
        else:
            self.makefile(info, target)

        if set_attrs:
            self.chown(info, target, numeric_owner)
            if not info.issym():
                self.chmod(info, target)
                self.utime(info, target)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                # owner-only until the real mode is applied at the end
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        with bltn_open(targetpath, "wb") as out:
            if tarinfo.sparse is not None:
                window = _MemberWindow(source, tarinfo)
                while True:
                    piece = window.fetch(self.copybufsize or 16 * 1024)
                    if not piece:
                        break
                    out.write(piece)
            else:
                source.seek(tarinfo.offset_data)
                copyfileobj(source, out, tarinfo.size, ReadError,
                            self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._note(1, "tarfile: Unknown file type %r, extracted as regular "
                   "file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, (tarinfo.mode or 0) | kind,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
                return
            source = tarinfo._resolved_link
            if source is not None and os.path.exists(source):
                os.link(source, targetpath)
                return
            self._materialize(self._link_source(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._materialize(self._link_source(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") \
                    from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        if not (hasattr(os, "geteuid") and hasattr(os, "chown")):
            return
        if os.geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if uid is None and gid is None:
            return
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, -1 if uid is None else uid,
                          -1 if gid is None else gid)
            else:
                os.chown(targetpath, -1 if uid is None else uid,
                         -1 if gid is None else gid)
        except OSError:
            raise ExtractError("could not change owner") from None

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError:
            raise ExtractError("could not change mode") from None

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError:
            raise ExtractError("could not change modification time") \
                from None


def _user_name(uid):
    try:
        import pwd
    except ImportError:
        return ""
    try:
        return pwd.getpwuid(uid)[0]
    except KeyError:
        return ""


def _group_name(gid):
    try:
        import grp
    except ImportError:
        return ""
    try:
        return grp.getgrgid(gid)[0]
    except KeyError:
        return ""


def is_tarfile(name):
    """True when `name` (a path or a file object) is a tar archive this
    module can read."""
    try:
        if hasattr(name, "read"):
            mark = name.tell()
            archive = open(fileobj=name)
            name.seek(mark)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open
