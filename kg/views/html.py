"""An interactive HTML view of the graph that opens offline: one self-contained file.

:func:`render_html` turns a graph (the :mod:`kg.graph.build` contract) into the text of a page;
:func:`write_html` writes it atomically. The page draws the graph with vis-network 9.1.2 taken
from the pyvis 0.3.2 package (inlined, nothing is fetched from any URL), physics options built
with pyvis, and our own Jinja template and script (``kg/views/templates/``) because pyvis's template
links bootstrap and tom-select from a CDN and turns titles containing ``href`` into ``innerHTML``.

What the page guarantees:

* every string that comes from documents (labels, aliases, sentences, document names) is shown
  as text: the data travels as JSON in a ``<script type="application/json">`` block with ``<``,
  ``>``, ``&``, U+2028 and U+2029 escaped, and the script builds DOM nodes with ``textContent``
  only (no ``innerHTML``, no vis ``title`` popups);
* a Wikidata link is made only for ids matching ``^Q[0-9]+$``;
* the same graph gives byte-identical HTML (sorted nodes and edges, fixed layout seed);
* edges with ``asserted == False`` (claims the text negates) are not drawn;
* physics stops once the layout is stable.

>>> from kg.models import Actor, Claim
>>> from kg.graph.build import build_graph
>>> G = build_graph([Actor("ru", "Russia", "State"), Actor("am", "Armenia", "State")],
...                 [Claim("ru", "mediates", "am", "d1", "Russia <b>mediates</b>.", 0, 9, 0.9, "r")],
...                 {"d1": {"title": "Report"}})
>>> page = render_html(G)
>>> data = page.split('id="kg-data">')[1].split("</script>")[0]
>>> "<b>" in data, "\\\\u003cb\\\\u003emediates" in data
(False, True)
>>> render_html(G) == page
True
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from kg.errors import ExportError
from kg.vocab import NODE_TYPES, PREDICATES

__all__ = [
    "NODE_STYLES",
    "RELATION_STYLES",
    "graph_data",
    "render_html",
    "write_html",
    "json_for_script",
]

#: Colour, vis shape and legend glyph per node type.
NODE_STYLES: dict[str, dict[str, str]] = {
    "State": {"color": "#4e79a7", "shape": "dot", "glyph": "\u25cf"},
    "Government": {"color": "#1f3b73", "shape": "square", "glyph": "\u25a0"},
    "Person": {"color": "#f28e2b", "shape": "diamond", "glyph": "\u25c6"},
    "ArmedGroup": {"color": "#d62728", "shape": "triangle", "glyph": "\u25b2"},
    "PoliticalOrganization": {"color": "#9c755f", "shape": "hexagon", "glyph": "\u2b22"},
    "InternationalOrganization": {"color": "#59a14f", "shape": "star", "glyph": "\u2605"},
    "NegotiationFormat": {"color": "#17becf", "shape": "triangleDown", "glyph": "\u25bc"},
    "Organization": {"color": "#8c8c8c", "shape": "square", "glyph": "\u25a0"},
    "Agreement": {"color": "#b07aa1", "shape": "box", "glyph": "\u25ad"},
    "Meeting": {"color": "#edc948", "shape": "ellipse", "glyph": "\u2b2d"},
    "Location": {"color": "#a0cbe8", "shape": "dot", "glyph": "\u2022"},
}
_UNKNOWN_TYPE = {"color": "#cccccc", "shape": "dot", "glyph": "\u25cb"}

#: Relation families: a colour per family, a dash pattern per relation inside it.
RELATION_FAMILIES: dict[str, str] = {
    "diplomacy": "#1f77b4",
    "agreement": "#2ca02c",
    "support": "#17a589",
    "hostility": "#d62728",
    "military": "#ff7f0e",
    "structure": "#7f7f7f",
}
_RELATION_FAMILY: dict[str, tuple[str, bool | list[int]]] = {
    "mediates": ("diplomacy", False),
    "negotiatesWith": ("diplomacy", [8, 4]),
    "guarantees": ("diplomacy", [2, 3]),
    "hosts": ("diplomacy", [12, 3, 2, 3]),
    "monitors": ("military", [2, 3]),
    "signs": ("agreement", False),
    "partyTo": ("agreement", [8, 4]),
    "participatesIn": ("agreement", [2, 3]),
    "supports": ("support", False),
    "allyOf": ("support", [8, 4]),
    "opposes": ("hostility", [8, 4]),
    "criticizes": ("hostility", [2, 3]),
    "attacks": ("hostility", False),
    "deploysTo": ("military", False),
    "withdrawsFrom": ("military", [8, 4]),
    "memberOf": ("structure", False),
    "leads": ("structure", [8, 4]),
}
#: Colour, dash pattern (False = solid), family and symmetry per relation predicate.
RELATION_STYLES: dict[str, dict[str, Any]] = {
    name: {
        "family": _RELATION_FAMILY.get(name, ("structure", False))[0],
        "color": RELATION_FAMILIES[_RELATION_FAMILY.get(name, ("structure", False))[0]],
        "dashes": _RELATION_FAMILY.get(name, ("structure", False))[1],
        "symmetric": info.symmetric,
    }
    for name, info in PREDICATES.items()
}

#: Above this many edges, edges carry no text label (the relation is in the tooltip and panel).
EDGE_LABEL_LIMIT = 1500
#: Above this many edges, edges are drawn solid (dashed lines make each frame ~4x slower).
EDGE_STYLE_LIMIT = 3000
#: Above this many nodes, nodes get starting positions from :func:`_spiral_seed` (below it,
#: vis-network's own "improved layout" places them).
SEED_LAYOUT_ABOVE = 300
#: The layout stops after this many milliseconds from page start even if not yet stable.
LAYOUT_BUDGET_MS = 7000

_WIKIDATA = re.compile(r"^Q[0-9]+$")
_VIS_DIR = "templates/lib/vis-9.1.2"
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def json_for_script(value: Any) -> str:
    """JSON text that is safe inside ``<script>`` (no ``<``, ``>``, ``&``, U+2028, U+2029).

    Keys are sorted, so the same value always gives the same text.

    >>> json_for_script({"s": "</script><b>&\u2028"})
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_ESCAPE_RE.sub(lambda m: _SCRIPT_ESCAPES[m.group(0)], text)


def _raw_asset(text: str, closer: str, name: str) -> Markup:
    """Check that a bundled asset cannot close its ``<script>``/``<style>`` element early.

    The source-map comment is dropped: developer tools would try to fetch the map file.
    """
    text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.M).rstrip() + "\n"
    lowered = text.lower()
    if closer in lowered or "<!--" in lowered:
        raise ExportError(f"{name}: bundled asset contains {closer!r}; cannot inline it safely")
    return Markup(text)


@functools.lru_cache(maxsize=1)
def _assets() -> dict[str, Markup]:
    pyvis_dir = resources.files("pyvis")
    here = resources.files("kg") / "views" / "templates"
    return {
        "vis_js": _raw_asset((pyvis_dir / _VIS_DIR / "vis-network.min.js").read_text("utf-8"), "</script", "vis-network.min.js"),
        "vis_css": _raw_asset((pyvis_dir / _VIS_DIR / "vis-network.css").read_text("utf-8"), "</style", "vis-network.css"),
        "view_js": _raw_asset((here / "view.js").read_text("utf-8"), "</script", "view.js"),
        "view_css": _raw_asset((here / "view.css").read_text("utf-8"), "</style", "view.css"),
    }


@functools.lru_cache(maxsize=1)
def _template() -> Any:
    env = Environment(
        loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=select_autoescape(["html", "j2"], default=True),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("graph.html.j2")


def _vis_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options, built with pyvis's physics helpers and tuned for the graph's size."""
    from pyvis.network import Network  # noqa: PLC0415 (import cost only when rendering)

    net = Network(directed=True, cdn_resources="in_line")
    big = n_nodes > 1000 or n_edges > 3000
    if big:
        # Force Atlas 2 with a coarse Barnes-Hut tree converges in ~120 steps from the spiral seed.
        net.force_atlas_2based(gravity=-60, central_gravity=0.01, spring_length=60, spring_strength=0.08,
                               damping=0.4, overlap=0)
    else:
        net.barnes_hut(gravity=-9000, central_gravity=0.3, spring_length=150, spring_strength=0.04,
                       damping=0.35, overlap=0.1)
    net.toggle_stabilization(True)
    options: dict[str, Any] = json.loads(net.options.to_json())
    physics = options["physics"]
    solver = "forceAtlas2Based" if big else "barnesHut"
    physics["solver"] = solver
    physics[solver]["theta"] = 1.0 if big else 0.5  # coarser far field for big graphs: 2x faster per step
    iterations = 1000 if n_nodes <= 300 else max(120, min(1000, 300_000 // max(n_nodes, 1)))
    physics["stabilization"].update(iterations=iterations, updateInterval=25, fit=True)
    physics["minVelocity"] = 2.0 if big else 0.75
    physics["maxVelocity"] = 50
    options["edges"] = {
        "smooth": False,
        "color": {"inherit": False},
        "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
        "selectionWidth": 2,
        "hoverWidth": 1.5,
    }
    options["nodes"] = {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1}
    options["interaction"].update(
        hover=True,
        tooltipDelay=3_600_000,  # no vis popups at all: our own tooltip shows text
        hideEdgesOnDrag=big,
        hideEdgesOnZoom=big,
        navigationButtons=False,
        keyboard=False,
        multiselect=False,
    )
    options["layout"] = {"randomSeed": 7, "improvedLayout": n_nodes <= 300}
    return options


def _spiral_seed(ids: list[str], edges: list[tuple[str, str, str, dict[str, Any]]]) -> dict[str, tuple[float, float]]:
    """Starting positions for the physics: nodes in breadth-first order from the hubs, on a
    sunflower spiral, so that neighbours start near each other (linear time, deterministic).

    >>> _spiral_seed(["a", "b"], [("a", "b", "p", {})])
    {'a': (0.0, 0.0), 'b': (-18.4, 16.9)}
    """
    adjacency: dict[str, list[str]] = {n: [] for n in ids}
    for s, o, _k, _d in edges:
        adjacency[str(s)].append(str(o))
        adjacency[str(o)].append(str(s))
    order: list[str] = []
    seen: set[str] = set()
    for root in sorted(ids, key=lambda n: (-len(adjacency[n]), n)):
        if root in seen:
            continue
        seen.add(root)
        queue = [root]
        while queue:
            nxt: list[str] = []
            for n in queue:
                order.append(n)
                for m in sorted(adjacency[n], key=lambda m: (-len(adjacency[m]), m)):
                    if m not in seen:
                        seen.add(m)
                        nxt.append(m)
            queue = nxt
    golden = math.pi * (3 - math.sqrt(5))
    return {
        n: (round(25 * math.sqrt(i) * math.cos(i * golden), 1), round(25 * math.sqrt(i) * math.sin(i * golden), 1))
        for i, n in enumerate(order)
    }


def _label(d: Mapping[str, Any], fallback: str) -> str:
    return str(d.get("label") or fallback)


def graph_data(G: nx.MultiDiGraph, *, title: str = "conflict-kg graph") -> dict[str, Any]:
    """The data the page draws, as plain JSON-able values (no HTML, no escaping yet).

    Negated-only edges (``asserted == False``) are left out. Nodes and edges come sorted.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph in the :mod:`kg.graph.build` contract.
    title : str
        Title of the page.

    Returns
    -------
    dict
        ``title``, ``nodes``, ``edges``, ``docs``, ``types``, ``relations``, ``options``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A", type="State", wikidata="javascript:x")
    >>> graph_data(G)["nodes"][0]["wikidata"]
    ''
    """
    edges_in: list[tuple[str, str, str, dict[str, Any]]] = sorted(
        ((s, o, k, d) for s, o, k, d in G.edges(keys=True, data=True) if d.get("asserted", True) is not False),
        key=lambda e: (str(e[0]), str(e[1]), str(e[2])),
    )
    degree: dict[str, int] = {}
    for s, o, _k, _d in edges_in:
        degree[s] = degree.get(s, 0) + 1
        degree[o] = degree.get(o, 0) + 1
    nodes: list[dict[str, Any]] = []
    type_counts: dict[str, int] = {}
    for n in sorted(G.nodes, key=str):
        d = G.nodes[n]
        kind = str(d.get("type") or "Organization")
        type_counts[kind] = type_counts.get(kind, 0) + 1
        wikidata = str(d.get("wikidata") or "")
        nodes.append(
            {
                "id": str(n),
                "label": _label(d, str(n)),
                "type": kind,
                "aliases": sorted({str(a) for a in d.get("aliases", []) if str(a) != _label(d, str(n))}),
                "wikidata": wikidata if _WIKIDATA.match(wikidata) else "",
                "docs": sorted(str(x) for x in d.get("docs", [])),
                "date": str(d.get("date") or ""),
                "size": round(12 + 4 * math.log2(1 + degree.get(n, 0)), 1),
            }
        )
    if len(nodes) > SEED_LAYOUT_ABOVE:
        positions = _spiral_seed([n["id"] for n in nodes], edges_in)
        for n in nodes:
            n["x"], n["y"] = positions[n["id"]]
    pair_index: dict[tuple[str, str], int] = {}
    edges: list[dict[str, Any]] = []
    rel_counts: dict[str, int] = {}
    for i, (s, o, k, d) in enumerate(edges_in):
        predicate = str(d.get("predicate") or k)
        rel_counts[predicate] = rel_counts.get(predicate, 0) + 1
        pair = (str(s), str(o)) if str(s) <= str(o) else (str(o), str(s))
        curve = pair_index.get(pair, 0)
        pair_index[pair] = curve + 1
        evidence = [
            {
                "doc": str(e.get("doc", "")),
                "sentence": str(e.get("sentence", "")),
                "confidence": round(float(e.get("confidence", 0.0)), 3),
                "modality": str(e.get("modality", "asserted")),
                "date": str(e.get("date") or ""),
            }
            for e in d.get("evidence", [])
        ]
        edges.append(
            {
                "id": f"e{i}",
                "from": str(s),
                "to": str(o),
                "predicate": predicate,
                "weight": int(d.get("weight", len(d.get("docs", [])) or 1)),
                "confidence": round(float(d.get("confidence", 0.0)), 3),
                "date": str(d.get("date") or ""),
                "curve": curve,
                "evidence": evidence,
            }
        )
    documents = G.graph.get("documents", {}) or {}
    docs = {
        str(k): {f: str(v.get(f) or "") for f in ("title", "date", "path", "source")}
        for k, v in sorted(documents.items(), key=lambda kv: str(kv[0]))
    }
    types = [
        {"name": t, "count": type_counts[t], **NODE_STYLES.get(t, _UNKNOWN_TYPE)}
        for t in [*NODE_TYPES, *sorted(set(type_counts) - set(NODE_TYPES))]
        if t in type_counts
    ]
    fallback_rel = {"family": "structure", "color": RELATION_FAMILIES["structure"], "dashes": False, "symmetric": False}
    relations = [
        {"name": r, "count": rel_counts[r], **RELATION_STYLES.get(r, fallback_rel)}
        for r in [*PREDICATES, *sorted(set(rel_counts) - set(PREDICATES))]
        if r in rel_counts
    ]
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "docs": docs,
        "types": types,
        "relations": relations,
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT,
        "edgeStyles": len(edges) <= EDGE_STYLE_LIMIT,
        "layoutBudgetMs": LAYOUT_BUDGET_MS,
        "options": _vis_options(len(nodes), len(edges)),
    }


def render_html(G: nx.MultiDiGraph, *, title: str = "conflict-kg graph") -> str:
    """The text of a self-contained HTML page showing ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph in the :mod:`kg.graph.build` contract (for example from :func:`kg.views.select.select_view`).
    title : str
        Title of the page (shown as text).

    Returns
    -------
    str
        The page; the same graph always gives the same text.
    """
    data = graph_data(G, title=title)
    return _template().render(
        title=title,
        n_nodes=len(data["nodes"]),
        n_edges=len(data["edges"]),
        data_json=Markup(json_for_script(data)),
        **_assets(),
    )


def write_html(G: nx.MultiDiGraph, path: str | os.PathLike[str], *, title: str = "conflict-kg graph") -> Path:
    """Write the page of :func:`render_html` to ``path`` atomically (temporary file, then rename).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph to show.
    path : str or os.PathLike
        Where to write; parent directories are created.
    title : str
        Title of the page.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    target = Path(path)
    page = render_html(G, title=title)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{target.name}-", suffix=".html", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _write_html_export(G: nx.MultiDiGraph, rdf: Any, out: Any) -> None:
    out.write(render_html(G, title="conflict-kg graph").encode("utf-8"))


def _html_exporter() -> Any:
    from kg.graph.exports import Exporter  # views build on graph, never the other way round

    return Exporter("html", "graph.html", _write_html_export, "interactive HTML view (self-contained, works offline)")


#: The ``html`` export, declared to :data:`kg.graph.exports.EXPORTERS` as an entry point of the
#: group ``conflict_kg.exporters`` (see ``pyproject.toml``).
HTML_EXPORTER = _html_exporter()
