"""``kg query``: run SPARQL over a built graph."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, graph_source, handle_errors, terminal_width
from kg.errors import QueryError


def _params(values: Optional[list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values or []:
        if "=" not in v:
            raise QueryError(f"--param {v!r}: write it as NAME=VALUE, e.g. --param actor=Haftar")
        k, _, val = v.partition("=")
        out[k.strip()] = val
    return out


@app.command("query")
@handle_errors
def query_command(
    query: Optional[str] = typer.Argument(None, help="A SPARQL query (inline), a .rq file, or the name of a bundled query (see --list)."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Build folder whose store (OUT/store) is queried, or OUT/graph.trig when it has no store."),
    graph: Optional[Path] = typer.Option(None, "--graph", "-g", help="RDF file to query instead (.trig, .ttl, .nt, .jsonld)."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help="Store folder to query instead (written by `kg build`, e.g. exports/store)."),
    timeout: float = typer.Option(0, "--timeout", help="Give up after this many seconds (0: no limit)."),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table, csv, tsv, json, xml (SELECT/ASK; W3C SPARQL 1.1 results formats) or turtle, ntriples, jsonld (CONSTRUCT/DESCRIBE)."),
    param: Optional[list[str]] = typer.Option(None, "--param", "-p", help="Bind a query parameter: NAME=VALUE (repeatable), e.g. --param actor=Haftar."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the bundled queries and their parameters, then exit."),
) -> None:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a built graph.

    Runs on the Oxigraph store of the build folder (OUT/store, or --store DIR) when there is one,
    else on an RDF file (OUT/graph.trig, or --graph FILE) loaded into an in-memory Oxigraph store.
    A QUERY argument that names an existing file is read from it; a bundled name runs that query;
    anything else is the query text.

    Examples: ``kg query mediators``, ``kg query neighbourhood --param actor=Haftar``,
    ``kg query 'SELECT ?s WHERE { ?s a kgo:State }' --format json``, ``kg query my.rq``.
    Prefixes kgo:, kgr:, rdf:, rdfs:, owl:, skos:, prov:, dcterms:, xsd: and wd: are predeclared.
    """
    from kg.store.sparql import format_result, list_queries, load_query, run_query

    if list_:
        for q in list_queries():
            params = "".join(f"\n    --param {k}=...  {v}" for k, v in q.params.items())
            typer.echo(f"{q.name:<14} {q.title}{params}")
        return
    if not query:
        raise QueryError("no query given (a SPARQL text, a .rq file or a bundled name; see kg query --list)")
    from kg.store.store import memory_store, open_store

    q = load_query(query)
    kind, path = graph_source(out, store, graph)
    if kind == "store":
        with open_store(path) as st:
            result = run_query(st, q, _params(param), timeout=timeout or None)
    else:
        result = run_query(memory_store(path), q, _params(param), timeout=timeout or None)
    typer.echo(format_result(result, fmt, width=terminal_width()), nl=False)
