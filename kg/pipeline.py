"""The whole job: documents -> per-document extraction -> merge -> graph -> RDF -> exports and store.

Per-document work (:mod:`kg.extract`) is a pure function of one document and the extractor spec; it
runs here, in a process pool (``jobs``) or on a Dask cluster (``cluster``), see :mod:`kg.parallel`.
Each extraction is folded into the merge as it arrives (:class:`Merge` keeps what the merge across
documents needs and drops the rest), so memory follows the graph, not the text. Only the merge
(:func:`kg.extract.resolve.merge_extractions`) sees all documents, in linear time, and it sorts
them, so the graph and every byte written are the same whatever the order the results come in.

This module also runs the store's document-level jobs: :func:`add_documents` (``kg add``) and
:func:`export` (``kg export``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx

from kg.extract import ExtractorSpec, get_extractor
from kg.extract.gazetteer import Gazetteer
from kg.extract.ingest import read_documents, sample_corpus
from kg.extract.resolve import known_merge_keys, merge_extractions
from kg.graph.build import build_graph
from kg.graph.exports import (TEXTS_DIRNAME, check_formats, check_texts_folder, extracted, stage_exports, stage_texts,
                              write_exports)
from kg.graph.rdf import QUOTE_CONTEXT, GraphRDF, build_triples, document_graphs, to_rdf
from kg.models import Actor, DocExtraction, Document
from kg.parallel import available_cores, extract, extract_on_cluster
from kg.progress import Progress, report

Warn = Callable[[str], None]

__all__ = ["BuildResult", "Merge", "add_documents", "build", "build_graph_from_documents", "dataset",
           "export", "extract_all", "graph_from_extractions", "load_gazetteer"]


@dataclass
class BuildResult:
    """What a build produced, and what it skipped.

    ``extractions`` are the per-document results as the merge kept them (entities, merge keys and
    claims; no text, mentions or sentences), in the order the documents were read.
    """

    graph: nx.MultiDiGraph
    documents: list[Document]
    extractions: list[DocExtraction]
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)
    sentences: int = 0
    mentions: int = 0
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def n_relations(self) -> int:
        """Number of asserted relations (direct triples)."""
        return sum(1 for *_, d in self.graph.edges(keys=True, data=True) if d.get("asserted"))

    def summary(self) -> str:
        """One line: documents, actors, relations, statements, seconds."""
        statements = sum(len(d["evidence"]) for *_, d in self.graph.edges(keys=True, data=True))
        skipped = sum(1 for w in self.warnings if "skipped" in w)
        extra = f", {skipped} skipped" if skipped else ""
        return (f"{len(self.documents)} documents{extra}, {self.graph.number_of_nodes()} actors, "
                f"{self.n_relations} relations, {statements} statements in {self.seconds:.2f} s")


def load_gazetteer(actors_files: Sequence[Path | str] = ()) -> Gazetteer:
    """The shipped gazetteer, extended or overridden by the user's actors files."""
    return get_extractor(ExtractorSpec.from_files(actors_files)).gazetteer


class Merge:
    """Folds per-document extractions into the merge as they arrive, in any order.

    Of each extraction it keeps what the merge across documents reads (the document's metadata,
    entities, merge keys and claims) and counts the rest (sentences, mentions), which it drops.
    """

    def __init__(self) -> None:
        self.kept: dict[str, DocExtraction] = {}
        self.contexts: dict[tuple[str, int, int], tuple[str, str]] = {}
        self.sentences = 0
        self.mentions = 0

    def add(self, x: DocExtraction) -> None:
        self.sentences += len(x.sentences)
        self.mentions += len(x.mentions)
        self.contexts.update(evidence_contexts(x))
        self.kept[x.document.id] = DocExtraction(replace(x.document, text=""), x.entities, x.merge_keys,
                                                 [], x.claims, [])

    def extractions(self, order: Sequence[str] | None = None) -> list[DocExtraction]:
        """The kept extractions, in ``order`` of document ids (else sorted by id)."""
        ids = order if order is not None else sorted(self.kept)
        return [self.kept[i] for i in ids if i in self.kept]

    def graph(self) -> nx.MultiDiGraph:
        """The merged graph of everything added so far."""
        return graph_from_extractions(self.extractions(), contexts=self.contexts)


def extract_all(docs: Iterable[Document], spec: ExtractorSpec | None = None, progress: Progress | None = None,
                *, jobs: int = 1, cluster: str | None = None, batch_chars: int | None = None) -> list[DocExtraction]:
    """Per-document extraction of ``docs``, returned in their order (whole extractions: use
    :func:`build` to stream them into the merge)."""
    docs = list(docs)
    position = {d.id: i for i, d in enumerate(docs)}
    out = sorted(_extractions(docs, spec, progress, jobs=jobs, cluster=cluster, batch_chars=batch_chars),
                 key=lambda x: position[x.document.id])
    return out


def _extractions(docs: Sequence[Document], spec: ExtractorSpec | None, progress: Progress | None, *,
                 jobs: int, cluster: str | None, batch_chars: int | None) -> Iterable[DocExtraction]:
    kw: dict[str, Any] = {} if batch_chars is None else {"batch_chars": batch_chars}
    stream = (extract_on_cluster(docs, cluster, spec, **kw) if cluster
              else extract(docs, spec, jobs=jobs, **kw))
    report(progress, "extract", 0, len(docs))
    for i, x in enumerate(stream, 1):
        report(progress, "extract", i, len(docs), x.document.id)
        yield x


def evidence_contexts(x: DocExtraction) -> dict[tuple[str, int, int], tuple[str, str]]:
    """The text just before and after each piece of evidence of an extraction (for the Web
    Annotation quote selectors)."""
    text, n = x.document.text, QUOTE_CONTEXT
    return {(x.document.id, c.start, c.end): (text[max(0, c.start - n):c.start], text[c.end:c.end + n])
            for c in x.claims}


def graph_from_extractions(extractions: Sequence[DocExtraction], known: dict[str, Actor] | None = None,
                           contexts: Mapping[tuple[str, int, int], tuple[str, str]] | None = None) -> nx.MultiDiGraph:
    """Merge per-document extractions into the graph (``known``: actors already in a store, by
    merge key, that the documents' entities join; ``contexts``: the evidence's surrounding text,
    else taken from the extractions' documents)."""
    if contexts is None:
        contexts = {k: v for x in extractions for k, v in evidence_contexts(x).items()}
    merged = merge_extractions(extractions, known)
    documents = {
        x.document.id: {"title": x.document.title, "date": x.document.date or "", "source": x.document.source or "",
                        "path": x.document.path or "", "sha256": x.document.sha256}
        for x in extractions
    }
    G = build_graph(merged.actors, merged.claims, documents, contexts)
    G.graph["aliases_by_doc"] = merged.aliases_by_doc
    return G


def build_graph_from_documents(docs: Iterable[Document], spec: ExtractorSpec | None = None,
                               progress: Progress | None = None) -> nx.MultiDiGraph:
    """Documents in, merged graph out (no files written)."""
    return graph_from_extractions(extract_all(docs, spec, progress))


def dataset(G: nx.MultiDiGraph, *, with_ontology: bool = True) -> Any:
    """The RDF dataset of a graph as an :class:`rdflib.Dataset`, with the ontology graph when asked
    (for rdflib and pyshacl; the build itself writes pyoxigraph quads)."""
    return to_rdf(G, ontology=with_ontology)


def build(
    paths: Sequence[Path | str] | None = None,
    out_dir: Path | str | None = Path("exports"),
    *,
    formats: Iterable[str] | None = None,
    actors_files: Sequence[Path | str] = (),
    frames_files: Sequence[Path | str] = (),
    model: str | None = None,
    on_warning: Warn | None = None,
    progress: Progress | None = None,
    store: bool = True,
    jobs: int | None = None,
    cluster: str | None = None,
    batch_chars: int | None = None,
) -> BuildResult:
    """Build the graph of the documents under ``paths`` (the sample corpus when None or empty) and
    write the exports to ``out_dir`` (nothing is written when it is None), and, unless ``store``
    is False, the triple store to ``out_dir/store`` (see :mod:`kg.store.store`).

    Extraction runs in ``jobs`` processes (default: every core available), or on the Dask cluster
    whose scheduler is at ``cluster``; the result is the same, byte for byte. ``progress`` hears
    every stage: ``read``, ``extract`` (one call per document), ``merge``, ``export`` (one per
    file) and ``store`` (quads loaded).
    """
    t0 = time.perf_counter()
    warnings: list[str] = []
    stages: dict[str, float] = {}

    def warn(msg: str) -> None:
        warnings.append(msg)
        if on_warning:
            on_warning(msg)

    def lap(stage: str, since: float) -> float:
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + now - since
        return now

    chosen = check_formats(formats)
    spec = ExtractorSpec.from_files(actors_files, frames_files, model)
    get_extractor(spec)  # a bad actors file fails before any document is read
    if out_dir is not None:
        _check_output(Path(out_dir), store, warn)  # a served folder, or a store/ kg did not make: before any work
    t = time.perf_counter()
    report(progress, "read", 0, None)
    docs = read_documents(list(paths) if paths else [sample_corpus()], on_warning=warn)
    report(progress, "read", len(docs), len(docs))
    if out_dir is not None and any(extracted(d) for d in docs):
        check_texts_folder(Path(out_dir) / TEXTS_DIRNAME)  # HTML texts go there: a folder kg made, or none
    t = lap("read", t)
    merge = Merge()
    for x in _extractions(docs, spec, progress, jobs=jobs or available_cores(), cluster=cluster,
                          batch_chars=batch_chars):
        merge.add(x)
    t = lap("extract", t)
    report(progress, "merge", 0, 1)
    G = merge.graph()
    report(progress, "merge", 1, 1, f"{G.number_of_nodes()} actors")
    lap("merge", t)
    result = BuildResult(G, docs, merge.extractions([d.id for d in docs]), warnings, sentences=merge.sentences,
                         mentions=merge.mentions, stages=stages)
    if out_dir is not None:
        result.written = _write_outputs(Path(out_dir), G, chosen, store, progress, lap, docs)
    result.seconds = time.perf_counter() - t0
    return result


def _check_output(out: Path, store: bool, warn: Warn) -> None:
    from kg.staging import check_writable
    from kg.store.store import check_store_folder, default_store

    check_writable(out, on_warning=warn)
    if store and default_store(out).exists():
        check_store_folder(default_store(out))


def _write_outputs(out: Path, G: nx.MultiDiGraph, chosen: list[str], store: bool, progress: Progress | None,
                   lap: Callable[[str, float], float], docs: Sequence[Document] = ()) -> list[Path]:
    """The exports, the texts of HTML documents (``texts/DOC.txt``) and (with ``store``) the store
    of a build, staged and then switched into ``out`` in one transaction
    (:class:`kg.staging.Staging`): all of them or none."""
    from kg.errors import StoreError
    from kg.staging import Staging
    from kg.store.store import STORE_DIRNAME, check_store_folder, load_store

    t = time.perf_counter()
    with Staging(out, error=StoreError) as staging:
        written = stage_exports(staging, G, chosen, progress=progress)
        texts = stage_texts(staging, docs)
        if texts is not None:
            written.append(texts)
        t = lap("export", t)
        if store:
            staging.replace_folder(STORE_DIRNAME, check_store_folder)
            try:
                load_store(GraphRDF(G).store_quads(), staging.new(STORE_DIRNAME), progress=progress,
                           shown=out / STORE_DIRNAME)
            except StoreError as e:
                raise StoreError(f"{e}; the previous exports and store are left as they were") from None
            lap("store", t)
        staging.commit()
    return written


# --------------------------------------------------------------------------- the store's jobs

def add_documents(
    store_path: Path | str,
    paths: Sequence[Path | str],
    *,
    actors_files: Sequence[Path | str] = (),
    frames_files: Sequence[Path | str] = (),
    model: str | None = None,
    on_warning: Warn | None = None,
    jobs: int = 1,
) -> Any:
    """Add documents to an existing store without rebuilding the rest (``kg add``).

    A document whose id (file stem) and content (sha256) are already in the store is left alone;
    one whose content changed replaces its own named graph and nothing else; a new one gets its
    named graph. All the changes are applied in one transaction (:meth:`KGStore.put_documents
    <kg.store.store.KGStore.put_documents>`).

    Cross-document resolution when adding is the full build's: a new document's actor joins an
    actor the store holds when a build would merge them (the same gazetteer id; a person's name
    or alias with the same phonetic key, "Faiez Serraj" / "Fayez al-Sarraj"; a discovered actor
    with the same type and core name), and keeps that actor's id and label.
    """
    from kg.store.store import StoreChange, open_store

    t0 = time.perf_counter()
    change = StoreChange()

    def warn(msg: str) -> None:
        change.warnings.append(msg)
        if on_warning:
            on_warning(msg)

    with open_store(store_path, write=True) as st:
        change.quads_before = len(st)
        docs = read_documents(list(paths), on_warning=warn)
        known = st.documents()
        todo = []
        for d in docs:
            if d.id in known and known[d.id] == d.sha256:
                change.unchanged.append(d.id)
            else:
                (change.replaced if d.id in known else change.added).append(d.id)
                todo.append(d)
        if todo:
            ids = [d.id for d in todo]
            held = st.graph()
            known = known_merge_keys([Actor(n, d["label"], d["type"], set(d.get("aliases", ())))
                                      for n, d in held.nodes(data=True) if d.get("label")])
            G = graph_from_extractions(extract_all(todo, ExtractorSpec.from_files(actors_files, frames_files, model),
                                                   jobs=jobs), known)
            st.put_documents(dict(document_graphs(G, ids)), build_triples(ids))
        change.quads_after = len(st)
    change.seconds = time.perf_counter() - t0
    return change


def export(store_path: Path | str, out_dir: Path | str, formats: Iterable[str] | None = None, *,
           progress: Progress | None = None) -> list[Path]:
    """Write the file exports from the store alone (``kg export``): the same bytes a build of the
    same documents writes."""
    from kg.store.store import open_store

    chosen = check_formats(formats)
    with open_store(store_path) as st:
        G = st.graph()
    return write_exports(Path(out_dir), G, chosen, progress=progress)
