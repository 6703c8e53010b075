"""An interactive HTML view of the graph that opens offline: one self-contained file.

:func:`render_html` turns a graph (the :mod:`kg.graph.build` contract) into the text of a page;
:func:`write_html` writes it atomically. The page draws the graph with vis-network 9.1.2 taken
from the pyvis 0.3.2 package (inlined, nothing is fetched from any URL), positions from
:mod:`kg.views.layout`, and our own Jinja template and script (``kg/views/templates/``) because
pyvis's template links bootstrap and tom-select from a CDN and turns titles containing ``href``
into ``innerHTML``.

What the page guarantees:

* every string that comes from documents (labels, aliases, sentences, document names) is shown
  as text: the data travels as JSON in a ``<script type="application/json">`` block with ``<``,
  ``>``, ``&``, U+2028 and U+2029 escaped, and the script builds DOM nodes with ``textContent``
  only (no ``innerHTML``, no vis ``title`` popups);
* a Wikidata link is made only for ids matching ``^Q[0-9]+$``;
* the same graph gives byte-identical HTML (sorted nodes and edges, positions computed here by
  :func:`kg.views.layout.layout` with a fixed seed): the page runs no physics, so a 5,000-node
  page is usable as soon as it is drawn;
* the labels of the best-connected actors are drawn at every zoom, as many as fit without
  overlapping (the page chooses them, by degree, for the current view);
* actors without any relation in view are hidden until the reader asks for them;
* edges with ``asserted == False`` (claims the text denies, or only states as a condition) are
  in the data but not drawn until the reader asks for them; then they are drawn apart (dashed,
  curved, with a bar at the end, labelled "denied" or "hypothetical") with their evidence;
* a date range in the page keeps the relations with evidence in that range (the evidence's date,
  else its document's date).

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
from kg.views.layout import layout
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
    "Agreement": {"color": "#b07aa1", "shape": "square", "glyph": "\u25a0"},
    "Meeting": {"color": "#edc948", "shape": "hexagon", "glyph": "\u2b22"},
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

#: Above this many edges, edges are drawn solid (dashed lines make each frame ~4x slower).
EDGE_STYLE_LIMIT = 3000
#: Above this many edges (or 1,000 nodes), edges are hidden while the view is dragged or zoomed and
#: drawn without arrowheads (the panel and the tooltip say which way a relation goes).
BIG_GRAPH_EDGES = 3000

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
    """vis-network options: no physics (positions come with the nodes), cheaper drawing for big graphs."""
    big = n_nodes > 1000 or n_edges > BIG_GRAPH_EDGES
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "edges": {
            "smooth": False,
            "color": {"inherit": False, "opacity": 0.85},
            "width": 1,
            "arrows": {"to": {"enabled": not big, "scaleFactor": 0.6}},
            "font": {"size": 11, "align": "middle", "color": "#7a1f1f", "strokeWidth": 3},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
        },
        "nodes": {"borderWidth": 1, "font": {"size": 0}},
        "interaction": {
            "hover": True,
            "tooltipDelay": 3_600_000,  # no vis popups at all: our own tooltip shows text
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
    }


def _denial(evidence: list[dict[str, Any]]) -> str:
    """How an unasserted edge is marked: ``negated`` if any evidence denies it, else ``hypothetical``."""
    return "negated" if any(e.get("modality") == "negated" for e in evidence) else "hypothetical"


def _label(d: Mapping[str, Any], fallback: str) -> str:
    return str(d.get("label") or fallback)


def graph_data(G: nx.MultiDiGraph, *, title: str = "conflict-kg graph") -> dict[str, Any]:
    """The data the page draws, as plain JSON-able values (no HTML, no escaping yet).

    Every node comes with its position (:func:`kg.views.layout.layout`), its degree (asserted
    relations) and its rank (0 = most relations; the page labels nodes in this order). Edges
    that are not asserted carry ``denied`` ("negated" or "hypothetical"); the others ``""``.
    Nodes and edges come sorted.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph in the :mod:`kg.graph.build` contract.
    title : str
        Title of the page.

    Returns
    -------
    dict
        ``title``, ``nodes``, ``edges``, ``docs``, ``types``, ``relations``, ``dates``,
        ``denied``, ``isolated``, ``edgeStyles``, ``options``.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A", type="State", wikidata="javascript:x")
    >>> graph_data(G)["nodes"][0]["wikidata"]
    ''
    """
    edges_in: list[tuple[str, str, str, dict[str, Any]]] = sorted(
        ((str(s), str(o), str(k), d) for s, o, k, d in G.edges(keys=True, data=True)),
        key=lambda e: (e[0], e[1], e[2]),
    )
    degree: dict[str, int] = {}
    for s, o, _k, d in edges_in:
        if d.get("asserted", True) is not False:
            degree[s] = degree.get(s, 0) + 1
            degree[o] = degree.get(o, 0) + 1
    type_order = {t: i for i, t in enumerate(NODE_TYPES)}
    attrs = {str(n): d for n, d in G.nodes(data=True)}

    def kind_of(n: str) -> str:
        return str(attrs[n].get("type") or "Organization")

    def label_key(n: str) -> str:
        return _label(attrs[n], n).casefold()

    by_type = sorted(attrs, key=lambda n: (type_order.get(kind_of(n), len(type_order)), label_key(n), n))
    positions = layout(by_type, [(s, o, 1.0 if d.get("asserted", True) is not False else 0.3)
                                 for s, o, _k, d in edges_in])
    rank = {n: i for i, n in enumerate(sorted(attrs, key=lambda n: (-degree.get(n, 0), label_key(n), n)))}
    nodes: list[dict[str, Any]] = []
    type_counts: dict[str, int] = {}
    for n in sorted(attrs):
        d = attrs[n]
        kind = kind_of(n)
        type_counts[kind] = type_counts.get(kind, 0) + 1
        wikidata = str(d.get("wikidata") or "")
        nodes.append(
            {
                "id": n,
                "label": _label(d, n),
                "type": kind,
                "aliases": sorted({str(a) for a in d.get("aliases", []) if str(a) != _label(d, n)}),
                "wikidata": wikidata if _WIKIDATA.match(wikidata) else "",
                "docs": sorted(str(x) for x in d.get("docs", [])),
                "date": str(d.get("date") or ""),
                "size": round(12 + 4 * math.log2(1 + degree.get(n, 0)), 1),
                "degree": degree.get(n, 0),
                "rank": rank[n],
                "x": positions[n][0],
                "y": positions[n][1],
            }
        )
    documents = G.graph.get("documents", {}) or {}
    docs = {
        str(k): {f: str(v.get(f) or "") for f in ("title", "date", "path", "source")}
        for k, v in sorted(documents.items(), key=lambda kv: str(kv[0]))
    }
    pair_index: dict[tuple[str, str], int] = {}
    edges: list[dict[str, Any]] = []
    rel_counts: dict[str, int] = {}
    dates: set[str] = set()
    n_denied = 0
    for i, (s, o, k, d) in enumerate(edges_in):
        predicate = str(d.get("predicate") or k)
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
        dates.update(ev["date"] or docs.get(ev["doc"], {}).get("date", "") for ev in evidence)
        asserted = d.get("asserted", True) is not False
        if asserted:
            rel_counts[predicate] = rel_counts.get(predicate, 0) + 1
            pair = (s, o) if s <= o else (o, s)
            curve = pair_index.get(pair, 0)
            pair_index[pair] = curve + 1
        else:
            n_denied += 1
            curve = 0
        edges.append(
            {
                "id": f"e{i}",
                "from": s,
                "to": o,
                "predicate": predicate,
                "denied": "" if asserted else _denial(evidence),
                "weight": int(d.get("weight", len(d.get("docs", [])) or 1)),
                "confidence": round(float(d.get("confidence", 0.0)), 3),
                "date": str(d.get("date") or ""),
                "curve": curve,
                "evidence": evidence,
            }
        )
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
    n_asserted = len(edges) - n_denied
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "docs": docs,
        "types": types,
        "relations": relations,
        "dates": sorted(x for x in dates if x),
        "denied": n_denied,
        "isolated": sum(1 for n in nodes if n["degree"] == 0),
        "edgeStyles": n_asserted <= EDGE_STYLE_LIMIT,
        "arrows": not (len(nodes) > 1000 or n_asserted > BIG_GRAPH_EDGES),
        "options": _vis_options(len(nodes), n_asserted),
    }


def pack_records(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Records that share their keys as ``{"k": keys, "r": rows}``: the page's data without its
    keys repeated on every node, edge and sentence (a third of a big page). The page's script
    unpacks it to the records :func:`graph_data` returns.

    >>> pack_records([{"a": 1, "b": 2}, {"a": 3, "b": 4}])
    {'k': ['a', 'b'], 'r': [[1, 2], [3, 4]]}
    >>> pack_records([])
    {'k': [], 'r': []}
    """
    keys = list(records[0]) if records else []
    return {"k": keys, "r": [[r[k] for k in keys] for r in records]}


def _page_data(data: dict[str, Any]) -> dict[str, Any]:
    """:func:`graph_data` as the page carries it: nodes, edges and evidence packed; edge ids implicit."""
    evidence_keys = ["doc", "sentence", "confidence", "modality", "date"]
    edges = [
        {**{k: v for k, v in e.items() if k not in ("id", "evidence")},
         "evidence": [[ev[k] for k in evidence_keys] for ev in e["evidence"]]}
        for e in data["edges"]
    ]
    return {**data, "nodes": pack_records(data["nodes"]), "edges": pack_records(edges), "evidenceKeys": evidence_keys}


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
        n_edges=sum(1 for e in data["edges"] if not e["denied"]),
        data_json=Markup(json_for_script(_page_data(data))),
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
