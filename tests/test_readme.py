"""The README's command examples run as written (in a folder holding the files they name)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
SAMPLES = ROOT / "kg" / "data" / "samples"
#: Commands that need something the test cannot give them: a server that runs until stopped, an
#: external triple store. Their options are checked by test_cli and test_push.
NOT_RUN = ("kg serve", "kg push")


def readme_commands() -> list[str]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        for line in block.splitlines():
            if line.startswith("kg "):
                lines.append(re.sub(r"\s+#.*$", "", line).strip())
    return lines


def test_the_readme_has_examples_of_every_command() -> None:
    names = {c.split()[1] for c in readme_commands()}
    assert {"build", "query", "view", "eval", "add", "remove", "export", "serve", "push"} <= names


def test_readme_examples_run_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SAMPLES, "reports")
    Path("new-reports").mkdir()
    (Path("new-reports") / "010_new_report.txt").write_text(
        "Turkey and Russia agreed on a joint monitoring centre. Russia mediated between Armenia and Azerbaijan.\n", "utf-8")
    Path("my-actors.csv").write_text("id,name,type,aliases\nminsk_group,OSCE Minsk Group,NegotiationFormat,Minsk Group\n", "utf-8")
    Path("my-question.rq").write_text("# title: Signatories\nSELECT ?who ?what WHERE { ?s kgo:signs ?a . "
                                      "?s rdfs:label ?who . ?a rdfs:label ?what } ORDER BY ?what ?who\n", "utf-8")
    shutil.copy(ROOT / "kg" / "data" / "gold" / "samples.json", "my-gold.json")
    runner = CliRunner()
    ran = []
    for command in readme_commands():
        if command.startswith(NOT_RUN):
            continue
        result = runner.invoke(app, shlex.split(command)[1:], env={"COLUMNS": "160"})
        assert result.exit_code == 0, (command, result.output)
        ran.append(command)
        if command.startswith("kg query 'DESCRIBE kga:"):
            assert "Khalifa Haftar" in result.stdout
        if "GRAPH kgg:" in command:
            assert result.stdout.strip().endswith("(5 rows)")
        if command.startswith("kg eval --verbose"):
            assert "forbidden" in result.stdout.lower()
    assert len(ran) >= 15
    assert Path("haftar.html").is_file() and Path("exports/view.html").is_file() and Path("out/graph.ttl").is_file()
