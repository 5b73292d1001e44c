"""Activity-type hotkeys: one free letter each."""

from weekplanner.domain.hotkeys import hotkey_problem, letter_keys, new_type_key, tick_keys


def test_hotkey_rules():
    reserved = letter_keys(["l", "ctrl+z", "question_mark,f1", "left_square_bracket,left", "t"])
    assert reserved == {"l", "t"}
    assert hotkey_problem("d", ["c", "v"], reserved) is None
    assert "one letter" in hotkey_problem("dd", [], reserved)
    assert hotkey_problem("", ["c"], reserved) is None  # no letter: the type gets a number key
    assert "week screen" in hotkey_problem("t", [], reserved)
    assert "another activity type" in hotkey_problem("c", ["c", "v"], reserved)
    assert new_type_key("Demos", ["call"]) == "demos"
    assert new_type_key("Demos", ["demos"]) == "demos1"
    assert new_type_key("演示", ["custom1"]) == "custom2"


def test_tick_keys_give_types_without_a_free_letter_a_number():
    keys = tick_keys([("call", "c"), ("demo", ""), ("wechat", "w"), ("fair", "t"), ("visit", "c")], {"t", "l"})
    assert keys == {"call": "c", "demo": "1", "wechat": "w", "fair": "2", "visit": "3"}
