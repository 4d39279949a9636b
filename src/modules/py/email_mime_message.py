"""MIMEMessage: a message/* part whose one payload is another message."""
__all__ = ['MIMEMessage']
from email import message as _message
from email.mime import nonmultipart as _nm


class MIMEMessage(_nm.MIMENonMultipart):
    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        super().__init__('message', _subtype, policy=policy)
        if isinstance(_msg, _message.Message):
            self._payload = [_msg]
            self._default_type = 'message/' + 'rfc822'
        else:
            raise TypeError('Argument is not an instance of Message')
