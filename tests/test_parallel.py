"""Extraction over a process pool (--jobs) and a Dask cluster (--cluster): the same bytes as a plain
build, whatever the number of processes, the hash seed or the order of the inputs (kg/parallel.py)."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.pipeline as P
from kg.errors import ClusterError, KGError
from kg.extract.ingest import read_documents, sample_corpus
from kg.parallel import batches, extract, extract_on_cluster

DOCS = Path(__file__).parent / "data" / "docs"
SMALL_BATCHES = 1500  # characters: several batches even for the small test corpora


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample corpus and the test documents in one folder: eight documents of all three kinds."""
    root = tmp_path_factory.mktemp("corpus")
    for src in [*sample_corpus().iterdir(), *DOCS.rglob("*.*")]:
        if src.suffix in {".txt", ".md", ".html"}:
            (root / src.name).write_bytes(src.read_bytes())
    return root


@pytest.fixture(scope="module")
def plain(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("plain")
    P.build([corpus], out, jobs=1)
    return snapshot(out)


def test_batches_keep_order_and_size() -> None:
    docs = read_documents([DOCS])
    got = batches(docs, 300)
    assert [d for b in got for d in b] == docs
    assert all(len(b) == 1 or sum(len(d.text) for d in b) <= 300 for b in got)
    assert batches(docs, 10**9) == [docs]


def test_pool_runs_jobs_processes_and_gives_every_document(corpus) -> None:
    docs = read_documents([corpus])
    stream = extract(docs, jobs=2, batch_chars=SMALL_BATCHES)
    first = next(stream)
    assert len(multiprocessing.active_children()) == 2  # the pool is up while results stream in
    rest = list(stream)
    assert sorted(x.document.id for x in [first, *rest]) == sorted(d.id for d in docs)
    alone = {x.document.id: x for x in extract(docs, jobs=1)}
    for x in [first, *rest]:
        assert x.claims == alone[x.document.id].claims and x.entities == alone[x.document.id].entities


def test_one_batch_runs_in_this_process(corpus) -> None:
    docs = read_documents([DOCS])
    before = len(multiprocessing.active_children())
    stream = extract(docs, jobs=4)  # three small documents: one batch, no pool
    next(stream)
    assert len(multiprocessing.active_children()) == before
    list(stream)


def test_jobs_give_the_same_bytes(corpus, plain, tmp_path) -> None:
    P.build([corpus], tmp_path, jobs=2, batch_chars=SMALL_BATCHES)
    assert snapshot(tmp_path) == plain


def test_same_bytes_with_another_hash_seed_and_input_order(corpus, plain, tmp_path) -> None:
    """Documents given in another order (two folders, swapped), in a fresh interpreter with another
    hash seed, over two processes: the same bytes."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for i, f in enumerate(sorted(corpus.iterdir())):
        ((a if i % 2 else b) / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out"
    code = ("import sys, kg.pipeline as P; "
            "P.build([sys.argv[1], sys.argv[2]], sys.argv[3], jobs=2, batch_chars=int(sys.argv[4]))")
    env = {**os.environ, "PYTHONHASHSEED": "977"}
    proc = subprocess.run([sys.executable, "-c", code, str(b), str(a), str(out), str(SMALL_BATCHES)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert snapshot(out) == plain


def test_cli_jobs_option(corpus, plain, tmp_path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    r = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path), "--jobs", "2", "-q"])
    assert r.exit_code == 0, r.output
    assert snapshot(tmp_path) == plain
    r = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path), "--jobs", "0"])
    assert r.exit_code != 0


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="the workers' death signal is Linux's")
def test_a_killed_build_leaves_no_worker_behind(corpus, tmp_path) -> None:
    """kill -9 of a `kg build --jobs 2` while it extracts: its pool workers die with it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):  # enough text for the pool
        for src in corpus.iterdir():
            (docs / f"{i:02d}_{src.name}").write_bytes(src.read_bytes())
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(docs), "-o", str(tmp_path / "out"), "--jobs", "2",
                             "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(proc.pid)
            assert proc.poll() is None, "the build ended before its workers were seen"
        assert len(workers) >= 2
        time.sleep(1.0)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers)
    finally:
        for w in _children(proc.pid) + [proc.pid]:
            with contextlib.suppress(OSError):
                os.kill(w, signal.SIGKILL)


# --------------------------------------------------------------------------- a real Dask cluster

distributed = pytest.importorskip("distributed")


def _wait_for(path: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear in {seconds:g} s")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A Dask scheduler and two worker processes on loopback; stopped by process id."""
    d = tmp_path_factory.mktemp("dask")
    info = d / "scheduler.json"
    log = open(d / "log.txt", "wb")
    procs = []

    def start(*args: str) -> subprocess.Popen:
        p = subprocess.Popen([sys.executable, "-m", *args], cwd=d, stdout=log, stderr=subprocess.STDOUT)
        procs.append(p)
        return p

    try:
        start("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
              "--scheduler-file", str(info))
        _wait_for(info, 60)
        address = json.loads(info.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for i in range(2):
            start("distributed.cli.dask_worker", address, "--name", f"w{i}", "--host", "127.0.0.1", "--nthreads", "1",
                  "--no-nanny", "--no-dashboard", "--local-directory", str(d / f"w{i}"))
        with distributed.Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:  # the workers first (a worker whose scheduler is gone waits for it), then the scheduler
        for p in reversed(procs):
            if p.poll() is None:
                os.kill(p.pid, signal.SIGTERM)
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(p.pid, signal.SIGKILL)
                p.wait()
        log.close()


def test_cluster_build_gives_the_same_bytes(cluster, corpus, plain, tmp_path) -> None:
    result = P.build([corpus], tmp_path, cluster=cluster, batch_chars=SMALL_BATCHES)
    assert snapshot(tmp_path) == plain
    assert len(result.documents) == 8
    with distributed.Client(cluster, timeout=30) as client:
        # each worker built one extractor and reused it for all its batches, and both took part
        built = client.run(lambda: __import__("kg.extract", fromlist=["x"]).get_extractor.cache_info().misses)
    assert sorted(built.values()) == [1, 1], built


def test_cluster_stream_gives_every_document(cluster, corpus) -> None:
    docs = read_documents([corpus])
    got = list(extract_on_cluster(docs, cluster, batch_chars=SMALL_BATCHES))
    assert sorted(x.document.id for x in got) == sorted(d.id for d in docs)


def test_cluster_cli(cluster, corpus, plain, tmp_path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    r = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path), "--cluster", cluster, "-q"])
    assert r.exit_code == 0, r.output
    assert snapshot(tmp_path) == plain
    r = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path), "--cluster", cluster, "--jobs", "2"])
    assert r.exit_code != 0 and "not both" in r.output


def test_unreachable_scheduler_is_a_one_line_error(corpus) -> None:
    docs = read_documents([DOCS])
    with pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9 ") as e:
        list(extract_on_cluster(docs, "tcp://127.0.0.1:9", timeout=2))
    assert isinstance(e.value, KGError) and "\n" not in str(e.value)


def test_worker_without_a_module_is_a_one_line_error(cluster, tmp_path, monkeypatch) -> None:
    """A batch the cluster cannot unpickle (here: a document type from a module only this process
    has, as when kg is not installed on the scheduler or the workers) fails in one line that says
    what to install."""
    (tmp_path / "only_here.py").write_text(
        "from kg.models import Document\nclass LocalDocument(Document):\n    pass\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    from only_here import LocalDocument  # type: ignore[import-not-found]

    with pytest.raises(ClusterError, match="install the same conflict-kg .* on the scheduler and on every worker") as e:
        list(extract_on_cluster([LocalDocument("x", "Russia mediates.")], cluster))
    assert "\n" not in str(e.value)


def test_a_script_without_main_guard_can_use_the_pool(corpus, plain, tmp_path) -> None:
    """A plain script (no ``if __name__ == "__main__"``) that builds with two jobs: the pool forks
    where that is safe, so the script is not run again in the workers."""
    script = tmp_path / "build_it.py"
    script.write_text("import sys, kg.pipeline as P\n"
                      f"P.build([{str(corpus)!r}], sys.argv[1], jobs=2, batch_chars={SMALL_BATCHES})\n"
                      "print('built')\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(script), str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and proc.stdout == "built\n", proc.stderr
    assert snapshot(out) == plain


def test_merge_keeps_only_what_the_merge_needs(corpus) -> None:
    docs = read_documents([corpus])
    merge = P.Merge()
    for x in extract(docs[::-1], jobs=1):
        merge.add(x)
    kept = merge.extractions()
    assert [x.document.id for x in kept] == sorted(d.id for d in docs)
    assert all(x.document.text == "" and not x.mentions and not x.sentences for x in kept)
    assert any(x.claims for x in kept) and any(x.entities for x in kept)
    assert merge.sentences > 100 and merge.mentions > 100
    full = P.graph_from_extractions(P.extract_all(docs))
    G = merge.graph()
    assert list(G.nodes(data=True)) == list(full.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(full.edges(keys=True, data=True))
