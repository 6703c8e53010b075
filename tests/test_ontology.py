"""The OWL ontology agrees with kg/vocab.py; the SHACL shapes accept the mini graph and reject
broken ones with a message that names the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SH

import kg.graph.ontology as onto
from kg.graph.ontology import (
    ValidationReport,
    load_ontology,
    load_shapes,
    ontology_path,
    shapes_path,
    validate,
)
from kg.vocab import ACTOR_TYPES, KGO, MODALITIES, NODE_TYPES, ONTOLOGY_IRI, PREDICATES

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.trig"
SAMPLES = Path(__file__).resolve().parents[1] / "kg" / "data" / "samples"
KGR = "https://w3id.org/conflict-kg/resource/"

#: Object properties that are not relations between entities.
OTHER_OBJECT_PROPERTIES = {"mentionedIn", "place", "modality"}
DATA_PROPERTIES = {
    "evidence", "startOffset", "endOffset", "confidence", "rule", "trigger", "date",
    "sha256", "fileName", "demonym", "capital",
}
OTHER_CLASSES = {"Entity", "Actor", "Statement", "Document", "Modality"}


def local(term: rdflib.term.Node) -> str:
    return str(term)[len(str(KGO)):]


def kgo_subjects(g: rdflib.Graph, rdf_type: URIRef) -> set[str]:
    return {local(s) for s in g.subjects(RDF.type, rdf_type) if str(s).startswith(str(KGO))}


@pytest.fixture(scope="module")
def ont() -> rdflib.Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def mini_text() -> str:
    return MINI.read_text(encoding="utf-8")


def dataset(text: str) -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=text, format="trig")
    return ds


# --- the ontology ----------------------------------------------------------------------------


def test_files_found_and_parse():
    assert ontology_path().is_file() and shapes_path().is_file()
    assert len(rdflib.Graph().parse(ontology_path())) > 300
    assert len(rdflib.Graph().parse(shapes_path())) > 50


def test_ontology_header(ont):
    o = URIRef(ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in ont
    for p in (OWL.versionInfo, RDFS.label, RDFS.comment, DCTERMS.title, DCTERMS.description,
              DCTERMS.license, DCTERMS.creator):
        assert ont.value(o, p) is not None, p


def test_load_ontology_is_cached():
    assert load_ontology() is load_ontology()
    assert load_shapes() is load_shapes()


def test_classes_match_vocab(ont):
    declared = kgo_subjects(ont, OWL.Class)
    assert declared == set(NODE_TYPES) | OTHER_CLASSES
    for name in declared:
        c = KGO[name]
        assert ont.value(c, RDFS.label), name
        assert len(str(ont.value(c, RDFS.comment))) > 40, name


def test_class_hierarchy(ont):
    sub = lambda a, b: (KGO[a], RDFS.subClassOf, b) in ont  # noqa: E731
    assert sub("Actor", KGO.Entity)
    for t in ACTOR_TYPES:
        assert sub(t, KGO.Actor), t
    for t in ("Agreement", "Meeting", "Location"):
        assert sub(t, KGO.Entity), t
    assert sub("Statement", RDF.Statement) and sub("Statement", PROV.Entity)
    assert sub("Document", PROV.Entity)
    assert sub("Modality", SKOS.Concept)


def test_relation_properties_match_vocab(ont):
    inverses = {p.inverse for p in PREDICATES.values() if p.inverse}
    declared = kgo_subjects(ont, OWL.ObjectProperty)
    assert declared == set(PREDICATES) | inverses | OTHER_OBJECT_PROPERTIES
    for name in set(PREDICATES) | inverses | OTHER_OBJECT_PROPERTIES:
        p = KGO[name]
        assert ont.value(p, RDFS.label), name
        assert len(str(ont.value(p, RDFS.comment))) > 40, name
    for name in set(PREDICATES) | inverses:
        assert ont.value(KGO[name], RDFS.domain) is not None, name
        assert ont.value(KGO[name], RDFS.range) is not None, name


@pytest.mark.parametrize("name", sorted(PREDICATES))
def test_predicate_axioms(ont, name):
    info = PREDICATES[name]
    p = KGO[name]
    if info.inverse:
        inv = KGO[info.inverse]
        assert (p, OWL.inverseOf, inv) in ont
        assert (inv, OWL.inverseOf, p) in ont
        assert ont.value(inv, RDFS.domain) == ont.value(p, RDFS.range)
        assert ont.value(inv, RDFS.range) == ont.value(p, RDFS.domain)
    else:
        assert ont.value(p, OWL.inverseOf) is None
    assert ((p, RDF.type, OWL.SymmetricProperty) in ont) == info.symmetric
    parents = set(ont.objects(p, RDFS.subPropertyOf))
    assert parents == ({KGO[info.parent]} if info.parent else set())
    codes = {str(c) for c in ont.objects(p, KGO.cameoCode)}
    assert codes == ({info.cameo} if info.cameo else set())


def test_cameo_codes_and_guarantee_gap(ont):
    assert (KGO.cameoCode, RDF.type, OWL.AnnotationProperty) in ont
    assert (KGO.ploverCategory, RDF.type, OWL.AnnotationProperty) in ont
    assert ont.value(KGO.mediates, KGO.cameoCode) == Literal("045")
    assert ont.value(KGO.signs, KGO.cameoCode) == Literal("057")
    assert ont.value(KGO.withdrawsFrom, KGO.cameoCode) == Literal("0874")
    assert ont.value(KGO.deploysTo, KGO.cameoCode) == Literal("074")
    assert ont.value(KGO.mediates, KGO.ploverCategory) == Literal("CONSULT")
    note = " ".join(str(n) for n in ont.objects(KGO.guarantees, SKOS.note))
    assert "CAMEO has no" in note


def test_sensible_ranges(ont):
    assert ont.value(KGO.signs, RDFS.range) == KGO.Agreement
    assert ont.value(KGO.signs, RDFS.domain) == KGO.Actor
    assert ont.value(KGO.mediates, RDFS.range) == KGO.Entity
    # "withdraws from the agreement" and "withdraws from Kalbajar": both must fit
    assert ont.value(KGO.withdrawsFrom, RDFS.range) == KGO.Entity
    assert ont.value(KGO.deploysTo, RDFS.range) == KGO.Entity


def test_data_properties(ont):
    declared = kgo_subjects(ont, OWL.DatatypeProperty)
    assert declared == DATA_PROPERTIES
    for name in DATA_PROPERTIES:
        assert ont.value(KGO[name], RDFS.label) and ont.value(KGO[name], RDFS.comment), name
    assert ont.value(KGO.confidence, RDFS.range) == rdflib.XSD.decimal
    assert ont.value(KGO.startOffset, RDFS.range) == rdflib.XSD.integer
    assert ont.value(KGO.modality, RDFS.range) == KGO.Modality


def test_modalities(ont):
    scheme = KGO.Modalities
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ont
    concepts = set(ont.subjects(SKOS.inScheme, scheme))
    assert {local(c).lower() for c in concepts} == set(MODALITIES)
    for c in concepts:
        assert (c, RDF.type, KGO.Modality) in ont and (c, RDF.type, SKOS.Concept) in ont
        assert ont.value(c, SKOS.prefLabel) and ont.value(c, SKOS.definition)
        assert (scheme, SKOS.hasTopConcept, c) in ont
    assert "No direct triple" in str(ont.value(KGO.Negated, SKOS.definition))


# --- the shapes ------------------------------------------------------------------------------


def test_shapes_lists_agree_with_vocab():
    shapes = load_shapes()
    pred_shape = URIRef("https://w3id.org/conflict-kg/shapes#StatementPredicate")
    listed = rdflib.collection.Collection(shapes, shapes.value(pred_shape, SH["in"]))
    assert {local(p) for p in listed} == set(PREDICATES)
    mod_shape = URIRef("https://w3id.org/conflict-kg/shapes#StatementModality")
    listed = rdflib.collection.Collection(shapes, shapes.value(mod_shape, SH["in"]))
    assert {local(m).lower() for m in listed} == set(MODALITIES)
    for shape in shapes.subjects(RDF.type, SH.PropertyShape):
        assert shapes.value(shape, SH.message), shape


def test_mini_graph_conforms(mini_text):
    ds = dataset(mini_text)
    report = validate(ds)
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.text
    assert report.results == []
    # the union as one plain graph (the Turtle export) conforms too
    union = rdflib.Graph()
    for t in ds.triples((None, None, None)):
        union.add(t)
    assert validate(union).conforms
    # validation does not change the graph
    assert len(union) == len(ds)
    # a Dataset with default_union=False (as kg.graph.rdf builds it) is validated as the union too
    plain = rdflib.Dataset()
    plain.parse(data=mini_text, format="trig")
    assert validate(plain).conforms
    broken = rdflib.Dataset()
    broken.parse(data=mini_text.replace("kgo:confidence 0.85", "kgo:confidence 7", 1), format="trig")
    assert not validate(broken).conforms


def test_mini_graph_offsets_point_at_the_evidence(mini_text):
    ds = dataset(mini_text)
    n = 0
    for st in ds.subjects(RDF.type, KGO.Statement):
        doc = ds.value(st, PROV.wasDerivedFrom)
        text = (SAMPLES / f"{ds.value(doc, DCTERMS.identifier)}.txt").read_text(encoding="utf-8")
        start, end = int(ds.value(st, KGO.startOffset)), int(ds.value(st, KGO.endOffset))
        assert text[start:end] == str(ds.value(st, KGO.evidence))
        n += 1
    assert n == 23


def test_mini_graph_negated_claims_have_no_direct_triple(mini_text):
    ds = dataset(mini_text)
    for st in ds.subjects(RDF.type, KGO.Statement):
        triple = (ds.value(st, RDF.subject), ds.value(st, RDF.predicate), ds.value(st, RDF.object))
        asserting = ds.value(st, KGO.modality) in (KGO.Asserted, KGO.Reported, KGO.Planned)
        if asserting:
            assert triple in ds
    turkey, party, nk = (URIRef(KGR + "actor/turkey"), KGO.partyTo,
                         URIRef(KGR + "actor/2020_nagorno_karabakh_ceasefire_agreement"))
    assert (turkey, party, nk) not in ds


ST_MEDIATES = "kgo:mediates ; rdf:object actor:2020_nagorno_karabakh_ceasefire_agreement ;"

BROKEN = [
    # (name, old, new, focus (local part of the IRI), words the message must contain)
    ("missing label", 'rdfs:label "Nikol Pashinyan" ;', "",
     "actor/nikol_pashinyan", ["exactly one rdfs:label"]),
    ("two labels", 'rdfs:label "Nikol Pashinyan" ;', 'rdfs:label "Nikol Pashinyan", "Pashinyan" ;',
     "actor/nikol_pashinyan", ["exactly one rdfs:label"]),
    ("empty label", 'rdfs:label "Nikol Pashinyan" ;', 'rdfs:label "" ;',
     "actor/nikol_pashinyan", ["non-empty"]),
    ("language-tagged label", 'rdfs:label "Nikol Pashinyan" ;', 'rdfs:label "Nikol Pashinyan"@en ;',
     "actor/nikol_pashinyan", ["rdfs:label", "language"]),
    ("unknown type", "actor:tripoli a kgo:Location ;", "actor:tripoli a kgo:Actor ;",
     "actor/tripoli", ["type among the known classes"]),
    ("untyped relation object", "actor:tripoli a kgo:Location ;", "actor:tripoli a kgo:Thing ;",
     "actor/tripoli", ["type among the known classes"]),
    ("bad sameAs", "owl:sameAs wd:Q7747", "owl:sameAs <http://dbpedia.org/resource/Putin>",
     "actor/vladimir_putin", ["Wikidata"]),
    ("statement without evidence", 'kgo:evidence "With Russia`s mediation', 'kgo:note "With Russia`s mediation',
     "statement/", ["kgo:evidence"]),
    ("confidence 1.5", "kgo:confidence 0.85", "kgo:confidence 1.5",
     "statement/", ["kgo:confidence", "between 0 and 1"]),
    ("confidence as double", "kgo:confidence 0.85", "kgo:confidence 0.85e0",
     "statement/", ["xsd:decimal"]),
    ("start after end", "kgo:startOffset 146 ; kgo:endOffset 262", "kgo:startOffset 300 ; kgo:endOffset 262",
     "statement/", ["kgo:startOffset", "not greater than"]),
    ("negative offset", "kgo:startOffset 146 ;", "kgo:startOffset -1 ;",
     "statement/", [">= 0"]),
    ("bad modality", "kgo:modality kgo:Hypothetical", "kgo:modality kgo:Maybe",
     "statement/", ["kgo:modality", "kgo:Negated"]),
    ("two modalities", "kgo:modality kgo:Hypothetical", "kgo:modality kgo:Hypothetical, kgo:Negated",
     "statement/", ["exactly one kgo:modality"]),
    ("no rule", 'kgo:rule "hosts.held-in-capital" ;', "",
     "statement/", ["kgo:rule"]),
    ("predicate outside kgo", "rdf:predicate kgo:leads", "rdf:predicate <http://example.org/leads>",
     "statement/", ["one of the 18 relation properties"]),
    ("no source document", "prov:wasDerivedFrom doc:001_1f2891469bc42988 ;\n        prov:wasGeneratedBy",
     "prov:wasGeneratedBy", "statement/", ["prov:wasDerivedFrom"]),
    ("asserted without direct triple", "    actor:russia kgo:hosts actor:moscow_ceasefire_talks .\n", "",
     "statement/", ["direct triple"]),
    ("document without identifier", 'dcterms:identifier "004_5df7de5c9557c8ee" ;', "",
     "document/004_5df7de5c9557c8ee", ["dcterms:identifier"]),
    ("bad checksum", 'kgo:sha256 "9bb2', 'kgo:sha256 "XYZ',
     "document/001_1f2891469bc42988", ["SHA-256"]),
    ("agreement date not a date", 'kgo:date "2020-11-09"^^xsd:date ;\n        kgo:place',
     'kgo:date "9 November" ;\n        kgo:place', "actor/2020_nagorno", ["kgo:date"]),
]


@pytest.mark.parametrize("name,old,new,focus,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_graph_does_not_conform(mini_text, name, old, new, focus, words):
    assert old in mini_text, f"fixture text changed: {old!r}"
    text = mini_text.replace(old, new, 1)
    report = validate(dataset(text))
    assert not report.conforms
    hits = [(f, p, m) for f, p, m in report.results if focus in str(f)]
    assert hits, report.messages()
    assert any(all(w in m for w in words) for _, _, m in hits), report.messages()
    assert report.text.startswith("Validation Report")


def test_report_messages_are_one_line_each(mini_text):
    report = validate(dataset(mini_text.replace("kgo:confidence 0.85", "kgo:confidence 2.0", 1)))
    lines = report.messages()
    assert len(lines) == 1
    assert lines[0].startswith("kgs:") and " kgo:confidence: " in lines[0]


def test_ontology_path_prefers_installed_copy(tmp_path, monkeypatch):
    pkg = tmp_path / "kg"
    (pkg / "ontology").mkdir(parents=True)
    (pkg / "ontology" / "conflict-kg.ttl").write_text("# installed copy\n", encoding="utf-8")
    monkeypatch.setattr(onto.resources, "files", lambda name: pkg)
    assert ontology_path() == pkg / "ontology" / "conflict-kg.ttl"
    # shapes.ttl is not in the fake wheel: fall back to the checkout
    assert shapes_path() == Path(onto.__file__).resolve().parents[2] / "ontology" / "shapes.ttl"
