"""``kg view``: write an interactive HTML view of (part of) the graph."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, graph_source, handle_errors, split_list
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
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Build folder: its store (OUT/store, else OUT/graph.trig) is read and the page is written to OUT/view.html."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write the page to this file instead of OUT/view.html.", show_default=False),
    graph: Optional[Path] = typer.Option(None, "--graph", "-g", help="Read this RDF file instead (a TriG export of `kg build`, or .ttl, .nt, .jsonld).", show_default=False),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help="Read this store folder instead (written by `kg build`, e.g. exports/store).", show_default=False),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing on success."),
) -> None:
    """Write an interactive HTML view of the graph that opens offline in any browser.

    Give actor names to see their neighbourhood, and filter by relation, actor type and date.
    Reads the graph the way `kg query` does: the build folder's store when there is one, else
    its graph.trig. Click a node or an edge to read the evidence sentences; the legend toggles
    types and relations; the search box finds an actor by any of its names.

    Example: kg view Russia Turkey --depth 2 --relations mediates,guarantees --html nk.html
    """
    from kg.views.html import write_html  # noqa: PLC0415 (keep `kg --help` fast)
    from kg.views.select import select_view  # noqa: PLC0415

    kind, path = graph_source(out, store, graph)
    if kind == "store":
        from kg.store.store import open_store  # noqa: PLC0415

        with open_store(path) as st:
            G = st.graph()
    else:
        from kg.graph.rdf import load_graph  # noqa: PLC0415

        if not path.exists():
            raise InputError(f"{path}: no such graph file (run 'kg build' first, or pass --graph FILE or --store DIR)")
        G = load_graph(path)
    H = select_view(
        G,
        actors=list(actors or []),
        depth=depth,
        relations=split_list(relations),
        types=split_list(types),
        since=since,
        until=until,
    )
    title = "conflict-kg: " + (", ".join(actors) if actors else path.name)
    written = write_html(H, html if html is not None else Path(out) / "view.html", title=title)
    if not quiet:
        n_edges = sum(1 for *_x, d in H.edges(keys=True, data=True) if d.get("asserted", True))
        typer.echo(f"wrote {written} ({H.number_of_nodes()} actors, {n_edges} relations)")
