"""The one shape of a product error: what failed (a path) and why, printed as one line."""

from __future__ import annotations

from pathlib import Path


class PathError(Exception):
    """`path` is what failed, `reason` says why; str() is `<path>: <reason>`."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
