"""Run SPARQL 1.1 queries over a built graph, and format their results.

A query is given as inline text, as a path to a ``.rq`` file, or as the name of a bundled query
(``kg/queries/NAME.rq``; see :func:`list_queries` and ``docs/queries.md``). Only read queries run:
SELECT, ASK, CONSTRUCT and DESCRIBE. Updates, ``SERVICE`` and ``FROM`` are refused, so a query
never changes the graph nor reaches the network.

Over an :class:`rdflib.Dataset` (the TriG export, the store) the default graph of a query is the
union of the named graphs, so the same query works on the Turtle export and on the dataset.

The prefixes ``kgo: kgr: kga: kgd: kgg: kgs: wd: rdf: rdfs: owl: skos: prov: dcterms: xsd:`` are
predefined; every IRI a ``table`` shows is one a query accepts as written (:func:`compact_iri`).

>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data='''
... @prefix kgo: <https://w3id.org/conflict-kg/ontology#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/conflict-kg/resource/actor/russia> a kgo:State ; rdfs:label "Russia" .
... ''')
>>> r = run_query(g, "SELECT ?a ?name WHERE { ?a a kgo:State ; rdfs:label ?name }")
>>> print(format_result(r, "table"), end="")
a           name
----------  ------
kga:russia  Russia
(1 row)
>>> format_result(r, "csv").splitlines()  # W3C CSV: plain values, CRLF line ends
['a,name', 'https://w3id.org/conflict-kg/resource/actor/russia,Russia']
"""

from __future__ import annotations

import functools
import gc
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from pyparsing import ParseException
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import BNode, Literal, Node, URIRef, Variable  # noqa: F401 (Literal: doctests)

from kg.errors import QueryError
from kg.vocab import PREFIXES, compact_iri

__all__ = [
    "FORMATS",
    "GRAPH_FORMATS",
    "PREFIXES",
    "TABULAR_FORMATS",
    "NamedQuery",
    "QueryResult",
    "compact_iri",
    "format_result",
    "list_queries",
    "load_query",
    "prepare",
    "check_engine",
    "oxigraph_store",
    "run_query",
    "apply_limit",
    "substitute",
]

#: Widest cell of a ``table`` (longer values are cut and end with "…"; csv/json keep them whole).
TABLE_MAX_WIDTH = 80

_QUERY_KINDS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


# --------------------------------------------------------------------------------------------
# Named queries
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedQuery:
    """A query read from a ``.rq`` file, with what its header comments say about it.

    The header is the run of ``#`` comment lines at the top of the file::

        # title: Neighbourhood of an actor
        # description: All direct relations of one actor, in and out.
        # param actor: label of the actor, any of its names, case-insensitive

    A line starting with ``#`` and two or more spaces continues the previous entry. A parameter
    whose description starts with "optional" may be left out; the others are required.

    Attributes
    ----------
    name : str
        The bundled name, or the file stem.
    title, description : str
        From the header ("" when absent).
    params : dict of str to str
        Parameter name -> description, in file order.
    text : str
        The whole query text, header included.
    path : str or None
        The file it was read from (``None`` for a bundled query).
    limit : int or None
        From a ``# limit: N`` header line: the query ends with ``LIMIT N`` by default, and takes
        one more parameter, ``limit`` (a whole number, or ``all`` for every row; see
        :func:`apply_limit`).

    Examples
    --------
    >>> q = NamedQuery.from_text("x", "# title: X\\n# param who: optional; a name\\nASK {}")
    >>> q.title, q.params, q.required_params()
    ('X', {'who': 'optional; a name'}, [])
    """

    name: str
    title: str
    description: str
    params: dict[str, str] = field(default_factory=dict, hash=False)
    text: str = ""
    path: str | None = None
    limit: int | None = None

    @classmethod
    def from_text(cls, name: str, text: str, path: str | None = None) -> NamedQuery:
        """Build a :class:`NamedQuery` from query text, reading its header comments."""
        meta: dict[str, str] = {}
        params: dict[str, str] = {}
        last: tuple[str, str] | None = None  # ("meta"|"param", key)
        for raw in text.splitlines():
            line = raw.strip()
            if not line:
                continue
            if not line.startswith("#"):
                break
            body = raw.lstrip()[1:]
            m = re.match(r"\s?(title|description|limit|param\s+([A-Za-z_]\w*))\s*:\s*(.*)$", body)
            if m:
                value = m.group(3).strip()
                if m.group(2):
                    params[m.group(2)] = value
                    last = ("param", m.group(2))
                else:
                    meta[m.group(1)] = value
                    last = ("meta", m.group(1))
            elif last and re.match(r"\s{2,}\S", body):
                store = params if last[0] == "param" else meta
                store[last[1]] = (store[last[1]] + " " + body.strip()).strip()
            else:
                last = None
        limit = meta.get("limit", "").split()
        return cls(
            name=name,
            title=meta.get("title", ""),
            description=meta.get("description", ""),
            params=params,
            text=text,
            path=path,
            limit=int(limit[0]) if limit and limit[0].isdigit() else None,
        )

    def required_params(self) -> list[str]:
        """Names of the parameters that must be given (those not described as optional)."""
        return [k for k, v in self.params.items() if not v.lower().startswith("optional")]


def _bundled_dir() -> Any:
    return resources.files("kg") / "queries"


def _bundled_names() -> list[str]:
    return sorted(
        p.name[: -len(".rq")] for p in _bundled_dir().iterdir() if p.name.endswith(".rq")
    )


def list_queries() -> list[NamedQuery]:
    """The bundled queries, sorted by name.

    Examples
    --------
    >>> names = [q.name for q in list_queries()]
    >>> "mediators" in names and names == sorted(names)
    True
    >>> [q.params for q in list_queries() if q.name == "neighbourhood"][0]["actor"]
    'label of the actor, any of its names, case-insensitive'
    """
    return [_load_bundled(name) for name in _bundled_names()]


def _load_bundled(name: str) -> NamedQuery:
    text = (_bundled_dir() / f"{name}.rq").read_text(encoding="utf-8")
    return NamedQuery.from_text(name, text)


def load_query(spec: str) -> NamedQuery | str:
    """Resolve a query given by name, by file or inline.

    Parameters
    ----------
    spec : str
        The name of a bundled query (``"mediators"``), a path to a query file (``q.rq``), or
        the text of a query.

    Returns
    -------
    NamedQuery or str
        A :class:`NamedQuery` for a bundled query or a file (its header comments are read),
        the text itself for an inline query.

    A ``spec`` that names an existing file is that file, whatever it looks like; else a bundled
    name is that query; else text with a space, a brace or a line break is the query itself
    (backslashes, slashes and dots included); a single word is taken for a missing file or an
    unknown name.

    Raises
    ------
    kg.errors.QueryError
        ``no such query file: X`` for a single word that looks like a path and is not a file;
        for a bare name that is not a bundled query, a message listing the bundled names.

    Examples
    --------
    >>> load_query("mediators").title
    'Mediators'
    >>> load_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    >>> load_query("DESCRIBE <https://w3id.org/conflict-kg/resource/actor/russia>")  # slashes, no such file
    'DESCRIBE <https://w3id.org/conflict-kg/resource/actor/russia>'
    >>> load_query("nonesuch")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.QueryError: unknown query 'nonesuch' (bundled queries: actors, ...; or give a .rq file or the query text)
    >>> load_query("missing.rq")
    Traceback (most recent call last):
    kg.errors.QueryError: no such query file: missing.rq
    """
    text = spec.strip()
    if not text:
        raise QueryError("empty query (give a bundled query name, a .rq file or the query text)")
    one_line = "\n" not in text and "\r" not in text
    if one_line and len(text) < 4096:
        path = Path(text).expanduser()
        try:
            is_file = path.is_file()
        except OSError:  # a name too long for the file system, or otherwise impossible
            is_file = False
        if is_file:
            return _read_file(path)
    if one_line and re.fullmatch(r"[A-Za-z][\w-]*", text):
        if text in _bundled_names():
            return _load_bundled(text)
        raise QueryError(
            f"unknown query '{text}' (bundled queries: {', '.join(_bundled_names())}; "
            "or give a .rq file or the query text)"
        )
    if one_line and not re.search(r"[\s{}]", text):
        raise QueryError(f"no such query file: {text}")
    return spec


def _read_file(path: Path) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"{path}: cannot read query file ({e})") from None
    return NamedQuery.from_text(path.stem, text, path=str(path))


# --------------------------------------------------------------------------------------------
# Parsing and running
# --------------------------------------------------------------------------------------------


def _syntax_message(text: str, e: ParseException) -> str:
    line = (e.line or "").strip()
    near = f" near '{line[:60]}'" if line else ""
    msg = str(e.msg or "invalid syntax").rstrip(".")
    if not text[e.loc :].strip():
        msg = "unexpected end of query (a '}' or ')' missing?)"
    elif re.fullmatch(r"Expected \{?(SelectQuery|ConstructQuery|DescribeQuery|AskQuery).*", msg):
        msg = "not valid SPARQL from here"
    return f"SPARQL syntax error at line {e.lineno}, column {e.col}: {msg}{near}"


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:  # noqa: BLE001 - any failure means "not a valid update"
        return False
    return True


def _walk(node: Any, seen: set[int] | None = None) -> Iterable[Any]:
    """Every node of an algebra tree (CompValue is a dict; lists/tuples hold parts)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    yield node
    if isinstance(node, Mapping):
        for v in node.values():
            yield from _walk(v, seen)
    elif isinstance(node, (list, tuple, set, frozenset)):
        for v in node:
            yield from _walk(v, seen)


@functools.lru_cache(maxsize=64)
def _prepare_cached(query_text: str) -> Query:
    return prepare(query_text)


def prepare(query_text: str) -> Query:
    """Parse a read query; refuse updates, ``SERVICE`` and ``FROM``.

    Parameters
    ----------
    query_text : str
        SPARQL 1.1 query text. The prefixes of :data:`PREFIXES` need not be declared.

    Returns
    -------
    rdflib.plugins.sparql.sparql.Query

    Raises
    ------
    kg.errors.QueryError
        On a syntax error (with line and column), an update, ``SERVICE`` or ``FROM``.

    Examples
    --------
    >>> prepare("SELECT ?x WHERE { ?x a kgo:State }").algebra.name
    'SelectQuery'
    >>> prepare("SELECT ?x WHERE {\\n  ?x a kgo:State .\\n  FILTER(?x = )\\n}")
    Traceback (most recent call last):
    kg.errors.QueryError: SPARQL syntax error at line 3, column 3: not valid SPARQL from here near 'FILTER(?x = )'
    >>> prepare("SELECT ?x WHERE {\\n  ?x a kgo:State\\n")
    Traceback (most recent call last):
    kg.errors.QueryError: SPARQL syntax error at line 3, column 1: unexpected end of query (a '}' or ')' missing?)
    >>> prepare("INSERT DATA { <urn:a> <urn:b> <urn:c> }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.QueryError: update queries are not allowed ...
    """
    with _PARSE_LOCK:  # rdflib's parser keeps state between calls: not safe across threads
        return _prepare(query_text)


def _prepare(query_text: str) -> Query:
    # a lone carriage return ends a comment for Oxigraph (and the SPARQL grammar), not for rdflib:
    # rdflib reads the text with its line ends as Oxigraph reads them
    view = _LINE_ENDS.sub("\n", query_text)
    try:
        parsed = parseQuery(view)
    except ParseException as e:
        if _is_update(view):
            raise QueryError(
                "update queries are not allowed (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, "
                "MOVE, ADD): kg runs read queries only (SELECT, ASK, CONSTRUCT, DESCRIBE)"
            ) from None
        raise QueryError(_syntax_message(view, e)) from None
    except Exception as e:  # noqa: BLE001 - rdflib raises plain exceptions for some errors
        raise QueryError(f"SPARQL syntax error: {e}") from None
    try:
        query = translateQuery(parsed, initNs=PREFIXES)
    except Exception as e:  # noqa: BLE001 - e.g. "Unknown namespace prefix : foo"
        raise QueryError(f"SPARQL error: {e}") from None
    if query.algebra.get("datasetClause"):
        raise QueryError(
            "FROM and FROM NAMED are not allowed: a query runs over the loaded graph "
            "(use GRAPH <iri> { ... } to look inside one named graph)"
        )
    for node in _walk(query.algebra):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise QueryError("SERVICE is not allowed: a query runs over the local graph only")
    return query


_PARSE_LOCK = threading.RLock()
_LINE_ENDS = re.compile(r"\r\n?")
_SERVICE_WORD = re.compile("service", re.IGNORECASE)


def check_engine(text: str) -> None:
    """Refuse a query in which Oxigraph, the engine that runs it, reads a ``SERVICE``, whatever
    the spelling (a comment that ends where another parser does not end it, ...).

    Oxigraph's own parser decides, without the query being run: every occurrence of the word
    ``service`` (any case) is changed into a word no SPARQL keyword can be (``servjce``), which
    leaves an IRI, a string, a comment, a name or a variable as valid as it was but breaks a
    ``SERVICE`` keyword; if Oxigraph then refuses the text, it read a ``SERVICE`` (or reads the
    query differently from rdflib): the query is refused.

    >>> check_engine('SELECT * WHERE { ?s ?p "secret service" } # no service here')
    >>> check_engine("SELECT * WHERE { ?s ?p ?o # x\\r SERVICE <http://127.0.0.1/> { ?a ?b ?c }\\n }")
    Traceback (most recent call last):
    kg.errors.QueryError: SERVICE is not allowed: Oxigraph, which runs the query, reads a SERVICE in it (or reads it otherwise than the check): a query runs over the local graph only
    """
    if not _SERVICE_WORD.search(text):
        return
    probe = _SERVICE_WORD.sub(lambda m: m.group(0)[:4] + ("J" if m.group(0)[4] == "I" else "j") + m.group(0)[5:], text)
    try:
        ox.Store().query(probe, prefixes=PREFIXES)  # parsed; an empty store, nothing is fetched
    except SyntaxError:
        raise QueryError("SERVICE is not allowed: Oxigraph, which runs the query, reads a SERVICE in it (or reads "
                         "it otherwise than the check): a query runs over the local graph only") from None
    except (OSError, ValueError, RuntimeError):
        pass


def _query_variables(query: Query) -> list[str]:
    names = {str(v) for v in _walk(query.algebra) if isinstance(v, Variable)}
    return sorted(n for n in names if not n.startswith("__") and re.fullmatch(r"\w+", n))


@dataclass
class QueryResult:
    """The result of :func:`run_query`, fully read (so it can be formatted many times).

    Attributes
    ----------
    type : str
        ``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"`` or ``"DESCRIBE"``.
    vars : list of str
        SELECT: the projected variable names, without ``?``.
    rows : list of tuple
        SELECT: one tuple of rdflib terms per solution, ``None`` where unbound, in query order.
    boolean : bool or None
        ASK: the answer.
    graph : rdflib.Graph or None
        CONSTRUCT / DESCRIBE: the resulting graph.
    """

    type: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: rdflib.Graph | None = None

    def __len__(self) -> int:
        if self.type == "SELECT":
            return len(self.rows)
        if self.graph is not None:
            return len(self.graph)
        return int(bool(self.boolean))

    def dicts(self) -> list[dict[str, Node]]:
        """SELECT rows as dicts ``{var: term}`` (unbound variables left out).

        Examples
        --------
        >>> r = QueryResult("SELECT", ["a", "b"], [(Literal("x"), None)])
        >>> r.dicts()
        [{'a': rdflib.term.Literal('x')}]
        """
        return [{v: t for v, t in zip(self.vars, row) if t is not None} for row in self.rows]


#: A parameter that is not a variable: a named query with a ``# limit: N`` header line ends with
#: ``LIMIT N`` (the default), and the value given replaces N ("all" or 0 drops the clause).
LIMIT_PARAM = "limit"

_LIMIT_CLAUSE = re.compile(r"\bLIMIT\s+\d+\b", re.IGNORECASE)


def apply_limit(text: str, value: str | int | None) -> str:
    """Set the ``LIMIT`` of a query that declares a ``limit`` parameter: ``None`` keeps its default,
    a whole number replaces it, ``"all"`` or ``0`` removes it.

    Examples
    --------
    >>> apply_limit("SELECT * { ?s ?p ?o } LIMIT 1000", "25")
    'SELECT * { ?s ?p ?o } LIMIT 25'
    >>> apply_limit("SELECT * { ?s ?p ?o } LIMIT 1000", "all")
    'SELECT * { ?s ?p ?o } '
    >>> apply_limit("SELECT * { ?s ?p ?o } LIMIT 1000", "ten")
    Traceback (most recent call last):
    kg.errors.QueryError: parameter limit must be a whole number, or 'all' for every row (got 'ten')
    """
    if value is None:
        return text
    v = str(value).strip().lower()
    if v in ("all", "none", "0"):
        return _LIMIT_CLAUSE.sub("", text)
    if not v.isdigit():
        raise QueryError(f"parameter limit must be a whole number, or 'all' for every row (got {str(value)!r})")
    return _LIMIT_CLAUSE.sub(f"LIMIT {int(v)}", text)


def run_query(
    graph: rdflib.Graph,
    query_text: str | NamedQuery,
    params: Mapping[str, str] | None = None,
    *,
    timeout: float | None = None,
    max_rows: int | None = None,
    slots: threading.Semaphore | None = None,
) -> QueryResult:
    """Run a read query over a graph or dataset.

    Every query is evaluated by Oxigraph: on a :class:`kg.store.store.KGStore` (or its
    :meth:`~kg.store.store.KGStore.dataset`), on a :class:`pyoxigraph.Store` (such as
    :func:`kg.store.store.memory_store` makes from a file), or on a copy of an rdflib graph in
    an in-memory store.

    Parameters
    ----------
    graph : KGStore, pyoxigraph.Store or rdflib.Graph
        What to query. A store's default graph is the union of its named graphs; an rdflib
        :class:`~rdflib.Dataset` / ``ConjunctiveGraph`` is queried as the union of all its graphs
        whatever its ``default_union`` flag.
    query_text : str or NamedQuery
        The query text, or a query returned by :func:`load_query`.
    params : dict of str to str, optional
        Values bound, as plain literals, to the variables of the same name before the query
        runs. For a :class:`NamedQuery` the allowed names are its declared parameters (and the
        required ones must be given); for a plain text, any variable of the query.
    timeout : float, optional
        Seconds to wait for the result; then ``QueryError("query timed out ...")``.
    max_rows : int, optional
        Most rows (or triples) a result may have; more is a ``QueryError``.
    slots : threading.Semaphore, optional
        Caps the queries evaluated at once (a server's): one slot is taken for the evaluation and
        given back when it ends, also when a query past its ``timeout`` is abandoned and ends
        later; with no slot free, ``QueryError("busy: ...")`` at once.

    Returns
    -------
    QueryResult

    Raises
    ------
    kg.errors.QueryError
        Syntax error (with line and column), update query, unknown or missing parameter, or a
        failure while the query runs.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(format="turtle", data='<urn:a> <urn:p> "x", "y" .')
    >>> r = run_query(g, "SELECT ?o WHERE { ?s ?p ?o . FILTER(?o = ?want) }", {"want": "y"})
    >>> [str(row[0]) for row in r.rows]
    ['y']
    >>> run_query(g, "ASK { ?s ?p ?o }").boolean
    True
    >>> run_query(g, "SELECT ?o WHERE { ?s ?p ?o }", {"x": "1"})
    Traceback (most recent call last):
    kg.errors.QueryError: unknown parameter 'x' (allowed: o, p, s)
    """
    named = query_text if isinstance(query_text, NamedQuery) else None
    text = named.text if named else str(query_text)
    query = _prepare_cached(text)  # rdflib's parser takes 50-100 ms on a bundled query
    params = dict(params or {})
    if named is not None and (named.params or named.path is None):
        allowed = list(named.params)  # bundled queries take only what they declare
    else:
        allowed = _query_variables(query)
    unknown = sorted(k for k in params if k not in allowed
                     and not (k == LIMIT_PARAM and named is not None and named.limit is not None))
    if unknown:
        allowed_txt = ", ".join(allowed) if allowed else "none: this query takes no parameters"
        s = "s" if len(unknown) > 1 else ""
        raise QueryError(
            f"unknown parameter{s} {', '.join(repr(u) for u in unknown)} (allowed: {allowed_txt})"
        )
    if named is not None:
        missing = [k for k in named.required_params() if k not in params]
        if missing:
            raise QueryError(
                f"query '{named.name}' needs parameter{'s' if len(missing) > 1 else ''} "
                + ", ".join(f"{m} ({named.params[m]})" for m in missing)
            )
    if named is not None and named.limit is not None and LIMIT_PARAM not in allowed:
        limited = apply_limit(text, params.pop(LIMIT_PARAM, None))
        if limited != text:
            text, query = limited, _prepare_cached(limited)
    kind = _QUERY_KINDS.get(query.algebra.name, query.algebra.name)
    oxstore = _oxigraph(graph)

    def work() -> QueryResult:
        return _run_oxigraph(oxstore, text, query, kind, params, max_rows)

    if slots is not None and not slots.acquire(blocking=False):
        raise QueryError("busy: too many queries are running (some may be past their time limit); try again shortly")
    try:
        return _with_timeout(work, timeout, slots)
    except QueryError:
        raise
    except Exception as e:  # noqa: BLE001 - rdflib raises many kinds while evaluating
        raise QueryError(f"query failed: {type(e).__name__}: {' '.join(str(e).split())}") from None


def _check_rows(n: int, max_rows: int | None) -> None:
    if max_rows is not None and n > max_rows:
        raise QueryError(f"query result too large: more than {max_rows} rows (add a LIMIT, or raise the limit)")


def _with_timeout(fn: Callable[[], Any], timeout: float | None, slot: threading.Semaphore | None = None) -> Any:
    """Run ``fn`` in a worker thread and give up waiting after ``timeout`` seconds (the thread is
    abandoned; Oxigraph releases the GIL while it evaluates, so waiting is not blocked). ``slot``
    (already acquired) is released when ``fn`` ends, whether or not anyone still waits for it."""
    if not timeout:
        try:
            return fn()
        finally:
            if slot is not None:
                slot.release()

    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed back to the caller
            box["error"] = e
        finally:
            if slot is not None:
                slot.release()

    t = threading.Thread(target=target, name="kg-query", daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        raise QueryError(f"query timed out after {timeout:g} s (simplify it, add a LIMIT, or raise the time limit)")
    if "error" in box:
        raise box["error"]
    return box["result"]


def oxigraph_store(graph: Any) -> Any:
    """The :class:`pyoxigraph.Store` behind an rdflib graph backed by ``oxrdflib``, else None."""
    store = getattr(graph, "store", None)
    if type(store).__name__ == "OxigraphStore":
        return getattr(store, "_inner", None)
    return None


def _oxigraph(graph: Any) -> Any:
    """The Oxigraph store to run a query on (see :func:`run_query`)."""
    from kg.store.store import KGStore

    if isinstance(graph, ox.Store):
        return graph
    if isinstance(graph, KGStore):
        return graph._store()
    inner = oxigraph_store(graph)
    if inner is not None:
        return inner
    if isinstance(graph, rdflib.Graph):
        return _memory_copy(graph)
    raise QueryError(f"cannot run a query on a {type(graph).__name__} (give a store, a pyoxigraph.Store or an rdflib graph)")


def _memory_copy(graph: rdflib.Graph) -> Any:
    """An rdflib graph copied into an in-memory Oxigraph store: a dataset's graphs as named graphs
    and all of them together as the default graph, a plain graph as the default graph."""
    from kg.graph.rdf import rdflib_quads

    st = ox.Store()
    st.bulk_extend(rdflib_quads(graph))
    st.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return st


_TOKENS = re.compile(
    r"""(?P<skip>#[^\r\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>)"""
    r"""|(?P<bound>\bBOUND\s*\(\s*[?$](?P<bvar>\w+)\s*\))"""
    r"""|(?P<var>[?$](?P<name>\w+))""",
    re.DOTALL | re.IGNORECASE,
)

_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


def _sparql_string(value: str) -> str:
    return '"' + "".join(_STRING_ESCAPES.get(c, c) for c in value) + '"'


def substitute(text: str, params: Mapping[str, str]) -> str:
    """Put parameter values (plain literals) in the place of their variables in a query text, as
    rdflib's ``initBindings`` binds them: ``BOUND(?p)`` becomes ``true`` and ``?p`` the literal.
    Strings, IRIs and comments are left alone.

    Examples
    --------
    >>> print(substitute('SELECT ?x WHERE { ?x ?p ?o FILTER(!BOUND(?t) || ?o = ?t) } # ?t', {"t": 'a "b"'}))
    SELECT ?x WHERE { ?x ?p ?o FILTER(!true || ?o = "a \\"b\\"") } # ?t
    """
    if not params:
        return text

    def repl(m: re.Match[str]) -> str:
        if m.group("bound") and m.group("bvar") in params:
            return "true"
        if m.group("var") and m.group("name") in params:
            return _sparql_string(str(params[m.group("name")]))
        return m.group(0)

    return _TOKENS.sub(repl, text)


_MISSING = object()


def _run_oxigraph(store: Any, text: str, query: Query, kind: str, params: Mapping[str, str],
                  max_rows: int | None) -> QueryResult:
    """Evaluate a (checked) query with Oxigraph. The default graph of a kg store is the union of
    its named graphs (see :mod:`kg.store.store`)."""
    from kg.graph.rdf import from_ox

    projected = {str(v) for v in (query.algebra.get("PV") or [])} if kind == "SELECT" else set()
    subst = {k: v for k, v in params.items() if k in projected}
    text = substitute(text, {k: v for k, v in params.items() if k not in projected})
    check_engine(text)
    try:
        res = store.query(text, prefixes=PREFIXES,
                          substitutions={ox.Variable(k): ox.Literal(str(v)) for k, v in subst.items()} or None)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {' '.join(str(e).split())}") from None
    got = "ASK" if isinstance(res, ox.QueryBoolean) else "SELECT" if isinstance(res, ox.QuerySolutions) else None
    if got != (kind if kind in ("ASK", "SELECT") else None):
        raise QueryError(f"refused: the query checker reads a {kind} query, Oxigraph, which runs it, reads "
                         f"{'a ' + got if got else 'a CONSTRUCT or DESCRIBE'} query (a comment or an escape "
                         "read two ways?)")
    if isinstance(res, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        rows = []
        # labels, relation names and counts repeat from row to row: convert each term once
        seen: dict[Any, Any] = {None: None}
        gc_was_on = gc.isenabled()
        gc.disable()  # many small objects, no cycles: the collector would only rescan the heap
        try:
            _read_solutions(res, rows, seen, max_rows)
        finally:
            if gc_was_on:
                gc.enable()
        return QueryResult("SELECT", vars=names, rows=rows)
    out = rdflib.Graph()
    for t in res:
        out.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        _check_rows(len(out), max_rows)
    return QueryResult(kind, graph=out)


def _read_solutions(res: Any, rows: list[tuple[Any, ...]], seen: dict[Any, Any], max_rows: int | None) -> None:
    from kg.graph.rdf import from_ox

    for sol in res:
        row = []
        for term in sol:
            conv = seen.get(term, _MISSING)
            if conv is _MISSING:
                conv = seen[term] = from_ox(term)
            row.append(conv)
        rows.append(tuple(row))
        _check_rows(len(rows), max_rows)


# --------------------------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------------------------


def _plain(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _display(term: Node | None) -> str:
    if isinstance(term, URIRef):
        return compact_iri(str(term))
    text = _plain(term)
    return " ".join(text.split()) if ("\n" in text or "\t" in text or "\r" in text) else text


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


#: A column is not narrowed below this many characters (or its header, if longer) to fit a width.
TABLE_MIN_COLUMN = 8


def fit_widths(natural: list[int], minimal: list[int], shrinkable: list[bool], width: int, gap: int = 2) -> list[int] | None:
    """Column widths whose sum (with ``gap`` between columns) fits ``width``, or None.

    The widest of the ``shrinkable`` columns (text) are narrowed first, none below its
    ``minimal`` width; the other columns (ids) keep their width, so that they can be pasted
    back. None when the table cannot fit that way.

    >>> fit_widths([10, 60, 30], [4, 4, 4], [False, True, True], 60)
    [10, 23, 23]
    >>> fit_widths([10, 60, 30], [4, 4, 4], [False, True, True], 200)
    [10, 60, 30]
    >>> print(fit_widths([40, 40], [8, 8], [False, True], 40))
    None
    """
    widths = list(natural)
    excess = sum(widths) + gap * max(len(widths) - 1, 0) - width
    while excess > 0:
        candidates = [i for i, w in enumerate(widths) if shrinkable[i] and w > minimal[i]]
        if not candidates:
            return None
        widest = max(widths[i] for i in candidates)
        tied = [i for i in candidates if widths[i] == widest]
        runner_up = max([widths[i] for i in candidates if widths[i] < widest] + [max(minimal[i] for i in tied)])
        step = min(widest - runner_up, -(-excess // len(tied))) or 1
        for i in tied:
            cut = min(step, widths[i] - minimal[i], excess)
            widths[i] -= cut
            excess -= cut
            if excess <= 0:
                break
    return widths


def _format_records(header: list[str], cells: list[list[str]], width: int) -> str:
    """One block per row, one ``name  value`` line per column, long values wrapped to ``width``
    (the layout of psql's expanded display): for results too wide for the terminal."""
    import textwrap

    label = max(len(h) for h in header)
    room = max(width - label - 2, 20)
    lines: list[str] = []
    for n, row in enumerate(cells, 1):
        lines.append(f"-[ row {n} ]".ljust(min(width, label + 2 + room), "-"))
        for h, c in zip(header, row):
            parts = textwrap.wrap(c, room, break_long_words=False, break_on_hyphens=False) or [""]
            lines.append(f"{h.ljust(label)}  {parts[0]}".rstrip())
            lines.extend(f"{'':{label}}  {p}" for p in parts[1:])
    return "\n".join(lines) + "\n"


def _format_table(result: QueryResult, width: int | None = None) -> str:
    """Aligned columns. Without ``width`` each cell is cut at :data:`TABLE_MAX_WIDTH`; with it,
    text columns are narrowed so that lines fit (see :func:`fit_widths`), ids are never cut, and
    a result that cannot fit so is printed one block per row (:func:`_format_records`)."""
    if result.type == "ASK":
        return "true\n" if result.boolean else "false\n"
    header = list(result.vars)
    cells = [[_display(t) for t in row] for row in result.rows]
    natural = [len(h) for h in header]
    id_cells = [0] * len(header)
    for row, terms in zip(cells, result.rows):
        for i, c in enumerate(row):
            natural[i] = max(natural[i], len(c))
            id_cells[i] += isinstance(terms[i], (URIRef, BNode))
    n = len(result.rows)
    count = f"({n} row{'' if n == 1 else 's'})"
    widths: list[int] | None
    if width is None:
        widths = [min(w, TABLE_MAX_WIDTH) for w in natural]
    else:
        minimal = [min(w, max(len(h), TABLE_MIN_COLUMN)) for w, h in zip(natural, header)]
        widths = fit_widths(natural, minimal, [k == 0 for k in id_cells], width)
        if widths is None:
            return _format_records(header, cells, width) + count + "\n"
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(_cut(c, w).ljust(w) for c, w in zip(row, widths)).rstrip())
    lines.append(count)
    return "\n".join(lines) + "\n"


def _nt(term: Node | None) -> str:
    """A term in N-Triples syntax (as pyoxigraph writes it; "" for an unbound value)."""
    if term is None:
        return ""
    from kg.graph.rdf import to_ox

    return str(to_ox(term))


def _w3c(result: QueryResult, fmt: str) -> str:
    """A SELECT or ASK result in a W3C results format, written by pyoxigraph's serialiser.

    The rows are handed to pyoxigraph as the W3C TSV it reads (each term in N-Triples syntax,
    escaped by pyoxigraph), and pyoxigraph writes the format asked for."""
    if result.type == "ASK":
        parsed = ox.parse_query_results('{"head":{},"boolean":%s}' % ("true" if result.boolean else "false"),
                                        ox.QueryResultsFormat.JSON)
    else:
        cache: dict[Node, str] = {}

        def cell(t: Node | None) -> str:
            if t is None:
                return ""
            c = cache.get(t)
            if c is None:
                c = cache[t] = _nt(t)
            return c

        lines = ["\t".join(f"?{v}" for v in result.vars)]
        lines += ["\t".join(cell(t) for t in row) for row in result.rows]
        parsed = ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)
    out = parsed.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
    return out if out.endswith("\n") else out + "\n"


def _results_format(fmt: str) -> Callable[[QueryResult], str]:
    return lambda result: _w3c(result, fmt)


def _rdf(graph: rdflib.Graph, fmt: Any) -> str:
    """A result graph written by pyoxigraph, triples in sorted order (so the text is stable), line
    separators escaped as in the exports (:func:`kg.graph.exports.escape_text_syntax`)."""
    from kg.graph.exports import escape_text_syntax
    from kg.graph.rdf import to_ox

    triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in sorted(graph)]
    out = escape_text_syntax(ox.serialize(triples, format=fmt, prefixes=PREFIXES).decode("utf-8"))
    return out if out.endswith("\n") or not out else out + "\n"


def _graph_turtle(graph: rdflib.Graph) -> str:
    return _rdf(graph, ox.RdfFormat.TURTLE)


def _graph_ntriples(graph: rdflib.Graph) -> str:
    lines = _rdf(graph, ox.RdfFormat.N_TRIPLES).split("\n")  # a triple a line; "\n" in a string is escaped
    return "".join(sorted(line + "\n" for line in lines if line))


def _graph_jsonld(graph: rdflib.Graph) -> str:
    return _rdf(graph, ox.RdfFormat.JSON_LD)


def _graph_as_rows(graph: rdflib.Graph) -> QueryResult:
    return QueryResult("SELECT", vars=["subject", "predicate", "object"], rows=sorted(graph))


_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}

#: Formats of SELECT and ASK results: name -> formatter.
TABULAR_FORMATS: dict[str, Callable[[QueryResult], str]] = {
    "table": _format_table,
    **{name: _results_format(name) for name in ("csv", "tsv", "json", "xml")},
}

#: Formats of CONSTRUCT and DESCRIBE results: name -> formatter of the result graph.
#: ``table`` gives Turtle; ``csv``, ``tsv``, ``json`` and ``xml`` give one row per triple,
#: with the variables subject, predicate, object, in the W3C result format of that name.
GRAPH_FORMATS: dict[str, Callable[[rdflib.Graph], str]] = {
    "turtle": _graph_turtle,
    "ntriples": _graph_ntriples,
    "jsonld": _graph_jsonld,
    "table": _graph_turtle,
    **{
        name: (lambda g, _f=TABULAR_FORMATS[name]: _f(_graph_as_rows(g)))
        for name in ("csv", "tsv", "json", "xml")
    },
}

#: Every format name :func:`format_result` knows.
FORMATS: tuple[str, ...] = tuple(dict.fromkeys([*TABULAR_FORMATS, *GRAPH_FORMATS]))


def format_result(result: QueryResult, fmt: str = "table", *, width: int | None = None) -> str:
    """Render a query result as text.

    ======== ========================================== ===========================
    fmt      SELECT / ASK                               CONSTRUCT / DESCRIBE
    ======== ========================================== ===========================
    table    aligned columns, compact IRIs, row count   Turtle
    csv      W3C SPARQL 1.1 Query Results CSV           the same, one row per triple (*)
    tsv      W3C SPARQL 1.1 Query Results TSV           the same, one row per triple (*)
    json     W3C SPARQL 1.1 Query Results JSON          the same, one row per triple (*)
    xml      W3C SPARQL Query Results XML               the same, one row per triple (*)
    turtle   (error)                                    Turtle
    ntriples (error)                                    N-Triples, sorted
    jsonld   (error)                                    JSON-LD
    ======== ========================================== ===========================

    (*) with the variables ``subject``, ``predicate``, ``object``, triples sorted.
    Every format but ``table`` is written by pyoxigraph's serialisers; an ASK result in csv/tsv
    is ``true`` or ``false``. Rows keep the order of the query (the bundled queries all have
    ORDER BY); graphs are written sorted, so the output is deterministic.

    Parameters
    ----------
    result : QueryResult
    fmt : str
        One of :data:`FORMATS`.
    width : int, optional
        For ``table``: the widest a line may be (the terminal's width). Text columns are narrowed
        to fit (cut with "…"), ids never; a result that cannot fit so is printed as one block of
        ``name  value`` lines per row. None: each cell is cut at :data:`TABLE_MAX_WIDTH`.

    Raises
    ------
    kg.errors.QueryError
        Unknown format, or a graph format for a SELECT/ASK result.

    Examples
    --------
    >>> format_result(QueryResult("ASK", boolean=True), "json")
    '{"head":{},"boolean":true}\\n'
    >>> format_result(QueryResult("ASK", boolean=True), "yaml")
    Traceback (most recent call last):
    kg.errors.QueryError: unknown format 'yaml' (allowed: table, csv, tsv, json, xml, turtle, ntriples, jsonld)
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format '{fmt}' (allowed: {', '.join(FORMATS)})")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return GRAPH_FORMATS[fmt](result.graph if result.graph is not None else rdflib.Graph())
    if fmt not in TABULAR_FORMATS:
        raise QueryError(
            f"format '{fmt}' is for CONSTRUCT and DESCRIBE results; for a {result.type} result "
            f"use one of: {', '.join(TABULAR_FORMATS)}"
        )
    if fmt == "table":
        return _format_table(result, width)
    return TABULAR_FORMATS[fmt](result)
