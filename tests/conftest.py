"""Shared fixtures: the small documents in tests/data/docs, a hand-made graph, one shared build.

``kg.views.html`` (the HTML exporter) and ``kg.graph.ontology`` are merged from other branches. Until they are
here, builds use every export but ``html`` and the RDF dataset is made without the ontology graph
(:func:`no_ontology`); once they exist the same tests run against the full build.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx
import pytest

import kg.pipeline
from kg.graph.exports import EXPORTERS
from kg.graph.build import build_graph
from kg.models import Actor, Claim

HERE = Path(__file__).parent
DOCS = HERE / "data" / "docs"
GOLD = DOCS / "gold.json"

HAS_HTML = importlib.util.find_spec("kg.views.html") is not None
HAS_ONTOLOGY = importlib.util.find_spec("kg.graph.ontology") is not None

#: Every export that can be rendered in this checkout (all of them once kg.views.html is merged).
FORMATS: list[str] = [f for f in EXPORTERS if HAS_HTML or f != "html"]
#: The RDF exports, by format name, and their file names.
RDF_FILES = {"turtle": "graph.ttl", "ntriples": "graph.nt", "jsonld": "graph.jsonld", "trig": "graph.trig"}

#: A script that builds ``argv[1]`` into ``argv[2]`` with formats ``argv[3]`` (comma-separated), for
#: runs in a fresh interpreter (determinism across PYTHONHASHSEED values).
BUILD_SCRIPT = """
import sys
import kg.pipeline as P
try:
    import kg.graph.ontology  # noqa: F401
except ImportError:
    _dataset = P.dataset
    P.dataset = lambda G, with_ontology=True: _dataset(G, with_ontology=False)
P.build([sys.argv[1]], sys.argv[2], formats=sys.argv[3].split(","))
"""


def _dataset_without_ontology(G: nx.MultiDiGraph, *, with_ontology: bool = True):  # noqa: ANN202
    return _ORIGINAL_DATASET(G, with_ontology=False)


_ORIGINAL_DATASET = kg.pipeline.dataset


@pytest.fixture(autouse=True)
def no_ontology(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build without the ontology graph while ``kg.graph.ontology`` is not merged yet."""
    if not HAS_ONTOLOGY:
        monkeypatch.setattr(kg.pipeline, "dataset", _dataset_without_ontology)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[kg.pipeline.BuildResult, Path]]:
    """One build of tests/data/docs (every available export), shared by the read-only tests."""
    out = tmp_path_factory.mktemp("built")
    with pytest.MonkeyPatch.context() as mp:
        if not HAS_ONTOLOGY:
            mp.setattr(kg.pipeline, "dataset", _dataset_without_ontology)
        result = kg.pipeline.build([DOCS], out, formats=FORMATS)
    yield result, out


@pytest.fixture
def write_docs(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write ``{relative path: text or bytes}`` under a fresh folder and return the folder."""

    def write(files: dict[str, str | bytes], root: Path | None = None) -> Path:
        root = root or tmp_path / "docs"
        root.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            p = root / name
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return root

    return write


# --------------------------------------------------------------------------- a hand-made graph

DOC_META = {
    "d1": {"title": "Ceasefire signed", "date": "2020-11-10", "source": "https://example.org/d1",
           "path": "d1.txt", "sha256": "a" * 64},
    "d2": {"title": "Talks", "date": "", "source": "Example Agency", "path": "d2.md", "sha256": "b" * 64},
}


def _actors() -> list[Actor]:
    return [
        Actor("russia", "Russia", "State", {"Russian", "Moscow", "Russia"}, "Q159", docs={"d1", "d2"}),
        Actor("armenia", "Armenia", "State", {"Armenian"}, "Q399", docs={"d1"}),
        Actor("azerbaijan", "Azerbaijan", "State", set(), "Q227", docs={"d1", "d2"}),
        Actor("turkey", "Turkey", "State", {"Türkiye"}, "Q43", docs={"d1"}),
        Actor("moscow", "Moscow", "Location", docs={"d2"}),
        Actor("ceasefire", "2020 Nagorno-Karabakh ceasefire agreement", "Agreement", {"the agreement"},
              date="2020-11-09", place="moscow", rule="resolve.anonymous-agreement", docs={"d1", "d2"}),
    ]


def _claims() -> list[Claim]:
    s1 = "Russia mediated the ceasefire agreement."
    return [
        # one edge, two asserting documents (and the same evidence twice: counted once)
        Claim("russia", "mediates", "ceasefire", "d2", s1, 40, 80, 0.8, "mediates.verb", date="2020-11"),
        Claim("russia", "mediates", "ceasefire", "d1", s1, 0, 40, 0.7, "mediates.verb", date="2020-11-09",
              trigger="mediated"),
        Claim("russia", "mediates", "ceasefire", "d1", s1, 0, 40, 0.7, "mediates.verb", date="2020-11-09",
              trigger="mediated"),
        # asserted in d1, reported in d2
        Claim("armenia", "signs", "ceasefire", "d1", "Armenia signed it.", 41, 59, 0.9, "signs.verb",
              date="2020-11-10"),
        # negated only: statement node, no direct triple
        Claim("turkey", "signs", "ceasefire", "d1", "Turkey did not sign it.", 60, 83, 0.6, "signs.verb",
              modality="negated"),
        # a negated and a planned piece of evidence: asserted (planned is asserting)
        Claim("azerbaijan", "negotiatesWith", "armenia", "d2", "Azerbaijan will talk to Armenia.", 0, 32, 0.5,
              "negotiates.verb", modality="planned"),
        Claim("azerbaijan", "negotiatesWith", "armenia", "d1", "Azerbaijan refused talks with Armenia.", 84, 122,
              0.65, "negotiates.verb", modality="negated"),
        Claim("russia", "hosts", "ceasefire", "d2", "If Russia hosted it...", 81, 104, 0.4, "hosts.verb",
              modality="hypothetical"),
        # dropped: unknown actor, self-loop
        Claim("nobody", "supports", "armenia", "d1", "Nobody supports Armenia.", 0, 1, 0.5, "x"),
        Claim("russia", "supports", "russia", "d1", "Russia supports Russia.", 0, 1, 0.5, "x"),
    ]


@pytest.fixture
def hand_actors() -> list[Actor]:
    """Six actors of two documents (fresh objects for each test)."""
    return _actors()


@pytest.fixture
def hand_claims() -> list[Claim]:
    """Claims covering every case build_graph distinguishes (see the comments)."""
    return _claims()


@pytest.fixture
def doc_meta() -> dict[str, dict[str, str]]:
    return {k: dict(v) for k, v in DOC_META.items()}


@pytest.fixture
def hand_graph() -> nx.MultiDiGraph:
    """A small graph made by hand (independent of the extractor)."""
    return build_graph(_actors(), _claims(), DOC_META)


@pytest.fixture(scope="session")
def docs_dir() -> Path:
    """tests/data/docs: karabakh.txt, donbas.html, libya/berlin.md (and gold.json, not a document)."""
    return DOCS


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def formats() -> list[str]:
    """Every export format available in this checkout."""
    return list(FORMATS)


@pytest.fixture(scope="session")
def build_script() -> str:
    return BUILD_SCRIPT


def pytest_report_header(config: pytest.Config) -> str:
    return (f"kg.views.html: {'present' if HAS_HTML else 'missing (html export left out)'}; "
            f"kg.graph.ontology: {'present' if HAS_ONTOLOGY else 'missing (dataset built without it)'}; "
            f"python {sys.version.split()[0]}")


def pytest_configure(config: pytest.Config) -> None:
    # rdflib's own parsers and serialisers use its deprecated ConjunctiveGraph API: not ours to fix
    config.addinivalue_line("filterwarnings", "ignore:.*is deprecated, use Dataset.*:DeprecationWarning")
    config.addinivalue_line("filterwarnings", "ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
    config.addinivalue_line("filterwarnings", "ignore:Code. _mock_name is not defined:UserWarning")
