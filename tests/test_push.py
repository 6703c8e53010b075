"""kg push: the graph sent to a real `oxigraph serve` (started here on a free loopback port, stopped
by its process id) over the SPARQL 1.1 Graph Store Protocol; refusals and a down endpoint."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import PushError
from kg.pipeline import build
from kg.store.push import push_dataset
from kg.graph.rdf import parse_rdf, union_graph

runner = CliRunner()
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pushed")
    build(None, out, formats=["trig", "turtle"])
    return out


@pytest.fixture
def oxigraph(tmp_path: Path):
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph; it is in the test extras)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxi"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with OPENER.open(base + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=2):
                break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("oxigraph serve did not start")
            time.sleep(0.1)
    yield base
    os.kill(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)


def _select(base: str, query: str) -> list[dict]:
    req = urllib.request.Request(base + "/query", data=query.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    with OPENER.open(req, timeout=30) as r:
        return json.loads(r.read())["results"]["bindings"]


def _count(base: str, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
    return int(_select(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"]["value"])


def test_push_each_named_graph_then_replace(built: Path, oxigraph: str) -> None:
    ds = parse_rdf(built / "graph.trig")
    expected = sum(len(c) for c in ds.graphs() if len(c))
    r = runner.invoke(app, ["push", "--endpoint", oxigraph + "/store", "-o", str(built)])
    assert r.exit_code == 0, r.output
    assert _count(oxigraph) == expected
    rows = _select(oxigraph, "SELECT ?l WHERE { GRAPH ?g { <https://w3id.org/conflict-kg/resource/actor/russia> "
                             "<http://www.w3.org/2000/01/rdf-schema#label> ?l } } LIMIT 1")
    assert rows[0]["l"]["value"] == "Russia"
    # pushing again replaces (PUT): nothing doubles
    push_dataset(ds, oxigraph + "/store")
    assert _count(oxigraph) == expected


def test_push_into_one_graph_and_merge(built: Path, oxigraph: str) -> None:
    ds = parse_rdf(built / "graph.trig")
    target = "https://example.org/graphs/conflicts"
    union = union_graph(ds)
    r = runner.invoke(app, ["push", "--endpoint", oxigraph + "/store", "--graph", target, "--from", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert _count(oxigraph, target) == len(union)
    # merge adds to what is there
    from rdflib import Dataset, URIRef

    extra = Dataset()
    extra.graph(URIRef("urn:x")).add((URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")))
    res = push_dataset(extra, oxigraph + "/store", graph_iri=target, merge=True)
    assert res.method == "POST"
    assert _count(oxigraph, target) == len(union) + 1
    # and a PUT replaces it again
    push_dataset(extra, oxigraph + "/store", graph_iri=target)
    assert _count(oxigraph, target) == 1


def test_push_to_a_refusing_endpoint_says_so(built: Path, oxigraph: str) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in built.iterdir()}
    # /query is the SPARQL query service: it does not take graphs
    r = runner.invoke(app, ["push", "--endpoint", oxigraph + "/query", "-o", str(built)])
    assert r.exit_code == 1
    assert r.stderr.count("\n") == 1 and "refused" in r.stderr and "HTTP 4" in r.stderr
    assert {p.name: p.stat().st_mtime_ns for p in built.iterdir()} == before


def test_push_to_a_down_endpoint_says_so(built: Path) -> None:
    port = _free_port()  # nothing listens there
    r = runner.invoke(app, ["push", "--endpoint", f"http://127.0.0.1:{port}/store", "-o", str(built)])
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert "is down or unreachable" in r.stderr and "nothing was sent" in r.stderr
    with pytest.raises(PushError, match="not an http"):
        push_dataset(parse_rdf(built / "graph.trig"), "ftp://127.0.0.1/x")


def test_push_a_file_without_graph_goes_to_the_default_graph(built: Path, oxigraph: str) -> None:
    """`--from graph.ttl` (triples in no named graph) fills the endpoint's default graph
    (Graph Store Protocol `?default`); no graph named after rdflib's internal default appears."""
    union = union_graph(parse_rdf(built / "graph.trig"))
    r = runner.invoke(app, ["push", "--endpoint", oxigraph + "/store", "--from", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert "in 1 graph replaced" in r.stdout
    default = int(_select(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"])
    assert default == len(union)
    assert _count(oxigraph) == 0  # no named graph at all, so none called urn:x-rdflib:default
    # a TriG file's named graphs still go to their names, and its default graph to the default graph
    trig = built / "mixed.trig"
    trig.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:g> { <urn:d> <urn:e> <urn:f> . }\n", "utf-8")
    res = push_dataset(parse_rdf(trig), oxigraph + "/store", merge=True)
    assert sorted(res.graphs) == ["default graph", "urn:g"]
    assert _count(oxigraph, "urn:g") == 1
    names = {b["g"]["value"] for b in _select(oxigraph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert names == {"urn:g"}
    assert int(_select(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"]) == len(union) + 1
