"""Merging actors and claims into the graph (kg/graph.py)."""

from __future__ import annotations

import random

import pytest

from kg.graph.build import asserted_edges, build_graph, statement_id
from kg.models import Claim


def edge(G, s: str, p: str, o: str) -> dict:
    return G.edges[s, o, p]


def test_nodes(hand_graph) -> None:
    G = hand_graph
    assert list(G.nodes) == sorted(G.nodes)
    russia = G.nodes["russia"]
    assert russia == {"label": "Russia", "type": "State", "aliases": ["Moscow", "Russian"], "wikidata": "Q159",
                      "docs": ["d1", "d2"], "date": "", "place": "", "rule": "gazetteer"}
    cf = G.nodes["ceasefire"]
    assert (cf["type"], cf["date"], cf["place"], cf["rule"]) == ("Agreement", "2020-11-09", "moscow",
                                                                  "resolve.anonymous-agreement")
    assert G.nodes["moscow"]["wikidata"] == ""
    assert list(G.graph["documents"]) == ["d1", "d2"]


def test_one_edge_per_triple_with_grouped_evidence(hand_graph) -> None:
    G = hand_graph
    assert sorted(G.edges(keys=True)) == sorted([
        ("russia", "ceasefire", "mediates"), ("armenia", "ceasefire", "signs"), ("turkey", "ceasefire", "signs"),
        ("azerbaijan", "armenia", "negotiatesWith"), ("russia", "ceasefire", "hosts"),
    ])  # unknown actor and self-loop dropped
    e = edge(G, "russia", "mediates", "ceasefire")
    assert [(x["doc"], x["start"]) for x in e["evidence"]] == [("d1", 0), ("d2", 40)]  # duplicate evidence once
    assert e["docs"] == ["d1", "d2"]
    assert e["weight"] == 2
    assert e["asserted"] is True
    assert e["confidence"] == 0.8
    assert e["date"] == "2020-11"  # earliest date string of asserting evidence
    assert e["evidence"][0] == {"id": statement_id(Claim("russia", "mediates", "ceasefire", "d1",
                                                           "Russia mediated the ceasefire agreement.", 0, 40, 0.7,
                                                           "mediates.verb", date="2020-11-09",
                                                           trigger="mediated")),
                                "doc": "d1", "sentence": "Russia mediated the ceasefire agreement.", "start": 0,
                                "end": 40, "confidence": 0.7, "rule": "mediates.verb", "modality": "asserted",
                                "date": "2020-11-09", "trigger": "mediated", "prefix": "", "suffix": ""}


@pytest.mark.parametrize(
    ("s", "p", "o", "asserted", "weight", "confidence", "date"),
    [
        ("turkey", "signs", "ceasefire", False, 0, 0.6, ""),  # negated only
        ("russia", "hosts", "ceasefire", False, 0, 0.4, ""),  # hypothetical only
        ("azerbaijan", "negotiatesWith", "armenia", True, 1, 0.5, ""),  # planned + negated
        ("armenia", "signs", "ceasefire", True, 1, 0.9, "2020-11-10"),
    ],
)
def test_asserted_flag_weight_confidence(hand_graph, s, p, o, asserted, weight, confidence, date) -> None:
    e = edge(hand_graph, s, p, o)
    assert (e["asserted"], e["weight"], e["confidence"], e["date"]) == (asserted, weight, confidence, date)


def test_negated_evidence_kept_but_not_counted(hand_graph) -> None:
    e = edge(hand_graph, "azerbaijan", "negotiatesWith", "armenia")
    assert sorted(x["modality"] for x in e["evidence"]) == ["negated", "planned"]
    assert e["docs"] == ["d1", "d2"]  # every document with evidence
    assert e["weight"] == 1  # only asserting documents
    assert e["confidence"] == 0.5  # the asserting evidence's, not the higher negated one (0.65)


def test_asserted_edges_view(hand_graph) -> None:
    assert [(s, k, o) for s, o, k, _ in asserted_edges(hand_graph)] == [
        (s, k, o) for s, o, k, d in hand_graph.edges(keys=True, data=True) if d["asserted"]]
    assert {k for _, _, k, _ in asserted_edges(hand_graph)} == {"mediates", "signs", "negotiatesWith"}


def test_weight_counts_asserting_documents(hand_actors) -> None:
    claims = [Claim("russia", "supports", "armenia", doc, f"s{i}", i, i + 1, 0.5, "r", modality=mod)
              for i, (doc, mod) in enumerate([("d1", "asserted"), ("d1", "reported"), ("d2", "planned"),
                                              ("d3", "negated"), ("d4", "hypothetical")])]
    G = build_graph(hand_actors, claims)
    e = edge(G, "russia", "supports", "armenia")
    assert (e["weight"], len(e["evidence"]), e["docs"]) == (2, 5, ["d1", "d2", "d3", "d4"])


def test_deterministic_whatever_the_input_order(hand_actors, hand_claims, doc_meta) -> None:
    G = build_graph(hand_actors, hand_claims, doc_meta)
    rng = random.Random(7)
    for _ in range(5):
        a, c = hand_actors[:], hand_claims[:]
        rng.shuffle(a)
        rng.shuffle(c)
        meta = dict(sorted(doc_meta.items(), reverse=True))
        H = build_graph(a, c, meta)
        assert list(H.nodes(data=True)) == list(G.nodes(data=True))
        assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
        assert list(H.graph["documents"]) == list(G.graph["documents"])


def test_statement_id_is_stable_and_distinguishes_modality() -> None:
    c = Claim("a", "signs", "b", "d", "s", 0, 1, 0.5, "r")
    assert statement_id(c) == "0efb4f987c9f3e6cb04f"  # documented example in docs/rdf-model.md
    assert statement_id(Claim("a", "signs", "b", "d", "other sentence", 0, 1, 0.9, "r")) == statement_id(c)
    assert statement_id(Claim("a", "signs", "b", "d", "s", 0, 1, 0.5, "r", modality="negated")) != statement_id(c)


def test_empty_graph() -> None:
    G = build_graph([], [], None)
    assert G.number_of_nodes() == 0 and G.graph["documents"] == {}
