"""The manager's side: several reps' JSON summaries of the same week(s) as one team table.

A file that cannot be read, is not a ``weekplanner.summary/1`` document,
covers other weeks, or measures its target in another currency or metric than
the first good file is reported (one clear message per file) and left out;
the rest are still rolled up.
"""

from __future__ import annotations

import json
import os
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple, Sequence

from weekplanner.domain.formatting import done_of, format_percent, format_value
from weekplanner.domain.target import percent
from weekplanner.export.json_export import SCHEMA_ID, shape_errors
from weekplanner.i18n import _, ngettext


class RollupError(ValueError):
    """Why one file was left out of the roll-up (already translated)."""


class RepRow(NamedTuple):
    name: str
    source: str
    target: Decimal | None
    achieved: Decimal | None
    percent: Decimal | None
    planned: dict[str, int]
    done: dict[str, int]
    rating: Decimal | None


class Rollup(NamedTuple):
    first: str
    last: str
    start: str
    end: str
    metric: str | None
    currency: str
    unit: str
    types: tuple[tuple[str, str], ...]
    rows: tuple[RepRow, ...]

    @property
    def period(self) -> str:
        return self.first if self.first == self.last else f"{self.first} – {self.last}"

    @property
    def target(self) -> Decimal | None:
        values = [r.target for r in self.rows if r.target is not None]
        return sum(values, Decimal(0)) if values else None

    @property
    def achieved(self) -> Decimal:
        return sum((r.achieved for r in self.rows if r.achieved is not None), Decimal(0))

    @property
    def percent(self) -> Decimal | None:
        against = sum((r.achieved for r in self.rows if r.target is not None and r.achieved is not None), Decimal(0))
        return percent(against, self.target) if self.target else None

    def planned(self, key: str) -> int:
        return sum(r.planned.get(key, 0) for r in self.rows)

    def done(self, key: str) -> int:
        return sum(r.done.get(key, 0) for r in self.rows)

    @property
    def average_rating(self) -> Decimal | None:
        ratings = [r.rating for r in self.rows if r.rating is not None]
        return (sum(ratings, Decimal(0)) / len(ratings)).quantize(Decimal("0.1")) if ratings else None

    def value(self, value: Decimal | None) -> str:
        if value is None:
            return "–"
        return format_value(value, self.metric or "count", self.currency or "CNY", self.unit)


#: A summary of two years of weeks is well under 1 MiB; anything far larger is not one.
MAX_SUMMARY_BYTES = 16 * 1024 * 1024
#: Amounts and counts a summary may hold (anything beyond is a damaged or forged file).
MAX_AMOUNT = Decimal(10) ** 15
MAX_COUNT = 10_000_000


def _read_text(path: Path) -> str:
    """The file's text: a regular file (never a device or a pipe, which would never end) of bounded size."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise RollupError(_("cannot be read: {reason}").format(reason=error.strerror or error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise RollupError(_("is not a regular file; expected a JSON summary from 'weekplanner export --format json'."))
    if info.st_size > MAX_SUMMARY_BYTES:
        raise RollupError(_("is larger than {size} MiB; a summary is far smaller.").format(
            size=MAX_SUMMARY_BYTES // (1024 * 1024)))
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_SUMMARY_BYTES + 1)
    except OSError as error:
        raise RollupError(_("cannot be read: {reason}").format(reason=error.strerror or error)) from None
    if len(raw) > MAX_SUMMARY_BYTES:
        raise RollupError(_("is larger than {size} MiB; a summary is far smaller.").format(
            size=MAX_SUMMARY_BYTES // (1024 * 1024)))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RollupError(_("is not a text file; expected a JSON summary from 'weekplanner export --format json'.")) from None


def read_summary(path: Path) -> dict[str, Any]:
    """A summary document from ``path``, or ``RollupError`` saying what is wrong with it."""
    text = _read_text(Path(path))
    try:
        doc = json.loads(text, parse_constant=_refuse)
    except json.JSONDecodeError as error:
        raise RollupError(
            _("is not JSON (line {line}); expected a summary from 'weekplanner export --format json'.").format(
                line=error.lineno)
        ) from None
    except RecursionError:
        raise RollupError(_("is nested too deeply to be a summary.")) from None
    except ValueError:  # NaN, Infinity
        raise RollupError(_("holds a number that is not finite.")) from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA_ID:
        found = doc.get("schema") if isinstance(doc, dict) else None
        raise RollupError(
            _("is not a weekplanner summary (schema {found}, expected {expected}).").format(
                found=found or "–", expected=SCHEMA_ID)
        )
    errors = shape_errors(doc)
    if errors:
        raise RollupError(_("is a damaged summary: {problem}").format(problem=errors[0]))
    return doc


def _refuse(name: str) -> Any:
    raise ValueError(name)


def _dec(text: Any, field: str) -> Decimal | None:
    """A decimal of the totals: finite and within bounds, else the file is left out naming the field."""
    if text is None:
        return None
    try:
        value = Decimal(text) if isinstance(text, str) and len(text) <= 100 else None
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite() or abs(value) > MAX_AMOUNT:
        raise RollupError(_("is a damaged summary: {field} is not a number within range.").format(field=field))
    return value


def _count(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise RollupError(_("is a damaged summary: {field} is not a count within range.").format(field=field))
    return value


def _row(doc: dict[str, Any], source: str) -> RepRow:
    totals = doc["totals"]
    activities = totals["activities"]
    return RepRow(
        name=doc["rep"] or Path(source).stem,
        source=source,
        target=_dec(totals["target"], "target"),
        achieved=_dec(totals["achieved"], "achieved"),
        percent=_dec(totals["percent"], "percent"),
        planned={k: _count(v["quota"], "quota") for k, v in activities.items()},
        done={k: _count(v["done"], "done") for k, v in activities.items()},
        rating=_dec(totals["average_rating"], "average_rating"),
    )


def _mismatch(doc: dict[str, Any], first: dict[str, Any]) -> str | None:
    ours, theirs = doc["range"], first["range"]
    if (ours["from"], ours["to"]) != (theirs["from"], theirs["to"]):
        return _("covers {found}, not {expected} like the first file.").format(
            found=_span(ours), expected=_span(theirs))
    a, b = doc["totals"], first["totals"]
    if a["metric"] and b["metric"] and a["metric"] != b["metric"]:
        return _("measures its target as {found}, not {expected}; the targets cannot be added up.").format(
            found=a["metric"], expected=b["metric"])
    if a["metric"] == "revenue" and b["metric"] == "revenue" and a["currency"] != b["currency"]:
        return _("is in {found}, not {expected}; amounts in different currencies cannot be added up.").format(
            found=a["currency"], expected=b["currency"])
    return None


def _identities(doc: dict[str, Any], source: str) -> list[str]:
    """What makes two files one rep's summary: the same file, the same contents, or the same named rep."""
    keys = [f"file:{os.path.realpath(source)}",
            "doc:" + json.dumps(doc, sort_keys=True, ensure_ascii=False)]
    if isinstance(doc.get("rep"), str) and doc["rep"].strip():
        keys.append("rep:" + doc["rep"].strip().casefold())
    return keys


def _span(rng: dict[str, Any]) -> str:
    return rng["from"] if rng["from"] == rng["to"] else f"{rng['from']}–{rng['to']}"


def build_rollup(paths: Sequence[str | Path]) -> tuple[Rollup | None, list[tuple[str, str]]]:
    """The team table of every good file, and (file, message) for each file left out."""
    errors: list[tuple[str, str]] = []
    good: list[tuple[str, dict[str, Any]]] = []
    seen: dict[str, str] = {}  # what identifies a summary → the file it came from
    rows: list[RepRow] = []
    for path in paths:
        source = str(path)
        try:
            doc = read_summary(Path(path))
            row = _row(doc, source)
            identities = _identities(doc, source)
        except RollupError as error:
            errors.append((source, str(error)))
            continue
        except RecursionError:  # parsed, but too deep for the checks that walk it
            errors.append((source, _("is nested too deeply to be a summary.")))
            continue
        problem = _mismatch(doc, good[0][1]) if good else None
        if problem:
            errors.append((source, problem))
            continue
        duplicate = next((seen[key] for key in identities if key in seen), None)
        if duplicate is not None:
            errors.append((source, _("is the same summary as {other} (rep {rep}); counted once.").format(
                other=duplicate, rep=row.name)))
            continue
        seen.update((key, source) for key in identities)
        good.append((source, doc))
        rows.append(row)
    if not good:
        return None, errors
    first = good[0][1]
    types: dict[str, str] = {}
    for _source, doc in good:
        for t in doc["activity_types"]:
            types.setdefault(t["key"], t["name"])
    metric = next((d["totals"]["metric"] for _s, d in good if d["totals"]["metric"]), None)
    unit_doc = next((d["totals"] for _s, d in good if d["totals"]["metric"]), first["totals"])
    rows = sorted(rows, key=lambda r: (r.percent is None, -(r.percent or 0), r.name.casefold()))
    rollup = Rollup(
        first=first["range"]["from"], last=first["range"]["to"],
        start=first["range"]["start"], end=first["range"]["end"],
        metric=metric, currency=unit_doc["currency"], unit=unit_doc["unit"],
        types=tuple(types.items()), rows=tuple(rows),
    )
    return rollup, errors


# -- rendering ------------------------------------------------------------------
def _headers(rollup: Rollup) -> list[str]:
    return [_("Rep"), _("Target"), _("Achieved"), "%", *(name for _k, name in rollup.types), _("Rating")]


def _cells(rollup: Rollup, row: RepRow) -> list[str]:
    return [
        row.name, rollup.value(row.target), rollup.value(row.achieved), format_percent(row.percent),
        *(done_of(row.done.get(k, 0), row.planned.get(k, 0)) for k, _n in rollup.types),
        f"{row.rating}/5" if row.rating is not None else "–",
    ]


def _total_cells(rollup: Rollup) -> list[str]:
    return [
        _("Team"), rollup.value(rollup.target), rollup.value(rollup.achieved), format_percent(rollup.percent),
        *(done_of(rollup.done(k), rollup.planned(k)) for k, _n in rollup.types),
        f"{rollup.average_rating}/5" if rollup.average_rating is not None else "–",
    ]


def title(rollup: Rollup) -> str:
    return _("Team summary {period}").format(period=rollup.period)


def _reps_sorted(rollup: Rollup) -> str:
    count = len(rollup.rows)
    return ngettext("{count} rep, sorted by achievement.", "{count} reps, sorted by achievement.", count).format(
        count=count)


def render_rollup_markdown(rollup: Rollup) -> str:
    from weekplanner.export.markdown import inline, table

    rows = [_cells(rollup, r) for r in rollup.rows]
    total = _total_cells(rollup)
    total[0] = f"**{total[0]}**"
    lines = [f"# {inline(title(rollup))}", "", _reps_sorted(rollup), ""]
    lines += table(_headers(rollup), [*rows, total])
    return "\n".join(lines) + "\n"


def render_rollup_csv(rollup: Rollup) -> str:
    """Plain numbers, one row per rep and a team row; activities as quota and done columns."""
    from weekplanner.export.csv_export import write_rows

    def plain(value: Decimal | None) -> str:
        return "" if value is None else str(value)

    header = [_("Rep"), _("Target"), _("Achieved"), _("% of target")]
    for _key, name in rollup.types:
        header += [_("{type} quota").format(type=name), _("{type} done").format(type=name)]
    header.append(_("Rating"))

    def counts(planned: dict[str, int], done: dict[str, int]) -> list[int]:
        return [n for k, _n in rollup.types for n in (planned.get(k, 0), done.get(k, 0))]

    rows: list[list[object]] = [header]
    for r in rollup.rows:
        rows.append([r.name, plain(r.target), plain(r.achieved), plain(r.percent), *counts(r.planned, r.done),
                     plain(r.rating)])
    planned = {k: rollup.planned(k) for k, _n in rollup.types}
    done = {k: rollup.done(k) for k, _n in rollup.types}
    rows.append([_("Team"), plain(rollup.target), plain(rollup.achieved), plain(rollup.percent),
                 *counts(planned, done), plain(rollup.average_rating)])
    return write_rows(rows)


def render_rollup_html(rollup: Rollup) -> str:
    from weekplanner.export.html import bar, page

    headers = _headers(rollup)
    headers.insert(4, "")

    def html_cells(cells: list[str], pct: Decimal | None, has_target: bool) -> list[object]:
        out: list[object] = list(cells)
        out.insert(4, bar(pct) if has_target else "")
        return out

    rows = [html_cells(_cells(rollup, r), r.percent, r.target is not None) for r in rollup.rows]
    total = html_cells(_total_cells(rollup), rollup.percent, rollup.target is not None)
    subtitle = _reps_sorted(rollup)
    footer = _("Weeks from {start} to {end}.").format(start=rollup.start, end=rollup.end)
    return page("rollup.html", title(rollup), subtitle, footer, headers=headers, rows=rows, total=total)


RENDERERS = {"md": render_rollup_markdown, "csv": render_rollup_csv, "html": render_rollup_html}
