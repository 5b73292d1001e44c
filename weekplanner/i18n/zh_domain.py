"""Simplified Chinese messages for the domain layer (English message → 中文)."""

MESSAGES: dict[str, str] = {
}
