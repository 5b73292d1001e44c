"""argparse internals weekplanner relies on, each behind one name (tests/test_compat.py checks them).

argparse documents only its classes' names and constructor arguments. Wrapping help text by
terminal cells (CJK is two columns wide), translating the "usage:" prefix and the two default
group titles, and naming the type ``add_subparsers()`` returns all reach past that.
"""

from __future__ import annotations

import argparse

#: What ``ArgumentParser.add_subparsers()`` returns (what each command's ``register`` receives).
SubParsers = argparse._SubParsersAction


class HelpFormatterHooks(argparse.HelpFormatter):
    """A HelpFormatter whose wrapping and usage prefix are given by public methods to override."""

    def wrap_lines(self, text: str, width: int) -> list[str]:
        """An argument's help, split into lines of at most ``width`` columns."""
        return super()._split_lines(text, width)

    def fill_paragraphs(self, text: str, width: int, indent: str) -> str:
        """A description or epilog, filled to ``width`` columns."""
        return super()._fill_text(text, width, indent)

    def usage_prefix(self) -> str | None:
        """What stands before the usage line (None: argparse's own)."""
        return None

    def usage_order(self, actions: list[argparse.Action]) -> list[argparse.Action]:
        """The options in the order the usage line lists them (argparse's: as they were added)."""
        return actions

    def _split_lines(self, text: str, width: int) -> list[str]:
        return self.wrap_lines(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return self.fill_paragraphs(text, width, indent)

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, self.usage_order(list(actions)), groups,
                          self.usage_prefix() if prefix is None else prefix)


def title_default_groups(parser: argparse.ArgumentParser, positionals: str, optionals: str) -> None:
    """Rename the two groups argparse files arguments under ("positional arguments", "options")."""
    parser._positionals.title = positionals
    parser._optionals.title = optionals
