"""The baseline of the start-up benchmarks: a minimal Textual app (Header + Static + Footer).

    python tests/bench/minimal_app.py

Its Static reads ``READY-MARK``, which ``first_frame.py`` waits for on the screen.
"""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

#: What the first frame shows, for the benchmark to wait for.
MARK = "READY-MARK"


class Minimal(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(MARK)
        yield Footer()


if __name__ == "__main__":
    Minimal().run()
