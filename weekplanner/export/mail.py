"""The summary as an e-mail: the HTML report as the body, the chat text as its plain alternative.

Built with the standard library's ``email`` package and sent with ``smtplib``
(imported only when sending). The password is passed in, never stored here.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from weekplanner.export import wording as w
from weekplanner.export.post import DEFAULT_TIMEOUT, SendError
from weekplanner.export.summary import Report
from weekplanner.i18n import _

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
SECURITY = ("starttls", "ssl", "plain")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class Server(NamedTuple):
    host: str
    port: int
    security: str = "starttls"


def parse_server(text: str, security: str) -> Server:
    """``smtp.example.com:587`` (the port defaults to 465 with SSL, else 587)."""
    host, sep, port = text.strip().rpartition(":")
    if not sep:
        host, port = text.strip(), ""
    if not host:
        raise SendError(_("'{text}' is not a mail server; use HOST:PORT, e.g. smtp.exmail.qq.com:465.").format(
            text=text))
    if port and not port.isdigit():
        raise SendError(_("'{text}' is not a mail server; use HOST:PORT, e.g. smtp.exmail.qq.com:465.").format(
            text=text))
    return Server(host, int(port) if port else (465 if security == "ssl" else 587), security)


def build_message(report: Report, sender: str, to: Sequence[str], attach_xlsx: bool = False):
    """The e-mail (an ``EmailMessage``): subject, plain text, HTML, and the workbook when asked."""
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    from weekplanner.export.formats import default_filename
    from weekplanner.export.html import render_html
    from weekplanner.export.text import render_text

    message = EmailMessage()
    message["Subject"] = f"{w.title(report)} · {report.label}"
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Date"] = formatdate(report.generated_at.timestamp(), localtime=True)
    message["Message-ID"] = make_msgid(domain="weekplanner.local")
    message.set_content(render_text(report, 72))
    message.add_alternative(render_html(report), subtype="html")
    if attach_xlsx:
        from weekplanner.export.xlsx import render_xlsx

        message.add_attachment(render_xlsx(report), maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1],
                               filename=default_filename(report.label, "xlsx"))
    return message


def send_message(message, server: Server, user: str = "", password: str = "",
                 timeout: float = DEFAULT_TIMEOUT) -> None:
    """Deliver ``message`` through ``server``; any failure is one :class:`SendError` saying what to fix."""
    import smtplib
    import socket
    import ssl

    where = f"{server.host}:{server.port}"
    if user and server.security == "plain" and server.host not in LOCAL_HOSTS:
        raise SendError(_("Refusing to send a password unencrypted to {server}; use --starttls or --ssl.").format(
            server=where))
    try:
        if server.security == "ssl":
            client = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=timeout)
        with client:
            if server.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if user:
                client.login(user, password)
            client.send_message(message)
    except smtplib.SMTPAuthenticationError:
        raise SendError(_("The mail server {server} refused the user name or password; check --user and "
                          "WEEKPLANNER_SMTP_PASSWORD.").format(server=where)) from None
    except smtplib.SMTPNotSupportedError:
        raise SendError(_("The mail server {server} does not offer STARTTLS; try --ssl (port 465).").format(
            server=where)) from None
    except smtplib.SMTPRecipientsRefused as error:
        raise SendError(_("The mail server {server} refused the address {addresses}; check --to.").format(
            server=where, addresses=", ".join(error.recipients))) from None
    except smtplib.SMTPException as error:
        raise SendError(_("The mail server {server} refused the e-mail: {reason}").format(
            server=where, reason=str(error)[:200])) from None
    except (TimeoutError, socket.timeout):
        raise SendError(_("The mail server {server} did not answer within {seconds:g} s; check --smtp and the "
                          "network.").format(server=where, seconds=timeout)) from None
    except ssl.SSLError as error:
        raise SendError(_("Could not start an encrypted connection to {server} ({reason}); check --starttls "
                          "or --ssl and the port.").format(server=where, reason=error.reason or error)) from None
    except OSError as error:
        raise SendError(_("Could not reach the mail server {server} ({reason}); check --smtp and the "
                          "network.").format(server=where, reason=error.strerror or error)) from None
