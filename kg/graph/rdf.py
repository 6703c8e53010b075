"""The graph in RDF: build an rdflib Dataset from the networkx graph, and read it back.

The shape is described in ``docs/rdf-model.md``: a direct triple per asserted relation, a statement
node per piece of evidence with PROV-O provenance, one named graph per document.

>>> from kg.graph.build import build_graph
>>> from kg.models import Actor, Claim
>>> G = build_graph([Actor("russia", "Russia", "State", {"Russian"}, "Q159", docs={"d1"}),
...                  Actor("armenia", "Armenia", "State", docs={"d1"})],
...                 [Claim("russia", "supports", "armenia", "d1", "Russia backs Armenia.", 0, 21, 0.8, "r")],
...                 {"d1": {"title": "t"}})
>>> ds = to_rdf(G)
>>> (actor_iri("russia"), KGO.supports, actor_iri("armenia")) in union_graph(ds)
True
>>> H = from_rdf(ds)
>>> sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg import __version__
from kg.errors import InputError
from kg.graph.build import build_graph
from kg.models import Actor, Claim
from kg.vocab import ASSERTING, KGO, KGR, MODALITIES, NODE_TYPES, ONTOLOGY_IRI, PREDICATES, WD

MODALITY_IRI = {m: KGO[m.capitalize()] for m in MODALITIES}
_IRI_MODALITY = {v: k for k, v in MODALITY_IRI.items()}
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")

BUILD_IRI = KGR[f"build/conflict-kg-{__version__}"]
SOFTWARE_IRI = KGR[f"software/conflict-kg-{__version__}"]
BUILD_GRAPH = KGR["graph/build"]


def actor_iri(actor_id: str) -> URIRef:
    """IRI of an actor node."""
    return KGR[f"actor/{actor_id}"]


def document_iri(doc_id: str) -> URIRef:
    """IRI of a document."""
    return KGR[f"document/{doc_id}"]


def graph_iri(doc_id: str) -> URIRef:
    """IRI of the named graph that holds what one document supports."""
    return KGR[f"graph/{doc_id}"]


def statement_iri(stmt_id: str) -> URIRef:
    """IRI of a statement node."""
    return KGR[f"statement/{stmt_id}"]


def date_literal(value: str) -> Literal:
    """An ISO 8601 date, year-month or year as the matching XSD literal.

    >>> date_literal("2020-11").datatype == XSD.gYearMonth
    True
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def bind_prefixes(g: Graph) -> None:
    """Bind the prefixes used in every export."""
    for prefix, ns in (("kgo", KGO), ("kgr", KGR), ("wd", WD), ("prov", PROV), ("skos", SKOS),
                       ("owl", OWL), ("dcterms", DCTERMS), ("xsd", XSD), ("rdfs", RDFS)):
        g.bind(prefix, ns, override=True, replace=True)


def _doc_triples(doc_id: str, meta: Mapping[str, Any]) -> Iterable[tuple[URIRef, URIRef, Any]]:
    d = document_iri(doc_id)
    yield d, RDF.type, KGO.Document
    yield d, RDF.type, PROV.Entity
    yield d, DCTERMS.identifier, Literal(doc_id)
    if meta.get("title"):
        yield d, DCTERMS.title, Literal(meta["title"])
    if meta.get("date"):
        yield d, DCTERMS.date, date_literal(str(meta["date"]))
    src = meta.get("source")
    if src:
        yield d, DCTERMS.source, URIRef(src) if _URL.match(src) else Literal(src)
    if meta.get("path"):
        yield d, KGO.fileName, Literal(meta["path"])
    if meta.get("sha256"):
        yield d, KGO.sha256, Literal(meta["sha256"])


def _actor_triples(node: str, data: Mapping[str, Any], doc_id: str, aliases: Iterable[str]
                   ) -> Iterable[tuple[URIRef, URIRef, Any]]:
    a = actor_iri(node)
    yield a, RDF.type, KGO[data["type"]]
    yield a, RDFS.label, Literal(data["label"])
    for alias in sorted(aliases):
        if alias != data["label"]:
            yield a, SKOS.altLabel, Literal(alias)
    if data.get("wikidata"):
        yield a, OWL.sameAs, WD[data["wikidata"]]
    if data.get("date"):
        yield a, KGO.date, date_literal(data["date"])
    if data.get("place"):
        yield a, KGO.place, actor_iri(data["place"])
    yield a, KGO.mentionedIn, document_iri(doc_id)


def _statement_triples(s: str, p: str, o: str, ev: Mapping[str, Any]) -> Iterable[tuple[URIRef, URIRef, Any]]:
    st = statement_iri(ev["id"])
    yield st, RDF.type, KGO.Statement
    yield st, RDF.subject, actor_iri(s)
    yield st, RDF.predicate, KGO[p]
    yield st, RDF.object, actor_iri(o)
    yield st, KGO.evidence, Literal(ev["sentence"])
    yield st, KGO.startOffset, Literal(int(ev["start"]), datatype=XSD.integer)
    yield st, KGO.endOffset, Literal(int(ev["end"]), datatype=XSD.integer)
    yield st, KGO.confidence, Literal(Decimal(str(ev["confidence"])), datatype=XSD.decimal)
    yield st, KGO.modality, MODALITY_IRI[ev["modality"]]
    yield st, KGO.rule, Literal(ev["rule"])
    if ev.get("trigger"):
        yield st, KGO.trigger, Literal(ev["trigger"])
    if ev.get("date"):
        yield st, KGO.date, date_literal(ev["date"])
    yield st, PROV.wasDerivedFrom, document_iri(ev["doc"])
    yield st, PROV.wasGeneratedBy, BUILD_IRI


def document_graphs(G: nx.MultiDiGraph) -> dict[str, list[tuple[URIRef, URIRef, Any]]]:
    """The triples of each document's named graph, in a deterministic order."""
    docs = G.graph.get("documents", {})
    per_doc: dict[str, list[tuple[URIRef, URIRef, Any]]] = {d: list(_doc_triples(d, docs[d])) for d in sorted(docs)}
    aliases_by_doc: Mapping[str, Mapping[str, list[str]]] = G.graph.get("aliases_by_doc", {})
    for node, data in sorted(G.nodes(data=True)):
        for doc_id in data.get("docs", []):
            seen = aliases_by_doc.get(node, {}).get(doc_id, data.get("aliases", []))
            per_doc.setdefault(doc_id, []).extend(_actor_triples(node, data, doc_id, seen))
    for s, o, p, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        asserting_docs = set()
        for ev in data["evidence"]:
            per_doc.setdefault(ev["doc"], []).extend(_statement_triples(s, p, o, ev))
            if ev["modality"] in ASSERTING:
                asserting_docs.add(ev["doc"])
        for doc_id in sorted(asserting_docs):
            per_doc[doc_id].append((actor_iri(s), KGO[p], actor_iri(o)))
    return per_doc


def build_triples(doc_ids: Iterable[str]) -> list[tuple[URIRef, URIRef, Any]]:
    """Provenance of the build: the activity, the software agent and the documents it used."""
    triples: list[tuple[URIRef, URIRef, Any]] = [
        (BUILD_IRI, RDF.type, PROV.Activity),
        (BUILD_IRI, PROV.wasAssociatedWith, SOFTWARE_IRI),
        (SOFTWARE_IRI, RDF.type, PROV.SoftwareAgent),
        (SOFTWARE_IRI, RDFS.label, Literal(f"conflict-kg {__version__}")),
    ]
    triples += [(BUILD_IRI, PROV.used, document_iri(d)) for d in sorted(doc_ids)]
    return triples


def to_rdf(G: nx.MultiDiGraph, *, ontology: Graph | None = None) -> Dataset:
    """Build the RDF dataset of a graph: one named graph per document, the build graph, and the
    ontology graph when ``ontology`` is given."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    per_doc = document_graphs(G)
    for doc_id, triples in per_doc.items():
        g = ds.graph(graph_iri(doc_id))
        for t in triples:
            g.add(t)
    b = ds.graph(BUILD_GRAPH)
    for t in build_triples(per_doc):
        b.add(t)
    if ontology is not None:
        og = ds.graph(URIRef(ONTOLOGY_IRI))
        for t in ontology:
            og.add(t)
    return ds


def union_graph(ds: Dataset, *, include_ontology: bool = False) -> Graph:
    """All triples of the dataset's named graphs in one Graph (the ontology left out by default)."""
    g = Graph()
    bind_prefixes(g)
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if not include_ontology and str(ctx.identifier) == ONTOLOGY_IRI:
            continue
        for t in ctx:
            g.add(t)
    return g


# --------------------------------------------------------------------------- reading back

_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig",
            ".nq": "nquads", ".rdf": "xml", ".owl": "xml"}


def rdf_format(path: Path) -> str:
    """rdflib parser name for a file, from its suffix."""
    try:
        return _FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: unknown RDF file type (allowed: {', '.join(sorted(_FORMATS))})") from None


def parse_rdf(path: Path) -> Dataset:
    """Parse an RDF export (any of the supported formats) into a Dataset."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file (build one with `kg build`)")
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format=rdf_format(path))
    except InputError:
        raise
    except Exception as e:  # rdflib raises many kinds of parser errors
        raise InputError(f"{path}: not valid RDF ({' '.join(str(e).split())[:200]})") from None
    return ds


def _local(iri: Any, ns: Any) -> str | None:
    s = str(iri)
    return s[len(str(ns)):] if s.startswith(str(ns)) else None


def from_rdf(data: Graph | Dataset) -> nx.MultiDiGraph:
    """Rebuild the networkx graph (the :mod:`kg.graph.build` contract) from RDF in the project's shape."""
    g = data
    if isinstance(data, Dataset):
        g = union_graph(data)
    actor_prefix = str(KGR["actor/"])
    actors: dict[str, Actor] = {}
    types = set(NODE_TYPES)
    for s, _, t in g.triples((None, RDF.type, None)):
        aid = _local(s, actor_prefix)
        tname = _local(t, KGO)
        if aid is None or tname not in types:
            continue
        label = g.value(s, RDFS.label)
        actors[aid] = Actor(aid, str(label) if label is not None else aid, tname)
    for aid, a in actors.items():
        s = actor_iri(aid)
        a.aliases = {str(x) for x in g.objects(s, SKOS.altLabel)}
        wd = g.value(s, OWL.sameAs)
        a.wikidata = _local(wd, WD) if wd is not None else None
        date = g.value(s, KGO.date)
        a.date = str(date) if date is not None else None
        place = g.value(s, KGO.place)
        a.place = _local(place, actor_prefix) if place is not None else None
        a.docs = {_local(d, KGR["document/"]) or str(d) for d in g.objects(s, KGO.mentionedIn)}
    claims: list[Claim] = []
    for st in g.subjects(RDF.type, KGO.Statement):
        s = _local(g.value(st, RDF.subject), actor_prefix)
        p = _local(g.value(st, RDF.predicate), KGO)
        o = _local(g.value(st, RDF.object), actor_prefix)
        if not (s and o and p in PREDICATES):
            continue
        date = g.value(st, KGO.date)
        trig = g.value(st, KGO.trigger)
        claims.append(Claim(
            subject=s, predicate=p, object=o,
            doc=_local(g.value(st, PROV.wasDerivedFrom), KGR["document/"]) or "",
            sentence=str(g.value(st, KGO.evidence) or ""),
            start=int(g.value(st, KGO.startOffset) or 0),
            end=int(g.value(st, KGO.endOffset) or 0),
            confidence=float(g.value(st, KGO.confidence) or 0),
            rule=str(g.value(st, KGO.rule) or ""),
            modality=_IRI_MODALITY.get(g.value(st, KGO.modality), "asserted"),
            date=str(date) if date is not None else None,
            trigger=str(trig) if trig is not None else "",
        ))
    documents: dict[str, dict[str, Any]] = {}
    for d in g.subjects(RDF.type, KGO.Document):
        did = _local(d, KGR["document/"])
        if did is None:
            continue
        meta: dict[str, Any] = {}
        for key, prop in (("title", DCTERMS.title), ("date", DCTERMS.date), ("source", DCTERMS.source),
                          ("path", KGO.fileName), ("sha256", KGO.sha256)):
            v = g.value(d, prop)
            if v is not None:
                meta[key] = str(v)
        documents[did] = meta
    G = build_graph(actors.values(), claims, documents)
    if isinstance(data, Dataset):
        G.graph["aliases_by_doc"] = _aliases_by_doc(data, actors)
    return G


def _aliases_by_doc(ds: Dataset, actors: Mapping[str, Actor]) -> dict[str, dict[str, list[str]]]:
    """The altLabels each document's named graph gives each actor (what :func:`document_graphs`
    writes), so that a dataset read back is written out again unchanged."""
    out: dict[str, dict[str, list[str]]] = {}
    graph_prefix, actor_prefix = str(KGR["graph/"]), str(KGR["actor/"])
    for ctx in ds.graphs():
        doc_id = _local(ctx.identifier, graph_prefix)
        if doc_id is None or doc_id == "build":
            continue
        seen: dict[str, list[str]] = {}
        for s in ctx.subjects(KGO.mentionedIn, document_iri(doc_id)):
            aid = _local(s, actor_prefix)
            if aid in actors:
                seen[aid] = sorted(str(x) for x in ctx.objects(s, SKOS.altLabel))
        for aid, labels in seen.items():
            out.setdefault(aid, {})[doc_id] = labels
    return out


def load_graph(path: Path | str) -> nx.MultiDiGraph:
    """Read an RDF export (``graph.trig``, ``graph.ttl``, ...) back into the networkx graph."""
    return from_rdf(parse_rdf(Path(path)))
