"""Score extraction against a gold annotation (format: ``conflict-kg gold v1``, see the README).

Each document is built on its own and compared with its gold entry; counts are summed over
documents, then precision, recall and F1 are computed from the sums.

>>> normalise("The Turkish-backed `GNA’s")
'turkish backed gna'
>>> f1(0.5, 1.0)
0.667
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import GoldError
from kg.vocab import PREDICATES

GOLD_FORMAT = "conflict-kg gold v1"


def normalise(label: str) -> str:
    """Normalise a label as the gold scoring rules say."""
    s = label.casefold()
    s = re.sub(r"[’‘`´]", "'", s)
    s = re.sub(r"'s\b", "", s)
    s = s.strip()
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


def norm_predicate(p: str) -> str:
    """Predicate local name for comparison; criticizes counts as opposes."""
    p = re.sub(r"[-_]", "", p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]).lower()
    return "opposes" if p == "criticizes" else p


SYMMETRIC = {norm_predicate(p) for p, info in PREDICATES.items() if info.symmetric}
#: The predicates the gold format scores (``../shared/gold/README.md``); a relation of another
#: predicate the graph holds (``governmentOf``) is neither right nor wrong.
GOLD_PREDICATES = ("mediates", "guarantees", "signs", "partyTo", "withdrawsFrom", "deploysTo", "monitors", "supports",
                   "opposes", "criticizes", "negotiatesWith", "memberOf", "leads", "hosts", "participatesIn",
                   "attacks", "allyOf")
VOCAB = {norm_predicate(p) for p in GOLD_PREDICATES}


def f1(p: float, r: float) -> float:
    """Harmonic mean, rounded to 3 places."""
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


@dataclass
class DocScore:
    """Counts and lists for one document."""

    file: str
    entities: int = 0
    entities_relevant: int = 0
    actors_required: int = 0
    actors_found: int = 0
    relations: int = 0
    relations_correct: int = 0
    relations_required: int = 0
    relations_found: int = 0
    forbidden_hits: int = 0
    missed_actors: list[str] = field(default_factory=list)
    junk_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)
    forbidden_relations: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    """Per-document scores and the totals."""

    documents: list[DocScore]

    def totals(self) -> dict[str, float | int]:
        """Summed counts and the precision/recall/F1 figures."""
        t: dict[str, Any] = {}
        keys = ["entities", "entities_relevant", "actors_required", "actors_found", "relations",
                "relations_correct", "relations_required", "relations_found", "forbidden_hits"]
        for k in keys:
            t[k] = sum(getattr(d, k) for d in self.documents)
        ep, er = _ratio(t["entities_relevant"], t["entities"]), _ratio(t["actors_found"], t["actors_required"])
        rp, rr = _ratio(t["relations_correct"], t["relations"]), _ratio(t["relations_found"], t["relations_required"])
        t.update(entity_precision=ep, entity_recall=er, entity_f1=f1(ep, er),
                 relation_precision=rp, relation_recall=rr, relation_f1=f1(rp, rr))
        return t

    def to_json(self) -> dict[str, Any]:
        """JSON-ready report."""
        docs = []
        for d in self.documents:
            row = asdict(d)
            row.update(entity_precision=_ratio(d.entities_relevant, d.entities),
                       entity_recall=_ratio(d.actors_found, d.actors_required),
                       relation_precision=_ratio(d.relations_correct, d.relations),
                       relation_recall=_ratio(d.relations_found, d.relations_required))
            docs.append(row)
        return {"format": GOLD_FORMAT, "totals": self.totals(), "documents": docs}


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def load_gold(path: Path | str) -> dict[str, Any]:
    """Read and check a gold file."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"{path}: no such gold file")
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: not valid JSON ({e})") from None
    if not isinstance(gold, dict) or gold.get("format") != GOLD_FORMAT:
        raise GoldError(f"{path}: not a gold file (expected \"format\": \"{GOLD_FORMAT}\")")
    actors = gold.get("actors", [])
    if not isinstance(actors, list):
        raise GoldError(f"{path}: \"actors\" must be a list of {{\"id\", \"name\", \"aliases\"}} objects")
    for i, a in enumerate(actors):
        if not (isinstance(a, dict) and isinstance(a.get("id"), str) and isinstance(a.get("name"), str)
                and _strings(a.get("aliases", []))):
            raise GoldError(f"{path}: actor #{i + 1} needs a string \"id\", a string \"name\" and "
                            f"optionally a list of string \"aliases\"")
    ids = {a["id"] for a in actors}
    documents = gold.get("documents", [])
    if not isinstance(documents, list):
        raise GoldError(f"{path}: \"documents\" must be a list of objects with a \"file\"")
    for i, doc in enumerate(documents):
        if not isinstance(doc, dict) or not isinstance(doc.get("file"), str):
            raise GoldError(f"{path}: document #{i + 1} has no \"file\"")
        for key in ("relations", "acceptable", "forbidden"):
            rels = doc.get(key, [])
            if not isinstance(rels, list):
                raise GoldError(f"{path}: {doc['file']}: \"{key}\" must be a list")
            for r in rels:
                if not isinstance(r, dict) or not all(k in r for k in ("subject", "predicate", "object")):
                    raise GoldError(f"{path}: {doc['file']}: each of \"{key}\" needs \"subject\", "
                                    f"\"predicate\" and \"object\"")
                if not isinstance(r["predicate"], str) or norm_predicate(r["predicate"]) not in VOCAB:
                    raise GoldError(f"{path}: {doc['file']}: {key} names unknown predicate {r['predicate']!r} "
                                    f"(allowed: {', '.join(PREDICATES)})")
                objs = r["object"] if isinstance(r["object"], list) else [r["object"]]
                for a in [r["subject"], *objs]:
                    if not isinstance(a, str) or a not in ids:
                        raise GoldError(f"{path}: {doc['file']}: {key} names unknown actor {a!r}")
        for key in ("actors", "optional_actors"):
            if not _strings(doc.get(key, [])):
                raise GoldError(f"{path}: {doc['file']}: \"{key}\" must be a list of actor ids")
        for a in doc.get("actors", []) + doc.get("optional_actors", []):
            if a not in ids:
                raise GoldError(f"{path}: {doc['file']}: unknown actor {a!r}")
    return gold


def _labels(G: nx.MultiDiGraph, n: str) -> set[str]:
    d = G.nodes[n]
    return {normalise(x) for x in [d.get("label", ""), *d.get("aliases", [])] if x}


def score_document(G: nx.MultiDiGraph, entry: Mapping[str, Any], actors: Mapping[str, set[str]], file: str) -> DocScore:
    """Score one document's graph against its gold entry."""
    ds = DocScore(file)
    labels = {n: _labels(G, n) for n in G.nodes if G.nodes[n].get("label")}

    def matches(n: str, actor_id: str) -> bool:
        return bool(labels.get(n, set()) & actors.get(actor_id, set()))

    relevant = set(entry.get("actors", [])) | set(entry.get("optional_actors", []))
    for key in ("relations", "acceptable", "forbidden"):
        for r in entry.get(key, []):
            relevant.add(r["subject"])
            relevant |= set(r["object"] if isinstance(r["object"], list) else [r["object"]])
    ds.entities = len(labels)
    for n in sorted(labels):
        if any(matches(n, a) for a in relevant):
            ds.entities_relevant += 1
        else:
            ds.junk_entities.append(G.nodes[n]["label"])
    for a in entry.get("actors", []):
        ds.actors_required += 1
        if any(matches(n, a) for n in labels):
            ds.actors_found += 1
        else:
            ds.missed_actors.append(a)

    edges = [(s, norm_predicate(k), o) for s, o, k, d in G.edges(keys=True, data=True)
             if d.get("asserted", True) and norm_predicate(k) in VOCAB]

    def rel_match(e: tuple[str, str, str], r: Mapping[str, Any]) -> bool:
        s, p, o = e
        if p != norm_predicate(r["predicate"]):
            return False
        objs = r["object"] if isinstance(r["object"], list) else [r["object"]]
        if matches(s, r["subject"]) and any(matches(o, x) for x in objs):
            return True
        return p in SYMMETRIC and matches(o, r["subject"]) and any(matches(s, x) for x in objs)

    def show(e: tuple[str, str, str]) -> str:
        return f"{G.nodes[e[0]]['label']} {e[1]} {G.nodes[e[2]]['label']}"

    good = entry.get("relations", []) + entry.get("acceptable", [])
    for e in edges:
        ds.relations += 1
        forbidden = any(rel_match(e, r) for r in entry.get("forbidden", []))
        if forbidden:
            ds.forbidden_hits += 1
            ds.forbidden_relations.append(show(e))
        if not forbidden and any(rel_match(e, r) for r in good):
            ds.relations_correct += 1
        elif not forbidden:
            ds.wrong_relations.append(show(e))
    for r in entry.get("relations", []):
        ds.relations_required += 1
        if any(rel_match(e, r) for e in edges):
            ds.relations_found += 1
        else:
            objs = r["object"] if isinstance(r["object"], list) else [r["object"]]
            ds.missed_relations.append(f"{r['subject']} {r['predicate']} {'|'.join(objs)}")
    return ds


def sample_gold() -> Path:
    """The gold annotation of the bundled sample corpus, shipped with the package
    (``kg/data/gold/samples.json``).

    >>> load_gold(sample_gold())["documents"][0]["file"]
    '000_e2cd1d265a69cbd9.txt'
    """
    from importlib.resources import files

    return Path(str(files("kg") / "data" / "gold" / "samples.json"))


def evaluate(gold_path: Path | str | None = None, docs_dir: Path | str | None = None, *,
             actors_files: Sequence[Path | str] = (), frames_files: Sequence[Path | str] = (),
             model: str | None = None) -> EvalReport:
    """Build each gold document on its own and score it (``gold_path``: default the shipped
    annotation of the sample corpus, :func:`sample_gold`; ``docs_dir``: where the files are,
    default the bundled sample corpus)."""
    from kg.extract import ExtractorSpec, get_extractor
    from kg.extract.ingest import read_documents, sample_corpus
    from kg.pipeline import graph_from_extractions

    gold = load_gold(gold_path if gold_path is not None else sample_gold())
    actors = {a["id"]: {normalise(x) for x in [a["name"], *a.get("aliases", [])]} for a in gold["actors"]}
    folder = Path(docs_dir) if docs_dir else sample_corpus()
    extractor = get_extractor(ExtractorSpec.from_files(actors_files, frames_files, model))
    scores = []
    for entry in gold["documents"]:
        path = folder / entry["file"]
        if not path.is_file():
            raise GoldError(f"{path}: document named in the gold file is missing (use --docs DIR)")
        doc = read_documents([path])[0]
        G = graph_from_extractions([extractor.extract(doc)])
        scores.append(score_document(G, entry, actors, entry["file"]))
    return EvalReport(scores)


def format_report(report: EvalReport, verbose: bool = False) -> str:
    """A plain-text table of the report."""
    lines = [f"{'document':<28} {'ent P':>6} {'ent R':>6} {'rel P':>6} {'rel R':>6} {'forbid':>6}"]
    for d in report.documents:
        lines.append(f"{d.file[:28]:<28} {_ratio(d.entities_relevant, d.entities):>6.3f} "
                     f"{_ratio(d.actors_found, d.actors_required):>6.3f} {_ratio(d.relations_correct, d.relations):>6.3f} "
                     f"{_ratio(d.relations_found, d.relations_required):>6.3f} {d.forbidden_hits:>6d}")
        if verbose:
            for name, items in (("missed actors", d.missed_actors), ("junk entities", d.junk_entities),
                                ("missed relations", d.missed_relations), ("wrong relations", d.wrong_relations),
                                ("forbidden relations", d.forbidden_relations)):
                if items:
                    lines.append(f"    {name}: " + "; ".join(items))
    t = report.totals()
    lines.append(f"{'TOTAL':<28} {t['entity_precision']:>6.3f} {t['entity_recall']:>6.3f} "
                 f"{t['relation_precision']:>6.3f} {t['relation_recall']:>6.3f} {t['forbidden_hits']:>6d}")
    lines.append(f"entity F1 {t['entity_f1']:.3f}  relation F1 {t['relation_f1']:.3f}  "
                 f"(entities {t['entities']}, relations {t['relations']}, forbidden hits {t['forbidden_hits']})")
    return "\n".join(lines)

