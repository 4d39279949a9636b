"""MIMEAudio: an audio/* part; without a subtype the data's magic bytes decide it."""
__all__ = ['MIMEAudio']
from email import encoders as _enc
from email.mime import nonmultipart as _nm

_MAGIC = [
    (lambda h: h[:4] == b'RIFF' and h[8:12] == b'WAVE', 'x-wav'),
    (lambda h: h[:4] == b'FORM' and h[8:12] in (b'AIFC', b'AIFF'), 'x-aiff'),
    (lambda h: h[:4] == b'.snd', 'basic'),
]


class MIMEAudio(_nm.MIMENonMultipart):
    def __init__(self, _audiodata, _subtype=None, _encoder=_enc.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            _subtype = next((name for test, name in _MAGIC if test(_audiodata)), None)
            if _subtype is None:
                raise TypeError('Could not find audio MIME subtype')
        super().__init__('audio', _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
