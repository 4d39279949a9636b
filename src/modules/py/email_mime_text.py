"""MIMEText: a text/* part; the charset is us-ascii for ASCII text, else utf-8."""
__all__ = ['MIMEText']
from email.mime import nonmultipart as _nm


class MIMEText(_nm.MIMENonMultipart):
    def __init__(self, _text, _subtype='plain', _charset=None, *, policy=None):
        if _charset is None:
            _charset = 'us-ascii' if _text.isascii() else 'utf-8'
        super().__init__('text', _subtype, policy=policy, charset=str(_charset))
        self.set_payload(_text, _charset)
