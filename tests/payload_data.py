"""Hostile text for the payload tests: escapes, markup, formulas, HTML, structure, and a very long string."""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal

#: Each is put into every text field; together they cover what a hostile file or paste can hold.
PAYLOADS = {
    "osc title": "Acme\x1b]0;PWNED\x07 Ltd",
    "osc clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07Beta",
    "clear screen": "\x1b[2J\x1b[HGamma",
    "c1 csi": "Delta\x9b31mRed",
    "bell and nul": "Eps\x07\x00ilon",
    "markup": "Demo [v2] [/] [bold]x[/bold] [@click=app.quit]q[/]",
    "formula": "=HYPERLINK(\"http://evil\",\"x\")",
    "formula plus": "+cmd|' /C calc'!A0",
    "html": "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "markdown": "line one\n# heading\n| a | b |\n[x](javascript:alert(1))",
}
LONG = "长" * 50_000 + "x" * 50_000  # 100 KB of text

#: What must never reach a terminal raw.
FORBIDDEN = ("\x1b", "\x07", "\x9b", "\x00")


def seed_hostile(repo, payload: str, *, long: bool = False) -> None:
    """This week and last week with ``payload`` in every text field a rep can fill."""
    from weekplanner.domain.activity import ActivityType
    from weekplanner.domain.plan import Adjustment, uniform_plan
    from weekplanner.domain.record import WeekRecord
    from weekplanner.domain.review import Review
    from weekplanner.domain.target import Metric, Target, TargetChange
    from weekplanner.storage.repository import make_activity

    text = LONG if long else payload
    short = payload[:60]
    settings = repo.settings.with_changes(
        rep_name=short,
        activity_types=repo.settings.activity_types + (ActivityType("demo", short, hotkey="m"),),
        onboarded=True,
    )
    repo.save_settings(settings)
    week = repo.week()
    plan = uniform_plan({"call": 10, "demo": 2}, range(5))
    at = datetime.combine(week.days[0], time(9))
    target = Target(Metric.REVENUE, Decimal(500000), unit=short, description=text,
                    changes=(TargetChange(Decimal(400000), Decimal(500000), text, at),))
    repo.save_record(WeekRecord(week.label, target=target, plan=plan,
                                adjustments=(Adjustment(at, text, plan, plan, "edit"),)), "seed")
    review = Review(went_well=text, went_badly=text, why=text, improvements=(text, short + " two"),
                    rating=3, tags=(short,))
    repo.save_record(WeekRecord(week.previous().label, target=target, plan=plan, review=review), "seed")
    for day in (week.days[0], week.days[2], week.previous().days[1]):
        repo.add_activity(make_activity("demo", datetime.combine(day, time(10)), client=text, note=text,
                                        outcome=short, amount=Decimal(1000)), "seed")
        repo.add_activity(make_activity("call", datetime.combine(day, time(11)), client=short,
                                        outcome="deal_won", amount=Decimal(2000)), "seed")
