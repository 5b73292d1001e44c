from datetime import date, datetime
from decimal import Decimal

import pytest

from weekplanner.domain.week import Week

W48 = Week(date(2026, 11, 23))


def test_log_by_key_hotkey_and_chinese_name(cli, stored):
    assert cli("log", "call").code == 0
    assert cli("log", "c", "3").code == 0
    result = cli("log", "电话", "2", "--client", "ACME [Shanghai]", "--note", "asked for a quote")
    assert result.code == 0
    assert "ACME [Shanghai]" in result.out
    assert "6/30 this week" in result.out  # the week under way starts planned with the default quotas
    activities = stored().load_week(W48).activities
    assert sorted((a.type, a.count) for a in activities) == [("call", 1), ("call", 2), ("call", 3)]
    chinese = next(a for a in activities if a.count == 2)
    assert (chinese.client, chinese.note) == ("ACME [Shanghai]", "asked for a quote")
    assert {a.at for a in activities} == {datetime(2026, 11, 25, 14, 0)}


def test_log_prints_day_and_week_counts_against_quota(cli):
    cli("quota", "set", "call", "10")
    cli("log", "call", "4", "--date", "yesterday")
    result = cli("log", "call", "2")
    assert "Logged 2 × Calls on Wed 25 Nov at 14:00." in result.out
    assert "Calls: 2/10 on Wed 25 Nov, 6/50 this week." in result.out


def test_unknown_type_lists_the_known_ones(cli, stored):
    result = cli("log", "fax")
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "'fax' is not an activity type" in result.err
    assert "call (c, Calls), visit (v, Visits), email (e, Emails)" in result.err
    assert stored().load_week(W48).activities == ()


def test_amount_follows_the_target_metric(cli, stored):
    cli("target", "set", "500k")
    result = cli("log", "visit", "--client", "ACME", "--outcome", "deal won", "--amount", "50万")
    assert result.code == 0
    assert "Achieved: ¥500,000 of ¥500,000." in result.out
    visit = stored().load_week(W48).activities[0]
    assert visit.amount == Decimal(500000)
    assert visit.outcome == "deal_won"


def test_count_target_needs_whole_numbers(cli, stored):
    cli("target", "set", "8", "--metric", "count", "--unit", "new clients")
    bad = cli("log", "visit", "--amount", "1.5")
    assert bad.code == 2 and "'1.5' is not a whole number" in bad.err
    assert cli("log", "visit", "--amount", "2").code == 0
    assert stored().load_week(W48).activities[0].amount == Decimal(2)


def test_date_and_time(cli, stored):
    assert cli("log", "email", "--date", "2026-11-23", "--time", "9:05").code == 0
    assert cli("log", "email", "--date", "yesterday").code == 0
    times = [a.at for a in stored().load_week(W48).activities]
    assert times == [datetime(2026, 11, 23, 9, 5), datetime(2026, 11, 24, 12, 0)]


@pytest.mark.parametrize("argv, message", [
    (["--time", "15:00"], "is in the future"),
    (["--date", "2026-11-26"], "is in the future"),
    (["--time", "25:00"], "is not a real time. Use a time like 14:05"),
    (["--date", "tomorrow"], "'tomorrow' is not a date"),
    (["0"], "0 is out of range"),
    (["--amount", "-5"], "must be positive"),
])
def test_bad_input_is_one_line_and_nothing_is_saved(cli, stored, argv, message):
    result = cli("log", "call", *argv)
    assert result.code == 2
    assert message in result.err
    assert result.err.startswith("weekplanner: error: ") and result.err.count("\n") == 1
    assert stored().load_week(W48).activities == ()


def test_undo_and_redo(cli, stored):
    assert "Nothing to undo." in cli("undo").out
    cli("log", "call", "3")
    cli("log", "visit")
    result = cli("undo")
    assert result.code == 0 and "Undone: log 1 × Visits" in result.out
    assert [a.type for a in stored().load_week(W48).activities] == ["call"]
    assert "Redone: log 1 × Visits" in cli("undo", "--redo").out
    assert sorted(a.type for a in stored().load_week(W48).activities) == ["call", "visit"]
    assert "Nothing to redo." in cli("undo", "--redo").out


def test_undo_takes_back_a_target_change(cli, stored):
    cli("target", "set", "500k")
    cli("target", "set", "400k", "--reason", "ACME postponed")
    assert cli("undo").code == 0
    assert stored().record("2026-W48").target.value == Decimal(500000)


def test_read_only_flag_refuses_writes(cli, stored):
    result = cli("--read-only", "log", "call")
    assert result.code == 2
    assert "read-only" in result.err
    assert stored().load_week(W48).activities == ()


def test_a_log_that_cannot_get_the_lock_says_so_and_saves_nothing(cli, cli_dir, stored, monkeypatch):
    import subprocess
    import sys

    from weekplanner.storage import lock as lock_module

    assert cli("log", "call").code == 0
    monkeypatch.setattr(lock_module, "LOCK_WAIT_SECONDS", 0.2)
    hold = ("import sys; from pathlib import Path; from weekplanner.storage.lock import DataLock; "
            "DataLock(Path(sys.argv[1])).acquire(); print('ready', flush=True); sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(cli_dir)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = cli("log", "call")
        assert result.code == 2 and result.err.count("\n") == 1
        assert f"pid {holder.pid}" in result.err and "nothing was changed" in result.err
        assert cli("undo").code == 2
    finally:
        holder.kill()
        holder.wait()
    assert len(stored().load_week(W48).activities) == 1
    undone = cli("undo")
    assert undone.code == 0 and "Undone: log 1 × Calls" in undone.out
