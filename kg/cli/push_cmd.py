"""``kg push``: send the graph to an external triple store (SPARQL 1.1 Graph Store Protocol)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, handle_errors


@app.command("push")
@handle_errors
def push_command(
    endpoint: str = typer.Option(..., "--endpoint", "-e", help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph), http://host:3030/ds/data (Fuseki)."),
    graph: Optional[str] = typer.Option(None, "--graph", help="Send everything to this one named graph (IRI). Default: each named graph to the graph of the same name, and the file's default graph (all of a .ttl, .nt or .jsonld file) to the endpoint's default graph."),
    merge: bool = typer.Option(False, "--merge", help="Add to the target graph(s) (POST) instead of replacing them (PUT)."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Build folder whose store (or graph.trig) is sent."),
    source: Optional[Path] = typer.Option(None, "--from", help="Send this RDF file instead (.trig, .ttl, .nt, .jsonld)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Send the graph to an external triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    Each document's named graph (and the build and ontology graphs) replaces the graph of the same
    name at the endpoint (PUT); triples in no named graph (all of a .ttl, .nt or .jsonld file given
    with --from) go to the endpoint's default graph (?default); --merge adds instead (POST);
    --graph IRI sends everything as one graph. An endpoint that refuses or is down is reported in one line; nothing local changes.
    """
    from kg.store.push import load_source, push_dataset

    result = push_dataset(load_source(out, source), endpoint, graph_iri=graph, merge=merge)
    if not quiet:
        typer.echo(result.summary(endpoint))
