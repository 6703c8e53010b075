"""Per-document extraction: a document in, a :class:`kg.models.DocExtraction` out.

The stages (one module each): :mod:`~kg.extract.ingest` (files to documents),
:mod:`~kg.extract.gazetteer` (known actors), mentions, resolution, relations and dates. Extraction
of one document depends only on that document and on the :class:`ExtractorSpec`, so documents can
go through a process pool or a cluster in any order: a worker builds its :class:`Extractor` once
from the spec (:func:`get_extractor`) and reuses it for every document it gets.

>>> spec = ExtractorSpec()
>>> get_extractor(spec) is get_extractor(ExtractorSpec())
True
"""

from __future__ import annotations

import functools
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import GazetteerError
from kg.extract.document import Engine, extract_document, reading_text
from kg.extract.frames import load_frames
from kg.extract.gazetteer import Gazetteer
from kg.extract.parse import model_name, parse_texts
from kg.models import DocExtraction, Document

__all__ = ["SECONDS", "Extractor", "ExtractorSpec", "get_extractor", "read_user_files"]

#: Seconds this process has spent parsing (the language pipeline) and applying the rules (all the
#: rest of extraction), over every extractor: what ``benchmarks/bench_build.py`` reports.
SECONDS = {"parse": 0.0, "rules": 0.0}


@dataclass(frozen=True)
class ExtractorSpec:
    """Everything an extractor is made from, as plain picklable data.

    The user's actors and frames files travel as ``(name, text)`` pairs, so a worker on another
    machine needs the package and its model but not the user's files.
    """

    model: str | None = None  # a spaCy pipeline package name; None: the default
    actors: tuple[tuple[str, str], ...] = ()
    frames: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_files(cls, actors_files: Sequence[Path | str] = (), frames_files: Sequence[Path | str] = (),
                   model: str | None = None) -> ExtractorSpec:
        """A spec that carries the text of the given files (read here, once) and the name of the
        pipeline (``model``, else ``$KG_MODEL``, else the default), so that workers elsewhere use
        the same one."""
        return cls(model_name(model), read_user_files(actors_files, "actors"), read_user_files(frames_files, "frames"))


def read_user_files(paths: Sequence[Path | str], what: str) -> tuple[tuple[str, str], ...]:
    """``(name, text)`` of each file; a missing or undecodable file is a one-line error."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise GazetteerError(f"{path}: no such file ({what} file)")
        try:
            out.append((str(path), path.read_text(encoding="utf-8-sig")))
        except (OSError, UnicodeDecodeError) as exc:
            raise GazetteerError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
    return tuple(out)


class Extractor:
    """The extraction engine of one process: the gazetteer (and later the language pipeline and
    the relation frames) loaded once, then applied to any number of documents."""

    def __init__(self, spec: ExtractorSpec | None = None) -> None:
        self.spec = spec or ExtractorSpec()
        gaz = Gazetteer.load_default()
        for name, text in self.spec.actors:
            gaz = gaz.merge(Gazetteer.load_text(name, text))
        self.gazetteer = gaz
        self.frames = load_frames(self.spec.frames)
        self.engine = Engine(gaz, self.frames, self.spec.model)

    def extract(self, doc: Document) -> DocExtraction:
        """The extraction of one document."""
        return self._extract(doc, None)

    def _extract(self, doc: Document, parsed: Any) -> DocExtraction:
        try:
            return extract_document(doc, self.gazetteer, self.engine, parsed)
        except Exception as e:  # a bug: say which document met it
            e.add_note(f"while extracting {doc.path or doc.id}")
            raise

    def extract_many(self, docs: Iterable[Document]) -> Iterator[DocExtraction]:
        """Extractions of ``docs``, in their order, parsed in batches (``nlp.pipe``); only a batch
        of documents is held in memory at a time."""
        pending: deque[Document] = deque()

        def texts() -> Iterator[str]:
            for d in docs:
                pending.append(d)
                yield reading_text(d)

        parses = parse_texts(texts(), self.spec.model)
        while True:
            t0 = time.perf_counter()
            parsed = next(parses, None)
            t1 = time.perf_counter()
            SECONDS["parse"] += t1 - t0
            if parsed is None:
                return
            out = self._extract(pending.popleft(), parsed)
            SECONDS["rules"] += time.perf_counter() - t1
            yield out


@functools.lru_cache(maxsize=4)
def get_extractor(spec: ExtractorSpec) -> Extractor:
    """The extractor of ``spec`` in this process, built on first use."""
    return Extractor(spec)
