"""``kg query``: run SPARQL over a built graph."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, handle_errors
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
    graph: Optional[Path] = typer.Option(None, "--graph", "-g", help="RDF file to query (.trig, .ttl, .nt, .jsonld). Default: the store exports/store if there is one, else exports/graph.trig."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help="Store folder to query (written by `kg build`, e.g. exports/store)."),
    timeout: float = typer.Option(0, "--timeout", help="Give up after this many seconds (0: no limit)."),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table, csv, tsv, json, xml (SELECT/ASK; W3C SPARQL 1.1 results formats) or turtle, ntriples, jsonld (CONSTRUCT/DESCRIBE)."),
    param: Optional[list[str]] = typer.Option(None, "--param", "-p", help="Bind a query parameter: NAME=VALUE (repeatable), e.g. --param actor=Haftar."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the bundled queries and their parameters, then exit."),
) -> None:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a built graph.

    Runs on the Oxigraph store (exports/store, or --store DIR) when there is one, else on an RDF
    file (exports/graph.trig, or --graph FILE) loaded into an in-memory Oxigraph store.

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
    from kg.store.store import default_store, memory_store, open_store, store_exists

    q = load_query(query)
    if graph is not None and store is not None:
        raise QueryError("give either --graph FILE or --store DIR, not both")
    if graph is None and store is None:
        store = default_store() if store_exists(default_store()) else None
        graph = None if store is not None else Path("exports/graph.trig")
    if store is not None:
        with open_store(store) as st:
            result = run_query(st, q, _params(param), timeout=timeout or None)
    else:
        assert graph is not None
        result = run_query(memory_store(graph), q, _params(param), timeout=timeout or None)
    typer.echo(format_result(result, fmt), nl=False)
