"""A read-only SPARQL 1.1 Protocol service over the store of a build, with the graph page and the
export files (standard library ``http.server``; queries are evaluated by Oxigraph).

Routes:

* ``/sparql``: SPARQL 1.1 Protocol query operation: ``GET ?query=...``, ``POST`` with an
  ``application/sparql-query`` body or a form-encoded ``query=``. Results as SPARQL JSON, XML,
  CSV or TSV (SELECT, ASK) and Turtle, N-Triples, JSON-LD or RDF/XML (CONSTRUCT, DESCRIBE), chosen
  by the ``Accept`` header or a ``format`` parameter (``json``, ``xml``, ``csv``, ``tsv``,
  ``turtle``, ``ntriples``, ``jsonld``, ``rdfxml`` or a media type). Updates get 403, and so does
  ``SERVICE``; a query that does not parse gets 400 with the parser's message; a query over its
  time limit gets 503 ("query timed out after N s"); a result over the row limit gets 500. At most
  ``max_queries`` queries are evaluated at once (default 4; a query past its time limit is
  abandoned but Oxigraph finishes evaluating it, and it keeps its slot until then): with every
  slot taken, a query gets 503 with ``Retry-After`` at once.
* ``/``: the exports' ``graph.html``; ``/exports/``: the list of export files;
  ``/exports/NAME``: one file.

The store is opened once, and never written. The default graph is the union of the documents'
graphs (see :mod:`kg.store.store`).
"""

from __future__ import annotations

import html
import mimetypes
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KGError, QueryError, StoreError

#: format name -> media type sent back
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_ACCEPT = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
_ALIASES = {"json-ld": "jsonld", "n-triples": "ntriples", "nt": "ntriples", "ttl": "turtle", "rdf": "rdfxml",
            "rdf+xml": "rdfxml", "srj": "json", "srx": "xml"}
TABULAR = ("json", "xml", "csv", "tsv")
GRAPHS = ("turtle", "ntriples", "jsonld", "rdfxml")

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000
#: Queries evaluated at once (timed-out ones that are still running count).
DEFAULT_MAX_QUERIES = 4
MAX_BODY = 1_000_000


@dataclass
class ServiceConfig:
    """What a service serves and its limits."""

    directory: Path
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    max_queries: int = DEFAULT_MAX_QUERIES


def choose_format(kind: str, fmt: str | None, accept: str | None) -> str | None:
    """The result format for a query kind from the ``format`` parameter or the Accept header;
    None when nothing acceptable can be given.

    >>> choose_format("SELECT", None, "application/sparql-results+xml;q=0.9, text/csv")
    'csv'
    >>> choose_format("CONSTRUCT", None, "*/*")
    'turtle'
    >>> choose_format("SELECT", "text/tab-separated-values", None)
    'tsv'
    """
    allowed = TABULAR if kind in ("SELECT", "ASK") else GRAPHS
    if fmt:
        key = fmt.strip().lower()
        name = _ACCEPT.get(key) or _ALIASES.get(key, key)
        if name in allowed:
            return name
        # clients such as SPARQLWrapper also send a format parameter of their own: the Accept
        # header decides when the parameter names nothing this kind of result can be
    if not accept:
        return allowed[0]
    ranked = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, bits[0].lower()))
    for negq, _, media in sorted(ranked):
        if negq == 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            return allowed[0]
        name = _ACCEPT.get(media)
        if name in allowed:
            return name
    return None


def _render(result: Any, fmt: str) -> bytes:
    from kg.store.sparql import format_result

    if fmt == "rdfxml":
        return (result.graph.serialize(format="xml")).encode("utf-8")
    return format_result(result, fmt).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server_version = "conflict-kg"
    protocol_version = "HTTP/1.1"

    # set on the class made by make_server
    config: ServiceConfig
    store: Any
    slots: threading.Semaphore
    log: Callable[[str], None] | None

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        if self.log:
            self.log(f"{self.address_string()} {format % args}")

    # ------------------------------------------------------------------ plumbing
    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (" ".join(message.split()) + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        if n > MAX_BODY:
            raise _HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
        return self.rfile.read(n) if n else b""

    # ------------------------------------------------------------------ routes
    def do_HEAD(self) -> None:  # noqa: N802 - http.server's name
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch(None)

    def do_POST(self) -> None:  # noqa: N802
        try:
            body = self._body()
        except _HTTPError as e:
            self._error(e.status, e.message)
            return
        self._dispatch(body)

    def do_PUT(self) -> None:  # noqa: N802
        self._error(HTTPStatus.FORBIDDEN, "this service is read-only")

    do_DELETE = do_PUT  # noqa: N815
    do_PATCH = do_PUT  # noqa: N815

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain", {"Allow": "GET, POST, HEAD, OPTIONS",
                                                              "Access-Control-Allow-Headers": "Content-Type, Accept",
                                                              "Access-Control-Allow-Methods": "GET, POST, OPTIONS"})

    def _dispatch(self, body: bytes | None) -> None:
        url = urlsplit(self.path)
        try:
            if url.path == "/sparql":
                self._sparql(parse_qs(url.query, keep_blank_values=True), body)
            elif body is not None:
                self._error(HTTPStatus.METHOD_NOT_ALLOWED, "POST is for /sparql only")
            elif url.path in ("/", "/index.html", "/graph.html"):
                self._file("graph.html")
            elif url.path in ("/exports", "/exports/"):
                self._listing()
            elif url.path.startswith("/exports/"):
                self._file(url.path[len("/exports/"):])
            else:
                self._error(HTTPStatus.NOT_FOUND, f"no such page: {url.path} (try /, /sparql, /exports/)")
        except _HTTPError as e:
            self._error(e.status, e.message, e.headers)
        except BrokenPipeError:
            pass

    def _files(self) -> dict[str, Path]:
        d = self.config.directory
        return {p.name: p for p in sorted(d.iterdir()) if p.is_file() and not p.name.startswith(".")}

    def _file(self, name: str) -> None:
        files = self._files()
        if name not in files:
            raise _HTTPError(HTTPStatus.NOT_FOUND, f"no such export: {name} (see /exports/)")
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        ctype = {".ttl": "text/turtle", ".nt": "application/n-triples", ".trig": "application/trig",
                 ".jsonld": "application/ld+json", ".graphml": "application/xml", ".gexf": "application/xml",
                 }.get(Path(name).suffix, ctype)
        if ctype.startswith("text/") or ctype.endswith(("json", "xml")):
            ctype += "; charset=utf-8"
        self._send(HTTPStatus.OK, files[name].read_bytes(), ctype)

    def _listing(self) -> None:
        items = "".join(f'<li><a href="/exports/{html.escape(n)}">{html.escape(n)}</a></li>' for n in self._files())
        page = (f"<!doctype html><meta charset=utf-8><title>conflict-kg exports</title><h1>Exports</h1><ul>{items}</ul>"
                '<p>SPARQL endpoint: <a href="/sparql">/sparql</a>; graph view: <a href="/">/</a></p>')
        self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8")

    def _sparql(self, params: dict[str, list[str]], body: bytes | None) -> None:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if body is not None:
            if ctype == "application/sparql-update":
                raise _HTTPError(HTTPStatus.FORBIDDEN, "updates are not allowed: this service is read-only")
            if ctype == "application/sparql-query":
                params.setdefault("query", []).append(body.decode("utf-8", "replace"))
            elif ctype in ("application/x-www-form-urlencoded", ""):
                for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            else:
                raise _HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                 f"unsupported Content-Type {ctype!r} (use application/sparql-query or "
                                 "application/x-www-form-urlencoded)")
        if "update" in params:
            raise _HTTPError(HTTPStatus.FORBIDDEN, "updates are not allowed: this service is read-only")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise _HTTPError(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported: "
                             "the default graph is the union of the documents' graphs; use GRAPH <iri> { ... }")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            raise _HTTPError(HTTPStatus.BAD_REQUEST, "give exactly one query: ?query=... or a POST body "
                             "(application/sparql-query or form-encoded query=)")
        self._run(queries[0], (params.get("format") or [None])[0])

    def _run(self, text: str, fmt: str | None) -> None:
        from kg.store.sparql import _QUERY_KINDS, prepare, run_query

        try:
            prepared = prepare(text)
        except QueryError as e:
            msg = str(e)
            status = HTTPStatus.FORBIDDEN if msg.startswith(("update queries", "SERVICE")) else HTTPStatus.BAD_REQUEST
            raise _HTTPError(status, msg) from None
        kind = _QUERY_KINDS.get(prepared.algebra.name, prepared.algebra.name)
        chosen = choose_format(kind, fmt, self.headers.get("Accept"))
        if chosen is None:
            allowed = ", ".join(MEDIA_TYPES[f] for f in (TABULAR if kind in ("SELECT", "ASK") else GRAPHS))
            raise _HTTPError(HTTPStatus.NOT_ACCEPTABLE, f"no acceptable format for a {kind} result (available: {allowed})")
        try:
            result = run_query(self.store, text, timeout=self.config.timeout, max_rows=self.config.max_rows,
                               slots=self.slots)
        except QueryError as e:
            msg = str(e)
            if msg.startswith("busy:"):
                raise _HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, msg, {"Retry-After": "5"}) from None
            if "timed out" in msg:
                raise _HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, msg) from None
            if msg.startswith("SPARQL syntax error"):
                raise _HTTPError(HTTPStatus.BAD_REQUEST, msg) from None
            raise _HTTPError(HTTPStatus.INTERNAL_SERVER_ERROR, msg) from None
        ctype = MEDIA_TYPES[chosen]
        self._send(HTTPStatus.OK, _render(result, chosen), ctype + "; charset=utf-8")


class _HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class KGServer(ThreadingHTTPServer):
    """The HTTP server; :attr:`kg_store` is the open store (closed by :meth:`server_close`)."""

    daemon_threads = True
    kg_store: Any = None

    def server_close(self) -> None:
        super().server_close()
        if self.kg_store is not None:
            self.kg_store.close()
            self.kg_store = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"


def make_server(directory: Path | str = Path("exports"), host: str = "127.0.0.1", port: int = 8787, *,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                max_queries: int = DEFAULT_MAX_QUERIES,
                log: Callable[[str], None] | None = None) -> KGServer:
    """Open the store of a build folder and bind a server to ``host:port`` (port 0: any free one).
    Call ``serve_forever()`` on the result, and ``server_close()`` when done.

    Raises
    ------
    kg.errors.StoreError
        No store in the folder, or it is locked or incompatible.
    kg.errors.KGError
        The address cannot be bound.
    """
    from kg.store.store import default_store, open_store

    directory = Path(directory)
    if not directory.is_dir():
        raise StoreError(f"{directory}: no such folder (run `kg build` first)")
    store = open_store(default_store(directory))
    handler = type("Handler", (_Handler,), {"config": ServiceConfig(directory, timeout, max_rows, max_queries),
                                              "store": store, "slots": threading.BoundedSemaphore(max(1, max_queries)),
                                              "log": staticmethod(log) if log else None})
    try:
        server = KGServer((host, port), handler)
    except OSError as e:
        store.close()
        raise KGError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
    server.kg_store = store
    return server


def serve_in_thread(server: KGServer) -> threading.Thread:
    """Run a server in a daemon thread (for tests and embedding)."""
    t = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    t.start()
    return t


__all__ = ["KGServer", "ServiceConfig", "choose_format", "make_server", "serve_in_thread"]
