"""Exporters, looked up by name, and atomic writing of a whole set of exports.

An exporter writes one file from the graph and its RDF (:class:`kg.graph.rdf.GraphRDF`) to a binary
stream; the RDF formats are serialised by pyoxigraph, the graph formats by networkx. The same
graph always gives the same bytes. :func:`write_exports` writes every chosen export into a
staging folder first and only then moves the files into place, so a failed run leaves the
previous exports as they were.

Exporters outside this module are plugins: an installed package declares them as entry points
of the group ``conflict_kg.exporters`` (each names an :class:`Exporter`), the way the HTML view
(:mod:`kg.views.html`) declares ``html``. They are loaded on the first look-up.

>>> sorted(EXPORTERS)[:4]
['csv-edges', 'csv-nodes', 'gexf', 'graphml']
>>> from kg.graph.build import build_graph
>>> from kg.models import Actor
>>> print(EXPORTERS["csv-nodes"].render(build_graph([Actor("x", "X", "State")], [])).decode(), end="")
id,label,type,aliases,wikidata,documents,date,place,iri
x,X,State,,,,,,https://w3id.org/conflict-kg/resource/actor/x
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import ExportError
from kg.graph.rdf import GraphRDF, actor_iri
from kg.progress import Progress, report
from kg.vocab import ASSERTING, PREFIXES

Writer = Callable[[nx.MultiDiGraph, GraphRDF, IO[bytes]], None]

#: Entry-point group of the exporters other modules and packages provide.
PLUGIN_GROUP = "conflict_kg.exporters"


@dataclass(frozen=True)
class Exporter:
    """One export format: its name, the file it writes, the function that writes it."""

    name: str
    filename: str
    write: Writer
    description: str

    def render(self, G: nx.MultiDiGraph, rdf: GraphRDF | None = None) -> bytes:
        """The bytes of this export of ``G``."""
        buf = io.BytesIO()
        self.write(G, rdf if rdf is not None else GraphRDF(G), buf)
        return buf.getvalue()


class Registry(Mapping[str, Exporter]):
    """Exporters by name: those of this module in the order they are defined, then the plugins'
    in order of their names (loaded on first use)."""

    def __init__(self) -> None:
        self._own: dict[str, Exporter] = {}
        self._all: dict[str, Exporter] | None = None

    def add(self, exporter: Exporter) -> None:
        self._own[exporter.name] = exporter
        if self._all is not None:
            self._all[exporter.name] = exporter

    def _load(self) -> dict[str, Exporter]:
        if self._all is None:
            from importlib.metadata import entry_points

            found = dict(self._own)
            for ep in sorted(entry_points(group=PLUGIN_GROUP), key=lambda e: e.name):
                exporter = ep.load()
                if not isinstance(exporter, Exporter):
                    raise ExportError(f"exporter plugin {ep.name!r} ({ep.value}) is not a kg.graph.exports.Exporter")
                found.setdefault(exporter.name, exporter)
            self._all = found
        return self._all

    def __getitem__(self, name: str) -> Exporter:
        return self._load()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


EXPORTERS = Registry()


def register(name: str, filename: str, description: str) -> Callable[[Writer], Writer]:
    """Decorator that adds a writer to :data:`EXPORTERS` under ``name``."""

    def deco(fn: Writer) -> Writer:
        EXPORTERS.add(Exporter(name, filename, fn, description))
        return fn

    return deco


def _serialize(data: Iterable[Any], out: IO[bytes], fmt: ox.RdfFormat) -> None:
    ox.serialize(data, out, fmt, prefixes=PREFIXES)


@register("turtle", "graph.ttl", "RDF Turtle: all documents in one graph")
def write_turtle(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    _serialize(rdf.union(), out, ox.RdfFormat.TURTLE)


@register("ntriples", "graph.nt", "RDF N-Triples: all documents in one graph, sorted lines")
def write_ntriples(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    lines = ox.serialize(rdf.union(), format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)
    lines.sort()
    out.writelines(lines)


@register("jsonld", "graph.jsonld", "RDF JSON-LD (expanded form): all documents in one graph")
def write_jsonld(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    _serialize(rdf.union(), out, ox.RdfFormat.JSON_LD)
    out.write(b"\n")


@register("rdfxml", "graph.rdf", "RDF/XML: all documents in one graph")
def write_rdfxml(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    _serialize(rdf.union(), out, ox.RdfFormat.RDF_XML)
    out.write(b"\n")


@register("trig", "graph.trig", "RDF TriG: one named graph per document, the build, and the ontology")
def write_trig(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    _serialize(rdf.quads(), out, ox.RdfFormat.TRIG)


def _flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Scalar attributes only (for GraphML and GEXF), asserted edges only."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, label=d["label"], type=d["type"], aliases="; ".join(d.get("aliases", [])),
                   wikidata=d.get("wikidata", ""), documents="; ".join(d.get("docs", [])),
                   date=d.get("date", ""), iri=actor_iri(n).value)
    for s, o, k, d in G.edges(keys=True, data=True):
        if not d.get("asserted", True):
            continue
        ev = [e for e in d["evidence"] if e["modality"] != "negated"]
        H.add_edge(s, o, key=k, label=k, predicate=k, weight=float(d["weight"]),
                   confidence=float(d["confidence"]), date=d.get("date", ""),
                   documents="; ".join(d["docs"]), evidence_count=len(d["evidence"]),
                   evidence=ev[0]["sentence"] if ev else "")
    return H


def _lines(lines: Iterable[str], out: IO[bytes]) -> None:
    last = ""
    for line in lines:
        if last:
            out.write(last.encode("utf-8") + b"\n")
        last = line
    out.write((last if last.endswith("\n") else last + "\n").encode("utf-8"))


@register("graphml", "graph.graphml", "GraphML for Gephi, yEd, Cytoscape (asserted relations)")
def write_graphml(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    _lines(nx.generate_graphml(_flat_graph(G), named_key_ids=True), out)


@register("gexf", "graph.gexf", "GEXF for Gephi (asserted relations)")
def write_gexf(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    H = _flat_graph(G)
    for _, _, d in H.edges(data=True):
        d["relation"] = d.pop("label")  # GEXF reserves "label" for edges in some readers
    dates = sorted(d["date"] for d in G.graph.get("documents", {}).values() if d.get("date"))

    def lines() -> Iterator[str]:
        for line in nx.generate_gexf(H):
            if line.lstrip().startswith("<meta ") and "lastmodifieddate=" in line:
                # networkx stamps the day of writing; the corpus's latest document date keeps the bytes stable
                stamp = f'lastmodifieddate="{dates[-1][:10]}"' if dates else ""
                line = re.sub(r'\s*lastmodifieddate="[^"]*"', f" {stamp}" if stamp else "", line, count=1)
            yield line

    _lines(lines(), out)


NODE_COLUMNS = ["id", "label", "type", "aliases", "wikidata", "documents", "date", "place", "iri"]
EDGE_COLUMNS = ["source", "predicate", "target", "source_label", "target_label", "asserted", "modality",
                "confidence", "date", "document", "start", "end", "rule", "trigger", "sentence", "statement"]


def _csv(rows: Iterable[list[Any]], header: list[str], out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    w = csv.writer(text, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    text.detach()  # leave ``out`` open


@register("csv-nodes", "nodes.csv", "CSV, one row per actor")
def write_nodes_csv(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    rows = ([n, d["label"], d["type"], "; ".join(d.get("aliases", [])), d.get("wikidata", ""),
             "; ".join(d.get("docs", [])), d.get("date", ""), d.get("place", ""), actor_iri(n).value]
            for n, d in sorted(G.nodes(data=True)))
    _csv(rows, NODE_COLUMNS, out)


@register("csv-edges", "edges.csv", "CSV, one row per piece of evidence (statement)")
def write_edges_csv(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    rows = ([s, k, o, G.nodes[s]["label"], G.nodes[o]["label"], str(e["modality"] in ASSERTING).lower(),
             e["modality"], e["confidence"], e["date"], e["doc"], e["start"], e["end"], e["rule"],
             e.get("trigger", ""), " ".join(e["sentence"].split()), e["id"]]
            for s, o, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
            for e in d["evidence"])
    _csv(rows, EDGE_COLUMNS, out)


def check_formats(formats: Iterable[str] | None) -> list[str]:
    """Validate export format names; None means all."""
    if formats is None:
        return list(EXPORTERS)
    names = [f.strip() for f in formats if f.strip()]
    bad = [f for f in names if f not in EXPORTERS]
    if bad:
        raise ExportError(f"unknown export format {bad[0]!r} (allowed: {', '.join(sorted(EXPORTERS))})")
    return names


def render_exports(G: nx.MultiDiGraph, formats: Iterable[str] | None = None, *, ontology: bool = True
                   ) -> dict[str, bytes]:
    """Render the chosen exports in memory: ``{filename: bytes}``."""
    rdf = GraphRDF(G, ontology=ontology)
    return {EXPORTERS[f].filename: EXPORTERS[f].render(G, rdf) for f in check_formats(formats)}


def write_exports(out_dir: Path | str, G: nx.MultiDiGraph, formats: Iterable[str] | None = None, *,
                  ontology: bool = True, progress: Progress | None = None) -> list[Path]:
    """Write the chosen exports of ``G`` into ``out_dir`` atomically (see :func:`write_files`),
    each streamed to its file; ``progress`` hears ``("export", i, n, filename)`` as the file after
    the ``i`` written ones starts, and ``("export", n, n, "")`` at the end."""
    chosen = [EXPORTERS[f] for f in check_formats(formats)]
    rdf = GraphRDF(G, ontology=ontology)

    def writer(i: int, ex: Exporter) -> Callable[[IO[bytes]], None]:
        def write(fh: IO[bytes]) -> None:
            report(progress, "export", i, len(chosen), ex.filename)
            ex.write(G, rdf, fh)
        return write

    written = _write_atomically(Path(out_dir), {ex.filename: writer(i, ex) for i, ex in enumerate(chosen)})
    report(progress, "export", len(chosen), len(chosen))
    return written


def write_files(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write files into ``out_dir`` atomically: each goes to a temporary file first, then all of them
    are moved into place. On any error nothing in ``out_dir`` is changed: files already replaced are
    put back from a backup taken just before."""
    return _write_atomically(Path(out_dir), {name: (lambda fh, data=data: fh.write(data)) for name, data in files.items()})


def _write_atomically(out_dir: Path, writers: Mapping[str, Callable[[IO[bytes]], Any]]) -> list[Path]:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=out_dir))
    except OSError as e:
        raise ExportError(f"{out_dir}: cannot create the output folder ({e.strerror or e})") from None
    backup = staging / ".previous"
    replaced: list[tuple[str, bool]] = []  # (name, had a previous version) in the order moved
    clean = True
    try:
        for name, write in writers.items():
            with open(staging / name, "wb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
        backup.mkdir()
        written = []
        for name in writers:
            target = out_dir / name
            had = target.is_file()
            if had:  # keep the previous version until every file is in place
                try:
                    os.link(target, backup / name)
                except OSError:
                    shutil.copy2(target, backup / name)
            os.replace(staging / name, target)
            replaced.append((name, had))
            written.append(target)
        return written
    except OSError as e:
        clean = _roll_back(out_dir, backup, replaced)
        where = "" if clean else f"; previous versions kept in {backup}"
        raise ExportError(f"{out_dir}: cannot write exports ({e.strerror or e}){where}") from None
    finally:
        if clean:
            shutil.rmtree(staging, ignore_errors=True)


def _roll_back(out_dir: Path, backup: Path, replaced: list[tuple[str, bool]]) -> bool:
    """Put back the files a failed write already replaced; False if one could not be."""
    ok = True
    for name, had in reversed(replaced):
        try:
            if had:
                os.replace(backup / name, out_dir / name)
            else:
                (out_dir / name).unlink(missing_ok=True)
        except OSError:
            ok = False
    return ok
