"""Reading and writing ZIP archives (refpy's own implementation).

The byte layout follows PKWARE's APPNOTE.TXT: every member is a local header
followed by its data (and, when the output cannot be repositioned, a data
descriptor); the archive ends with the central directory, an optional ZIP64
end record plus locator, and the classic end record with the archive comment.
Stored and deflated (raw deflate through zlib, wbits=-15) members can be
written; traditional PKWARE encryption can be read.  The choices of flag bits
and "version needed" values are the ones CPython writes, so archives with
fixed dates come out byte for byte the same.

Offsets written into an archive are absolute positions in the underlying
file.  When reading, a difference between where the central directory really
starts and where the end record says it starts (data prepended to the
archive, e.g. a self-extractor stub) is added to every member's offset.
"""

import io
import os
import posixpath
import stat
import struct
import sys
import time
import zlib
from _io import _LineReader

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when an archive would need ZIP64 records that were not allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# Record layouts (public names of the zipfile module).
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
    97: 'wavpack', 98: 'ppmd',
}

# General purpose flag bits (APPNOTE 4.4.4).
_FLAG_ENCRYPTED = 0x0001
_FLAG_DESCRIPTOR = 0x0008
_FLAG_PATCHED = 0x0020
_FLAG_STRONG = 0x0040
_FLAG_UTF8 = 0x0800

_SIG_DESCRIPTOR = b"PK\x07\x08"
_ZIP64_TAG = 0x0001
_BIG = 0xFFFFFFFF          # "see the ZIP64 record" marker of 32-bit fields
_CHUNK = 1 << 16

_DOS_EPOCH = (1980, 1, 1, 0, 0, 0)
_DOS_LAST = (2107, 12, 31, 23, 59, 59)


def _u16(data, at):
    return data[at] | (data[at + 1] << 8)


def _split_extra(extra):
    """Cut an extra-field block into (tag, payload) pairs; a truncated tail is
    returned as one more pair with tag None."""
    fields = []
    at = 0
    while at + 4 <= len(extra):
        tag = _u16(extra, at)
        size = _u16(extra, at + 2)
        fields.append((tag, extra[at + 4:at + 4 + size], size))
        at += 4 + size
    return fields, extra[at:]


def _without_zip64(extra):
    """The extra block with every ZIP64 field taken out."""
    kept = []
    at = 0
    while at + 4 <= len(extra):
        size = _u16(extra, at + 2)
        end = at + 4 + size
        if _u16(extra, at) != _ZIP64_TAG:
            kept.append(extra[at:end])
        at = end
    kept.append(extra[at:])
    return b"".join(kept)


def _dos_fields(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    return ((hour << 11) | (minute << 5) | (second // 2),
            ((year - 1980) << 9) | (month << 5) | day)


def _from_dos(dostime, dosdate):
    return ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
            dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)


def _needed_version(method):
    if method == ZIP_BZIP2:
        return BZIP2_VERSION
    if method == ZIP_LZMA:
        return LZMA_VERSION
    return 0


def _require_method(method):
    """Raise unless members compressed with `method` can be handled."""
    if method in (ZIP_STORED, ZIP_DEFLATED):
        return
    if method in (ZIP_BZIP2, ZIP_LZMA):
        modname = 'bz2' if method == ZIP_BZIP2 else 'lzma'
        try:
            __import__(modname)
        except ImportError:
            raise RuntimeError("Compression requires the (missing) %s module" % modname)
        raise NotImplementedError("That compression method is not supported")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo(object):
    """Everything the archive records about one member."""

    __slots__ = (
        'orig_filename', 'filename', 'date_time', 'compress_type',
        '_compresslevel', 'comment', 'extra', 'create_system',
        'create_version', 'extract_version', 'reserved', 'flag_bits',
        'volume', 'internal_attr', 'external_attr', 'header_offset', 'CRC',
        'compress_size', 'file_size', '_raw_time',
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find(chr(0))
        if cut >= 0:
            filename = filename[:cut]
        for sep in (os.sep, os.altsep):
            if sep and sep != "/":
                filename = filename.replace(sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        method = self.compress_type
        if method != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(method, method))
        mode_bits = self.external_attr >> 16
        if mode_bits:
            parts.append(' filemode=%r' % stat.filemode(mode_bits))
        dos_bits = self.external_attr & 0xFFFF
        if dos_bits:
            parts.append(' external_attr=%#x' % dos_bits)
        if self.file_size or not self.is_dir():
            parts.append(' file_size=%r' % self.file_size)
        if method != ZIP_STORED or self.compress_size != self.file_size:
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _name_and_flags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def FileHeader(self, zip64=None):
        """The local file header that precedes this member's data."""
        dostime, dosdate = _dos_fields(self.date_time)
        if self.flag_bits & _FLAG_DESCRIPTOR:
            # the real values follow the data in the descriptor
            crc = packed_csize = packed_size = 0
        else:
            crc, packed_csize, packed_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        version = _needed_version(self.compress_type)
        if zip64 is None:
            zip64 = packed_size > ZIP64_LIMIT or packed_csize > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', _ZIP64_TAG, 16, packed_size, packed_csize)
            packed_size = packed_csize = _BIG
            version = max(version, ZIP64_VERSION)
        elif packed_size > ZIP64_LIMIT or packed_csize > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        # the header's needs are remembered in the info (the central
        # directory reports the same versions)
        self.extract_version = max(version, self.extract_version)
        self.create_version = max(version, self.create_version)
        name, flags = self._name_and_flags()
        return struct.pack(structFileHeader, stringFileHeader,
                           self.extract_version, self.reserved,
                           flags, self.compress_type, dostime, dosdate, crc,
                           packed_csize, packed_size, len(name), len(extra)) + name + extra

    def _take_zip64(self):
        """Replace 32-bit fields marked 0xFFFFFFFF by the ZIP64 extra's values."""
        fields, _ = _split_extra(self.extra)
        for tag, payload, size in fields:
            if tag != _ZIP64_TAG:
                continue
            if len(payload) != size:
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tag, size))
            at = 0
            for attr, what in (('file_size', 'File size'), ('compress_size', 'Compress size'),
                               ('header_offset', 'Header offset')):
                if getattr(self, attr) != _BIG:
                    continue
                if at + 8 > len(payload):
                    raise BadZipFile("Corrupt zip64 extra field. %s not found." % what)
                setattr(self, attr, struct.unpack_from('<Q', payload, at)[0])
                at += 8

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo describing a file or directory of the file system."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        is_directory = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if stamp < _DOS_EPOCH:
                stamp = _DOS_EPOCH
            elif stamp > _DOS_LAST:
                stamp = _DOS_LAST
        name = filename if arcname is None else arcname
        name = os.path.normpath(os.path.splitdrive(name)[1])
        while name and name[0] in (os.sep, os.altsep):
            name = name[1:]
        if is_directory:
            name += '/'
        info = cls(name, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if is_directory:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        return self.filename[-1:] == '/'


# -- traditional PKWARE encryption (APPNOTE 6.1) -----------------------------

def _make_crc_steps():
    steps = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ 0xEDB88320 if value & 1 else value >> 1
        steps.append(value)
    return steps


_crc_steps = None


class _PkwareKeys:
    """The three-key state of the traditional cipher."""

    def __init__(self, password):
        global _crc_steps
        if _crc_steps is None:
            _crc_steps = _make_crc_steps()
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for ch in password:
            self._mix(ch)

    def _mix(self, byte):
        steps = _crc_steps
        k0, k1, k2 = self.k
        k0 = steps[(k0 ^ byte) & 0xFF] ^ (k0 >> 8)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = steps[(k2 ^ (k1 >> 24)) & 0xFF] ^ (k2 >> 8)
        self.k = [k0, k1, k2]

    def decrypt(self, data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            t = self.k[2] | 2
            plain = c ^ (((t * (t ^ 1)) >> 8) & 0xFF)
            self._mix(plain)
            out[i] = plain
        return bytes(out)


# -- the shared underlying file ------------------------------------------------

class _SliceReader:
    """A read position of its own on the archive's file object, so several
    members can be read at the same time."""

    def __init__(self, archive, where):
        self._archive = archive
        self._fp = archive.fp
        self._where = where
        self.seekable = archive._can_seek

    def tell(self):
        return self._where

    def seek(self, where):
        if self._archive._writing:
            raise ValueError("Can't reposition in the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._where = where

    def read(self, n):
        if self._archive._writing:
            raise ValueError("Can't reposition in the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._fp.seek(self._where)
        data = self._fp.read(n)
        self._where += len(data)
        return data

    def close(self):
        if self._fp is not None:
            self._fp = None
            self._archive._release()


class ZipExtFile(_LineReader):
    """A member opened for reading: a buffered, seekable byte stream."""

    MIN_READ_SIZE = 4096
    MAX_N = 1 << 30
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._src = fileobj
        self._owns_src = close_fileobj
        self.mode = mode
        self.name = zipinfo.filename
        self._info = zipinfo
        self.closed = False
        _require_method(zipinfo.compress_type)
        self._keys = None
        self._password = pwd
        self._check_byte = None
        if zipinfo.flag_bits & _FLAG_ENCRYPTED:
            if zipinfo.flag_bits & _FLAG_DESCRIPTOR:
                self._check_byte = (zipinfo._raw_time >> 8) & 0xFF
            else:
                self._check_byte = (zipinfo.CRC >> 24) & 0xFF
        self._want_crc = getattr(zipinfo, 'CRC', None)
        try:
            self._data_start = fileobj.tell()
            self._rewindable = bool(getattr(fileobj, 'seekable', True))
        except (AttributeError, OSError):
            self._data_start = None
            self._rewindable = False
        self._restart()

    def _restart(self):
        """Put the decoder back at the first byte of the member."""
        info = self._info
        self._left = info.compress_size        # compressed bytes not read yet
        self._buf = b""
        self._bufpos = 0
        self._pos = 0                          # position in the uncompressed data
        self._crc = 0
        self._done = False                     # the decoder has produced everything
        self._inflater = zlib.decompressobj(-15) if info.compress_type == ZIP_DEFLATED else None
        if self._check_byte is not None:
            pwd = self._password
            self._keys = _PkwareKeys(pwd)
            head = self._src.read(12)
            self._left -= 12
            if len(head) < 12 or self._keys.decrypt(head)[11] != self._check_byte:
                raise RuntimeError("Bad password for file %r" % self.name)

    def __repr__(self):
        cls = type(self)
        if self.closed:
            return '<%s.%s [closed]>' % (cls.__module__, cls.__qualname__)
        text = '<%s.%s name=%r mode=%r' % (cls.__module__, cls.__qualname__,
                                            self.name, self.mode)
        method = self._info.compress_type
        if method != ZIP_STORED:
            text += ' compress_type=%s' % compressor_names.get(method, method)
        return text + '>'

    # -- decoding ---------------------------------------------------------

    def _more(self):
        """Decode one more piece into the buffer; False at the end of the member."""
        if self._done:
            return False
        chunk = b""
        if self._left > 0:
            chunk = self._src.read(min(self._left, max(self.MIN_READ_SIZE, _CHUNK)))
            self._left -= len(chunk)
            if self._keys is not None:
                chunk = self._keys.decrypt(chunk)
        exhausted = self._left <= 0 or not chunk
        if self._inflater is None:
            piece = chunk
            if exhausted:
                self._done = True
        else:
            piece = self._inflater.decompress(chunk)
            if exhausted or self._inflater.eof:
                piece += self._inflater.flush()
                self._done = True
            elif not piece and not chunk:
                self._done = True
        if piece:
            self._crc = zlib.crc32(piece, self._crc)
            if self._bufpos:
                self._buf = self._buf[self._bufpos:] + piece
                self._bufpos = 0
            else:
                self._buf += piece
        if self._done and self._want_crc is not None and self._crc != self._want_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        return True

    def _available(self):
        return len(self._buf) - self._bufpos

    def _take(self, n):
        start = self._bufpos
        piece = self._buf[start:start + n]
        self._bufpos = start + len(piece)
        self._pos += len(piece)
        if self._bufpos >= len(self._buf):
            self._buf = b""
            self._bufpos = 0
        return piece

    def _live(self, what="read from"):
        if self.closed:
            raise ValueError("%s closed file." % what)

    # -- reading ------------------------------------------------------------

    def read(self, n=-1):
        self._live()
        if n is None or n < 0:
            while self._more():
                pass
            return self._take(self._available())
        while self._available() < n and self._more():
            pass
        return self._take(n)

    def read1(self, n):
        self._live()
        if n is None or n < 0:
            if not self._available():
                self._more()
            return self._take(self._available())
        if n == 0:
            return b""
        while not self._available() and self._more():
            pass
        return self._take(n)

    def peek(self, n=1):
        self._live()
        while self._available() < n and self._available() < 512 and self._more():
            pass
        return self._buf[self._bufpos:self._bufpos + max(n, 512)]

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast('B')
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, limit=-1):
        self._live()
        if limit is not None and limit < 0:
            limit = None
        while True:
            end = self._buf.find(b"\n", self._bufpos)
            if end >= 0:
                size = end + 1 - self._bufpos
                break
            if limit is not None and self._available() >= limit:
                size = limit
                break
            if not self._more():
                size = self._available()
                break
        if limit is not None:
            size = min(size, limit)
        return self._take(size)

    def _check_readable(self):
        # Line iteration and readlines() come from io's _LineReader.
        self._live("I/O operation on")

    # -- positioning ----------------------------------------------------------

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._rewindable

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def writable(self):
        return False

    def tell(self):
        self._live("tell on")
        if not self._rewindable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._pos

    def seek(self, offset, whence=0):
        self._live("seek on")
        if not self._rewindable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._pos + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), "
                             "or os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        back = self._pos - target
        if 0 <= back <= self._bufpos:
            # still inside what was decoded
            self._bufpos -= back
            self._pos = target
            return target
        if target < self._pos:
            self._src.seek(self._data_start)
            self._restart()
        while self._pos < target:
            if not self._available() and not self._more():
                break
            self._take(target - self._pos)
        return self._pos

    # -- not supported --------------------------------------------------------

    def write(self, data):
        raise io.UnsupportedOperation("write")

    def fileno(self):
        raise io.UnsupportedOperation("fileno")

    def truncate(self, size=None):
        raise io.UnsupportedOperation("truncate")

    def isatty(self):
        self._live("I/O operation on")
        return False

    def flush(self):
        self._live("I/O operation on")

    def close(self):
        if self.closed:
            return
        self.closed = True
        if self._owns_src:
            self._src.close()

    def __enter__(self):
        self._live("I/O operation on")
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class _MemberWriter:
    """The stream ZipFile.open(..., 'w') returns; compresses as it goes."""

    def __init__(self, archive, info, zip64, held=False):
        self._archive = archive
        self._info = info
        self._zip64 = zip64
        # held: the data is kept here and written after its final header at
        # close (no going back to patch the header)
        self._held = [] if held else None
        self._crc = 0
        self._raw_count = 0
        self._packed_count = 0
        self.closed = False
        if info.compress_type == ZIP_DEFLATED:
            level = info._compresslevel
            self._deflater = zlib.compressobj(-1 if level is None else level,
                                              zlib.DEFLATED, -15)
        else:
            self._deflater = None

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        pass

    def read(self, *args):
        raise io.UnsupportedOperation("read")

    def seek(self, *args):
        raise io.UnsupportedOperation("seek")

    def tell(self):
        raise io.UnsupportedOperation("seek")

    def _emit(self, data):
        if data:
            self._packed_count += len(data)
            if self._held is None:
                self._archive.fp.write(data)
            else:
                self._held.append(data)

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        view = memoryview(data)
        size = view.nbytes
        if size:
            raw = bytes(view)
            self._raw_count += size
            self._crc = zlib.crc32(raw, self._crc)
            self._emit(self._deflater.compress(raw) if self._deflater else raw)
        return size

    def close(self):
        if self.closed:
            return
        archive = self._archive
        info = self._info
        try:
            if self._deflater is not None:
                self._emit(self._deflater.flush())
            info.compress_size = self._packed_count
            info.CRC = self._crc
            info.file_size = self._raw_count
            if not self._zip64:
                if self._raw_count > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._packed_count > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            fp = archive.fp
            if info.flag_bits & _FLAG_DESCRIPTOR:
                layout = '<4sLQQ' if self._zip64 else '<4sLLL'
                fp.write(struct.pack(layout, _SIG_DESCRIPTOR, info.CRC,
                                     info.compress_size, info.file_size))
                archive.start_dir = fp.tell()
            elif self._held is not None:
                fp.write(info.FileHeader(self._zip64))
                fp.write(b"".join(self._held))
                self._held = None
                archive.start_dir = fp.tell()
            else:
                end = fp.tell()
                fp.seek(info.header_offset)
                fp.write(info.FileHeader(self._zip64))
                fp.seek(end)
                archive.start_dir = end
            archive.filelist.append(info)
            archive.NameToInfo[info.filename] = info
        finally:
            self.closed = True
            archive._writing = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        # a forgotten writer still completes its member, as io objects do
        try:
            self.close()
        except Exception:
            pass


class _CountingSink:
    """Wraps an output that cannot report its position."""

    def __init__(self, fp):
        self._fp = fp
        self._count = 0

    def write(self, data):
        n = self._fp.write(data)
        self._count += len(data)
        return n

    def tell(self):
        return self._count

    def flush(self):
        self._fp.flush()

    def close(self):
        self._fp.close()


def _find_end(fp):
    """Locate the end records.  Returns None when there is no end record,
    else a dict with the directory's entry count, size, recorded offset,
    the position where it must really start, and the archive comment."""
    fp.seek(0, 2)
    total = fp.tell()
    if total < sizeEndCentDir:
        return None
    span = min(total, sizeEndCentDir + ZIP_MAX_COMMENT)
    fp.seek(total - span)
    tail = fp.read(span)
    where = len(tail) - sizeEndCentDir
    if not (tail[where:where + 4] == stringEndArchive and tail[-2:] == b"\0\0"):
        where = tail.rfind(stringEndArchive)
        if where < 0 or where + sizeEndCentDir > len(tail):
            return None
    fields = struct.unpack(structEndArchive, tail[where:where + sizeEndCentDir])
    _, disk, cd_disk, count_here, count, cd_size, cd_offset, comment_len = fields
    end_pos = total - span + where
    found = {
        'count': count, 'size': cd_size, 'offset': cd_offset,
        'comment': tail[where + sizeEndCentDir:where + sizeEndCentDir + comment_len],
        'records_start': end_pos,
    }
    # a ZIP64 locator right before the end record points at the ZIP64 end record
    loc_pos = end_pos - sizeEndCentDir64Locator
    if loc_pos >= 0:
        fp.seek(loc_pos)
        loc = fp.read(sizeEndCentDir64Locator)
        if len(loc) == sizeEndCentDir64Locator and loc[:4] == stringEndArchive64Locator:
            _, _, _, disks = struct.unpack(structEndArchive64Locator, loc)
            if disks > 1:
                raise BadZipFile("zipfiles that span multiple disks are not supported")
            rec_pos = loc_pos - sizeEndCentDir64
            if rec_pos >= 0:
                fp.seek(rec_pos)
                rec = fp.read(sizeEndCentDir64)
                if len(rec) == sizeEndCentDir64 and rec[:4] == stringEndArchive64:
                    vals = struct.unpack(structEndArchive64, rec)
                    found['count'] = vals[7]
                    found['size'] = vals[8]
                    found['offset'] = vals[9]
                    found['records_start'] = rec_pos
    return found


def _looks_like_zip(fp):
    try:
        return _find_end(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """True when `filename` (a path or a binary file object) holds a ZIP
    end-of-archive record."""
    try:
        if hasattr(filename, "read"):
            return _looks_like_zip(filename)
        with open(filename, "rb") as fp:
            return _looks_like_zip(fp)
    except OSError:
        return False


def _bytes_password(pwd):
    if pwd and not isinstance(pwd, bytes):
        raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
    return pwd


_FILE_MODES = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or
    appending ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _require_method(compression)
        self._zip64_ok = allowZip64
        self._dirty = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_times = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._writing = False
        self._can_seek = True
        self.start_dir = 0

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._we_opened = True
            self.filename = file
            try:
                self.fp = io.open(file, _FILE_MODES[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = io.open(file, 'w+b')
                mode = 'w'
        else:
            self._we_opened = False
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._users = 1
        self._borrowed = False

        try:
            if mode == 'r':
                self._load_directory()
            elif mode in ('w', 'x'):
                self._dirty = True
                self._start_output()
            else:
                try:
                    self._load_directory()
                except BadZipFile:
                    # not an archive yet: the new one goes after what is there
                    self.fp.seek(0, 2)
                    self._dirty = True
                    self.start_dir = self.fp.tell()
                else:
                    self.fp.seek(self.start_dir)
        except:
            fp = self.fp
            self.fp = None
            if self._we_opened:
                fp.close()
            raise

    def _start_output(self):
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            self.fp = _CountingSink(self.fp)
            self.start_dir = 0
            self._can_seek = False
            return
        try:
            self.fp.seek(self.start_dir)
        except (AttributeError, OSError):
            self._can_seek = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        cls = type(self)
        text = '<%s.%s' % (cls.__module__, cls.__qualname__)
        if self.fp is None:
            return text + ' [closed]>'
        if self._we_opened:
            text += ' filename=%r' % self.filename
        else:
            text += ' file=%r' % self.fp
        return text + ' mode=%r>' % self.mode

    # -- reading the directory ----------------------------------------------------

    def _load_directory(self):
        fp = self.fp
        try:
            end = _find_end(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if end is None:
            raise BadZipFile("File is not a zip file")
        self._comment = end['comment']
        cd_start = end['records_start'] - end['size']
        shift = cd_start - end['offset']
        self.start_dir = cd_start
        fp.seek(cd_start)
        table = fp.read(end['size'])
        at = 0
        while at < len(table):
            head = table[at:at + sizeCentralDir]
            if len(head) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            rec = struct.unpack(structCentralDir, head)
            if rec[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            name_len, extra_len, comment_len = rec[12], rec[13], rec[14]
            at += sizeCentralDir
            raw_name = table[at:at + name_len]
            at += name_len
            flags = rec[5]
            if flags & _FLAG_UTF8:
                name = raw_name.decode('utf-8')
            else:
                name = raw_name.decode(self.metadata_encoding or 'cp437')
            info = ZipInfo(name)
            info.extra = table[at:at + extra_len]
            at += extra_len
            info.comment = table[at:at + comment_len]
            at += comment_len
            (info.create_version, info.create_system, info.extract_version,
             info.reserved, info.flag_bits, info.compress_type, dostime, dosdate,
             info.CRC, info.compress_size, info.file_size) = rec[1:12]
            info.volume, info.internal_attr, info.external_attr, info.header_offset = rec[15:19]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
            info._raw_time = dostime
            info.date_time = _from_dos(dostime, dosdate)
            info._take_zip64()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    # -- simple queries -----------------------------------------------------------

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % tuple(info.date_time[:6])
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(_CHUNK):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        self.pwd = _bytes_password(pwd) or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._dirty = True

    # -- reading members ----------------------------------------------------------

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._begin_member(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open "
                             "writing handle on it. "
                             "Close the writing handle before trying to read.")
        self._users += 1
        src = _SliceReader(self, info.header_offset)
        try:
            head = src.read(sizeFileHeader)
            if len(head) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            rec = struct.unpack(structFileHeader, head)
            if rec[0] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            raw_name = src.read(rec[10])
            if rec[11]:
                src.read(rec[11])
            flags = rec[3]
            if info.flag_bits & _FLAG_PATCHED:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _FLAG_STRONG:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if flags & _FLAG_UTF8:
                header_name = raw_name.decode("utf-8")
            else:
                header_name = raw_name.decode(self.metadata_encoding or "cp437")
            if header_name != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (info.orig_filename, raw_name))
            if info.flag_bits & _FLAG_ENCRYPTED:
                pwd = _bytes_password(pwd or self.pwd)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required "
                                       "for extraction" % name)
            else:
                pwd = None
            return ZipExtFile(src, mode, info, pwd, True)
        except:
            src.close()
            raise

    def _release(self):
        self._users -= 1
        if self._users <= 0 and self._we_opened and not self._borrowed and self.fp is not None:
            fp = self.fp
            self.fp = None
            fp.close()

    # -- writing ------------------------------------------------------------------

    def _check_new_member(self, info, depth=3):
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=depth)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        _require_method(info.compress_type)
        if not self._zip64_ok:
            why = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                why = "Files count"
            elif info.file_size > ZIP64_LIMIT:
                why = "Filesize"
            elif info.header_offset > ZIP64_LIMIT:
                why = "Zipfile size"
            if why:
                raise LargeZipFile(why + " would require ZIP64 extensions")

    def _begin_member(self, info, force_zip64, hold=False):
        if force_zip64 and not self._zip64_ok:
            raise ValueError("force_zip64 is True, but allowZip64 was False "
                             "when opening the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another "
                             "write handle open on it. "
                             "Close the first handle before opening another.")
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0 if self._can_seek else _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        zip64 = force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT
        if self._can_seek:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._check_new_member(info)
        self._dirty = True
        if zip64:
            info.extract_version = max(info.extract_version, ZIP64_VERSION)
            info.create_version = max(info.create_version, ZIP64_VERSION)
        hold = hold and self._can_seek
        if not hold:
            self.fp.write(info.FileHeader(zip64))
        sink = _MemberWriter(self, info, zip64, hold)
        self._writing = True
        return sink

    def _refuse_while_streaming(self, stop="."):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists"
                             + stop)

    def _add_directory(self, info):
        """Write the header of a directory entry (no data follows)."""
        if self._can_seek:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= 0x02
        self._check_new_member(info, 4)
        self._dirty = True
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info
        self.fp.write(info.FileHeader(False))
        self.start_dir = self.fp.tell()

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._refuse_while_streaming("")
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_times)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self._add_directory(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with io.open(filename, "rb") as source, self.open(info, 'w') as sink:
            while True:
                block = source.read(1024 * 8)
                if not block:
                    break
                sink.write(block)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.is_dir():
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        self._refuse_while_streaming()
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        with self._begin_member(info, False, hold=True) as sink:
            sink.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            info = ZipInfo(name)
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
            info.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        # (like CPython, no check for a closed archive or an open writer here)
        self._add_directory(info)

    # -- extracting ---------------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        return self._extract_one(member, os.getcwd() if path is None else os.fspath(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        base = os.getcwd() if path is None else os.fspath(path)
        for member in self.namelist() if members is None else members:
            self._extract_one(member, base, pwd)

    def _extract_one(self, member, base, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        # keep the entry inside `base`: drop empty, '.' and '..' parts
        parts = []
        for part in info.filename.replace('/', os.sep).split(os.sep):
            if part and part not in ('.', '..'):
                parts.append(part)
        target = os.path.join(base, *parts) if parts else base
        target = os.path.normpath(target)
        folder = os.path.dirname(target)
        if folder and not os.path.exists(folder):
            os.makedirs(folder)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(info, pwd=pwd) as src, io.open(target, "wb") as dst:
            while True:
                block = src.read(_CHUNK)
                if not block:
                    break
                dst.write(block)
        return target

    # -- closing ------------------------------------------------------------------

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open "
                             "writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._dirty:
                if self._can_seek:
                    self.fp.seek(self.start_dir)
                self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            self._users -= 1
            if self._users <= 0 and self._we_opened and not self._borrowed:
                fp.close()

    def _write_directory(self):
        fp = self.fp
        for info in self.filelist:
            dostime, dosdate = _dos_fields(info.date_time)
            size, csize, offset = info.file_size, info.compress_size, info.header_offset
            wide = []
            if size > ZIP64_LIMIT or csize > ZIP64_LIMIT:
                wide += [size, csize]
                size = csize = _BIG
            if offset > ZIP64_LIMIT:
                wide.append(offset)
                offset = _BIG
            extra = info.extra
            version = _needed_version(info.compress_type)
            if wide:
                extra = struct.pack('<HH%dQ' % len(wide), _ZIP64_TAG, 8 * len(wide),
                                    *wide) + _without_zip64(extra)
                version = max(version, ZIP64_VERSION)
            name, flags = info._name_and_flags()
            fp.write(struct.pack(structCentralDir, stringCentralDir,
                                 max(version, info.create_version), info.create_system,
                                 max(version, info.extract_version), info.reserved,
                                 flags, info.compress_type, dostime, dosdate, info.CRC,
                                 csize, size, len(name), len(extra), len(info.comment),
                                 0, info.internal_attr, info.external_attr, offset))
            fp.write(name)
            fp.write(extra)
            fp.write(info.comment)
        here = fp.tell()
        count = len(self.filelist)
        cd_size = here - self.start_dir
        cd_offset = self.start_dir
        why = None
        if count > ZIP_FILECOUNT_LIMIT:
            why = "Files count"
        elif cd_offset > ZIP64_LIMIT:
            why = "Central directory offset"
        elif cd_size > ZIP64_LIMIT:
            why = "Central directory size"
        if why:
            if not self._zip64_ok:
                raise LargeZipFile(why + " would require ZIP64 extensions")
            fp.write(struct.pack(structEndArchive64, stringEndArchive64,
                                 sizeEndCentDir64 - 12, ZIP64_VERSION, ZIP64_VERSION,
                                 0, 0, count, count, cd_size, cd_offset))
            fp.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator,
                                 0, here, 1))
            count = min(count, 0xFFFF)
            cd_size = min(cd_size, _BIG)
            cd_offset = min(cd_offset, _BIG)
        fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count,
                             cd_size, cd_offset, len(self._comment)))
        fp.write(self._comment)
        if self.mode == 'a':
            fp.truncate()
        fp.flush()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class PyZipFile(ZipFile):
    """ZipFile with writepy(); refpy cannot produce byte code files, so
    writepy() is not available."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression,
                         allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy is not supported by refpy")


# -- zipfile.Path ---------------------------------------------------------------------

def _implied_dirs(names):
    """Directory entries that only exist as prefixes of other names."""
    present = set(names)
    extra = []
    seen = set()
    for name in names:
        parts = name.rstrip('/').split('/')[:-1]
        for i in range(1, len(parts) + 1):
            folder = '/'.join(parts[:i]) + '/'
            if folder not in present and folder not in seen:
                seen.add(folder)
                extra.append(folder)
    return extra


def _every_name(archive):
    """Names of the archive plus its implied directories, as a set."""
    own = getattr(archive, '_nameset', None)
    if own is not None:
        return own()
    names = archive.namelist()
    return set(names).union(_implied_dirs(names))


def _as_folder(archive, name):
    """`name` + '/' when only the directory form exists in the archive."""
    names = _every_name(archive)
    if name not in names and name + '/' in names:
        return name + '/'
    return name


class CompleteDirs(ZipFile):
    """A ZipFile whose name list also has the directories that are only implied."""

    def namelist(self):
        names = ZipFile.namelist(self)
        return names + _implied_dirs(names)

    def _nameset(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        return _as_folder(self, name)

    def getinfo(self, name):
        try:
            return ZipFile.getinfo(self, name)
        except KeyError:
            if not name.endswith('/') or name not in self._nameset():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        if 'r' not in source.mode:
            # an archive being written changes under the Path: use it directly
            return source
        view = cls.__new__(cls)
        view.__dict__.update(source.__dict__)
        # the view borrows the file: only `source` closes it
        view._borrowed = True
        return view


class FastLookup(CompleteDirs):
    """CompleteDirs that remembers its names (for archives opened to read)."""

    def namelist(self):
        cached = self.__dict__.get('_name_cache')
        if cached is None:
            cached = CompleteDirs.namelist(self)
            self.__dict__['_name_cache'] = cached
        return list(cached)

    def _nameset(self):
        cached = self.__dict__.get('_name_set')
        if cached is None:
            cached = set(self.namelist())
            self.__dict__['_name_set'] = cached
        return cached


class _TextMember:
    """Text view of a member (what Path.open() returns in text mode)."""

    def __init__(self, stream, name, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self._stream = stream
        self.name = name
        self.encoding = 'UTF-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self._text = None
        self.closed = False

    def _reader(self):
        if self._text is None:
            raw = self._stream.read()
            self._text = io.StringIO(raw.decode(self.encoding, self.errors),
                                     newline=self._newline)
        return self._text

    def read(self, size=-1):
        return self._reader().read(size)

    def readline(self, size=-1):
        return self._reader().readline(size)

    def readlines(self, hint=-1):
        return self._reader().readlines(hint)

    def __iter__(self):
        return iter(self._reader())

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._stream.write(text.encode(self.encoding, self.errors))
        return len(text)

    def readable(self):
        return self._stream.readable()

    def writable(self):
        return self._stream.writable()

    def close(self):
        if not self.closed:
            self.closed = True
            self._stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self.encoding)


class Path:
    """A pathlib-like view of the members of an archive."""

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def _child(self, at):
        return type(self)(self.root, at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        kind = mode[0]
        if kind == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, kind, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        return _TextMember(stream, self.at, *args, **kwargs)

    @property
    def name(self):
        import pathlib
        return pathlib.Path(self.at).name or self.filename.name

    @property
    def suffix(self):
        import pathlib
        return pathlib.Path(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        import pathlib
        return pathlib.Path(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        import pathlib
        return pathlib.Path(self.at).stem or self.filename.stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as member:
            return member.read()

    def read_bytes(self):
        with self.open('rb') as member:
            return member.read()

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in _every_name(self.root)

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        kids = []
        for name in self._listing():
            parent = posixpath.dirname(name.rstrip('/'))
            if (parent + '/' if parent else '') == self.at:
                kids.append(self._child(name))
        return iter(kids)

    def _listing(self):
        names = self.root.namelist()
        if isinstance(self.root, CompleteDirs):
            return names
        return names + _implied_dirs(names)

    def joinpath(self, *other):
        target = posixpath.join(self.at, *other)
        return self._child(_as_folder(self.root, target))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip('/'))
        return self._child(up + '/' if up else up)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)
