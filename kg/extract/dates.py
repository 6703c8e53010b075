"""Dates in text, normalised to ISO 8601 as far as the text allows.

>>> [d.iso for d in find_dates("On 23 October, they met; by 1 December 2020 and in February 2020.", default_year=2020)]
['2020-10-23', '2020-12-01', '2020-02']
>>> [d.iso for d in find_dates("It was signed on November 9, 2020.")]
['2020-11-09']
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from kg.extract.lexicon import MONTHS

_M = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
DATE_RE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+{_M}(?:,?\s+(?P<y1>(?:19|20)\d{{2}}))?\b"
    rf"|\b{_M.replace('mon', 'mon2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:\s*,\s*\d{{1,2}})?(?:,?\s+(?P<y2>(?:19|20)\d{{2}}))?\b"
    rf"|\b(?:in\s+|since\s+|from\s+|until\s+|by\s+)?{_M.replace('mon', 'mon3')}\s+(?P<y3>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<iso>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?i:in|since|by|until|of|from)\s+(?P<y4>(?:19|20)\d{{2}})\b",
)
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: its span and its ISO form (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""

    start: int
    end: int
    iso: str


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _valid(year: int, month: int, day: int) -> bool:
    """A real calendar day ("31 February" and "2020-13-01" are not)."""
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Dates in ``text``; a day and month without a year take ``default_year`` (else are left out)."""
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["iso"]:
            iso = g["iso"]
            if not _valid(*map(int, iso.split("-"))):
                continue
        elif g["mon"] or g["mon2"]:
            mon = _month(g["mon"] or g["mon2"])
            day = int(g["d1"] or g["d2"])
            year = g["y1"] or g["y2"]
            y = int(year) if year else default_year
            if y is None or not _valid(y, mon, day):
                continue
            iso = f"{y:04d}-{mon:02d}-{day:02d}"
        elif g["mon3"]:
            iso = f"{int(g['y3']):04d}-{_month(g['mon3']):02d}"
        else:
            iso = g["y4"]
        out.append(DateMention(m.start(), m.end(), iso))
    return out


class PassageYears:
    """Which year a day and month without one ("on November 9") belong to, sentence by sentence.

    The year written in the same sentence; else the document's own date; else the year of an
    earlier sentence of the same paragraph (at most :attr:`LOOK_BACK` sentences back) that names
    one of the same actors or events, since a passage about the same event shares its year. A
    year is never borrowed across an unrelated date: "2025" three sentences up, about something
    else, does not date "the November 9 ceasefire".

    >>> from kg.models import Sentence
    >>> ss = [Sentence(0, 0, 20, "Talks began in 2019."), Sentence(1, 21, 40, "On May 4 they ended.")]
    >>> py = PassageYears("Talks began in 2019. On May 4 they ended.", ss, None)
    >>> py.year(1, {"talks"}, [{"talks"}, {"talks"}]), py.year(1, {"other"}, [{"talks"}, set()])
    (2019, None)
    """

    LOOK_BACK = 5

    def __init__(self, text: str, sentences: list, doc_year: int | None) -> None:
        self.doc_year = doc_year
        self.years = [[int(y) for y in YEAR_RE.findall(s.text)] for s in sentences]
        self.paragraph: list[int] = []
        para = 0
        prev_end = 0
        for s in sentences:
            if "\n\n" in text[prev_end:s.start] or "\n \n" in text[prev_end:s.start]:
                para += 1
            self.paragraph.append(para)
            prev_end = s.end

    def year(self, i: int, keys: set[str], keys_by_sentence: list[set[str]]) -> int | None:
        """The default year of sentence ``i`` for a claim about ``keys``."""
        if self.years[i]:
            return self.years[i][0]
        if self.doc_year is not None:
            return self.doc_year
        for j in range(i - 1, max(-1, i - 1 - self.LOOK_BACK), -1):
            if self.paragraph[j] != self.paragraph[i]:
                break
            if self.years[j] and keys & keys_by_sentence[j]:
                return self.years[j][-1]
        return None
