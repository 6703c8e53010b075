"""Dates in text to ISO 8601 (kg/dates.py)."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates


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


def claim_dates(text: str, date: str | None = None) -> dict[tuple[str, str, str], str | None]:
    from kg.extract import ExtractorSpec, get_extractor
    from kg.models import Document

    x = get_extractor(ExtractorSpec()).extract(Document("t", text, "t", date=date))
    return {(c.subject, c.predicate, c.object): c.date for c in x.claims}


def test_a_claim_takes_the_year_of_its_own_sentence() -> None:
    dates = claim_dates("In 2025 Kenya sent police to Haiti. On 9 November 2020, Russia brokered a ceasefire.")
    assert [d for (s, p, o), d in dates.items() if s == "russia"] == ["2020-11-09"]


def test_no_year_is_borrowed_across_an_unrelated_date() -> None:
    # a 2020 report: "2025" nearby is about something else; the document's date gives the year
    text = ("Analysts expect new elections in 2025. "
            "Russia brokered the November 9 ceasefire between Armenia and Azerbaijan on November 9.")
    dated = claim_dates(text, date="2020-11-20")
    assert {d for (s, p, o), d in dated.items() if s == "russia"} == {"2020-11-09"}
    # without a document date, the unrelated 2025 is not used either
    undated = claim_dates(text)
    assert {d for (s, p, o), d in undated.items() if s == "russia"} == {None}


def test_a_year_is_borrowed_from_the_same_event_in_the_paragraph() -> None:
    text = "Turkey hosted talks between Somalia and Ethiopia in 2024. On 11 December Turkey brokered the Ankara Declaration."
    dates = claim_dates(text)
    assert {d for (s, p, o), d in dates.items() if p == "mediates"} == {"2024-12-11"}
    # a new paragraph is a new passage
    dates = claim_dates(text.replace(" On 11", "\n\nOn 11"))
    assert {d for (s, p, o), d in dates.items() if p == "mediates"} == {None}
