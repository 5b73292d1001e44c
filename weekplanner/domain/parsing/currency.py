"""Currencies: a three-letter code, or what a rep types for one (¥, 人民币, 元, RMB)."""

from __future__ import annotations

import re

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.text import normalise
from weekplanner.i18n import _

#: What a rep types for a currency besides its code: ¥ / ￥ / 人民币 / 元 / RMB all mean CNY.
_CURRENCY_WORDS = {"¥": "CNY", "人民币": "CNY", "元": "CNY", "RMB": "CNY", "$": "USD", "美元": "USD",
                   "€": "EUR", "欧元": "EUR", "£": "GBP", "英镑": "GBP", "港币": "HKD", "港元": "HKD"}


def parse_currency(text: str) -> str:
    """A three-letter currency code such as CNY, USD, EUR; ``¥``, ``￥``, ``人民币``, ``元``, ``RMB`` → CNY."""
    raw = normalise(text).upper()
    if raw in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[raw]
    if not re.fullmatch(r"[A-Z]{3}", raw):
        raise ParseError(
            _("'{text}' is not a currency code; use three letters such as CNY, USD or EUR.").format(text=text)
        )
    return raw
