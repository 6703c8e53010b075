"""The graph in RDF: pyoxigraph quads made straight from the networkx graph, and read back.

The shape is described in ``docs/rdf-model.md``: a direct triple per asserted relation, a statement
node per piece of evidence with PROV-O provenance, one named graph per document, the build's
provenance in ``kgr:graph/build`` and the ontology in its own graph.

Everything here is pyoxigraph terms, made in a fixed order (graphs by name, then subjects:
the document, its actors in id order, its statements in edge order), so a serialiser that writes
them as given writes the same bytes for the same graph. :func:`to_rdf` gives the same data as an
:class:`rdflib.Dataset` for users of rdflib and pyshacl; the build itself never makes one.

>>> from kg.graph.build import build_graph
>>> from kg.models import Actor, Claim
>>> G = build_graph([Actor("russia", "Russia", "State", {"Russian"}, "Q159", docs={"d1"}),
...                  Actor("armenia", "Armenia", "State", docs={"d1"})],
...                 [Claim("russia", "supports", "armenia", "d1", "Russia backs Armenia.", 0, 21, 0.8, "r")],
...                 {"d1": {"title": "t"}})
>>> ox.Triple(actor_iri("russia"), KGO_TERMS["supports"], actor_iri("armenia")) in set(union_triples(G))
True
>>> sorted({str(q.graph_name) for q in quads(G, ontology=False)})
['<https://w3id.org/conflict-kg/resource/graph/build>', '<https://w3id.org/conflict-kg/resource/graph/d1>']
>>> sorted(from_quads(quads(G)).edges(keys=True)) == sorted(G.edges(keys=True))
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg import __version__
from kg.errors import InputError
from kg.graph.build import build_graph
from kg.models import Actor, Claim
from kg.vocab import ASSERTING, KGO, KGR, MODALITIES, NODE_TYPES, ONTOLOGY_IRI, PREDICATES, PREFIXES, WD

__all__ = [
    "BUILD_GRAPH", "BUILD_IRI", "SOFTWARE_IRI", "GraphRDF", "actor_iri", "build_triples", "date_literal",
    "document_graphs", "document_iri", "from_ox", "from_quads", "from_rdf", "graph_iri", "load_graph", "parse_rdf", "quads",
    "rdf_format", "rdflib_quads", "read_quads", "statement_iri", "to_ox", "to_rdf", "union_graph", "union_triples",
]

_N = ox.NamedNode
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV = "http://www.w3.org/ns/prov#"
_DCT = "http://purl.org/dc/terms/"

A = _N(_RDF + "type")
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = _N(_RDF + "subject"), _N(_RDF + "predicate"), _N(_RDF + "object")
LABEL, ALT_LABEL, SAME_AS = _N(_RDFS + "label"), _N(_SKOS + "altLabel"), _N(_OWL + "sameAs")
XSD_INTEGER, XSD_DECIMAL, XSD_STRING = _N(_XSD + "integer"), _N(_XSD + "decimal"), _N(_XSD + "string")
XSD_DATE, XSD_YEAR_MONTH, XSD_YEAR = _N(_XSD + "date"), _N(_XSD + "gYearMonth"), _N(_XSD + "gYear")
DCT_IDENTIFIER, DCT_TITLE, DCT_DATE, DCT_SOURCE = (_N(_DCT + x) for x in ("identifier", "title", "date", "source"))
PROV_ENTITY, PROV_ACTIVITY, PROV_AGENT = (_N(_PROV + x) for x in ("Entity", "Activity", "SoftwareAgent"))
DERIVED_FROM, GENERATED_BY, ASSOCIATED_WITH, USED = (
    _N(_PROV + x) for x in ("wasDerivedFrom", "wasGeneratedBy", "wasAssociatedWith", "used"))
#: W3C Web Annotation: each statement's target is the passage of its document, found by a quote
#: (exact, prefix, suffix) or by position (start, end), so that other tools can find it.
_OA = "http://www.w3.org/ns/oa#"
OA_HAS_TARGET, OA_HAS_SOURCE, OA_HAS_SELECTOR = (_N(_OA + x) for x in ("hasTarget", "hasSource", "hasSelector"))
OA_SPECIFIC, OA_QUOTE, OA_POSITION = (_N(_OA + x) for x in ("SpecificResource", "TextQuoteSelector", "TextPositionSelector"))
OA_EXACT, OA_PREFIX, OA_SUFFIX, OA_START, OA_END = (_N(_OA + x) for x in ("exact", "prefix", "suffix", "start", "end"))
#: Characters of context a quote selector gives on each side.
QUOTE_CONTEXT = 32

#: ``kgo:`` terms by local name: node types, relation predicates and the properties used here.
KGO_TERMS: dict[str, ox.NamedNode] = {
    name: _N(str(KGO) + name)
    for name in (*NODE_TYPES, *PREDICATES, "Document", "Statement", "evidence", "startOffset", "endOffset",
                 "confidence", "modality", "rule", "trigger", "date", "place", "mentionedIn", "fileName", "sha256")
}
MODALITY_IRI: dict[str, ox.NamedNode] = {m: _N(str(KGO) + m.capitalize()) for m in MODALITIES}
_IRI_MODALITY = {v.value: k for k, v in MODALITY_IRI.items()}
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")

BUILD_IRI = _N(f"{KGR}build/conflict-kg-{__version__}")
SOFTWARE_IRI = _N(f"{KGR}software/conflict-kg-{__version__}")
BUILD_GRAPH = _N(f"{KGR}graph/build")
ONTOLOGY_GRAPH = _N(ONTOLOGY_IRI)

_ACTOR, _DOCUMENT, _GRAPH, _STATEMENT = (f"{KGR}{x}/" for x in ("actor", "document", "graph", "statement"))

Pairs = list[tuple[ox.NamedNode, Any]]


@functools.lru_cache(maxsize=1 << 16)
def actor_iri(actor_id: str) -> ox.NamedNode:
    """IRI of an actor node.

    >>> actor_iri("russia").value
    'https://w3id.org/conflict-kg/resource/actor/russia'
    """
    return _N(_ACTOR + actor_id)


@functools.lru_cache(maxsize=1 << 14)
def document_iri(doc_id: str) -> ox.NamedNode:
    """IRI of a document."""
    return _N(_DOCUMENT + doc_id)


def graph_iri(doc_id: str) -> ox.NamedNode:
    """IRI of the named graph that holds what one document supports."""
    return _N(_GRAPH + doc_id)


def statement_iri(stmt_id: str) -> ox.NamedNode:
    """IRI of a statement node."""
    return _N(_STATEMENT + stmt_id)


def date_literal(value: str) -> ox.Literal:
    """An ISO 8601 date, year-month or year as the matching XSD literal (else a plain string).

    >>> date_literal("2020-11").datatype.value
    'http://www.w3.org/2001/XMLSchema#gYearMonth'
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return ox.Literal(value, datatype=XSD_DATE)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return ox.Literal(value, datatype=XSD_YEAR_MONTH)
    if re.fullmatch(r"\d{4}", value):
        return ox.Literal(value, datatype=XSD_YEAR)
    return ox.Literal(value)


def _integer(value: Any) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD_INTEGER)


def _decimal(value: Any) -> ox.Literal:
    return ox.Literal(format(Decimal(str(value)), "f"), datatype=XSD_DECIMAL)


def _source(value: str) -> Any:
    if _URL.match(value):
        try:
            return _N(value)
        except ValueError:  # not an IRI after all: keep it as text
            pass
    return ox.Literal(value)


# --------------------------------------------------------------------------- what each subject says

def _document_pairs(doc_id: str, meta: Mapping[str, Any]) -> Pairs:
    out: Pairs = [(A, KGO_TERMS["Document"]), (A, PROV_ENTITY), (DCT_IDENTIFIER, ox.Literal(doc_id))]
    if meta.get("title"):
        out.append((DCT_TITLE, ox.Literal(str(meta["title"]))))
    if meta.get("date"):
        out.append((DCT_DATE, date_literal(str(meta["date"]))))
    if meta.get("source"):
        out.append((DCT_SOURCE, _source(str(meta["source"]))))
    if meta.get("path"):
        out.append((KGO_TERMS["fileName"], ox.Literal(str(meta["path"]))))
    if meta.get("sha256"):
        out.append((KGO_TERMS["sha256"], ox.Literal(str(meta["sha256"]))))
    return out


def _actor_parts(data: Mapping[str, Any]) -> tuple[Pairs, Pairs]:
    """What an actor's description says in every document: before its altLabels (type, label) and
    after them (Wikidata item, date, place)."""
    head: Pairs = [(A, KGO_TERMS[data["type"]]), (LABEL, ox.Literal(data["label"]))]
    tail: Pairs = []
    if data.get("wikidata"):
        tail.append((SAME_AS, _N(f"{WD}{data['wikidata']}")))
    if data.get("date"):
        tail.append((KGO_TERMS["date"], date_literal(data["date"])))
    if data.get("place"):
        tail.append((KGO_TERMS["place"], actor_iri(data["place"])))
    return head, tail


def _statement_pairs(s: str, p: str, o: str, ev: Mapping[str, Any]) -> Pairs:
    out: Pairs = [
        (A, KGO_TERMS["Statement"]),
        (RDF_SUBJECT, actor_iri(s)),
        (RDF_PREDICATE, KGO_TERMS[p]),
        (RDF_OBJECT, actor_iri(o)),
        (KGO_TERMS["evidence"], ox.Literal(ev["sentence"])),
        (KGO_TERMS["startOffset"], _integer(ev["start"])),
        (KGO_TERMS["endOffset"], _integer(ev["end"])),
        (KGO_TERMS["confidence"], _decimal(ev["confidence"])),
        (KGO_TERMS["modality"], MODALITY_IRI[ev["modality"]]),
        (KGO_TERMS["rule"], ox.Literal(ev["rule"])),
    ]
    if ev.get("trigger"):
        out.append((KGO_TERMS["trigger"], ox.Literal(ev["trigger"])))
    if ev.get("date"):
        out.append((KGO_TERMS["date"], date_literal(ev["date"])))
    out += [(DERIVED_FROM, document_iri(ev["doc"])), (GENERATED_BY, BUILD_IRI),
            (OA_HAS_TARGET, _N(f"{_STATEMENT}{ev['id']}-target"))]
    return out


def _target_blocks(ev: Mapping[str, Any]) -> list[tuple[Any, Pairs]]:
    """The statement's Web Annotation target: its document, a TextQuoteSelector (the sentence,
    with the characters before and after it) and a TextPositionSelector (its offsets)."""
    base = f"{_STATEMENT}{ev['id']}"
    target, quote, position = _N(base + "-target"), _N(base + "-quote"), _N(base + "-position")
    q: Pairs = [(A, OA_QUOTE), (OA_EXACT, ox.Literal(ev["sentence"]))]
    if ev.get("prefix"):
        q.append((OA_PREFIX, ox.Literal(ev["prefix"])))
    if ev.get("suffix"):
        q.append((OA_SUFFIX, ox.Literal(ev["suffix"])))
    return [
        (target, [(A, OA_SPECIFIC), (OA_HAS_SOURCE, document_iri(ev["doc"])), (OA_HAS_SELECTOR, quote),
                  (OA_HAS_SELECTOR, position)]),
        (quote, q),
        (position, [(A, OA_POSITION), (OA_START, _integer(ev["start"])), (OA_END, _integer(ev["end"]))]),
    ]


def _build_blocks(doc_ids: Iterable[str]) -> list[tuple[Any, Pairs]]:
    used: Pairs = [(USED, document_iri(d)) for d in sorted(doc_ids)]
    return [(BUILD_IRI, [(A, PROV_ACTIVITY), (ASSOCIATED_WITH, SOFTWARE_IRI), *used]),
            (SOFTWARE_IRI, [(A, PROV_AGENT), (LABEL, ox.Literal(f"conflict-kg {__version__}"))])]


def build_triples(doc_ids: Iterable[str]) -> list[ox.Triple]:
    """Provenance of the build: the activity, the software agent and the documents it used."""
    return list(_emit(_build_blocks(doc_ids)))


# --------------------------------------------------------------------------- the graph's quads

class _Index:
    """What each document's graph holds, found in one pass over the nodes and one over the edges."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.meta: Mapping[str, Mapping[str, Any]] = G.graph.get("documents", {})
        self.aliases_by_doc: Mapping[str, Mapping[str, list[str]]] = G.graph.get("aliases_by_doc", {})
        self.actors: dict[str, list[str]] = {}  # doc -> actors it mentions, in id order
        self.direct: dict[str, dict[str, Pairs]] = {}  # doc -> subject -> (predicate, object) it asserts
        self.statements: dict[str, list[tuple[str, str, str, Mapping[str, Any]]]] = {}
        self.nodes = sorted(G.nodes)
        for n in self.nodes:
            for d in G.nodes[n].get("docs", []):
                self.actors.setdefault(d, []).append(n)
        self.edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
        for s, o, p, data in self.edges:
            asserting: set[str] = set()
            for ev in data["evidence"]:
                self.statements.setdefault(ev["doc"], []).append((s, p, o, ev))
                if ev["modality"] in ASSERTING:
                    asserting.add(ev["doc"])
            for d in sorted(asserting):
                self.direct.setdefault(d, {}).setdefault(s, []).append((KGO_TERMS[p], actor_iri(o)))
        self.docs = sorted(set(self.meta) | set(self.actors) | set(self.statements) | set(self.direct))
        self._parts: dict[str, tuple[Pairs, Pairs]] = {}
        self._names: dict[str, tuple[ox.NamedNode, ox.Literal]] = {}

    def actor(self, node: str, aliases: Iterable[str], docs: Iterable[str]) -> Pairs:
        """An actor's description with these altLabels and documents (the parts every document
        shares are made once)."""
        parts = self._parts.get(node)
        if parts is None:
            parts = self._parts[node] = _actor_parts(self.G.nodes[node])
        head, tail = parts
        label = self.G.nodes[node]["label"]
        names = self._names
        alt = []
        for a in sorted(set(aliases)):
            if a != label:
                pair = names.get(a)
                if pair is None:
                    pair = names[a] = (ALT_LABEL, ox.Literal(a))
                alt.append(pair)
        return head + alt + tail + [(KGO_TERMS["mentionedIn"], document_iri(d)) for d in docs]

    def seen(self, node: str, doc: str) -> list[str]:
        """The names of ``node`` in ``doc`` (all its aliases when the graph does not say)."""
        data = self.G.nodes[node]
        return self.aliases_by_doc.get(node, {}).get(doc, data.get("aliases", []))

    def document(self, doc: str) -> Iterator[tuple[Any, Pairs]]:
        """``(subject, pairs)`` of one document's graph, subject by subject."""
        yield document_iri(doc), _document_pairs(doc, self.meta.get(doc, {}))
        direct = self.direct.get(doc, {})
        mentioned = set(self.actors.get(doc, ()))
        for n in sorted(mentioned | set(direct)):
            pairs = self.actor(n, self.seen(n, doc), [doc]) if n in mentioned else []
            yield actor_iri(n), pairs + direct.get(n, [])
        for s, p, o, ev in self.statements.get(doc, ()):
            yield statement_iri(ev["id"]), _statement_pairs(s, p, o, ev)
            yield from _target_blocks(ev)

    def union(self) -> Iterator[tuple[Any, Pairs]]:
        """``(subject, pairs)`` of the union of the document graphs, each triple once."""
        for doc in self.docs:
            yield document_iri(doc), _document_pairs(doc, self.meta.get(doc, {}))
        direct: dict[str, Pairs] = {}
        for s, o, p, data in self.edges:
            if any(ev["modality"] in ASSERTING for ev in data["evidence"]):
                direct.setdefault(s, []).append((KGO_TERMS[p], actor_iri(o)))
        for n in self.nodes:
            docs = self.G.nodes[n].get("docs", [])
            aliases = {a for d in docs for a in self.seen(n, d)}
            pairs = self.actor(n, aliases, docs) if docs else []
            if pairs or n in direct:
                yield actor_iri(n), pairs + direct.get(n, [])
        for s, o, p, data in self.edges:
            for ev in data["evidence"]:
                yield statement_iri(ev["id"]), _statement_pairs(s, p, o, ev)
                yield from _target_blocks(ev)


def _emit(blocks: Iterable[tuple[Any, Pairs]], graph: Any = None) -> Iterator[Any]:
    """Triples of ``(subject, pairs)`` blocks, or quads in ``graph`` when it is given."""
    if graph is None:
        T = ox.Triple
        for subject, pairs in blocks:
            for p, o in pairs:
                yield T(subject, p, o)
    else:
        Q = ox.Quad
        for subject, pairs in blocks:
            for p, o in pairs:
                yield Q(subject, p, o, graph)


def document_graphs(G: nx.MultiDiGraph, doc_ids: Iterable[str] | None = None) -> Iterator[tuple[str, list[ox.Triple]]]:
    """``(doc_id, triples)`` of each document's named graph (or of the given documents), in id order."""
    index = _Index(G)
    wanted = index.docs if doc_ids is None else sorted(set(doc_ids))
    for doc in wanted:
        yield doc, list(_emit(index.document(doc)))


def union_triples(G: nx.MultiDiGraph) -> Iterator[ox.Triple]:
    """The union of the documents' graphs and the build graph, each triple once, subject by
    subject in a fixed order (the content of ``graph.ttl``)."""
    index = _Index(G)
    yield from _emit(index.union())
    yield from _emit(_build_blocks(index.docs))


def quads(G: nx.MultiDiGraph, *, ontology: bool = True) -> Iterator[ox.Quad]:
    """Every quad of the dataset (the content of ``graph.trig``): the ontology graph (unless
    ``ontology`` is False), one graph per document and the build graph, in order of their names."""
    index = _Index(G)
    graphs: list[tuple[str, Any]] = [(_GRAPH + d, d) for d in index.docs]
    graphs.append((BUILD_GRAPH.value, None))
    if ontology:
        graphs.append((ONTOLOGY_IRI, ONTOLOGY_GRAPH))
    for name, what in sorted(graphs, key=lambda g: g[0]):
        g = _N(name)
        if what is None:
            yield from _emit(_build_blocks(index.docs), g)
        elif what is ONTOLOGY_GRAPH:
            yield from _ontology_quads(g)
        else:
            yield from _emit(index.document(what), g)


def _ontology_quads(graph: Any) -> Iterator[ox.Quad]:
    from kg.graph.ontology import ontology_triples

    for t in ontology_triples():
        yield ox.Quad(t.subject, t.predicate, t.object, graph)


def union_quads(G: nx.MultiDiGraph, graph: Any) -> Iterator[ox.Quad]:
    """The triples of :func:`union_triples` as quads in ``graph``."""
    index = _Index(G)
    yield from _emit(index.union(), graph)
    yield from _emit(_build_blocks(index.docs), graph)


class GraphRDF:
    """The RDF of one graph, for the exporters and the store: each view is generated again on
    every call (from the graph, in its fixed order), so none of them is held in memory."""

    def __init__(self, G: nx.MultiDiGraph, *, ontology: bool = True) -> None:
        self.G = G
        self.ontology = ontology

    def quads(self) -> Iterator[ox.Quad]:
        """The dataset: named graphs (see :func:`quads`)."""
        return quads(self.G, ontology=self.ontology)

    def union(self) -> Iterator[ox.Triple]:
        """The union graph, ontology left out (see :func:`union_triples`)."""
        return union_triples(self.G)

    def store_quads(self) -> Iterator[ox.Quad]:
        """What a store holds: the named graphs, and their union (ontology included) as the
        default graph, each triple once there."""
        yield from self.quads()
        default = ox.DefaultGraph()
        yield from union_quads(self.G, default)
        if self.ontology:
            yield from _ontology_quads(default)


# --------------------------------------------------------------------------- rdflib, for users

def to_ox(term: Any) -> Any:
    """An rdflib term as a pyoxigraph term."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return _N(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_N(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals become plain literals; the
    default graph and None become None)."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == XSD_STRING.value else Literal(term.value, datatype=URIRef(dt))
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported term: {term!r}")


def _bind(g: Any) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def to_rdf(G: nx.MultiDiGraph, *, ontology: bool = False) -> Any:
    """The dataset of a graph as an :class:`rdflib.Dataset` (``default_union=True``): for rdflib
    and pyshacl users. The ontology graph is included when ``ontology`` is True."""
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    _bind(ds)
    graphs: dict[str, Any] = {}
    for q in quads(G, ontology=ontology):
        name = q.graph_name.value
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.graph(from_ox(q.graph_name))
        g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return ds


def union_graph(ds: Any, *, include_ontology: bool = False) -> Any:
    """All triples of an rdflib dataset's named graphs in one :class:`rdflib.Graph` (the ontology
    left out by default)."""
    from rdflib import Graph

    g = Graph()
    _bind(g)
    for ctx in ds.graphs():
        if not include_ontology and str(ctx.identifier) == ONTOLOGY_IRI:
            continue
        for t in ctx:
            g.add(t)
    return g


# --------------------------------------------------------------------------- reading back

_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
            ".json": ox.RdfFormat.JSON_LD, ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
            ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its suffix."""
    try:
        return _FORMATS[Path(path).suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: unknown RDF file type (allowed: {', '.join(sorted(_FORMATS))})") from None


def read_quads(path: Path | str) -> list[ox.Quad]:
    """Every quad of an RDF file (a triple format gives default-graph quads), parsed by pyoxigraph."""
    path = Path(path)
    fmt = rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file (build one with `kg build`)")
    try:
        return list(ox.parse(path=str(path), format=fmt))
    except (SyntaxError, ValueError) as e:
        raise InputError(f"{path}: not valid RDF ({' '.join(str(e).split())[:200]})") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None


def parse_rdf(path: Path | str) -> Any:
    """An RDF file as an :class:`rdflib.Dataset` (``default_union=True``), for rdflib users."""
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    _bind(ds)
    for q in read_quads(path):
        t = (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
        if isinstance(q.graph_name, ox.DefaultGraph):
            ds.default_graph.add(t)
        else:
            ds.graph(from_ox(q.graph_name)).add(t)
    return ds


def _local(term: Any, ns: str) -> str | None:
    if isinstance(term, ox.NamedNode) and term.value.startswith(ns):
        return term.value[len(ns):]
    return None


def from_quads(data: Iterable[ox.Quad | ox.Triple]) -> nx.MultiDiGraph:
    """Rebuild the networkx graph (the :mod:`kg.graph.build` contract) from quads or triples in the
    project's shape: an export read back, or a store. Triples are taken once whatever the graphs
    that hold them; the named graph of each document tells which names it gives each actor."""
    props: dict[str, dict[str, dict[Any, None]]] = {}  # subject -> predicate -> objects (ordered set)
    seen_in: dict[str, dict[str, set[str]]] = {}  # doc graph -> actor -> altLabels there
    mentioned: dict[str, set[str]] = {}  # doc graph -> actors it says are mentioned in it
    alt, mention = ALT_LABEL.value, KGO_TERMS["mentionedIn"].value
    for q in data:
        s = q.subject
        if not isinstance(s, ox.NamedNode):
            continue
        p, o = q.predicate.value, q.object
        props.setdefault(s.value, {}).setdefault(p, {})[o] = None
        doc = _local(getattr(q, "graph_name", None), _GRAPH)
        if doc is not None and doc != "build" and s.value.startswith(_ACTOR):
            if p == alt:
                seen_in.setdefault(doc, {}).setdefault(s.value, set()).add(o.value)
            elif p == mention and o.value == _DOCUMENT + doc:
                mentioned.setdefault(doc, set()).add(s.value)

    def one(po: Mapping[str, Mapping[Any, None]], prop: ox.NamedNode) -> Any:
        values = po.get(prop.value)
        return min(values, key=str) if values else None

    def text(po: Mapping[str, Mapping[Any, None]], prop: ox.NamedNode) -> str | None:
        v = one(po, prop)
        return v.value if v is not None else None

    types = {KGO_TERMS[t].value: t for t in NODE_TYPES}
    actors: dict[str, Actor] = {}
    claims: list[Claim] = []
    documents: dict[str, dict[str, Any]] = {}
    contexts: dict[tuple[str, int, int], tuple[str, str]] = {}
    statement, document = KGO_TERMS["Statement"].value, KGO_TERMS["Document"].value
    for s, po in props.items():
        kinds = {t.value for t in po.get(A.value, {}) if isinstance(t, ox.NamedNode)}
        aid = s[len(_ACTOR):] if s.startswith(_ACTOR) else None
        typ = next((types[k] for k in sorted(kinds) if k in types), None)
        if aid is not None and typ is not None:
            place = one(po, KGO_TERMS["place"])
            wikidata = one(po, SAME_AS)
            actors[aid] = Actor(
                aid, text(po, LABEL) or aid, typ,
                aliases={o.value for o in po.get(alt, {})},
                wikidata=_local(wikidata, str(WD)),
                date=text(po, KGO_TERMS["date"]),
                place=_local(place, _ACTOR),
                docs={_local(d, _DOCUMENT) or d.value for d in po.get(mention, {})},
            )
        elif statement in kinds:
            subj, obj = _local(one(po, RDF_SUBJECT), _ACTOR), _local(one(po, RDF_OBJECT), _ACTOR)
            pred = _local(one(po, RDF_PREDICATE), str(KGO))
            if not (subj and obj and pred in PREDICATES):
                continue
            modality = one(po, KGO_TERMS["modality"])
            quote = props.get(s + "-quote", {})
            doc_id = _local(one(po, DERIVED_FROM), _DOCUMENT) or ""
            contexts[(doc_id, int(text(po, KGO_TERMS["startOffset"]) or 0), int(text(po, KGO_TERMS["endOffset"]) or 0))] = (
                text(quote, OA_PREFIX) or "", text(quote, OA_SUFFIX) or "")
            claims.append(Claim(
                subject=subj, predicate=pred, object=obj,
                doc=_local(one(po, DERIVED_FROM), _DOCUMENT) or "",
                sentence=text(po, KGO_TERMS["evidence"]) or "",
                start=int(text(po, KGO_TERMS["startOffset"]) or 0),
                end=int(text(po, KGO_TERMS["endOffset"]) or 0),
                confidence=float(text(po, KGO_TERMS["confidence"]) or 0),
                rule=text(po, KGO_TERMS["rule"]) or "",
                modality=_IRI_MODALITY.get(modality.value if modality is not None else "", "asserted"),
                date=text(po, KGO_TERMS["date"]),
                trigger=text(po, KGO_TERMS["trigger"]) or "",
            ))
        elif document in kinds and s.startswith(_DOCUMENT):
            meta: dict[str, Any] = {}
            for key, prop in (("title", DCT_TITLE), ("date", DCT_DATE), ("source", DCT_SOURCE),
                              ("path", KGO_TERMS["fileName"]), ("sha256", KGO_TERMS["sha256"])):
                v = text(po, prop)
                if v is not None:
                    meta[key] = v
            documents[s[len(_DOCUMENT):]] = meta
    G = build_graph(actors.values(), claims, documents, contexts)
    aliases_by_doc: dict[str, dict[str, list[str]]] = {}
    for doc in sorted(mentioned):
        for iri in sorted(mentioned[doc]):
            aid = iri[len(_ACTOR):]
            if aid in actors:
                aliases_by_doc.setdefault(aid, {})[doc] = sorted(seen_in.get(doc, {}).get(iri, ()))
    if aliases_by_doc:
        G.graph["aliases_by_doc"] = aliases_by_doc
    return G


def rdflib_quads(data: Any) -> Iterator[ox.Quad]:
    """The triples of an rdflib graph as pyoxigraph quads: a Dataset's (or ConjunctiveGraph's) graphs
    in their named graphs (its default graph in the default graph), a plain Graph's in the default
    graph."""
    from rdflib import BNode, ConjunctiveGraph

    default = ox.DefaultGraph()
    if isinstance(data, ConjunctiveGraph):  # Dataset is a subclass
        contexts = [(ctx, ctx.identifier) for ctx in data.contexts()]
    else:
        contexts = [(data, None)]
    for ctx, name in contexts:
        g = default if name is None or isinstance(name, BNode) or str(name).startswith("urn:x-rdflib:") else to_ox(name)
        for s, p, o in ctx:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)


def from_rdf(data: Any) -> nx.MultiDiGraph:
    """Rebuild the networkx graph from RDF: an rdflib Graph or Dataset, a :class:`pyoxigraph.Store`,
    or pyoxigraph quads (see :func:`from_quads`)."""
    from rdflib import Graph

    if isinstance(data, Graph):
        return from_quads(rdflib_quads(data))
    return from_quads(data)


def load_graph(path: Path | str) -> nx.MultiDiGraph:
    """Read an RDF export (``graph.trig``, ``graph.ttl``, ...) back into the networkx graph."""
    return from_quads(read_quads(path))
