"""Every export: parses back, matches the graph, is written atomically and deterministically (kg/exports.py)."""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic, to_isomorphic

import kg.pipeline
from kg.errors import ExportError
from kg.graph.exports import EDGE_COLUMNS, EXPORTERS, NODE_COLUMNS, Exporter, check_formats, render_exports, write_files
from kg.graph.rdf import union_graph

DOCS = Path(__file__).parent / "data" / "docs"
HAS_HTML = importlib.util.find_spec("kg.views.html") is not None
ALL_FILES = sorted(e.filename for name, e in EXPORTERS.items() if HAS_HTML or name != "html")
UNION_FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld", "graph.rdf": "xml"}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_build_writes_every_file(built) -> None:
    result, out = built
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ALL_FILES
    assert sorted(p.name for p in result.written) == ALL_FILES
    assert not list(out.glob(".tmp-*"))


def test_files_are_what_render_exports_gives(built, formats) -> None:
    result, out = built
    rendered = render_exports(result.graph, formats)
    assert rendered == snapshot(out)


@pytest.mark.parametrize("name", sorted(UNION_FORMATS))
def test_rdf_export_isomorphic_to_union_graph(built, name: str) -> None:
    result, out = built
    expected = union_graph(kg.pipeline.dataset(result.graph))
    g = Graph()
    g.parse(out / name, format=UNION_FORMATS[name])
    assert len(g) == len(expected) > 0
    assert isomorphic(g, expected)


def test_trig_export_is_the_dataset(built) -> None:
    result, out = built
    expected = kg.pipeline.dataset(result.graph)
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")

    def graphs(d: Dataset) -> dict[str, Graph]:
        return {str(c.identifier): c for c in d.graphs() if len(c)}

    got, want = graphs(ds), graphs(expected)
    assert sorted(got) == sorted(want)
    for name in want:
        assert to_isomorphic(got[name]) == to_isomorphic(want[name]), name
    def quads(d: Dataset) -> set:
        return {(s, p, o, str(getattr(c, "identifier", c))) for s, p, o, c in d.quads()}

    assert quads(ds) == quads(expected)
    # the union of the document graphs is the Turtle graph
    assert isomorphic(union_graph(ds), union_graph(expected))


def test_ntriples_lines_sorted_and_unique(built) -> None:
    _, out = built
    lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines))


def test_graphml_reads_back(built) -> None:
    result, out = built
    G = result.graph
    H = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert sorted(H.nodes) == sorted(G.nodes)
    asserted = sorted((s, o, k) for s, o, k, d in G.edges(keys=True, data=True) if d["asserted"])
    assert sorted((s, o, d["predicate"]) for s, o, d in H.edges(data=True)) == asserted
    for n, d in H.nodes(data=True):
        assert (d["label"], d["type"]) == (G.nodes[n]["label"], G.nodes[n]["type"])
        assert d["iri"].endswith(f"/actor/{n}")
    for s, o, d in H.edges(data=True):
        e = G.edges[s, o, d["predicate"]]
        assert d["weight"] == float(e["weight"]) and d["confidence"] == e["confidence"]
        assert d["evidence_count"] == len(e["evidence"])


def test_gexf_reads_back(built) -> None:
    result, out = built
    G = result.graph
    H = nx.read_gexf(out / "graph.gexf")
    assert sorted(H.nodes) == sorted(G.nodes)
    assert {H.nodes[n]["label"] for n in H} == {d["label"] for _, d in G.nodes(data=True)}
    asserted = sorted((s, o, k) for s, o, k, d in G.edges(keys=True, data=True) if d["asserted"])
    assert sorted((s, o, d["relation"]) for s, o, d in H.edges(data=True)) == asserted


def test_csv_headers_and_rows(built) -> None:
    result, out = built
    G = result.graph
    nodes = list(csv.reader(io.StringIO((out / "nodes.csv").read_text(encoding="utf-8"))))
    edges = list(csv.reader(io.StringIO((out / "edges.csv").read_text(encoding="utf-8"))))
    assert nodes[0] == NODE_COLUMNS
    assert edges[0] == EDGE_COLUMNS
    assert [r[0] for r in nodes[1:]] == sorted(G.nodes)
    n_evidence = sum(len(d["evidence"]) for *_, d in G.edges(keys=True, data=True))
    assert len(edges) - 1 == n_evidence > 0
    assert all(len(r) == len(EDGE_COLUMNS) for r in edges)
    col = {c: i for i, c in enumerate(EDGE_COLUMNS)}
    for r in edges[1:]:
        d = G.edges[r[col["source"]], r[col["target"]], r[col["predicate"]]]
        assert r[col["statement"]] in {e["id"] for e in d["evidence"]}
        assert r[col["asserted"]] == ("true" if r[col["modality"]] in {"asserted", "reported", "planned"} else "false")


def test_negated_only_relation_in_csv_not_in_graphml(tmp_path: Path, hand_graph) -> None:
    files = render_exports(hand_graph, ["csv-edges", "graphml", "gexf"])
    assert "turkey,signs,ceasefire" in files["edges.csv"].decode()
    H = nx.parse_graphml(files["graph.graphml"].decode(), force_multigraph=True)
    assert ("turkey", "ceasefire") not in H.edges()
    assert ("russia", "ceasefire") in H.edges()


# --------------------------------------------------------------------------- formats

def test_unknown_format_lists_allowed() -> None:
    with pytest.raises(ExportError) as e:
        check_formats(["turtle", "pdf"])
    msg = str(e.value)
    assert "'pdf'" in msg
    for name in EXPORTERS:
        assert name in msg


def test_unknown_format_fails_before_reading_or_writing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(ExportError, match="unknown export format"):
        kg.pipeline.build([tmp_path / "missing"], out, formats=["svg"])
    assert not out.exists()


def test_check_formats() -> None:
    assert check_formats(None) == list(EXPORTERS)
    assert check_formats([" turtle", "csv-nodes ", ""]) == ["turtle", "csv-nodes"]


def test_only_chosen_formats_written(tmp_path: Path) -> None:
    kg.pipeline.build([DOCS], tmp_path, formats=["ntriples", "csv-nodes"])
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["graph.nt", "nodes.csv"]


def test_no_out_dir_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = kg.pipeline.build([DOCS], None)
    assert result.written == [] and list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- atomic writing

def _fail(G, rdf, out) -> None:
    out.write(b"half a file")
    raise RuntimeError("exporter broke")


def test_failing_exporter_leaves_previous_exports(tmp_path: Path, formats, monkeypatch) -> None:
    out = tmp_path / "out"
    kg.pipeline.build([DOCS], out, formats=formats)
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    before = snapshot(out)
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    broken = dict(EXPORTERS)
    broken["gexf"] = Exporter("gexf", "graph.gexf", _fail, "broken")  # after some files are written
    monkeypatch.setattr("kg.graph.exports.EXPORTERS", broken)
    other = tmp_path / "other"
    other.mkdir()
    (other / "new.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
    with pytest.raises(RuntimeError, match="exporter broke"):
        kg.pipeline.build([other], out, formats=formats)
    assert snapshot(out) == before
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == mtimes
    assert not list(out.glob(".tmp-*"))


def test_write_failure_midway_rolls_back(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_bytes(b"old a")
    (out / "c.txt").mkdir()  # a folder where a file must go: refused before anything is switched
    with pytest.raises(ExportError, match="c.txt: is a folder, not a file kg wrote"):
        write_files(out, {"a.txt": b"new a", "b.txt": b"new b", "c.txt": b"new c"})
    assert (out / "a.txt").read_bytes() == b"old a"
    assert not (out / "b.txt").exists()
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "c.txt"]


def test_write_files_replaces_and_cleans_up(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "out"
    assert write_files(out, {"a.txt": b"1"}) == [out / "a.txt"]
    assert write_files(out, {"a.txt": b"2", "b.txt": b"3"}) == [out / "a.txt", out / "b.txt"]
    assert snapshot(out) == {"a.txt": b"2", "b.txt": b"3"}
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]


def test_out_dir_that_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot create the output folder"):
        write_files(f, {"a.txt": b"1"})
    assert f.read_text(encoding="utf-8") == "x"


# --------------------------------------------------------------------------- determinism

def test_same_input_same_bytes_across_processes(tmp_path: Path, built, formats, build_script) -> None:
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", build_script, str(DOCS), str(out), ",".join(formats)],
                              env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(snapshot(out))
    assert sorted(outs[0]) == ALL_FILES
    for name in ALL_FILES:
        assert outs[0][name] == outs[1][name], name
    _, out = built  # and the same as the in-process build (another hash seed again)
    assert snapshot(out) == outs[0]


@pytest.mark.parametrize("today", ["2020-01-01", "2031-12-31"])
def test_gexf_does_not_depend_on_the_day(hand_graph, monkeypatch, today: str) -> None:
    """GEXF's lastmodifieddate is the corpus's latest document date, whatever day the file is written."""
    import networkx.readwrite.gexf as gexf_module

    monkeypatch.setattr(gexf_module.time, "strftime", lambda fmt, *a: today)
    out = EXPORTERS["gexf"].render(hand_graph).decode()
    assert 'lastmodifieddate="2020-11-10"' in out and today not in out
