"""Spans of text looked up by position in logarithmic time, so that the cost of a document stays
linear in its length (no scan of every mention for every mention).

>>> s = SpanSet([(0, 5), (10, 20)])
>>> s.overlaps(4, 6), s.overlaps(5, 10), s.overlaps(15, 30)
(True, False, True)
>>> s.add(7, 8); s.overlaps(6, 9)
True
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


class SpanSet:
    """A growing set of ``(start, end)`` spans that answers "does anything overlap [a, b)?"."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((b - a for a, b in self._spans), default=0)

    def add(self, a: int, b: int) -> None:
        insort(self._spans, (a, b))
        self._longest = max(self._longest, b - a)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self._spans, (b, -1))
        while i > 0:
            i -= 1
            s, e = self._spans[i]
            if s < a - self._longest:
                return False
            if e > a and s < b:
                return True
        return False

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans that overlap [a, b), in order."""
        lo = bisect_left(self._spans, (a - self._longest, -1))
        hi = bisect_left(self._spans, (b, -1))
        return [(s, e) for s, e in self._spans[lo:hi] if e > a]

    def within(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans inside [a, b), in order."""
        return [(s, e) for s, e in self.overlapping(a, b) if a <= s and e <= b]

    def __len__(self) -> int:
        return len(self._spans)


class ByStart:
    """Items with a ``start`` (mentions), sorted once, looked up by position."""

    def __init__(self, items: Iterable[T], key: Callable[[Any], int] = lambda m: m.start) -> None:
        self.items = sorted(items, key=key)
        self.starts = [key(m) for m in self.items]

    def before(self, pos: int) -> Iterator[Any]:
        """Items that start before ``pos``, nearest first."""
        i = bisect_left(self.starts, pos)
        for j in range(i - 1, -1, -1):
            yield self.items[j]

    def between(self, a: int, b: int) -> Sequence[Any]:
        """Items that start in [a, b)."""
        return self.items[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    def at(self, pos: int) -> Sequence[Any]:
        """Items that start at ``pos``."""
        return self.items[bisect_left(self.starts, pos):bisect_right(self.starts, pos)]

    def overlapping(self, a: int, b: int, longest: int) -> list[Any]:
        """Items overlapping [a, b), given that none is longer than ``longest``."""
        lo = bisect_left(self.starts, a - longest)
        hi = bisect_left(self.starts, b)
        return [m for m in self.items[lo:hi] if m.end > a]
