"""The RDF shape of a graph and reading it back (kg/graph/rdf.py, docs/rdf-model.md).

The shape is checked on the rdflib view (:func:`to_rdf`, what rdflib and pyshacl users get), which
is made from the same pyoxigraph quads the exports and the store are made from.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.errors import InputError
from kg.graph import rdf as R
from kg.graph.rdf import (from_rdf, load_graph, parse_rdf, quads, rdf_format, read_quads, to_rdf, union_graph,
                          union_triples)
from kg.vocab import KGO, KGR, ONTOLOGY_IRI, WD

OA = Namespace("http://www.w3.org/ns/oa#")

RDF_FILES = ["graph.ttl", "graph.nt", "graph.jsonld", "graph.rdf", "graph.trig"]


def _rdflib(fn):  # the IRI helpers of kg.graph.rdf give pyoxigraph terms; these tests compare rdflib ones
    return lambda *a: URIRef(fn(*a).value)


actor_iri, document_iri, graph_iri, statement_iri = (_rdflib(f) for f in (R.actor_iri, R.document_iri, R.graph_iri,
                                                                          R.statement_iri))
BUILD_GRAPH, BUILD_IRI, SOFTWARE_IRI = (URIRef(t.value) for t in (R.BUILD_GRAPH, R.BUILD_IRI, R.SOFTWARE_IRI))


def comparable(G) -> tuple:
    """Everything RDF keeps: nodes (but ``rule``), edges with all attributes, document metadata."""
    nodes = [(n, {k: v for k, v in d.items() if k != "rule"}) for n, d in G.nodes(data=True)]
    edges = list(G.edges(keys=True, data=True))
    docs = {k: {f: v for f, v in m.items() if v} for k, m in G.graph["documents"].items()}
    return nodes, edges, docs


# --------------------------------------------------------------------------- shape

def test_direct_triple_only_for_asserting_evidence(hand_graph) -> None:
    g = union_graph(to_rdf(hand_graph))
    assert (actor_iri("russia"), KGO.mediates, actor_iri("ceasefire")) in g
    assert (actor_iri("armenia"), KGO.signs, actor_iri("ceasefire")) in g
    assert (actor_iri("azerbaijan"), KGO.negotiatesWith, actor_iri("armenia")) in g  # planned
    assert (actor_iri("turkey"), KGO.signs, actor_iri("ceasefire")) not in g  # negated only
    assert (actor_iri("russia"), KGO.hosts, actor_iri("ceasefire")) not in g  # hypothetical only
    direct = {(s, p, o) for s, p, o in g if str(p).startswith(str(KGO)) and str(o).startswith(str(KGR["actor/"]))
              and p != KGO.place}
    assert len(direct) == sum(1 for *_, d in hand_graph.edges(keys=True, data=True) if d["asserted"])


def test_statement_node_fields(hand_graph) -> None:
    g = union_graph(to_rdf(hand_graph))
    ev = hand_graph.edges["russia", "ceasefire", "mediates"]["evidence"][0]
    st = statement_iri(ev["id"])
    assert set(g.predicate_objects(st)) == {
        (RDF.type, KGO.Statement),
        (RDF.subject, actor_iri("russia")),
        (RDF.predicate, KGO.mediates),
        (RDF.object, actor_iri("ceasefire")),
        (KGO.evidence, Literal("Russia mediated the ceasefire agreement.")),
        (KGO.startOffset, Literal(0, datatype=XSD.integer)),
        (KGO.endOffset, Literal(40, datatype=XSD.integer)),
        (KGO.confidence, Literal(Decimal("0.7"), datatype=XSD.decimal)),
        (KGO.modality, KGO.Asserted),
        (KGO.rule, Literal("mediates.verb")),
        (KGO.trigger, Literal("mediated")),
        (KGO.date, Literal("2020-11-09", datatype=XSD.date)),
        (PROV.wasDerivedFrom, document_iri("d1")),
        (PROV.wasGeneratedBy, BUILD_IRI),
        (OA.hasTarget, URIRef(str(st) + "-target")),
    }
    target = URIRef(str(st) + "-target")
    assert g.value(target, OA.hasSource) == document_iri("d1")
    selectors = set(g.objects(target, OA.hasSelector))
    assert {g.value(x, RDF.type) for x in selectors} == {OA.TextQuoteSelector, OA.TextPositionSelector}
    quote = next(x for x in selectors if g.value(x, RDF.type) == OA.TextQuoteSelector)
    assert g.value(quote, OA.exact) == Literal("Russia mediated the ceasefire agreement.")
    n_evidence = sum(len(d["evidence"]) for *_, d in hand_graph.edges(keys=True, data=True))
    assert len(set(g.subjects(RDF.type, KGO.Statement))) == n_evidence
    negated = hand_graph.edges["turkey", "ceasefire", "signs"]["evidence"][0]
    assert g.value(statement_iri(negated["id"]), KGO.modality) == KGO.Negated
    assert g.value(statement_iri(negated["id"]), KGO.trigger) is None  # optional fields left out


def test_actor_and_document_description(hand_graph) -> None:
    g = union_graph(to_rdf(hand_graph))
    russia = actor_iri("russia")
    assert russia == URIRef("https://w3id.org/conflict-kg/resource/actor/russia")
    assert list(g.objects(russia, RDFS.label)) == [Literal("Russia")]
    assert set(g.objects(russia, SKOS.altLabel)) == {Literal("Russian"), Literal("Moscow")}
    assert g.value(russia, OWL.sameAs) == WD.Q159
    assert g.value(russia, RDF.type) == KGO.State
    assert set(g.objects(russia, KGO.mentionedIn)) == {document_iri("d1"), document_iri("d2")}
    cf = actor_iri("ceasefire")
    assert g.value(cf, KGO.date) == Literal("2020-11-09", datatype=XSD.date)
    assert g.value(cf, KGO.place) == actor_iri("moscow")
    d1, d2 = document_iri("d1"), document_iri("d2")
    assert set(g.objects(d1, RDF.type)) == {KGO.Document, PROV.Entity}
    assert g.value(d1, DCTERMS.identifier) == Literal("d1")
    assert g.value(d1, DCTERMS.source) == URIRef("https://example.org/d1")  # a URL: an IRI
    assert g.value(d2, DCTERMS.source) == Literal("Example Agency")  # else a literal
    assert g.value(d1, DCTERMS.date) == Literal("2020-11-10", datatype=XSD.date)
    assert g.value(d2, DCTERMS.date) is None  # unknown: left out
    assert g.value(d2, KGO.fileName) == Literal("d2.md")
    for lit in g.objects():
        if isinstance(lit, Literal) and lit.datatype is None:
            assert lit.language is None  # plain strings, no language tags


def test_named_graph_per_document_and_build_graph(hand_graph) -> None:
    ds = to_rdf(hand_graph)
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert names == {str(graph_iri("d1")), str(graph_iri("d2")), str(BUILD_GRAPH)}
    d1, d2, build = ds.graph(graph_iri("d1")), ds.graph(graph_iri("d2")), ds.graph(BUILD_GRAPH)
    # each document graph: its description, the actors it mentions with the aliases, its statements, its triples
    assert (document_iri("d1"), RDF.type, KGO.Document) in d1 and (document_iri("d1"), None, None) not in d2
    assert (actor_iri("turkey"), RDFS.label, Literal("Turkey")) in d1
    assert (actor_iri("turkey"), None, None) not in d2
    assert (actor_iri("russia"), KGO.mentionedIn, document_iri("d2")) in d2
    assert (actor_iri("russia"), KGO.mentionedIn, document_iri("d1")) not in d2
    assert (actor_iri("azerbaijan"), KGO.negotiatesWith, actor_iri("armenia")) in d2  # planned in d2
    assert (actor_iri("azerbaijan"), KGO.negotiatesWith, actor_iri("armenia")) not in d1  # negated in d1
    for c in (d1, d2):
        assert (actor_iri("russia"), KGO.mediates, actor_iri("ceasefire")) in c
        for st in c.subjects(RDF.type, KGO.Statement):
            assert c.value(st, PROV.wasDerivedFrom) == document_iri(str(c.identifier).rsplit("/", 1)[1])
    assert set(build) == {
        (BUILD_IRI, RDF.type, PROV.Activity), (BUILD_IRI, PROV.wasAssociatedWith, SOFTWARE_IRI),
        (SOFTWARE_IRI, RDF.type, PROV.SoftwareAgent), (SOFTWARE_IRI, RDFS.label, Literal(next(build.objects(SOFTWARE_IRI, RDFS.label)))),
        (BUILD_IRI, PROV.used, document_iri("d1")), (BUILD_IRI, PROV.used, document_iri("d2")),
    }
    assert str(next(build.objects(SOFTWARE_IRI, RDFS.label))).startswith("conflict-kg ")


def test_ontology_graph_only_when_given(hand_graph) -> None:
    from kg.graph.ontology import ontology_triples

    ds = to_rdf(hand_graph, ontology=True)
    assert len(ds.graph(URIRef(ONTOLOGY_IRI))) == len(set(ontology_triples())) > 300
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in ds.graph(URIRef(ONTOLOGY_IRI))
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) not in union_graph(ds)
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in union_graph(ds, include_ontology=True)
    assert len(union_graph(ds)) == len(union_graph(to_rdf(hand_graph)))


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2020-11-09", XSD.date), ("2020-11", XSD.gYearMonth), ("2020", XSD.gYear), ("late 2020", None)],
)
def test_date_literal(value: str, datatype) -> None:
    lit = R.date_literal(value)
    assert (lit.value, lit.datatype.value) == (value, str(datatype or XSD.string))


# --------------------------------------------------------------------------- reading back

def test_from_rdf_round_trip(hand_graph) -> None:
    assert comparable(from_rdf(to_rdf(hand_graph))) == comparable(hand_graph)


def test_from_rdf_round_trip_of_a_build(built) -> None:
    result, _ = built
    G = result.graph
    assert G.number_of_edges() > 0
    assert comparable(from_rdf(to_rdf(G))) == comparable(G)


@pytest.mark.parametrize("name", RDF_FILES)
def test_load_graph_of_each_export(built, name: str) -> None:
    result, out = built
    H = load_graph(out / name)
    assert comparable(H) == comparable(result.graph)


def test_parse_rdf_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such graph file"):
        parse_rdf(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is @not turtle .", encoding="utf-8")
    with pytest.raises(InputError, match="not valid RDF"):
        parse_rdf(bad)
    other = tmp_path / "graph.csv"
    other.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown RDF file type"):
        load_graph(other)


F = ox.RdfFormat


@pytest.mark.parametrize(("suffix", "fmt"), [(".ttl", F.TURTLE), (".NT", F.N_TRIPLES), (".jsonld", F.JSON_LD),
                                             (".trig", F.TRIG), (".nq", F.N_QUADS), (".rdf", F.RDF_XML)])
def test_rdf_format(suffix: str, fmt) -> None:
    assert rdf_format(Path("g" + suffix)) == fmt


# --------------------------------------------------------------------------- the quads themselves

def _named(G) -> dict[str, set]:
    out: dict[str, set] = {}
    for q in quads(G):
        out.setdefault(q.graph_name.value, set()).add(q.triple)
    return out


@pytest.mark.parametrize("which", ["hand", "built"])
def test_union_is_the_union_of_the_document_graphs(which, hand_graph, built) -> None:
    """graph.ttl is made straight from the graph: it holds exactly the triples of the document
    graphs and the build graph (not the ontology), each once."""
    G = hand_graph if which == "hand" else built[0].graph
    union = list(union_triples(G))
    assert len(union) == len(set(union))
    named = _named(G)
    expected = set().union(*(t for name, t in named.items() if name != ONTOLOGY_IRI))
    assert set(union) == expected
    assert named[ONTOLOGY_IRI] and not named[ONTOLOGY_IRI] & set(union)


def test_quads_in_graph_order_and_grouped_by_subject(built) -> None:
    """Graphs come one after the other in order of their names, and in each graph all triples of a
    subject are together: a serialiser that writes them as given writes each block once."""
    names, subjects = [], set()
    last = None
    for q in quads(built[0].graph):
        if not names or names[-1] != q.graph_name.value:
            names.append(q.graph_name.value)
            subjects, last = set(), None
        if q.subject != last:
            assert q.subject not in subjects, (q.graph_name, q.subject)
            subjects.add(q.subject)
            last = q.subject
    assert names == sorted(set(names))


def test_same_quads_whatever_the_document_order() -> None:
    import kg.pipeline as P
    from kg.extract.ingest import read_documents

    docs = read_documents([Path(__file__).parent / "data" / "docs"])
    G, H = P.build_graph_from_documents(docs), P.build_graph_from_documents(docs[::-1])
    assert list(quads(G)) == list(quads(H))
    assert list(union_triples(G)) == list(union_triples(H))


def test_read_quads_of_each_format(built) -> None:
    _, out = built
    union = set(union_triples(built[0].graph))
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.rdf"):
        assert {q.triple for q in read_quads(out / name)} == union, name
    trig = read_quads(out / "graph.trig")
    assert {q.triple for q in trig if q.graph_name.value != ONTOLOGY_IRI} == union
    assert {q for q in trig} == set(quads(built[0].graph))


def test_document_source_that_is_not_an_iri_stays_text(hand_graph) -> None:
    hand_graph.graph["documents"]["d2"]["source"] = "https://example.org/a%zzb"  # looks like a URL, is no IRI
    g = union_graph(to_rdf(hand_graph))
    assert g.value(document_iri("d2"), DCTERMS.source) in (Literal("https://example.org/a%zzb"),
                                                           URIRef("https://example.org/a%zzb"))
