"""refpy's mimetypes: guess a file's MIME type and encoding from its name.

Written for refpy from the module's documentation. The built-in tables below are the
data CPython 3.11 starts from (one "extension type" pair a line); `init()` then reads
the system's mime.types files (`knownfiles`) as CPython does, so the answers match
python3's on the same machine.
"""

import os
import posixpath
import re

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

_SUFFIXES = """\
.svgz .svg.gz
.tgz .tar.gz
.taz .tar.gz
.tz .tar.gz
.tbz2 .tar.bz2
.txz .tar.xz
"""
_ENCODINGS = """\
.gz gzip
.Z compress
.bz2 bzip2
.xz xz
.br br
"""
_TYPES = """\
.js application/javascript
.mjs application/javascript
.json application/json
.webmanifest application/manifest+json
.doc application/msword
.dot application/msword
.wiz application/msword
.nq application/n-quads
.nt application/n-triples
.bin application/octet-stream
.a application/octet-stream
.dll application/octet-stream
.exe application/octet-stream
.o application/octet-stream
.obj application/octet-stream
.so application/octet-stream
.oda application/oda
.pdf application/pdf
.p7c application/pkcs7-mime
.ps application/postscript
.ai application/postscript
.eps application/postscript
.trig application/trig
.m3u application/vnd.apple.mpegurl
.m3u8 application/vnd.apple.mpegurl
.xls application/vnd.ms-excel
.xlb application/vnd.ms-excel
.ppt application/vnd.ms-powerpoint
.pot application/vnd.ms-powerpoint
.ppa application/vnd.ms-powerpoint
.pps application/vnd.ms-powerpoint
.pwz application/vnd.ms-powerpoint
.wasm application/wasm
.bcpio application/x-bcpio
.cpio application/x-cpio
.csh application/x-csh
.dvi application/x-dvi
.gtar application/x-gtar
.hdf application/x-hdf
.h5 application/x-hdf5
.latex application/x-latex
.mif application/x-mif
.cdf application/x-netcdf
.nc application/x-netcdf
.p12 application/x-pkcs12
.pfx application/x-pkcs12
.ram application/x-pn-realaudio
.pyc application/x-python-code
.pyo application/x-python-code
.sh application/x-sh
.shar application/x-shar
.swf application/x-shockwave-flash
.sv4cpio application/x-sv4cpio
.sv4crc application/x-sv4crc
.tar application/x-tar
.tcl application/x-tcl
.tex application/x-tex
.texi application/x-texinfo
.texinfo application/x-texinfo
.roff application/x-troff
.t application/x-troff
.tr application/x-troff
.man application/x-troff-man
.me application/x-troff-me
.ms application/x-troff-ms
.ustar application/x-ustar
.src application/x-wais-source
.xsl application/xml
.rdf application/xml
.wsdl application/xml
.xpdl application/xml
.zip application/zip
.3gp audio/3gpp
.3gpp audio/3gpp
.3g2 audio/3gpp2
.3gpp2 audio/3gpp2
.aac audio/aac
.adts audio/aac
.loas audio/aac
.ass audio/aac
.au audio/basic
.snd audio/basic
.mp3 audio/mpeg
.mp2 audio/mpeg
.opus audio/opus
.aif audio/x-aiff
.aifc audio/x-aiff
.aiff audio/x-aiff
.ra audio/x-pn-realaudio
.wav audio/x-wav
.avif image/avif
.bmp image/bmp
.gif image/gif
.ief image/ief
.jpg image/jpeg
.jpe image/jpeg
.jpeg image/jpeg
.heic image/heic
.heif image/heif
.png image/png
.svg image/svg+xml
.tiff image/tiff
.tif image/tiff
.ico image/vnd.microsoft.icon
.ras image/x-cmu-raster
.pnm image/x-portable-anymap
.pbm image/x-portable-bitmap
.pgm image/x-portable-graymap
.ppm image/x-portable-pixmap
.rgb image/x-rgb
.xbm image/x-xbitmap
.xpm image/x-xpixmap
.xwd image/x-xwindowdump
.eml message/rfc822
.mht message/rfc822
.mhtml message/rfc822
.nws message/rfc822
.css text/css
.csv text/csv
.html text/html
.htm text/html
.n3 text/n3
.txt text/plain
.bat text/plain
.c text/plain
.h text/plain
.ksh text/plain
.pl text/plain
.srt text/plain
.rtx text/richtext
.tsv text/tab-separated-values
.vtt text/vtt
.py text/x-python
.etx text/x-setext
.sgm text/x-sgml
.sgml text/x-sgml
.vcf text/x-vcard
.xml text/xml
.mp4 video/mp4
.mpeg video/mpeg
.m1v video/mpeg
.mpa video/mpeg
.mpe video/mpeg
.mpg video/mpeg
.mov video/quicktime
.qt video/quicktime
.webm video/webm
.avi video/x-msvideo
.movie video/x-sgi-movie
"""
_COMMON = """\
.rtf application/rtf
.midi audio/midi
.mid audio/midi
.jpg image/jpg
.pict image/pict
.pct image/pict
.pic image/pict
.webp image/webp
.xul text/xul
"""


def _pairs(table):
    return dict(line.split(' ', 1) for line in table.splitlines())


suffix_map = _suffix_map_default = _pairs(_SUFFIXES)
encodings_map = _encodings_map_default = _pairs(_ENCODINGS)
types_map = _types_map_default = _pairs(_TYPES)
common_types = _common_types_default = _pairs(_COMMON)

_SCHEME = re.compile('([^/:]+):(.*)', re.DOTALL)


class MimeTypes:
    """A database of MIME types: the built-in tables plus the files given."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        # [strict] and [non-strict] tables, each way round.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, kind in _types_map_default.items():
            self.add_type(kind, ext, True)
        for ext, kind in _common_types_default.items():
            self.add_type(kind, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL; None where unknown."""
        url = os.fspath(url)
        found = _SCHEME.match(url)
        if found and found.group(1).lower() == 'data':
            return self._data_url_type(found.group(2))
        stem, ext = posixpath.splitext(url)
        # Shorthand suffixes (.tgz) stand for two (.tar.gz).
        while ext.lower() in self.suffix_map:
            stem, ext = posixpath.splitext(stem + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)     # case-sensitive, as in CPython
        if encoding is not None:
            stem, ext = posixpath.splitext(stem)
        ext = ext.lower()
        tables = [self.types_map[True]]
        if not strict:
            tables.append(self.types_map[False])
        for table in tables:
            if ext in table:
                return table[ext], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(rest):
        # data:[<mediatype>][;base64],<data>
        comma = rest.find(',')
        if comma < 0:
            return None, None
        semi = rest.find(';', 0, comma)
        kind = rest[:semi if semi >= 0 else comma]
        if '=' in kind or '/' not in kind:
            kind = 'text/plain'
        return kind, None

    def guess_all_extensions(self, type, strict=True):
        kind = type.lower()
        found = list(self.types_map_inv[True].get(kind, []))
        if not strict:
            found += [e for e in self.types_map_inv[False].get(kind, []) if e not in found]
        return found

    def guess_extension(self, type, strict=True):
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Read lines "type ext1 ext2 ..." (# starts a comment)."""
        for line in fp:
            words = line.split()
            for i, word in enumerate(words):
                if word.startswith('#'):
                    words = words[:i]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        # There is no registry here.
        return


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _database().add_type(type, ext, strict)


def read_mime_types(file):
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]
