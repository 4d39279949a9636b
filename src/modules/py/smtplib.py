"""SMTP client (RFC 821/5321) for refpy.

refpy has no sockets: `SMTP(host)` and `connect()` fail with ConnectionRefusedError, as
CPython's do when nothing listens.  Everything above the wire is here, so scripts that
patch `smtplib.SMTP` (unittest.mock) or subclass it with a fake `connect`/`send`/
`getreply` run the same dialogue as CPython: EHLO/HELO, feature parsing, AUTH
(CRAM-MD5, PLAIN, LOGIN), MAIL/RCPT/DATA with dot-stuffing, sendmail/send_message and
the exception classes with their codes."""

import base64
import copy
import io
import re
import email.utils
import email.generator

__all__ = ["SMTPException", "SMTPNotSupportedError", "SMTPServerDisconnected",
           "SMTPResponseException", "SMTPSenderRefused", "SMTPRecipientsRefused",
           "SMTPDataError", "SMTPConnectError", "SMTPHeloError",
           "SMTPAuthenticationError", "quoteaddr", "quotedata", "SMTP", "SMTP_SSL"]

SMTP_PORT = 25
SMTP_SSL_PORT = 465
LMTP_PORT = 2003
CRLF = "\r\n"
bCRLF = b"\r\n"
_MAXLINE = 8192
_MAXCHALLENGE = 5
OLDSTYLE_AUTH = re.compile("auth=(.*)", re.IGNORECASE)
_NO_TIMEOUT = object()


def _exc(name, base, doc, **body):
    body.update(__doc__=doc, __module__=__name__)
    return type(name, (base,), body)


SMTPException = _exc('SMTPException', OSError, "Base class of this module's errors.")
SMTPNotSupportedError = _exc('SMTPNotSupportedError', SMTPException,
                             'The server does not support the command or option.')
SMTPServerDisconnected = _exc('SMTPServerDisconnected', SMTPException,
                              'Not connected, or the server closed the connection.')


def _response_init(self, code, msg):
    self.smtp_code, self.smtp_error = code, msg
    self.args = (code, msg)


SMTPResponseException = _exc('SMTPResponseException', SMTPException,
                             "An error reply: smtp_code and smtp_error hold the server's answer.",
                             __init__=_response_init)


def _sender_init(self, code, msg, sender):
    _response_init(self, code, msg)
    self.sender = sender
    self.args += (sender,)


def _recipients_init(self, recipients):
    self.recipients, self.args = recipients, (recipients,)


SMTPSenderRefused = _exc('SMTPSenderRefused', SMTPResponseException,
                         'MAIL FROM was refused; sender is the refused address.', __init__=_sender_init)
SMTPRecipientsRefused = _exc('SMTPRecipientsRefused', SMTPException,
                             'Every RCPT TO was refused; recipients maps address -> (code, message).',
                             __init__=_recipients_init)
SMTPDataError = _exc('SMTPDataError', SMTPResponseException, 'DATA was refused.')
SMTPConnectError = _exc('SMTPConnectError', SMTPResponseException, 'The greeting was not 220.')
SMTPHeloError = _exc('SMTPHeloError', SMTPResponseException, 'HELO/EHLO was refused.')
SMTPAuthenticationError = _exc('SMTPAuthenticationError', SMTPResponseException, 'AUTH failed.')


def quoteaddr(addrstring):
    """The address in angle brackets, as MAIL FROM/RCPT TO want it."""
    pair = email.utils.parseaddr(addrstring)
    if pair != ('', ''):
        return '<' + pair[1] + '>'
    return addrstring if addrstring.lstrip()[:1] == '<' else '<' + addrstring + '>'


def _addr_only(addrstring):
    return email.utils.parseaddr(addrstring)[1] or addrstring


_EOL = re.compile(r'\r\n|\n|\r(?!\n)')
_LEADING_DOT = re.compile(r'(?m)^\.')
_B_EOL = re.compile(br'\r\n|\n|\r(?!\n)')
_B_LEADING_DOT = re.compile(br'(?m)^\.')


def quotedata(data):
    """CRLF line ends and a doubled leading dot on every line."""
    return _LEADING_DOT.sub('..', _EOL.sub(CRLF, data))


def _quote_periods(bindata):
    return _B_LEADING_DOT.sub(b'..', bindata)


def _fix_eols(data):
    return _EOL.sub(CRLF, data)


def _local_name():
    try:
        import platform
        node = platform.node()
    except Exception:
        node = ''
    return node if '.' in node else '[127.0.0.1]'


class SMTP:
    """An SMTP session; the methods are the SMTP commands."""

    debuglevel = 0
    sock = None
    file = None
    helo_resp = None
    ehlo_msg = "ehlo"
    ehlo_resp = None
    does_esmtp = False
    default_port = SMTP_PORT

    def __init__(self, host='', port=0, local_hostname=None, timeout=_NO_TIMEOUT,
                 source_address=None):
        self._host = host
        self.timeout = timeout
        self.esmtp_features = {}
        self.command_encoding, self.source_address = 'ascii', source_address
        self._challenges = 0
        self.local_hostname = local_hostname or _local_name()
        if host:
            code, reply = self.connect(host, port)
            if code != 220:
                self.close()
                raise SMTPConnectError(code, reply)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        try:
            code, reply = self.docmd("QUIT")
            if code != 221:
                raise SMTPResponseException(code, reply)
        except SMTPServerDisconnected:
            pass
        finally:
            self.close()

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def _get_socket(self, host, port, timeout):  # noqa: ARG002
        # refpy has no socket module: behave as a host where nothing listens.
        raise ConnectionRefusedError(111, 'Connection refused')

    def connect(self, host='localhost', port=0, source_address=None):
        self.source_address = source_address or self.source_address
        if not port and host.count(':') == 1:
            host, _, tail = host.rpartition(':')
            try:
                port = int(tail)
            except ValueError:
                raise OSError("nonnumeric port")
        self.sock = self._get_socket(host, port or self.default_port, self.timeout)
        self.file = None
        code, reply = self.getreply()
        return code, reply

    def send(self, s):
        if not self.sock:
            raise SMTPServerDisconnected('please run connect() first')
        self.sock.sendall(s.encode(self.command_encoding) if isinstance(s, str) else s)

    def putcmd(self, cmd, args=""):
        line = cmd if args == "" else cmd + ' ' + args
        if '\r' in line or '\n' in line:
            line = line.replace('\n', '\\n').replace('\r', '\\r')
            raise ValueError(f'command and arguments contain prohibited newline characters: {line}')
        self.send(line + CRLF)

    def getreply(self):
        # Without a socket there is never a reply to read.
        self.close()
        raise SMTPServerDisconnected("Connection unexpectedly closed")

    def docmd(self, cmd, args=""):
        self.putcmd(cmd, args)
        return self.getreply()

    # --- greetings and features ---------------------------------------------------
    def helo(self, name=''):
        code, reply = self.docmd("helo", name or self.local_hostname)
        self.helo_resp = reply
        return code, reply

    def ehlo(self, name=''):
        self.esmtp_features = {}
        code, reply = self.docmd(self.ehlo_msg, name or self.local_hostname)
        if code == -1 and not reply:
            self.close()
            raise SMTPServerDisconnected("Server not connected")
        self.ehlo_resp = reply
        if code != 250:
            return code, reply
        self.does_esmtp = True
        feats = self.esmtp_features
        for line in reply.decode('latin-1').split('\n')[1:]:
            old = OLDSTYLE_AUTH.match(line)
            if old:
                feats['auth'] = feats.get('auth', '') + ' ' + old.group(1)
                continue
            m = re.match(r'([A-Za-z0-9][A-Za-z0-9\-]*) ?', line)
            if not m:
                continue
            key = m.group(1).lower()
            rest = line[m.end(1):].strip()
            feats[key] = feats.get(key, '') + ' ' + rest if key == 'auth' else rest
        return code, reply

    def has_extn(self, opt):
        return self.esmtp_features.get(opt.lower()) is not None

    def ehlo_or_helo_if_needed(self):
        if self.helo_resp is not None or self.ehlo_resp is not None:
            return
        if 200 <= self.ehlo()[0] <= 299:
            return
        code, reply = self.helo()
        if not 200 <= code <= 299:
            raise SMTPHeloError(code, reply)

    # --- simple commands ----------------------------------------------------------
    def help(self, args=''):
        self.putcmd("help", args)
        return self.getreply()[1]

    def rset(self):
        self.command_encoding = 'ascii'
        return self.docmd("rset")

    def _rset(self):
        try:
            self.rset()
        except SMTPServerDisconnected:
            pass

    def noop(self):
        return self.docmd("noop")

    def verify(self, address):
        return self.docmd("vrfy", _addr_only(address))

    vrfy = verify

    def expn(self, address):
        return self.docmd("expn", _addr_only(address))

    def _options(self, options):
        if not (options and self.does_esmtp):
            return ''
        return ' ' + ' '.join(options)

    def mail(self, sender, options=()):
        if self.does_esmtp and 'smtputf8' in [o.lower() for o in options]:
            if 'smtputf8' not in self.esmtp_features:
                raise SMTPNotSupportedError('SMTPUTF8 not supported by server')
            self.command_encoding = 'utf-8'
        self.putcmd("mail", "FROM:" + quoteaddr(sender) + self._options(options))
        return self.getreply()

    def rcpt(self, recip, options=()):
        self.putcmd("rcpt", "TO:" + quoteaddr(recip) + self._options(options))
        return self.getreply()

    def data(self, msg):
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise SMTPDataError(code, reply)
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        body = _quote_periods(msg)
        if not body.endswith(bCRLF):
            body += bCRLF
        self.send(body + b'.' + bCRLF)
        return self.getreply()

    # --- authentication -----------------------------------------------------------
    def auth(self, mechanism, authobject, *, initial_response_ok=True):
        mechanism = mechanism.upper()
        first = authobject() if initial_response_ok else None
        if first is None:
            code, reply = self.docmd("AUTH", mechanism)
            self._challenges = 0
        else:
            answer = base64.b64encode(first.encode('ascii')).decode('ascii')
            code, reply = self.docmd("AUTH", mechanism + " " + answer)
            self._challenges = 1
        while code == 334:
            self._challenges += 1
            challenge = base64.decodebytes(reply)
            answer = base64.b64encode(authobject(challenge).encode('ascii')).decode('ascii')
            code, reply = self.docmd(answer)
            if self._challenges > _MAXCHALLENGE:
                raise SMTPException("Server AUTH mechanism infinite loop. Last response: " + repr((code, reply)))
        if code in (235, 503):
            return code, reply
        raise SMTPAuthenticationError(code, reply)

    def auth_cram_md5(self, challenge=None):
        if challenge is None:
            return None
        import hmac
        return self.user + " " + hmac.HMAC(self.password.encode('ascii'), challenge, 'md5').hexdigest()

    def auth_plain(self, challenge=None):
        return '\0'.join(('', self.user, self.password))

    def auth_login(self, challenge=None):
        late = challenge is not None and self._challenges >= 2
        return self.password if late else self.user

    def login(self, user, password, *, initial_response_ok=True):
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("auth"):
            raise SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
        offered = self.esmtp_features["auth"].split()
        usable = [m for m in ('CRAM-MD5', 'PLAIN', 'LOGIN') if m in offered]
        if not usable:
            raise SMTPException("No suitable authentication method found.")
        self.user, self.password = user, password
        failure = None
        for mech in usable:
            handler = getattr(self, 'auth_' + mech.lower().replace('-', '_'))
            try:
                code, reply = self.auth(mech, handler, initial_response_ok=initial_response_ok)
            except SMTPAuthenticationError as err:
                failure = err
                continue
            if code in (235, 503):
                return code, reply
        raise failure

    def starttls(self, keyfile=None, certfile=None, context=None):
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("starttls"):
            raise SMTPNotSupportedError("STARTTLS extension not supported by server.")
        code, reply = self.docmd("STARTTLS")
        if code != 220:
            raise SMTPResponseException(code, reply)
        raise RuntimeError("No SSL support included in this Python")

    # --- sending ------------------------------------------------------------------
    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        self.ehlo_or_helo_if_needed()
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        opts = []
        if self.does_esmtp:
            if self.has_extn('size'):
                opts.append("size=%d" % len(msg))
            opts.extend(mail_options)
        code, reply = self.mail(from_addr, opts)
        if code != 250:
            self.close() if code == 421 else self._rset()
            raise SMTPSenderRefused(code, reply, from_addr)
        to_addrs = [to_addrs] if isinstance(to_addrs, str) else to_addrs
        refused = {}
        for rcpt in to_addrs:
            code, reply = self.rcpt(rcpt, rcpt_options)
            if code not in (250, 251):
                refused[rcpt] = (code, reply)
            if code == 421:
                self.close()
                raise SMTPRecipientsRefused(refused)
        if len(refused) == len(to_addrs):
            self._rset()
            raise SMTPRecipientsRefused(refused)
        code, reply = self.data(msg)
        if code != 250:
            self.close() if code == 421 else self._rset()
            raise SMTPDataError(code, reply)
        return refused

    def send_message(self, msg, from_addr=None, to_addrs=None, mail_options=(), rcpt_options=()):
        self.ehlo_or_helo_if_needed()
        blocks = msg.get_all('Resent-Date')
        if blocks is None:
            prefix = ''
        elif len(blocks) == 1:
            prefix = 'Resent-'
        else:
            raise ValueError("message has more than one 'Resent-' header block")
        if from_addr is None:
            source = msg[prefix + 'Sender'] if prefix + 'Sender' in msg else msg[prefix + 'From']
            from_addr = email.utils.getaddresses([source])[0][1]
        if to_addrs is None:
            fields = [msg[prefix + h] for h in ('To', 'Bcc', 'Cc') if msg[prefix + h] is not None]
            to_addrs = [pair[1] for pair in email.utils.getaddresses(fields)]
        outgoing = copy.copy(msg)
        del outgoing['Bcc']
        del outgoing['Resent-Bcc']
        wide = not ''.join([from_addr, *to_addrs]).isascii()
        if wide and not self.has_extn('smtputf8'):
            raise SMTPNotSupportedError(
                "One or more source or delivery addresses require internationalized email "
                "support, but the server does not advertise the required SMTPUTF8 capability")
        sink = io.BytesIO()
        if wide:
            gen = email.generator.BytesGenerator(sink, policy=msg.policy.clone(utf8=True))
            mail_options = (*mail_options, 'SMTPUTF8', 'BODY=8BITMIME')
        else:
            gen = email.generator.BytesGenerator(sink)
        gen.flatten(outgoing, linesep='\r\n')
        return self.sendmail(from_addr, to_addrs, sink.getvalue(), mail_options, rcpt_options)

    def close(self):
        handle, self.file = self.file, None
        conn, self.sock = self.sock, None
        for thing in (handle, conn):
            if thing:
                thing.close()

    def quit(self):
        result = self.docmd("quit")
        self.helo_resp = None
        self.ehlo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False
        self.close()
        return result


class SMTP_SSL(SMTP):
    """SMTP over TLS from the start (port 465); refpy cannot open it either."""

    default_port = SMTP_SSL_PORT

    def __init__(self, host='', port=0, local_hostname=None, keyfile=None, certfile=None,
                 timeout=_NO_TIMEOUT, source_address=None, context=None):
        self.keyfile, self.certfile, self.context = keyfile, certfile, context
        super().__init__(host, port, local_hostname, timeout, source_address)




class LMTP(SMTP):
    """LMTP: SMTP's dialogue with LHLO instead of EHLO."""

    ehlo_msg = "lhlo"

    def __init__(self, host='', port=LMTP_PORT, local_hostname=None, source_address=None,
                 timeout=_NO_TIMEOUT):
        SMTP.__init__(self, host, port, local_hostname, timeout, source_address)
