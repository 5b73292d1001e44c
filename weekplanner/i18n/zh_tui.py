"""Simplified Chinese messages for the tui layer (English message → 中文)."""

MESSAGES: dict[str, str] = {
}
