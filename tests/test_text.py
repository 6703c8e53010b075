"""Sentence splitting, slugs and label normalisation (kg/text.py)."""

from __future__ import annotations

import random
import re

import pytest

from kg.text import QUOTES, alternation, finditer_near, fold, norm_label, slugify, split_sentences, strip_accents


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


def _reference_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans as the first implementation found them (rescanning the text before each full
    stop): the linear one must give the same."""
    import re

    from kg.text import _BOUNDARY, _CLOSERS, ABBREVIATIONS

    def is_abbreviation(dot: int) -> bool:
        m = re.search(r"([^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*)$", text[:dot])
        if not m:
            return False
        word = m.group(1).lower().rstrip(".")
        return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())

    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        gap = m.group(0)
        end = m.start() + len(gap) - len(gap.lstrip(_CLOSERS))
        if gap.lstrip(_CLOSERS).strip() == "" and "\n" not in gap:
            head = text[start:end].rstrip(_CLOSERS)
            if head.endswith(".") and is_abbreviation(start + len(head) - 1):
                continue
        out.append((start, end))
        start = m.end()
    out.append((start, len(text)))
    return out


def test_sentence_spans_same_as_the_rescanning_reference() -> None:
    """The abbreviation check looks back a bounded window (so splitting is linear in the text);
    on texts with abbreviations, initials, dotted acronyms, very long words and quotes it finds
    exactly the boundaries of the check that rescanned everything before each full stop."""
    import random

    from kg.text import _spans

    words = ["Gen.", "Dr.", "U.S.", "e.g.", "J.", "Jan.", "No.", "Russia", "met", "Turkey.", "talks.", '"stop."',
             "(x.)", "A" * 40 + ".", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.", "Ü.", "2020.", "St.",
             "x" * 31 + "." , "y" * 33 + "." , "Mt.", "word", "\n", "Then", "?", "»."]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 60)))
        assert list(_spans(text)) == _reference_spans(text), text


def test_strip_accents_of_ascii_is_the_text_itself() -> None:
    import unicodedata

    for text in ["Russia met Turkey.", "", "`quoted` 'x' \"y\" ~!@#$%^&*()", "".join(chr(i) for i in range(128))]:
        assert strip_accents(text) == "".join(c for c in unicodedata.normalize("NFKD", text)
                                              if not unicodedata.combining(c)) == text


@pytest.mark.parametrize("text", ["plain", "a `b` c", "", "Turkey’s “role”", "x" * 50 + "`"])
def test_fold_fast_path_is_the_translation(text: str) -> None:
    assert fold(text) == text.translate(QUOTES)


def test_the_backtick_is_the_only_ascii_character_fold_maps() -> None:
    assert [chr(k) for k in QUOTES if k < 128] == ["`"]  # what fold's fast path relies on


def _words(rng: random.Random, n: int) -> list[str]:
    letters = "abcab-. "
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))).strip() or "a" for _ in range(n)]


@pytest.mark.parametrize("seed", range(30))
def test_alternation_matches_what_the_longest_first_alternation_matches(seed: int) -> None:
    # the trie must find the same matches as the plain alternation it replaces, words that are
    # prefixes of others, regex characters and spaces included, in a pattern that backtracks into it
    rng = random.Random(seed)
    words = _words(rng, rng.randint(1, 25))
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    text = " ".join(rng.choice(words + ["b", "c", "ab"]) for _ in range(60))
    for tail in ("", r"\b", r"b", r"\s+a"):
        for flags in (0, re.I):
            want = [m.span() for m in re.finditer(f"(?:{plain}){tail}", text, flags)]
            got = [m.span() for m in re.finditer(alternation(words) + tail, text, flags)]
            assert got == want, (words, tail)


def test_alternation_space_pattern_and_empty_list() -> None:
    rx = re.compile(alternation(["prime minister", "prime", "premier"], space=r"\s+"))
    assert rx.fullmatch("prime \n minister") and rx.fullmatch("prime") and not rx.fullmatch("prime minster")
    assert re.search(alternation([]), "anything") is None


@pytest.mark.parametrize("seed", range(30))
def test_finditer_near_finds_what_finditer_finds(seed: int) -> None:
    # a pattern with up to three words before the word it needs (so at most three runs of blanks
    # before the anchor in a match), over texts of such words with runs of spaces and line breaks
    rng = random.Random(seed)
    vocab = ["the", "new", "peace", "talks", "talk", "round", "of", "x-y", "and", "Talks"]
    text = "".join(rng.choice(vocab) + rng.choice([" ", "  ", "\n", ", "]) for _ in range(200))
    rx = re.compile(r"(?:\b(?:the|a)\s+)?(?:(?:new|peace|x-y)\s+){0,2}(?:round\s+of\s+)?talks\b", re.I)
    anchor = re.compile("talks|round", re.I)
    want = [m.span() for m in rx.finditer(text)]
    assert [m.span() for m in finditer_near(rx, text, anchor, 3)] == want
    assert want  # the texts do hold matches


def test_page_furniture_is_blanked_and_a_cut_sentence_runs_on() -> None:
    from kg.text import blank_page_furniture

    text = ("Geneva Institute for Peace                    Policy Paper 3\n\n"
            "The accord was signed in Lome by President Kabbah and by\n\n"
            "Policy Paper 3 - Sierra Leone after Lome                   7\n\n"
            "Geneva Institute for Peace                    Policy Paper 3\n\n"
            "Foday Sankoh for the RUF.\n\n12\n\nThe end.\n")
    out = blank_page_furniture(text)
    assert len(out) == len(text)
    assert out.split() == "The accord was signed in Lome by President Kabbah and by Foday Sankoh for the RUF. The end.".split()
    assert "\n" not in out[out.index("Kabbah"):out.index("Foday")]  # one sentence across the page break
    # prose with a short repeated line, and numbers in running text, stay as they are
    prose = "Background\n\nThe talks began.\n\nBackground\n\nThey ended in 1997 after 7\nrounds.\n"
    assert blank_page_furniture(prose) == prose


def test_a_pdf_page_break_does_not_cut_a_signatory_list() -> None:
    from kg.extract import ExtractorSpec, get_extractor
    from kg.models import Document
    from kg.pipeline import graph_from_extractions

    text = ("Geneva Institute for Peace                    Policy Paper 3\n\n"
            "The Lome Peace Agreement was signed in Lome on 7 July 1999 by President Ahmad Tejan Kabbah and by\n\n"
            "Policy Paper 3 - Sierra Leone after Lome                   7\n\n"
            "Geneva Institute for Peace                    Policy Paper 3\n\n"
            "Foday Sankoh for the Revolutionary United Front.\n")
    G = graph_from_extractions([get_extractor(ExtractorSpec()).extract(Document("t", text, "t"))])
    signers = {G.nodes[s]["label"] for s, o, k in G.edges(keys=True) if k == "signs"}
    assert {"Ahmad Tejan Kabbah", "Foday Sankoh"} <= signers
