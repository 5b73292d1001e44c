"""``weekplanner send dingtalk|wecom|feishu`` against a local stand-in for each platform (127.0.0.1 only).

The stand-in checks what each platform documents: the path, the JSON shape,
the DingTalk and Feishu signatures computed from a known secret and the
command's clock, and WeCom's 4,096-byte limit; it answers success, an error
code, HTTP 500, or nothing (a timeout).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import stat
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from weekplanner.cli.main import main
from weekplanner.export.robots import WECOM_LIMIT

SECRET = "SECtest-secret-0123456789"
NOW = "2026-11-25T14:00"
NOW_S = int(datetime(2026, 11, 25, 14, 0).timestamp())


class Platform(BaseHTTPRequestHandler):
    """One robot endpoint; ``server.mode`` says how it answers, ``server.received`` what it got."""

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:  # noqa: N802 - the http.server name
        server = self.server
        length = int(self.headers["Content-Length"])
        body = json.loads(self.rfile.read(length).decode("utf-8"))
        parts = urlsplit(self.path)
        server.received.append({"path": parts.path, "query": parse_qs(parts.query), "body": body,
                                "size": length, "type": self.headers["Content-Type"]})
        if server.mode == "slow":
            time.sleep(1.5)  # longer than the command's --timeout; it has given up by now
            return
        if server.mode == "500":
            self.send_response(500)
            self.end_headers()
            return
        reply = server.replies[server.mode]
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


REPLIES = {
    "dingtalk": {"ok": {"errcode": 0, "errmsg": "ok"},
                 "error": {"errcode": 310000, "errmsg": "sign not match"}},
    "wecom": {"ok": {"errcode": 0, "errmsg": "ok"},
              "error": {"errcode": 93000, "errmsg": "invalid webhook url"}},
    "feishu": {"ok": {"code": 0, "msg": "success", "data": {}},
               "error": {"code": 19021, "msg": "sign match fail or timestamp is not within one hour"}},
}
PATHS = {"dingtalk": "/robot/send?access_token=tok123", "wecom": "/cgi-bin/webhook/send?key=key123",
         "feishu": "/open-apis/bot/v2/hook/hook123"}


@pytest.fixture
def platform(request):
    name = request.param
    server = ThreadingHTTPServer(("127.0.0.1", 0), Platform)
    server.mode, server.received, server.replies = "ok", [], REPLIES[name]
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    server.name = name
    server.url = f"http://127.0.0.1:{server.server_address[1]}{PATHS[name]}"
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", NOW)


def send(data_dir, *args):
    return main(["--data-dir", str(data_dir), "send", *args])


def check_request(platform, request, secret: str | None) -> None:
    """What each platform's documentation asks of a request."""
    assert request["type"].startswith("application/json")
    body = request["body"]
    if platform.name == "dingtalk":
        assert request["path"] == "/robot/send" and request["query"]["access_token"] == ["tok123"]
        assert body["msgtype"] == "markdown" and body["markdown"]["title"] and body["markdown"]["text"]
        if secret:
            stamp = request["query"]["timestamp"][0]
            assert stamp == str(NOW_S * 1000)
            expected = base64.b64encode(hmac.new(secret.encode(), f"{stamp}\n{secret}".encode(),
                                                 hashlib.sha256).digest()).decode()
            assert request["query"]["sign"] == [expected]  # parse_qs undid the url-encoding
    elif platform.name == "wecom":
        assert request["path"] == "/cgi-bin/webhook/send" and request["query"]["key"] == ["key123"]
        assert body["msgtype"] == "markdown"
        assert len(body["markdown"]["content"].encode("utf-8")) <= WECOM_LIMIT
    else:
        assert request["path"] == "/open-apis/bot/v2/hook/hook123"
        assert body["msg_type"] == "post"
        post = body["content"]["post"]["zh_cn"]
        assert post["title"] and all(p[0]["tag"] == "text" for p in post["content"])
        if secret:
            assert body["timestamp"] == str(NOW_S)
            key = f"{body['timestamp']}\n{secret}".encode()
            assert body["sign"] == base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


ALL = ["dingtalk", "wecom", "feishu"]


@pytest.mark.parametrize("platform", ALL, indirect=True)
def test_success_posts_what_the_platform_documents(platform, sample_repo, data_dir, capsys):
    secret = None if platform.name == "wecom" else SECRET
    args = [platform.name, "--week", "2026-W48", "--webhook", platform.url]
    args += ["--secret", secret] if secret else []
    assert send(data_dir, *args) == 0
    out = capsys.readouterr()
    assert "Sent the summary 2026-W48 to the" in out.out and not out.err
    assert SECRET not in out.out
    [request] = platform.received
    check_request(platform, request, secret)
    text = json.dumps(request["body"], ensure_ascii=False)
    assert "¥150,000 · 30%" in text and "Call before 10am" in text  # the same numbers as every format


@pytest.mark.parametrize("platform", ALL, indirect=True)
@pytest.mark.parametrize("mode, message", [
    ("error", "refused the message"),
    ("500", "answered HTTP 500"),
    ("slow", "did not answer within 0.5 s"),
])
def test_failures_are_one_line_exit_2(platform, mode, message, sample_repo, data_dir, capsys):
    platform.mode = mode
    assert send(data_dir, platform.name, "--webhook", platform.url, "--secret", SECRET, "--timeout", "0.5") == 2
    out = capsys.readouterr()
    lines = out.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and not out.out
    robot = {"dingtalk": "DingTalk", "wecom": "WeCom", "feishu": "Feishu"}[platform.name]
    assert f"The {robot} robot" in lines[0] and SECRET not in lines[0]
    if mode == "error":
        code = REPLIES[platform.name]["error"].get("errcode", REPLIES[platform.name]["error"].get("code"))
        assert str(code) in lines[0] and "check the webhook, secret and keyword" in lines[0]


def test_refused_connection(sample_repo, data_dir, capsys):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert send(data_dir, "dingtalk", "--webhook", f"http://127.0.0.1:{port}/robot/send?access_token=t") == 2
    err = capsys.readouterr().err
    assert "Could not reach the DingTalk robot" in err and "Connection refused" in err


@pytest.mark.parametrize("platform", ["wecom"], indirect=True)
def test_wecom_splits_a_long_summary_within_the_byte_limit(platform, sample_repo, data_dir, capsys):
    from weekplanner.storage.repository import make_activity

    for i in range(60):  # many notable outcomes with Chinese names: well over 4,096 bytes
        sample_repo.add_activity(make_activity("call", datetime(2026, 11, 24, 9, i % 60), client=f"北京星辰贸易第{i}分公司",
                                               outcome="new_client"))
    assert send(data_dir, "wecom", "--from", "2026-W45", "--to", "2026-W48", "--webhook", platform.url) == 0
    assert "messages" in capsys.readouterr().out
    received = platform.received
    assert len(received) >= 2
    for n, request in enumerate(received, 1):
        check_request(platform, request, None)
        assert request["body"]["markdown"]["content"].startswith(f"({n}/{len(received)})\n")
    joined = "\n".join(r["body"]["markdown"]["content"].split("\n", 1)[1] for r in received)
    assert "北京星辰贸易第59分公司" in "".join(joined.split())  # the last outcome arrived (wrapped lines joined)


def test_dry_run_masks_the_secret_and_sends_nothing(sample_repo, data_dir, capsys):
    url = "http://127.0.0.1:9/robot/send?access_token=tok-abcdefghijklmn"
    assert send(data_dir, "dingtalk", "--webhook", url, "--secret", SECRET, "--keyword", "周报", "--dry-run") == 0
    out = capsys.readouterr().out
    assert SECRET not in out and "SEC***89" in out and "tok-abcdefghijklmn" not in out
    body = json.loads(out.split("\n", 2)[2])
    assert body["markdown"]["title"].startswith("周报 ")  # the keyword rule: the message carries it
    assert f"timestamp={NOW_S * 1000}" in out


def test_saved_robot_is_private_and_masked(sample_repo, data_dir, capsys):
    url = "http://127.0.0.1:9/open-apis/bot/v2/hook/abcdefghijkl"
    sample_repo.close()  # the command saves the settings: it takes the data folder's lock
    assert send(data_dir, "feishu", "--webhook", url, "--secret", SECRET, "--save", "--dry-run") == 0
    capsys.readouterr()
    settings_file = data_dir / "settings.json"
    assert stat.S_IMODE(os.stat(settings_file).st_mode) == 0o600
    # Saved: the next send needs only the platform.
    assert send(data_dir, "feishu", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "abc***kl" in out and SECRET not in out
    for fmt in ("json", "md", "html", "csv", "text"):
        assert main(["--data-dir", str(data_dir), "export", "-f", fmt]) == 0
        assert SECRET not in capsys.readouterr().out


def test_not_a_web_address(sample_repo, data_dir, capsys):
    assert send(data_dir, "wecom", "--webhook", "file:///etc/passwd") == 2
    assert "is not a web address" in capsys.readouterr().err


def test_typed_markup_stays_inert_in_markdown_robots(sample_repo, data_dir, capsys):
    from weekplanner.storage.repository import make_activity

    sample_repo.add_activity(make_activity(
        "call", datetime(2026, 11, 24, 12), outcome="deal_won",
        client="<@all> [win](http://evil.example) **big** <font color='warning'>x</font>"))
    for platform in ("dingtalk", "wecom"):
        assert send(data_dir, platform, "--webhook", "http://127.0.0.1:9/robot/send?access_token=t", "--dry-run") == 0
        body = json.loads(capsys.readouterr().out.split("\n", 1)[1])
        text = body["markdown"].get("text") or body["markdown"]["content"]
        assert "＜@all＞" in "".join(text.split()) and "](" not in text and "**" not in text and "<font" not in text
