"""Simplified Chinese messages for the export layer (English message → 中文)."""

MESSAGES: dict[str, str] = {
}
