"""What the command line shows: progress bars on a terminal, plain lines elsewhere.

One `Console` per command. On a terminal (stderr is a TTY and TERM is not `dumb`) each step
gets a `rich` progress bar and the run ends with a table; in a pipe or CI log the same steps
print a few plain lines (at most one per quarter of the work) and the table becomes aligned
`name  value` lines, without colour or cursor movement.

Verbosity: `quiet` prints only `error:` lines; `normal` adds progress, one line per step and the
closing summary; `verbose` adds one line per item (file, dbt node, suite). An `error:` line is
printed in every mode, always as `error: <where>: <reason>` on one line.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from typing import TextIO


class Verbosity(IntEnum):
    QUIET = 0
    NORMAL = 1
    VERBOSE = 2


def is_interactive(stream: TextIO) -> bool:
    """True when `stream` is a terminal that can redraw a progress bar."""
    if os.environ.get("TERM", "") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def one_line(text: object) -> str:
    """Whitespace (newlines included) collapsed, so a reason never spans several lines."""
    return " ".join(str(text).split())


def plain_milestones(total: int) -> set[int]:
    """Positions at which a plain-text progress line is printed: every quarter of `total`."""
    if total <= 0:
        return set()
    if total <= 4:
        return set(range(1, total + 1))
    return {max(1, (total * quarter) // 4) for quarter in (1, 2, 3, 4)}


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str
    failed: bool = False


class Step:
    """Progress of one step (ingest files, dbt nodes, quality suites); see `Console.step`."""

    def __init__(self, console: Console, label: str, unit: str, total: int | None) -> None:
        self._console = console
        self.label = label
        self.unit = unit
        self.total = total
        self.done = 0
        self._lock = threading.Lock()
        self._printed: set[int] = set()
        self._task = None
        self._milestones = plain_milestones(total or 0)
        progress = console._progress
        if progress is not None:
            self._task = progress.add_task(label, total=total, unit=unit, item="")

    def set_total(self, total: int) -> None:
        with self._lock:
            if self.total == total:
                return
            self.total = total
            self._milestones = plain_milestones(total)
            if self._task is not None:
                self._console._progress.update(self._task, total=total)

    def describe(self, text: str) -> None:
        """What is happening before items advance (parsing, loading a library, ...)."""
        if self._task is not None:
            self._console._progress.update(self._task, item=text)

    def advance(self, item: str = "", detail: str | None = None) -> None:
        """One more item done; `detail` is its verbose line."""
        with self._lock:
            self.done += 1
            done, total = self.done, self.total
            milestone = (
                self._task is None
                and self._console.verbosity >= Verbosity.NORMAL
                and done in self._milestones
                and done not in self._printed
            )
            if milestone:
                self._printed.add(done)
        if detail is not None:
            self._console.detail(detail)
        if self._task is not None:
            self._console._progress.update(self._task, completed=done, item=item)
        elif milestone:
            percent = f" ({100 * done // total}%)" if total else ""
            self._console.info(f"{self.label}: {done}/{total} {self.unit}{percent}")


class Console:
    """Output of one command; see the module docstring."""

    def __init__(
        self,
        verbosity: Verbosity = Verbosity.NORMAL,
        *,
        stream: TextIO | None = None,
        interactive: bool | None = None,
    ) -> None:
        self.verbosity = verbosity
        self.stream = stream or sys.stderr
        self.interactive = is_interactive(self.stream) if interactive is None else interactive
        self._lock = threading.Lock()
        self._rich = None
        self._progress = None
        if self.interactive:
            from rich.console import Console as RichConsole

            self._rich = RichConsole(file=self.stream, force_terminal=True, highlight=False)

    # ------------------------------------------------------------------ lines

    def _write(self, text: str) -> None:
        with self._lock:
            if self._rich is not None:
                # markup off: paths and reasons may contain [brackets]
                self._rich.print(text, markup=False, highlight=False, soft_wrap=True)
            else:
                print(text, file=self.stream, flush=True)

    def error(self, where: object, reason: object) -> None:
        """`error: <where>: <reason>` on one line, whatever the verbosity."""
        self._write(f"error: {one_line(where)}: {one_line(reason)}")

    def warning(self, where: object, reason: object) -> None:
        if self.verbosity >= Verbosity.NORMAL:
            self._write(f"warning: {one_line(where)}: {one_line(reason)}")

    def info(self, text: str) -> None:
        if self.verbosity >= Verbosity.NORMAL:
            self._write(text)

    def detail(self, text: str) -> None:
        if self.verbosity >= Verbosity.VERBOSE:
            self._write(text)

    # ------------------------------------------------------------------ progress

    @contextmanager
    def step(self, label: str, unit: str, total: int | None = None) -> Iterator[Step]:
        """A progress bar (terminal) or milestone lines (elsewhere) for one step."""
        if self._rich is None or self.verbosity == Verbosity.QUIET:
            yield Step(self, label, unit, total)
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]{task.description:<14}"),
            BarColumn(bar_width=32),
            MofNCompleteColumn(),
            TextColumn("{task.fields[unit]}"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[item]}", style="dim", markup=False),
            console=self._rich,
            transient=False,
        )
        self._progress.start()
        try:
            step = Step(self, label, unit, total)
            yield step
            if step._task is not None and step.total is not None:
                self._progress.update(step._task, completed=step.done, item="")
        finally:
            self._progress.stop()
            self._progress = None

    # ------------------------------------------------------------------ summary

    def summary(self, title: str, rows: Sequence[SummaryRow]) -> None:
        """The closing table (terminal) or aligned `label  value` lines (elsewhere)."""
        if self.verbosity == Verbosity.QUIET or not rows:
            return
        if self._rich is not None:
            from rich.table import Table

            table = Table(title=title, title_justify="left", show_header=False, box=None)
            table.add_column(style="bold")
            table.add_column(overflow="fold")
            for row in rows:
                table.add_row(row.label, row.value, style="red" if row.failed else None)
            with self._lock:
                self._rich.print(table)
            return
        width = max(len(row.label) for row in rows)
        lines = [title] + [f"  {row.label:<{width}}  {row.value}" for row in rows]
        self._write("\n".join(lines))
