"""A read-only SPARQL 1.1 Protocol service over the store of a build, with the graph page and the
export files (standard library ``http.server``; queries are evaluated by Oxigraph in worker
processes).

Routes:

* ``/sparql``: SPARQL 1.1 Protocol query operation: ``GET ?query=...``, ``POST`` with an
  ``application/sparql-query`` body or a form-encoded ``query=``. Results as SPARQL JSON, XML,
  CSV or TSV (SELECT, ASK) and Turtle, N-Triples, JSON-LD or RDF/XML (CONSTRUCT, DESCRIBE), chosen
  by the ``Accept`` header or a ``format`` parameter (``json``, ``xml``, ``csv``, ``tsv``,
  ``turtle``, ``ntriples``, ``jsonld``, ``rdfxml`` or a media type). Updates get 403, and so does
  ``SERVICE`` in any spelling (Oxigraph's own parser is asked, see
  :func:`kg.store.sparql.check_engine`); a query that does not parse gets 400 with the parser's
  message; a result over the row limit gets 400 that names the limit.
* ``/``: the exports' ``graph.html``; ``/exports/``: the list of export files;
  ``/exports/NAME``: one file.

Limits, so that no request can take the machine:

* every query (its parsing included) runs in one of ``max_queries`` worker processes, each with
  the store open read-only; a query past its time limit gets 503 ("query timed out after N s")
  and its worker is killed and replaced, so it stops using the machine at once. A query waits for
  a free worker at most its time limit, then gets 503 with ``Retry-After``; a query whose client
  goes away is stopped too;
* at most ``max_connections`` connections are served at once (the others wait in a listen
  backlog four times as long); a request must arrive whole within ``read_timeout`` seconds,
  else 400 (a body shorter than its ``Content-Length``) or the connection is closed; a body
  larger than 1 MB gets 413, a bad ``Content-Length`` 400;
* cross-origin reads are off: no ``Access-Control-Allow-Origin`` unless ``cors`` names an
  origin; a request whose ``Host`` header is not the server's address (``localhost``, the
  address it is bound to, or a name given in ``allowed_hosts``) gets 403, so that a web page
  cannot reach the server through DNS rebinding;
* the log has one line per request, and one line for a client that went away; no tracebacks.

The store is never written. While the server runs it holds a shared lock of the build folder
(:mod:`kg.staging`): ``kg query`` reads the store beside it, and ``kg build`` or ``kg add`` on the
folder are refused with a message instead of replacing the store under it. The default graph is
the union of the documents' graphs (see :mod:`kg.store.store`).
"""

from __future__ import annotations

import contextlib
import html
import ipaddress
import mimetypes
import multiprocessing
import os
import re
import select
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KGError, QueryError, StoreError
from kg.processes import die_with_parent

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
#: Worker processes, so queries evaluated at once.
DEFAULT_MAX_QUERIES = 4
#: Connections served at once.
DEFAULT_MAX_CONNECTIONS = 128
#: Seconds a request (its line, headers and body) has to arrive.
DEFAULT_READ_TIMEOUT = 10.0
MAX_BODY = 1_000_000
#: Longest line of the request log (a query in a URL can be long).
LOG_LINE = 300

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class ServiceConfig:
    """What a service serves and its limits (see the module's description)."""

    directory: Path
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    max_queries: int = DEFAULT_MAX_QUERIES
    cors: str | None = None
    allowed_hosts: tuple[str, ...] = ()
    read_timeout: float = DEFAULT_READ_TIMEOUT
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    #: Seconds a query waits for a free worker (None: its time limit).
    queue_wait: float | None = None


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


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    return int(status), {"Content-Type": "text/plain; charset=utf-8", **(headers or {})}, \
        (" ".join(message.split()) + "\n").encode("utf-8")


def answer(store: Any, text: str, fmt: str | None = None, accept: str | None = None, *,
           max_rows: int | None = DEFAULT_MAX_ROWS) -> Reply:
    """The HTTP reply (status, headers, body) to one query over ``store``: what a worker sends
    back. Every refusal is a 4xx with a one-line message; only a failure of the engine is a 500.

    >>> import pyoxigraph as ox
    >>> answer(ox.Store(), "ASK { ?s ?p ?o }", "json")[0::2]
    (200, b'{"head":{},"boolean":false}\\n')
    >>> answer(ox.Store(), "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")[0]
    403
    """
    from kg.store.sparql import _QUERY_KINDS, _prepare_cached, run_query

    try:
        prepared = _prepare_cached(text)
    except QueryError as e:
        msg = str(e)
        status = HTTPStatus.FORBIDDEN if msg.startswith(("update queries", "SERVICE")) else HTTPStatus.BAD_REQUEST
        return _text(status, msg)
    kind = _QUERY_KINDS.get(prepared.algebra.name, prepared.algebra.name)
    chosen = choose_format(kind, fmt, accept)
    if chosen is None:
        allowed = ", ".join(MEDIA_TYPES[f] for f in (TABULAR if kind in ("SELECT", "ASK") else GRAPHS))
        return _text(HTTPStatus.NOT_ACCEPTABLE, f"no acceptable format for a {kind} result (available: {allowed})")
    try:
        result = run_query(store, text, max_rows=max_rows)
        body = _render(result, chosen)
    except QueryError as e:
        msg = str(e)
        if msg.startswith(("SERVICE", "refused")):
            return _text(HTTPStatus.FORBIDDEN, msg)
        if msg.startswith(("query result too large", "SPARQL syntax error", "SPARQL error")):
            return _text(HTTPStatus.BAD_REQUEST, msg)
        return _text(HTTPStatus.INTERNAL_SERVER_ERROR, msg)
    except Exception as e:  # noqa: BLE001 - the engine failed: a 500 with one line, never a traceback
        return _text(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {type(e).__name__}: {e}"[:500])
    return int(HTTPStatus.OK), {"Content-Type": MEDIA_TYPES[chosen] + "; charset=utf-8"}, body


#: What :meth:`QueryPool.run` returns when the client went away before its answer (nothing is sent).
CLIENT_GONE: Any = _text(HTTPStatus.SERVICE_UNAVAILABLE, "client went away")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# --------------------------------------------------------------------------- worker processes

#: Stack of the thread a worker runs a query in (virtual memory; pages are used as it deepens).
WORKER_STACK = 512 * 1024 * 1024


def _worker_main(conn: Any, store_path: str, max_rows: int) -> None:
    """A worker: open the store read-only, then answer one query at a time until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    die_with_parent()
    try:
        from kg.store.store import open_reader

        try:
            store = open_reader(Path(store_path))
        except KGError as e:
            conn.send(("error", str(e)))
            return
        conn.send(("ready", os.getpid()))
        # Oxigraph's parser recurses: a query of 30,000 chained operators overflows a thread's usual
        # stack (a crash, which would cost the worker). Queries run in a thread with a deep stack,
        # of which only what is used is ever touched.
        threading.stack_size(WORKER_STACK)
        while True:
            try:
                text, fmt, accept = conn.recv()
            except (EOFError, OSError):
                return
            box: list[Reply] = []
            t = threading.Thread(target=lambda: box.append(answer(store, text, fmt, accept, max_rows=max_rows)))
            t.start()
            t.join()
            conn.send(box[0] if box else _text(HTTPStatus.INTERNAL_SERVER_ERROR, "query failed in its worker"))
    except BaseException:  # noqa: BLE001 - a worker ends quietly; the server reports for it
        return


def _context() -> Any:
    """Worker processes start from a fork server that has imported the query engine already
    (quick to replace a killed one); where there is none, they are spawned."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.store.server", "kg.store.sparql", "kg.store.store"])
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


@dataclass
class _Worker:
    process: Any
    conn: Any
    queries: int = 0


class QueryPool:
    """``size`` worker processes that answer queries one at a time each (see :func:`answer`). A
    query past its time limit, or whose client went away, has its worker killed; a new one takes
    its place.

    Parameters
    ----------
    store_path : Path
        The store (opened read-only by every worker).
    size : int
        Workers, so queries evaluated at once.
    max_rows : int
        The row limit of a result.
    log : callable, optional
        Hears one line when a worker is killed, dies or cannot be started.
    """

    START_TIMEOUT = 120.0

    def __init__(self, store_path: Path, size: int, *, max_rows: int = DEFAULT_MAX_ROWS,
                 log: Callable[[str], None] | None = None) -> None:
        self.store_path = Path(store_path)
        self.size = max(1, size)
        self.max_rows = max_rows
        self.log = log or (lambda line: None)
        self._ctx = _context()
        self._cond = threading.Condition()
        self._free: list[_Worker] = []
        self._all: set[int] = set()
        self._closed = False
        self.killed = 0

    # ---------------------------------------------------------------- workers
    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=_worker_main, args=(child, str(self.store_path), self.max_rows),
                                 name="kg-query", daemon=True)
        proc.start()
        child.close()
        if not parent.poll(self.START_TIMEOUT):
            _kill(proc)
            raise StoreError(f"{self.store_path}: a query worker did not start within {self.START_TIMEOUT:g} s")
        try:
            kind, detail = parent.recv()
        except (EOFError, OSError):
            kind, detail = "error", f"a query worker died on start (exit code {proc.exitcode})"
        if kind != "ready":
            _kill(proc)
            raise StoreError(str(detail))
        return _Worker(proc, parent)

    def start(self) -> None:
        """Start every worker (their store open); raise :class:`StoreError` when one cannot."""
        workers = []
        try:
            for _ in range(self.size):
                workers.append(self._start())
        except BaseException:
            for w in workers:
                _kill(w.process)
            raise
        with self._cond:
            self._free.extend(workers)
            self._all.update(w.process.pid for w in workers)

    def _replace(self, old: _Worker) -> None:
        """Kill a worker and start another in the background."""
        _kill(old.process)
        with contextlib.suppress(OSError):
            old.conn.close()
        with self._cond:
            self._all.discard(old.process.pid)

        def again() -> None:
            delay = 0.5
            while not self._closed:
                try:
                    w = self._start()
                except KGError as e:
                    self.log(f"query worker could not be restarted: {e}; trying again in {delay:g} s")
                    time.sleep(delay)
                    delay = min(delay * 2, 30.0)
                    continue
                with self._cond:
                    if self._closed:
                        _kill(w.process)
                        return
                    self._free.append(w)
                    self._all.add(w.process.pid)
                    self._cond.notify()
                return

        threading.Thread(target=again, name="kg-query-restart", daemon=True).start()

    def pids(self) -> set[int]:
        """Process ids of the live workers."""
        with self._cond:
            return set(self._all)

    # ---------------------------------------------------------------- queries
    def run(self, text: str, fmt: str | None, accept: str | None, *, timeout: float, wait: float,
            gone: Callable[[], bool] = lambda: False) -> Reply:
        """Answer one query: wait at most ``wait`` seconds for a free worker (else 503 busy), then
        at most ``timeout`` seconds for its answer (else 503 timed out, and the worker is killed).
        ``gone()`` says whether the client went away (its worker is then killed at once)."""
        deadline = time.monotonic() + wait
        with self._cond:
            while not self._free and not self._closed:
                left = deadline - time.monotonic()
                if left <= 0 or gone():
                    return _text(HTTPStatus.SERVICE_UNAVAILABLE,
                                 f"busy: all {self.size} query workers are taken; try again shortly",
                                 {"Retry-After": "5"})
                self._cond.wait(min(left, 0.25))
            if self._closed:
                return _text(HTTPStatus.SERVICE_UNAVAILABLE, "the server is stopping")
            worker = self._free.pop()
        try:
            worker.conn.send((text, fmt, accept))
            end = time.monotonic() + timeout
            while True:
                left = end - time.monotonic()
                if left <= 0:
                    self._replace(worker)
                    self.log(f"query stopped at its time limit ({timeout:g} s); its worker was replaced")
                    self.killed += 1
                    return _text(HTTPStatus.SERVICE_UNAVAILABLE,
                                 f"query timed out after {timeout:g} s (simplify it, add a LIMIT, or raise the "
                                 "time limit)")
                if worker.conn.poll(min(left, 0.25)):
                    reply = worker.conn.recv()
                    break
                if gone():
                    self._replace(worker)
                    self.log("client went away: its query was stopped")
                    self.killed += 1
                    return CLIENT_GONE
        except (EOFError, OSError):
            code = worker.process.exitcode
            self._replace(worker)
            self.log(f"a query worker died (exit code {code}); it was replaced")
            return _text(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: the worker running it died (exit code {code})")
        worker.queries += 1
        with self._cond:
            self._free.append(worker)
            self._cond.notify()
        return reply

    def close(self) -> None:
        """Stop every worker."""
        with self._cond:
            self._closed = True
            workers, self._free = self._free, []
            self._cond.notify_all()
        for w in workers:
            with contextlib.suppress(OSError):
                w.conn.close()
            _kill(w.process)
        for pid in self.pids():
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def _kill(proc: Any) -> None:
    with contextlib.suppress(Exception):
        proc.kill()
        proc.join(5)


# --------------------------------------------------------------------------- HTTP

def _host_name(header: str) -> str:
    """The host part of a Host header, lower-cased, without port, brackets or final dot.

    >>> _host_name("[::1]:8787"), _host_name("LocalHost.:80"), _host_name("127.0.0.1")
    ('::1', 'localhost', '127.0.0.1')
    """
    h = header.strip().lower()
    if h.startswith("["):
        h = h[1:h.find("]")] if "]" in h else h[1:]
    elif h.count(":") == 1:
        h = h.split(":", 1)[0]
    return h.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def allowed_hosts(host: str, extra: tuple[str, ...] = ()) -> tuple[frozenset[str], bool]:
    """Host names a server bound to ``host`` answers to, and whether any IP address is fine (bound
    to every address: a name would come from DNS, an address was typed).

    >>> sorted(allowed_hosts("127.0.0.1")[0])
    ['127.0.0.1', 'localhost']
    >>> allowed_hosts("0.0.0.0", ("kg.example.org",))[1]
    True
    """
    names = {"localhost", _host_name(host), *(_host_name(x) for x in extra if x.strip())}
    unspecified = _is_ip(_host_name(host)) and ipaddress.ip_address(_host_name(host)).is_unspecified
    if unspecified:
        with contextlib.suppress(OSError):
            names.update({socket.gethostname().lower(), socket.getfqdn().lower()})
    return frozenset(n for n in names if n), unspecified


def exposure_warning(host: str) -> str | None:
    """A warning when ``host`` is not a loopback address (the graph is readable by the network).

    >>> exposure_warning("127.0.0.1") is None, exposure_warning("localhost") is None
    (True, True)
    >>> exposure_warning("0.0.0.0")[:40]
    'listening on 0.0.0.0: anyone who can rea'
    """
    name = _host_name(host)
    if name == "localhost" or (_is_ip(name) and ipaddress.ip_address(name).is_loopback):
        return None
    return (f"listening on {host}: anyone who can reach this machine on the network can read the whole graph "
            "and its evidence (there is no authentication); use --host 127.0.0.1 to keep it local")


class _HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None, *,
                 close: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.close = close


class _Handler(BaseHTTPRequestHandler):
    server_version = "conflict-kg"
    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.0"  # a malformed request line still gets a status line
    error_content_type = "text/plain; charset=utf-8"
    error_message_format = "%(message)s (%(code)d: %(explain)s)\n"
    server: KGServer

    def setup(self) -> None:
        self.timeout = self.server.config.read_timeout  # every read on the connection
        super().setup()

    def handle_one_request(self) -> None:
        self.server.reading(self, True)  # until the request has arrived whole (see KGServer.reading)
        try:
            super().handle_one_request()
        finally:
            self.server.reading(self, False)

    def parse_request(self) -> bool:
        ok = super().parse_request()
        if self.command != "POST":  # a POST is read once its body has come
            self.server.reading(self, False)
        return ok

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionError, TimeoutError, OSError) as e:
            self.log_message("connection closed by the client (%s)", type(e).__name__)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        line = f"{self.address_string()} {format % args}"
        # control characters (terminal escapes in a request path) are shown, never sent to the terminal
        line = _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), " ".join(line.split()))
        self.server.log_line(line if len(line) <= LOG_LINE else line[:LOG_LINE - 1] + "…")

    # ------------------------------------------------------------------ plumbing
    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        cors = self.server.config.cors
        if cors:
            self.send_header("Access-Control-Allow-Origin", cors)
            self.send_header("Vary", "Origin")
        if self.close_connection:
            self.send_header("Connection", "close")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _reply(self, reply: Reply) -> None:
        status, headers, body = reply
        headers = dict(headers)
        ctype = headers.pop("Content-Type", "application/octet-stream")
        self._send(status, body, ctype, headers)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._reply(_text(status, message, headers))

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            raise _HTTPError(HTTPStatus.LENGTH_REQUIRED, "chunked request bodies are not supported: send a "
                             "Content-Length", close=True)
        raw = self.headers.get("Content-Length")
        if raw is None:
            raise _HTTPError(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length header", close=True)
        if len(self.headers.get_all("Content-Length") or []) > 1:  # RFC 9112 6.3: a smuggling attempt or a bug
            raise _HTTPError(HTTPStatus.BAD_REQUEST, "more than one Content-Length header", close=True)
        if not raw.strip().isdigit():
            raise _HTTPError(HTTPStatus.BAD_REQUEST, f"bad Content-Length {raw[:40]!r} (a whole number of bytes)",
                             close=True)
        n = int(raw)
        if n > MAX_BODY:
            raise _HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes", close=True)
        data = bytearray()
        limit = self.server.config.read_timeout
        end = time.monotonic() + limit
        try:
            while len(data) < n:
                left = end - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                self.connection.settimeout(left)
                chunk = self.rfile.read1(n - len(data))
                if not chunk:
                    break
                data += chunk
        except (TimeoutError, socket.timeout):
            pass
        finally:
            with contextlib.suppress(OSError):
                self.connection.settimeout(limit)
        if len(data) < n:
            raise _HTTPError(HTTPStatus.BAD_REQUEST, f"request body incomplete: {len(data)} of the {n} bytes its "
                             f"Content-Length announces arrived within {limit:g} s", close=True)
        return bytes(data)

    def _client_gone(self) -> bool:
        """Whether the client closed its side of the connection (it cannot read the answer)."""
        try:
            ready, _, _ = select.select([self.connection], [], [], 0)
            return bool(ready) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    # ------------------------------------------------------------------ routes
    def do_HEAD(self) -> None:  # noqa: N802 - http.server's name
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch(None)

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_ok():
            return
        try:
            body = self._body()
        except _HTTPError as e:
            self.close_connection = self.close_connection or e.close
            self._error(e.status, e.message)
            return
        finally:
            self.server.reading(self, False)
        self._dispatch(body)

    def do_PUT(self) -> None:  # noqa: N802
        self.close_connection = True  # its body is not read
        self._error(HTTPStatus.FORBIDDEN, "this service is read-only")

    do_DELETE = do_PUT  # noqa: N815
    do_PATCH = do_PUT  # noqa: N815

    def do_OPTIONS(self) -> None:  # noqa: N802
        if not self._host_ok():
            return
        extra = {"Allow": "GET, POST, HEAD, OPTIONS"}
        if self.server.config.cors:
            extra.update({"Access-Control-Allow-Headers": "Content-Type, Accept",
                          "Access-Control-Allow-Methods": "GET, POST, OPTIONS", "Access-Control-Max-Age": "600"})
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain", extra)

    def _host_ok(self) -> bool:
        header = self.headers.get("Host")
        if header is None:
            return True  # HTTP/1.0 tools; a browser always sends one
        name = _host_name(header)
        if name in self.server.hosts or (self.server.any_ip and _is_ip(name)):
            return True
        self.close_connection = True
        self._error(HTTPStatus.FORBIDDEN, f"Host {header[:80]!r} is not this server's address (it answers to "
                    f"{', '.join(sorted(self.server.hosts))}); give --allow-host NAME to serve under another name")
        return False

    def _dispatch(self, body: bytes | None) -> None:
        if body is None and not self._host_ok():
            return
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
            self.close_connection = self.close_connection or e.close
            self._error(e.status, e.message, e.headers)

    def _files(self) -> dict[str, Path]:
        d = self.server.config.directory
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
        try:
            data = files[name].read_bytes()
        except OSError as e:
            raise _HTTPError(HTTPStatus.NOT_FOUND, f"no such export: {name} ({e.strerror or e})") from None
        self._send(HTTPStatus.OK, data, ctype)

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
        cfg = self.server.config
        reply = self.server.pool.run(queries[0], (params.get("format") or [None])[0], self.headers.get("Accept"),
                                     timeout=cfg.timeout, gone=self._client_gone,
                                     wait=cfg.timeout if cfg.queue_wait is None else cfg.queue_wait)
        if reply is CLIENT_GONE:  # nobody to answer: the pool's one log line says so
            self.close_connection = True
            return
        self._reply(reply)


class KGServer(ThreadingHTTPServer):
    """The HTTP server: its :attr:`pool` of query workers and the lock of its folder are let go by
    :meth:`server_close`."""

    daemon_threads = True
    block_on_close = False
    pool: QueryPool
    config: ServiceConfig
    hosts: frozenset[str] = frozenset()
    any_ip: bool = False

    def __init__(self, address: tuple[str, int], config: ServiceConfig, log: Callable[[str], None] | None) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.config = config
        self.request_queue_size = 4 * max(1, config.max_connections)  # the listen backlog
        self._log = log
        self._slots = threading.BoundedSemaphore(max(1, config.max_connections))
        self._stopping = False
        self._readers: dict[Any, float] = {}
        self._readers_lock = threading.Lock()
        self._lock: Any = None
        self.pool = None  # type: ignore[assignment]
        super().__init__(address, _Handler)

    def log_line(self, line: str) -> None:
        if self._log:
            self._log(line)

    # ---------------------------------------------------------------- connections
    def process_request(self, request: Any, client_address: Any) -> None:
        while not self._slots.acquire(timeout=0.25):  # the others wait in the backlog
            if self._stopping:
                self.shutdown_request(request)
                return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        e = sys.exc_info()[1]
        self.log_line(f"{client_address[0] if client_address else '?'} request failed: {type(e).__name__}: "
                      f"{' '.join(str(e).split())[:200]}")

    def reading(self, handler: Any, on: bool) -> None:
        """A handler starts (``on``) or stops reading a request: one that reads for longer than the
        read timeout (a client that sends a byte at a time) has its connection shut."""
        with self._readers_lock:
            if on:
                self._readers[handler] = time.monotonic()
            else:
                self._readers.pop(handler, None)

    def _reap(self) -> None:
        while not self._stopping:
            time.sleep(0.5)
            now = time.monotonic()
            with self._readers_lock:
                late = [h for h, t in self._readers.items() if now - t > self.config.read_timeout + 1]
            for h in late:
                with contextlib.suppress(OSError):
                    h.connection.shutdown(socket.SHUT_RDWR)
                self.reading(h, False)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        threading.Thread(target=self._reap, name="kg-reaper", daemon=True).start()
        super().serve_forever(poll_interval)

    def shutdown(self) -> None:
        self._stopping = True
        super().shutdown()

    def server_close(self) -> None:
        self._stopping = True
        super().server_close()
        if self.pool is not None:
            self.pool.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"


_ORIGIN = re.compile(r"https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                     r"|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?")


def check_origin(origin: str) -> str:
    """The value of ``--cors``: ``*`` or one origin (``scheme://host[:port]``, no path), as a
    browser sends it in its ``Origin`` header; anything else (``null``, a path) is refused.

    >>> check_origin("https://app.example:8443")
    'https://app.example:8443'
    >>> check_origin("null")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: --cors 'null': not an origin (give scheme://host[:port], for example https://app.example, or * for any page)
    """
    if origin == "*" or _ORIGIN.fullmatch(origin):
        return origin
    raise KGError(f"--cors {origin[:80]!r}: not an origin (give scheme://host[:port], for example https://app.example, "
                  "or * for any page)")


def make_server(directory: Path | str = Path("exports"), host: str = "127.0.0.1", port: int = 8787, *,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                max_queries: int = DEFAULT_MAX_QUERIES, cors: str | None = None,
                allow_hosts: tuple[str, ...] | list[str] = (), read_timeout: float = DEFAULT_READ_TIMEOUT,
                max_connections: int = DEFAULT_MAX_CONNECTIONS, queue_wait: float | None = None,
                log: Callable[[str], None] | None = None) -> KGServer:
    """Lock the build folder for reading, start the query workers on its store and bind a server
    to ``host:port`` (port 0: any free one). Call ``serve_forever()`` on the result, and
    ``server_close()`` when done.

    Raises
    ------
    kg.errors.StoreError
        No store in the folder, it is incompatible, or a build or an add is writing it.
    kg.errors.KGError
        The address cannot be bound.
    """
    from kg.staging import lock_folder, recover
    from kg.store.store import default_store, open_store

    directory = Path(directory)
    cors = check_origin(cors) if cors else None
    if not directory.is_dir():
        raise StoreError(f"{directory}: no such folder (run `kg build` first)")
    recover(directory)
    lock = lock_folder(directory, exclusive=False, what="cannot be served: it")
    try:
        store_path = default_store(directory)
        open_store(store_path, wait=0).close()  # a missing or damaged store fails here, in one line
        config = ServiceConfig(directory, timeout, max_rows, max_queries, cors or None, tuple(allow_hosts),
                               read_timeout, max_connections, queue_wait)
        try:
            server = KGServer((host, port), config, log)
        except OSError as e:
            raise KGError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None
        except (OverflowError, ValueError) as e:
            raise KGError(f"cannot listen on {host}:{port} ({e})") from None
        server._lock = lock
        hosts, server.any_ip = allowed_hosts(host, tuple(allow_hosts))
        server.hosts = hosts | {_host_name(str(server.server_address[0]))}  # "localhost" bound to 127.0.0.1
        server.pool = QueryPool(store_path, max_queries, max_rows=max_rows, log=server.log_line)
        try:
            server.pool.start()
        except BaseException:
            server._lock = None
            server.server_close()
            raise
    except BaseException:
        lock.release()
        raise
    return server


def serve_in_thread(server: KGServer) -> threading.Thread:
    """Run a server in a daemon thread (for tests and embedding)."""
    t = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    t.start()
    return t


__all__ = ["KGServer", "QueryPool", "ServiceConfig", "allowed_hosts", "answer", "choose_format", "exposure_warning",
           "make_server", "serve_in_thread"]
