"""One exception type for everything a user typed that cannot be accepted."""


class ParseError(ValueError):
    """Raised with a human message saying what is wrong and what is accepted.

    The message is already translated to the current UI language, so callers
    show ``str(error)`` as it is.
    """
