"""Typed records that flow through the pipeline.

``Document`` -> ``Mention`` -> ``Actor`` -> ``Claim``; see ``design.md``.

>>> d = Document(id="d1", text="Russia mediates.", title="t")
>>> d.id, len(d.text)
('d1', 16)
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One input document: its text exactly as decoded from the file (for HTML, the text extracted
    from the markup), so that offsets into ``text`` are offsets into the source.

    ``id`` is stable for the same file name (the file stem); ``sha256`` identifies the content.
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO 8601 when known
    source: str | None = None  # URL or publisher, when known
    path: str | None = None  # file name it was read from (relative, for display)
    sha256: str = ""
    body: int = 0  # offset in ``text`` where the body begins (after a Markdown file's front matter)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document with its character offsets in ``Document.text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A span of text that names (or stands for) an actor.

    ``key`` is the document-local actor key the mention was resolved to; ``kind`` says how the span
    refers to it: ``name``, ``alias``, ``acronym``, ``demonym``, ``capital``, ``surname``,
    ``title`` (a role such as "the defence minister"), ``anaphor`` ("the agreement", "he").
    """

    start: int
    end: int
    surface: str
    key: str
    type: str
    kind: str = "name"
    sentence: int = -1
    rule: str = "gazetteer"
    name: str = ""  # canonical name proposed for a discovered actor (empty for gazetteer hits)


@dataclass
class Actor:
    """A node of the graph: an actor, agreement, meeting or place.

    ``id`` is deterministic, derived from the canonical name (see :func:`kg.text.slugify`).
    """

    id: str
    label: str
    type: str
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None
    date: str | None = None  # agreements and meetings: when (ISO 8601)
    place: str | None = None  # agreements and meetings: actor id of the place
    rule: str = "gazetteer"  # how it was found
    docs: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Claim:
    """One piece of evidence for a relation: subject predicate object, with its sentence.

    ``modality`` is one of :data:`kg.vocab.MODALITIES`; only asserting modalities make a direct
    triple. ``start``/``end`` are the sentence's character offsets in the document.
    """

    subject: str
    predicate: str
    object: str
    doc: str
    sentence: str
    start: int
    end: int
    confidence: float
    rule: str
    modality: str = "asserted"
    date: str | None = None
    trigger: str = ""


@dataclass
class DocExtraction:
    """What one document yields: its entities (local keys), their merge keys, mentions and claims."""

    document: Document
    entities: dict[str, Actor] = field(default_factory=dict)
    merge_keys: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
