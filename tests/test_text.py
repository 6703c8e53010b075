"""Sentence splitting, slugs and label normalisation (kg/text.py)."""

from __future__ import annotations

import pytest

from kg.text import QUOTES, fold, norm_label, slugify, split_sentences, strip_accents


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia met Turkey. Armenia agreed.", ["Russia met Turkey.", "Armenia agreed."]),
        ("The U.S. Army left. The U.N. Security Council met.", ["The U.S. Army left.", "The U.N. Security Council met."]),
        ("Gen. Haftar attacked Tripoli. Dr. Smith left.", ["Gen. Haftar attacked Tripoli.", "Dr. Smith left."]),
        ("Talks began in Jan. Turkey joined.", ["Talks began in Jan. Turkey joined."]),  # abbreviation wins
        ("J. R. Smith spoke. Then he left.", ["J. R. Smith spoke.", "Then he left."]),
        ("Is it over? No! It goes on.", ["Is it over?", "No!", "It goes on."]),
        ('He said "stop." Russia agreed.', ['He said "stop."', "Russia agreed."]),
        ("The war ended in 2020.For Russia it was a success.", ["The war ended in 2020.", "For Russia it was a success."]),
        ("Troops left in May.Turkey stayed.", ["Troops left in May.", "Turkey stayed."]),
        ("Russia met Turkey.[fn] Armenia agreed.", ["Russia met Turkey.", "Armenia agreed."]),
        ("Russia met Turkey. [12] Armenia agreed.", ["Russia met Turkey.", "Armenia agreed."]),
        ("Russia met Turkey.[3][44] Armenia agreed.", ["Russia met Turkey.", "Armenia agreed."]),
        ("Russia met Turkey. Hide Footnote Armenia agreed.", ["Russia met Turkey.", "Armenia agreed."]),
        ("Russia met Turkey. Show footnote Armenia agreed.", ["Russia met Turkey.", "Armenia agreed."]),
        ("Title line\nRussia met Turkey", ["Title line", "Russia met Turkey"]),
        ("Russia met Turkey.\n\n\nArmenia agreed.", ["Russia met Turkey.", "Armenia agreed."]),
        ("  . ; Russia met Turkey.", ["Russia met Turkey."]),
        ("1. 2. 3.\n---\nRussia.", ["Russia."]),  # no letters: not a sentence
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_sentence_offsets_and_indices() -> None:
    text = "Title\n\nGen. Haftar left Tripoli.[12] Russia watched. Hide Footnote Turkey met the U.S. envoy."
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert [s.text for s in sentences] == ["Title", "Gen. Haftar left Tripoli.", "Russia watched.",
                                           "Turkey met the U.S. envoy."]
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Recep Tayyip Erdoğan", "recep_tayyip_erdogan"),
        ("Donetsk People's Republic", "donetsk_people_s_republic"),
        ("Turkey’s  “role”", "turkey_s_role"),
        ("Minsk II", "minsk_ii"),
        ("AT&T", "at_and_t"),
        ("C++", "c_plus_plus"),
        ("Nagorno–Karabakh", "nagorno_karabakh"),
        ("  __  ", "x"),
        ("", "x"),
        ("Ŝtato Ĉu", "stato_cu"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug
    assert slugify(slug) == slug  # idempotent


@pytest.mark.parametrize(
    ("label", "normal"),
    [
        ("the Turkish-backed GNA’s", "turkish backed gna"),
        ("The  Government of National Accord", "government of national accord"),
        ("Russia's", "russia"),
        ("A Coalition", "coalition"),
        ("An Army", "army"),
        ("Theodore", "theodore"),
        ("USA", "usa"),
        ("ERDOĞAN", "erdoğan"),
        ("“Wagner Group”", "wagner group"),
    ],
)
def test_norm_label(label: str, normal: str) -> None:
    assert norm_label(label) == normal


@pytest.mark.parametrize("text", ["Turkey’s “role” – and ‘more’ — «x» „y“ `z´ ʼ ‐‑", "plain ASCII 'text'", ""])
def test_fold_keeps_length_and_offsets(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(ord(c) < 128 or c not in QUOTES for c in folded)
    for i, c in enumerate(text):
        if ord(c) not in QUOTES:
            assert folded[i] == c


def test_fold_table_maps_single_characters() -> None:
    assert all(len(chr(k)) == 1 and len(v) == 1 for k, v in QUOTES.items())


def test_strip_accents() -> None:
    assert strip_accents("Erdoğan Çavuşoğlu Łukaszenka") == "Erdogan Cavusoglu Łukaszenka"
