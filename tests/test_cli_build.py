"""``kg build`` from the command line (kg/cli): help, output, errors, warnings."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.exports import EXPORTERS

DOCS = Path(__file__).parent / "data" / "docs"
HAS_HTML = importlib.util.find_spec("kg.views.html") is not None
SUMMARY = re.compile(r"^(\d+) documents(?:, (\d+) skipped)?, (\d+) actors, (\d+) relations, (\d+) statements in "
                     r"\d+\.\d\d s -> .+/$")


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return invoke


def all_files(formats: list[str]) -> list[str]:
    return sorted(EXPORTERS[f].filename for f in formats)


def format_args(formats: list[str]) -> list[str]:
    """No --format at all when every export can be made (kg.views.html merged), else all but html."""
    return [] if HAS_HTML else ["--format", ",".join(formats)]


def assert_one_error_line(result) -> str:
    assert result.exit_code == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    errors = [x for x in lines if not x.startswith("kg: warning: ")]  # skipped files are warned first
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("kg: error: ") and errors[0] == lines[-1]
    assert "Traceback" not in result.output
    assert result.stdout == ""
    return errors[0]


def test_stderr_is_separate() -> None:
    # click >= 8.2 / typer >= 0.12 keep stderr apart from stdout in CliRunner results
    result = CliRunner().invoke(app, ["build", "/definitely/not/here"])
    assert result.stderr and not result.stdout


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["build", "--help"]])
def test_help(run, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    if "build" in args:
        for option in ("--out", "--format", "--actors", "--quiet"):
            assert option in result.stdout
    else:
        assert "build" in result.stdout


def test_no_arguments_shows_help(run) -> None:
    result = run()
    assert "Usage:" in result.stdout
    assert result.exit_code in (0, 2)


def test_version(run) -> None:
    result = run("--version")
    assert result.exit_code == 0 and re.fullmatch(r"kg \d+\.\d+\.\d+\S*\n", result.stdout)


def test_build_writes_all_files_and_one_summary_line(run, tmp_path: Path, formats) -> None:
    out = tmp_path / "out"
    result = run("build", DOCS, "-o", out, *format_args(formats))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    m = SUMMARY.match(lines[0])
    assert m, lines[0]
    assert int(m.group(1)) == 3 and m.group(2) is None
    assert int(m.group(3)) > 0 and int(m.group(4)) > 0
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == all_files(formats)


def test_repeated_and_comma_separated_formats(run, tmp_path: Path) -> None:
    result = run("build", DOCS, "-o", tmp_path, "-f", "turtle,ntriples", "--format", "csv-nodes")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["graph.nt", "graph.ttl", "nodes.csv"]


def test_several_paths(run, tmp_path: Path) -> None:
    result = run("build", DOCS / "karabakh.txt", DOCS / "libya", "-o", tmp_path, "-f", "csv-nodes")
    assert result.exit_code == 0, result.stderr
    assert SUMMARY.match(result.stdout.strip()).group(1) == "2"


def test_quiet_prints_nothing(run, tmp_path: Path, write_docs) -> None:
    root = write_docs({"good.txt": "Russia attacked Ukraine.", "empty.txt": b""})
    result = run("build", root, "-o", tmp_path / "out", "-q", "-f", "turtle")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == ""
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_default_input_is_the_sample_corpus(run, tmp_path: Path) -> None:
    result = run("build", "-o", tmp_path, "-f", "csv-nodes")
    assert result.exit_code == 0, result.stderr
    assert SUMMARY.match(result.stdout.strip()).group(1) == "5"


@pytest.mark.parametrize(
    ("case", "pattern"),
    [
        ("missing", r"no such file or folder"),
        ("no-documents", r"no documents found"),
        ("all-bad", r"no readable document"),
        ("bad-format", r"unknown export format 'pdf' \(allowed: .*turtle"),
        ("out-is-file", r"cannot create the output folder"),
        ("bad-actors-file", r""),
    ],
)
def test_errors_are_one_line(run, tmp_path: Path, write_docs, case: str, pattern: str) -> None:
    out = tmp_path / "out"
    args: list = ["build"]
    if case == "missing":
        args += [tmp_path / "nope", "-o", out]
    elif case == "no-documents":
        root = write_docs({"a.pdf": b"%PDF", "b.json": "{}"})
        args += [root, "-o", out]
    elif case == "all-bad":
        root = write_docs({"a.txt": b"", "b.txt": b"\x00\x01"})
        args += [root, "-o", out]
    elif case == "bad-format":
        args += [DOCS, "-o", out, "--format", "turtle,pdf"]
    elif case == "out-is-file":
        out.write_text("x", encoding="utf-8")
        args += [DOCS, "-o", out, "-f", "turtle"]
    else:
        bad = tmp_path / "actors.json"
        bad.write_text("{not json", encoding="utf-8")
        args += [DOCS, "-o", out, "--actors", bad, "-f", "turtle"]
    line = assert_one_error_line(run(*args))
    assert re.search(pattern, line), line
    if case == "missing":
        assert str(tmp_path / "nope") in line
    if case == "no-documents":
        assert str(tmp_path / "docs") in line
    if case == "all-bad":
        assert len(run(*args).stderr.splitlines()) == 3  # a warning for each file, then the error
    if case != "out-is-file":
        assert not out.exists()


def test_warnings_go_to_stderr_and_the_build_goes_on(run, tmp_path: Path, write_docs) -> None:
    root = write_docs({
        "good.txt": "Russia attacked Ukraine.",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "empty.md": b"",
        "latin.txt": "Caf\u00e9 talks: Russia met Turkey.".encode("cp1252"),
    })
    out = tmp_path / "out"
    result = run("build", root, "-o", out, "-f", "turtle,csv-nodes")
    assert result.exit_code == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert len(warnings) == 3
    assert all(w.startswith("kg: warning: ") for w in warnings)
    for name in ("binary.txt", "empty.md", "latin.txt"):
        assert sum(name in w for w in warnings) == 1, name
    m = SUMMARY.match(result.stdout.strip())
    assert m and m.group(1) == "2" and m.group(2) == "2"
    assert (out / "graph.ttl").is_file()


def test_failed_build_keeps_previous_exports(run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", DOCS, "-o", out, "-f", "turtle,csv-nodes").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert_one_error_line(run("build", tmp_path / "nope", "-o", out, "-f", "turtle,csv-nodes"))
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_progress_bar_follows_every_stage(tmp_path: Path) -> None:
    """The bar kg build draws on a terminal names each stage and counts its items, from reading the
    documents to loading the store."""
    import io

    from rich.console import Console

    import kg.pipeline
    from kg.cli.build_cmd import StageBar

    screen = io.StringIO()
    frames: list[str] = []
    bar = StageBar(Console(file=screen, force_terminal=True, width=120, color_system=None))

    def progress(*args) -> None:
        bar(*args)
        bar.bar.refresh()
        frames.append(screen.getvalue())

    with bar:
        kg.pipeline.build([DOCS], tmp_path, progress=progress, formats=["turtle", "trig"])
    shown = "".join(frames)
    for stage, count in [("reading", "3/3"), ("extracting", "3/3"), ("merging", "1/1"), ("writing", "2/2"),
                         ("loading store", "")]:
        assert stage in shown, stage
        assert count in shown
    assert "graph.trig" in shown and "karabakh" in shown
    loaded = re.findall(r"loading store\D*(\d+)/(\d+)", shown)
    assert loaded and all(a == b for a, b in loaded[-1:]), loaded  # its own count, not the files' total


def test_jobs_and_cluster_in_help(run) -> None:
    result = run("build", "--help")
    assert "--jobs" in result.stdout and "--cluster" in result.stdout


def test_an_unreadable_file_given_by_name_is_skipped_with_one_warning(tmp_path: Path) -> None:
    """kg, not the option parser, reports a file it cannot read: one warning line, and the rest
    is built."""
    import os
    import shutil
    import subprocess
    import sys

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Russia mediated the Sochi talks.\n", "utf-8")
    locked = docs / "locked.txt"
    locked.write_text("Turkey hosted the talks.\n", "utf-8")
    locked.chmod(0)
    cmd = [sys.executable, "-m", "kg", "build", str(locked), str(docs / "a.txt"), "-o", str(tmp_path / "out"),
           "--no-store", "-f", "csv-edges"]
    if os.geteuid() == 0:  # root reads everything: drop the capability that lets it
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        cmd = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps",
               "-dac_override,-dac_read_search", *cmd]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    locked.chmod(0o600)
    assert r.returncode == 0, r.stderr
    assert [line for line in r.stderr.splitlines() if line.strip()] == [
        f"kg: warning: {locked}: skipped, cannot be read (Permission denied)"]
    assert "Sochi" in (tmp_path / "out" / "edges.csv").read_text("utf-8")
