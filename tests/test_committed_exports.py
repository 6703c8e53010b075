"""The exports committed in exports/ are what the current code builds from the sample corpus, and a
built graph passes the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph.exports import EXPORTERS
from kg.graph.ontology import validate
from kg.pipeline import build, dataset

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "exports"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    build(None, out)
    return out


@pytest.mark.parametrize("name", sorted(e.filename for e in EXPORTERS.values()))
def test_committed_export_matches_a_fresh_build(fresh: Path, name: str) -> None:
    committed = COMMITTED / name
    assert committed.is_file(), f"exports/{name} is not committed: run `kg build` and commit exports/"
    assert committed.read_bytes() == (fresh / name).read_bytes(), (
        f"exports/{name} differs from a fresh build of the sample corpus: run `kg build` and commit exports/")


def test_built_graph_conforms_to_the_shapes() -> None:
    result = build(None, None)
    report = validate(dataset(result.graph, with_ontology=False))
    assert report.conforms, "\n".join(report.messages()[:20])
