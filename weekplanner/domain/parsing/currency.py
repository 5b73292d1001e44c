"""Currencies: an ISO 4217 code, or what a rep types for one (¥, ￥, 人民币, 元, RMB are CNY)."""

from __future__ import annotations

import re
from functools import cache

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.text import normalise
from weekplanner.i18n import _

#: What a rep types for a currency besides its code: ¥ / ￥ / 人民币 / 元 / RMB all mean CNY.
_CURRENCY_WORDS = {"¥": "CNY", "人民币": "CNY", "元": "CNY", "RMB": "CNY", "$": "USD", "美元": "USD",
                   "€": "EUR", "欧元": "EUR", "£": "GBP", "英镑": "GBP", "港币": "HKD", "港元": "HKD"}


@cache
def iso_4217_codes() -> frozenset[str]:
    """The codes in use (``iso4217.txt`` beside this module), read on the first currency typed."""
    from importlib.resources import files

    text = files(__package__).joinpath("iso4217.txt").read_text(encoding="utf-8")
    return frozenset(line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _accepted() -> str:
    return _("Use a three-letter ISO 4217 code such as CNY, USD or EUR; ¥, 人民币, 元 or RMB mean CNY.")


def parse_currency(text: str) -> str:
    """An ISO 4217 code such as CNY, USD, EUR (any case); ``¥``, ``￥``, ``人民币``, ``元``, ``RMB`` → CNY.

    Three letters that are no currency (``ABC``, ``RMB`` aside) are refused, so a
    typo never becomes a target's currency.
    """
    raw = normalise(text).upper()
    if raw in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[raw]
    if not re.fullmatch(r"[A-Z]{3}", raw):
        raise ParseError(_("'{text}' is not a currency code.").format(text=text) + " " + _accepted())
    if raw not in iso_4217_codes():
        raise ParseError(_("'{text}' is not an ISO 4217 currency code.").format(text=text) + " " + _accepted())
    return raw
