"""Small text utilities: sentence splitting, tokens, slugs, normalisation.

>>> [s.text for s in split_sentences("Gen. Haftar left. The U.S. watched.\\nHide Footnote Russia met Turkey.")]
['Gen. Haftar left.', 'The U.S. watched.', 'Russia met Turkey.']
>>> slugify("Recep Tayyip Erdoğan")
'recep_tayyip_erdogan'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from kg.models import Sentence

QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                        "»": '"', "–": "-", "—": "-", "‐": "-", "‑": "-"})

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen",
    "rep", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "approx", "est", "fig",
    "inc", "ltd", "co", "corp", "jr", "sr", "art", "para", "pp", "vol", "ed", "eds", "cf", "al", "mt",
}

#: Boilerplate that marks a footnote or navigation, not content; treated as a sentence boundary.
BOILERPLATE = re.compile(
    r"\[(?:fn|\d{1,3}|citation needed|edit)\]|\bHide(?: the)? [Ff]ootnote\b|\bRead more\b|\bShow [Ff]ootnote\b"
)

_BOUNDARY = re.compile(
    r"""(?<=[.!?…])["'”’»)\]]*\s+(?=["'“‘«(\[]*[A-Z0-9À-Ý])   # end mark, space, capital
      | (?<=[a-z0-9%)][.!?])(?=[A-Z][a-z])                     # "2020.For" glued sentences
      | \n+                                                    # line breaks
    """,
    re.X,
)


_CLOSERS = "\"'”’»)]"


def fold(text: str) -> str:
    """Typographic quotes and dashes to ASCII ones (same length, so offsets are kept).

    >>> fold("Turkey’s “role”")
    'Turkey\\'s "role"'
    """
    if text.isascii() and "`" not in text:  # the backtick is the one ASCII character QUOTES maps
        return text
    return text.translate(QUOTES)


#: A run of this many characters without a space is no word of a name (a URL, a base64 blob, a
#: line of dashes): :func:`searchable` blanks it.
LONG_RUN = 48
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


@functools.lru_cache(maxsize=16)
def searchable(text: str) -> str:
    """:func:`fold`, with words hyphenated across a line break joined (:func:`join_hyphenated`)
    and every run of :data:`LONG_RUN` or more non-space characters blanked (same length, so
    offsets are kept): the text the extraction's patterns scan, in which no pattern can spend more
    than linear time on a token that is not a word.

    >>> searchable("see " + "A" * 50 + " now") == "see " + " " * 50 + " now"
    True
    """
    folded = join_hyphenated(blank_page_furniture(fold(text)))
    return _LONG_RUN.sub(lambda m: " " * len(m.group(0)), folded) if len(folded) >= LONG_RUN else folded


_LINE_HYPHEN = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_WORD_REST = re.compile(r"[a-z]+")


def alternation(words: Iterable[str], space: str | None = None) -> str:
    """A regular expression, as one non-capturing group, that matches any of the literal
    ``words`` and prefers the longest: what ``a|b|c`` of the words sorted longest first matches,
    written as a trie, so that the engine tries a position once per character instead of once per
    word (the price of an alternation of hundreds of names scanned over a whole text). With
    ``space``, a space in a word stands for that pattern (runs of blanks, say).

    >>> alternation(["peace", "peace process", "pact"], space=" +")
    '(?:p(?:act|eace(?: +process)?))'
    >>> import re; re.fullmatch(alternation(["a", "ab"]) + "b", "abb") is not None
    True
    """
    return _alternation(tuple(sorted(set(words))), space)


@functools.lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...], space: str | None) -> str:
    if not words:
        return "(?!)"
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [(space if ch == " " and space else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" not in node:
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + "|".join(alts) + ")?" if alts else ""

    return "(?:" + emit(trie) + ")"


def finditer_near(rx: re.Pattern[str], text: str, anchor: re.Pattern[str], blanks: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, for a pattern every match of which holds a match of ``anchor``
    (a word the pattern cannot do without) with at most ``blanks`` runs of blanks before it in the
    match: the scan jumps from one anchor to the next and tries ``rx`` only from a few words
    before it, instead of trying it at every position of the text. Same matches, in the same
    order.

    >>> rx = re.compile(r"(?:\\w+\\s+){0,2}talks")
    >>> [m.group(0) for m in finditer_near(rx, "long and hard talks, then more talks", re.compile("talks"), 2)]
    ['and hard talks', 'then more talks']
    """
    pos, n = 0, len(text)
    while pos <= n:
        a = anchor.search(text, pos)
        if a is None:
            return
        i = a.start()
        while i > pos and not text[i - 1].isspace():
            i -= 1
        for _ in range(blanks):
            while i > pos and text[i - 1].isspace():
                i -= 1
            while i > pos and not text[i - 1].isspace():
                i -= 1
        m = rx.search(text, i)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


#: Two pieces of text apart by three or more blanks (a header's title and its page number).
_WIDE_GAP = re.compile(r"\S[ \t]{3,}\S")
#: A page number at the end or the start of a line, after or before such a gap.
_PAGE_NUMBER = re.compile(r"(?i)[ \t]{3,}(?:page[ \t]+)?\d{1,4}[ \t]*$|^[ \t]*(?:page[ \t]+)?\d{1,4}[ \t]{3,}")
#: A line that is a page number alone ("7", "Page 7", "Page 7 of 12").
_PAGE_ALONE = re.compile(r"(?i)[ \t]*(?:page[ \t]+)?\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?[ \t]*")
#: How a sentence ends, before a page break it does not run across.
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")


def blank_page_furniture(text: str) -> str:
    """Running headers, footers and page numbers of text extracted from a PDF blanked (same length,
    so offsets are kept), and a sentence that a page break cut joined across it.

    A line is page furniture when it stands between blank lines, is short, and is laid out in
    columns (three or more blanks inside it) with either a page number or a twin elsewhere in the
    text (the same words, other numbers); or when it is a page number alone.

    >>> blank_page_furniture("by the\\n\\nReport No. 4      7\\n\\nparties.\\n\\nReport No. 4      8\\n").split()
    ['by', 'the', 'parties.']
    """
    if "\n" not in text or not (_WIDE_GAP.search(text) or re.search(r"\n[ \t]*(?:[Pp]age[ \t]+)?\d{1,4}[ \t]*\n", text)):
        return text
    lines = text.split("\n")
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))
    counts: dict[str, int] = {}
    for line in lines:
        if line.strip():
            counts[key(line)] = counts.get(key(line), 0) + 1
    furniture = []
    for i, line in enumerate(lines):
        bare = line.strip()
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        furniture.append(bool(bare) and alone and len(bare) <= 120 and (
            (_WIDE_GAP.search(bare) is not None and (counts[key(line)] >= 2 or _PAGE_NUMBER.search(line) is not None))
            or (0 < i < len(lines) - 1 and _PAGE_ALONE.fullmatch(line) is not None)))
    if not any(furniture):
        return text
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out = list(text)
    for i, line in enumerate(lines):
        if furniture[i]:
            out[starts[i]:starts[i] + len(line)] = " " * len(line)
    # a sentence cut by a page break runs on: the breaks around the furniture become spaces
    i = 0
    while i < len(lines):
        if not furniture[i]:
            i += 1
            continue
        a = i
        while a > 0 and (furniture[a - 1] or not lines[a - 1].strip()):
            a -= 1
        b = i
        while b + 1 < len(lines) and (furniture[b + 1] or not lines[b + 1].strip()):
            b += 1
        if a > 0 and b + 1 < len(lines) and not _SENTENCE_END.search(lines[a - 1].rstrip()) \
                and re.match(r"[ \t]*[\w(\"'“‘]", lines[b + 1]):
            for j in range(a - 1, b + 1):  # the line breaks after lines a-1 .. b
                out[starts[j] + len(lines[j])] = " "
        i = b + 1
    return "".join(out)


def join_hyphenated(text: str) -> str:
    """A word a PDF extractor hyphenated across a line break joined, followed by two spaces (the
    same length, so offsets are kept).

    >>> join_hyphenated("the Government of Guatema-\\nla and the um-\\nbrella group")
    'the Government of Guatemala   and the umbrella   group'
    """
    if "-\n" not in text:
        return text
    parts = []
    pos = 0
    for m in _LINE_HYPHEN.finditer(text):
        if m.start() < pos:
            continue
        rest = _WORD_REST.match(text, m.end())
        end = rest.end() if rest else m.end()
        parts.append(text[pos:m.start()])
        parts.append(text[m.end():end] + "  ")
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def strip_accents(text: str) -> str:
    """ASCII-ish text without diacritics.

    >>> strip_accents("Erdoğan")
    'Erdogan'
    """
    if text.isascii():  # most text: NFKD leaves ASCII as it is, and ASCII has no combining marks
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """A deterministic id from a name: lowercase ASCII words joined by ``_``."""
    s = strip_accents(fold(text)).lower().replace("+", " plus ").replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "x"


def norm_label(text: str) -> str:
    """Normalised form of a label for comparison (case, quotes, possessive, article, punctuation).

    >>> norm_label("the Turkish-backed GNA’s")
    'turkish backed gna'
    """
    s = fold(text).casefold().strip()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


#: How far back from a full stop the word before it is looked for. Abbreviations are short, and
#: a longer word run is cut to at least ``_LOOKBACK - 1`` characters, so it is still no abbreviation;
#: a bounded look keeps sentence splitting linear in the text.
_LOOKBACK = 32
_LAST_WORD = re.compile(r"([^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _LAST_WORD.search(text, max(0, dot - _LOOKBACK), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _BOUNDARY.finditer(text):
        gap = m.group(0)
        end = m.start() + len(gap) - len(gap.lstrip(_CLOSERS))  # closing quotes stay with the sentence
        if gap.lstrip(_CLOSERS).strip() == "" and "\n" not in gap:
            # a space after an end mark: not a boundary after an abbreviation or an initial
            last = end  # the end of the sentence so far without its closing quotes
            while last > start and text[last - 1] in _CLOSERS:
                last -= 1
            if last > start and text[last - 1] == "." and _is_abbreviation(text, last - 1):
                continue
        yield start, end
        start = m.end()
    yield start, len(text)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; footnote/boilerplate markers split and are dropped."""
    out: list[Sentence] = []
    for s0, e0 in _spans(text):
        pieces = []
        pos = s0
        for m in BOILERPLATE.finditer(text, s0, e0):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, e0))
        for s, e in pieces:
            while s < e and text[s] in " \t\n.;,":
                s += 1
            while e > s and text[e - 1] in " \t\n":
                e -= 1
            if e - s >= 2 and re.search(r"[A-Za-z]", text[s:e]):
                out.append(Sentence(len(out), s, e, text[s:e]))
    return out
