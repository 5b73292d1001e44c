"""Settings: the names activity types are shown under."""

from weekplanner.domain.activity import ActivityType
from weekplanner.domain.settings import Settings


def test_type_names_cover_hidden_and_renamed_types():
    settings = Settings().with_changes(activity_types=(
        ActivityType("call"), ActivityType("visit", "Site visits"), ActivityType("email", hidden=True),
    ))
    names = settings.type_names()
    assert names["visit"] == "Site visits"
    assert names["call"] == ActivityType("call").display_name
    assert "email" in names and "email" not in {t.key for t in settings.visible_types()}
