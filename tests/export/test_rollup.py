"""Team roll-up: three reps and one broken file; the CLI's per-file errors and exit codes."""

from __future__ import annotations

import csv
import io
import json

from weekplanner.cli.main import main
from weekplanner.export.formats import render
from weekplanner.export.rollup import build_rollup, render_rollup_csv, render_rollup_html, render_rollup_markdown
from weekplanner.export.summary import load_report

from export_samples import W48


def rep_files(repo, tmp_path):
    """Li Wei's real export, and two colleagues derived from it with other names and results."""
    doc = json.loads(render(load_report(repo, [W48]), "json"))
    paths = []
    for name, achieved, percent, rating in (
        ("Li Wei", None, None, None), ("Zhang Min", "600000", "120.0", "5"), ("Wang Fang", "250000", "50.0", None),
    ):
        rep = json.loads(json.dumps(doc))
        rep["rep"] = name
        if achieved:
            rep["totals"].update(achieved=achieved, percent=percent, average_rating=rating)
        path = tmp_path / f"{name.split()[0].lower()}.json"
        path.write_text(json.dumps(rep, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "weekplanner.summary/1", "rep": "Cut off', encoding="utf-8")
    return paths, broken


def test_three_reps_and_a_broken_file(sample_repo, tmp_path):
    paths, broken = rep_files(sample_repo, tmp_path)
    rollup, errors = build_rollup([paths[0], broken, *paths[1:]])
    assert [source for source, _m in errors] == [str(broken)]
    assert "is not JSON" in errors[0][1]
    assert [r.name for r in rollup.rows] == ["Zhang Min", "Wang Fang", "Li Wei"]  # by achievement
    assert rollup.target == 1500000 and rollup.achieved == 1000000 and str(rollup.percent) == "66.7"
    assert rollup.done("call") == 78 and rollup.planned("call") == 150  # moved calls count once per rep
    assert str(rollup.average_rating) == "4.5"
    text = render_rollup_markdown(rollup)
    assert "| Zhang Min | ¥500,000 | ¥600,000 | 120% | 26/50 | 8/15 | 45/100 | 5/5 |" in text
    assert "| **Team** | ¥1,500,000 | ¥1,000,000 | 66.7% | 78/150 | 24/45 | 135/300 | 4.5/5 |" in text
    rows = list(csv.reader(io.StringIO(render_rollup_csv(rollup))))
    assert rows[-1][:4] == ["Team", "1500000", "1000000", "66.7"] and len(rows) == 5
    html = render_rollup_html(rollup)
    assert html.count("<tr>") == 4 and "Zhang Min" in html


def test_mismatched_files_are_left_out(sample_repo, tmp_path):
    paths, _broken = rep_files(sample_repo, tmp_path)
    other_week = json.loads(paths[1].read_text(encoding="utf-8"))
    other_week["range"].update({"from": "2026-W47", "to": "2026-W47"})
    (tmp_path / "w47.json").write_text(json.dumps(other_week), encoding="utf-8")
    dollars = json.loads(paths[2].read_text(encoding="utf-8"))
    dollars["totals"]["currency"] = "USD"
    (tmp_path / "usd.json").write_text(json.dumps(dollars), encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"schema": "something/2"}', encoding="utf-8")
    rollup, errors = build_rollup([paths[0], tmp_path / "w47.json", tmp_path / "usd.json", wrong])
    assert [r.name for r in rollup.rows] == ["Li Wei"]
    messages = dict(errors)
    assert "covers 2026-W47, not 2026-W48" in messages[str(tmp_path / "w47.json")]
    assert "is in USD, not CNY" in messages[str(tmp_path / "usd.json")]
    assert "schema something/2" in messages[str(wrong)]


def test_rollup_command_exit_codes(sample_repo, tmp_path, capsys):
    paths, broken = rep_files(sample_repo, tmp_path)
    assert main(["rollup", *map(str, paths), str(broken)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Team summary 2026-W48")
    assert err.strip().splitlines() == [f"weekplanner: {broken}: " + err.split(f"{broken}: ", 1)[1].strip()]
    assert main(["rollup", str(broken)]) == 2
    _out, err = capsys.readouterr()
    assert "no summary could be rolled up" in err


def test_bad_files_are_named_and_skipped_while_good_ones_roll_up(sample_repo, tmp_path):
    import os

    paths, _broken = rep_files(sample_repo, tmp_path)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    huge = json.loads(paths[1].read_text(encoding="utf-8"))
    huge["rep"] = "Huge"
    huge["totals"].update(achieved="1e400", percent="1e400")
    (tmp_path / "huge.json").write_text(json.dumps(huge))
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (20 * 1024 * 1024) + b"{}")
    rollup, errors = build_rollup([paths[0], deep, tmp_path / "huge.json", fifo, "/dev/zero", big, paths[1]])
    assert [r.name for r in rollup.rows] == ["Zhang Min", "Li Wei"]
    named = {source: message for source, message in errors}
    assert set(named) == {str(deep), str(tmp_path / "huge.json"), str(fifo), "/dev/zero", str(big)}
    assert "nested too deeply" in named[str(deep)]
    assert "not a regular file" in named[str(fifo)] and "not a regular file" in named["/dev/zero"]
    assert "larger than" in named[str(big)]
    assert "achieved" in named[str(tmp_path / "huge.json")]
    render_rollup_markdown(rollup)


def test_the_same_rep_given_twice_is_counted_once_with_a_warning(sample_repo, tmp_path):
    paths, _broken = rep_files(sample_repo, tmp_path)
    copy = tmp_path / "li-again.json"
    copy.write_bytes(paths[0].read_bytes())
    rollup, errors = build_rollup([paths[0], paths[1], paths[0], copy])
    assert [r.name for r in rollup.rows] == ["Zhang Min", "Li Wei"]
    assert rollup.target == 1000000  # not 1,500,000 or 2,000,000
    assert [source for source, _m in errors] == [str(paths[0]), str(copy)]
    assert all("counted once" in message for _s, message in errors)


def test_cli_rollup_warns_about_a_duplicate_and_still_succeeds(sample_repo, tmp_path, capsys):
    paths, _broken = rep_files(sample_repo, tmp_path)
    assert main(["rollup", str(paths[0]), str(paths[0]), str(paths[1])]) == 0
    captured = capsys.readouterr()
    assert "counted once" in captured.err and captured.out.count("Li Wei") == 1
