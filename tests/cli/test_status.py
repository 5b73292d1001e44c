import json

import pytest


@pytest.fixture
def busy_week(cli):
    """2026-W48 at Wednesday 14:00: target ¥500k, quotas 2 calls + 1 visit a day, Mon and Tue met."""
    assert cli("target", "set", "500k", "--week", "2026-W48", "--description", "Renew ACME").code == 0
    cli("quota", "set", "call", "2")
    cli("quota", "set", "visit", "1")
    cli("quota", "set", "email", "0")  # the week started with the default quotas; this week has no emails
    for day in ("2026-11-23", "2026-11-24"):
        cli("log", "call", "2", "--date", day)
    cli("log", "visit", "--date", "2026-11-23", "--amount", "100k", "--client", "ACME")
    cli("log", "visit", "--date", "2026-11-24", "--amount", "150k", "--outcome", "deal_won")
    cli("log", "call")


def test_status_json_shape_and_values(cli, busy_week):
    result = cli("status", "--json")
    assert result.code == 0
    doc = json.loads(result.out)
    assert doc["schema"] == "weekplanner.status/1"
    assert doc["today"] == "2026-11-25"
    assert doc["week"] == {
        "label": "2026-W48", "start": "2026-11-23", "end": "2026-11-29",
        "workdays": ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"],
        "workdays_left": 3, "elapsed": "0.5111",
    }
    assert doc["target"] == {"metric": "revenue", "value": "500000", "currency": "CNY", "unit": "",
                             "description": "Renew ACME", "changes": []}
    assert doc["achieved"] == "250000"
    assert doc["percent"] == "50.0"
    assert doc["pace"] == {"basis": "target", "status": "on_track", "expected": "0.5111", "actual": "0.5000"}
    assert doc["activity_pace"] == {"basis": "activities", "status": "on_track", "expected": "0.5111",
                                   "actual": "0.4667"}
    assert doc["forecast"] == {"projected": "489130.43", "percent": "97.8"}
    assert doc["types"] == [
        {"type": "call", "name": "Calls", "done_today": 1, "quota_today": 2, "done_week": 5, "quota_week": 10, "moved_week": 0},
        {"type": "visit", "name": "Visits", "done_today": 0, "quota_today": 1, "done_week": 2, "quota_week": 5, "moved_week": 0},
        {"type": "email", "name": "Emails", "done_today": 0, "quota_today": 0, "done_week": 0, "quota_week": 0, "moved_week": 0},
    ]
    assert doc["streak"] == 2


def test_status_json_without_any_data(cli, cli_dir):
    doc = json.loads(cli("status", "--json").out)
    assert (doc["target"], doc["percent"], doc["forecast"]) == (None, None, None)
    assert doc["pace"]["basis"] == "activities"
    # Nobody planned the week: it has the default quotas from today (Wed) on, so 0 done is behind.
    assert [t["quota_week"] for t in doc["types"]] == [30, 9, 60]
    assert doc["activity_pace"]["status"] == "behind"
    assert doc["achieved"] == "0" and doc["streak"] == 0
    assert not cli_dir.exists()  # reading never creates the data folder


def test_status_tables(cli, busy_week):
    out = cli("status").out
    assert "2026-W48 · 23–29 Nov" in out
    assert "¥500,000 — Renew ACME" in out
    assert "¥250,000 (50%)" in out
    assert "● on track — 50% done, 51.1% expected by now" in out
    assert "¥489,130 (97.8%) at the current rate" in out
    assert "2 in a row (workdays with every quota met)" in out
    calls = next(line for line in out.splitlines() if line.strip().startswith("Calls"))
    assert calls.split() == ["Calls", "1/2", "5/10"]


def test_status_of_another_week(cli, busy_week):
    out = cli("status", "--week", "last").out
    assert "2026-W47" in out and "none set" in out
    bad = cli("status", "--week", "2027-W53")
    assert bad.code == 2 and "2027 has no week 53" in bad.err


def test_status_in_chinese(cli, busy_week):
    out = cli("--lang", "zh", "status").out
    assert "11月23日–29日" in out
    assert "电话" in out and "拜访" in out
    assert "目标" in out and "节奏" in out
    assert "正常" in out or "符合" in out


def test_no_color_keeps_escape_codes_out(cli, busy_week, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    out = cli("status").out
    assert "\x1b[3" not in out and "\x1b[9" not in out and "38;" not in out


def test_piped_output_is_plain_text(cli, busy_week):
    out = cli("status").out
    assert "\x1b[" not in out
    assert "╭" not in out  # light layout, no rounded boxes, when not a terminal


def test_commands_read_and_write_while_the_app_has_the_folder_open(cli, cli_dir, busy_week, clock):
    from weekplanner.storage.repository import Repository

    holder = Repository(cli_dir, clock=clock)
    try:
        assert cli("status").code == 0
        assert cli("quota", "show").code == 0
        before = len(holder.load_week(holder.week()).activities)
        assert cli("log", "call").code == 0
        assert len(holder.load_week(holder.week()).activities) == before + 1
    finally:
        holder.close()
    assert cli("log", "call").code == 0
