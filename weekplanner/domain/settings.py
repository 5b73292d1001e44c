"""The rep's preferences: name, currency, week start, workdays, activity types, defaults."""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType
from typing import Mapping, NamedTuple

from weekplanner.domain.activity import BUILTIN_TYPES, ActivityType
from weekplanner.domain.week import DEFAULT_WORKDAYS, MONDAY

#: The group-robot platforms the summary can be sent to.
ROBOT_PLATFORMS = ("dingtalk", "wecom", "feishu")


class Robot(NamedTuple):
    """A chat group's custom robot: its webhook, signing secret (DingTalk, Feishu) and keyword (DingTalk)."""

    platform: str
    webhook: str = ""
    secret: str = ""
    #: DingTalk robots set to "custom keywords" refuse a message without one of them.
    keyword: str = ""


class MailSettings(NamedTuple):
    """Where the summary is e-mailed from and to; the password is never stored."""

    smtp: str = ""
    security: str = "starttls"
    user: str = ""
    sender: str = ""
    to: tuple[str, ...] = ()


DEFAULT_DAILY_QUOTAS: Mapping[str, int] = MappingProxyType({"call": 10, "visit": 3, "email": 20})


class Settings(NamedTuple):
    rep_name: str = ""
    currency: str = "CNY"
    week_start: int = MONDAY
    workdays: frozenset[int] = DEFAULT_WORKDAYS
    activity_types: tuple[ActivityType, ...] = BUILTIN_TYPES
    default_quotas: Mapping[str, int] = DEFAULT_DAILY_QUOTAS
    language: str | None = None
    theme: str = "weekplanner-dark"
    #: How far above its normal quota a re-balanced day may go (0.5 = +50%).
    rebalance_cap: Decimal = Decimal("0.5")
    #: The working day, for pace within today.
    day_start_hour: int = 9
    day_end_hour: int = 18
    #: The yearly goal for the goal cascade (in the target's unit), if any.
    yearly_goal: Decimal | None = None
    yearly_goal_metric: str = "revenue"
    #: True once the first-run walk-through was finished or skipped.
    onboarded: bool = False
    #: The group robots the summary is sent to, at most one per platform.
    robots: tuple[Robot, ...] = ()
    mail: MailSettings = MailSettings()
    #: The plan a week nobody planned starts with: ``defaults`` (daily quotas) or ``last_week`` (its original plan).
    new_week_plan: str = "defaults"

    def robot(self, platform: str) -> Robot | None:
        return next((r for r in self.robots if r.platform == platform and r.webhook), None)

    def with_robot(self, robot: Robot) -> "Settings":
        """These settings with ``robot`` replacing the platform's (an empty webhook removes it)."""
        others = tuple(r for r in self.robots if r.platform != robot.platform)
        return self._replace(robots=others + ((robot,) if robot.webhook else ()))

    def visible_types(self) -> tuple[ActivityType, ...]:
        return tuple(t for t in self.activity_types if not t.hidden)

    def type_names(self) -> dict[str, str]:
        """Every type's key → the name shown for it, hidden types included (old entries keep their name)."""
        return {t.key: t.display_name for t in self.activity_types}

    def type_named(self, key: str) -> ActivityType | None:
        return next((t for t in self.activity_types if t.key == key), None)

    def sorted_workdays(self) -> list[int]:
        """Workdays in the order they occur from the week start."""
        return sorted(self.workdays, key=lambda d: (d - self.week_start) % 7)

    def with_changes(self, **changes: object) -> "Settings":
        return self._replace(**changes)
