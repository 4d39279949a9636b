"""Reading and writing uncompressed (PCM) WAV files.

refpy's own implementation of the interface documented for CPython 3.11's wave module:
`open()` gives a Wave_read or a Wave_write; the RIFF layout written is the canonical
44-byte header (a 16-byte "fmt " chunk, then "data").
"""

import builtins
import struct
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]

WAVE_FORMAT_PCM = 0x0001


class Error(Exception):
    pass


_PARAM_NAMES = ('nchannels', 'sampwidth', 'framerate', 'nframes', 'comptype', 'compname')
_wave_params = namedtuple('_wave_params', _PARAM_NAMES)

# messages used in more than one place
_BAD_CHANNELS = 'bad # of channels'
_BAD_WIDTH = 'bad sample width'


def _read_exact(fp, size):
    got = fp.read(size)
    if len(got) < size:
        raise EOFError
    return got


class Wave_read:
    """A WAV file opened for reading (see wave.open)."""

    def __init__(self, f):
        self._owned = None
        if isinstance(f, str):
            f = self._owned = builtins.open(f, 'rb')
        try:
            self._scan(f)
        except BaseException:
            if self._owned is not None:
                self._owned.close()
            raise
        self._fp = f

    def _scan(self, fp):
        head = fp.read(12)
        if len(head) < 4:
            raise EOFError
        if head[:4] != b'RIFF':
            raise Error('file does not start with RIFF id')
        if len(head) < 12:
            raise EOFError
        if head[8:12] != b'WAVE':
            raise Error('not a WAVE file')
        # bytes of the RIFF chunk still to come (its size counts the 'WAVE' tag)
        remaining = struct.unpack('<I', head[4:8])[0] - 4
        have_format = False
        while True:
            if remaining < 8:
                break
            label = fp.read(8)
            if len(label) < 8:
                break
            remaining -= 8
            name = label[:4]
            size = struct.unpack('<I', label[4:])[0]
            bounded = min(size, remaining)
            if name == b'data':
                if not have_format:
                    raise Error('data chunk before fmt chunk')
                self._data_size = bounded
                self._data_start = fp.tell()
                self._nframes = size // self._frame_size
                self._consumed = 0
                self._position = 0
                return
            if name == b'fmt ':
                self._read_format(fp, bounded)
                have_format = True
            else:
                fp.seek(bounded, 1)
            remaining -= bounded
            if size & 1 and remaining:
                # chunks are padded to an even length
                fp.read(1)
                remaining -= 1
        raise Error('fmt chunk and/or data chunk missing')

    def _read_format(self, fp, size):
        if size < 14:
            raise EOFError
        body = _read_exact(fp, 14)
        kind, self._nchannels, self._framerate, _, _ = struct.unpack('<HHLLH', body)
        if kind != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (kind,))
        if size < 16:
            raise EOFError
        bits = struct.unpack('<H', _read_exact(fp, 2))[0]
        self._sampwidth = (bits + 7) // 8
        if not self._sampwidth:
            raise Error(_BAD_WIDTH)
        if not self._nchannels:
            raise Error(_BAD_CHANNELS)
        self._frame_size = self._nchannels * self._sampwidth
        if size > 16:
            fp.read(size - 16)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def getfp(self):
        return self._fp

    def rewind(self):
        self._fp.seek(self._data_start)
        self._consumed = 0
        self._position = 0

    def close(self):
        self._fp = None
        owned, self._owned = self._owned, None
        if owned is not None:
            owned.close()

    def tell(self):
        return self._position

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return 'NONE'

    def getcompname(self):
        return 'not compressed'

    def getparams(self):
        return _wave_params(self._nchannels, self._sampwidth, self._framerate,
                            self._nframes, 'NONE', 'not compressed')

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if not 0 <= pos <= self._nframes:
            raise Error('position not in range')
        self._fp.seek(self._data_start + pos * self._frame_size)
        self._consumed = pos * self._frame_size
        self._position = pos

    def readframes(self, nframes):
        wanted = min(nframes * self._frame_size, self._data_size - self._consumed)
        if wanted <= 0:
            return b''
        data = self._fp.read(wanted)
        self._consumed += len(data)
        self._position += len(data) // self._frame_size
        return data


class Wave_write:
    """A WAV file opened for writing (see wave.open). Set the channels, sample width
    and frame rate before the first frames are written; the header is fixed up on
    close (and by writeframes) when the number of frames differs from the one in it."""

    def __init__(self, f):
        self._owned = None
        if isinstance(f, str):
            f = self._owned = builtins.open(f, 'wb')
        self._fp = f
        self._settings = {'nchannels': 0, 'sampwidth': 0, 'framerate': 0}
        self._nframes = 0
        self._comp = ('NONE', 'not compressed')
        self._frames_out = 0
        self._bytes_out = 0
        self._header_at = None      # file position of the header once written
        self._header_bytes = 0      # data size the written header announces

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()

    def _frozen(self):
        if self._header_at is not None:
            raise Error('cannot change parameters after starting to write')

    def _get(self, name, what):
        value = self._settings[name]
        if not value:
            raise Error(what + ' not set')
        return value

    def setnchannels(self, nchannels):
        self._frozen()
        if nchannels < 1:
            raise Error(_BAD_CHANNELS)
        self._settings['nchannels'] = nchannels

    def getnchannels(self):
        return self._get('nchannels', 'number of channels')

    def setsampwidth(self, sampwidth):
        self._frozen()
        if not 1 <= sampwidth <= 4:
            raise Error(_BAD_WIDTH)
        self._settings['sampwidth'] = sampwidth

    def getsampwidth(self):
        return self._get('sampwidth', 'sample width')

    def setframerate(self, framerate):
        self._frozen()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._settings['framerate'] = int(round(framerate))

    def getframerate(self):
        return self._get('framerate', 'frame rate')

    def setnframes(self, nframes):
        self._frozen()
        self._nframes = nframes

    def getnframes(self):
        return self._frames_out

    def setcomptype(self, comptype, compname):
        self._frozen()
        if comptype != 'NONE':
            raise Error('unsupported compression type')
        self._comp = (comptype, compname)

    def getcomptype(self):
        return self._comp[0]

    def getcompname(self):
        return self._comp[1]

    def setparams(self, params):
        nch, width, rate, count, kind, label = params
        self._frozen()
        for setter, value in ((self.setnchannels, nch), (self.setsampwidth, width),
                              (self.setframerate, rate), (self.setnframes, count)):
            setter(value)
        self.setcomptype(kind, label)

    def getparams(self):
        if not all(self._settings.values()):
            raise Error('not all parameters set')
        s = self._settings
        return _wave_params(s['nchannels'], s['sampwidth'], s['framerate'],
                            self._nframes, *self._comp)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._frames_out

    def _frame_size(self):
        return self._settings['nchannels'] * self._settings['sampwidth']

    def _header(self, data_bytes):
        s = self._settings
        nch, width, rate = s['nchannels'], s['sampwidth'], s['framerate']
        return struct.pack('<4sL4s4sLHHLLHH4sL', b'RIFF', 36 + data_bytes, b'WAVE',
                           b'fmt ', 16, WAVE_FORMAT_PCM, nch, rate, nch * rate * width,
                           nch * width, width * 8, b'data', data_bytes)

    def _start(self, first_bytes):
        if self._header_at is not None:
            return
        for name, what in (('nchannels', '# channels'), ('sampwidth', 'sample width'),
                           ('framerate', 'sampling rate')):
            if not self._settings[name]:
                raise Error(what + ' not specified')
        frames = self._nframes or first_bytes // self._frame_size()
        self._header_bytes = frames * self._frame_size()
        where = getattr(self._fp, 'tell', None)
        try:
            self._header_at = -1 if where is None else where()
        except OSError:
            self._header_at = -1
        self._fp.write(self._header(self._header_bytes))

    def _fix_header(self):
        if self._header_bytes == self._bytes_out or self._header_at < 0:
            return
        here = self._fp.tell()
        self._fp.seek(self._header_at)
        self._fp.write(self._header(self._bytes_out))
        self._fp.seek(here)
        self._header_bytes = self._bytes_out

    def writeframesraw(self, data):
        data = memoryview(data).cast('B')
        self._start(len(data))
        self._fp.write(data)
        self._bytes_out += len(data)
        self._frames_out += len(data) // self._frame_size()

    def writeframes(self, data):
        self.writeframesraw(data)
        self._fix_header()

    def close(self):
        fp = self._fp
        if fp is None:
            return
        try:
            self._start(0)
            self._fix_header()
            fp.flush()
        finally:
            self._fp = None
            owned, self._owned = self._owned, None
            if owned is not None:
                owned.close()


def open(f, mode=None):
    """Open the WAV file `f` (a file name or a binary file object): mode 'r'/'rb'
    gives a Wave_read, 'w'/'wb' a Wave_write; by default the file object's own mode,
    else 'rb'."""
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
