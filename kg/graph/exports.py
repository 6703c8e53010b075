"""Exporters, looked up by name, and atomic writing of a whole set of exports.

Every exporter is a pure function ``(G, dataset) -> bytes``; :func:`write_exports` renders all of
them first and only then moves the files into place, so a failed run leaves the previous exports
as they were. The same graph always gives the same bytes.

>>> sorted(EXPORTERS)[:4]
['csv-edges', 'csv-nodes', 'gexf', 'graphml']
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph

from kg.errors import ExportError
from kg.graph.rdf import actor_iri, bind_prefixes, union_graph

Renderer = Callable[[nx.MultiDiGraph, Dataset], bytes]


@dataclass(frozen=True)
class Exporter:
    """One export format: its name, the file it writes and the function that renders it."""

    name: str
    filename: str
    render: Renderer
    description: str


EXPORTERS: dict[str, Exporter] = {}


def register(name: str, filename: str, description: str) -> Callable[[Renderer], Renderer]:
    """Decorator that adds an exporter to :data:`EXPORTERS`."""

    def deco(fn: Renderer) -> Renderer:
        EXPORTERS[name] = Exporter(name, filename, fn, description)
        return fn

    return deco


_UNION: list[tuple[Dataset, Graph]] = []


def _union(ds: Dataset) -> Graph:
    """The union graph of a dataset, computed once for the exports that need it."""
    if _UNION and _UNION[0][0] is ds:
        return _UNION[0][1]
    g = union_graph(ds)
    _UNION[:] = [(ds, g)]
    return g


def _nl(data: str) -> bytes:
    return (data if data.endswith("\n") else data + "\n").encode("utf-8")


@register("turtle", "graph.ttl", "RDF Turtle: all documents in one graph")
def render_turtle(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    return _nl(_union(ds).serialize(format="turtle"))


@register("ntriples", "graph.nt", "RDF N-Triples, sorted lines")
def render_ntriples(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    lines = sorted({line for line in _union(ds).serialize(format="nt").splitlines() if line.strip()})
    return _nl("\n".join(lines))


@register("jsonld", "graph.jsonld", "RDF JSON-LD with a compact context")
def render_jsonld(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    g = _union(ds)
    context = {p: str(ns) for p, ns in g.namespaces() if p in {"kgo", "kgr", "wd", "prov", "skos", "owl", "dcterms", "xsd", "rdfs", "rdf"}}
    doc = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
    graph = doc.get("@graph", [])
    if isinstance(graph, list):
        doc["@graph"] = sorted((_sorted_values(n) for n in graph), key=lambda n: str(n.get("@id", "")))
    return _nl(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True))


def _sorted_values(node: Any) -> Any:
    """A JSON-LD node with every multi-valued property in a fixed order (rdflib gives set order,
    which changes with PYTHONHASHSEED). Order in a JSON-LD array carries no meaning, except in
    ``@list``, which is left as it is."""
    if isinstance(node, dict):
        return {k: (v if k == "@list" else _sorted_values(v)) for k, v in node.items()}
    if isinstance(node, list):
        return sorted((_sorted_values(v) for v in node), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


@register("trig", "graph.trig", "RDF TriG: one named graph per document, the build, and the ontology")
def render_trig(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    """Each named graph is serialised on its own as Turtle and wrapped in a graph block, graphs in
    order of their names: linear in the number of documents (rdflib's TriG serializer looks every
    subject up across all graphs of the dataset) and independent of hash order."""
    prefixes: set[str] = set()
    blocks: list[str] = []
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        g = Graph()
        bind_prefixes(g)
        for t in ctx:
            g.add(t)
        body: list[str] = []
        for line in g.serialize(format="turtle").splitlines():
            if line.startswith("@prefix"):
                prefixes.add(line)
            elif line.strip():
                body.append("    " + line)
            elif body and body[-1]:
                body.append("")
        while body and not body[-1]:
            body.pop()
        blocks.append(f"<{ctx.identifier}> {{\n" + "\n".join(body) + "\n}")
    return _nl("\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks))


def _flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Scalar attributes only (for GraphML and GEXF), asserted edges only."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, label=d["label"], type=d["type"], aliases="; ".join(d.get("aliases", [])),
                   wikidata=d.get("wikidata", ""), documents="; ".join(d.get("docs", [])),
                   date=d.get("date", ""), iri=str(actor_iri(n)))
    for s, o, k, d in G.edges(keys=True, data=True):
        if not d.get("asserted", True):
            continue
        ev = [e for e in d["evidence"] if e["modality"] != "negated"]
        H.add_edge(s, o, key=k, label=k, predicate=k, weight=float(d["weight"]),
                   confidence=float(d["confidence"]), date=d.get("date", ""),
                   documents="; ".join(d["docs"]), evidence_count=len(d["evidence"]),
                   evidence=ev[0]["sentence"] if ev else "")
    return H


@register("graphml", "graph.graphml", "GraphML for Gephi, yEd, Cytoscape (asserted relations)")
def render_graphml(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    return _nl("\n".join(nx.generate_graphml(_flat_graph(G), named_key_ids=True)))


@register("gexf", "graph.gexf", "GEXF for Gephi (asserted relations)")
def render_gexf(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    H = _flat_graph(G)
    for _, _, d in H.edges(data=True):
        d["relation"] = d.pop("label")  # GEXF reserves "label" for edges in some readers
    dates = sorted(d["date"] for d in G.graph.get("documents", {}).values() if d.get("date"))
    lines = []
    for line in nx.generate_gexf(H):
        if line.lstrip().startswith("<meta ") and "lastmodifieddate=" in line:
            # networkx stamps the day of writing; the corpus's latest document date keeps the bytes stable
            stamp = f'lastmodifieddate="{dates[-1][:10]}"' if dates else ""
            line = re.sub(r'\s*lastmodifieddate="[^"]*"', f" {stamp}" if stamp else "", line, count=1)
        lines.append(line)
    return _nl("\n".join(lines))


NODE_COLUMNS = ["id", "label", "type", "aliases", "wikidata", "documents", "date", "place", "iri"]
EDGE_COLUMNS = ["source", "predicate", "target", "source_label", "target_label", "asserted", "modality",
                "confidence", "date", "document", "start", "end", "rule", "trigger", "sentence", "statement"]


def _csv(rows: Iterable[list[Any]], header: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


@register("csv-nodes", "nodes.csv", "CSV, one row per actor")
def render_nodes_csv(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    rows = ([n, d["label"], d["type"], "; ".join(d.get("aliases", [])), d.get("wikidata", ""),
             "; ".join(d.get("docs", [])), d.get("date", ""), d.get("place", ""), str(actor_iri(n))]
            for n, d in sorted(G.nodes(data=True)))
    return _csv(rows, NODE_COLUMNS)


@register("csv-edges", "edges.csv", "CSV, one row per piece of evidence (statement)")
def render_edges_csv(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    rows = []
    for s, o, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        for e in d["evidence"]:
            rows.append([s, k, o, G.nodes[s]["label"], G.nodes[o]["label"], str(e["modality"] in {"asserted", "reported", "planned"}).lower(),
                         e["modality"], e["confidence"], e["date"], e["doc"], e["start"], e["end"], e["rule"],
                         e.get("trigger", ""), " ".join(e["sentence"].split()), e["id"]])
    return _csv(rows, EDGE_COLUMNS)


@register("html", "graph.html", "interactive HTML view (self-contained, works offline)")
def render_html_export(G: nx.MultiDiGraph, ds: Dataset) -> bytes:
    from kg.views.html import render_html

    return render_html(G, title="conflict-kg graph").encode("utf-8")


def check_formats(formats: Iterable[str] | None) -> list[str]:
    """Validate export format names; None means all."""
    if formats is None:
        return list(EXPORTERS)
    names = [f.strip() for f in formats if f.strip()]
    bad = [f for f in names if f not in EXPORTERS]
    if bad:
        raise ExportError(f"unknown export format {bad[0]!r} (allowed: {', '.join(sorted(EXPORTERS))})")
    return names


def render_exports(G: nx.MultiDiGraph, ds: Dataset, formats: Iterable[str] | None = None) -> dict[str, bytes]:
    """Render the chosen exports in memory: ``{filename: bytes}``."""
    return {EXPORTERS[f].filename: EXPORTERS[f].render(G, ds) for f in check_formats(formats)}


def write_files(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write files into ``out_dir`` atomically: each goes to a temporary file first, then all of them
    are moved into place. On any error nothing in ``out_dir`` is changed: files already replaced are
    put back from a backup taken just before."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=out_dir))
    except OSError as e:
        raise ExportError(f"{out_dir}: cannot create the output folder ({e.strerror or e})") from None
    backup = staging / ".previous"
    replaced: list[tuple[str, bool]] = []  # (name, had a previous version) in the order moved
    clean = True
    try:
        for name, data in files.items():
            with open(staging / name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        backup.mkdir()
        written = []
        for name in files:
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
    """Put back the files a failed :func:`write_files` already replaced; False if one could not be."""
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
