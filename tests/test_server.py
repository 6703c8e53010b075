"""kg serve: the SPARQL 1.1 Protocol over real HTTP on 127.0.0.1 (SPARQLWrapper, rdflib's
SPARQLStore, plain requests), the graph page, the exports, and what is refused."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from kg.errors import KGError
from kg.pipeline import build
from kg.store.server import make_server, serve_in_thread

HOST = "127.0.0.1"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


LOG: list[str] = []


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("served")
    build(None, out)
    return out


@pytest.fixture(scope="module")
def server(served):
    srv = make_server(served, HOST, 0, timeout=2.0, max_rows=50, log=LOG.append)
    assert srv.server_address[0] == HOST
    thread = serve_in_thread(srv)
    yield srv, served
    srv.shutdown()
    srv.server_close()
    thread.join(10)
    assert not any("Traceback" in line for line in LOG)


@contextlib.contextmanager
def serving(directory: Path, host: str = HOST, port: int = 0, **kw):
    """A server on ``directory`` in a thread, stopped (and its workers with it) on the way out."""
    srv = make_server(directory, host, port, **kw)
    thread = serve_in_thread(srv)
    try:
        yield srv
    finally:
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
    assert status == 400 and b"too large: more than 50 rows" in body
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    status, _, body = _get(_q(srv, slow))
    assert status == 503 and b"timed out after 2 s" in body
    status, _, body = _get(_q(srv, "ASK { ?s ?p ?o }", format="json"))
    assert status == 200 and json.loads(body)["boolean"] is True  # its worker was replaced


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


def test_queries_at_once_are_capped(served) -> None:
    """A query past its time limit has its worker killed (and replaced): it stops using the
    machine. With every worker taken, a query waits at most the time limit, then gets 503 and
    Retry-After."""
    with serving(served, timeout=1.0, max_rows=50, max_queries=1) as srv:
        quick = "ASK { ?s ?p ?o }"
        assert _get(_q(srv, quick))[0] == 200  # the worker is given back after a query
        assert _get(_q(srv, quick))[0] == 200
        first = srv.pool.pids()
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
        status, _, body = _get(_q(srv, slow))
        assert status == 503 and b"timed out after 1 s" in body
        (dead,) = first
        deadline = time.monotonic() + 30
        while _alive(dead) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(dead), "the worker of a timed-out query still runs"
        # a heavy query holds the only worker: a quick one is answered as soon as the heavy one
        # reaches its limit, not later
        results: list = []
        t = threading.Thread(target=lambda: results.append(_get(_q(srv, slow))))
        t.start()
        time.sleep(0.3)
        t0 = time.monotonic()
        assert _get(_q(srv, quick))[0] == 200
        assert time.monotonic() - t0 < 10
        t.join(30)
        assert results[0][0] == 503


def test_busy_is_503_with_retry_after(served) -> None:
    with serving(served, timeout=3.0, max_queries=1, queue_wait=0.2) as srv:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
        t = threading.Thread(target=lambda: _get(_q(srv, slow)))
        t.start()
        time.sleep(0.5)
        req = urllib.request.Request(_q(srv, "ASK { ?s ?p ?o }"))
        with pytest.raises(urllib.error.HTTPError) as e:
            OPENER.open(req, timeout=20)
        assert e.value.code == 503 and e.value.headers.get("Retry-After") == "5"
        assert b"busy" in e.value.read()
        t.join(30)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie has stopped running: it only waits to be reaped
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return True


# --------------------------------------------------------------------------- tricks and load

@pytest.fixture(scope="module")
def canary():
    """A loopback HTTP server that answers SPARQL results and counts every request it gets: a
    query that reaches it went out through SERVICE."""
    import http.server

    hits: list[str] = []

    class Canary(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"leak"}}]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET  # noqa: N815

        def log_message(self, *args) -> None:
            pass

    srv = http.server.ThreadingHTTPServer((HOST, 0), Canary)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://{HOST}:{srv.server_address[1]}/sparql", hits
    srv.shutdown()
    srv.server_close()


SMUGGLED = [
    "SELECT * WHERE {{ SERVICE <{u}> {{ ?x ?y ?z }} }}",
    "select * where {{ service <{u}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ SeRvIcE SILENT <{u}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ SERVICE<{u}>{{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ ?a ?b ?c # x\r SERVICE <{u}> {{ ?x ?y ?z }}\n }}",  # the comment trick of the issue
    "SELECT * WHERE {{ ?a ?b ?c # x\r\r SERVICE <{u}> {{ ?x ?y ?z }}\n }}",
    "SELECT * WHERE {{ #\rSERVICE <{u}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ VALUES ?e {{ <{u}> }} SERVICE ?e {{ ?x ?y ?z }} }}",
    "PREFIX q: <{u}#> SELECT * WHERE {{ SERVICE q:x {{ ?x ?y ?z }} }}",
    "BASE <{u}> SELECT * WHERE {{ SERVICE <> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ OPTIONAL {{ SERVICE <{u}> {{ ?x ?y ?z }} }} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{u}> {{ ?x ?y ?z }} }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{u}> {{ ?x ?y ?z }} }} }}",
    "ASK {{ SERVICE <{u}> {{ ?x ?y ?z }} }}",
    "CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{u}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{u}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ ?a ?b ?c . # x\r SERVICE <{u}> {{ ?x ?y ?z }} # y\r\n }}",
]


@pytest.mark.parametrize("template", SMUGGLED)
@pytest.mark.parametrize("how", ["get", "post-query", "post-form"])
def test_service_is_refused_in_every_spelling(server, canary, template: str, how: str) -> None:
    srv, _ = server
    url, hits = canary
    query = template.format(u=url)
    if how == "get":
        status, _, body = _get(_q(srv, query))
    elif how == "post-query":
        status, _, body = _get(srv.url + "sparql", {"Content-Type": "application/sparql-query"}, query.encode())
    else:
        status, _, body = _get(srv.url + "sparql", {"Content-Type": "application/x-www-form-urlencoded"},
                               urllib.parse.urlencode({"query": query}).encode())
    assert status in (400, 403), body
    assert b"leak" not in body
    assert hits == [], "the query reached another server"


def test_the_word_service_elsewhere_is_fine(server) -> None:
    srv, _ = server
    q = ('SELECT ?service WHERE { BIND("secret service" AS ?service) '
         'FILTER(CONTAINS(?service, "service")) } # a SERVICE comment\r\n')
    status, _, body = _get(_q(srv, q, format="json"))
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["service"]["value"] == "secret service"


def test_a_hundred_concurrent_queries_on_a_fresh_server(served) -> None:
    """Parsing is never shared between threads: 100 queries of several shapes at once on a fresh
    server all get their right answer."""
    from concurrent.futures import ThreadPoolExecutor

    shapes = [
        ("ASK { ?s a kgo:State }", lambda b: json.loads(b)["boolean"] is True),
        ("SELECT (COUNT(*) AS ?n) WHERE { ?s a kgo:Document }",
         lambda b: int(json.loads(b)["results"]["bindings"][0]["n"]["value"]) == 5),
        ("SELECT ?l WHERE { kga:russia rdfs:label ?l }",
         lambda b: json.loads(b)["results"]["bindings"][0]["l"]["value"] == "Russia"),
        ("SELECT ?a WHERE { ?a a kgo:State FILTER(?a IN (kga:russia, kga:turkey)) } ORDER BY ?a",
         lambda b: len(json.loads(b)["results"]["bindings"]) == 2),
    ]
    with serving(served, timeout=20, max_queries=4) as srv:
        with ThreadPoolExecutor(100) as ex:
            futures = [ex.submit(_get, _q(srv, shapes[i % 4][0], format="json")) for i in range(100)]
            got = [(i, f.result()) for i, f in enumerate(futures)]
        for i, (status, _, body) in got:
            assert status == 200, body
            assert shapes[i % 4][1](body), (shapes[i % 4][0], body)


def _timed_get(url: str):
    t0 = time.monotonic()
    status, ctype, body = _get(url)
    return status, body, time.monotonic() - t0


@pytest.mark.parametrize("n_heavy", [3, 8])
def test_load_200_queries_with_heavy_ones_stops_by_itself(served, n_heavy: int) -> None:
    """200 queries at once, ``n_heavy`` of them heavy, on 4 workers with a 2 s limit. Every request
    gets its answer within twice the limit (a wait for a worker, then the query): the heavy ones
    are stopped at the limit (their workers killed and replaced), the quick ones are answered,
    or (when heavy ones hold every worker for a whole limit) told to retry. With fewer heavy
    queries than workers, every quick one is answered. Afterwards the server answers at once,
    with 4 live workers and none of the killed ones left running."""
    from concurrent.futures import ThreadPoolExecutor

    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    quick = "ASK { kga:russia a kgo:State }"
    is_heavy = {round(i * 200 / n_heavy) for i in range(n_heavy)}
    with serving(served, timeout=2.0, max_queries=4) as srv:
        first = srv.pool.pids()
        with ThreadPoolExecutor(200) as ex:
            futures = [ex.submit(_timed_get, _q(srv, heavy if i in is_heavy else quick, format="json"))
                       for i in range(200)]
            got = [(i, f.result(timeout=120)) for i, f in enumerate(futures)]
        for i, (status, body, took) in got:
            assert took < 2 * 2.0 + 8, f"request {i} took {took:.1f} s"
            assert status in (200, 503), body
            if i in is_heavy:
                assert status == 503 and (b"timed out after 2 s" in body or b"busy" in body)
            elif status == 200:
                assert json.loads(body)["boolean"] is True
            else:
                assert b"busy" in body and n_heavy >= 4
        stopped = sum(1 for i, (_, body, _) in got if i in is_heavy and b"timed out" in body)
        assert stopped >= min(n_heavy, 4)
        t1 = time.monotonic()
        assert _get(_q(srv, quick))[0] == 200
        assert time.monotonic() - t1 < 10
        deadline = time.monotonic() + 30
        while len(srv.pool.pids()) < 4 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(srv.pool.pids()) == 4 and srv.pool.killed == stopped
        assert not any(_alive(p) for p in first - srv.pool.pids())


def test_parsing_counts_against_the_time_limit(server) -> None:
    """A query that takes rdflib's parser many seconds (a 70 KB IN list) is stopped at the limit."""
    srv, _ = server
    big = "SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + ", ".join(f'"v{i}"' for i in range(8000)) + ")) }"
    t0 = time.monotonic()
    status, _, body = _get(srv.url + "sparql", {"Content-Type": "application/sparql-query"}, big.encode())
    assert status == 503 and b"timed out after 2 s" in body
    assert time.monotonic() - t0 < 15
    assert _get(_q(srv, "ASK { ?s ?p ?o }"))[0] == 200


# --------------------------------------------------------------------------- malformed requests

def _raw(srv, data: bytes, *, wait: float = 30.0, close_write: bool = False) -> bytes:
    """Send raw bytes to the server and read until it closes the connection or ``wait`` passes."""
    import socket

    s = socket.create_connection(srv.server_address[:2], timeout=wait)
    try:
        s.sendall(data)
        if close_write:
            s.shutdown(socket.SHUT_WR)
        out = b""
        end = time.monotonic() + wait
        while time.monotonic() < end:
            try:
                chunk = s.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            out += chunk
        return out
    finally:
        s.close()


@pytest.fixture(scope="module")
def strict(served):
    """A server with a 1 s read timeout, its log kept."""
    lines: list[str] = []
    srv = make_server(served, HOST, 0, timeout=2.0, read_timeout=1.0, log=lines.append)
    thread = serve_in_thread(srv)
    yield srv, lines
    srv.shutdown()
    srv.server_close()
    thread.join(10)


@pytest.mark.parametrize("request_bytes,status", [
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ten\r\n\r\nASK{}", b"400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\nASK{}", b"400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
     b"Content-Type: application/sparql-query\r\n\r\nASK {}", b"400"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999999999\r\n\r\n", b"413"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nquery=ASK{}", b"411"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n", b"411"),
    (b"GARBAGE\r\n\r\n", b"400"),
    (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X: y\r\n" * 200 + b"\r\n", b"431"),
])
def test_malformed_requests_get_4xx_within_the_read_timeout(strict, request_bytes: bytes, status: bytes) -> None:
    srv, lines = strict
    t0 = time.monotonic()
    out = _raw(srv, request_bytes)
    assert out.split(b" ", 2)[1] == status, out[:200]
    assert time.monotonic() - t0 < 10
    assert not any("Traceback" in line for line in lines)


def test_a_slow_client_is_cut_off(strict) -> None:
    """A client that sends its headers a byte at a time is disconnected soon after the read
    timeout, and the server goes on answering."""
    import socket

    srv, lines = strict
    s = socket.create_connection(srv.server_address[:2], timeout=30)
    t0 = time.monotonic()
    closed = False
    try:
        s.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n")
        for _ in range(60):
            try:
                s.sendall(b"X")
            except OSError:
                closed = True
                break
            time.sleep(0.2)
            if _peer_closed(s):
                closed = True
                break
    finally:
        s.close()
    assert closed and time.monotonic() - t0 < 8
    assert _get(_q(srv, "ASK { ?s ?p ?o }"))[0] == 200


def _peer_closed(s) -> bool:
    import select
    import socket

    r, _, _ = select.select([s], [], [], 0)
    if not r:
        return False
    try:
        return s.recv(1, socket.MSG_PEEK) in (b"",) or True
    except OSError:
        return True


def test_a_client_that_goes_away_is_one_log_line(strict) -> None:
    """A client that sends a heavy query and hangs up: its query is stopped, one log line says
    so, and there is no traceback."""
    srv, lines = strict
    before, seen = srv.pool.killed, len(lines)
    heavy = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")
    _raw(srv, f"GET /sparql?query={heavy} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode(), wait=0.3)
    deadline = time.monotonic() + 10
    while srv.pool.killed == before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.pool.killed == before + 1
    time.sleep(0.3)
    mine = [line for line in lines[seen:] if "/sparql?query=SELECT" in line or "went away" in line or "closed" in line]
    assert len(mine) == 1 and "went away" in mine[0], mine
    assert not any("Traceback" in line for line in lines)
    assert _get(_q(srv, "ASK { ?s ?p ?o }"))[0] == 200


def test_the_log_shows_control_characters_and_never_sends_them(strict) -> None:
    """A request path with terminal escapes is logged with them written out (\x1b), so the log
    cannot clear or retitle the terminal showing it."""
    srv, lines = strict
    seen = len(lines)
    _raw(srv, b"GET /\x1b[2J\x1b]0;pwned\x07 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    time.sleep(0.2)
    new = lines[seen:]
    assert new and not any(c in line for line in new for c in "\x1b\x07")
    assert any("\\x1b[2J" in line for line in new)


def test_two_content_lengths_are_refused(strict) -> None:
    srv, _ = strict
    body = b"query=ASK%20%7B%7D"
    head = (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nContent-Length: 60\r\n\r\n").encode()
    reply = _raw(srv, head + body)
    assert reply.split(b"\r\n", 1)[0].split()[1] == b"400" and b"more than one Content-Length" in reply


def test_cors_takes_an_origin_or_nothing(tmp_path) -> None:
    from kg.errors import KGError
    from kg.store.server import check_origin

    assert check_origin("*") == "*" and check_origin("http://localhost:3000") == "http://localhost:3000"
    for bad in ("null", "evil", "https://a.example/path", "https://a.example, https://b.example", "file://"):
        with pytest.raises(KGError, match="not an origin"):
            check_origin(bad)


# --------------------------------------------------------------------------- cross-origin, Host

def test_no_cross_origin_reads_by_default(server) -> None:
    srv, _ = server
    for method in ("GET", "OPTIONS"):
        req = urllib.request.Request(_q(srv, "ASK {}"), method=method, headers={"Origin": "https://evil.example"})
        with OPENER.open(req, timeout=20) as r:
            assert r.headers.get("Access-Control-Allow-Origin") is None


def test_cors_only_for_the_origin_given(served) -> None:
    with serving(served, cors="https://analyst.example") as srv:
        with OPENER.open(urllib.request.Request(_q(srv, "ASK {}")), timeout=20) as r:
            assert r.headers.get("Access-Control-Allow-Origin") == "https://analyst.example"
        with OPENER.open(urllib.request.Request(srv.url + "sparql", method="OPTIONS"), timeout=20) as r:
            assert r.headers.get("Access-Control-Allow-Origin") == "https://analyst.example"
            assert "POST" in r.headers.get("Access-Control-Allow-Methods")


@pytest.mark.parametrize("host,ok", [("127.0.0.1:{port}", True), ("localhost:{port}", True), ("LOCALHOST", True),
                                     ("evil.example:{port}", False), ("127.0.0.1.evil.example", False),
                                     ("[::1]:{port}", False), ("", False)])
def test_host_header_must_be_the_server(server, host: str, ok: bool) -> None:
    """DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 sends
    ``Host: evil.example``: refused, for the page, the exports and the endpoint alike."""
    srv, _ = server
    header = host.format(port=srv.server_address[1])
    for path in ("sparql?query=ASK%7B%7D", "", "exports/graph.ttl"):
        out = _raw(srv, f"GET /{path} HTTP/1.1\r\nHost: {header}\r\nConnection: close\r\n\r\n".encode())
        code = out.split(b" ", 2)[1]
        assert (code == b"200") == ok, (header, path, out[:200])
        if not ok:
            assert code == b"403" and b"Host" in out


def test_allow_host_adds_a_name(served) -> None:
    with serving(served, allow_hosts=["kg.internal"]) as srv:
        out = _raw(srv, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: kg.internal:80\r\nConnection: close\r\n\r\n")
        assert out.split(b" ", 2)[1] == b"200"


def test_backlog_fits_the_connections(server) -> None:
    srv, _ = server
    assert srv.request_queue_size >= srv.config.max_connections >= srv.config.max_queries


# --------------------------------------------------------------------------- a real `kg serve`

def _kg_serve(out: Path, *args: str) -> tuple[subprocess.Popen, str]:
    """Start `kg serve` in its own process; return it and its URL (read from its first line)."""
    p = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(out), "--port", "0", *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    m = re.search(r"at (http://\S+/) ", line)
    assert m, (line, p.stderr.read() if p.poll() is not None else "")
    return p, m.group(1)


def test_build_and_add_on_a_served_folder_are_refused(tmp_path: Path) -> None:
    """While `kg serve` runs on a folder, `kg query` reads its store, and `kg build` and `kg add`
    on it are refused with one line; the server keeps answering from the same store. Ctrl-C
    stops it without a traceback, its workers with it; then a build goes through."""
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.extract.ingest import sample_corpus

    runner = CliRunner()
    samples = sorted(Path(str(sample_corpus())).glob("*.txt"))
    first = tmp_path / "first"
    first.mkdir()
    for f in samples[:2]:
        (first / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out"
    build([first], out, formats=["trig", "html"], jobs=1)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    p, url = _kg_serve(out)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?d a kgo:Document }"
    try:
        status, _, body = _get(url + "sparql?" + urllib.parse.urlencode({"query": count, "format": "json"}))
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
        q = runner.invoke(app, ["query", count, "-o", str(out), "-f", "csv"])
        assert q.exit_code == 0 and q.stdout.splitlines()[1] == "2", q.output
        b = runner.invoke(app, ["build", str(Path(str(sample_corpus()))), "-o", str(out), "-f", "trig,html"])
        assert b.exit_code == 1 and b.stderr.count("\n") == 1 and "in use by another kg command" in b.stderr, b.output
        a = runner.invoke(app, ["add", str(samples[3]), "-o", str(out)])
        assert a.exit_code == 1 and a.stderr.count("\n") == 1 and "in use" in a.stderr, a.output
        status, _, body = _get(url + "sparql?" + urllib.parse.urlencode({"query": count, "format": "json"}))
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
        assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
        workers = _children(p.pid)
    finally:
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=30)
    assert p.returncode == 0 and "Traceback" not in err
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)
    assert runner.invoke(app, ["add", str(samples[3]), "-o", str(out)]).exit_code == 0


def _children(pid: int) -> set[int]:
    """Every process below ``pid`` (the query workers hang below a fork server)."""
    out: set[int] = set()
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                kids = {int(x) for x in fh.read().split()}
        except OSError:
            kids = set()
        out |= kids
        todo.extend(kids)
    return out


def test_serving_on_every_address_warns(tmp_path: Path, served) -> None:
    p, url = _kg_serve(served, "--host", "0.0.0.0", "-q")
    try:
        port = url.rsplit(":", 1)[1].strip("/")
        status, _, _ = _get(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D")
        assert status == 200
    finally:
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=30)
    first = err.splitlines()[0]
    assert first.startswith("kg: warning: listening on 0.0.0.0") and "network" in first


def test_bound_by_name_or_on_ipv6(served) -> None:
    """Bound to "localhost", the server answers to its address too; bound to ::1, to [::1]."""
    with serving(served, "localhost") as srv:
        out = _raw(srv, b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert out.split(b" ", 2)[1] == b"200"
    try:
        make_server(served, "::1", 0).server_close()
    except KGError as e:
        pytest.skip(f"no IPv6 loopback here ({e})")
    with serving(served, "::1") as srv:
        assert srv.url.startswith("http://[::1]:")
        out = _raw(srv, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: [::1]:{srv.server_address[1]}\r\n"
                        "Connection: close\r\n\r\n".encode())
        assert out.split(b" ", 2)[1] == b"200"


def test_a_slow_query_is_not_cut_off_by_the_read_timeout(served) -> None:
    """The read timeout bounds the arrival of a request, not the time its query takes."""
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    with serving(served, timeout=2.5, read_timeout=0.5) as srv:
        status, _, body = _get(_q(srv, slow))
        assert status == 503 and b"timed out after 2.5 s" in body
