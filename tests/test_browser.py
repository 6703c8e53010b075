"""The HTML view in a real headless Chromium: it runs, draws the graph, reacts, and runs no injected script.

Needs the system Chromium (Debian: ``apt-get install chromium``) and the ``playwright`` package;
it never downloads a browser. Skipped with the reason when either is missing.
"""

from __future__ import annotations

import importlib.util
import os
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.graph.build import asserted_edges, build_graph
from kg.views.html import write_html
from kg.models import Actor, Claim

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
INJECTION = Path(__file__).parent / "data" / "injection" / "corpus.json"


def _screenshot_module() -> Any:
    spec = importlib.util.spec_from_file_location("kg_bench_screenshot", ROOT / "benchmarks" / "screenshot.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


shots = _screenshot_module()
CHROMIUM = shots.find_chromium()
try:
    import playwright.sync_api  # noqa: F401

    HAVE_PLAYWRIGHT = True
except ImportError:  # pragma: no cover
    HAVE_PLAYWRIGHT = False

if os.environ.get("KG_REQUIRE_BROWSER") and (CHROMIUM is None or not HAVE_PLAYWRIGHT):
    raise RuntimeError("KG_REQUIRE_BROWSER is set (CI) but Chromium or playwright is missing: browser tests cannot run")

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (apt-get install chromium, or set KG_CHROMIUM)"),
    pytest.mark.skipif(not HAVE_PLAYWRIGHT, reason="the playwright package is not installed (pip install playwright)"),
]


class Watch:
    """Everything the page does that it should not: console errors, requests, dialogs."""

    def __init__(self, page: Any) -> None:
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", self._dialog)
        page.on("popup", lambda p: self.dialogs.append(f"popup: {p.url}"))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def off_page_requests(self) -> list[str]:
        return [u for u in self.requests if not (u.startswith("file://") or u.startswith("data:"))]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with shots.launch(CHROMIUM) as b:
        yield b


def open_page(browser: Any, G: nx.MultiDiGraph, tmp: Path, name: str, **kw: Any) -> tuple[Any, Watch, Path]:
    html = write_html(G, tmp / f"{name}.html", **kw)
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    # Any request that would leave the page is recorded and refused.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    watch = Watch(page)
    page.goto(html.resolve().as_uri())
    page.wait_for_function("window.kgView && window.kgView.stable === true", timeout=60_000)
    return page, watch, html


@pytest.fixture(scope="module")
def sample() -> nx.MultiDiGraph:
    return shots.sample_graph()


@pytest.fixture(scope="module")
def sample_page(browser: Any, sample: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Watch]]:
    page, watch, _html = open_page(browser, sample, tmp_path_factory.mktemp("view"), "sample", title="sample")
    yield page, watch
    page.close()


def injection_graph() -> nx.MultiDiGraph:
    corpus = json.loads(INJECTION.read_text("utf-8"))
    actors = [Actor(a["id"], a["label"], a["type"], set(a["aliases"]), a["wikidata"]) for a in corpus["actors"]]
    return build_graph(actors, [Claim(**c) for c in corpus["claims"]], corpus["documents"])


def edge_point(page: Any, edge_id: str) -> dict[str, float]:
    """A point in page coordinates where a click hits ``edge_id`` and no node."""
    point = page.evaluate(
        """(id) => {
          const net = kgView.network, e = kgView.edges.get(id);
          const pos = net.getPositions([e.from, e.to]);
          const rect = document.getElementById('kg-network').getBoundingClientRect();
          for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
            const c = {x: pos[e.from].x + t * (pos[e.to].x - pos[e.from].x),
                       y: pos[e.from].y + t * (pos[e.to].y - pos[e.from].y)};
            const d = net.canvasToDOM(c);
            if (d.x < 5 || d.y < 5 || d.x > rect.width - 5 || d.y > rect.height - 5) continue;
            if (net.getNodeAt(d) === undefined && net.getEdgeAt(d) === id) return {x: rect.left + d.x, y: rect.top + d.y};
          }
          return null;
        }""",
        edge_id,
    )
    assert point, f"no clickable point on edge {edge_id}"
    return point


# ---------- the sample graph ----------


def test_no_console_errors_and_no_network(sample_page: tuple[Any, Watch]) -> None:
    page, watch = sample_page
    assert watch.console_errors == []
    assert watch.off_page_requests() == []
    assert all(u.startswith("file://") for u in watch.requests)
    assert watch.dialogs == []


def test_draws_every_node_and_asserted_edge(sample_page: tuple[Any, Watch], sample: nx.MultiDiGraph) -> None:
    page, _watch = sample_page
    counts = page.evaluate(
        "({nodes: kgView.nodes.length, edges: kgView.edges.length, visible: kgView.visibleCounts(),"
        " drawnNodes: Object.keys(kgView.network.body.nodes).filter(id => kgView.network.body.nodes[id].options.hidden !== true"
        "   && kgView.nodes.get(id) !== null).length,"
        " drawnEdges: kgView.network.body.edgeIndices.length,"
        " predicates: kgView.edges.getIds().map(id => kgView.data.edges.find(e => e.id === id).predicate)})"
    )
    n_edges = len(list(asserted_edges(sample)))
    assert counts["nodes"] == counts["drawnNodes"] == counts["visible"]["nodes"] == sample.number_of_nodes()
    assert counts["edges"] == sample.number_of_edges() == n_edges + 1  # one denied edge in the data ...
    assert counts["drawnEdges"] == counts["visible"]["edges"] == n_edges  # ... not drawn by default
    drawn = set(map(tuple, page.evaluate(
        "kgView.network.body.edgeIndices.map(id => { const e = kgView.data.edges.find(x => x.id === id);"
        " return [e.from, e.to, e.predicate]; })")))
    assert ("turkey", "nagorno-karabakh", "deploysTo") not in drawn


def test_physics_stops_after_stabilization(sample_page: tuple[Any, Watch]) -> None:
    page, _watch = sample_page
    state = page.evaluate("({stopped: kgView.physicsStopped, physics: kgView.network.physics.physicsEnabled})")
    assert state == {"stopped": True, "physics": False}
    before = page.evaluate("JSON.stringify(kgView.network.getPositions())")
    page.wait_for_timeout(500)
    assert page.evaluate("JSON.stringify(kgView.network.getPositions())") == before


def test_legend_toggles_relation_edges(sample_page: tuple[Any, Watch], sample: nx.MultiDiGraph) -> None:
    page, _watch = sample_page
    supports = sum(1 for *_x, k, _d in asserted_edges(sample) if k == "supports")
    total = len(list(asserted_edges(sample)))
    box = page.locator('#kg-legend-relations input[data-name="supports"]')
    box.click()
    assert not box.is_checked()
    hidden = page.evaluate("kgView.edges.get({filter: e => e.hidden}).map(e => kgView.data.edges.find(x => x.id === e.id))"
                           ".filter(e => !e.denied).map(e => e.predicate)")
    assert hidden == ["supports"] * supports
    assert page.evaluate("kgView.visibleCounts().edges") == total - supports
    # vis no longer draws them (its list of edges to draw leaves hidden ones out)
    drawn = page.evaluate("kgView.network.body.edgeIndices.map(id => kgView.data.edges.find(x => x.id === id).predicate)")
    assert len(drawn) == total - supports and "supports" not in drawn
    box.click()
    assert page.evaluate("kgView.visibleCounts().edges") == total


def test_legend_toggles_actor_types(sample_page: tuple[Any, Watch], sample: nx.MultiDiGraph) -> None:
    page, _watch = sample_page
    persons = [n for n, d in sample.nodes(data=True) if d["type"] == "Person"]
    touching = sum(1 for s, o, _k, _d in asserted_edges(sample) if s in persons or o in persons)
    page.locator('#kg-legend-types input[data-name="Person"]').click()
    counts = page.evaluate("kgView.visibleCounts()")
    assert counts["nodes"] == sample.number_of_nodes() - len(persons)
    assert counts["edges"] == len(list(asserted_edges(sample))) - touching
    page.locator('#kg-legend-types input[data-name="Person"]').click()
    assert page.evaluate("kgView.visibleCounts().nodes") == sample.number_of_nodes()


@pytest.mark.parametrize(
    ("query", "node", "label"),
    [("Türkiye", "turkey", "Turkey"), ("turkiye", "turkey", "Turkey"), ("faiez serraj", "serraj", "Fayez al-Sarraj"),
     ("GNA", "gna", "Government of National Accord"), ("moscow", "russia", "Russia")],
)
def test_search_by_alias_selects_actor(sample_page: tuple[Any, Watch], query: str, node: str, label: str) -> None:
    page, _watch = sample_page
    box = page.locator("#kg-search")
    box.fill("")
    box.type(query)
    assert page.locator("#kg-results li").first.is_visible()
    box.press("Enter")
    assert page.evaluate("kgView.network.getSelectedNodes()") == [node]
    assert page.locator("#kg-panel").is_visible()
    assert page.locator("#kg-panel h2").inner_text() == label


def test_clicking_an_edge_shows_its_evidence(sample_page: tuple[Any, Watch], sample: nx.MultiDiGraph) -> None:
    page, _watch = sample_page
    page.evaluate("kgView.network.fit({animation: false})")
    edge_id = page.evaluate("kgView.data.edges.find(e => e.from === 'germany' && e.predicate === 'hosts').id")
    pt = edge_point(page, edge_id)
    page.mouse.click(pt["x"], pt["y"])
    panel = page.locator("#kg-panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "Germany hosts Berlin Conference" in text
    assert "Germany hosted the Berlin Conference on Libya." in text
    assert "Berlin Process on Libya" in text and "confidence 0.95" in text


def test_clicking_a_node_shows_relations_and_wikidata(sample_page: tuple[Any, Watch]) -> None:
    page, _watch = sample_page
    page.evaluate("kgView.network.fit({animation: false})")
    pt = page.evaluate(
        """() => { const net = kgView.network, p = net.canvasToDOM(net.getPositions(['haftar']).haftar);
                   const r = document.getElementById('kg-network').getBoundingClientRect();
                   return {x: r.left + p.x, y: r.top + p.y}; }"""
    )
    page.mouse.click(pt["x"], pt["y"])
    text = page.locator("#kg-panel").inner_text()
    assert text.startswith("Khalifa Haftar") or "Khalifa Haftar" in text.splitlines()[1]
    assert "General Khalifa Haftar" in text and "Person" in text
    assert "General Khalifa Haftar commands the LNA." in text
    assert page.locator("#kg-panel a.kg-wikidata").count() == 0  # no Wikidata id known for him here
    page.evaluate("kgView.showNode('russia')")
    link = page.locator("#kg-panel a.kg-wikidata")
    assert link.get_attribute("href") == "https://www.wikidata.org/wiki/Q159"


def test_screenshot_artefact(sample_page: tuple[Any, Watch]) -> None:
    page, watch = sample_page
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("kgView.network.fit({animation: false})")
    out = ARTIFACTS / "graph-view.png"
    page.screenshot(path=str(out))
    assert out.stat().st_size > 10_000
    assert watch.console_errors == [] and watch.off_page_requests() == []


# ---------- actor ids that are JavaScript object keys ----------

OBJECT_KEYS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf",
               "__defineGetter__", "propertyIsEnumerable"]


def test_actor_ids_that_are_object_keys_work(browser: Any, tmp_path: Path) -> None:
    """Actors (and a document) whose ids are keys of every JavaScript object: each is drawn, found
    by the search, selected, and shown with its own relations; one without relations is counted
    as such; nothing fails in the console."""
    actors = [Actor(i, f"Actor {i}", "State", docs={"constructor"}) for i in OBJECT_KEYS]
    actors += [Actor("russia", "Russia", "State", docs={"constructor"}), Actor("lonely", "Lonely", "Person")]
    claims = [Claim(i, "supports", "russia", "constructor", f"{i} supports Russia.", 0, 9, 0.8, "r")
              for i in OBJECT_KEYS if i != "valueOf"]
    claims.append(Claim("russia", "mediates", "constructor", "constructor", "Russia mediates.", 0, 9, 0.8, "r"))
    G = build_graph(actors, claims, {"constructor": {"title": "The constructor report", "date": "2020-01-01"}})
    page, watch, _html = open_page(browser, G, tmp_path, "object-keys")
    try:
        drawn = page.evaluate("Object.keys(kgView.network.body.nodes).length")
        assert drawn == len(OBJECT_KEYS) + 2
        # valueOf and lonely have no relation: hidden until asked for, and counted as such
        assert page.evaluate("kgView.visibleCounts()") == {"nodes": len(OBJECT_KEYS), "edges": len(claims)}
        assert page.locator("#kg-isolated-count").inner_text() == "2"
        for i in OBJECT_KEYS:
            page.locator("#kg-search").fill(f"Actor {i}")
            page.locator("#kg-search").press("Enter")
            assert page.evaluate("kgView.selected") == i
            panel = page.locator("#kg-panel").inner_text()
            assert f"Actor {i}" in panel
            expected = {"constructor": 2, "valueOf": 0}.get(i, 1)
            assert f"relations ({expected})" in panel.lower(), (i, panel)
            if expected:
                assert "The constructor report" in panel or i == "valueOf"
        page.evaluate("kgView.showEdge(kgView.data.edges.find(e => e.from === '__proto__').id)")
        assert "Actor __proto__ supports Russia" in page.locator("#kg-panel").inner_text()
        assert page.evaluate("kgView.labels().length") > 0
        assert watch.console_errors == [] and watch.off_page_requests() == []
    finally:
        page.close()


# ---------- the injection corpus ----------


def test_injection_corpus_runs_nothing(browser: Any, tmp_path: Path) -> None:
    G = injection_graph()
    page, watch, _html = open_page(browser, G, tmp_path, "injection",
                                   title="</title><script>window.__pwned=1;alert(1)</script>")
    try:
        assert page.evaluate("kgView.nodes.length") == 4
        assert page.evaluate("kgView.edges.length") == 4
        assert page.evaluate("kgView.visibleCounts().edges") == 3  # the negated 'signs' claim is not drawn
        # Open every panel and every tooltip source, search for the payloads, hover the canvas.
        page.evaluate("kgView.data.nodes.forEach(n => kgView.showNode(n.id))")
        page.evaluate("kgView.data.edges.forEach(e => kgView.showEdge(e.id))")
        for q in ["<script", "<img", "javascript", "\"><svg", "${", "evil landia"]:
            page.locator("#kg-search").fill(q)
            page.wait_for_timeout(20)
        page.locator("#kg-search").fill("evil landia")
        page.locator("#kg-search").press("Enter")
        assert page.evaluate("kgView.network.getSelectedNodes()") == ["evil-state"]
        box = page.locator("#kg-network").bounding_box()
        for i in range(12):
            page.mouse.move(box["x"] + box["width"] * (i + 1) / 13, box["y"] + box["height"] / 2)
        page.evaluate("kgView.showNode('evil-state')")
        # The hostile strings are there, as text.
        panel = page.locator("#kg-panel").inner_text()
        assert "<script>window.__pwned=1;alert(1)</script>" in panel
        assert "<img src=x onerror=window.__pwned=1>" in panel
        assert page.locator("#kg-panel img, #kg-panel script, #kg-panel svg, #kg-panel iframe").count() == 0
        assert page.locator("body img, body iframe, body svg, body object").count() == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        # No Wikidata link from a non-Q id; the Q id of the other actor is a plain https link.
        assert page.locator("#kg-panel a").count() == 0
        page.evaluate("kgView.showNode('href-person')")
        hrefs = page.eval_on_selector_all("#kg-panel a", "as => as.map(a => a.href)")
        assert hrefs == ["https://www.wikidata.org/wiki/Q159"]
        assert page.title() == "</title><script>window.__pwned=1;alert(1)</script>"
        assert page.evaluate("window.__pwned") is None
        assert watch.dialogs == []
        assert watch.off_page_requests() == []
        assert all(not u.endswith("/x") for u in watch.requests)  # no <img src=x> was ever parsed
        assert watch.console_errors == []
    finally:
        page.close()


def test_empty_graph_page_works(browser: Any, tmp_path: Path) -> None:
    page, watch, _html = open_page(browser, nx.MultiDiGraph(), tmp_path, "empty")
    try:
        assert page.locator("#kg-empty").inner_text() == "No actors in this view."
        assert watch.console_errors == []
    finally:
        page.close()


# ---------- hostile documents, through the whole pipeline ----------

HOSTILE_DOCS = {
    "evil.md": ("---\ntitle: \"</title><script>window.__pwned=1</script>\"\n---\n"
                "Russia supports Armenia <script>window.__pwned=1;alert(1)</script> in every way.\n"
                "Turkey criticized Greece <img src=x onerror=window.__pwned=1> on Monday.\n"),
    "quotes.txt": ("Quotes \" ' ` ’ “ ” and </script><script>window.__pwned=1</script> follow.\n"
                   "Egypt backed the <a href=\"javascript:window.__pwned=1\">Sudanese Armed Forces</a> in 2023.\n"),
    "page.html": ("<html><head><title>x\"><svg onload=window.__pwned=1></title></head><body>"
                  "<p>Qatar mediated the talks between Israel and Hamas &lt;script&gt;window.__pwned=1&lt;/script&gt;.</p>"
                  "<script>window.__pwned=1</script></body></html>"),
}


def test_hostile_documents_run_nothing(browser: Any, tmp_path: Path) -> None:
    from kg.pipeline import build

    src = tmp_path / "docs"
    src.mkdir()
    for name, text in HOSTILE_DOCS.items():
        (src / name).write_text(text, "utf-8")
    out = tmp_path / "out"
    result = build([src], out, formats=["html"])
    assert result.n_relations >= 2
    sentences = " ".join(e["sentence"] for *_, d in result.graph.edges(keys=True, data=True) for e in d["evidence"])
    assert "<script>" in sentences and "<img src=x" in sentences
    page = browser.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    watch = Watch(page)
    try:
        page.goto((out / "graph.html").as_uri())
        page.wait_for_function("window.kgView && window.kgView.stable === true", timeout=60_000)
        page.evaluate("kgView.data.nodes.forEach(n => kgView.showNode(n.id))")
        page.evaluate("kgView.data.edges.forEach(e => kgView.showEdge(e.id))")
        panel = page.locator("#kg-panel").inner_text()
        assert "<img src=x onerror=window.__pwned=1>" in panel or "<script>" in panel
        assert page.evaluate("window.__pwned") is None
        assert watch.dialogs == []
        assert watch.off_page_requests() == []
        assert page.locator("body img, body iframe, body svg, body object").count() == 0
    finally:
        page.close()


# ---------- the first screen: labels, isolated actors, dates, denied claims ----------


@pytest.fixture(scope="module")
def corpus_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Watch, dict]]:
    """The page `kg build` writes for the bundled sample corpus, as a reader opens it."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("corpus")
    result = build(None, out, formats=["html"])
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    watch = Watch(page)
    page.goto((out / "graph.html").as_uri())
    page.wait_for_function("window.kgView && window.kgView.stable === true", timeout=60_000)
    degree = {n: 0 for n in result.graph.nodes}
    for s, o, _k, _d in asserted_edges(result.graph):
        degree[s] += 1
        degree[o] += 1
    yield page, watch, degree
    page.close()


def _overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def test_first_screen_labels_the_main_actors_without_overlap(corpus_page: tuple[Any, Watch, dict]) -> None:
    page, watch, degree = corpus_page
    boxes = page.evaluate("kgView.labels()")
    size = page.evaluate("(() => { const c = document.getElementById('kg-network'); return [c.clientWidth, c.clientHeight]; })()")
    assert len(boxes) >= 20
    for i, a in enumerate(boxes):
        assert 0 <= a["x"] and a["x"] + a["w"] <= size[0] and 0 <= a["y"] and a["y"] + a["h"] <= size[1]
        for b in boxes[i + 1:]:
            assert not _overlap(a, b), (a, b)
    labelled = {b["id"] for b in boxes}
    main = sorted((n for n in degree if degree[n]), key=lambda n: -degree[n])[:10]
    assert set(main) <= labelled, set(main) - labelled
    # each label is drawn on the canvas: the pixels of the label's box are not all white
    shot = page.locator("#kg-network").screenshot()
    assert len(shot) > 20_000
    assert watch.console_errors == [] and watch.off_page_requests() == []


def test_actors_without_relations_are_hidden_behind_a_toggle(corpus_page: tuple[Any, Watch, dict]) -> None:
    page, _watch, degree = corpus_page
    lonely = [n for n, d in degree.items() if d == 0]
    assert len(lonely) > 10  # the sample names many actors it relates to nothing
    unlinked = page.evaluate("kgView.data.nodes.filter(n => !kgView.data.edges.some(e => e.from === n.id || e.to === n.id))"
                             ".map(n => n.id)")  # not even by a denied claim
    assert set(unlinked) <= set(lonely) and len(unlinked) > 10
    assert page.evaluate("kgView.visibleCounts().nodes") == len(degree) - len(lonely)
    assert page.locator("#kg-isolated-count").inner_text() == str(len(lonely))
    assert not page.locator("#kg-show-isolated").is_checked()
    page.locator("#kg-show-isolated").click()
    assert page.evaluate("kgView.visibleCounts().nodes") == len(degree)
    # they are drawn apart: below every actor that has a relation
    lowest = page.evaluate(
        "(ids) => { const p = kgView.network.getPositions(); const linked = kgView.data.nodes.filter(n => !ids.includes(n.id));"
        " return [Math.max(...linked.map(n => p[n.id].y)), Math.min(...ids.map(i => p[i].y))]; }", unlinked)
    assert lowest[0] < lowest[1]
    page.locator("#kg-show-isolated").click()
    assert page.evaluate("kgView.visibleCounts().nodes") == len(degree) - len(lonely)
    # finding one by name shows it all the same
    label = page.evaluate("(id) => kgView.data.nodes.find(n => n.id === id).label", lonely[0])
    page.locator("#kg-search").fill(label)
    page.locator("#kg-search").press("Enter")
    assert page.evaluate("(id) => kgView.nodes.get(id).hidden", lonely[0]) is False
    assert page.locator("#kg-panel h2").inner_text() == label


def _set_range(page: Any, which: str, value: int) -> None:
    page.evaluate("([w, v]) => { const i = document.getElementById('kg-date-' + w); i.value = String(v);"
                  " i.dispatchEvent(new Event('input', {bubbles: true})); }", [which, value])


def test_date_range_filter_in_the_page(sample_page: tuple[Any, Watch], sample: nx.MultiDiGraph) -> None:
    page, _watch = sample_page
    docs = sample.graph["documents"]
    dates = page.evaluate("kgView.data.dates")
    assert dates == sorted({d["date"] for d in docs.values()})
    assert page.locator("#kg-dates").is_visible()

    def expected(since: str, until: str) -> int:
        n = 0
        for _s, _o, _k, d in asserted_edges(sample):
            when = [e.get("date") or docs[e["doc"]]["date"] for e in d["evidence"]]
            n += any(since <= w <= until for w in when)
        return n

    _set_range(page, "from", 1)  # 2020-07-23 onwards: Libya (January) drops out
    assert page.locator("#kg-date-from-text").inner_text() == "2020-07-23"
    assert page.evaluate("kgView.visibleCounts().edges") == expected("2020-07-23", "2020-11-10")
    visible = set(page.evaluate("kgView.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
    assert "haftar" not in visible and "berlin-conf" not in visible and "russia" in visible
    _set_range(page, "to", 1)  # only July
    assert page.evaluate("kgView.visibleCounts().edges") == expected("2020-07-23", "2020-07-23")
    _set_range(page, "from", 0)
    _set_range(page, "to", len(dates) - 1)
    assert page.evaluate("kgView.visibleCounts().edges") == len(list(asserted_edges(sample)))
    page.evaluate("kgView.setDateRange('2020-11', '2020-11')")
    assert page.evaluate("kgView.visibleCounts().edges") == expected("2020-11-10", "2020-11-10")
    page.evaluate("kgView.setDateRange(null, null)")
    assert page.evaluate("kgView.visibleCounts().edges") == len(list(asserted_edges(sample)))


def test_denied_claims_shown_on_demand_apart_and_marked(sample_page: tuple[Any, Watch]) -> None:
    page, watch = sample_page
    denied = page.evaluate("kgView.data.edges.filter(e => e.denied).map(e => e.id)")
    assert len(denied) == 1 and page.locator("#kg-denied-count").inner_text() == "1"
    before = page.evaluate("kgView.visibleCounts().edges")
    assert page.evaluate("(id) => kgView.edges.get(id).hidden", denied[0]) is True
    page.locator("#kg-show-denied").click()
    assert page.evaluate("kgView.visibleCounts().edges") == before + 1
    item = page.evaluate("(id) => kgView.edges.get(id)", denied[0])
    assert item["label"] == "denied: deploysTo" and item["dashes"] and item["smooth"]["enabled"]
    assert item["arrows"]["to"]["type"] == "bar"
    assert denied[0] in page.evaluate("kgView.network.body.edgeIndices")
    page.evaluate("(id) => kgView.showEdge(id)", denied[0])
    panel = page.locator("#kg-panel").inner_text()
    assert "DENIED BY THE TEXT" in panel.upper()
    assert "Turkish peacekeeping forces would not go to Nagorno-Karabakh." in panel and "negated" in panel
    page.evaluate("kgView.showNode('turkey')")
    assert "DENIED OR HYPOTHETICAL CLAIMS (1)" in page.locator("#kg-panel").inner_text().upper()
    page.locator("#kg-show-denied").click()
    assert page.evaluate("kgView.visibleCounts().edges") == before
    assert watch.console_errors == []


def test_no_physics_positions_are_the_written_ones(sample_page: tuple[Any, Watch]) -> None:
    page, _watch = sample_page
    moved = page.evaluate("(() => { const p = kgView.network.getPositions();"
                          " return kgView.data.nodes.filter(n => p[n.id].x !== n.x || p[n.id].y !== n.y).length; })()")
    assert moved == 0


def test_a_5000_node_page_is_usable_quickly(browser: Any, tmp_path: Path) -> None:
    bench = importlib.util.spec_from_file_location("kg_bench_html", ROOT / "benchmarks" / "bench_html.py")
    assert bench and bench.loader
    module = importlib.util.module_from_spec(bench)
    bench.loader.exec_module(module)
    html = write_html(module.random_graph(5000, 20000), tmp_path / "big.html")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(html.as_uri())
        page.wait_for_function("window.kgView && window.kgView.stable === true", timeout=30_000)
        # in-page time from script start to first full drawing (the benchmark measures the whole load)
        assert page.evaluate("kgView.timings.stable") < 4000
        assert len(page.evaluate("kgView.labels()")) >= 10
    finally:
        page.close()


def test_hypothetical_claims_of_the_corpus_are_marked_as_such(corpus_page: tuple[Any, Watch, dict]) -> None:
    page, _watch, _degree = corpus_page
    marks = page.evaluate("kgView.data.edges.filter(e => e.denied).map(e => [e.id, e.denied, kgView.edges.get(e.id).label])")
    assert {m[1] for m in marks} == {"negated", "hypothetical"}
    for eid, kind, label in marks:
        assert label.startswith("denied: " if kind == "negated" else "hypothetical: ")
        assert page.evaluate("(id) => kgView.edges.get(id).hidden", eid) is True
    eid = next(m[0] for m in marks if m[1] == "hypothetical")
    page.evaluate("(id) => kgView.showEdge(id)", eid)
    panel = page.locator("#kg-panel").inner_text()
    assert "HYPOTHETICAL" in panel.upper() and "hypothetical" in panel
