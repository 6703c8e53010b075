"""``kg serve``: the store over the SPARQL 1.1 Protocol, the graph page and the exports."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from kg.cli.common import app, handle_errors


@app.command("serve")
@handle_errors
def serve_command(
    directory: Path = typer.Argument(Path("exports"), help="Build folder (what `kg build` wrote, with its store)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Default: loopback only; give 0.0.0.0 to share on the network."),
    port: int = typer.Option(8787, "--port", "-p", min=0, max=65535, help="Port (0: any free port)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Time limit of one query, in seconds."),
    max_rows: int = typer.Option(100_000, "--max-rows", min=1, help="Most rows (or triples) one result may have."),
    max_queries: int = typer.Option(4, "--max-queries", min=1, help="Queries evaluated at once (timed-out ones still running count); more get 503."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not log requests."),
) -> None:
    """Serve a build read-only: SPARQL at /sparql, the graph page at /, the exports at /exports/.

    /sparql follows the SPARQL 1.1 Protocol (GET and POST; results as JSON, XML, CSV, TSV, or
    Turtle, N-Triples, JSON-LD for CONSTRUCT and DESCRIBE, by Accept header or ?format=). Updates
    and SERVICE are refused (403); each query has a time limit and a result-size limit. Stop with
    Ctrl-C.
    """
    from kg.store.server import make_server

    def log(line: str) -> None:
        sys.stderr.write(line + "\n")

    server = make_server(directory, host, port, timeout=timeout, max_rows=max_rows, max_queries=max_queries,
                         log=None if quiet else log)
    typer.echo(f"serving {directory}/ at {server.url} (SPARQL: {server.url}sparql); Ctrl-C to stop")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
