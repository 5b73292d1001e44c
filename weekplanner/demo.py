"""A realistic sample history, so a newcomer (or a benchmark) sees a populated app.

A rep, Li Wei 李伟, with weekly revenue targets of ¥80k–¥150k (a few weeks
count new clients or deals instead), daily quotas of calls, visits and emails,
re-balanced plans, target changes with reasons, activities with clients and
outcomes, and reviews in Chinese and English, ending with the current week
done up to today. Deterministic for a seed; five years (≈60,000 activities)
are written in a few seconds because each week file is written once
(:meth:`Repository.import_week`).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from weekplanner.domain.activity import BUILTIN_TYPES, Activity, ActivityType
from weekplanner.domain.plan import uniform_plan
from weekplanner.domain.progress import day_counts
from weekplanner.domain.rebalance import apply_rebalance, propose_rebalance
from weekplanner.domain.record import WeekRecord
from weekplanner.domain.review import Review
from weekplanner.domain.settings import Settings
from weekplanner.domain.target import Metric, Target
from weekplanner.domain.week import MONDAY, Week
from weekplanner.i18n import _
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import Repository

WORKDAYS = (0, 1, 2, 3, 4)

CLIENTS = (
    "华为技术", "阿里云", "腾讯云", "上海明远贸易有限公司", "深圳创联科技", "北京中科信达",
    "杭州绿源食品", "广州恒丰物流", "苏州精工机械", "成都天府软件", "南京金陵医药", "武汉光谷电子",
    "Acme Trading Ltd.", "Pacific Rim Logistics", "Northwind Foods", "Globex China", "BlueOcean Retail",
    "Sino-German Tools GmbH", "Everbright Solar", "Harbour Freight Asia", "Lotus Hotels Group",
    "Great Wall Motors 长城汽车", "美的集团", "海尔智家", "Bright Future Education", "三一重工",
    "Jade Dragon Textiles", "Orient Pharma", "招商银行 分行", "Kingsoft Office",
)
NOTES = (
    "客户要求下周再联系", "Asked for a quote on 200 units", "对价格比较敏感", "Decision maker is on leave",
    "需要技术方案", "Sent the product brochure", "约了周四拜访", "Wants a trial before signing",
    "预算下季度才批", "Competitor offered 10% less", "老客户续约", "Referred by 王总",
    "Procurement needs three quotes", "要求上门演示", "Interested in the premium plan",
)
CALL_OUTCOMES = (("no_answer", 40), ("follow_up", 30), ("meeting_booked", 14), ("", 16))
VISIT_OUTCOMES = (("follow_up", 45), ("proposal_sent", 30), ("", 25))
EMAIL_OUTCOMES = (("", 75), ("follow_up", 25))
REBALANCE_REASONS = (
    "Behind on calls after Monday's training day", "周二客户会议太多，电话没打够",
    "Sick half a day; spreading the shortfall", "展会占用了一天，把拜访挪到后面",
    "Visits cancelled by clients; more calls instead",
)
TARGET_REASONS = (
    "Big order from 华为 moved to next month", "经理要求本周冲刺季度目标",
    "Two deals slipped; lowering to a realistic number", "新客户提前签约，目标上调",
    "Price increase announced, clients hesitating",
)
WENT_WELL = (
    ("Calls in the morning reached more decision makers.", "上午打电话接通率明显更高。"),
    ("Two visits turned into signed orders.", "两次拜访都转化成了订单。"),
    ("Follow-up emails got quick replies.", "跟进邮件回复很快。"),
    ("The new demo script worked well.", "新的演示话术效果很好。"),
)
WENT_BADLY = (
    ("Too many calls went unanswered on Friday.", "周五很多电话没人接。"),
    ("I spent too long on one difficult client.", "在一个难缠的客户身上花了太多时间。"),
    ("Proposals went out late.", "方案发得太晚了。"),
    ("Visits were cancelled at short notice.", "客户临时取消了拜访。"),
)
WHY = (
    ("Clients were busy with quarter-end.", "客户忙于季度末结算。"),
    ("I did not prepare the call list the evening before.", "前一天晚上没有准备好电话名单。"),
    ("Pricing approval from my manager took two days.", "价格审批拖了两天。"),
    ("I started the day with email instead of calls.", "一早先处理邮件，电话拖到了下午。"),
)
IMPROVEMENTS = (
    ("Prepare tomorrow's call list before leaving.", "下班前准备好第二天的电话名单。"),
    ("Confirm visits one day ahead.", "拜访前一天再次确认。"),
    ("Send proposals within 24 hours.", "方案24小时内发出。"),
    ("Block 9:00–11:00 for calls only.", "9点到11点只打电话。"),
    ("Ask every client for a referral.", "每个客户都请求转介绍。"),
)
TAGS = ("cold calls", "pricing", "follow-up", "time management", "跟进", "报价", "客户关系", "渠道", "演示")
TARGET_TEXTS = (
    "Close ¥{v:,} in new orders, key accounts first", "本周签单 ¥{v:,}，重点客户优先",
    "¥{v:,} from renewals and upsell", "新订单 ¥{v:,}（含续约）",
)


class _Generator:
    def __init__(self, rng: random.Random, now: datetime, activities_per_day: int | None) -> None:
        self.rng = rng
        self.now = now
        self.today = now.date()
        self.per_day = activities_per_day
        self.previous_review: Review | None = None

    def _id(self) -> str:
        return f"{self.rng.getrandbits(48):012x}"

    def _pick(self, weighted: tuple[tuple[str, int], ...]) -> str:
        return self.rng.choices([o for o, _w in weighted], weights=[w for _o, w in weighted])[0]

    def _text(self, pairs: tuple[tuple[str, str], ...]) -> str:
        return self.rng.choice(self.rng.choice(pairs))

    def _at(self, day: date, hours: tuple[int, int] = (9, 18)) -> datetime:
        end = self._day_end(day, hours)
        minute = self.rng.randrange(hours[0] * 60, end) if end > hours[0] * 60 else max(0, end - 1)
        return datetime.combine(day, time(minute // 60, minute % 60))

    def _day_end(self, day: date, hours: tuple[int, int] = (9, 18)) -> int:
        """The last minute activities may have on ``day``: today's end at the current time."""
        end = hours[1] * 60
        if day == self.today:
            end = min(end, self.now.hour * 60 + self.now.minute)
        return end

    def week(self, week: Week) -> tuple[WeekRecord, list[Activity]]:
        rng = self.rng
        current = self.today in week
        days = [d for d in week.workdays(frozenset(WORKDAYS)) if d <= self.today]
        # Target: mostly revenue, now and then a count of new clients or deals.
        if rng.random() < 0.85:
            value = rng.randrange(80, 151, 5) * 1000
            target = Target(Metric.REVENUE, Decimal(value), "CNY",
                            description=rng.choice(TARGET_TEXTS).format(v=value))
        else:
            unit, value = rng.choice((("new clients", rng.randint(3, 6)), ("deals", rng.randint(2, 4))))
            target = Target(Metric.COUNT, Decimal(value), unit=unit,
                            description=f"{value} {unit} signed this week / 本周签约{value}个")
        if rng.random() < 0.2 and len(days) >= 3:
            new_value = (target.value * Decimal(rng.choice(("0.85", "0.9", "1.1", "1.2")))).to_integral_value()
            target = target.changed_to(new_value, rng.choice(TARGET_REASONS), self._at(days[2], (8, 10)))
        # Plan: daily quotas, sometimes re-balanced mid-week with a reason.
        daily = {"call": rng.randrange(10, 16), "visit": rng.randint(2, 4), "email": rng.randrange(20, 31, 5)}
        plan = uniform_plan(daily, WORKDAYS)
        # Sometimes re-balanced on Wednesday evening, with the domain's own rule, once the days are logged.
        rebalanced_at = reason = None
        if rng.random() < 0.25 and len(days) >= 3:
            rebalanced_at, reason = self._at(days[2], (17, 19)), rng.choice(REBALANCE_REASONS)
        # Activities: around the quota, scaled by how the week went.
        form = rng.uniform(0.8, 1.3)
        activities: list[Activity] = []
        for day in days:
            if day == self.today:
                worked = self._day_end(day) - 9 * 60
                if worked <= 0:
                    continue
                share = worked / (9 * 60)
            else:
                share = 1.0
            quotas = dict(daily) if self.per_day is None else _scale(daily, self.per_day)
            day_form = form * share * rng.uniform(0.85, 1.2)
            for kind, quota in quotas.items():
                n = max(0, round(quota * day_form * rng.uniform(0.97, 1.05)))
                outcomes = {"call": CALL_OUTCOMES, "visit": VISIT_OUTCOMES}.get(kind, EMAIL_OUTCOMES)
                for _i in range(n):
                    activities.append(Activity(
                        self._id(), kind, self._at(day), client=rng.choice(CLIENTS) if kind != "email" or rng.random() < 0.5 else "",
                        note=rng.choice(NOTES) if rng.random() < 0.15 else "", outcome=self._pick(outcomes)))
            if rng.random() < 0.6:
                activities.append(Activity(self._id(), "demo", self._at(day), client=rng.choice(CLIENTS)))
        # What counts toward the target: won deals with amounts, or new clients.
        if days:
            elapsed = len(days) / len(WORKDAYS)
            goal = target.value * Decimal(str(round(rng.uniform(0.6, 1.3) * elapsed, 2)))
            if target.is_revenue:
                deals = rng.randint(2, 5)
                for i in range(deals):
                    amount = (goal / deals * Decimal(str(rng.uniform(0.6, 1.4)))).quantize(Decimal(100))
                    if amount > 0:
                        activities.append(Activity(self._id(), rng.choice(("visit", "call")), self._at(rng.choice(days)),
                                                   client=rng.choice(CLIENTS), outcome="deal_won", amount=amount))
            else:
                outcome = "new_client" if target.unit == "new clients" else "deal_won"
                for _i in range(int(goal.to_integral_value())):
                    activities.append(Activity(self._id(), "visit", self._at(rng.choice(days)),
                                               client=rng.choice(CLIENTS), outcome=outcome, amount=Decimal(1)))
        kept = {}
        if self.previous_review is not None and self.previous_review.improvements and days:
            kept = {i: rng.random() < 0.6 for i in range(len(self.previous_review.improvements))
                    if not current or rng.random() < 0.5}
        review = None if current else self._review(week, float(form))
        self.previous_review = review
        record = WeekRecord(week.label, target=target, plan=plan, review=review, commitments_kept=kept)
        if rebalanced_at is not None and reason is not None:
            logged = day_counts(a for a in activities if a.at <= rebalanced_at)
            proposal = propose_rebalance(record, logged, week, frozenset(WORKDAYS), rebalanced_at, Decimal("0.5"))
            if proposal.changes_anything:
                record = apply_rebalance(record, proposal, reason, rebalanced_at)
        return record, activities

    def _review(self, week: Week, form: float) -> Review | None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.07:
            return Review(skipped=True, written_at=self._at(week.start + timedelta(days=4), (17, 19)))
        if roll < 0.2:
            return None
        rating = max(1, min(5, round(form * 4 - 1 + rng.uniform(-0.6, 0.6))))
        return Review(
            went_well=self._text(WENT_WELL), went_badly=self._text(WENT_BADLY), why=self._text(WHY),
            improvements=tuple(self._text(IMPROVEMENTS) for _i in range(rng.randint(1, 3))),
            rating=rating, tags=tuple(rng.sample(TAGS, rng.randint(1, 3))),
            written_at=self._at(week.start + timedelta(days=rng.choice((4, 5))), (16, 20)),
        )


def _scale(daily: dict[str, int], total: int) -> dict[str, int]:
    whole = sum(daily.values())
    return {kind: max(0, round(n * total / whole)) for kind, n in daily.items()}


def demo_settings() -> Settings:
    return Settings(
        rep_name="Li Wei 李伟", currency="CNY", week_start=MONDAY, workdays=frozenset(WORKDAYS),
        activity_types=BUILTIN_TYPES + (ActivityType("demo", "Product demo", "d"),),
        default_quotas={"call": 10, "visit": 3, "email": 20}, yearly_goal=Decimal(5_500_000), onboarded=True,
    )


def build_demo(
    folder: Path, *, weeks: int = 12, today: date | datetime | None = None, seed: int = 7,
    activities_per_day: int | None = None,
) -> None:
    """Fill ``folder`` with ``weeks`` weeks of sample history ending with today's week.

    ``today`` may be a datetime: today's activities then all lie before it (a
    date alone means noon). Refuses a folder that already holds weeks (the rep's real data is never mixed
    with sample data).
    """
    if today is None:
        now = datetime.now().replace(second=0, microsecond=0)
    elif isinstance(today, datetime):
        now = today
    else:
        now = datetime.combine(today, time(12))
    today = now.date()
    generator = _Generator(random.Random(seed), now, activities_per_day)
    current = Week.containing(today, MONDAY)
    with Repository(Path(folder)) as repo:
        if repo.week_labels():
            raise StorageError(
                _("{folder} already holds weekplanner data; choose an empty folder for the sample data.").format(
                    folder=folder)
            )
        repo.save_settings(demo_settings())
        for back in range(weeks - 1, -1, -1):
            record, activities = generator.week(current.previous(back))
            repo.import_week(record, activities, backup=False)
