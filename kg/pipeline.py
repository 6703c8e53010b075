"""The whole job: documents -> per-document extraction -> merge -> graph -> RDF -> exports.

Per-document work (:func:`kg.extract.document.extract_document`) is a pure function of one document and the
gazetteer; only :func:`kg.extract.resolve.merge_extractions` sees all documents, in linear time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from kg.graph.exports import check_formats, render_exports, write_files
from kg.extract import ExtractorSpec, get_extractor
from kg.extract.gazetteer import Gazetteer
from kg.graph.build import build_graph
from kg.extract.ingest import read_documents, sample_corpus
from kg.models import DocExtraction, Document
from kg.graph.rdf import to_rdf
from kg.extract.resolve import merge_extractions

Warn = Callable[[str], None]
Progress = Callable[[int, int, str], None]


@dataclass
class BuildResult:
    """What a build produced, and what it skipped."""

    graph: nx.MultiDiGraph
    documents: list[Document]
    extractions: list[DocExtraction]
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)

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


def extract_all(docs: Iterable[Document], spec: ExtractorSpec | None = None, progress: Progress | None = None
                ) -> list[DocExtraction]:
    """Run per-document extraction over documents, in order."""
    docs = list(docs)
    out = []
    for i, x in enumerate(get_extractor(spec or ExtractorSpec()).extract_many(docs)):
        out.append(x)
        if progress:
            progress(i + 1, len(docs), x.document.id)
    return out


def graph_from_extractions(extractions: Sequence[DocExtraction]) -> nx.MultiDiGraph:
    """Merge per-document extractions into the graph."""
    merged = merge_extractions(extractions)
    documents = {
        x.document.id: {"title": x.document.title, "date": x.document.date or "", "source": x.document.source or "",
                        "path": x.document.path or "", "sha256": x.document.sha256}
        for x in extractions
    }
    G = build_graph(merged.actors, merged.claims, documents)
    G.graph["aliases_by_doc"] = merged.aliases_by_doc
    return G


def build_graph_from_documents(docs: Iterable[Document], spec: ExtractorSpec | None = None,
                               progress: Progress | None = None) -> nx.MultiDiGraph:
    """Documents in, merged graph out (no files written)."""
    return graph_from_extractions(extract_all(docs, spec, progress))


def dataset(G: nx.MultiDiGraph, *, with_ontology: bool = True) -> Dataset:
    """The RDF dataset of a graph, with the ontology graph when asked."""
    ontology = None
    if with_ontology:
        from kg.graph.ontology import load_ontology

        ontology = load_ontology()
    return to_rdf(G, ontology=ontology)


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
) -> BuildResult:
    """Build the graph of the documents under ``paths`` (the sample corpus when None or empty) and
    write the exports to ``out_dir`` (nothing is written when it is None), and, unless ``store``
    is False, the triple store to ``out_dir/store`` (see :mod:`kg.store.store`)."""
    t0 = time.perf_counter()
    warnings: list[str] = []

    def warn(msg: str) -> None:
        warnings.append(msg)
        if on_warning:
            on_warning(msg)

    chosen = check_formats(formats)
    spec = ExtractorSpec.from_files(actors_files, frames_files, model)
    get_extractor(spec)  # a bad actors file fails before any document is read
    docs = read_documents(list(paths) if paths else [sample_corpus()], on_warning=warn)
    extractions = extract_all(docs, spec, progress)
    G = graph_from_extractions(extractions)
    result = BuildResult(G, docs, extractions, warnings)
    if out_dir is not None:
        ds = dataset(G)
        files = render_exports(G, ds, chosen)
        result.written = write_files(Path(out_dir), files)
        if store:
            from kg.store.store import default_store, write_store

            write_store(ds, default_store(out_dir))
    result.seconds = time.perf_counter() - t0
    return result
