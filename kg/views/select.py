"""Select the part of the graph an analyst wants to look at.

:func:`select_view` cuts a sub-graph out of the merged graph (see :mod:`kg.graph.build` for its shape):
the neighbourhood of some actors, limited to some relations, actor types and a date range. The
result is again a graph in the :mod:`kg.graph.build` contract, so every exporter and :mod:`kg.views.html` can
take it.

Choices made here (they matter to an analyst reading the view):

* Actors are found by any of their labels (canonical label, aliases, or node id), ignoring case
  and accents. A name that matches several actors selects them all.
* The neighbourhood is undirected (who mediates *and* who is mediated) and walks only over
  edges that pass the filters and are asserted (a negated claim links nothing).
* Type filters never drop the actors asked for by name; other actors of other types are dropped
  and the walk does not pass through them.
* Dates are ISO strings compared by prefix, so ``since="2020"`` and ``until="2020-11"`` work.
  A piece of evidence is dated by its own ``date``, else by its document's date. With a date
  filter, an edge keeps only its evidence in the range and is dropped when none is left;
  **edges without any date are dropped when a date filter is given** (they cannot be shown to
  be in the range) and kept otherwise.
* With a relation or date filter, actors left without any edge are dropped (the ones asked for
  by name stay).

>>> from kg.models import Actor, Claim
>>> from kg.graph.build import build_graph
>>> actors = [Actor("russia", "Russia", "State", {"Russian Federation"}),
...           Actor("armenia", "Armenia", "State"), Actor("turkey", "Turkey", "State")]
>>> claims = [Claim("russia", "mediates", "armenia", "d1", "Russia mediates.", 0, 16, 0.9, "r"),
...           Claim("turkey", "supports", "armenia", "d1", "Turkey backs it.", 20, 36, 0.7, "r")]
>>> G = build_graph(actors, claims, {"d1": {"title": "t"}})
>>> sorted(select_view(G, ["russian federation"]).nodes)
['armenia', 'russia']
>>> sorted(select_view(G, ["Russia"], depth=2).nodes)
['armenia', 'russia', 'turkey']
>>> sorted(select_view(G, relations=["supports"]).nodes)
['armenia', 'turkey']
>>> select_view(G, ["Rusia"])
Traceback (most recent call last):
...
kg.errors.ViewError: unknown actor 'Rusia' (did you mean: Russia?)
"""

from __future__ import annotations

import difflib
import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from kg.errors import ViewError
from kg.text import strip_accents
from kg.vocab import ASSERTING, NODE_TYPES, PREDICATES

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def normalize_label(text: str) -> str:
    """Case- and accent-insensitive form of a label, for matching.

    Parameters
    ----------
    text : str
        Any label.

    Returns
    -------
    str
        The label case-folded, without combining marks, with runs of spaces collapsed.

    Examples
    --------
    >>> normalize_label("  Erdoğan ")
    'erdogan'
    >>> normalize_label("Fayez  al-Sarraj") == normalize_label("fayez al-sarraj")
    True
    """
    return " ".join(strip_accents(str(text)).casefold().split())


def label_index(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Map every normalised label, alias and node id to the node ids that carry it.

    Examples
    --------
    >>> G = nx.MultiDiGraph(); G.add_node("tr", label="Turkey", aliases=["Türkiye"])
    >>> label_index(G)
    {'tr': ['tr'], 'turkey': ['tr'], 'turkiye': ['tr']}
    """
    index: dict[str, set[str]] = {}
    for n, d in G.nodes(data=True):
        for name in [n, d.get("label", ""), *d.get("aliases", [])]:
            key = normalize_label(name)
            if key:
                index.setdefault(key, set()).add(n)
    return {k: sorted(v) for k, v in sorted(index.items())}


def _check_names(kind: str, given: Iterable[str] | None, allowed: Sequence[str]) -> set[str] | None:
    if given is None:
        return None
    names = [g.strip() for g in given if g and g.strip()]
    unknown = [g for g in names if g not in allowed]
    if unknown:
        raise ViewError(f"unknown {kind} {', '.join(map(repr, unknown))} (allowed: {', '.join(allowed)})")
    return set(names)


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise ViewError(f"--{name} {value!r} is not a date (allowed: YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _in_range(date: str, since: str | None, until: str | None) -> bool:
    if not date:
        return False
    if since is not None and date[: len(since)] < since:
        return False
    if until is not None and date[: len(until)] > until:
        return False
    return True


def _dated_edge(
    data: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]], since: str | None, until: str | None
) -> dict[str, Any] | None:
    """The edge's attributes restricted to its evidence in the date range, or None."""
    kept = []
    for ev in data.get("evidence", []):
        date = ev.get("date") or str(documents.get(ev.get("doc", ""), {}).get("date") or "")
        if _in_range(date, since, until):
            kept.append(dict(ev, date=date))
    if not kept:
        return None
    asserting = [e for e in kept if e.get("modality", "asserted") in ASSERTING]
    basis = asserting or kept
    dates = sorted(e["date"] for e in asserting)
    out = dict(data)
    out.update(
        evidence=kept,
        asserted=bool(asserting),
        docs=sorted({e["doc"] for e in kept}),
        weight=len({e["doc"] for e in asserting}),
        confidence=max(float(e.get("confidence", 0.0)) for e in basis),
        date=dates[0] if dates else "",
    )
    return out


def _resolve_actors(G: nx.MultiDiGraph, actors: Iterable[str]) -> list[str]:
    index = label_index(G)
    found: set[str] = set()
    for name in actors:
        key = normalize_label(name)
        if key in index:
            found.update(index[key])
            continue
        labels = sorted({str(d.get("label", n)) for n, d in G.nodes(data=True)})
        by_norm: dict[str, str] = {}
        for n, d in G.nodes(data=True):
            for alias in [d.get("label", n), *d.get("aliases", [])]:
                by_norm.setdefault(normalize_label(alias), str(d.get("label", n)))
        close = difflib.get_close_matches(key, list(by_norm), n=5, cutoff=0.6)
        suggestions = list(dict.fromkeys(by_norm[c] for c in close))[:3]
        if suggestions:
            hint = f"did you mean: {', '.join(suggestions)}?"
        elif labels:
            hint = f"no actor has a similar label; the graph has {len(labels)} actors"
        else:
            hint = "the graph is empty"
        raise ViewError(f"unknown actor {name!r} ({hint})")
    return sorted(found)


def select_view(
    G: nx.MultiDiGraph,
    actors: Sequence[str] = (),
    depth: int = 1,
    relations: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> nx.MultiDiGraph:
    """Cut the part of ``G`` to look at (see the module docstring for the rules).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph in the :mod:`kg.graph.build` contract.
    actors : sequence of str
        Labels (canonical or alias, any case, accents optional) of the actors to centre on.
        Empty: the whole graph, filtered.
    depth : int
        How many steps (ignoring edge direction) to walk from the actors.
    relations : sequence of str, optional
        Predicate names to keep (from :data:`kg.vocab.PREDICATES`); None keeps all.
    types : sequence of str, optional
        Node types to keep (from :data:`kg.vocab.NODE_TYPES`); None keeps all.
    since, until : str, optional
        Inclusive ISO date bounds (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).

    Returns
    -------
    networkx.MultiDiGraph
        A new graph with copied attributes, nodes and edges in sorted order.

    Raises
    ------
    kg.errors.ViewError
        For an unknown actor (with the nearest labels), an unknown relation or type (with the
        allowed ones), a negative depth or a malformed date.
    """
    if depth < 0:
        raise ViewError(f"--depth must be 0 or more, not {depth}")
    rels = _check_names("relation", relations, list(PREDICATES))
    kinds = _check_names("type", types, list(NODE_TYPES))
    since = _check_date("since", since)
    until = _check_date("until", until)
    if since and until and since[: len(until)] > until:
        raise ViewError(f"--since {since} is after --until {until}")
    documents = G.graph.get("documents", {})
    dated = since is not None or until is not None

    seeds = _resolve_actors(G, actors) if actors else []

    def node_ok(n: str) -> bool:
        return kinds is None or G.nodes[n].get("type") in kinds or n in seeds

    # Edges that pass the relation and date filters, with their (possibly trimmed) attributes.
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for s, o, k, d in G.edges(keys=True, data=True):
        if rels is not None and d.get("predicate", k) not in rels:
            continue
        if not (node_ok(s) and node_ok(o)):
            continue
        if dated:
            trimmed = _dated_edge(d, documents, since, until)
            if trimmed is None:
                continue
            d = trimmed
        edges[(s, o, k)] = dict(d)

    if seeds:
        adjacency: dict[str, set[str]] = {}
        for (s, o, _k), d in edges.items():
            if d.get("asserted", True):
                adjacency.setdefault(s, set()).add(o)
                adjacency.setdefault(o, set()).add(s)
        keep = set(seeds)
        queue = deque((n, 0) for n in seeds)
        while queue:
            n, dist = queue.popleft()
            if dist >= depth:
                continue
            for m in sorted(adjacency.get(n, ())):
                if m not in keep:
                    keep.add(m)
                    queue.append((m, dist + 1))
    else:
        keep = {n for n in G.nodes if node_ok(n)}

    kept_edges = {key: d for key, d in edges.items() if key[0] in keep and key[1] in keep}
    if rels is not None or dated:
        touched = {n for (s, o, _k) in kept_edges for n in (s, o)}
        keep = {n for n in keep if n in touched or n in seeds}

    H = nx.MultiDiGraph()
    H.graph.update({k: v for k, v in G.graph.items()})
    H.graph["view"] = {
        "actors": list(seeds),
        "depth": depth,
        "relations": sorted(rels) if rels is not None else None,
        "types": sorted(kinds) if kinds is not None else None,
        "since": since,
        "until": until,
    }
    for n in sorted(keep):
        H.add_node(n, **dict(G.nodes[n]))
    for (s, o, k) in sorted(kept_edges):
        H.add_edge(s, o, key=k, **kept_edges[(s, o, k)])
    return H
