"""Records encode whatever mapping they hold: their defaults are read-only mappings, not dicts."""

import json
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from weekplanner.domain.record import WeekRecord
from weekplanner.domain.settings import Settings
from weekplanner.domain.summary import WeekSummary
from weekplanner.storage import codec


def test_default_mappings_encode_as_json_objects_and_read_back_equal():
    summary = WeekSummary("2026-W48", date(2026, 11, 23), None, None, "", "", Decimal(0), None)
    assert codec.summary_from_doc(json.loads(json.dumps(codec.summary_to_doc(summary)))) == summary
    counted = summary._replace(planned=MappingProxyType({"call": 10}), done=MappingProxyType({"call": 4}),
                               outcomes=MappingProxyType({"deal_won": 1}))
    assert codec.summary_from_doc(json.loads(json.dumps(codec.summary_to_doc(counted)))) == counted

    settings = Settings()
    assert codec.settings_from_doc(json.loads(json.dumps(codec.settings_to_doc(settings)))) == settings

    record = WeekRecord("2026-W48")
    assert codec.record_from_doc(json.loads(json.dumps(codec.record_to_doc(record)))) == record
