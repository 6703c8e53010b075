"""kg.staging: kg deletes only what it made (markers), a build is one transaction (exports and store
switch together or not at all: killed, interrupted, failing), stale staging folders go, and the
folder lock keeps writers off a folder that is being read. Real processes, real signals."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import StoreError
from kg.pipeline import build
from kg.staging import STAGING_FORMAT, STAGING_MARKER, STAGING_PREFIX, Staging, _write_json, lock_folder, recover, staging_folders
from kg.store.store import open_store, write_store

DOCS = Path(__file__).parent / "data" / "docs"
FORMATS = ["trig", "turtle", "csv-nodes"]
runner = CliRunner()


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def state(out: Path) -> tuple[dict[str, bytes], set, list[str]]:
    """The exports' bytes, the store's quads, and the folder's entries (after the recovery a
    reader does)."""
    with open_store(out / "store") as st:
        quads = st.quads()
    return files(out), quads, sorted(p.name for p in out.iterdir() if not p.name.startswith(STAGING_PREFIX))


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A build of one document (out), and a folder of two documents (more) to build over it."""
    one, more = tmp_path / "one", tmp_path / "more"
    one.mkdir()
    more.mkdir()
    docs = [DOCS / "karabakh.txt", DOCS / "donbas.html"]
    shutil.copy(docs[0], one)
    for d in docs:
        shutil.copy(d, more)
    out = tmp_path / "out"
    build([one], out, formats=FORMATS, jobs=1)
    return out, one, more


BUILD = ("import sys; from pathlib import Path; from kg.pipeline import build; "
         "build([Path(sys.argv[2])], Path(sys.argv[1]), formats=sys.argv[3].split(','), jobs=1)")


def _build_process(out: Path, docs: Path, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", BUILD, str(out), str(docs), ",".join(FORMATS)],
                            env={**os.environ, **(env or {})}, **kw)


def _paused_build(out: Path, docs: Path, tmp_path: Path, stage: str, **kw) -> subprocess.Popen:
    mark = tmp_path / f"mark-{stage}"
    p = _build_process(out, docs, {"KG_TEST_STORE_PAUSE": "60", "KG_TEST_STORE_MARK": str(mark),
                                   "KG_TEST_STORE_PAUSE_AT": stage}, **kw)
    deadline = time.monotonic() + 120
    while not mark.exists() and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    assert mark.exists() and mark.read_text() == stage, f"the build never reached {stage}"
    return p


# --------------------------------------------------------------------------- one transaction

@pytest.mark.parametrize("stage", ["switch", "switching", "commit"])
def test_build_killed_during_the_switch_leaves_the_previous_version(two, tmp_path: Path, stage: str) -> None:
    """SIGKILL before anything is switched ("switch"), while the store is out of place
    ("switching": there is no store/ at all), and when every file and the store are in place but
    the switch is not marked done ("commit"): the next command, even a read-only one, puts the
    previous exports and store back (renames only), and the next build removes the staging."""
    out, _, more = two
    before = state(out)
    p = _paused_build(out, more, tmp_path, stage)
    os.kill(p.pid, signal.SIGKILL)
    p.wait(10)
    if stage == "switching":
        assert not (out / "store").exists()
    r = runner.invoke(app, ["query", "SELECT ?id WHERE { ?d a kgo:Document ; dcterms:identifier ?id }",
                            "-o", str(out), "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1:] == ["karabakh"]
    assert state(out) == before
    assert len(staging_folders(out)) == 1  # a reader deletes nothing
    build([more], out, formats=FORMATS, jobs=1)
    assert staging_folders(out) == []
    with open_store(out / "store") as st:
        assert len(st.documents()) == 2


def test_build_killed_at_any_moment_gives_old_or_new_never_a_mix(two, tmp_path: Path) -> None:
    """SIGKILL at several moments of a real build (no pause): the exports and the store are both
    the previous ones or both the new ones."""
    out, _, more = two
    before = state(out)
    ref = tmp_path / "ref"
    build([more], ref, formats=FORMATS, jobs=1)
    after = state(ref)
    t0 = time.monotonic()
    _build_process(tmp_path / "ref2", more).wait(120)
    whole = time.monotonic() - t0
    seen = set()
    for i in range(6):
        work = tmp_path / f"w{i}"
        shutil.copytree(out, work)
        p = _build_process(work, more)
        time.sleep(whole * (0.55 + 0.09 * i))
        os.kill(p.pid, signal.SIGKILL)
        p.wait(10)
        got = state(work)
        assert got in (before, after), f"run {i}: a mix of old and new"
        seen.add(got == after)
    assert seen


def test_interrupted_build_says_the_previous_version_is_intact(two, tmp_path: Path) -> None:
    """Ctrl-C (SIGINT) while the build switches: one line, exit 130, and it is true."""
    out, _, more = two
    before = state(out)
    code = ("import sys; from kg.cli import main; sys.argv = ['kg', 'build', sys.argv[1], '-o', sys.argv[2], "
            "'-f', 'trig,turtle,csv-nodes', '-j', '1', '-q']; main()")
    mark = tmp_path / "mark"
    p = subprocess.Popen([sys.executable, "-c", code, str(more), str(out)], stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "KG_TEST_STORE_PAUSE": "60", "KG_TEST_STORE_MARK": str(mark),
                              "KG_TEST_STORE_PAUSE_AT": "switching"})
    deadline = time.monotonic() + 120
    while not mark.exists() and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    assert mark.exists()
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=30)
    assert p.returncode == 130
    assert err.count("\n") == 1 and "interrupted" in err and "left as they were" in err, err
    assert staging_folders(out) == []
    assert state(out) == before


def _limit_file_size() -> None:  # in the child: writes past 60 KB fail with EFBIG (Python ignores SIGXFSZ)
    resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))


def test_store_write_failure_leaves_exports_and_store(two, tmp_path: Path) -> None:
    """The store cannot be written (a file-size limit stands in for a full disk): the build fails
    with one line that tells the truth, and the previous exports and store are as they were."""
    out, _, more = two
    before = state(out)
    code = ("import sys; from kg.cli import main; sys.argv = ['kg', 'build', sys.argv[1], '-o', sys.argv[2], "
            "'-f', 'trig', '-j', '1', '-q']; main()")
    p = subprocess.run([sys.executable, "-c", code, str(more), str(out)], capture_output=True, text=True,
                       preexec_fn=_limit_file_size, timeout=300)
    assert p.returncode == 1, p.stderr
    assert p.stderr.count("\n") == 1 and "left as they were" in p.stderr, p.stderr
    assert staging_folders(out) == []
    assert state(out) == before


def test_a_rename_failing_midway_puts_everything_back(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("old a")
    (out / "c.txt").write_text("old c")
    real = os.replace
    calls = []

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 3:  # a.txt and b.txt are in place, c.txt fails
            raise OSError(28, "No space left on device")
        return real(src, dst)

    with Staging(out) as st:
        for name in ("a.txt", "b.txt", "c.txt"):
            st.new(name).write_text(f"new {name[0]}")
        monkeypatch.setattr(os, "replace", flaky)
        with pytest.raises(StoreError, match="No space left on device.*previous version is left as it was"):
            st.commit()
        monkeypatch.setattr(os, "replace", real)
    assert files(out) == {"a.txt": b"old a", "c.txt": b"old c"}
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "c.txt"]


# --------------------------------------------------------------------------- only what kg made

def test_build_refuses_a_store_folder_kg_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    (out / "store" / "thesis.tex").write_text("mine")
    r = runner.invoke(app, ["build", str(DOCS), "-o", str(out), "-f", "turtle"])
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "not a conflict-kg store" in r.stderr, r.output
    assert (out / "store" / "thesis.tex").read_text() == "mine"
    assert sorted(p.name for p in out.iterdir()) == ["store"]
    with pytest.raises(StoreError, match="not a conflict-kg store"):
        write_store([], out / "store")
    assert (out / "store" / "thesis.tex").read_text() == "mine"


def test_folders_without_a_marker_are_never_removed(two, tmp_path: Path) -> None:
    """Folders named like kg's (store.new, store.old, .kg-build-*, .tmp-*) but without its marker
    survive every command; the old names are named in a warning."""
    out, _, more = two
    mine = {"store.new": "a", "store.old": "b", f"{STAGING_PREFIX}notes": "c", ".tmp-x": "d"}
    for name, text in mine.items():
        (out / name).mkdir()
        (out / name / "keep.txt").write_text(text)
    ro = runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--store", str(out / "store")])
    assert ro.exit_code == 0, ro.output
    r = runner.invoke(app, ["build", str(more), "-o", str(out), "-f", ",".join(FORMATS), "-j", "1"])
    assert r.exit_code == 0, r.output
    for name in ("store.new", "store.old", ".tmp-x"):
        assert name in r.stderr
    for name, text in mine.items():
        assert (out / name / "keep.txt").read_text() == text


def test_read_only_commands_delete_nothing(two, tmp_path: Path) -> None:
    """`kg query --store P` and `kg serve X` with P.old / X/store.old and a leftover staging
    folder of a finished build: nothing is removed."""
    from kg.store.server import make_server

    out, _, _ = two
    (out.parent / "out.old").mkdir()
    (out / "store.old").mkdir()
    leftover = out / f"{STAGING_PREFIX}left"
    leftover.mkdir()
    _write_json(leftover / STAGING_MARKER, {"format": STAGING_FORMAT, "version": 1})
    before = sorted(p.name for p in out.iterdir()) + sorted(p.name for p in out.parent.iterdir())
    assert runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--store", str(out / "store")]).exit_code == 0
    srv = make_server(out, "127.0.0.1", 0, max_queries=1)
    srv.server_close()
    runner.invoke(app, ["view", "-o", str(out), "--html", str(tmp_path.parent / f"{tmp_path.name}-view.html"), "-q"])
    assert sorted(p.name for p in out.iterdir()) + sorted(p.name for p in out.parent.iterdir()) == before
    build([DOCS], out, formats=["turtle"], jobs=1)  # a writer: the dead build's staging goes, nothing else
    assert not leftover.exists() and (out / "store.old").is_dir() and (out.parent / "out.old").is_dir()


def test_a_staging_folder_in_use_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = ("import sys, time; from kg.staging import Staging; st = Staging(sys.argv[1]); "
            "print(st.path, flush=True); time.sleep(60)")
    p = subprocess.Popen([sys.executable, "-c", code, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        path = Path(p.stdout.readline().strip())
        recover(out, remove=True)
        assert path.is_dir()
    finally:
        p.kill()
        p.wait(10)
    recover(out, remove=True)
    assert not path.exists()


# --------------------------------------------------------------------------- the folder lock

def test_build_on_a_folder_being_read_is_refused_at_once(two) -> None:
    out, _, more = two
    before = state(out)
    with lock_folder(out, exclusive=False):
        t0 = time.monotonic()
        r = runner.invoke(app, ["build", str(more), "-o", str(out), "-f", "turtle"])
        assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "in use by another kg command" in r.stderr
        assert time.monotonic() - t0 < 30  # before any extraction
    assert state(out) == before
