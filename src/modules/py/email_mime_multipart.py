"""MIMEMultipart: a multipart/* container of other parts."""
__all__ = ['MIMEMultipart']
from email.mime import base as _base


class MIMEMultipart(_base.MIMEBase):
    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *, policy=None, **_params):
        super().__init__('multipart', _subtype, policy=policy, **_params)
        self._payload = list(_subparts or ())
        if boundary:
            self.set_boundary(boundary)
