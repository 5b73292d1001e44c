"""Strict parsers for what reps type, one module per kind of value.

- :mod:`.amounts`: money amounts, counts, quotas, percents, ratios, Chinese numerals;
- :mod:`.targets`: a week's target typed in one field, what an entry adds toward it, outcomes;
- :mod:`.dates`: weeks, dates, months, times of day and moments;
- :mod:`.currency`: currency codes (ISO 4217) and what a rep types for them;
- :mod:`.text`: the folding of what a Chinese input method types, shared by all of them.

Each parser returns a valid value or raises :class:`~weekplanner.domain.errors.ParseError`
with a message saying what is wrong and what is accepted. Nothing here guesses: no fuzzy
date parsing, and the result never depends on today unless the text is relative ("this",
"last", "next", "today"), where today is passed in.
"""
