"""MIMEApplication: an application/* part, base64 by default."""
__all__ = ['MIMEApplication']
from email import encoders as _enc
from email.mime import nonmultipart as _nm


class MIMEApplication(_nm.MIMENonMultipart):
    def __init__(self, _data, _subtype='octet-stream', _encoder=_enc.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            raise TypeError('Invalid application MIME subtype')
        super().__init__('application', _subtype, policy=policy, **_params)
        self.set_payload(_data)
        _encoder(self)
