"""The whole job as a library call (kg/pipeline.py)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from rdflib import URIRef

import kg.pipeline as P
from kg.errors import ExportError, InputError
from kg.extract.ingest import read_documents
from kg.vocab import ONTOLOGY_IRI

DOCS = Path(__file__).parent / "data" / "docs"


def test_build_result(built) -> None:
    result, out = built
    assert [d.id for d in result.documents] == ["donbas", "karabakh", "berlin"]
    assert [x.document.id for x in result.extractions] == ["donbas", "karabakh", "berlin"]
    assert result.warnings == []
    assert result.seconds > 0
    G = result.graph
    assert result.n_relations == sum(1 for *_, d in G.edges(keys=True, data=True) if d["asserted"])
    assert sorted(G.graph["documents"]) == ["berlin", "donbas", "karabakh"]
    meta = G.graph["documents"]["berlin"]
    assert meta["title"] == "Berlin Conference on Libya" and meta["date"] == "2020-01-19"
    assert meta["source"] == "https://example.org/reports/berlin-libya" and meta["path"] == "berlin.md"
    assert "aliases_by_doc" in G.graph
    for _, d in G.nodes(data=True):
        assert d["docs"] and set(d["docs"]) <= set(G.graph["documents"])


def test_summary_line(built) -> None:
    result, _ = built
    s = result.summary()
    m = re.fullmatch(r"(\d+) documents, (\d+) actors, (\d+) relations, (\d+) statements in \d+\.\d\d s", s)
    assert m, s
    statements = sum(len(d["evidence"]) for *_, d in result.graph.edges(keys=True, data=True))
    assert [int(x) for x in m.groups()] == [3, result.graph.number_of_nodes(), result.n_relations, statements]


def test_skipped_files_in_warnings_and_summary(write_docs) -> None:
    root = write_docs({"a.txt": "Russia attacked Ukraine.", "b.txt": b"", "c.txt": b"\x00\x00"})
    seen: list[str] = []
    result = P.build([root], None, on_warning=seen.append)
    assert result.warnings == seen and len(seen) == 2
    assert result.summary().startswith("1 documents, 2 skipped, ")


def test_default_is_the_sample_corpus() -> None:
    result = P.build(None, None)
    assert len(result.documents) == 5
    assert result.graph.number_of_nodes() > 0 and result.n_relations > 0


def test_progress_callback_hears_every_stage(tmp_path: Path) -> None:
    """Every stage of a build reports, with its counts: reading, each document extracted, the merge,
    each file written, the store loaded."""
    calls: list[tuple] = []
    P.build([DOCS], tmp_path, progress=lambda *a: calls.append(a), formats=["turtle", "csv-nodes"])
    stages = list(dict.fromkeys(c[0] for c in calls))
    assert stages == ["read", "extract", "merge", "export", "store"]
    assert [c for c in calls if c[0] == "read"][-1] == ("read", 3, 3, "")
    assert sorted(c[3] for c in calls if c[0] == "extract" and c[1]) == ["berlin", "donbas", "karabakh"]
    assert [c[1:3] for c in calls if c[0] == "extract"] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [c[1:] for c in calls if c[0] == "export"] == [(0, 2, "graph.ttl"), (1, 2, "nodes.csv"), (2, 2, "")]
    last = [c for c in calls if c[0] == "store"][-1]
    assert last[1] == last[2] > 100  # quads loaded


def test_errors_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        P.build([tmp_path / "nope"], tmp_path / "out")
    with pytest.raises(ExportError):
        P.build([DOCS], tmp_path / "out", formats=["nope"])
    assert not (tmp_path / "out").exists()


def test_per_document_extraction_is_independent() -> None:
    docs = read_documents([DOCS])
    gaz = None
    together = P.extract_all(docs, gaz)
    alone = [P.extract_all([d], gaz)[0] for d in reversed(docs)][::-1]
    assert [x.claims for x in together] == [x.claims for x in alone]
    assert [sorted(x.entities) for x in together] == [sorted(x.entities) for x in alone]


def test_graph_does_not_depend_on_document_order() -> None:
    docs = read_documents([DOCS])
    G = P.build_graph_from_documents(docs)
    H = P.build_graph_from_documents(list(reversed(docs)))
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))


def test_dataset_without_ontology(hand_graph) -> None:
    ds = P.dataset(hand_graph, with_ontology=False)
    assert URIRef(ONTOLOGY_IRI) not in {c.identifier for c in ds.graphs() if len(c)}


@pytest.mark.skipif(importlib.util.find_spec("kg.graph.ontology") is None, reason="kg.graph.ontology not merged yet")
def test_dataset_with_ontology(hand_graph) -> None:
    from kg.graph.ontology import load_ontology

    ds = P.dataset(hand_graph)  # not patched: the no_ontology fixture only acts when kg.graph.ontology is missing
    assert len(ds.graph(URIRef(ONTOLOGY_IRI))) == len(load_ontology())


def test_user_actors_file(tmp_path: Path, write_docs) -> None:
    root = write_docs({"a.txt": "The Blue Falcons attacked Ukraine."})
    actors = tmp_path / "actors.csv"
    actors.write_text("id,name,type,aliases\nblue_falcons,Blue Falcons,ArmedGroup,\n", encoding="utf-8")
    result = P.build([root], None, actors_files=[actors])
    assert any(d["label"] == "Blue Falcons" for _, d in result.graph.nodes(data=True))
