"""MIMENonMultipart: a MIME part that refuses subparts."""
__all__ = ['MIMENonMultipart']
from email import errors as _errors
from email.mime import base as _base


class MIMENonMultipart(_base.MIMEBase):
    def attach(self, payload):
        # a single-body part: adding a subpart is always an error
        raise _errors.MultipartConversionError('Cannot attach additional subparts to non-multipart/*')
