"""Dates in text to ISO 8601 (kg/dates.py)."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates, year_before


def isos(text: str, default_year: int | None = None) -> list[str]:
    return [d.iso for d in find_dates(text, default_year)]


@pytest.mark.parametrize(
    ("text", "default_year", "expected"),
    [
        ("They met on 23 October 2020.", None, ["2020-10-23"]),
        ("They met on 23 October, 2020.", None, ["2020-10-23"]),
        ("They met on 23 Oct. 2020.", None, ["2020-10-23"]),
        ("It was signed on November 9, 2020.", None, ["2020-11-09"]),
        ("It was signed October 23, 2020 in Moscow.", None, ["2020-10-23"]),
        ("It was signed on November 9th.", 2020, ["2020-11-09"]),
        ("It was signed on November 9.", 2020, ["2020-11-09"]),
        ("It was signed on November 9.", None, []),  # no year known: left out
        ("Talks resumed in February 2020.", None, ["2020-02"]),
        ("Troops withdraw by 1 December.", 2020, ["2020-12-01"]),
        ("Troops withdraw by 1 December.", None, []),
        ("Fighting from 27 September 2020 to 10 November 2020.", None, ["2020-09-27", "2020-11-10"]),
        ("Between 12-13 February 2015 in Minsk.", None, ["2015-02-12"]),
        ("Published 2022-02-21.", None, ["2022-02-21"]),
        ("The war began in 2014.", None, ["2014"]),
        ("Since 1994 the line held.", None, ["1994"]),  # sentence-initial
        ("In 2014, Russia annexed Crimea.", None, ["2014"]),
        ("IN 2014", None, ["2014"]),
        ("He has 20 troops and 2500 tanks.", 2020, []),
        ("On 31 February 2020 nothing happened.", None, []),  # not a calendar day
        ("On 29 February 2020 it rained.", None, ["2020-02-29"]),
        ("On 29 February it rained.", 2021, []),  # 2021 is not a leap year
        ("Stamp 2020-13-01.", None, []),
        ("On 45 October 2020.", None, []),
    ],
)
def test_find_dates(text: str, default_year: int | None, expected: list[str]) -> None:
    assert isos(text, default_year) == expected


def test_spans_point_at_the_date() -> None:
    text = "Russia and Turkey met on 23 October 2020 in Sochi; by 1 December they left."
    found = find_dates(text, default_year=2020)
    assert [text[d.start:d.end] for d in found] == ["23 October 2020", "by 1 December"] or \
        [text[d.start:d.end].removeprefix("by ") for d in found] == ["23 October 2020", "1 December"]
    assert [d.iso for d in found] == ["2020-10-23", "2020-12-01"]


@pytest.mark.parametrize(
    ("text", "pos", "fallback", "year"),
    [
        ("In 2019 they met. In 2020 they signed. Then", 40, None, 2020),
        ("In 2019 they met. In 2020 they signed. Then", 10, None, 2019),
        ("No year here.", 5, 2018, 2018),
        ("No year here.", 5, None, None),
    ],
)
def test_year_before(text: str, pos: int, fallback: int | None, year: int | None) -> None:
    assert year_before(text, pos, fallback) == year
