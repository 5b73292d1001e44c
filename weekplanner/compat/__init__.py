"""The one door to other libraries' private internals.

Textual, TinyDB and argparse are used through their public APIs everywhere else. Where
weekplanner has to reach past them (a private attribute, an undocumented hook), the touch lives
in a module of this package, one per library, each with a test that fails when the library
changes under it. Pinning the libraries' versions in ``pyproject.toml`` and these tests are
what make an upgrade safe.
"""
