"""kg.store.store: the Oxigraph store written by a build, incremental add/remove, exports from the store,
queries on it (same results as rdflib), errors, and an add killed with SIGKILL."""

from __future__ import annotations

import json
import os
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
from kg.extract.ingest import sample_corpus
from kg.graph.rdf import parse_rdf
from kg.pipeline import add_documents, build
from kg.pipeline import export as export_from_store
from kg.store.sparql import list_queries, load_query, run_query
from kg.store.store import META_FILE, open_store, remove_document

runner = CliRunner()
SAMPLES = sorted(Path(str(sample_corpus())).glob("*.txt"))


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("full")
    build(SAMPLES, out)
    return out


@pytest.fixture
def split(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A build of the first three samples (out), and the other two in a folder (more)."""
    first, more = tmp_path / "first", tmp_path / "more"
    first.mkdir()
    more.mkdir()
    for f in SAMPLES[:3]:
        shutil.copy(f, first)
    for f in SAMPLES[3:]:
        shutil.copy(f, more)
    out = tmp_path / "out"
    build([first], out, formats=["trig"])
    return out, first, more


def test_build_writes_a_store_with_every_document(full: Path) -> None:
    with open_store(full / "store") as st:
        assert sorted(st.documents()) == [f.stem for f in SAMPLES]
        named = {q for q in st.quads() if q[3] != "DEFAULT"}
    trig = parse_rdf(full / "graph.trig")
    assert len(named) == sum(len(c) for c in trig.graphs())


def test_exports_from_the_store_are_the_build_exports(full: Path, tmp_path: Path) -> None:
    written = export_from_store(full / "store", tmp_path)
    assert written
    for f in written:
        assert f.read_bytes() == (full / f.name).read_bytes(), f.name


def test_export_command_and_build_from_store(full: Path, tmp_path: Path) -> None:
    shutil.copytree(full / "store", tmp_path / "store")
    r = runner.invoke(app, ["export", "-o", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "graph.trig").read_bytes() == (full / "graph.trig").read_bytes()
    (tmp_path / "graph.ttl").unlink()
    r = runner.invoke(app, ["build", "--from-store", "-o", str(tmp_path), "-f", "turtle"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()


def _cases() -> list[tuple[str, dict[str, str]]]:
    cases = [(q.name, {}) for q in list_queries() if not q.required_params()]
    return cases + [("neighbourhood", {"actor": "Haftar"}), ("neighbourhood", {"actor": "moscow"}),
                    ("evidence", {"subject": "Russia", "predicate": "mediates"}), ("actors", {"type": "state"}),
                    ("members", {"group": "OSCE Minsk Group"})]


@pytest.mark.parametrize("name,params", _cases())
def test_bundled_queries_give_the_same_rows_on_the_store_and_in_memory(full: Path, name: str, params: dict) -> None:
    q = load_query(name)
    mem = run_query(parse_rdf(full / "graph.trig"), q, params)
    with open_store(full / "store") as st:
        ox = run_query(st, q, params)
    assert ox.vars == mem.vars
    assert ox.rows == mem.rows
    assert len(ox.rows) > 0


def test_add_new_documents_then_again_changes_nothing(split) -> None:
    out, _, more = split
    with open_store(out / "store") as st:
        before = st.quads()
    change = add_documents(out / "store", [more])
    assert sorted(change.added) == [f.stem for f in SAMPLES[3:]] and not change.unchanged
    with open_store(out / "store") as st:
        after = st.quads()
        assert sorted(st.documents()) == [f.stem for f in SAMPLES]
        # the new document's relations are there, found by Oxigraph
        assert run_query(st, "ASK { ?s kgo:mentionedIn ?d . ?d dcterms:identifier ?id FILTER(?id = ?want) }",
                         {"want": SAMPLES[4].stem}).boolean
    assert before < after
    again = add_documents(out / "store", [more])
    assert sorted(again.unchanged) == [f.stem for f in SAMPLES[3:]] and not again.added and not again.replaced
    with open_store(out / "store") as st:
        assert st.quads() == after


def test_a_changed_document_replaces_its_own_graph_only(split, tmp_path: Path) -> None:
    out, first, _ = split
    doc = SAMPLES[0]
    graph = f"<https://w3id.org/conflict-kg/resource/graph/{doc.stem}>"
    with open_store(out / "store") as st:
        before = st.quads()
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / doc.name).write_text(doc.read_text(encoding="utf-8") + "\nRussia criticized Ukraine.\n", encoding="utf-8")
    change = add_documents(out / "store", [changed])
    assert change.replaced == [doc.stem]
    with open_store(out / "store") as st:
        after = st.quads()
        assert st.documents()[doc.stem] != "" and len(st.documents()) == 3
    others_before = {q for q in before if q[3] not in (graph, "DEFAULT", "<https://w3id.org/conflict-kg/resource/graph/build>")}
    others_after = {q for q in after if q[3] not in (graph, "DEFAULT", "<https://w3id.org/conflict-kg/resource/graph/build>")}
    assert others_before == others_after
    assert {q for q in before if q[3] == graph} != {q for q in after if q[3] == graph}
    # the default graph is still the union of the named graphs
    assert {q[:3] for q in after if q[3] == "DEFAULT"} == {q[:3] for q in after if q[3] != "DEFAULT"}


def test_remove_keeps_what_another_document_supports(split) -> None:
    out, _, more = split
    add_documents(out / "store", [more])
    with open_store(out / "store") as st:
        before = st.quads()
    doc = SAMPLES[4].stem
    remove_document(out / "store", doc)
    with open_store(out / "store") as st:
        after = st.quads()
        assert doc not in st.documents()
    graph = f"<https://w3id.org/conflict-kg/resource/graph/{doc}>"
    assert not any(q[3] == graph for q in after)
    union_after = {q[:3] for q in after if q[3] == "DEFAULT"}
    assert union_after == {q[:3] for q in after if q[3] != "DEFAULT"}
    # a triple the removed document shared with another one stays
    shared = {q[:3] for q in before if q[3] == graph} & {q[:3] for q in before if q[3] not in (graph, "DEFAULT")}
    assert shared and shared <= union_after
    with pytest.raises(StoreError, match="no document"):
        remove_document(out / "store", doc)
    # and adding it back gives the store it was
    add_documents(out / "store", [more])
    with open_store(out / "store") as st:
        assert st.quads() == before


def test_cli_add_remove_query(split) -> None:
    out, _, more = split
    r = runner.invoke(app, ["add", str(more), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "2 added" in r.stdout
    r = runner.invoke(app, ["query", "actors", "--store", str(out / "store"), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "Haftar" in r.stdout
    r = runner.invoke(app, ["remove", SAMPLES[4].stem, "-o", str(out)])
    assert r.exit_code == 0 and "1 removed" in r.stdout
    r = runner.invoke(app, ["remove", "nonesuch", "-o", str(out)])
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "no document 'nonesuch'" in r.stderr


def test_query_uses_the_store_by_default(split, monkeypatch) -> None:
    out, _, _ = split
    monkeypatch.chdir(out.parent)
    (out.parent / "exports").symlink_to(out)
    (out / "graph.trig").unlink()  # only the store is left to answer
    r = runner.invoke(app, ["query", "ASK { ?s a kgo:Document }"])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == "true"


def test_missing_store_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store there"):
        open_store(tmp_path / "nope")
    r = runner.invoke(app, ["query", "actors", "--store", str(tmp_path / "nope")])
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "no store there" in r.stderr


def test_incompatible_store_version(split) -> None:
    out, _, _ = split
    meta = out / "store" / META_FILE
    data = json.loads(meta.read_text())
    data["version"] = 99
    meta.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="version 99 is not supported"):
        open_store(out / "store")
    r = runner.invoke(app, ["add", str(SAMPLES[0]), "-o", str(out)])
    assert r.exit_code == 1 and "not supported" in r.stderr and r.stderr.count("\n") == 1


def test_damaged_store_is_one_line(split) -> None:
    out, _, _ = split
    for f in (out / "store" / "oxigraph").iterdir():
        if f.name.startswith("CURRENT"):
            f.write_text("garbage\n")
    with pytest.raises(StoreError, match="incompatible or damaged"):
        open_store(out / "store")


_HOLD = """
import sys, time
from kg.store.store import open_store
st = open_store(sys.argv[1], write=sys.argv[2] == "write")
print("open", flush=True)
time.sleep(30)
"""


def _holder(store: Path, mode: str) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", _HOLD, str(store), mode], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "open"
    return p


def test_readers_share_the_store_and_a_writer_is_refused(split) -> None:
    """A process reading the store (as `kg serve` does) does not stop another reader (`kg query`);
    a writer (`kg add`) is refused with one line and changes nothing."""
    out, _, _ = split
    with open_store(out / "store") as st:
        before = st.quads()
    p = _holder(out / "store", "read")
    try:
        with open_store(out / "store") as st:
            assert st.quads() == before
        r = runner.invoke(app, ["query", "ASK { ?s a kgo:Document }", "-o", str(out)])
        assert r.exit_code == 0 and r.stdout.strip() == "true", r.output
        with pytest.raises(StoreError, match="in use by another kg command"):
            open_store(out / "store", write=True, wait=0)
        r = runner.invoke(app, ["add", str(SAMPLES[4]), "-o", str(out)])
        assert r.exit_code == 1 and "in use" in r.stderr and r.stderr.count("\n") == 1
    finally:
        p.kill()
        p.wait(10)
    with open_store(out / "store") as st:
        assert st.quads() == before


def test_a_writer_keeps_readers_out(split) -> None:
    out, _, _ = split
    p = _holder(out / "store", "write")
    try:
        with pytest.raises(StoreError, match="in use by another kg command"):
            open_store(out / "store", wait=0.2)
    finally:
        p.kill()
        p.wait(10)
    with open_store(out / "store", wait=0):
        pass


def test_query_timeout_says_so(full: Path) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    with open_store(full / "store") as st:
        with pytest.raises(Exception, match="timed out after 0.2 s"):
            run_query(st, slow, timeout=0.2)


def _add_process(store: Path, docs: Path, env_extra: dict[str, str]) -> subprocess.Popen:
    code = "import sys; from kg.pipeline import add_documents; add_documents(sys.argv[1], [sys.argv[2]])"
    env = {**os.environ, **env_extra}
    return subprocess.Popen([sys.executable, "-c", code, str(store), str(docs)], env=env)


def test_add_killed_before_commit_leaves_the_store_as_it_was(split, tmp_path: Path) -> None:
    out, _, more = split
    with open_store(out / "store") as st:
        before = st.quads()
    mark = tmp_path / "mark"
    p = _add_process(out / "store", more, {"KG_TEST_STORE_PAUSE": "30", "KG_TEST_STORE_MARK": str(mark)})
    deadline = time.monotonic() + 60
    while not mark.exists() and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    assert mark.exists(), "the add never reached its commit"
    os.kill(p.pid, signal.SIGKILL)
    p.wait(10)
    with open_store(out / "store") as st:
        assert st.quads() == before


def test_add_killed_at_any_moment_leaves_old_or_new_content(split, tmp_path: Path) -> None:
    """SIGKILL at several moments of a real add (no pause): the store opens and holds either the
    old content or the whole new one, never a part."""
    out, _, more = split
    with open_store(out / "store") as st:
        before = st.quads()
    ref = tmp_path / "ref"
    shutil.copytree(out / "store", ref)
    add_documents(ref, [more])
    with open_store(ref) as st:
        complete = st.quads()
    t0 = time.monotonic()
    p = _add_process(tmp_path / "ref", tmp_path / "nothing-new", {})
    p.wait(60)
    startup = time.monotonic() - t0  # interpreter and imports: the add itself comes after
    seen = set()
    for i in range(6):
        work = tmp_path / f"w{i}"
        shutil.copytree(out / "store", work)
        p = _add_process(work, more, {})
        time.sleep(startup * (0.6 + 0.15 * i))
        os.kill(p.pid, signal.SIGKILL)
        p.wait(10)
        with open_store(work) as st:
            q = st.quads()
        assert q in (before, complete)
        seen.add(q == complete)
    assert seen  # at least one run was killed; which ones finished depends on the machine's speed


def test_counts_and_first_date_mix_dated_undated_and_denied_statements(tmp_path: Path) -> None:
    """The per-relation queries count asserting statements and give the earliest date among the dated
    ones, the same on the store and on an rdflib dataset; a pair with no dated statement has no date."""
    from kg.graph.build import build_graph
    from kg.graph.rdf import GraphRDF, to_rdf
    from kg.models import Actor, Claim
    from kg.store.store import write_store

    actors = [Actor(a, a.title(), "State", set(), None, docs={"d1", "d2"}) for a in ("ruritania", "osterlich", "kravia")]
    docs = {d: {"title": d, "date": None, "source": None, "path": f"{d}.txt", "sha256": "0" * 64} for d in ("d1", "d2")}

    def claim(s: str, o: str, doc: str, start: int, modality: str = "asserted", date: str | None = None) -> Claim:
        return Claim(s, "supports", o, doc, f"{s} backs {o} ({start}).", start, start + 20, 0.9, "test",
                     modality=modality, date=date, trigger="backs")

    claims = [claim("ruritania", "osterlich", "d1", 0),                       # undated
              claim("ruritania", "osterlich", "d2", 0, date="2021-05-02"),
              claim("ruritania", "osterlich", "d2", 40, date="2020-11"),
              claim("ruritania", "osterlich", "d1", 40, "negated", "2019-01-01"),  # not counted, not a date
              claim("kravia", "osterlich", "d1", 80)]                          # undated only
    G = build_graph(actors, claims, docs)
    ds = to_rdf(G)
    write_store(GraphRDF(G).store_quads(), tmp_path / "store")
    q = load_query("supporters")
    mem = run_query(ds, q)
    with open_store(tmp_path / "store") as st:
        ox = run_query(st, q)
    assert ox.rows == mem.rows
    cols = [mem.vars.index(v) for v in ("supporterLabel", "supportedLabel", "statements", "documents", "firstDate")]
    got = [tuple(None if row[i] is None else row[i].toPython() for i in cols) for row in mem.rows]
    assert got == [("Kravia", "Osterlich", 1, 1, None), ("Ruritania", "Osterlich", 3, 2, "2020-11")]


def test_store_loaded_in_chunks_is_complete(tmp_path: Path, monkeypatch) -> None:
    """The bulk loader gets the quads a chunk at a time (bounded memory); the store holds them all."""
    import kg.store.store as S
    from kg.graph.rdf import GraphRDF

    result = build(None, None)
    monkeypatch.setattr(S, "BULK_CHUNK", 499)
    S.write_store(GraphRDF(result.graph).store_quads(), tmp_path / "store")
    expected = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
                for q in GraphRDF(result.graph).store_quads()}
    assert len(expected) > 5 * 499  # several chunks
    with open_store(tmp_path / "store") as st:
        assert st.quads() == expected


@pytest.fixture
def read_only_mount(split, tmp_path: Path):
    """The build folder of ``split`` seen through a read-only bind mount (needs root and mount)."""
    out, _, _ = split
    mnt = tmp_path / "ro"
    mnt.mkdir()
    ok = subprocess.run(["mount", "--bind", str(out), str(mnt)], capture_output=True).returncode == 0
    if ok and subprocess.run(["mount", "-o", "remount,ro,bind", str(mnt)], capture_output=True).returncode != 0:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        ok = False
    if not ok:
        pytest.skip("cannot make a read-only bind mount here (needs root)")
    yield mnt
    subprocess.run(["umount", str(mnt)], capture_output=True)


def test_a_store_on_a_read_only_mount_is_read_and_not_called_damaged(read_only_mount: Path) -> None:
    """Queries read it and leave no file behind; a change is refused with a line that says why."""
    mnt = read_only_mount
    before = sorted(p.name for p in (mnt / "store" / "oxigraph").iterdir())
    for _ in range(3):
        r = runner.invoke(app, ["query", "ASK { ?s a kgo:Document }", "-o", str(mnt)])
        assert r.exit_code == 0 and r.stdout.strip() == "true", r.output
    assert sorted(p.name for p in (mnt / "store" / "oxigraph").iterdir()) == before
    r = runner.invoke(app, ["add", str(SAMPLES[4]), "-o", str(mnt)])
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "read-only file system" in r.stderr, r.output
    assert "damaged" not in r.stderr
