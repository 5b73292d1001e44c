"""``weekplanner review``: write, skip or show a week's review, with flags or in ``$EDITOR``.

With content flags the review is saved at once (each flag replaces that field
of an existing review). Without them the review opens in ``$VISUAL``/``$EDITOR``
as a template with the week's numbers as notes; when what comes back cannot be
saved (empty, unknown heading, bad rating) the edited file is kept and its path
printed, so nothing typed is lost.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from weekplanner.compat.argparse_api import SubParsers
from weekplanner.i18n import _, ngettext

if TYPE_CHECKING:
    from weekplanner.domain.review import Review
    from weekplanner.domain.week import Week
    from weekplanner.storage.repository import Repository

CONTENT_FLAGS = ("went_well", "went_badly", "why", "improve", "rating", "tag")


def register(subparsers: SubParsers) -> None:
    from weekplanner.cli.context import examples

    parser = subparsers.add_parser(
        "review",
        help=_("write, skip or show the week's review (lessons and next week's improvement plan)"),
        description=_("Write the end-of-week review: what went well, what went badly, why, the improvement "
                      "plan for next week (each item becomes a commitment on next week's screen), a rating "
                      "and tags. With content flags it saves at once; without them it opens $EDITOR on a "
                      "template that lists the week's numbers."),
        epilog=examples(
            "weekplanner review",
            "weekplanner review --week last --went-well \"Two deals closed\" --improve \"Call before noon\" "
            "--rating 4 --tag \"price objection\"",
            "weekplanner review --skip",
            "weekplanner review --week 2026-W47 --show",
        ),
    )
    parser.add_argument("--week", metavar="W",
                        help=_("the week: 2026-W48, a date in it, this, last or next (default: this week)"))
    parser.add_argument("--edit", action="store_true", help=_("edit the review in $EDITOR (the default without content flags)"))
    parser.add_argument("--went-well", metavar="TEXT", help=_("what went well"))
    parser.add_argument("--went-badly", metavar="TEXT", help=_("what went badly"))
    parser.add_argument("--why", metavar="TEXT", help=_("why: the root causes"))
    parser.add_argument("--improve", metavar="TEXT", action="append",
                        help=_("one item of next week's improvement plan (repeat for more)"))
    parser.add_argument("--rating", metavar="N", help=_("self-rating from 1 to 5"))
    parser.add_argument("--tag", metavar="TAG", action="append", help=_("a tag (repeat for more)"))
    parser.add_argument("--skip", action="store_true", help=_("skip this week's review on purpose"))
    parser.add_argument("--show", action="store_true", help=_("print the week's numbers and review; change nothing"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from weekplanner.cli.context import console, open_repo
    from weekplanner.cli.inputs import week_arg
    from weekplanner.domain.errors import ParseError

    given = [name for name in CONTENT_FLAGS if getattr(args, name) is not None]
    if args.skip and (given or args.edit):
        raise ParseError(_("--skip cannot be combined with review text; skip, or write the review."))
    if args.show and (given or args.edit or args.skip):
        raise ParseError(_("--show only prints; leave out the other flags to change the review."))
    with open_repo(args, write=not args.show) as repo:
        now = repo.clock.now()
        week = week_arg(args.week, now.date(), repo.settings)
        if args.show:
            console().print(_plain("\n".join(_show_lines(repo, week))))
            return 0
        if args.skip:
            from weekplanner.domain.review import Review

            _store(repo, week, Review(skipped=True, written_at=now))
            print(_("The review of {week} was skipped.").format(week=week.label))
            return 0
        if given and not args.edit:
            review = _from_flags(args, _starting_review(repo, week))
            _store(repo, week, review._replace(written_at=now))
            print((_("Review of {week} saved.").format(week=week.label) + " " + _improvements_note(review)).strip())
            return 0
        return _edit(repo, week)


def _plain(text: str):
    from weekplanner.cli.render import plain

    return plain(text)


def _starting_review(repo: "Repository", week: "Week") -> "Review":
    from weekplanner.domain.review import review_to_edit

    record = repo.record(week.label)
    return review_to_edit(record.review, record.review_draft)


def _from_flags(args: argparse.Namespace, start: "Review") -> "Review":
    from weekplanner.domain.parsing.amounts import parse_count

    changes: dict[str, object] = {}
    for field in ("went_well", "went_badly", "why"):
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    if args.improve is not None:
        changes["improvements"] = tuple(args.improve)
    if args.rating is not None:
        changes["rating"] = parse_count(args.rating, maximum=5)
    if args.tag is not None:
        changes["tags"] = tuple(args.tag)
    return start._replace(**changes)


def _store(repo: "Repository", week: "Week", review: "Review") -> None:
    """Save the review (refusing an empty one) and drop the draft."""
    from weekplanner.domain.review import validate_for_saving

    validate_for_saving(review)
    repo.save_review(week.label, review, _("review of {week}").format(week=week.label))


def _improvements_note(review: "Review") -> str:
    if not review.improvements:
        return ""
    return ngettext("{n} improvement item becomes next week's commitment.",
                    "{n} improvement items become next week's commitments.", len(review.improvements)).format(
        n=len(review.improvements))


def _notes(repo: "Repository", week: "Week") -> list[str]:
    """The week's numbers and last week's commitments, as the review screen shows them."""
    from weekplanner.domain.review import commitments_from
    from weekplanner.domain.review_facts import describe_commitments, describe_facts, number_moves, review_facts
    from weekplanner.domain.summary import summarise

    settings = repo.settings
    data = repo.load_week(week)
    previous = repo.load_week(week.previous())
    today = repo.clock.today()
    facts = review_facts(week, data.record, data.activities, settings.workdays, today, repo.streak_on(min(today, week.end)))
    prev_summary = summarise(previous.week, previous.record, previous.activities)
    commitments = commitments_from(previous.record.review, data.record.commitments_kept)
    return [
        *describe_commitments(commitments, number_moves(prev_summary, facts.summary), prev_summary, settings),
        *describe_facts(facts, settings),
    ]


def _title(week: "Week") -> str:
    from weekplanner.domain.formatting import format_week

    return _("Review of {week}").format(week=format_week(week))


def _show_lines(repo: "Repository", week: "Week") -> list[str]:
    from weekplanner.domain.review_template import render_template

    record = repo.record(week.label)
    lines = [_title(week), "", *_notes(repo, week), ""]
    if record.review is None:
        lines.append(_("No review was written for this week."))
    elif record.review.skipped:
        lines.append(_("This week's review was skipped."))
    else:
        body = render_template("", record.review, [])
        lines += [line for line in body.splitlines() if not line.startswith("# ") and line != "#"]
    return lines


def _editor_command() -> list[str]:
    import shlex

    from weekplanner.domain.errors import ParseError

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise ParseError(_("No editor is set. Set $EDITOR (for example EDITOR=nano), or write the review "
                           "with flags such as --went-well and --improve."))
    return shlex.split(editor)


def _edit(repo: "Repository", week: "Week") -> int:
    import subprocess
    import tempfile

    from weekplanner.domain.errors import ParseError
    from weekplanner.domain.review import validate_for_saving
    from weekplanner.domain.review_template import parse_template, render_template

    command = _editor_command()
    text = render_template(_title(week), _starting_review(repo, week), _notes(repo, week))
    handle, name = tempfile.mkstemp(prefix=f"weekplanner-review-{week.label}-", suffix=".md")
    path = Path(name)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
    try:
        finished = subprocess.run([*command, str(path)], check=False)
    except OSError as error:
        path.unlink(missing_ok=True)
        raise ParseError(_("The editor '{editor}' could not be started: {error}").format(
            editor=" ".join(command), error=error.strerror or error)) from None
    kept = _("Your text is kept in {path}.").format(path=path)
    if finished.returncode != 0:
        raise ParseError(_("The editor exited with an error; nothing was saved.") + " " + kept)
    written = path.read_text(encoding="utf-8")
    try:
        review = validate_for_saving(parse_template(written)._replace(written_at=repo.clock.now()))
    except ParseError as error:
        raise ParseError(str(error) + " " + kept) from None
    _store(repo, week, review)
    path.unlink(missing_ok=True)
    print((_("Review of {week} saved.").format(week=week.label) + " " + _improvements_note(review)).strip())
    return 0
