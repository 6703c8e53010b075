"""Every export: parses back, matches the graph, is written atomically and deterministically (kg/exports.py)."""

from __future__ import annotations

import csv
import re
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
    # and the text of the HTML document the evidence offsets count in
    assert sorted(p.name for p in result.written) == sorted([*ALL_FILES, "texts"])
    assert sorted(p.name for p in (out / "texts").iterdir()) == sorted(["kg-texts.json", *(
        f"{d.id}.txt" for d in result.documents if d.path and d.path.endswith(".html"))])
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


# --------------------------------------------------------------------------- any text

#: Every character that ends a line for str.splitlines() or some reader, every control character,
#: and characters XML or UTF-8 treat specially.
ODD = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x01", "\x7f", "\x9b",
       "\r", "\r\n", "\t", "\ufeff", "\ufffe", "\uffff", "\u200b", "\U0001f600", '"', "\\", "'''", '"""',
       "<", "&", "]]>", "\n\n  indented\n    more"]


@pytest.fixture(scope="module")
def odd_build(tmp_path_factory) -> tuple[Path, kg.pipeline.BuildResult]:
    """A corpus whose sentences, titles, sources, file names and actor names hold every odd
    character, built with every export."""
    import json

    root = tmp_path_factory.mktemp("odd")
    docs = root / "docs"
    docs.mkdir()
    for i, c in enumerate(ODD):
        text = (f"Talks{c}in Geneva {i}\n\nRussia mediated{c}talks between Armenia and{c}Azerbaijan in 2020."
                f"\nTurkey supports{c} Azerbaijan.\n  Russia hosted talks{c}.\n\tOdd Group{i % 3} attacked Armenia.\n")
        (docs / f"odd{i:02d}.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    (docs / "front.md").write_text('---\ntitle: "A\\u2028B\\nC\\u0085D\\x01E\\ud800"\nsource: "https://example.org/a\\u2028b"\n'
                                   "date: 2020-01-02\n---\nRussia mediated talks\r\nbetween Armenia and Azerbaijan.\r\n",
                                   encoding="utf-8")
    (docs / "page.html").write_text("<title>T&#x2028;&#133;&#1;</title><p>Russia&#x2028;mediated talks between "
                                    "Armenia&#133;and Azerbaijan.</p>", encoding="utf-8")
    (docs / "name\u2028with\u0085odd\x01chars.txt").write_text("Turkey supports Azerbaijan.", encoding="utf-8")
    actors = root / "actors.json"
    actors.write_text(json.dumps({"format": "conflict-kg gazetteer v1", "actors": [
        {"id": f"odd_group{k}", "name": f"Odd Group{k}", "type": "ArmedGroup",
         "aliases": [f"Odd{ODD[k]}Alias{k}", f"Group{k}\u2028Line"]} for k in range(3)]}), encoding="utf-8")
    out = root / "out"
    result = kg.pipeline.build([docs], out, actors_files=[actors], jobs=1)
    return out, result


@pytest.fixture(scope="module")
def odd_graph(tmp_path_factory) -> tuple[Path, kg.pipeline.BuildResult]:
    """A hand-made graph whose labels, aliases, sentences, titles and sources hold every odd
    character as it is (a library user's graph: no ingest to clean them), written by every
    exporter."""
    from kg.graph.build import build_graph
    from kg.graph.exports import write_exports
    from kg.models import Actor, Claim

    odd = "".join(ODD)
    actors = [Actor("ru", f"Russia{odd}", "State", {f"Rossiya{c}" for c in ODD}, docs={"d1"}),
              Actor("am", "Armenia", "State", docs={"d1"})]
    claims = [Claim("ru", "mediates", "am", "d1", f"Russia{c}mediates{c}for Armenia.", 0, 9, 0.9, "r", trigger=f"m{c}")
              for c in ODD]
    G = build_graph(actors, claims, {"d1": {"title": f"Title{odd}", "source": f"Agency{odd}", "path": f"d{odd}.txt",
                                            "sha256": "a" * 64}})
    out = tmp_path_factory.mktemp("odd-graph")
    write_exports(out, G, [f for f in EXPORTERS if HAS_HTML or f != "html"])
    return out, kg.pipeline.BuildResult(G, [], [])


@pytest.fixture(params=["odd_build", "odd_graph"])
def odd(request):
    return request.getfixturevalue(request.param)


def _literals(quads) -> set[str]:
    import pyoxigraph as ox

    return {q.object.value for q in quads if isinstance(q.object, ox.Literal)}


def test_odd_characters_reach_the_graph(odd_build, odd_graph) -> None:
    """The corpus does put the characters in literal values (else the tests below prove little):
    the line separators, a byte-order mark, noncharacters; the hand-made graph every one."""
    from kg.graph.rdf import GraphRDF

    values = "".join(_literals(GraphRDF(odd_build[1].graph).quads()))
    for c in ["\u2028", "\u0085", "\ufeff", "\ufffe", "\U0001f600", '"""', "]]>", "\u200b"]:
        assert c in values, repr(c)
    values = "".join(_literals(GraphRDF(odd_graph[1].graph).quads()))
    for c in ODD:
        assert c in values, repr(c)


@pytest.mark.parametrize("name,fmt", [("graph.ttl", "TURTLE"), ("graph.nt", "N_TRIPLES"), ("graph.trig", "TRIG"),
                                      ("graph.jsonld", "JSON_LD"), ("graph.rdf", "RDF_XML")])
def test_every_rdf_export_of_odd_text_parses_back_the_same(odd, name: str, fmt: str) -> None:
    """Each RDF export of the odd corpus is read back by pyoxigraph and by rdflib into exactly the
    literals the graph holds (nothing re-indented, no line end changed), and no line of a text
    export holds one of the characters str.splitlines() breaks at."""
    import pyoxigraph as ox

    from kg.graph.rdf import GraphRDF

    out, result = odd
    rdf = GraphRDF(result.graph)
    data = (out / name).read_bytes()
    want = _literals(rdf.quads() if name == "graph.trig" else rdf.union())
    got = _literals(ox.parse(data, format=getattr(ox.RdfFormat, fmt)))
    if name == "graph.rdf":  # XML 1.0 cannot hold these: written as U+FFFD, the rest as it is
        want = {re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", v) for v in want}
    assert got == want
    rformat = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.trig": "trig", "graph.jsonld": "json-ld",
               "graph.rdf": "xml"}[name]
    g = Dataset() if name == "graph.trig" else Graph()
    g.parse(data=data, format=rformat)
    triples = g.quads((None, None, None, None)) if name == "graph.trig" else ((s, p, o, None) for s, p, o in g)
    from rdflib import Literal

    assert {str(o) for _s, _p, o, _c in triples if isinstance(o, Literal)} == want
    text = data.decode("utf-8")
    assert not re.search("[\u2028\u2029\x85\x0b\x0c\x1c-\x1e]", text)
    if name == "graph.nt":  # one triple a line, whatever splits the lines
        lines = text.splitlines()
        assert len(lines) == len(list(rdf.union())) == len(set(lines))
        for line in lines:
            assert len(list(ox.parse(line + "\n", format=ox.RdfFormat.N_TRIPLES))) == 1


def test_xml_exports_of_odd_text_are_strict_xml(odd_graph) -> None:
    """GraphML, GEXF and RDF/XML are read by a strict XML parser (expat); a carriage return in a
    sentence comes back as one."""
    import xml.etree.ElementTree as ET

    out, result = odd_graph
    for name in ("graph.graphml", "graph.gexf", "graph.rdf"):
        ET.fromstring((out / name).read_bytes())
    label = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", result.graph.nodes["ru"]["label"])
    assert "\r\n" in label and "\r" in label.replace("\r\n", "")
    assert nx.read_graphml(out / "graph.graphml").nodes["ru"]["label"] == label
    assert nx.read_gexf(out / "graph.gexf").nodes["ru"]["label"] == label


def test_csv_and_page_of_odd_text(odd) -> None:
    out, result = odd
    with open(out / "edges.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sum(len(d["evidence"]) for *_e, d in result.graph.edges(keys=True, data=True))
    if HAS_HTML:
        page = (out / "graph.html").read_text(encoding="utf-8")
        data = page.split('id="kg-data">')[1].split("</script>")[0]
        assert "\u2028" not in data and "\u2029" not in data and "</" not in data
