"""Simplified Chinese for the texts Textual's own widgets show (the command palette)."""

MESSAGES: dict[str, str] = {
    "No matches found": "没有匹配的命令",
}
