"""The Wikidata ids of the shipped gazetteer: well-formed, one item per actor, recorded, no network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.text import slugify

GAZETTEER = Path(__file__).resolve().parents[1] / "kg" / "data" / "gazetteer"
QID = re.compile(r"^Q[1-9][0-9]*$")


def _files() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text("utf-8")) for p in sorted(GAZETTEER.glob("*.json"))}


def test_every_id_is_well_formed() -> None:
    for name, doc in _files().items():
        for entry in doc["actors"]:
            for key in ("wikidata", "capital_wikidata"):
                if key in entry:
                    assert QID.match(entry[key]), (name, entry["id"], key, entry[key])


def test_every_id_names_one_actor_across_the_gazetteer() -> None:
    """One Wikidata item, one actor: a state's capital counts as the place of that name, so the
    capital's own entry (kyiv) may carry the same id as the state's capital_wikidata."""
    seen: dict[str, set[str]] = {}
    for doc in _files().values():
        for entry in doc["actors"]:
            if entry.get("wikidata"):
                seen.setdefault(entry["wikidata"], set()).add(entry["id"])
            if entry.get("capital_wikidata"):
                seen.setdefault(entry["capital_wikidata"], set()).add(slugify(entry["capital"]))
    shared = {q: sorted(ids) for q, ids in seen.items() if len(ids) > 1}
    assert shared == {}


def test_the_log_of_added_and_removed_ids_matches_the_data() -> None:
    files = _files()
    by_id = {e["id"]: e for doc in files.values() for e in doc["actors"]}
    logged = 0
    for doc in files.values():
        log = doc.get("wikidata_log", {})
        for entry_id, qid in log.get("added in issue 12", {}).items():
            assert by_id[entry_id].get("wikidata") == qid, entry_id
            logged += 1
        for entry_id, qid in log.get("removed in issue 12", {}).items():
            assert by_id[entry_id].get("wikidata") != qid, entry_id
    assert logged >= 15


@pytest.mark.parametrize(("entry_id", "qid"), [
    ("geneva", "Q71"), ("nikol_pashinyan", "Q7035479"), ("donetsk_people_s_republic", "Q16150196"),
    ("russia", "Q159"), ("united_nations", "Q1065"),
])
def test_known_items(entry_id: str, qid: str) -> None:
    by_id = {e["id"]: e for doc in _files().values() for e in doc["actors"]}
    assert by_id[entry_id]["wikidata"] == qid


def test_sample_corpus_actors_that_link_out() -> None:
    """A floor, so that coverage only grows: nodes of the sample build with a Wikidata id."""
    from kg.pipeline import build_graph_from_documents
    from kg.extract.ingest import read_documents, sample_corpus

    G = build_graph_from_documents(read_documents([sample_corpus()]))
    linked = [n for n, d in G.nodes(data=True) if d.get("wikidata")]
    assert len(linked) >= 37, len(linked)
    assert all(QID.match(G.nodes[n]["wikidata"]) for n in linked)
