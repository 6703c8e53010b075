"""How a long job says how far it got: a callback that every stage calls with its counts.

A stage calls ``progress(stage, done, total, detail)``: ``stage`` names it ("read", "extract",
"merge", "export", "store"), ``done`` and ``total`` count its items (``total`` is None when not
known yet), ``detail`` names the item just done (a document id, a file name). The CLI draws a bar
from these calls; the library only makes them.

>>> seen = []
>>> report(lambda *a: seen.append(a), "merge", 1, 1, "graph")
>>> seen
[('merge', 1, 1, 'graph')]
>>> report(None, "merge", 1, 1)  # no callback: nothing happens
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """The callback a long job calls after each item of each stage."""

    def __call__(self, stage: str, done: int, total: int | None, detail: str) -> None: ...


def report(progress: Progress | None, stage: str, done: int, total: int | None = None, detail: str = "") -> None:
    """Call ``progress`` if there is one."""
    if progress is not None:
        progress(stage, done, total, detail)
