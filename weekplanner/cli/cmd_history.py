"""``weekplanner history``: past weeks and their lessons, for people (tables) and scripts (``--json``).

Weeks come from the cached summaries (fast with years of history); reviews are
read only to list or search lessons. The JSON form is versioned (``schema``).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _, ngettext

if TYPE_CHECKING:
    from weekplanner.domain.review_search import SearchHit
    from weekplanner.domain.review_tags import TagCount
    from weekplanner.domain.summary import WeekSummary

SCHEMA = "weekplanner.history/1"
DEFAULT_WEEKS = 12


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import examples

    parser = subparsers.add_parser(
        "history",
        help=_("list past weeks and search the lessons of their reviews"),
        description=_("List past weeks, newest first: target, achieved, percent, activities done against "
                      "planned, rating and whether the week was reviewed; the tags that recur in weeks "
                      "below target; and, with --search or --tag, the reviews that match."),
        epilog=examples("weekplanner history", "weekplanner history --weeks 52",
                        "weekplanner history --search 价格", "weekplanner history --tag \"no-show\" --json"),
    )
    parser.add_argument("--json", action="store_true",
                        help=_("print a versioned JSON document instead of tables (for scripts)"))
    parser.add_argument("--search", metavar="TEXT", help=_("find reviews containing every word of TEXT (Chinese too)"))
    parser.add_argument("--tag", metavar="TAG", help=_("only reviews with this tag"))
    parser.add_argument("--weeks", metavar="N",
                        help=_("how many recent weeks to list (default {n}; 0 lists all)").format(n=DEFAULT_WEEKS))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.domain.review_search import search_reviews
    from weekplanner.domain.review_tags import tag_summary
    from weekplanner.domain.parsing.amounts import parse_count

    limit = DEFAULT_WEEKS if args.weeks is None else parse_count(args.weeks, allow_zero=True, maximum=10_000)
    searching = bool((args.search or "").strip() or args.tag)
    with open_repo(args, write=False) as repo:
        settings = repo.settings
        summaries = repo.history()
        damaged = repo.damaged_weeks()
        shown = summaries[:limit] if limit else summaries
        tags = tag_summary(summaries)
        labels = {s.label for s in shown}
        reviews = [(label, r) for label, r in repo.reviews() if searching or label in labels]
        hits = search_reviews(reviews, args.search or "", args.tag)
    warn_damaged(damaged)
    if args.json:
        import json

        document = history_document(shown, tags, hits)
        document["damaged"] = [{"week": label, "file": str(error.path), "problem": str(error)}
                               for label, error in sorted(damaged.items(), reverse=True)]
        from weekplanner.safe_text import json_terminal_safe

        print(json_terminal_safe(json.dumps(document, ensure_ascii=False, indent=2)))
        return 0
    out = console()
    if searching:
        print_hits(out, hits, args.search or "", args.tag)
        return 0
    print_weeks(out, shown, settings)
    print_tags(out, tags)
    return 0


def warn_damaged(damaged: dict[str, Any]) -> None:
    """One line on stderr per week left out because a file of it cannot be read."""
    import sys

    from weekplanner.safe_text import terminal_safe

    for label, error in sorted(damaged.items(), reverse=True):
        print(terminal_safe("weekplanner: {warning}: {text}".format(
            warning=_("warning"), text=_("{week} is left out: {problem}").format(week=label, problem=error))),
            file=sys.stderr)


# -- JSON ----------------------------------------------------------------------------
def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def week_document(s: "WeekSummary") -> dict[str, Any]:
    return {
        "week": s.label,
        "start": s.start.isoformat(),
        "target": None if s.target_value is None else {
            "value": _number(s.target_value), "metric": s.target_metric,
            "currency": s.currency, "unit": s.target_unit,
        },
        "achieved": _number(s.achieved),
        "percent": _number(s.percent),
        "planned": dict(s.planned),
        "done": dict(s.done),
        "rating": s.rating,
        "review": "reviewed" if s.reviewed else "skipped" if s.review_skipped else "none",
        "state": "in_progress" if s.in_progress else "finished",
        "tags": list(s.tags),
    }


def history_document(weeks: list["WeekSummary"], tags: list["TagCount"], hits: list["SearchHit"]) -> dict[str, Any]:
    """Weeks newest first, recurring tags, and the lessons listed or found."""
    return {
        "schema": SCHEMA,
        "weeks": [week_document(s) for s in weeks],
        "recurring_tags": [{"tag": t.tag, "weeks": t.weeks, "of_weeks_below_target": t.of_weeks} for t in tags],
        "lessons": [
            {
                "week": h.label,
                "field": h.field,
                "snippet": h.snippet,
                "went_well": h.review.went_well,
                "went_badly": h.review.went_badly,
                "why": h.review.why,
                "improvements": list(h.review.improvements),
                "rating": h.review.rating,
                "tags": list(h.review.tags),
            }
            for h in hits
        ],
    }


# -- tables ----------------------------------------------------------------------------
def print_weeks(out, weeks: list["WeekSummary"], settings) -> None:
    from weekplanner.cli.render import new_table, plain
    from weekplanner.domain.formatting import format_percent, format_value
    from weekplanner.domain.summary import review_state

    if not weeks:
        out.print(_("No weeks yet. Set a target or log an activity, and the week appears here."))
        return
    table = new_table(out, _("Week"), _("Target"), _("Achieved"), _("%"), _("Done / planned"), _("Rating"),
                      _("Review"), title=_("Weeks, newest first"))
    for s in weeks:
        metric = s.target_metric or "count"
        value = lambda v: format_value(v, metric, s.currency, s.target_unit)  # noqa: E731
        table.add_row(
            s.label,
            plain(value(s.target_value)) if s.target_value is not None else "–",
            plain(value(s.achieved)),
            format_percent(s.percent),
            f"{s.done_total}/{s.planned_total}",
            str(s.rating) if s.rating else "–",
            review_state(s),
        )
    out.print(table)


def print_tags(out, tags: list["TagCount"]) -> None:
    from weekplanner.cli.render import plain
    from weekplanner.domain.review_tags import describe_tag_count

    if tags:
        out.print(plain(_("Recurring tags:")))
        for row in tags:
            out.print(plain("  " + describe_tag_count(row)))


def print_hits(out, hits: list["SearchHit"], text: str, tag: str | None) -> None:
    from weekplanner.cli.render import new_table, plain
    from weekplanner.domain.review_template import FIELD_NAMES

    if not hits:
        out.print(plain(_("No review matches.")))
        return
    table = new_table(out, _("Week"), _("Field"), _("Lesson"),
                      title=ngettext("{n} review found", "{n} reviews found", len(hits)).format(n=len(hits)))
    for h in hits:
        snippet = plain(h.snippet)
        start, end = h.highlight
        if end > start:
            snippet.stylize("bold", start, end)
        table.add_row(h.label, _(FIELD_NAMES.get(h.field, h.field)), snippet)
    out.print(table)

