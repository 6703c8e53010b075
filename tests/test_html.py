"""The HTML view as text (no browser): offline, deterministic, escaped, complete."""

from __future__ import annotations

import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg.graph.build import asserted_edges, build_graph
from kg.views.html import NODE_STYLES, graph_data, json_for_script, render_html, write_html
from kg.models import Actor, Claim
from kg.vocab import NODE_TYPES, PREDICATES

ROOT = Path(__file__).resolve().parents[1]
INJECTION = Path(__file__).parent / "data" / "injection" / "corpus.json"


def _load_screenshot_module():
    spec = importlib.util.spec_from_file_location("kg_bench_screenshot", ROOT / "benchmarks" / "screenshot.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def injection_graph() -> nx.MultiDiGraph:
    corpus = json.loads(INJECTION.read_text("utf-8"))
    actors = [Actor(a["id"], a["label"], a["type"], set(a["aliases"]), a["wikidata"]) for a in corpus["actors"]]
    claims = [Claim(**c) for c in corpus["claims"]]
    return build_graph(actors, claims, corpus["documents"])


@pytest.fixture(scope="module")
def sample() -> nx.MultiDiGraph:
    return _load_screenshot_module().sample_graph()


@pytest.fixture(scope="module")
def sample_page(sample: nx.MultiDiGraph) -> str:
    return render_html(sample, title="sample")


def data_block(page: str) -> str:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return m.group(1)


def unpacked(block: str) -> dict:
    """The page's data as :func:`graph_data` returns it (the page packs nodes, edges, evidence)."""
    data = json.loads(block)

    def rows(p: dict) -> list[dict]:
        return [dict(zip(p["k"], r)) for r in p["r"]]

    data["nodes"] = rows(data["nodes"])
    data["edges"] = [{"id": f"e{i}", **e, "evidence": [dict(zip(data["evidenceKeys"], ev)) for ev in e["evidence"]]}
                     for i, e in enumerate(rows(data["edges"]))]
    del data["evidenceKeys"]
    return data


class _Elements(HTMLParser):
    """Elements as a browser's tokenizer sees them (script and style content is raw text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser.tags


EXPECTED_TAGS = [
    "html", "head", "meta", "meta", "meta", "title", "style", "style", "body", "header", "h1", "span", "div",
    "input", "ul", "span", "main", "nav", "section", "h2", "div", "button", "button", "ul", "section", "h2",
    "div", "button", "button", "ul", "p",
    "section", "h2", "label", "input", "span", "label", "input", "span", "p",
    "section", "h2", "label", "input", "output", "label", "input", "output", "label", "input", "p",
    "div", "aside", "button", "div", "div", "script", "script", "script",
]


# ---------- offline ----------


def test_page_loads_nothing_from_the_network(sample_page: str) -> None:
    # The markup is exactly our elements; none has src/href or an event handler attribute.
    tags = elements(sample_page)
    assert [t for t, _a in tags] == EXPECTED_TAGS
    for _tag, attrs in tags:
        assert not {"src", "href", "srcset", "action", "data", "poster"} & set(attrs)
        assert not any(a.startswith("on") for a in attrs)
    # CSS: only data: URLs, no @import.
    assert "@import" not in sample_page
    for url in re.findall(r"url\(\s*[\"']?([^\"')]*)", sample_page):
        assert url.startswith("data:"), url
    assert "sourceMappingURL" not in sample_page
    for cdn in ("cdn.jsdelivr", "cdnjs", "bootstrap", "tom-select", "unpkg", "googleapis"):
        assert cdn not in sample_page.lower()


def test_vis_network_is_inlined(sample_page: str) -> None:
    assert "vis-network" in sample_page and "@version 9.1.2" in sample_page
    assert len(sample_page) > 400_000  # the library itself is in the file
    scripts = [a for t, a in elements(sample_page) if t == "script"]
    assert scripts == [{"type": "application/json", "id": "kg-data"}, {}, {}]


# ---------- determinism ----------


def test_same_graph_same_bytes(sample: nx.MultiDiGraph) -> None:
    a = render_html(sample, title="t")
    b = render_html(_load_screenshot_module().sample_graph(), title="t")
    assert a == b


def test_insertion_order_does_not_matter(sample: nx.MultiDiGraph) -> None:
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(sample.graph)
    for n in reversed(list(sample.nodes)):
        shuffled.add_node(n, **sample.nodes[n])
    for s, o, k, d in reversed(list(sample.edges(keys=True, data=True))):
        shuffled.add_edge(s, o, key=k, **d)
    assert render_html(shuffled) == render_html(sample)


def test_write_html_is_atomic_and_equal_to_render(sample: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = write_html(sample, tmp_path / "sub" / "view.html", title="x")
    assert out.read_text("utf-8") == render_html(sample, title="x")
    assert [p.name for p in out.parent.iterdir()] == ["view.html"]  # no temp file left
    write_html(sample, out, title="x")  # overwrite works
    assert [p.name for p in out.parent.iterdir()] == ["view.html"]


def test_no_timestamps_or_random_ids(sample_page: str) -> None:
    data = unpacked(data_block(sample_page))
    assert data["options"]["layout"]["randomSeed"] == 7
    assert [e["id"] for e in data["edges"]] == [f"e{i}" for i in range(len(data["edges"]))]


# ---------- content ----------


def test_legend_has_the_types_and_relations_present(sample: nx.MultiDiGraph, sample_page: str) -> None:
    data = unpacked(data_block(sample_page))
    types = {d["type"] for _n, d in sample.nodes(data=True)}
    assert [t["name"] for t in data["types"]] == [t for t in NODE_TYPES if t in types]
    assert set(types) == set(NODE_TYPES)  # the sample has every type, so every type has a style
    for t in data["types"]:
        assert (t["color"], t["shape"]) == (NODE_STYLES[t["name"]]["color"], NODE_STYLES[t["name"]]["shape"])
    rels = {k for _s, _o, k, _d in asserted_edges(sample)}
    assert [r["name"] for r in data["relations"]] == [p for p in PREDICATES if p in rels]
    assert sum(t["count"] for t in data["types"]) == sample.number_of_nodes()


def test_counts_match_graph_and_denied_edges_are_marked(sample: nx.MultiDiGraph) -> None:
    data = graph_data(sample)
    negated = [(s, o, k) for s, o, k, d in sample.edges(keys=True, data=True) if not d["asserted"]]
    assert negated == [("turkey", "nagorno-karabakh", "deploysTo")]
    assert len(data["nodes"]) == sample.number_of_nodes()
    assert len(data["edges"]) == sample.number_of_edges() and data["denied"] == 1
    marked = [(e["from"], e["to"], e["predicate"], e["denied"]) for e in data["edges"] if e["denied"]]
    assert marked == [("turkey", "nagorno-karabakh", "deploysTo", "negated")]
    assert sum(1 for e in data["edges"] if not e["denied"]) == len(list(asserted_edges(sample)))
    # the legend counts asserted relations only; the header too
    assert sum(r["count"] for r in data["relations"]) == len(list(asserted_edges(sample)))
    assert f"{sample.number_of_nodes()} actors, {len(list(asserted_edges(sample)))} relations" in render_html(sample)


def test_evidence_documents_and_confidence_are_in_the_data(sample: nx.MultiDiGraph) -> None:
    data = graph_data(sample)
    edge = next(e for e in data["edges"] if (e["from"], e["predicate"], e["to"]) == ("russia", "supports", "armenia"))
    assert edge["weight"] == 2
    assert [(ev["doc"], ev["confidence"]) for ev in edge["evidence"]] == [("000_nk", 0.6), ("001_donbas", 0.6)]
    assert data["docs"]["000_nk"]["title"] == "The Ceasefire Agreement"


def test_parallel_edges_are_curved_apart(sample: nx.MultiDiGraph) -> None:
    data = graph_data(sample)
    pair = [e["curve"] for e in data["edges"] if {e["from"], e["to"]} == {"russia", "armenia"}]
    assert sorted(pair) == list(range(len(pair))) and len(pair) == 2


def test_empty_graph_renders() -> None:
    page = render_html(nx.MultiDiGraph())
    assert unpacked(data_block(page))["nodes"] == []


# ---------- escaping ----------


PAYLOADS = ["<script", "</script", "<img", "<svg", "<iframe", "<a href", "<!--", "<b>", "\u2028", "\u2029"]


def test_json_for_script_escapes_everything_dangerous() -> None:
    text = json_for_script({"k": "</script><!--&\u2028\u2029>'\"`"})
    for ch in "<>&\u2028\u2029":
        assert ch not in text
    assert json.loads(text) == {"k": "</script><!--&\u2028\u2029>'\"`"}


def test_injection_corpus_is_inert_in_the_raw_page() -> None:
    page = render_html(injection_graph(), title="<script>window.__pwned=1</script> \"'`")
    block = data_block(page)
    for p in PAYLOADS:
        assert p not in block, p
    # The data round-trips exactly (nothing lost by escaping or packing).
    data = unpacked(block)
    assert data == graph_data(injection_graph(), title="<script>window.__pwned=1</script> \"'`")
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels["evil-state"] == "<script>window.__pwned=1;alert(1)</script>"
    # The elements are exactly ours: the hostile strings opened none.
    assert [t for t, _a in elements(page)] == EXPECTED_TAGS
    # The page title is escaped as HTML text.
    assert "<title>&lt;script&gt;window.__pwned=1&lt;/script&gt; &#34;&#39;`</title>" in page
    # Outside the data block no document text appears.
    outside = page.replace(block, "")
    assert "__pwned" not in outside.replace("&lt;script&gt;window.__pwned=1&lt;/script&gt;", "")


def test_wikidata_only_for_q_ids() -> None:
    data = graph_data(injection_graph())
    by_id = {n["id"]: n["wikidata"] for n in data["nodes"]}
    assert by_id == {"evil-state": "", "quote-group": "", "href-person": "Q159", "plain": ""}


def test_our_script_never_parses_html() -> None:
    js = (ROOT / "kg" / "views" / "templates" / "view.js").read_text("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setAttribute(\"on", "title:"):
        assert sink not in js, sink


def test_denied_claims_are_in_the_page_with_their_evidence() -> None:
    page = render_html(injection_graph())
    assert "did not sign" in page
    signs = [e for e in graph_data(injection_graph())["edges"] if e["predicate"] == "signs"]
    assert [e["denied"] for e in signs] == ["negated"]
    assert [ev["modality"] for ev in signs[0]["evidence"]] == ["negated"]


def test_positions_come_with_the_data_and_big_graphs_draw_cheaper() -> None:
    G = nx.MultiDiGraph()
    for i in range(400):
        G.add_node(f"n{i:03d}", label=f"N{i}", type="State")
    for i in range(3200):
        G.add_edge(f"n{i % 400:03d}", f"n{(i * 7 + 1) % 400:03d}", key=f"p{i}", predicate="supports", asserted=True,
                   evidence=[], weight=1, confidence=0.5, date="")
    data = graph_data(G)
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert data["edgeStyles"] is False and data["options"]["physics"] == {"enabled": False}
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True
    assert graph_data(G) == data  # deterministic
    small = graph_data(_load_screenshot_module().sample_graph())
    assert all("x" in n for n in small["nodes"]) and small["edgeStyles"] is True
    assert small["options"]["physics"] == {"enabled": False}
    ranks = sorted(small["nodes"], key=lambda n: n["rank"])
    assert [n["rank"] for n in ranks] == list(range(len(ranks)))
    assert [n["degree"] for n in ranks] == sorted((n["degree"] for n in ranks), reverse=True)
    assert ranks[0]["id"] == "russia"


def test_isolated_actors_are_counted_and_placed_apart() -> None:
    G = _load_screenshot_module().sample_graph()
    G.add_node("lonely", label="Lonely Actor", type="Person", aliases=[], docs=[])
    data = graph_data(G)
    assert data["isolated"] == 1
    lonely = next(n for n in data["nodes"] if n["id"] == "lonely")
    assert lonely["degree"] == 0
    assert lonely["y"] > max(n["y"] for n in data["nodes"] if n["id"] != "lonely")


def test_dates_of_the_evidence_feed_the_date_filter(sample: nx.MultiDiGraph) -> None:
    data = graph_data(sample)
    assert data["dates"] == ["2020-01-19", "2020-07-23", "2020-11-10"]
