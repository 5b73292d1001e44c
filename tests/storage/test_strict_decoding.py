"""Strict decoding: any JSON a file can hold either decodes to valid domain objects or is refused cleanly."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from weekplanner.storage import codec
from weekplanner.storage.atomic import parse_data
from weekplanner.storage.errors import StorageError
from weekplanner.storage.repository import DECODE_ERRORS

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8) | st.sampled_from(["1e400", "-1e308", "NaN", "Infinity", "2026-11-25T10:00:00", "call"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["id", "type", "at", "n", "amount", "client", "label", "plan", "target", "metric", "value",
                         "0", "1", "call", "review", "rating", "tags", "activity_types", "key", "name",
                         "workdays", "week_start", "rebalance_cap", "kept", "adjustments"]),
        inner, max_size=5),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "type", "at", "n", "amount", "client", "note", "outcome"]), JSON))
def test_any_activity_document_decodes_valid_or_is_refused(doc):
    try:
        activity = codec.activity_from_doc(doc)
    except DECODE_ERRORS:
        return
    assert isinstance(activity.type, str) and isinstance(activity.client, str)
    assert isinstance(activity.count, int) and activity.count >= 1
    assert activity.amount is None or (activity.amount.is_finite() and abs(activity.amount) <= codec.MAX_STORED_AMOUNT)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_any_record_or_settings_document_decodes_valid_or_is_refused(doc):
    for decoder in (codec.record_from_doc, codec.settings_from_doc):
        try:
            decoded = decoder(doc if isinstance(doc, dict) else {"label": "2026-W48", "plan": doc})
        except DECODE_ERRORS:
            continue
        if decoder is codec.record_from_doc:
            assert all(n >= 0 for row in decoded.plan.quotas.values() for n in row.values())
            assert decoded.target is None or decoded.target.value.is_finite()
        else:
            assert all(isinstance(t.name, str) for t in decoded.activity_types)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60) | JSON.map(lambda d: json.dumps(d).encode()))
def test_any_bytes_parse_or_give_a_storage_error(raw):
    try:
        parse_data(Path("x.json"), raw)
    except StorageError:
        pass


@pytest.mark.parametrize("raw, problem", [
    (b'{"activities": {"1": {"n": 1e400}}}', "out of range"),
    (b'{"activities": {}, "activities": {}}', "appears twice"),
    (b'{"activities": {"1": {"id": "a", "id": "b"}}}', "appears twice"),
    (b'{"activities": {"1": {"n": NaN}}}', "NaN is not allowed"),
    (b'[' * 100_000 + b']' * 100_000, "nested too deeply"),
])
def test_values_json_cannot_hold_exactly_are_refused(raw, problem):
    with pytest.raises(StorageError) as caught:
        parse_data(Path("x.json"), raw)
    assert problem in str(caught.value)


def test_a_stored_amount_keeps_its_exact_value():
    doc = {"id": "a", "type": "call", "at": "2026-11-25T10:00:00", "amount": "455000.50"}
    assert codec.activity_from_doc(doc).amount == Decimal("455000.50")


def test_an_old_file_that_does_not_decode_is_not_upgraded_over(data_dir, clock):
    from weekplanner.storage.errors import CorruptDataError
    from weekplanner.storage.repository import Repository

    path = data_dir / "weeks" / "2026" / "2026-W48.json"
    path.parent.mkdir(parents=True)
    raw = b'{"activities": {"1": {"id": "a", "type": ["call"], "at": "2026-11-25T10:00:00", "count": 2}}}'
    path.write_bytes(raw)
    with Repository(data_dir, clock=clock) as repo:
        with pytest.raises(CorruptDataError):
            repo.load_week(repo.week())
    assert path.read_bytes() == raw
