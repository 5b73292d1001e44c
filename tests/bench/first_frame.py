"""Start-up as a user meets it: launch → the first frame on a real (pseudo-)terminal screen.

    python tests/bench/first_frame.py [-n PAIRS] [--size 120x40] PATTERN_A PATTERN_B -- CMD_A... ---- CMD_B...
    python tests/bench/first_frame.py --weekplanner DIR [-n PAIRS] [--size 80x24] [--lang zh]
    python tests/bench/first_frame.py --weekplanner DIR --history [-n RUNS]

Each command is started in a fresh pseudo-terminal of the given size (it is the
command's controlling terminal, as in a terminal window); everything the
program writes is read as it comes and applied to a small model of the screen
(cursor moves and text; colours ignored), and the clock stops when the screen
shows the pattern (a regular expression over the screen's lines). The clock
starts just before the process is forked, so the interpreter's own start-up,
the imports, the terminal driver's start and every frame drawn before the
pattern shows all count. Then the program is sent ``ctrl+q`` (killed if it
does not quit).

Two programs are run in turn (A B B A A B …, after two warm-ups of each), so a
busy machine slows both alike; the figure to quote is the median of the per-pair
ratios B/A with their min–max. ``--weekplanner DIR`` is the usual pair: the
minimal Textual app (``minimal_app.py``: Header + Static + Footer) against
``weekplanner --data-dir DIR``, waiting for the week's label at the start of a
line (where the header shows it; a notification naming a week does not count).
``--history`` times, in the same way, the key ``h`` (typed a second after the
week showed) → the first frame of the history screen, in fresh windows.

Both run with compiled bytecode as an installed app does (``PYTHONPYCACHEPREFIX``
in a scratch folder even where the environment turns bytecode writing off), weekplanner with its
parsed style sheets kept in a scratch cache folder (``WEEKPLANNER_CACHE_DIR``; the warm-ups fill
it, as any earlier run of the installed app does), and
with ``TERM=xterm-256color COLORTERM=truecolor`` unless ``--keep-term``. The pseudo-terminal
answers the one question Textual asks that most terminals of today answer (synchronized output:
yes), so a frame drawn after the answer counts once it is complete; a frame drawn before it counts
as soon as the pattern has arrived, as a terminal shows text while it comes.
Nothing is asserted about the times: the script fails only when a pattern never shows.
"""

from __future__ import annotations

import argparse
import codecs
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINIMAL_APP = HERE / "minimal_app.py"
#: The minimal app's first frame.
MINIMAL_PATTERN = "READY-MARK"
#: weekplanner's first frame: the week's label at the start of a line (the week screen's header).
WEEK_PATTERN = r"(?m)^ *\d{4}-W\d\d "
#: The history screen's first frame: a row of its table (a week's label, then its target).
HISTORY_PATTERN = r"(?m)^ *\d{4}-W\d\d {2}"

_ESCAPE = re.compile(
    r"\x1b\[([0-9;:?<>=!$ ]*)([@-~])"  # CSI: parameters, final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC … BEL / ST
    r"|\x1b[P^_X][^\x1b]*\x1b\\"  # DCS, PM, APC, SOS … ST
    r"|\x1b[^\[\]P^_X]"  # two-byte escapes
)


class ScreenModel:
    """What a terminal would show: text placed by cursor moves, no colours. Enough for Textual's output.

    Like most terminals of today it supports synchronized output (mode 2026) and says so when
    asked: a program that uses it (Textual does) draws each frame between "begin" and "end", and
    the screen shows the frame at its end, whole. ``frames`` counts the frames ended so far.
    """

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.rows = [[" "] * width for _row in range(height)]
        self.row = self.col = 0
        self.frames = 0
        #: What the program asked of the terminal that needs an answer (written back to it).
        self.replies: list[bytes] = []
        self.received = 0
        self._synchronized = False
        self._shown = ""
        self._pending = ""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> None:
        self.received += len(data)
        text = self._pending + self._decoder.decode(data)
        self._pending = ""
        pos, end = 0, len(text)
        while pos < end:
            escape = text.find("\x1b", pos)
            if escape < 0:
                self._put(text[pos:])
                return
            if escape > pos:
                self._put(text[pos:escape])
            match = _ESCAPE.match(text, escape)
            if match is None:
                if end - escape < 64:  # an escape cut in two by the read: wait for the rest
                    self._pending = text[escape:]
                    return
                pos = escape + 1  # not one we know: skip the ESC
                continue
            if match.group(2):
                self._csi(match.group(1), match.group(2))
            pos = match.end()

    def _csi(self, params: str, final: str) -> None:
        if params == "?2026$" and final == "p":  # "do you support synchronized output?"
            self.replies.append(b"\x1b[?2026;2$y")  # yes (and it is off)
            return
        if params == "?2026" and final in "hl":
            self._synchronized = final == "h"
            if final == "l":
                self.frames += 1
                self._shown = self.text()
            return
        numbers = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
        if final in "Hf":
            row = numbers[0] if numbers else 1
            col = numbers[1] if len(numbers) > 1 else 1
            self.row, self.col = max(row, 1) - 1, max(col, 1) - 1
        elif final == "J" and numbers[:1] == [2]:
            self.rows = [[" "] * self.width for _row in range(self.height)]
        elif final in "ABCD":
            step = max(numbers[0] if numbers else 1, 1)
            if final == "A":
                self.row = max(self.row - step, 0)
            elif final == "B":
                self.row = min(self.row + step, self.height - 1)
            elif final == "C":
                self.col = min(self.col + step, self.width - 1)
            else:
                self.col = max(self.col - step, 0)

    def _put(self, text: str) -> None:
        if text.isascii() and text.isprintable():  # the common case: one slice
            if 0 <= self.row < self.height:
                line = self.rows[self.row]
                room = max(self.width - self.col, 0)
                line[self.col:self.col + min(len(text), room)] = text[:room]
            self.col = min(self.col + len(text), self.width)
            return
        for char in text:
            if char == "\r":
                self.col = 0
            elif char == "\n":
                self.row = min(self.row + 1, self.height - 1)
            elif char == "\b":
                self.col = max(self.col - 1, 0)
            elif char < " " or unicodedata.combining(char):
                continue
            else:
                cells = 2 if unicodedata.east_asian_width(char) in "WF" else 1
                if 0 <= self.row < self.height and self.col + cells <= self.width:
                    line = self.rows[self.row]
                    line[self.col] = char
                    if cells == 2:
                        line[self.col + 1] = ""
                self.col = min(self.col + cells, self.width)

    def text(self) -> str:
        """What has been written, shown or not."""
        return "\n".join("".join(line).rstrip() for line in self.rows)

    def shown(self) -> str:
        """What the screen shows: during a synchronized frame, the screen as it was before it."""
        return self._shown if self._synchronized else self.text()


@dataclass
class Launch:
    """One start: milliseconds until the pattern showed (None: it never did), the screen then,
    the bytes read until then and the frames the program had drawn (synchronized ones)."""

    ms: float | None
    screen: str
    bytes_before: int
    frames: int
    then_ms: float | None = None


def bench_env(scratch: Path, keep_term: bool = False) -> dict[str, str]:
    """The environment both programs run in: compiled bytecode, a colour terminal, no weekplanner overrides."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    env["WEEKPLANNER_CACHE_DIR"] = str(scratch / "cache")
    env.pop("WEEKPLANNER_DATA_DIR", None)
    if not keep_term:
        env["TERM"] = "xterm-256color"
        env["COLORTERM"] = "truecolor"
    return env


def _child(command: list[str], env: dict[str, str], width: int, height: int) -> None:  # pragma: no cover
    """In the forked child: the terminal's size, then the program."""
    import fcntl
    import termios

    try:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        # From the scratch folder: ``python -m`` puts the current folder first on sys.path, so started
        # from a checkout it would run that checkout's code whatever PYTHONPATH names.
        os.chdir(Path(env["PYTHONPYCACHEPREFIX"]).parent)
        os.execvpe(command[0], command, env)
    finally:
        os._exit(127)


def launch(command: list[str], pattern: str, size: tuple[int, int], env: dict[str, str],
           timeout: float = 20.0, then: tuple[bytes, str] | None = None) -> Launch:
    """Start ``command`` in a new pseudo-terminal; time until the screen matches ``pattern``; quit it.

    With ``then`` (keys, pattern): once the first pattern showed and the program has been quiet
    for a moment, type the keys and time from them until the screen matches the second pattern
    (``Launch.then_ms``).
    """
    width, height = size
    screen = ScreenModel(width, height)
    result = Launch(None, "", 0, 0)
    started = time.perf_counter()
    pid, master = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        _child(command, env, width, height)
    try:
        result.ms = _until(master, screen, re.compile(pattern), started, timeout)
        result.bytes_before, result.frames = screen.received, screen.frames
        if then is not None and result.ms is not None:
            _until(master, screen, None, time.perf_counter(), SETTLE)  # the follow-up frames
            keys, second = then
            pressed = time.perf_counter()
            os.write(master, keys)
            result.then_ms = _until(master, screen, re.compile(second), pressed, timeout)
        _quit(pid, master)
    finally:
        os.close(master)
    result.screen = screen.shown()
    return result


#: How long a program is left to finish drawing before keys are typed (seconds).
SETTLE = 1.0


def _until(master: int, screen: ScreenModel, regex: re.Pattern[str] | None, started: float,
           timeout: float) -> float | None:
    """Read the program's output into ``screen`` until it shows ``regex``: milliseconds since ``started``.

    With no ``regex``, read for ``timeout`` seconds. None when the pattern never showed.
    """
    while time.perf_counter() - started < timeout:
        ready, _w, _x = select.select([master], [], [], min(0.5, timeout))
        if not ready:
            continue
        try:
            data = os.read(master, 1 << 16)
        except OSError:  # the program exited (EIO)
            return None
        if not data:
            return None
        now = time.perf_counter()
        screen.feed(data)
        for reply in screen.replies:
            os.write(master, reply)
        screen.replies.clear()
        if regex is not None and regex.search(screen.shown()):
            return (now - started) * 1000
    return None


def _quit(pid: int, master: int) -> None:
    """ctrl+q, reading what it still draws; after two seconds, the process group is killed."""
    try:
        os.write(master, b"\x11")
    except OSError:
        pass
    deadline = time.perf_counter() + 2.0
    while time.perf_counter() < deadline:
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        ready, _w, _x = select.select([master], [], [], 0.05)
        if ready:
            try:
                os.read(master, 1 << 16)
            except OSError:
                pass
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    os.waitpid(pid, 0)


@dataclass
class Pairs:
    """Interleaved launches of a baseline (A) and a subject (B)."""

    a: list[float]
    b: list[float]

    @property
    def ratios(self) -> list[float]:
        return [b / a for a, b in zip(self.a, self.b)]

    def summary(self) -> str:
        r = self.ratios
        return (f"A median {statistics.median(self.a):.0f} ms ({min(self.a):.0f}–{max(self.a):.0f})  "
                f"B median {statistics.median(self.b):.0f} ms ({min(self.b):.0f}–{max(self.b):.0f})  "
                f"B/A median {statistics.median(r):.2f} (min {min(r):.2f}, max {max(r):.2f}, n={len(r)})")


def pairs(a: tuple[list[str], str], b: tuple[list[str], str], n: int, size: tuple[int, int],
          env: dict[str, str]) -> Pairs:
    """``n`` launches of each in pairs, A B then B A in turn, after two warm-ups of each (the first also
    compiles the bytecode), so neither side always runs first."""
    result = Pairs([], [])
    for _warm in range(2):
        launch(*a, size, env)
        launch(*b, size, env)
    for pair in range(n):
        order = ((a, result.a), (b, result.b))
        for (command, pattern), into in order[::-1] if pair % 2 else order:
            shown = launch(command, pattern, size, env)
            if shown.ms is None:
                raise RuntimeError(f"{' '.join(command)}: {pattern!r} never showed; the screen:\n{shown.screen}")
            into.append(shown.ms)
    return result


def history_times(folder: Path | str, n: int, size: tuple[int, int], env: dict[str, str],
                  *options: str) -> list[float]:
    """``h`` → the history screen's first frame (ms), ``n`` times, each in a fresh weekplanner."""
    command = weekplanner_command(folder, *options)
    times = []
    for run in range(n + 1):
        shown = launch(command, WEEK_PATTERN, size, env, then=(b"h", HISTORY_PATTERN))
        if shown.then_ms is None:
            raise RuntimeError(f"the history screen never showed; the screen:\n{shown.screen}")
        if run:  # the first run warms the caches
            times.append(shown.then_ms)
    return times


def minimal_command() -> list[str]:
    return [sys.executable, str(MINIMAL_APP)]


def weekplanner_command(folder: Path | str, *options: str) -> list[str]:
    """``weekplanner`` as installed next to this Python (``python -m weekplanner`` if there is none)."""
    script = Path(sys.executable).with_name("weekplanner")
    start = [str(script)] if script.exists() else [sys.executable, "-m", "weekplanner"]
    return [*start, "--data-dir", str(folder), *options]


def parse_size(text: str) -> tuple[int, int]:
    width, height = text.lower().split("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=11, help="pairs (default 11)")
    parser.add_argument("--size", default="120x40", help="terminal size WIDTHxHEIGHT (default 120x40)")
    parser.add_argument("--weekplanner", metavar="DIR", help="the minimal app against weekplanner on DIR")
    parser.add_argument("--lang", help="with --weekplanner: the language (en, zh)")
    parser.add_argument("--history", action="store_true",
                        help="with --weekplanner: time h → the history screen's first frame instead")
    parser.add_argument("--keep-term", action="store_true", help="keep this environment's TERM and COLORTERM")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="PATTERN_A PATTERN_B -- CMD_A... ---- CMD_B...")
    args = parser.parse_args(argv)
    options = ("--lang", args.lang) if args.lang else ()
    if args.weekplanner and args.history:
        with tempfile.TemporaryDirectory(prefix="weekplanner-first-frame-") as scratch:
            env = bench_env(Path(scratch), args.keep_term)
            try:
                times = history_times(args.weekplanner, args.n, parse_size(args.size), env, *options)
            except RuntimeError as error:
                print(error, file=sys.stderr)
                return 1
        print(f"h → history screen: median {statistics.median(times):.0f} ms "
              f"({min(times):.0f}–{max(times):.0f}, n={len(times)})")
        return 0
    if args.weekplanner:
        a = (minimal_command(), MINIMAL_PATTERN)
        b = (weekplanner_command(args.weekplanner, *options), WEEK_PATTERN)
    else:
        rest = args.rest
        if len(rest) < 2 or "----" not in rest:
            parser.error("give PATTERN_A PATTERN_B -- CMD_A... ---- CMD_B... (or --weekplanner DIR)")
        patterns, commands = rest[:2], [arg for arg in rest[2:]]
        if commands and commands[0] == "--":
            commands = commands[1:]
        split = commands.index("----")
        a, b = (commands[:split], patterns[0]), (commands[split + 1:], patterns[1])
    scratch = Path(tempfile.mkdtemp(prefix="weekplanner-first-frame-"))
    try:
        result = pairs(a, b, args.n, parse_size(args.size), bench_env(scratch, args.keep_term))
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
