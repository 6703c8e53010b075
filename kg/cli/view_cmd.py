"""``kg view``: write an interactive HTML view of (part of) the graph."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.common import app, handle_errors, split_list
from kg.errors import InputError


@app.command("view")
@handle_errors
def view(
    actors: list[str] = typer.Argument(None, help="Actors to centre on, by any of their names (none: the whole graph).", show_default=False),
    depth: int = typer.Option(1, "--depth", "-d", min=0, help="Steps to walk from the actors (edge direction ignored)."),
    relations: list[str] = typer.Option(None, "--relations", "-r", help="Relations to keep, comma-separated (e.g. mediates,guarantees).", show_default=False),
    types: list[str] = typer.Option(None, "--types", "-t", help="Actor types to keep, comma-separated (e.g. State,Person).", show_default=False),
    since: str = typer.Option(None, "--since", help="Keep evidence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); drops undated edges.", show_default=False),
    until: str = typer.Option(None, "--until", help="Keep evidence dated on or before DATE (inclusive); drops undated edges.", show_default=False),
    graph: Path = typer.Option(Path("exports/graph.trig"), "--graph", "-g", help="Graph to read (a TriG export of 'kg build')."),
    output: Path = typer.Option(Path("exports/view.html"), "--output", "-o", help="HTML file to write."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Write an interactive HTML view of the graph that opens offline in any browser.

    Give actor names to see their neighbourhood, and filter by relation, actor type and date.
    Click a node or an edge to read the evidence sentences; the legend toggles types and
    relations; the search box finds an actor by any of its names.

    Example: kg view Russia Turkey --depth 2 --relations mediates,guarantees -o nk.html
    """
    from kg.views.html import write_html  # noqa: PLC0415 (keep `kg --help` fast)
    from kg.graph.rdf import load_graph  # noqa: PLC0415
    from kg.views.select import select_view  # noqa: PLC0415

    if not graph.exists():
        raise InputError(f"{graph}: no such graph file (run 'kg build' first, or pass --graph FILE)")
    G = load_graph(graph)
    H = select_view(
        G,
        actors=list(actors or []),
        depth=depth,
        relations=split_list(relations),
        types=split_list(types),
        since=since,
        until=until,
    )
    title = "conflict-kg: " + (", ".join(actors) if actors else graph.name)
    path = write_html(H, output, title=title)
    if not quiet:
        n_edges = sum(1 for *_x, d in H.edges(keys=True, data=True) if d.get("asserted", True))
        typer.echo(f"wrote {path} ({H.number_of_nodes()} actors, {n_edges} relations)")
