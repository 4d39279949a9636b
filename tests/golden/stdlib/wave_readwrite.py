# wave: writing PCM files (header bytes, parameter checks and messages, header fix-ups),
# reading them back (params namedtuple, readframes/setpos/rewind), malformed files.
import array
import io
import os
import struct
import sys
import tempfile
import wave

sys.unraisablehook = lambda u: print('unraisable', type(u.exc_value).__name__, u.exc_value)


def attempt(label, func, *args):
    try:
        r = func(*args)
        print(label, repr(r)[:120])
        return r
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


print(wave.__all__, wave.WAVE_FORMAT_PCM, wave.Error.__mro__[1].__name__)
b = io.BytesIO()
w = wave.open(b, 'wb')
for g in ['getnchannels', 'getsampwidth', 'getframerate', 'getnframes', 'tell', 'getparams', 'getmarkers']:
    attempt(g, getattr(w, g))
attempt('nch0', w.setnchannels, 0)
attempt('sw0', w.setsampwidth, 0)
attempt('sw5', w.setsampwidth, 5)
attempt('fr0', w.setframerate, 0)
attempt('fr float', w.setframerate, 44100.6)
attempt('getfr', w.getframerate)
attempt('comp', w.setcomptype, 'ULAW', 'x')
attempt('write early', w.writeframes, b'\0\0')
w.setnchannels(2)
attempt('write early2', w.writeframes, b'\0\0')
w.setsampwidth(2)
w.setframerate(8000.4)
attempt('getfr', w.getframerate)
attempt('write', w.writeframes, b'\x01\x02\x03\x04' * 5)
print(w.tell(), w.getnframes())
for name, args in [('setnchannels', (1,)), ('setsampwidth', (1,)), ('setframerate', (1,)),
                   ('setnframes', (1,)), ('setparams', ((1, 1, 1, 1, 'NONE', 'x'),)),
                   ('setcomptype', ('NONE', 'x')), ('setmark', (1, 2, 3)), ('getmark', (1,))]:
    attempt(name, getattr(w, name), *args)
attempt('raw odd', w.writeframesraw, b'\x05')
print(w.tell())
attempt('close', w.close)
attempt('close again', w.close)
data = b.getvalue()
print(len(data), data.hex(' '))

r = wave.open(io.BytesIO(data))
print(type(r).__name__, r.getparams(), r.tell())
print(r.readframes(2), r.tell(), r.readframes(100), r.tell(), r.readframes(1))
r.rewind()
print(r.tell(), r.readframes(1))
attempt('setpos', r.setpos, 3)
print(r.tell(), r.readframes(1))
attempt('setpos bad', r.setpos, 100)
attempt('setpos neg', r.setpos, -1)
attempt('markers', r.getmarkers)
attempt('mark', r.getmark, 1)
print(r.getfp() is not None, r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(),
      r.getcomptype(), r.getcompname())
r.close()
attempt('getfp after close', r.getfp)
p = r.getparams()
print(p, type(p).__name__, p._fields, p.nframes, p == (2, 2, 8000, 5, 'NONE', 'not compressed'))

b = io.BytesIO()
w = wave.open(b, 'wb')
w.setparams((1, 1, 11025, 3, 'NONE', 'whatever'))
print(w.getparams(), w.getcompname())
w.writeframes(b'abc')
print(len(b.getvalue()), b.getvalue()[:44].hex(' '))
w.writeframes(array.array('h', [1, 2]))
print(w.tell(), w.getparams())
attempt('str', w.writeframesraw, 'str')
w.close()
print(b.getvalue().hex(' '))
print(wave.open(io.BytesIO(b.getvalue()), 'rb').getparams())

b = io.BytesIO()
w = wave.open(b, 'wb')
w.setnchannels(2)
w.setsampwidth(2)
w.setframerate(100)
w.writeframesraw(b'\x01' * 8)
print(b.getvalue()[:44].hex(' '))
w.writeframes(b'\x02' * 4)
print(b.getvalue()[:44].hex(' '), len(b.getvalue()))
w.setnframes if False else None
w.close()
print(b.getvalue()[:44].hex(' '), b.closed)
b = io.BytesIO()
w = wave.open(b, 'wb')
w.setnchannels(1)
w.setsampwidth(1)
w.setframerate(100)
w.setnframes(3)
w.writeframesraw(b'abcdef')
print(b.getvalue()[40:44].hex(' '))
w.close()
print(b.getvalue()[40:44].hex(' '), b.getvalue()[4:8].hex())
b = io.BytesIO()
with wave.open(b, 'wb') as w:
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(100)
print(b.getvalue().hex(' '))
w = wave.open(io.BytesIO(), 'wb')
attempt('close unset', w.close)
w = wave.open(io.BytesIO(), 'wb')
w.setnchannels(1)
w.setsampwidth(2)
del w
print('after del')

fmt = struct.pack('<4sIHHIIHH', b'fmt ', 16, 1, 1, 8000, 16000, 2, 16)


def riff(*chunks):
    body = b'WAVE' + b''.join(chunks)
    return b'RIFF' + struct.pack('<I', len(body)) + body


def fmt_of(tag, nch, bits):
    return struct.pack('<4sIHHIIHH', b'fmt ', 16, tag, nch, 8000, 16000, nch * ((bits + 7) // 8), bits)


for blob in [b'', b'RIFX' + bytes(40), b'RIFF\x00\x00\x00\x00WAVX', riff(b'data\x00\x00\x00\x00'),
             riff(fmt_of(3, 1, 16), b'data\x00\x00\x00\x00'), riff(fmt_of(1, 1, 0), b'data\x00\x00\x00\x00'),
             riff(fmt_of(1, 0, 16), b'data\x00\x00\x00\x00'), riff(fmt), riff(fmt_of(0xFFFE, 1, 16)),
             riff(fmt, b'LIST\x03\x00\x00\x00abc\x00', b'data\x04\x00\x00\x00abcd'),
             riff(b'junk\x01\x00\x00\x00z\x00', fmt, b'data\x05\x00\x00\x00abcde'),
             riff(fmt_of(1, 3, 24), b'data\x0c\x00\x00\x00' + bytes(range(12))),
             riff(fmt_of(1, 1, 7), b'data\x02\x00\x00\x00ab'), riff(fmt, b'data\x08\x00\x00\x00abcd'),
             riff(fmt, b'data\x08\x00\x00\x00abcdefgh', b'LIST\x00\x00\x00\x00')]:
    r = attempt('open', lambda: type(wave.open(io.BytesIO(blob))).__name__)
    if r:
        r = wave.open(io.BytesIO(blob))
        print(' ', r.getparams(), r.readframes(1), r.readframes(5), r.tell())
        r.close()
attempt('mode', wave.open, io.BytesIO(), 'x')
attempt('mode', wave.open, io.BytesIO(), 'r+')

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'a.wav')
    w = wave.open(path, 'w')
    print(type(w).__name__)
    w.setparams((1, 2, 100, 0, 'NONE', None))
    samples = array.array('h', [0, 1000, -1000, 32767, -32768])
    w.writeframes(samples)
    w.close()
    print(os.path.getsize(path))
    with wave.open(path) as r:
        print(r.getparams(), array.array('h', r.readframes(9)) == samples)
    with open(path, 'rb') as f:
        r = wave.open(f)
        print(r.getnframes(), r.readframes(2))
        r.close()
        print(f.closed)
    attempt('missing', lambda: wave.open(os.path.join(d, 'nope.wav')).__class__ if False else wave.open('nope.wav'))
sys.unraisablehook = sys.__unraisablehook__
