"""kg.store.sparql: loading and running queries, the bundled queries on the mini graph, and the result
formats (checked against the W3C structures and rdflib's own result parsers)."""

from __future__ import annotations

import decimal
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from rdflib import Literal, URIRef
from rdflib.query import Result

from kg.errors import QueryError
from kg.graph.ontology import load_ontology
from kg.store.sparql import (
    FORMATS,
    GRAPH_FORMATS,
    TABULAR_FORMATS,
    NamedQuery,
    QueryResult,
    format_result,
    list_queries,
    load_query,
    run_query,
)
from kg.vocab import ONTOLOGY_IRI

MINI = Path(__file__).parent / "data" / "mini.trig"
KGR = "https://w3id.org/conflict-kg/resource/"
XSD = "http://www.w3.org/2001/XMLSchema#"

BUNDLED = {
    "actors", "denied", "deployments", "evidence", "guarantors", "mediators", "members",
    "neighbourhood", "opposition", "relations", "signatories", "supporters", "timeline",
    "withdrawals",
}


def actor(slug: str) -> URIRef:
    return URIRef(f"{KGR}actor/{slug}")


@pytest.fixture(scope="module")
def ds() -> rdflib.Dataset:
    d = rdflib.Dataset(default_union=True)
    d.parse(MINI, format="trig")
    return d


@pytest.fixture(scope="module")
def union(ds) -> rdflib.Graph:
    """The union graph as the Turtle export holds it (written and read back)."""
    g = rdflib.Graph()
    for t in ds.triples((None, None, None)):
        g.add(t)
    return rdflib.Graph().parse(data=g.serialize(format="turtle"), format="turtle")


@pytest.fixture(scope="module")
def ds_with_ontology() -> rdflib.Dataset:
    """Like the TriG export: the ontology is one more named graph."""
    d = rdflib.Dataset(default_union=True)
    d.parse(MINI, format="trig")
    og = d.graph(URIRef(ONTOLOGY_IRI))
    for t in load_ontology():
        og.add(t)
    return d


@pytest.fixture(scope="module")
def ds_plain() -> rdflib.Dataset:
    """A Dataset made as kg.graph.rdf makes it: default_union=False, empty default graph."""
    d = rdflib.Dataset()
    d.parse(MINI, format="trig")
    return d


@pytest.fixture(scope="module", params=["dataset", "union", "dataset+ontology", "dataset-no-union"])
def graph(request, ds, union, ds_with_ontology, ds_plain):
    return {"dataset": ds, "union": union, "dataset+ontology": ds_with_ontology,
            "dataset-no-union": ds_plain}[request.param]


def run(graph, name, **params) -> QueryResult:
    return run_query(graph, load_query(name), params or None)


def labels(result: QueryResult, *cols: str) -> list[tuple]:
    """Selected columns of each row, as Python values (str/int/None)."""
    out = []
    for row in result.dicts():
        vals = []
        for c in cols:
            t = row.get(c)
            v = t.toPython() if isinstance(t, Literal) else t
            if v is not None and not isinstance(v, (bool, int, float, decimal.Decimal)):
                v = str(v)  # IRIs, strings, dates, gYearMonth literals
            vals.append(v)
        out.append(tuple(vals))
    return out


# --- the bundled queries ---------------------------------------------------------------------


def test_list_queries():
    qs = list_queries()
    assert {q.name for q in qs} == BUNDLED
    assert [q.name for q in qs] == sorted(q.name for q in qs)
    for q in qs:
        assert isinstance(q, NamedQuery)
        assert q.title and len(q.description) > 30, q.name
        assert "ORDER BY" in q.text, q.name
        assert q.path is None
    by_name = {q.name: q for q in qs}
    assert by_name["neighbourhood"].params == {
        "actor": "label of the actor, any of its names, case-insensitive"
    }
    assert by_name["neighbourhood"].required_params() == ["actor"]
    assert set(by_name["evidence"].params) == {"subject", "predicate", "object"}
    assert by_name["evidence"].required_params() == []
    # continuation lines are joined
    assert "case-insensitive" in by_name["members"].params["group"]
    assert "denied" in by_name["mediators"].description


@pytest.mark.parametrize("name", sorted(BUNDLED - {"neighbourhood"}))
def test_every_bundled_query_runs_the_same_on_every_graph(name, ds, union, ds_with_ontology, ds_plain):
    results = [run(g, name) for g in (ds, union, ds_with_ontology, ds_plain)]
    assert results[0].type == "SELECT"
    assert len(results[0].rows) > 0
    assert results[0].rows == results[1].rows == results[2].rows == results[3].rows


def test_mediators(graph):
    r = run(graph, "mediators")
    assert r.vars[:4] == ["mediator", "mediatorLabel", "mediated", "mediatedLabel"]
    assert labels(r, "mediatorLabel", "mediatedLabel", "mediatedType", "statements", "documents") == [
        ("Russia", "2020 Nagorno-Karabakh ceasefire agreement", "Agreement", 1, 1),
        ("Russia", "Libya ceasefire agreement", "Agreement", 1, 1),
        ("Turkey", "Libya ceasefire agreement", "Agreement", 1, 1),
    ]
    assert r.rows[0][0] == actor("russia")


def test_guarantors(graph):
    r = run(graph, "guarantors")
    assert labels(r, "guarantorLabel", "guaranteedLabel", "statements") == [
        ("Turkey", "Azerbaijan", 1)
    ]


def test_withdrawals_exclude_hypothetical(graph):
    r = run(graph, "withdrawals")
    # Haftar "declined to discuss any possible withdrawal" from Tripoli: hypothetical, not listed
    assert labels(r, "actorLabel", "fromLabel", "fromType", "statements", "firstDate") == [
        ("Armenia", "Nagorno-Karabakh", "Location", 1, "2020-12-01")
    ]


def test_deployments(graph):
    r = run(graph, "deployments")
    assert labels(r, "actorLabel", "toLabel", "toType", "statements", "firstDate") == [
        ("Russia", "Nagorno-Karabakh", "Location", 1, None)
    ]


def test_signatories(graph):
    r = run(graph, "signatories")
    assert labels(r, "agreementLabel", "date", "placeLabel", "signatoryLabel", "signatoryType") == [
        ("2020 Nagorno-Karabakh ceasefire agreement", "2020-11-09", "Moscow", "Nikol Pashinyan", "Person"),
        ("2020 Nagorno-Karabakh ceasefire agreement", "2020-11-09", "Moscow", "Vladimir Putin", "Person"),
        ("Libya ceasefire agreement", "2020-01-13", None, "Government of National Accord", "Government"),
    ]  # Haftar "did not sign": not a signatory


def test_supporters(graph):
    r = run(graph, "supporters")
    assert labels(r, "supporterLabel", "supportedLabel", "firstDate") == [
        ("Turkey", "Government of National Accord", "2020-01")
    ]


def test_opposition_includes_criticism(graph):
    r = run(graph, "opposition")
    assert labels(r, "opponentLabel", "relation", "opposedLabel", "statements") == [
        ("Khalifa Haftar", "opposes", "Government of National Accord", 1),
        ("Khalifa Haftar", "criticizes", "Turkey", 1),
    ]


def test_actors(graph):
    r = run(graph, "actors")
    rows = labels(r, "label", "actorType", "documents", "wikidata")
    assert len(rows) == 15
    assert rows[0] == ("2020 Nagorno-Karabakh ceasefire agreement", "Agreement", 1, None)
    assert ("Russia", "State", 2, "http://www.wikidata.org/entity/Q159") in rows
    assert ("Moscow", "Location", 2, "http://www.wikidata.org/entity/Q649") in rows
    assert ("OSCE Minsk Group", "NegotiationFormat", 1, None) in rows
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)


def test_actors_by_type(graph):
    r = run(graph, "actors", type="person")
    assert labels(r, "label") == [("Khalifa Haftar",), ("Nikol Pashinyan",), ("Vladimir Putin",)]


def test_relations(graph):
    r = run(graph, "relations")
    rows = labels(r, "subjectLabel", "relation", "objectLabel", "statements", "documents")
    assert len(rows) == 19
    assert ("Russia", "negotiatesWith", "Turkey", 2, 2) in rows
    assert ("Vladimir Putin", "leads", "Russia", 1, 1) in rows
    # negated and hypothetical claims make no direct triple
    assert not any(row[1] == "partyTo" for row in rows)
    assert not any(row[0] == "Khalifa Haftar" and row[1] == "signs" for row in rows)
    assert rows[0] == ("Armenia", "withdrawsFrom", "Nagorno-Karabakh", 1, 1)


def test_neighbourhood_by_alias_case_insensitive(graph):
    r = run(graph, "neighbourhood", actor="PUTIN")
    assert labels(r, "nodeLabel", "direction", "relation", "otherLabel") == [
        ("Vladimir Putin", "out", "leads", "Russia"),
        ("Vladimir Putin", "out", "signs", "2020 Nagorno-Karabakh ceasefire agreement"),
    ]


def test_neighbourhood_in_and_out(graph):
    r = run(graph, "neighbourhood", actor="turkey")
    rows = labels(r, "direction", "relation", "otherLabel", "statements")
    assert rows == [
        ("out", "guarantees", "Azerbaijan", 1),
        ("out", "mediates", "Libya ceasefire agreement", 1),
        ("out", "participatesIn", "Moscow ceasefire talks", 1),
        ("out", "supports", "Government of National Accord", 1),
        ("in", "criticizes", "Khalifa Haftar", 1),
        ("in", "negotiatesWith", "Russia", 2),
    ]


def test_neighbourhood_ambiguous_name(graph):
    # "Moscow" is a city and, in one document, a name for Russia
    r = run(graph, "neighbourhood", actor="Moscow")
    assert {row[0] for row in labels(r, "nodeLabel")} == {"Russia"}
    assert run(graph, "neighbourhood", actor="Atlantis").rows == []


def test_neighbourhood_needs_actor(ds):
    with pytest.raises(QueryError, match="needs parameter actor"):
        run(ds, "neighbourhood")


def test_evidence_all(graph):
    r = run(graph, "evidence")
    assert r.vars == ["statement", "subjectLabel", "relation", "objectLabel", "sentence", "document",
                      "start", "end", "confidence", "modality", "rule", "date"]
    assert len(r.rows) == 23
    first = r.dicts()[0]
    assert str(first["document"]) == "001_1f2891469bc42988" and first["start"].toPython() == 146
    assert first["confidence"].datatype == URIRef(XSD + "decimal")


def test_evidence_params(graph):
    r = run(graph, "evidence", predicate="SIGNS")
    assert labels(r, "subjectLabel", "objectLabel", "modality", "start", "end", "rule", "date") == [
        ("Nikol Pashinyan", "2020 Nagorno-Karabakh ceasefire agreement", "Asserted", 379, 625,
         "signs.passive-by-list", "2020-11-09"),
        ("Vladimir Putin", "2020 Nagorno-Karabakh ceasefire agreement", "Asserted", 379, 625,
         "signs.passive-by-list", "2020-11-09"),
        ("Government of National Accord", "Libya ceasefire agreement", "Reported", 2503, 2746,
         "signs.reported-speech", None),
        ("Khalifa Haftar", "Libya ceasefire agreement", "Negated", 2503, 2746, "signs.negated",
         "2020-01-14"),
    ]
    r = run(graph, "evidence", subject="haftar", object="GNA")
    assert labels(r, "relation", "confidence") == [("opposes", 0.5)]
    r = run(graph, "evidence", subject="Russia", predicate="negotiatesWith", object="Ankara")
    assert labels(r, "document") == [("001_1f2891469bc42988",), ("004_5df7de5c9557c8ee",)]
    assert run(graph, "evidence", predicate="attacks").rows == []


def test_denied(graph):
    r = run(graph, "denied")
    assert labels(r, "subjectLabel", "relation", "objectLabel", "modality", "assertedElsewhere") == [
        ("Turkey", "partyTo", "2020 Nagorno-Karabakh ceasefire agreement", "Negated", False),
        ("Khalifa Haftar", "withdrawsFrom", "Tripoli", "Hypothetical", False),
        ("Khalifa Haftar", "signs", "Libya ceasefire agreement", "Negated", False),
    ]
    assert "did not sign" in str(r.dicts()[2]["sentence"])


def test_timeline(graph):
    r = run(graph, "timeline")
    rows = labels(r, "date", "subjectLabel", "relation", "modality")
    assert rows == [
        ("2020-01", "Turkey", "supports", "Asserted"),
        ("2020-01-13", "Russia", "participatesIn", "Asserted"),
        ("2020-01-13", "Turkey", "participatesIn", "Asserted"),
        ("2020-01-14", "Khalifa Haftar", "signs", "Negated"),
        ("2020-11-09", "Nikol Pashinyan", "signs", "Asserted"),
        ("2020-11-09", "Vladimir Putin", "signs", "Asserted"),
        ("2020-12-01", "Armenia", "withdrawsFrom", "Planned"),
    ]
    assert r.dicts()[0]["date"].datatype == URIRef(XSD + "gYearMonth")


def test_members(graph):
    r = run(graph, "members")
    assert labels(r, "organisationLabel", "organisationType", "relation", "memberLabel") == [
        ("Moscow ceasefire talks", "Meeting", "participatesIn", "Russia"),
        ("Moscow ceasefire talks", "Meeting", "participatesIn", "Turkey"),
        ("OSCE Minsk Group", "NegotiationFormat", "memberOf", "Russia"),
    ]
    r = run(graph, "members", group="minsk group")
    assert labels(r, "organisationLabel", "memberLabel") == [("OSCE Minsk Group", "Russia")]


# --- loading queries -------------------------------------------------------------------------


def test_load_query_kinds(tmp_path, monkeypatch):
    assert isinstance(load_query("mediators"), NamedQuery)
    inline = "SELECT ?s WHERE { ?s ?p ?o }"
    assert load_query(inline) == inline
    assert load_query("DESCRIBE <https://w3id.org/conflict-kg/resource/actor/russia>").startswith(
        "DESCRIBE"
    )
    f = tmp_path / "who.rq"
    f.write_text(
        "# title: Who\n# description: all labels\n# param name: optional; a label\n"
        "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(!BOUND(?name) || ?l = ?name) } ORDER BY ?s\n",
        encoding="utf-8",
    )
    q = load_query(str(f))
    assert isinstance(q, NamedQuery)
    assert (q.name, q.title, q.description, q.params, q.path) == (
        "who", "Who", "all labels", {"name": "optional; a label"}, str(f)
    )
    # a bare name that is a file in the working directory
    monkeypatch.chdir(tmp_path)
    (tmp_path / "myquery").write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert load_query("myquery").text == "ASK { ?s ?p ?o }"


def test_file_query_runs_with_param(tmp_path, ds):
    f = tmp_path / "who.rq"
    f.write_text(
        "# param name: optional; a label\n"
        "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(?l = ?name) } ORDER BY ?s\n",
        encoding="utf-8",
    )
    r = run_query(ds, load_query(str(f)), {"name": "Tripoli"})
    assert r.rows == [(actor("tripoli"),)]
    with pytest.raises(QueryError, match=r"unknown parameter 'nme' \(allowed: name\)"):
        run_query(ds, load_query(str(f)), {"nme": "Tripoli"})


def test_unknown_query_name_lists_bundled():
    with pytest.raises(QueryError) as e:
        load_query("mediator")
    msg = str(e.value)
    assert "unknown query 'mediator'" in msg
    for name in BUNDLED:
        assert name in msg


@pytest.mark.parametrize("spec", ["missing.rq", "queries/missing.rq", "/no/such/dir/q.sparql"])
def test_missing_query_file(spec):
    with pytest.raises(QueryError, match=f"no such query file: {spec}"):
        load_query(spec)


def test_empty_query():
    with pytest.raises(QueryError, match="empty query"):
        load_query("   ")


# --- running ---------------------------------------------------------------------------------


def test_params_are_plain_literals(ds):
    q = "SELECT ?a WHERE { ?a rdfs:label ?name } ORDER BY ?a"
    r = run_query(ds, q, {"name": "Turkey"})
    assert r.rows == [(actor("turkey"),)]


def test_unknown_param_names_allowed_ones(ds):
    with pytest.raises(QueryError) as e:
        run_query(ds, load_query("evidence"), {"subjekt": "Russia"})
    assert str(e.value) == "unknown parameter 'subjekt' (allowed: subject, predicate, object)"
    with pytest.raises(QueryError, match="this query takes no parameters"):
        run_query(ds, load_query("mediators"), {"actor": "Russia"})
    with pytest.raises(QueryError, match=r"allowed: name, s"):
        run_query(ds, "SELECT ?s WHERE { ?s rdfs:label ?name }", {"x": "1"})


@pytest.mark.parametrize(
    "text,line,col",
    [
        ("SELECT ?x WHERE {\n  ?x a kgo:State .\n  FILTER(?x = )\n}", 3, 3),
        ("SELECT ?x WHERE {\n  ?x a kgo:State\n", 3, 1),
        ("SELEC ?x WHERE { ?x ?p ?o }", 1, 1),
    ],
)
def test_syntax_error_has_line_and_column(ds, text, line, col):
    with pytest.raises(QueryError) as e:
        run_query(ds, text)
    msg = str(e.value)
    assert f"line {line}, column {col}" in msg
    assert "\n" not in msg


def test_unknown_prefix(ds):
    with pytest.raises(QueryError, match="foo"):
        run_query(ds, "SELECT ?x WHERE { ?x a foo:Bar }")


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "PREFIX kgo: <https://w3id.org/conflict-kg/ontology#>\n"
        "DELETE { ?s kgo:signs ?o } INSERT { ?o kgo:signs ?s } WHERE { ?s kgo:signs ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <https://w3id.org/conflict-kg/resource/graph/build>",
    ],
)
def test_updates_are_refused(ds, update):
    before = len(ds)
    with pytest.raises(QueryError, match="update queries are not allowed"):
        run_query(ds, update)
    assert len(ds) == before


def test_service_and_from_are_refused(ds):
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        run_query(ds, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="FROM"):
        run_query(ds, "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?a ?b ?c # x\r SERVICE <http://127.0.0.1:9/> { ?x ?y ?z }\n }",
    "SELECT * WHERE { #\rservice<http://127.0.0.1:9/>{ ?x ?y ?z } }",
    "PREFIX q: <http://127.0.0.1:9/> SELECT * WHERE { ?a ?b ?c # \r SERVICE q:x { ?x ?y ?z }\n }",
])
def test_service_hidden_from_the_checker_is_refused_by_the_engine(ds, query):
    """Oxigraph, which runs the query, reads a SERVICE that rdflib's view of the text does not
    show: refused (``check_engine``), also on the library path."""
    with pytest.raises(QueryError, match="SERVICE is not allowed"):
        run_query(ds, query)


def test_a_lone_carriage_return_ends_a_comment_for_both_parsers(ds):
    """rdflib reads the text with its line ends as Oxigraph does: what follows a comment ended by
    a carriage return is part of the query for both (here: a FILTER that leaves no row)."""
    r = run_query(ds, "SELECT * WHERE { ?s ?p ?o # x\r FILTER(false) \n }")
    assert r.rows == []
    r = run_query(ds, "SELECT ?o WHERE { ?s ?p ?o # ?o\r FILTER(?o = ?want) \n } LIMIT 1", {"want": "Russia"})
    assert [str(x[0]) for x in r.rows] == ["Russia"]


def test_parsing_is_safe_across_threads(ds):
    """rdflib's parser is not thread-safe: kg parses one query at a time, so 64 threads that each
    parse and run their own query all get their own answer."""
    from concurrent.futures import ThreadPoolExecutor

    from kg.store.sparql import prepare

    def one(i: int):
        text = f"SELECT ?x{i} WHERE {{ BIND({i} AS ?x{i}) FILTER(?x{i} >= 0) }}"
        prepare(text)
        return run_query(ds, text).rows[0][0].toPython()

    with ThreadPoolExecutor(64) as ex:
        assert list(ex.map(one, range(256))) == list(range(256))


def test_graph_keyword_reads_one_named_graph(ds):
    q = """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
        GRAPH <https://w3id.org/conflict-kg/resource/graph/004_5df7de5c9557c8ee> {
            ?a kgo:mentionedIn ?d } }"""
    assert run_query(ds, q).rows[0][0].toPython() == 8


def test_ask_construct_describe(ds):
    assert run_query(ds, "ASK { ?s kgo:mediates ?o }").boolean is True
    assert run_query(ds, "ASK { ?s kgo:attacks ?o }").boolean is False
    c = run_query(ds, "CONSTRUCT { ?o kgo:mediatedBy ?s } WHERE { ?s kgo:mediates ?o }")
    assert c.type == "CONSTRUCT" and len(c) == 3
    d = run_query(ds, f"DESCRIBE <{actor('tripoli')}>")
    assert d.type == "DESCRIBE"
    assert (actor("tripoli"), rdflib.RDFS.label, Literal("Tripoli")) in d.graph


# --- formats ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def evidence(ds) -> QueryResult:
    return run(ds, "evidence", predicate="signs")


def test_format_registry():
    assert set(TABULAR_FORMATS) == {"table", "csv", "tsv", "json", "xml"}
    assert {"turtle", "ntriples", "jsonld"} <= set(GRAPH_FORMATS)
    assert set(FORMATS) == set(TABULAR_FORMATS) | set(GRAPH_FORMATS)


def test_json_is_w3c_and_round_trips(evidence):
    text = format_result(evidence, "json")
    data = json.loads(text)
    assert data["head"]["vars"] == evidence.vars
    bindings = data["results"]["bindings"]
    assert len(bindings) == 4
    b = bindings[0]
    assert b["statement"]["type"] == "uri"
    assert b["subjectLabel"] == {"type": "literal", "value": "Nikol Pashinyan"}
    assert b["start"] == {"type": "literal", "value": "379", "datatype": XSD + "integer"}
    assert b["confidence"]["datatype"] == XSD + "decimal"
    assert b["date"] == {"type": "literal", "value": "2020-11-09", "datatype": XSD + "date"}
    assert "date" not in bindings[2]  # unbound: left out
    for binding in bindings:
        for term in binding.values():
            assert term["type"] in {"uri", "literal", "bnode"} and isinstance(term["value"], str)
    parsed = Result.parse(io.StringIO(text), format="json")
    assert [str(v) for v in parsed.vars] == evidence.vars
    assert [tuple(row) for row in parsed] == evidence.rows


def test_xml_round_trips(evidence):
    text = format_result(evidence, "xml")
    assert text.startswith('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">')
    parsed = Result.parse(io.BytesIO(text.encode("utf-8")), format="xml")
    assert [str(v) for v in parsed.vars] == evidence.vars
    assert [tuple(row) for row in parsed] == evidence.rows


def test_tsv_round_trips(evidence):
    text = format_result(evidence, "tsv")
    header, first = text.splitlines()[:2]
    assert header.split("\t")[:2] == ["?statement", "?subjectLabel"]
    assert first.split("\t")[1] == '"Nikol Pashinyan"'
    assert first.split("\t")[6] == "379"  # an xsd:integer in the short form W3C TSV allows
    parsed = Result.parse(io.StringIO(text), format="tsv")
    assert [tuple(row) for row in parsed] == evidence.rows


def test_csv_plain_values_and_round_trip(evidence):
    text = format_result(evidence, "csv")
    lines = text.split("\r\n")
    assert lines[0] == ",".join(evidence.vars)
    assert lines[1].startswith(f"{KGR}statement/")
    assert ",379,625,0.9,Asserted," in lines[1]
    parsed = list(Result.parse(io.StringIO(text), format="csv"))
    assert len(parsed) == 4
    # CSV keeps no datatypes: values come back as plain strings, IRIs as IRIs
    assert parsed[0][0] == evidence.rows[0][0]
    assert [str(t) if t is not None else None for t in parsed[0]] == [
        str(t) if t is not None else None for t in evidence.rows[0]
    ]


def test_ask_formats():
    yes = QueryResult("ASK", boolean=True)
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}
    assert Result.parse(io.StringIO(format_result(yes, "json")), format="json").askAnswer is True
    xml = format_result(QueryResult("ASK", boolean=False), "xml")
    assert Result.parse(io.BytesIO(xml.encode()), format="xml").askAnswer is False
    assert format_result(yes, "table") == "true\n"
    assert format_result(yes, "csv") == "true\n"  # as pyoxigraph writes it (W3C defines no CSV for ASK)
    assert format_result(yes, "tsv") == "true\n"


def test_table(ds):
    r = run(ds, "guarantors")
    lines = format_result(r, "table").splitlines()
    assert lines[0].split() == r.vars
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].split()[:4] == ["kga:turkey", "Turkey", "kga:azerbaijan", "Azerbaijan"]
    assert lines[-1] == "(1 row)"
    # columns are aligned: each column starts at the same offset in every line
    starts = [m.start() for m in re.finditer(r"-+", lines[1])]
    assert len(starts) == len(r.vars)
    for line in (lines[0], lines[2]):
        for s in starts[1:]:
            if s < len(line):  # trailing empty cells are stripped
                assert line[s - 2 : s] == "  " and line[s] != " "


def test_table_cuts_long_cells_and_flattens_newlines():
    r = QueryResult("SELECT", ["s"], [(Literal("a\nb " + "x" * 200),)])
    line = format_result(r, "table").splitlines()[2]
    assert line.startswith("a b x") and line.endswith("…") and len(line) == 80
    assert format_result(QueryResult("SELECT", ["s"], []), "table").splitlines()[-1] == "(0 rows)"


def test_special_characters_round_trip():
    tricky = Literal('quote " tab \t newline \n comma , backslash \\ “curly”')
    r = QueryResult("SELECT", ["x", "y"], [(tricky, URIRef("urn:a")), (None, Literal("é", lang="fr"))])
    for fmt in ("json", "tsv"):
        parsed = Result.parse(io.StringIO(format_result(r, fmt)), format=fmt)
        assert [tuple(row) for row in parsed] == r.rows, fmt
    parsed = Result.parse(io.BytesIO(format_result(r, "xml").encode()), format="xml")
    assert [tuple(row) for row in parsed] == r.rows
    parsed = list(Result.parse(io.StringIO(format_result(r, "csv")), format="csv"))
    assert str(parsed[0][0]) == str(tricky)


def test_construct_formats_round_trip(ds):
    c = run_query(ds, "CONSTRUCT { ?s kgo:signs ?o . ?s rdfs:label ?l } WHERE { ?s kgo:signs ?o ; rdfs:label ?l }")
    assert len(c) == 6
    for fmt, parse_as in [("turtle", "turtle"), ("table", "turtle"), ("ntriples", "nt"),
                          ("jsonld", "json-ld")]:
        back = rdflib.Graph().parse(data=format_result(c, fmt), format=parse_as)
        assert rdflib.compare.isomorphic(back, c.graph), fmt
    assert "@prefix kgo: <https://w3id.org/conflict-kg/ontology#> ." in format_result(c, "turtle")
    nt = format_result(c, "ntriples").splitlines()
    assert nt == sorted(nt) and len(nt) == 6
    # the result formats give one row per triple: subject, predicate, object
    for fmt in ("json", "xml", "tsv", "csv"):
        text = format_result(c, fmt)
        source = io.BytesIO(text.encode()) if fmt == "xml" else io.StringIO(text)
        parsed = Result.parse(source, format=fmt)
        assert [str(v) for v in parsed.vars] == ["subject", "predicate", "object"], fmt
        rows = [tuple(r) for r in parsed]
        assert len(rows) == 6 and rows == sorted(rows), fmt
        if fmt != "csv":
            assert set(rows) == set(c.graph), fmt
    assert format_result(c, "tsv").splitlines()[0] == "?subject\t?predicate\t?object"


def test_unknown_and_mismatched_formats(evidence):
    with pytest.raises(QueryError) as e:
        format_result(evidence, "yaml")
    assert "unknown format 'yaml'" in str(e.value)
    for f in ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld"):
        assert f in str(e.value)
    with pytest.raises(QueryError, match="for CONSTRUCT and DESCRIBE results"):
        format_result(evidence, "turtle")


def test_output_is_deterministic(ds, union, evidence):
    for fmt in TABULAR_FORMATS:
        a = format_result(run(ds, "relations"), fmt)
        b = format_result(run(union, "relations"), fmt)
        assert a == b, fmt
        assert format_result(evidence, fmt) == format_result(evidence, fmt)


def test_output_is_deterministic_across_processes():
    """Same output whatever the hash seed (set and dict orders must not leak into results)."""
    code = (
        "import rdflib, sys\n"
        "from kg.store.sparql import load_query, run_query, format_result\n"
        f"d = rdflib.Dataset(default_union=True); d.parse({str(MINI)!r}, format='trig')\n"
        "out = [format_result(run_query(d, q), 'json') for q in load_query.__globals__['list_queries']()"
        " if not q.required_params()]\n"
        "c = run_query(d, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . FILTER(isIRI(?s)) }')\n"
        "out += [format_result(c, f) for f in ('turtle', 'ntriples', 'jsonld', 'xml')]\n"
        "sys.stdout.write('\\n'.join(out))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, check=True)
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 10000


def test_construct_results_of_odd_text_keep_one_triple_a_line():
    """A literal with line separators (U+2028, U+0085, ...) in a CONSTRUCT result: N-Triples keeps
    one triple a line (whatever splits lines), and every format reads back the same literal."""
    import pyoxigraph as ox

    odd = "a\u2028b\u2029c\x85d\x0be\x0cf\r\ng\rh"
    g = rdflib.Graph()
    g.add((URIRef("urn:s"), URIRef("urn:p"), Literal(odd)))
    g.add((URIRef("urn:s"), URIRef("urn:q"), Literal("plain")))
    r = run_query(g, "CONSTRUCT WHERE { ?s ?p ?o }")
    nt = format_result(r, "ntriples")
    assert len(nt.splitlines()) == 2
    for fmt, oxfmt in (("ntriples", ox.RdfFormat.N_TRIPLES), ("turtle", ox.RdfFormat.TURTLE),
                       ("jsonld", ox.RdfFormat.JSON_LD)):
        back = {t.object.value for t in ox.parse(format_result(r, fmt).encode(), format=oxfmt)}
        assert back == {odd, "plain"}, fmt


def test_every_query_runs_on_oxigraph_never_on_rdflib(tmp_path, monkeypatch) -> None:
    """kg query --graph FILE loads the file into an in-memory Oxigraph store; an rdflib graph given to
    run_query is copied into one. rdflib's own evaluation is never used, and kg patches nothing into it."""
    import pyoxigraph as ox
    from rdflib.plugins.sparql import CUSTOM_EVALS
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.store.store import memory_store

    def refuse(*args, **kwargs):
        raise AssertionError("rdflib evaluated a query")

    monkeypatch.setattr(rdflib.Graph, "query", refuse)
    store = memory_store(MINI)
    assert isinstance(store, ox.Store)
    assert len(run(store, "mediators")) == len(run(rdflib.Dataset().parse(MINI, format="trig"), "mediators")) > 0
    r = CliRunner().invoke(app, ["query", "mediators", "--graph", str(MINI), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert len(r.stdout.splitlines()) == len(run(store, "mediators")) + 1  # the header and a line a row
    assert not [k for k in CUSTOM_EVALS if "kg" in str(k).lower()]


def test_memory_store_default_graph_is_the_union_of_the_named_graphs(ds) -> None:
    import pyoxigraph as ox

    from kg.store.store import memory_store

    store = memory_store(MINI)
    named = {q.triple for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}
    default = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert default == named and len(default) == len(set(ds.triples((None, None, None)))) > 0
