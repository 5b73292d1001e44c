"""A week's target typed in one field, what an entry adds toward it, and an entry's outcome."""

from __future__ import annotations

import re
from decimal import Decimal

from weekplanner.domain.errors import ParseError
from weekplanner.domain.parsing.amounts import parse_amount, parse_count
from weekplanner.domain.parsing.text import MAX_INPUT_LENGTH, normalise
from weekplanner.i18n import _, in_every_language

def parse_target_value(text: str, *, revenue: bool) -> Decimal:
    """A target's value, or what an entry adds toward it: money for a revenue target, else a whole count.

    Entries logged while no target is set count as money (``revenue=True``).
    """
    return parse_amount(text) if revenue else Decimal(parse_count(text))


#: The longest unit a count target may name (``new clients``, ``个新客户``).
MAX_UNIT_LENGTH = 40
#: A whole number, then what it counts, starting with a letter of any script (``2.5`` has no unit ``.5``).
_COUNT_WITH_UNIT = r"(?s)^(?P<number>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+))\s*(?P<unit>[^\W\d_].*)?$"


def parse_count_target(text: str) -> tuple[int, str]:
    """A count target typed in one field: ``10 new clients`` → (10, "new clients"), ``10个新客户`` →
    (10, "个新客户"), ``10`` → (10, "")."""
    raw = normalise(text)
    match = re.match(_COUNT_WITH_UNIT, raw) if len(raw) <= MAX_INPUT_LENGTH + MAX_UNIT_LENGTH else None
    if not match:
        raise ParseError(
            _("'{text}' is not a count; type a whole number and what it counts, such as 10 new clients or "
              "10个新客户.").format(text=text)
        )
    value = parse_count(match.group("number"))
    unit = " ".join((match.group("unit") or "").split())
    if unit and _is_amount(raw):  # 50万, 10块, 5k: money, not ten of something
        raise ParseError(
            _("'{text}' is an amount of money, not a count; a count target is a whole number and what it "
              "counts, such as 10 new clients.").format(text=text)
        )
    if len(unit) > MAX_UNIT_LENGTH:
        raise ParseError(_("The unit is too long; use at most {n} characters, such as new clients.").format(
            n=MAX_UNIT_LENGTH))
    return value, unit


def _is_amount(text: str) -> bool:
    try:
        parse_amount(text)
    except ParseError:
        return False
    return True


def parse_target_text(text: str) -> tuple[str, Decimal, str]:
    """What a rep types as a week's target, in one field: (metric, value, unit).

    Money (``500k``, ``¥500,000``, ``50万``) is a revenue target; a whole number
    followed by what it counts (``10 new clients``, ``10个新客户``) is a count target.
    """
    try:
        return "revenue", parse_amount(text), ""
    except ParseError as not_money:
        try:
            value, unit = parse_count_target(text)
        except ParseError as not_count:
            match = re.match(_COUNT_WITH_UNIT, normalise(text))
            if match and match.group("unit"):  # a number and a unit: the count's own error (0 clients)
                raise not_count from None
            raise ParseError(
                str(not_money) + " " + _("A count target is a whole number and what it counts, such as "
                                         "10 new clients.")
            ) from None
        if not unit:  # a bare number that is no amount (0, 1.005) stays the amount's error
            raise not_money from None
        return "count", Decimal(value), unit



def parse_outcome(text: str) -> str:
    """A known outcome's key when ``text`` names one, else the words typed (spaces tidied).

    A key (``deal_won``, ``deal won``, ``deal-won``) or a label in either language
    (``Deal won``, ``成交``) names one; anything else is the rep's own outcome.
    """
    from weekplanner.domain.activity import OUTCOMES

    clean = " ".join(text.split())
    folded = clean.casefold()
    as_key = folded.replace(" ", "_").replace("-", "_")
    for key, label in OUTCOMES.items():
        if as_key == key or folded in {name.casefold() for name in in_every_language(label)}:
            return key
    return clean
