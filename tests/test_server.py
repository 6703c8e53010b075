"""kg serve: the SPARQL 1.1 Protocol over real HTTP on 127.0.0.1 (SPARQLWrapper, rdflib's
SPARQLStore, plain requests), the graph page, the exports, and what is refused."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from kg.pipeline import build
from kg.store.server import make_server, serve_in_thread

HOST = "127.0.0.1"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    out = tmp_path_factory.mktemp("served")
    build(None, out)
    srv = make_server(out, HOST, 0, timeout=2.0, max_rows=50)
    assert srv.server_address[0] == HOST
    thread = serve_in_thread(srv)
    yield srv, out
    srv.shutdown()
    srv.server_close()
    thread.join(10)


def _get(url: str, headers: dict[str, str] | None = None, data: bytes | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with OPENER.open(req, timeout=20) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def _q(srv, query: str, **params: str) -> str:
    return srv.url + "sparql?" + urllib.parse.urlencode({"query": query, **params})


def test_sparqlwrapper_select_json_and_xml(server) -> None:
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    srv, _ = server
    sw = SPARQLWrapper(srv.url + "sparql")
    sw.setQuery("PREFIX kgo: <https://w3id.org/conflict-kg/ontology#> "
                "SELECT ?a WHERE { ?a a kgo:State } ORDER BY ?a LIMIT 5")
    sw.setReturnFormat(JSON)
    data = sw.query().convert()
    assert data["head"]["vars"] == ["a"] and len(data["results"]["bindings"]) == 5
    sw.setReturnFormat(XML)
    sw.setMethod("POST")
    doc = sw.query().convert()
    assert len(doc.getElementsByTagName("result")) == 5


def test_sparqlwrapper_construct_turtle_and_jsonld(server) -> None:
    from SPARQLWrapper import JSONLD, TURTLE, SPARQLWrapper

    srv, _ = server
    sw = SPARQLWrapper(srv.url + "sparql")
    sw.setQuery("CONSTRUCT { ?a <urn:label> ?l } WHERE { ?a a kgo:State ; rdfs:label ?l }")
    sw.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) > 10
    sw.setReturnFormat(JSONLD)
    g2 = sw.query().convert()
    assert len(g2) == len(g)


def test_rdflib_sparqlstore(server) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    srv, _ = server
    store = SPARQLStore(srv.url + "sparql", returnFormat="json")
    g = rdflib.Graph(store=store)
    rows = list(g.query("SELECT ?l WHERE { <https://w3id.org/conflict-kg/resource/actor/russia> "
                        "<http://www.w3.org/2000/01/rdf-schema#label> ?l }"))
    assert [str(r[0]) for r in rows] == ["Russia"]
    assert g.query("ASK { ?s ?p ?o }").askAnswer is True


@pytest.mark.parametrize("fmt,ctype", [("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml"),
                                       ("csv", "text/csv"), ("tsv", "text/tab-separated-values")])
def test_select_formats_by_parameter_and_accept(server, fmt: str, ctype: str) -> None:
    srv, _ = server
    q = "SELECT ?l WHERE { ?a a kgo:State ; rdfs:label ?l } ORDER BY ?l LIMIT 3"
    status, got, body = _get(_q(srv, q, format=fmt))
    assert status == 200 and got.startswith(ctype)
    status2, got2, body2 = _get(_q(srv, q), {"Accept": ctype})
    assert status2 == 200 and got2.startswith(ctype) and body2 == body
    res = rdflib.query.Result.parse(__import__("io").BytesIO(body), format=fmt)
    assert len(list(res)) == 3


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_construct_formats(server, fmt: str, parser: str) -> None:
    srv, _ = server
    status, _, body = _get(_q(srv, "DESCRIBE <https://w3id.org/conflict-kg/resource/actor/russia>", format=fmt))
    assert status == 200
    assert len(rdflib.Graph().parse(data=body.decode(), format=parser)) > 3


def test_post_forms(server) -> None:
    srv, _ = server
    q = "ASK { ?s a kgo:Document }"
    status, _, body = _get(srv.url + "sparql", {"Content-Type": "application/sparql-query",
                                                "Accept": "application/sparql-results+json"}, q.encode())
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = _get(srv.url + "sparql", {"Content-Type": "application/x-www-form-urlencoded"},
                           urllib.parse.urlencode({"query": q}).encode())
    assert status == 200 and json.loads(body)["boolean"] is True


def test_updates_and_service_are_refused(server) -> None:
    srv, out = server
    status, _, body = _get(_q(srv, "INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
    assert status == 403 and b"not allowed" in body
    status, _, _ = _get(srv.url + "sparql", {"Content-Type": "application/sparql-update"}, b"CLEAR ALL")
    assert status == 403
    status, _, _ = _get(srv.url + "sparql", {"Content-Type": "application/x-www-form-urlencoded"}, b"update=CLEAR+ALL")
    assert status == 403
    status, _, body = _get(_q(srv, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"))
    assert status == 403 and b"SERVICE" in body
    status, _, _ = _get(srv.url + "exports/graph.ttl", data=b"x", method="PUT")
    assert status == 403
    status, _, body = _get(_q(srv, "ASK { <urn:a> <urn:b> <urn:c> }", format="json"))
    assert json.loads(body)["boolean"] is False


def test_bad_query_is_400_with_the_parser_message(server) -> None:
    srv, _ = server
    status, _, body = _get(_q(srv, "SELECT ?x WHERE { ?x a kgo:State "))
    assert status == 400 and b"SPARQL syntax error" in body
    status, _, _ = _get(srv.url + "sparql")
    assert status == 400


def test_limits(server) -> None:
    srv, _ = server
    status, _, body = _get(_q(srv, "SELECT * WHERE { ?s ?p ?o }"))
    assert status == 500 and b"too large: more than 50 rows" in body
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    status, _, body = _get(_q(srv, slow))
    assert status == 503 and b"timed out after 2 s" in body


def test_graph_page_and_exports(server) -> None:
    srv, out = server
    status, ctype, body = _get(srv.url)
    assert status == 200 and ctype.startswith("text/html") and body == (out / "graph.html").read_bytes()
    status, ctype, body = _get(srv.url + "exports/graph.ttl")
    assert status == 200 and ctype.startswith("text/turtle") and body == (out / "graph.ttl").read_bytes()
    status, _, body = _get(srv.url + "exports/")
    assert status == 200 and b"nodes.csv" in body
    for bad in ("exports/../graph.ttl", "exports/store", "exports/nonesuch.csv", "nothing"):
        assert _get(srv.url + bad)[0] == 404


def test_not_acceptable(server) -> None:
    srv, _ = server
    status, _, _ = _get(_q(srv, "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), {"Accept": "image/png"})
    assert status == 406


def test_queries_at_once_are_capped(tmp_path) -> None:
    """A query past its time limit keeps running in Oxigraph and keeps its slot: with every slot
    taken, a query gets 503 and Retry-After at once."""
    build(None, tmp_path)
    srv = make_server(tmp_path, HOST, 0, timeout=0.5, max_rows=50, max_queries=1)
    thread = serve_in_thread(srv)
    try:
        quick = "ASK { ?s ?p ?o }"
        assert _get(_q(srv, quick))[0] == 200  # the slot is given back after a query
        assert _get(_q(srv, quick))[0] == 200
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
        status, _, body = _get(_q(srv, slow))
        assert status == 503 and b"timed out after 0.5 s" in body
        req = urllib.request.Request(_q(srv, quick))
        with pytest.raises(urllib.error.HTTPError) as e:
            OPENER.open(req, timeout=20)
        assert e.value.code == 503 and e.value.headers.get("Retry-After") == "5"
        assert b"busy" in e.value.read()
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(10)
