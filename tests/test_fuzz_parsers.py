"""Every parser of typed or stored text, fuzzed: a value, or a ParseError with a message — never anything else."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.amounts import parse_percent, parse_ratio
from weekplanner.domain.parsing.currency import parse_currency
from weekplanner.export.ranges import parse_month, parse_range

from tests.payload_data import PAYLOADS

TODAY = date(2026, 11, 25)
TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789-Ww.%: ", max_size=20),
    st.from_regex(r"\d{4}-\d{1,2}", fullmatch=True),
    st.from_regex(r"\d{4}-W\d{2}\.\.\d{4}-W\d{2}", fullmatch=True),
    st.sampled_from(list(PAYLOADS.values())),
)


def _value_or_parse_error(parse, text):
    try:
        return parse(text)
    except ParseError as error:
        assert str(error)
        return None


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_ranges_months_percents_ratios_currencies(text):
    weeks = _value_or_parse_error(lambda t: parse_range(t, TODAY), text)
    assert weeks is None or 1 <= len(weeks) <= 106
    month = _value_or_parse_error(parse_month, text)
    assert month is None or (1900 <= month[0] <= 2999 and 1 <= month[1] <= 12)
    share = _value_or_parse_error(parse_percent, text)
    assert share is None or (share.is_finite() and 0 <= share <= 10)
    ratio = _value_or_parse_error(parse_ratio, text)
    assert ratio is None or ratio.is_finite()
    _value_or_parse_error(parse_currency, text)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_the_clock_override(text):
    from weekplanner.now import clock_from_environment

    clock = _value_or_parse_error(lambda t: clock_from_environment({"WEEKPLANNER_TODAY": t}), text)
    assert clock is None or 1900 <= clock.today().year <= 2999


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.sampled_from(list(PAYLOADS.values())))
def test_the_review_template_and_tags(text):
    from weekplanner.domain.review_template import parse_template, split_tags

    assert all(isinstance(tag, str) for tag in split_tags(text))
    _value_or_parse_error(parse_template, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20) | st.sampled_from(list(PAYLOADS.values())))
def test_type_names_outcomes_and_times_on_the_command_line(text):
    from weekplanner.cli.inputs import resolve_type
    from weekplanner.domain.parsing.dates import parse_time
    from weekplanner.domain.parsing.targets import parse_outcome
    from weekplanner.domain.settings import Settings

    _value_or_parse_error(lambda t: resolve_type(Settings(), t), text)
    _value_or_parse_error(parse_outcome, text)
    _value_or_parse_error(parse_time, text)
