"""``weekplanner send email`` to a local SMTP server (aiosmtpd on 127.0.0.1); the parts are read back."""

from __future__ import annotations

import email
import email.policy
import io
import socket

import openpyxl
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from weekplanner.cli.main import main

PASSWORD = "s3cret-pass"


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # a failure answers 535


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), authenticator=_authenticator,
                            auth_require_tls=False)
    controller.start()
    inbox.address = f"127.0.0.1:{controller.port}"
    yield inbox
    controller.stop()


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_TODAY", "2026-11-25T14:00")
    monkeypatch.delenv("WEEKPLANNER_SMTP_PASSWORD", raising=False)


def send(data_dir, *args):
    return main(["--data-dir", str(data_dir), "send", "email", *args])


def test_html_body_plain_alternative_and_workbook(smtp, sample_repo, data_dir, capsys, monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_SMTP_PASSWORD", PASSWORD)
    code = send(data_dir, "--to", "boss@example.com", "team@example.com", "--smtp", smtp.address, "--plain",
                "--user", "li.wei@example.com", "--attach-xlsx", "--week", "2026-W48")
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "E-mailed the summary 2026-W48 to boss@example.com, team@example.com." in out.out
    assert PASSWORD not in out.out + out.err
    [(sender, recipients, raw)] = smtp.messages
    assert sender == "li.wei@example.com" and recipients == ["boss@example.com", "team@example.com"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"] == "Weekly summary: Li Wei · 2026-W48"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "¥150,000 · 30%" in plain and "**" not in plain
    assert html.startswith("<!DOCTYPE html>") and "Acme &lt;Ltd&gt; &amp; Co" in html
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "weekplanner-2026-W48.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(attachment.get_content()))
    assert book.sheetnames[0] == "Summary" and book["Summary"]["D5"].value == 150000


def test_wrong_password_is_one_line_exit_2(smtp, sample_repo, data_dir, capsys, monkeypatch):
    monkeypatch.setenv("WEEKPLANNER_SMTP_PASSWORD", "wrong")
    assert send(data_dir, "--to", "boss@example.com", "--smtp", smtp.address, "--plain", "--user", "me") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused the user name or password" in err[0] and "wrong" not in err[0]
    assert smtp.messages == []


def test_no_password_without_a_terminal(smtp, sample_repo, data_dir, capsys):
    assert send(data_dir, "--to", "boss@example.com", "--smtp", smtp.address, "--plain", "--user", "me") == 2
    assert "set WEEKPLANNER_SMTP_PASSWORD" in capsys.readouterr().err


def test_refused_connection_and_plain_password_refused(sample_repo, data_dir, capsys, monkeypatch):
    assert send(data_dir, "--to", "a@example.com", "--smtp", f"127.0.0.1:{_free_port()}", "--plain",
                "--sender", "me@example.com") == 2
    assert "Could not reach the mail server" in capsys.readouterr().err
    monkeypatch.setenv("WEEKPLANNER_SMTP_PASSWORD", PASSWORD)
    assert send(data_dir, "--to", "a@example.com", "--smtp", "mail.example.com:25", "--plain", "--user", "me") == 2
    assert "Refusing to send a password unencrypted" in capsys.readouterr().err


def test_saved_settings_and_dry_run(sample_repo, data_dir, capsys):
    sample_repo.close()  # --save writes the settings
    assert send(data_dir, "--to", "boss@example.com", "--smtp", "smtp.exmail.qq.com:465", "--ssl",
                "--user", "me@example.com", "--save", "--dry-run") == 0
    first = capsys.readouterr().out
    assert send(data_dir, "--dry-run") == 0  # everything but the password came from the settings
    out = capsys.readouterr().out
    assert out == first
    assert "SMTP smtp.exmail.qq.com:465 (ssl) user me@example.com" in out
    assert "To: boss@example.com" in out and "text/html" in out
    assert "PASSWORD" not in (data_dir / "settings.json").read_text().upper()


def test_range_needs_both_ends(sample_repo, data_dir, capsys):
    assert send(data_dir, "--to", "a@example.com", "--smtp", "127.0.0.1:25", "--from", "2026-W45", "--dry-run") == 2
    assert "needs both --from and --until" in capsys.readouterr().err
    assert send(data_dir, "--to", "a@example.com", "--smtp", "127.0.0.1:25", "--plain", "--sender", "me@example.com",
                "--from", "2026-W45", "--until", "2026-W48", "--dry-run") == 0
    assert "Subject: Weekly summary: Li Wei · 2026-W45–2026-W48" in capsys.readouterr().out
