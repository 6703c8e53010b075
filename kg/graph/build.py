"""Merge actors and claims of many documents into one ``networkx.MultiDiGraph``.

Graph shape (the contract every exporter relies on):

* ``G.graph["documents"]``: ``{doc_id: {"title", "date", "source", "path", "sha256"}}``.
* Node key: actor id (a slug). Attributes: ``label`` (str), ``type`` (one of
  :data:`kg.vocab.NODE_TYPES`), ``aliases`` (sorted list of other surface forms), ``wikidata``
  (``"Q159"`` or ``""``), ``docs`` (sorted list of document ids), ``date`` and ``place`` (``""``
  when unknown), ``rule`` (how the actor was found).
* Edge key: the predicate name; one edge per (subject, predicate, object). Attributes:
  ``predicate``; ``asserted`` (True when at least one piece of evidence asserts it, i.e. it has a
  direct triple; negated-only edges are kept with ``asserted=False`` so they can be inspected, and
  views hide them); ``evidence``: list of dicts ``{"id", "doc", "sentence", "start", "end",
  "confidence", "rule", "modality", "date", "trigger"}`` sorted by (doc, start, rule);
  ``docs`` (sorted list); ``weight`` (number of supporting documents, asserting evidence only);
  ``confidence`` (highest confidence of asserting evidence, else of any evidence);
  ``date`` (earliest date of asserting evidence, ``""`` when none).

Everything is inserted in sorted order so that exports are deterministic.

>>> from kg.models import Actor, Claim
>>> a = [Actor("russia", "Russia", "State"), Actor("armenia", "Armenia", "State")]
>>> c = [Claim("russia", "supports", "armenia", "d1", "Russia backs Armenia.", 0, 21, 0.8, "r")]
>>> G = build_graph(a, c, {"d1": {"title": "t"}})
>>> sorted(G.nodes), list(G.edges(keys=True))
(['armenia', 'russia'], [('russia', 'armenia', 'supports')])
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kg.models import Actor, Claim
from kg.vocab import ASSERTING


def statement_id(claim: Claim) -> str:
    """Deterministic id of the statement node for one claim.

    >>> from kg.models import Claim
    >>> statement_id(Claim("a", "signs", "b", "d", "s", 0, 1, 0.5, "r"))[:8]
    '0efb4f98'
    """
    key = "\x1f".join(
        [claim.subject, claim.predicate, claim.object, claim.doc, str(claim.start), str(claim.end),
         claim.rule, claim.modality]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def build_graph(
    actors: Iterable[Actor],
    claims: Iterable[Claim],
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    contexts: Mapping[tuple[str, int, int], tuple[str, str]] | None = None,
) -> nx.MultiDiGraph:
    """Build the merged graph from resolved actors and claims (see the module docstring).
    ``contexts`` gives, for a (document, start, end) of evidence, the text just before and after
    it (the prefix and suffix of its Web Annotation quote selector)."""
    contexts = contexts or {}
    G = nx.MultiDiGraph()
    G.graph["documents"] = {k: dict(documents[k]) for k in sorted(documents or {})}
    for a in sorted(actors, key=lambda a: a.id):
        G.add_node(
            a.id,
            label=a.label,
            type=a.type,
            aliases=sorted(x for x in a.aliases if x != a.label),
            wikidata=a.wikidata or "",
            docs=sorted(a.docs),
            date=a.date or "",
            place=a.place or "",
            rule=a.rule,
        )
    grouped: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
    for c in claims:
        if c.subject not in G or c.object not in G or c.subject == c.object:
            continue
        ev = {
            "id": statement_id(c),
            "doc": c.doc,
            "sentence": c.sentence,
            "start": c.start,
            "end": c.end,
            "confidence": round(float(c.confidence), 3),
            "rule": c.rule,
            "modality": c.modality,
            "date": c.date or "",
            "trigger": c.trigger,
        }
        ev["prefix"], ev["suffix"] = contexts.get((c.doc, c.start, c.end), ("", ""))
        grouped.setdefault((c.subject, c.predicate, c.object), {})[ev["id"]] = ev
    for (s, p, o) in sorted(grouped):
        evidence = sorted(grouped[(s, p, o)].values(), key=lambda e: (e["doc"], e["start"], e["rule"], e["id"]))
        asserting = [e for e in evidence if e["modality"] in ASSERTING]
        basis = asserting or evidence
        dates = sorted(e["date"] for e in asserting if e["date"])
        G.add_edge(
            s,
            o,
            key=p,
            predicate=p,
            asserted=bool(asserting),
            evidence=evidence,
            docs=sorted({e["doc"] for e in evidence}),
            weight=len({e["doc"] for e in asserting}),
            confidence=max(e["confidence"] for e in basis),
            date=dates[0] if dates else "",
        )
    return G


def asserted_edges(G: nx.MultiDiGraph) -> Iterable[tuple[str, str, str, dict[str, Any]]]:
    """Edges that have a direct triple (at least one asserting piece of evidence), in order."""
    for s, o, k, d in G.edges(keys=True, data=True):
        if d.get("asserted", True):
            yield s, o, k, d
