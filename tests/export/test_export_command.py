"""``weekplanner export``: weeks, ranges and months; stdout or file; one-line errors with exit 2."""

from __future__ import annotations

import json

from weekplanner.cli.main import main


def export(data_dir, *args):
    return main(["--data-dir", str(data_dir), *args])


def test_week_markdown_to_stdout(sample_repo, data_dir, capsys):
    assert export(data_dir, "export", "--week", "2026-W48") == 0
    out = capsys.readouterr().out
    assert out.startswith("# Weekly summary: Li Wei\n\n2026-W48 · 23–29 Nov")


def test_chinese_csv_to_stdout_has_bom(sample_repo, data_dir, capsysbinary):
    assert export(data_dir, "--lang", "zh", "export", "--week", "2026-W48", "--format", "csv") == 0
    raw = capsysbinary.readouterr().out
    assert raw.startswith(b"\xef\xbb\xbf") and "电话指标".encode() in raw


def test_range_and_month_json(sample_repo, data_dir, tmp_path, capsys):
    out_file = tmp_path / "range.json"
    assert export(data_dir, "export", "--from", "2026-W45", "--to", "2026-W48", "-f", "json", "-o", str(out_file)) == 0
    assert str(out_file) in capsys.readouterr().out
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert [w["label"] for w in doc["weeks"]] == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert doc["totals"]["target"] == "1550000"
    assert export(data_dir, "export", "--month", "2026-11", "-f", "json") == 0
    month = json.loads(capsys.readouterr().out)
    assert month["range"] == {"from": "2026-W45", "to": "2026-W49", "start": "2026-11-02", "end": "2026-12-06",
                              "weeks": 5}


def test_errors_are_one_line_exit_2(sample_repo, data_dir, tmp_path, capsys):
    cases = [
        (["export", "--from", "2026-W45"], "needs both --from and --to"),
        (["export", "--from", "2026-W48", "--to", "2026-W45"], "ends (2026-W45) before it starts"),
        (["export", "--month", "2026-13"], "is not a month"),
        (["export", "--week", "2026-W99"], "2026 has no week 99"),
        (["export", "-f", "html", "-o", str(tmp_path / "missing" / "r.html")], "does not exist"),
    ]
    for args, message in cases:
        assert export(data_dir, *args) == 2, args
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1, err
