from datetime import date, datetime
from decimal import Decimal

import pytest

from weekplanner.domain.target import Metric


def test_set_target_before_the_week_needs_no_reason(cli, stored):
    result = cli("target", "set", "50万", "--week", "next", "--description", "Renew ACME")
    assert result.code == 0 and "Target of 2026-W49 set to ¥500,000." in result.out
    target = stored().record("2026-W49").target
    assert (target.metric, target.value, target.currency, target.description) == (
        Metric.REVENUE, Decimal(500000), "CNY", "Renew ACME")
    assert cli("target", "set", "600k", "--week", "next").code == 0
    assert stored().record("2026-W49").target.value == Decimal(600000)


def test_changing_a_started_week_needs_a_reason_and_keeps_it(cli, stored):
    cli("target", "set", "500k")
    refused = cli("target", "set", "400k")
    assert refused.code == 2
    assert "needs a reason" in refused.err and "--reason" in refused.err
    assert stored().record("2026-W48").target.value == Decimal(500000)

    changed = cli("target", "set", "400k", "--reason", "ACME postponed to December")
    assert "changed from ¥500,000 to ¥400,000" in changed.out
    target = stored().record("2026-W48").target
    assert target.value == Decimal(400000)
    assert [(c.old, c.new, c.reason, c.at) for c in target.changes] == [
        (Decimal(500000), Decimal(400000), "ACME postponed to December", datetime(2026, 11, 25, 14, 0))]

    shown = cli("target", "show")
    assert "ACME postponed to December" in shown.out and "¥400,000" in shown.out
    assert "ACME postponed to December" in cli("status").out


def test_description_only_change_needs_no_reason(cli, stored):
    cli("target", "set", "500k")
    assert cli("target", "set", "500k", "--description", "Two new accounts").code == 0
    target = stored().record("2026-W48").target
    assert target.description == "Two new accounts" and target.changes == ()


def test_count_target(cli, stored):
    assert cli("target", "set", "8", "--metric", "count", "--unit", "new clients").code == 0
    target = stored().record("2026-W48").target
    assert (target.metric, target.value, target.unit) == (Metric.COUNT, Decimal(8), "new clients")
    assert cli("target", "set", "2.5", "--metric", "count", "--reason", "x").code == 2


@pytest.mark.parametrize("typed, unit", [("10 new clients", "new clients"), ("10个新客户", "个新客户")])
def test_a_count_target_typed_in_one_argument(cli, stored, typed, unit):
    assert cli("target", "set", typed, "--week", "next").code == 0
    target = stored().record("2026-W49").target
    assert (target.metric, target.value, target.unit) == (Metric.COUNT, Decimal(10), unit)
    money = cli("target", "set", "50万", "--week", "next")  # not 50 of 万: the count target asks for a count
    assert money.code == 2 and "amount of money, not a count" in money.err
    assert cli("target", "set", "50万", "--week", "2026-W50").code == 0
    assert stored().record("2026-W50").target.metric is Metric.REVENUE


def test_target_show_without_target(cli):
    assert "No target set for 2026-W47" in cli("target", "show", "--week", "last").out


def test_quota_per_day_on_every_workday(cli, stored):
    assert cli("quota", "set", "call", "10").code == 0
    plan = stored().record("2026-W48").plan
    assert [plan.quota(d, "call") for d in range(7)] == [10, 10, 10, 10, 10, 0, 0]


def test_quota_per_week_splits_remainder_to_earliest_days(cli, stored):
    result = cli("quota", "set", "v", "12", "--per-week", "--week", "next")
    assert result.code == 0
    assert "12 this week (Mon 3, Tue 3, Wed 2, Thu 2, Fri 2)" in result.out
    plan = stored().record("2026-W49").plan
    assert [plan.quota(d, "visit") for d in range(7)] == [3, 3, 2, 2, 2, 0, 0]


def test_quota_for_one_day_and_adjustment_recorded(cli, stored):
    cli("quota", "set", "email", "20")
    assert cli("quota", "set", "邮件", "0", "--day", "2026-11-27", "--reason", "trade fair").code == 0
    record = stored().record("2026-W48")
    assert record.plan.quota(date(2026, 11, 27), "email") == 0
    assert record.plan.quota(date(2026, 11, 26), "email") == 20
    # The week under way started with the default quotas from Wed on: both edits are plan changes.
    assert [(a.kind, a.reason) for a in record.adjustments] == [("edit", ""), ("edit", "trade fair")]
    assert record.adjustments[-1].before.quota(date(2026, 11, 27), "email") == 20


def test_quota_errors(cli):
    both = cli("quota", "set", "call", "5", "--per-week", "--day", "today")
    assert both.code == 2 and "--per-week" in both.err
    outside = cli("quota", "set", "call", "5", "--day", "2026-12-01", "--week", "this")
    assert outside.code == 2 and "not in the week 2026-W48" in outside.err
    too_many = cli("quota", "set", "call", "5000")
    assert too_many.code == 2 and "out of range" in too_many.err
    exclusive = cli("quota", "set", "call", "5", "--per-day", "--per-week")
    assert exclusive.code == 2 and "not allowed with argument" in exclusive.err


def test_quota_show_grid(cli):
    cli("quota", "set", "call", "10")
    cli("log", "call", "4")
    out = cli("quota", "show").out
    assert "Wed 25 *" in out
    row = next(line for line in out.splitlines() if "Calls" in line)
    assert row.split() == ["Calls", "0/10", "0/10", "4/10", "10", "10", "4/50"]


def test_per_week_quota_in_a_week_under_way_keeps_the_days_already_past(cli, stored):
    assert cli("quota", "set", "call", "10").code == 0           # Mon–Fri 10 each
    result = cli("quota", "set", "call", "60", "--per-week", "--reason", "month end")
    assert result.code == 0, result.err
    with stored() as repo:
        plan = repo.record("2026-W48").plan
    assert [plan.quota(d, "call") for d in range(5)] == [10, 10, 14, 13, 13]


def test_per_week_quota_below_the_days_already_past_is_refused(cli, stored):
    assert cli("quota", "set", "call", "10").code == 0           # Mon–Fri 10 each
    result = cli("quota", "set", "call", "15", "--per-week", "--reason", "slow week")
    assert result.code == 2
    assert "15 is less than the 20 planned on days already past; type 20 or more." in result.err
    with stored() as repo:
        plan = repo.record("2026-W48").plan
    assert [plan.quota(d, "call") for d in range(5)] == [10] * 5


@pytest.mark.parametrize("typed, code", [("人民币", "CNY"), ("RMB", "CNY"), ("￥", "CNY"), ("jpy", "JPY")])
def test_target_currency_in_any_spelling_or_iso_code(cli, stored, typed, code):
    assert cli("target", "set", "500k", "--week", "next", "--currency", typed).code == 0
    assert stored().record("2026-W49").target.currency == code


@pytest.mark.parametrize("language, said", [
    ("en", "'ABC' is not an ISO 4217 currency code. Use a three-letter ISO 4217 code such as CNY, USD"),
    ("zh", "“ABC”不是 ISO 4217 货币代码。 请使用三个字母的 ISO 4217 货币代码，如 CNY、USD"),
])
def test_an_unknown_currency_code_is_refused_and_nothing_saved(cli, stored, language, said):
    result = cli("--lang", language, "target", "set", "500k", "--week", "next", "--currency", "ABC")
    assert result.code == 2 and said in result.err
    assert stored().record("2026-W49").target is None
