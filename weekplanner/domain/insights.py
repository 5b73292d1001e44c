"""What past weeks say about this one: comparisons, trends, weekdays, tags, lessons.

Pure functions over :class:`~weekplanner.domain.summary.WeekSummary` rows (the
cached one-line history of each week) and :class:`~weekplanner.domain.review.Review`
objects, so the history screen, the review screen, the target form and the CLI
all read the same numbers. Nothing here reads files or knows about screens.

Order conventions: functions accept summaries in any order; series come back
oldest → newest (what a sparkline draws left to right); lists of weeks or
search hits come back newest first (what a history table shows first).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Iterable, NamedTuple, Sequence

from weekplanner.domain.review import Review, normalise_tags
from weekplanner.domain.summary import WeekSummary, finished
from weekplanner.i18n import _

#: A target more than this many times the best week ever achieved is flagged (warned, not blocked).
FAR_ABOVE_FACTOR = Decimal("1.5")
#: The outcome that counts as a deal in conversion ratios.
DEAL_OUTCOME = "deal_won"

_ONE_DECIMAL = Decimal("0.1")


def _pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part`` as a percent of ``whole`` to one decimal; None when ``whole`` is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)


def newest_first(summaries: Iterable[WeekSummary]) -> list[WeekSummary]:
    return sorted(summaries, key=lambda s: s.start, reverse=True)


def last_weeks(summaries: Iterable[WeekSummary], n: int) -> list[WeekSummary]:
    """The ``n`` most recent summaries, oldest → newest (the x axis of a trend)."""
    if n <= 0:
        return []
    ordered = sorted(summaries, key=lambda s: s.start)
    return ordered[-n:]


def has_data(summary: WeekSummary) -> bool:
    """A week counts as history once it had a target or achieved something.

    Weeks the rep never touched (no target, nothing achieved) would drag the
    average toward zero without saying anything about what they can do.
    """
    return summary.target_value is not None or summary.achieved > 0


# --------------------------------------------------------------------------- against history


class HistoryComparison(NamedTuple):
    """A proposed value (usually a new target) against what the rep achieved before.

    ``weeks`` is how many weeks went into ``average`` (0 when there is no
    history; then every other number is None and ``far_above`` is False).
    ``change_percent`` is ``value`` relative to ``average``: ``18.0`` means
    18% above it, ``-12.5`` 12.5% below. ``best`` is the best week achieved
    among all the summaries given, labelled ``best_label``.
    """

    value: Decimal
    weeks: int
    average: Decimal | None
    best: Decimal | None
    best_label: str | None
    change_percent: Decimal | None
    far_above: bool

    @property
    def has_history(self) -> bool:
        return self.weeks > 0


def against_history(
    value: Decimal,
    recent: Sequence[WeekSummary],
    weeks: int = 4,
    *,
    metric: str | None = None,
    before: date | None = None,
) -> HistoryComparison:
    """Compare ``value`` with the average of the last ``weeks`` weeks that had data.

    - Only weeks with data count (see :func:`has_data`); with ``metric``
      (``"revenue"``/``"count"``) only weeks whose target had that metric, so
      a revenue target is never compared with a count of clients; with
      ``before`` only weeks starting before that date (leave out the week
      being planned).
    - ``far_above`` rule: ``value > 1.5 × best`` where ``best`` is the highest
      achieved among all given weeks with data. It is a warning to show next
      to the field, never a reason to refuse the value. With no history, or a
      best of zero, there is no basis and the flag stays False.
    """
    value = Decimal(value)
    pool = [
        s for s in finished(recent)
        if has_data(s)
        and (metric is None or s.target_metric == metric)
        and (before is None or s.start < before)
    ]
    window = newest_first(pool)[: max(weeks, 0)]
    if not window:
        return HistoryComparison(value, 0, None, None, None, None, False)
    average = (sum((s.achieved for s in window), Decimal(0)) / len(window)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    best_week = max(pool, key=lambda s: (s.achieved, s.start))
    best = best_week.achieved
    change = None
    if average > 0:
        change = ((value - average) * 100 / average).quantize(_ONE_DECIMAL, rounding=ROUND_HALF_UP)
    far_above = best > 0 and value > best * FAR_ABOVE_FACTOR
    return HistoryComparison(value, len(window), average, best, best_week.label, change, far_above)


def describe_comparison(comparison: HistoryComparison) -> str:
    """``+18% over your 4-week average`` / ``12% below your 4-week average`` (translated).

    Empty when there is nothing to compare with.
    """
    change = comparison.change_percent
    if change is None:
        return ""
    amount = _format_share(abs(change))
    if change > 0:
        return _("+{percent} over your {weeks}-week average").format(percent=amount, weeks=comparison.weeks)
    if change < 0:
        return _("{percent} below your {weeks}-week average").format(percent=amount, weeks=comparison.weeks)
    return _("the same as your {weeks}-week average").format(weeks=comparison.weeks)


def _format_share(value: Decimal) -> str:
    # Imported lazily: formatting is a sibling module and this keeps the import graph flat.
    from weekplanner.domain.formatting import format_percent

    return format_percent(value)


# --------------------------------------------------------------------------- trends

TrendKey = Callable[[WeekSummary], "Decimal | int | float | None"]


def achievement_percent(summary: WeekSummary) -> Decimal | None:
    """Key for :func:`trend`: the week's target achievement in percent (None without a target)."""
    return summary.percent


def done_of(activity_type: str) -> TrendKey:
    """Key for :func:`trend`: how many ``activity_type`` activities the week had done."""

    def key(summary: WeekSummary) -> int:
        return summary.done.get(activity_type, 0)

    return key


def trend(
    summaries: Iterable[WeekSummary], n: int, key: TrendKey, missing: float = 0.0
) -> list[float]:
    """``key`` over the last ``n`` weeks, oldest → newest, as floats for a Sparkline.

    Weeks where ``key`` gives None (e.g. no target) are drawn as ``missing``.
    """
    values = []
    for summary in last_weeks(summaries, n):
        raw = key(summary)
        values.append(missing if raw is None else float(raw))
    return values


def percent_trend(summaries: Iterable[WeekSummary], n: int) -> list[float]:
    """Achievement percent over the last ``n`` weeks (oldest → newest)."""
    return trend(summaries, n, achievement_percent)


def done_trend(summaries: Iterable[WeekSummary], n: int, activity_type: str) -> list[float]:
    """Done count of ``activity_type`` over the last ``n`` weeks (oldest → newest)."""
    return trend(summaries, n, done_of(activity_type))


# --------------------------------------------------------------------------- conversion


class ConversionPoint(NamedTuple):
    """Calls → visits → deals of one week (or of a span, see :func:`overall_conversion`).

    Ratios are percents to one decimal: ``call_to_visit`` = visits per 100
    calls, ``visit_to_deal`` = deals per 100 visits; None when the base is zero.
    """

    label: str
    calls: int
    visits: int
    deals: int
    call_to_visit: Decimal | None
    visit_to_deal: Decimal | None


def _conversion(label: str, calls: int, visits: int, deals: int) -> ConversionPoint:
    return ConversionPoint(label, calls, visits, deals, _pct(visits, calls), _pct(deals, visits))


def conversion_ratios(summaries: Iterable[WeekSummary]) -> list[ConversionPoint]:
    """Per week, oldest → newest: calls and visits done, deals won, and the ratios between them.

    Deals are activities logged with the ``deal_won`` outcome.
    """
    return [
        _conversion(s.label, s.done.get("call", 0), s.done.get("visit", 0), s.outcomes.get(DEAL_OUTCOME, 0))
        for s in sorted(summaries, key=lambda s: s.start)
    ]


def overall_conversion(summaries: Iterable[WeekSummary], label: str = "") -> ConversionPoint:
    """The same ratios over all the given weeks together (totals, not an average of ratios)."""
    points = conversion_ratios(summaries)
    return _conversion(
        label,
        sum(p.calls for p in points),
        sum(p.visits for p in points),
        sum(p.deals for p in points),
    )


# --------------------------------------------------------------------------- weekdays


class WeekdayStat(NamedTuple):
    """How often one weekday (Monday = 0) had all its quotas met."""

    weekday: int
    met: int
    total: int

    @property
    def share(self) -> Decimal:
        """Percent of the days met, to one decimal."""
        return _pct(self.met, self.total) or Decimal(0)


class WeekdayPerformance(NamedTuple):
    """Per weekday with any quota, the share of days met; the best and the worst weekday.

    ``best``/``worst`` are weekday numbers, or None when fewer than two
    weekdays have data or all share the same rate (nothing stands out).
    Ties go to the earlier weekday.
    """

    stats: tuple[WeekdayStat, ...]
    best: int | None
    worst: int | None


def weekday_performance(summaries: Iterable[WeekSummary]) -> WeekdayPerformance:
    """Which weekdays the rep usually meets their quotas on, and which they do not."""
    met: dict[int, int] = {}
    total: dict[int, int] = {}
    for summary in summaries:
        for day, was_met in summary.days_met:
            weekday = day.weekday()
            total[weekday] = total.get(weekday, 0) + 1
            met[weekday] = met.get(weekday, 0) + (1 if was_met else 0)
    stats = tuple(WeekdayStat(d, met[d], total[d]) for d in sorted(total))
    rates = {s.weekday: Decimal(s.met) / s.total for s in stats}
    if len(stats) < 2 or len(set(rates.values())) == 1:
        return WeekdayPerformance(stats, None, None)
    best = max(sorted(rates), key=lambda d: rates[d])
    worst = min(sorted(rates), key=lambda d: rates[d])
    return WeekdayPerformance(stats, best, worst)


# --------------------------------------------------------------------------- tags


class TagCount(NamedTuple):
    """``tag`` appeared in ``weeks`` of the ``of_weeks`` weeks below target."""

    tag: str
    weeks: int
    of_weeks: int


def is_below_target(summary: WeekSummary) -> bool:
    return summary.percent is not None and summary.percent < 100


def tag_summary(summaries: Iterable[WeekSummary], min_weeks: int = 2) -> list[TagCount]:
    """Tags that recur among the weeks below target, most frequent first.

    ``("price objection", 5, 8)`` means the tag was on the review of 5 of the
    8 weeks that ended below target. Tags seen in fewer than ``min_weeks`` of
    those weeks are left out (one bad week is an anecdote, not a pattern).
    """
    below = [s for s in finished(summaries) if is_below_target(s)]
    counts: dict[str, int] = {}
    for summary in below:
        for tag in normalise_tags(summary.tags):
            counts[tag] = counts.get(tag, 0) + 1
    rows = [TagCount(tag, n, len(below)) for tag, n in counts.items() if n >= max(min_weeks, 1)]
    return sorted(rows, key=lambda r: (-r.weeks, r.tag))


def describe_tag_count(row: TagCount) -> str:
    """``'price objection' in 5 of the 8 weeks below target`` (translated)."""
    return _("'{tag}' in {count} of the {total} weeks below target").format(
        tag=row.tag, count=row.weeks, total=row.of_weeks
    )


def complete_tag(typed: str, known: Iterable[str]) -> str:
    """The tag ``typed`` completes to: the first ``known`` tag it starts (case-insensitive), else itself.

    The tag field shows this completion and filters by it, so what is shown is what is used.
    """
    start = typed.strip().lower()
    if not start:
        return ""
    return next((tag for tag in known if tag.lower().startswith(start)), typed.strip())


def tag_suggestions(summaries: Iterable[WeekSummary], prefix: str = "") -> list[str]:
    """Tags used before, most used first (ties: most recent first), for the review form.

    With ``prefix`` only tags starting with it (case-insensitive) are offered.
    """
    uses: dict[str, int] = {}
    last_seen: dict[str, date] = {}
    for summary in summaries:
        for tag in normalise_tags(summary.tags):
            uses[tag] = uses.get(tag, 0) + 1
            last_seen[tag] = max(last_seen.get(tag, summary.start), summary.start)
    start = " ".join(prefix.split()).lower()
    tags = [t for t in uses if t.startswith(start)]
    return sorted(tags, key=lambda t: (-uses[t], -last_seen[t].toordinal(), t))


# --------------------------------------------------------------------------- search

#: Characters of context kept on each side of a match in a search snippet.
SNIPPET_CONTEXT = 30

class SearchHit(NamedTuple):
    """One review that matched: its week label, the field and a snippet around the first match.

    ``highlight`` is the (start, end) of the match inside ``snippet``, for
    drawing it in bold; (0, 0) when the hit came from a tag filter alone.
    """

    label: str
    review: Review
    field: str
    snippet: str
    highlight: tuple[int, int]


def _fold(text: str) -> tuple[str, list[int]]:
    """Case- and width-folded ``text`` and, per folded character, its index in ``text``.

    Folding is per character (NFKC then casefold) so a match found in the
    folded text maps back to the exact characters the rep wrote, even where
    folding changes the length (``ß`` → ``ss``). CJK text is unchanged by it,
    so Chinese is matched as a plain substring.
    """
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).casefold()
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def _fold_query(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _field_texts(review: Review) -> list[tuple[str, str]]:
    return [
        ("went_well", review.went_well),
        ("went_badly", review.went_badly),
        ("why", review.why),
        ("improvements", "\n".join(review.improvements)),
        ("tags", ", ".join(review.tags)),
    ]


def _snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> tuple[str, tuple[int, int]]:
    """``…context match context…`` on one line, and where the match sits in it."""
    left = max(start - context, 0)
    right = min(end + context, len(text))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    body = text[left:right].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    begin = len(prefix) + (start - left)
    return prefix + body + suffix, (begin, begin + (end - start))


def _find(review: Review, terms: list[str]) -> tuple[str, str, tuple[int, int]] | None:
    """The field and snippet of the first term's first match, when every term occurs."""
    fields = [(name, unicodedata.normalize("NFC", text)) for name, text in _field_texts(review)]
    folded = [(name, text, *_fold(text)) for name, text in fields]
    everything = "\n".join(f for _n, _t, f, _o in folded)
    if not all(term in everything for term in terms):
        return None
    first = terms[0]
    for name, text, folded_text, origin in folded:
        at = folded_text.find(first)
        if at >= 0:
            start = origin[at]
            end = origin[at + len(first) - 1] + 1
            snippet, highlight = _snippet(text, start, end)
            return name, snippet, highlight
    return None  # pragma: no cover - a term found in the joined text is found in one field


def search_reviews(
    items: Iterable[tuple[str, Review]], text: str = "", tag: str | None = None
) -> list[SearchHit]:
    """Reviews matching ``text`` and carrying ``tag``, newest week first.

    - ``text`` is split on whitespace; a review matches when every word occurs
      somewhere in it (any field), case-insensitively for Latin text and as a
      plain substring for Chinese (``价格`` finds ``客户嫌价格太高``). Fullwidth
      letters are folded, so ``ＣＲＭ`` finds ``crm``.
    - ``tag`` keeps only reviews with that tag (compared after the same
      normalisation as stored tags).
    - Empty and skipped reviews never match. With neither ``text`` nor ``tag``
      every written review is listed, its snippet the start of its text.

    ``items`` are (week label, review) pairs.
    """
    terms = [_fold_query(t) for t in text.split()]
    wanted = normalise_tags([tag])[0] if tag and normalise_tags([tag]) else None
    hits: list[SearchHit] = []
    for label, review in items:
        if review.skipped or review.is_empty():
            continue
        if wanted is not None and wanted not in review.tags:
            continue
        if terms:
            found = _find(review, terms)
            if found is None:
                continue
            field_name, snippet, highlight = found
        else:
            field_name, body = next(((n, t) for n, t in _field_texts(review) if t.strip()), ("tags", ""))
            snippet, _span = _snippet(body, 0, 0, SNIPPET_CONTEXT * 2)
            highlight = (0, 0)
        hits.append(SearchHit(label, review, field_name, snippet, highlight))
    hits.sort(key=lambda h: h.label, reverse=True)
    return hits
