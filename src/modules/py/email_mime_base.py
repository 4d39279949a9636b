"""MIMEBase: the root of the MIME classes, a Content-Type plus MIME-Version: 1.0."""
__all__ = ['MIMEBase']
from email import message as _message


class MIMEBase(_message.Message):
    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            from email.policy import compat32 as policy
        super().__init__(policy=policy)
        self.add_header('Content-Type', _maintype + '/' + _subtype, **_params)
        self.add_header('MIME-Version', '1.0')
