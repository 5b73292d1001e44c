"""Simplified Chinese messages for the cli layer (English message → 中文)."""

MESSAGES: dict[str, str] = {
}
