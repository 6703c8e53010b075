"""``kg serve``: the store over the SPARQL 1.1 Protocol, the graph page and the exports."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, handle_errors, warn


@app.command("serve")
@handle_errors
def serve_command(
    directory: Path = typer.Argument(Path("exports"), help="Build folder (what `kg build` wrote, with its store)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Default: loopback only; 0.0.0.0 shares the graph with the network (a warning says so)."),
    port: int = typer.Option(8787, "--port", "-p", min=0, max=65535, help="Port (0: any free port)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Time limit of one query, its parsing included, in seconds; then it is stopped (503)."),
    max_rows: int = typer.Option(100_000, "--max-rows", min=1, help="Most rows (or triples) one result may have; more is a 400 that names the limit."),
    max_queries: int = typer.Option(4, "--max-queries", min=1, help="Queries evaluated at once (one worker process each); a query waits for a free one at most its time limit, then gets 503."),
    cors: Optional[str] = typer.Option(None, "--cors", metavar="ORIGIN", help="Let pages from this origin (https://host:port, or * for any) read the answers. Default: no cross-origin reads."),
    allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", metavar="NAME", help="Also answer requests addressed to this host name (behind a proxy); may be repeated. Others get 403 (DNS rebinding)."),
    read_timeout: float = typer.Option(10.0, "--read-timeout", min=0.1, help="Seconds a request has to arrive whole; a slower one gets 400 or is cut off."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not log requests."),
) -> None:
    """Serve a build read-only: SPARQL at /sparql, the graph page at /, the exports at /exports/.

    /sparql follows the SPARQL 1.1 Protocol (GET and POST; results as JSON, XML, CSV, TSV, or
    Turtle, N-Triples, JSON-LD for CONSTRUCT and DESCRIBE, by Accept header or ?format=). Updates
    and SERVICE are refused (403); each query runs in a worker process that is stopped at the
    time limit; results have a size limit. No cross-origin reads unless --cors, and requests
    must be addressed to this server (Host header). While it runs, `kg query` reads the same
    store, and `kg build` or `kg add` on the folder are refused. Stop with Ctrl-C.
    """
    from kg.store.server import exposure_warning, make_server

    def log(line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    exposed = exposure_warning(host)
    if exposed:
        warn(exposed)
    server = make_server(directory, host, port, timeout=timeout, max_rows=max_rows, max_queries=max_queries,
                         cors=cors, allow_hosts=tuple(allow_host or ()), read_timeout=read_timeout,
                         log=None if quiet else log)
    typer.echo(f"serving {directory}/ at {server.url} (SPARQL: {server.url}sparql); Ctrl-C to stop")

    def stop(signum: int, frame: object) -> None:  # SIGTERM (a service manager) stops it as Ctrl-C does
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
