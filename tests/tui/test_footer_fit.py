"""Which Footer keys fit a width: long labels shorten, spare keys leave, the last key (help) stays."""

from __future__ import annotations

from textual.binding import Binding

from weekplanner.tui.widgets.footer_fit import FooterEntry, fit_entries, palette_width, row_width

WEEKS = Binding.Group("Week", compact=True)


def entry(key: str, label: str, action: str | None = None, group: Binding.Group | None = None) -> FooterEntry:
    return FooterEntry(key, key, label, action or label.lower(), group=group)


KEYS = [entry("c", "Calls"), entry("w", "WeChat 微信跟进"), entry("l", "Log…"), entry("t", "Target", "set_target"),
        entry("[", "Prev week", "previous_week", WEEKS), entry("]", "Next week", "next_week", WEEKS),
        entry("r", "Review"), entry("?", "Help")]
PALETTE = entry("^p", "Commands", "command_palette")


def test_widths_follow_textuals_footer():
    assert row_width([entry("c", "Calls")]) == 9  # " c Calls "
    assert row_width(KEYS[4:6]) == 1 + 2 + 1 + 4 + 1  # " [] Week "
    assert row_width([entry("w", "WeChat 微信跟进")]) == 1 + 15 + 3
    assert palette_width(PALETTE) == 13 and palette_width(entry("^p", "")) == 4


def test_everything_shows_when_it_fits():
    shown, palette = fit_entries(KEYS, 200, ["previous_week"], PALETTE)
    assert shown == KEYS and palette == PALETTE


def test_long_labels_shorten_first_then_spare_keys_leave_as_a_group():
    width = row_width(KEYS) + palette_width(PALETTE) - 3
    shown, _palette = fit_entries(KEYS, width, ["previous_week", "set_target"], PALETTE)
    assert [e.key for e in shown] == [e.key for e in KEYS]
    assert shown[1].description == "WeChat 微信…"
    shown, _palette = fit_entries(KEYS, width - 4, ["previous_week", "set_target"], PALETTE)
    assert [e.key for e in shown] == ["c", "w", "l", "t", "r", "?"]  # both week keys left with their group


def test_the_palette_loses_its_label_before_a_key_leaves_and_help_stays_last():
    shown, palette = fit_entries(KEYS, 62, ["previous_week", "set_target"], PALETTE)
    assert [e.key for e in shown] == ["c", "w", "l", "r", "?"] and palette.description == ""
    assert row_width(shown) + palette_width(palette) <= 62
    shown, palette = fit_entries(KEYS, 30, ["previous_week", "set_target"], PALETTE)
    assert shown[-1].key == "?" and row_width(shown) + palette_width(palette) <= 30
    assert all(e.description == "" or len(e.description) >= 1 for e in shown)


def test_a_bare_action_name_stands_for_all_its_arguments():
    keys = [FooterEntry(str(i), str(i), name, f"choose('{name}')") for i, name in enumerate(("md", "csv"), 1)]
    keys += [entry("s", "Save"), entry("?", "Help")]
    shown, _palette = fit_entries(keys, row_width(keys) - 1, ["choose"])
    assert [e.key for e in shown] == ["s", "?"]
