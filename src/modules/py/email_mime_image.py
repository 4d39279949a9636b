"""MIMEImage: an image/* part; without a subtype the data's magic bytes decide it."""
__all__ = ['MIMEImage']
from email import encoders as _enc
from email.mime import nonmultipart as _nm

_MAGIC = [
    (lambda h: h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb', 'jpeg'),
    (lambda h: h[:8] == b'\x89PNG\r\n\x1a\n', 'png'),
    (lambda h: h[:6] in (b'GIF87a', b'GIF89a'), 'gif'),
    (lambda h: h[:2] in (b'MM', b'II'), 'tiff'),
    (lambda h: h[:2] == b'BM', 'bmp'),
    (lambda h: h[:4] == b'RIFF' and h[8:12] == b'WEBP', 'webp'),
    (lambda h: h[:4] == b'\x76\x2f\x31\x01', 'exr'),
]


class MIMEImage(_nm.MIMENonMultipart):
    def __init__(self, _imagedata, _subtype=None, _encoder=_enc.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            _subtype = next((name for test, name in _MAGIC if test(_imagedata)), None)
            if _subtype is None:
                raise TypeError('Could not guess image MIME subtype')
        super().__init__('image', _subtype, policy=policy, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
