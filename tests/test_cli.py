"""Every command has help; query and eval work from the command line; errors are one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
COMMANDS = sorted(c.name for c in app.registered_commands)


def test_all_commands_registered() -> None:
    assert {"build", "query", "eval", "view"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str) -> None:
    r = runner.invoke(app, [name, "--help"])
    assert r.exit_code == 0
    assert "Usage" in r.output and len(r.output.splitlines()) > 5


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    r = runner.invoke(app, ["build", "-o", str(out), "--format", "trig,turtle", "--quiet"])
    assert r.exit_code == 0, r.output
    return out


@pytest.mark.parametrize("name", ["mediators", "guarantors", "withdrawals", "signatories", "evidence", "actors"])
def test_bundled_queries_return_rows(built: Path, name: str) -> None:
    r = runner.invoke(app, ["query", name, "--graph", str(built / "graph.trig"), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["head"]["vars"] and data["results"]["bindings"]


def test_neighbourhood_of_an_actor(built: Path) -> None:
    r = runner.invoke(app, ["query", "neighbourhood", "-g", str(built / "graph.ttl"), "-p", "actor=haftar", "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert "Turkey" in r.stdout and "criticizes" in r.stdout


def test_inline_ask_and_construct(built: Path) -> None:
    r = runner.invoke(app, ["query", "ASK { ?s kgo:mediates ?o }", "-g", str(built / "graph.trig"), "-f", "json"])
    assert json.loads(r.stdout) == {"head": {}, "boolean": True}
    r = runner.invoke(app, ["query", "CONSTRUCT { ?s kgo:signs ?o } WHERE { ?s kgo:signs ?o }",
                            "-g", str(built / "graph.trig"), "-f", "ntriples"])
    assert r.exit_code == 0 and "ontology#signs" in r.stdout


@pytest.mark.parametrize("args,needle", [
    (["query", "SELECT ?s WHERE { ?s a kgo:State "], "line 1, column"),
    (["query", "missing.rq"], "no such query file"),
    (["query", "mediators", "--graph", "nowhere.trig"], "no such graph file"),
    (["query", "mediators", "--format", "yaml"], "yaml"),
    (["query", "neighbourhood", "--param", "actor"], "NAME=VALUE"),
    (["eval", "nowhere.json"], "no such gold file"),
])
def test_query_and_eval_errors_are_one_line(built: Path, args: list[str], needle: str) -> None:
    if "--graph" not in args and args[0] == "query":
        args = args + ["--graph", str(built / "graph.trig")]
    r = runner.invoke(app, args)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and needle in lines[0]
    assert "Traceback" not in r.output


def test_eval_without_a_gold_file_scores_the_sample_with_the_shipped_gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # nothing of the source tree is needed
    r = runner.invoke(app, ["eval", "--json"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert [d["file"] for d in report["documents"]] == sorted(p.name for p in (ROOT / "kg" / "data" / "samples").iterdir())
    totals = report["totals"]
    assert totals["entity_f1"] > 0.9 and totals["relation_precision"] > 0.9 and totals["forbidden_hits"] == 0


def test_shipped_gold_is_the_project_annotation() -> None:
    """kg/data/gold/samples.json is the project's hand annotation (shared/gold/seeds.json), unchanged."""
    from kg.evaluate import sample_gold

    shared = ROOT.parent / "shared" / "gold" / "seeds.json"
    if not shared.is_file():
        pytest.skip("shared/gold/seeds.json is not beside this work tree")
    assert sample_gold().read_bytes() == shared.read_bytes()


def test_python_dash_m_kg_runs_the_cli() -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "Usage: kg" in r.stdout and "build" in r.stdout and "--install-completion" in r.stdout


def test_shell_completion_is_available() -> None:
    r = runner.invoke(app, ["--show-completion", "bash"], prog_name="kg")
    assert r.exit_code == 0, r.output
    assert "complete" in r.stdout and "_KG_COMPLETE" in r.stdout


def test_dash_o_means_the_build_folder_in_every_command() -> None:
    """`-o` is `--out`, a folder, wherever it exists; a file to write has its own long name."""
    import typer.main

    group = typer.main.get_command(app)
    seen = []
    for name, command in group.commands.items():
        for param in command.params:
            if "-o" in getattr(param, "opts", []):
                seen.append(name)
                assert param.opts == ["--out", "-o"], (name, param.opts)
                assert "older" in (param.help or ""), (name, param.help)
    assert {"build", "add", "remove", "export", "push", "query", "view"} <= set(seen)


def test_an_internal_error_names_the_document_it_met(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.extract as extract

    def broken(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        raise ValueError("a bug")

    monkeypatch.setattr(extract, "extract_document", broken)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    extract.get_extractor.cache_clear()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "report.txt").write_text("Qatar mediated the Doha talks.", encoding="utf-8")
    r = runner.invoke(app, ["build", str(tmp_path / "docs"), "-o", str(tmp_path / "out"), "--jobs", "1", "--quiet"])
    assert r.exit_code == 2
    assert "internal error: ValueError: a bug (while extracting" in r.output and "report.txt" in r.output
    extract.get_extractor.cache_clear()
