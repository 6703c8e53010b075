"""Exporters, looked up by name, and atomic writing of a whole set of exports.

An exporter writes one file from the graph and its RDF (:class:`kg.graph.rdf.GraphRDF`) to a binary
stream; the RDF formats are serialised by pyoxigraph, the graph formats by networkx. The same
graph always gives the same bytes. :func:`write_exports` writes every chosen export into a
staging folder first and only then switches the files into place in one transaction
(:class:`kg.staging.Staging`), so a failed, interrupted or killed run leaves the previous exports
as they were; a build stages its store there too (:func:`stage_exports`), and the two switch
together.

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
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import ExportError
from kg.extract.ingest import HTML_SUFFIXES
from kg.graph.rdf import GraphRDF, actor_iri
from kg.progress import Progress, report
from kg.staging import Staging, read_marker, recover
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


# --------------------------------------------------------------------------- any text, valid files
#
# The RDF text syntaxes allow U+0085, U+2028 and U+2029 raw inside strings, but str.splitlines()
# and many line-based tools take them for line ends and cut a triple in two: they are written as
# \uXXXX escapes, which N-Triples, Turtle, TriG and JSON read back as the same character. XML
# turns a raw carriage return into a line feed when it reads it back, so the XML exports write it
# as &#13; (and the three separators as character references); XML 1.0 cannot hold the other
# control characters nor U+FFFE and U+FFFF at all: they are written as U+FFFD there (kg's inputs
# never bring them: ingest and the gazetteer readers turn them into spaces).

_TEXT_ESCAPES = {"\x85": r"\u0085", "\u2028": r"\u2028", "\u2029": r"\u2029"}
_TEXT_ESCAPE_RE = re.compile(r"[\x85\u2028\u2029]")
_TEXT_ESCAPE_BYTES = re.compile(b"\xc2\x85|\xe2\x80[\xa8\xa9]")  # the same three, in UTF-8
_XML_ESCAPES = {"\r": "&#13;", "\x85": "&#x85;", "\u2028": "&#x2028;", "\u2029": "&#x2029;"}
_XML_ESCAPE_RE = re.compile(r"[\r\x85\u2028\u2029\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape_text_syntax(text: str) -> str:
    r"""U+0085, U+2028 and U+2029 as ``\uXXXX`` escapes (N-Triples, Turtle, TriG, JSON-LD).

    >>> print(escape_text_syntax('"a\u2028b"'))
    "a\u2028b"
    >>> len(escape_text_syntax('"a\u2028b"'))
    10
    """
    return _TEXT_ESCAPE_RE.sub(lambda m: _TEXT_ESCAPES[m.group(0)], text)


def escape_xml_text(text: str) -> str:
    r"""Characters an XML 1.0 reader would change or refuse, in a form it reads back as written
    (``&#13;`` ...), or as U+FFFD when XML 1.0 cannot hold them.

    >>> escape_xml_text("<p>a\r\nb\x01c&#65534;</p>") == "<p>a&#13;\nb\ufffdc\ufffd</p>"
    True
    """
    text = _XML_ESCAPE_RE.sub(lambda m: _XML_ESCAPES.get(m.group(0), "\ufffd"), text)
    return _XML_CHAR_REF.sub(_xml_char_ref, text) if "&#" in text else text


#: A character reference (networkx writes some characters as ``&#65534;``).
_XML_CHAR_REF = re.compile(r"&#(?:x([0-9A-Fa-f]+)|([0-9]+));")


def _xml_char_ref(m: re.Match[str]) -> str:
    """A reference to a character XML 1.0 cannot hold becomes U+FFFD; the others stay."""
    try:
        cp = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    except ValueError:
        return "\ufffd"
    ok = cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF
    return m.group(0) if ok else "\ufffd"


class _Escaping(io.RawIOBase):
    """A binary stream that passes UTF-8 text on to ``out`` through ``escape`` (a multi-byte
    character split between two writes is held back until it is whole)."""

    def __init__(self, out: IO[bytes], escape: Callable[[str], str]) -> None:
        super().__init__()
        self._out = out
        self._escape = escape
        self._pending = b""

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = self._pending + bytes(b)
        cut = len(data)
        for back in range(1, min(4, len(data)) + 1):  # an unfinished UTF-8 sequence at the end?
            byte = data[-back]
            if byte >= 0xC0:
                need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                if need > back:
                    cut = len(data) - back
                break
            if byte < 0x80:
                break
        self._pending = data[cut:]
        self._out.write(self._escape(data[:cut].decode("utf-8")).encode("utf-8"))
        return len(b)

    def close(self) -> None:
        if self._pending:
            self._out.write(self._escape(self._pending.decode("utf-8", "replace")).encode("utf-8"))
            self._pending = b""
        super().close()


def _serialize(data: Iterable[Any], out: IO[bytes], fmt: ox.RdfFormat) -> None:
    escaped = _Escaping(out, escape_xml_text if fmt == ox.RdfFormat.RDF_XML else escape_text_syntax)
    ox.serialize(data, escaped, fmt, prefixes=PREFIXES)
    escaped.close()


@register("turtle", "graph.ttl", "RDF Turtle: all documents in one graph")
def write_turtle(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    _serialize(rdf.union(), out, ox.RdfFormat.TURTLE)


@register("ntriples", "graph.nt", "RDF N-Triples: all documents in one graph, sorted lines")
def write_ntriples(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    # Kept as UTF-8 bytes, not decoded: a third of the memory of the text as str, and bytes sort in
    # the same order as their characters (UTF-8 keeps code-point order).
    lines = ox.serialize(rdf.union(), format=ox.RdfFormat.N_TRIPLES).split(b"\n")  # strings hold \n as an escape
    if lines and not lines[-1]:
        lines.pop()
    for i, line in enumerate(lines):
        if _TEXT_ESCAPE_BYTES.search(line):  # U+0085, U+2028, U+2029: rare, escaped one line at a time
            lines[i] = escape_text_syntax(line.decode("utf-8")).encode("utf-8")
    lines.sort()
    for line in lines:
        out.write(line)
        out.write(b"\n")


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


def _xml(writer: Any) -> str:
    """The XML text of a networkx GraphML or GEXF writer, whole: networkx's line generators cut it
    with ``str.splitlines()``, which drops U+000B, U+000C, U+001C-U+001E and carriage returns
    inside values (see :func:`escape_xml_text`)."""
    return str(writer)


def _write_xml(text: str, out: IO[bytes]) -> None:
    text = escape_xml_text(text)
    out.write((text if text.endswith("\n") else text + "\n").encode("utf-8"))


@register("graphml", "graph.graphml", "GraphML for Gephi, yEd, Cytoscape (asserted relations)")
def write_graphml(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    from networkx.readwrite.graphml import GraphMLWriter

    writer = GraphMLWriter(encoding="utf-8", prettyprint=True, named_key_ids=True)
    writer.add_graph_element(_flat_graph(G))
    _write_xml(_xml(writer), out)


@register("gexf", "graph.gexf", "GEXF for Gephi (asserted relations)")
def write_gexf(G: nx.MultiDiGraph, rdf: GraphRDF, out: IO[bytes]) -> None:
    from networkx.readwrite.gexf import GEXFWriter

    H = _flat_graph(G)
    for _, _, d in H.edges(data=True):
        d["relation"] = d.pop("label")  # GEXF reserves "label" for edges in some readers
    dates = sorted(d["date"] for d in G.graph.get("documents", {}).values() if d.get("date"))
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(H)
    # networkx stamps the day of writing; the corpus's latest document date keeps the bytes stable
    stamp = f' lastmodifieddate="{dates[-1][:10]}"' if dates else ""
    text = re.sub(r'(<meta\b[^>]*?)\s*lastmodifieddate="[^"]*"', lambda m: m.group(1) + stamp, _xml(writer),
                  count=1)
    _write_xml(text, out)


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


def stage_exports(staging: Staging, G: nx.MultiDiGraph, formats: Iterable[str] | None = None, *,
                  ontology: bool = True, progress: Progress | None = None) -> list[Path]:
    """Write the chosen exports of ``G`` into a staging folder (each streamed to its file and made
    durable); they reach the output folder when the staging folder is committed. ``progress``
    hears ``("export", i, n, filename)`` as the file after the ``i`` written ones starts, and
    ``("export", n, n, "")`` at the end. Returns the paths they will have."""
    chosen = [EXPORTERS[f] for f in check_formats(formats)]
    rdf = GraphRDF(G, ontology=ontology)
    for i, ex in enumerate(chosen):
        report(progress, "export", i, len(chosen), ex.filename)
        try:
            with open(staging.new(ex.filename), "wb") as fh:
                ex.write(G, rdf, fh)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as e:
            raise ExportError(f"{staging.out_dir}: cannot write exports ({e.strerror or e}); "
                              "the previous exports are left as they were") from None
    report(progress, "export", len(chosen), len(chosen))
    return [staging.out_dir / ex.filename for ex in chosen]


#: The folder of a build's document texts (one ``DOC.txt`` per HTML document), and its marker.
TEXTS_DIRNAME = "texts"
TEXTS_MARKER = "kg-texts.json"
TEXTS_FORMAT = "conflict-kg texts"

def extracted(doc: Any) -> bool:
    """Whether ``doc``'s text was extracted from markup (HTML), so that its offsets count in a text
    that only ``texts/DOC.txt`` holds."""
    return bool(doc.path) and Path(doc.path).suffix.lower() in HTML_SUFFIXES


def _made_by_kg(folder: Path) -> bool:
    return not folder.is_symlink() and folder.is_dir() and read_marker(folder / TEXTS_MARKER, TEXTS_FORMAT) is not None


def check_texts_folder(folder: Path) -> None:
    """Raise :class:`ExportError` unless ``folder`` is missing or is a texts folder kg wrote (it
    has the marker)."""
    if os.path.lexists(folder) and not _made_by_kg(folder):
        raise ExportError(f"{folder}: not a folder kg made (no {TEXTS_MARKER}): kg will not replace it; "
                          "move it away or write to another folder")


def stage_texts(staging: Staging, docs: Iterable[Any]) -> Path | None:
    """Write the text of every HTML document into the staging folder as ``texts/DOC.txt`` (UTF-8,
    exactly the text the evidence offsets count in: character ``i`` of the file's text is offset
    ``i``), switched in with the exports. A previous ``texts/`` folder kg wrote is replaced (emptied
    when no document is HTML any more); one without the marker is refused (:func:`check_texts_folder`;
    :func:`kg.pipeline.build` checks before it extracts anything) and left as it was. Returns the
    folder's path, or None when there is nothing to write or replace."""
    chosen = sorted((d for d in docs if extracted(d)), key=lambda d: d.id)
    if not chosen and not _made_by_kg(staging.out_dir / TEXTS_DIRNAME):
        return None  # nothing to write, and nothing of ours to empty
    folder = staging.new(TEXTS_DIRNAME)
    try:
        folder.mkdir()
        marker = {"format": TEXTS_FORMAT, "version": 1, "documents": [d.id for d in chosen],
                  "about": "the text of each HTML document as extracted from its markup; evidence offsets "
                           "(kgo:startOffset, oa:TextPositionSelector) count characters of it"}
        (folder / TEXTS_MARKER).write_text(json.dumps(marker, indent=1, ensure_ascii=False) + "\n", "utf-8")
        for d in chosen:
            _write_durably(folder / f"{d.id}.txt", d.text.encode("utf-8", "replace"))
    except OSError as e:
        raise ExportError(f"{staging.out_dir}: cannot write exports ({e.strerror or e}); "
                          "the previous exports are left as they were") from None
    staging.replace_folder(TEXTS_DIRNAME, check_texts_folder)
    return staging.out_dir / TEXTS_DIRNAME


def write_exports(out_dir: Path | str, G: nx.MultiDiGraph, formats: Iterable[str] | None = None, *,
                  ontology: bool = True, progress: Progress | None = None) -> list[Path]:
    """Write the chosen exports of ``G`` into ``out_dir`` atomically (see :func:`stage_exports`
    and :func:`write_files`)."""
    check_formats(formats)
    recover(out_dir, remove=True)
    with Staging(out_dir, error=ExportError) as staging:
        written = stage_exports(staging, G, formats, ontology=ontology, progress=progress)
        staging.commit()
    return written


def _write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and make it durable (fsync) before it is switched into place."""
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_files(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write files into ``out_dir`` atomically: each goes to a staging folder first, then all of
    them are switched into place in one transaction (:class:`kg.staging.Staging`). On any error,
    or if the process is killed, nothing in ``out_dir`` is changed."""
    recover(out_dir, remove=True)
    with Staging(out_dir, error=ExportError) as staging:
        for name, data in files.items():
            try:
                _write_durably(staging.new(name), data)
            except OSError as e:
                raise ExportError(f"{out_dir}: cannot write exports ({e.strerror or e})") from None
        return staging.commit()
