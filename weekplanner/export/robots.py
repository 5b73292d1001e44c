"""The summary as the messages a chat group's custom robot accepts (DingTalk, WeCom, Feishu).

Each platform documents its own webhook message and security rules:

- DingTalk: ``msgtype: markdown`` (``title`` and ``text``); with "signing" on, the
  URL carries ``timestamp`` (ms) and ``sign`` = url-encoded base64 of
  HMAC-SHA256(key=secret, "timestamp\\nsecret"); with "custom keywords" on, the
  message must contain one of them.
- WeCom: ``msgtype: markdown`` with ``content`` of at most 4,096 bytes (UTF-8),
  so a longer summary goes as several numbered messages.
- Feishu: ``msg_type: post`` (rich text, one paragraph per line); with signing
  on, the body carries ``timestamp`` (s) and ``sign`` = base64 of
  HMAC-SHA256(key="timestamp\\nsecret", empty message).

The text is the chat-text format (``export.text``), so a robot posts the same
numbers as every other format; in the markdown messages its markup characters
are made inert (``inert_markdown``), since what the rep typed is hostile text. Nothing here touches the network (see ``post``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

from weekplanner.domain.settings import Robot
from weekplanner.export import wording as w
from weekplanner.export.summary import Report
from weekplanner.i18n import N_, _

PLATFORM_NAMES = {"dingtalk": N_("DingTalk"), "wecom": N_("WeCom"), "feishu": N_("Feishu")}
#: WeCom's documented limit for a markdown message's content.
WECOM_LIMIT = 4096
#: The line width of the chat text inside a robot message (a desktop or phone chat wraps it further).
ROBOT_WIDTH = 40


class Message(NamedTuple):
    """One HTTP POST: where to and the JSON body."""

    url: str
    body: dict[str, Any]


def platform_name(platform: str) -> str:
    return _(PLATFORM_NAMES[platform])


def mask(secret: str) -> str:
    """A secret as it may be shown: its first and last characters, never the whole."""
    if not secret:
        return ""
    if len(secret) < 10:
        return "***"
    return f"{secret[:3]}***{secret[-2:]}"


def mask_url(url: str) -> str:
    """The webhook with its token masked (``access_token``/``key`` query, or Feishu's last path part)."""
    parts = urlsplit(url)
    query = [(k, mask(v) if k in ("access_token", "key") else v) for k, v in parse_qsl(parts.query)]
    path = parts.path
    if "/hook/" in path:
        head, _sep, token = path.rpartition("/")
        path = f"{head}/{mask(token)}"
    return urlunsplit((parts.scheme, parts.netloc, path, urlencode(query, safe="*"), ""))


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """DingTalk's signature, url-encoded as it goes into the query."""
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return quote_plus(base64.b64encode(digest).decode())


def feishu_sign(secret: str, timestamp_s: int) -> str:
    """Feishu's signature: the key is "timestamp\\nsecret", the message empty."""
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _chat_lines(report: Report) -> list[str]:
    from weekplanner.export.text import render_text

    return render_text(report, ROBOT_WIDTH).splitlines()


#: Markdown and tag characters as their full-width look-alikes: what the rep typed stays readable but
#: cannot become a link, a mention (WeCom's <@userid>), a coloured <font> or bold text in the group.
_INERT = str.maketrans({"<": "＜", ">": "＞", "[": "［", "]": "］", "*": "＊", "`": "｀", "#": "＃", "_": "＿",
                        "~": "～", "|": "｜"})


def inert_markdown(lines: list[str]) -> list[str]:
    """The chat text's lines with nothing a robot's markdown would interpret (the summary itself uses none)."""
    return [line.translate(_INERT) for line in lines]


def _with_query(url: str, **params: str) -> str:
    parts = urlsplit(url)
    extra = "&".join(f"{k}={v}" for k, v in params.items())  # values already encoded
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def dingtalk_messages(report: Report, robot: Robot, timestamp_ms: int) -> list[Message]:
    lines = inert_markdown(_chat_lines(report))
    title = w.title(report)
    keyword = robot.keyword.strip()
    if keyword and keyword not in "\n".join(lines):
        title = f"{keyword} {title}"
        lines.insert(0, keyword)
    # Two spaces before a line break keep each line on its own in DingTalk's markdown.
    text = "  \n".join(line if line else " " for line in lines)
    url = robot.webhook
    if robot.secret:
        url = _with_query(url, timestamp=str(timestamp_ms), sign=dingtalk_sign(robot.secret, timestamp_ms))
    return [Message(url, {"msgtype": "markdown", "markdown": {"title": title, "text": text}})]


def split_bytes(lines: list[str], limit: int) -> list[list[str]]:
    """Consecutive lines in groups whose joined UTF-8 size stays within ``limit`` bytes.

    A single line longer than the limit is cut between characters.
    """
    groups: list[list[str]] = [[]]
    size = 0
    for line in lines:
        pieces = [line]
        while len(pieces[-1].encode()) > limit:
            head, rest = _cut(pieces[-1], limit)
            pieces[-1:] = [head, rest]
        for piece in pieces:
            cost = len(piece.encode()) + (1 if groups[-1] else 0)
            if groups[-1] and size + cost > limit:
                groups.append([])
                size, cost = 0, len(piece.encode())
            groups[-1].append(piece)
            size += cost
    return [g for g in groups if g]


def _cut(text: str, limit: int) -> tuple[str, str]:
    used = 0
    for i, char in enumerate(text):
        used += len(char.encode())
        if used > limit:
            return text[:i], text[i:]
    return text, ""


def wecom_messages(report: Report, robot: Robot) -> list[Message]:
    lines = inert_markdown(_chat_lines(report))
    marker = "({n}/{total})"
    room = WECOM_LIMIT - len(marker.format(n=99, total=99).encode()) - 1
    groups = split_bytes(lines, room)
    messages = []
    for n, group in enumerate(groups, 1):
        content = "\n".join(group)
        if len(groups) > 1:
            content = marker.format(n=n, total=len(groups)) + "\n" + content
        messages.append(Message(robot.webhook, {"msgtype": "markdown", "markdown": {"content": content}}))
    return messages


def feishu_messages(report: Report, robot: Robot, timestamp_s: int) -> list[Message]:
    lines = _chat_lines(report)
    title, body = lines[0], lines[1:]
    while body and not body[0]:
        body = body[1:]
    content = [[{"tag": "text", "text": line}] for line in body]
    message: dict[str, Any] = {}
    if robot.secret:
        message = {"timestamp": str(timestamp_s), "sign": feishu_sign(robot.secret, timestamp_s)}
    message |= {"msg_type": "post", "content": {"post": {"zh_cn": {"title": title, "content": content}}}}
    return [Message(robot.webhook, message)]


def robot_messages(report: Report, robot: Robot, now_s: float) -> list[Message]:
    """The POSTs that deliver ``report`` to ``robot``, signed with the time ``now_s`` (seconds)."""
    if robot.platform == "dingtalk":
        return dingtalk_messages(report, robot, int(now_s * 1000))
    if robot.platform == "wecom":
        return wecom_messages(report, robot)
    return feishu_messages(report, robot, int(now_s))
