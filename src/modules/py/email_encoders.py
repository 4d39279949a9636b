"""Functions that encode a message's payload and set its Content-Transfer-Encoding."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

_CTE = 'Content-Transfer-Encoding'


def _recode(msg, text, label):
    msg.set_payload(text)
    msg[_CTE] = label


def encode_base64(msg):
    """Base64-encode the payload (76-character lines)."""
    from email.charset import _b64_body
    _recode(msg, _b64_body(msg.get_payload(decode=True)), 'base64')


def encode_quopri(msg):
    """Quoted-printable-encode the payload, spaces included."""
    from email.charset import _qp_body
    raw = msg.get_payload(decode=True)
    _recode(msg, _qp_body(raw.decode('latin-1'), quote_blanks=True), 'quoted-printable')


def encode_7or8bit(msg):
    """Only label the payload: 7bit when it is ASCII (or absent), 8bit otherwise."""
    raw = msg.get_payload(decode=True)
    msg[_CTE] = '7bit' if raw is None or raw.isascii() else '8bit'


def encode_noop(msg):
    """Leave the payload and its headers as they are."""
