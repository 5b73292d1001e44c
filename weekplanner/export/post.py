"""POST robot messages with the standard library's HTTP client, and check what the platform answers.

A robot answers HTTP 200 even when it refuses a message, with ``errcode``
(DingTalk, WeCom) or ``code`` (Feishu) other than 0; that, an HTTP error, a
timeout and a refused connection all become one :class:`SendError` that names
the robot and what to fix. ``urllib`` is imported here only, when sending.
"""

from __future__ import annotations

import json
from typing import Sequence

from weekplanner.domain.errors import ParseError
from weekplanner.export.robots import Message, platform_name
from weekplanner.i18n import _
from weekplanner.safe_text import terminal_safe

DEFAULT_TIMEOUT = 10.0


class SendError(ParseError):
    """The message did not arrive (already translated, one line)."""


def check_webhook(platform: str, url: str) -> None:
    """Only an http(s) address with a host is posted to."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SendError(_("The {robot} robot's webhook '{url}' is not a web address; copy it from the robot's "
                          "settings in the group (it starts with https://).").format(
            robot=platform_name(platform), url=url[:60]))


def _reply_error(platform: str, reply: object) -> str | None:
    """The platform's refusal in its own words, or None when it accepted the message."""
    if not isinstance(reply, dict):
        return _("an answer that is not JSON")
    key = "code" if platform == "feishu" and "code" in reply else "errcode" if "errcode" in reply else "StatusCode"
    code = reply.get(key, 0)
    if code in (0, None):
        return None
    text = reply.get("msg") or reply.get("errmsg") or reply.get("StatusMessage") or ""
    return f"{key} {code}" + (f" ({text})" if text else "")


def post_messages(platform: str, messages: Sequence[Message], timeout: float = DEFAULT_TIMEOUT) -> int:
    """Send each message in turn; the number sent, or :class:`SendError` at the first failure."""
    import socket
    import urllib.error
    import urllib.request

    robot = platform_name(platform)
    fix = _("check the webhook, secret and keyword in Settings (or --webhook/--secret)")
    for message in messages:
        check_webhook(platform, message.url)
        request = urllib.request.Request(
            message.url, data=json.dumps(message.body, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json; charset=utf-8"}, method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) checked
                raw = response.read()
        except urllib.error.HTTPError as error:
            raise SendError(_("The {robot} robot answered HTTP {status}; {fix}.").format(
                robot=robot, status=error.code, fix=fix)) from None
        except (TimeoutError, socket.timeout):
            raise SendError(_("The {robot} robot did not answer within {seconds:g} s; check the network "
                              "and try again.").format(robot=robot, seconds=timeout)) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, (TimeoutError, socket.timeout)):
                raise SendError(_("The {robot} robot did not answer within {seconds:g} s; check the network "
                                  "and try again.").format(robot=robot, seconds=timeout)) from None
            raise SendError(_("Could not reach the {robot} robot ({reason}); check the webhook address and "
                              "the network.").format(robot=robot, reason=error.reason)) from None
        except OSError as error:
            raise SendError(_("Could not reach the {robot} robot ({reason}); check the webhook address and "
                              "the network.").format(robot=robot, reason=error.strerror or error)) from None
        try:
            reply = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            reply = None
        refusal = _reply_error(platform, reply)
        refusal = terminal_safe(refusal) if refusal else None
        if refusal:
            raise SendError(_("The {robot} robot refused the message: {reason}; {fix}.").format(
                robot=robot, reason=refusal[:200], fix=fix))
    return len(messages)
