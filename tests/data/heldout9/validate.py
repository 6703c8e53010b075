#!/usr/bin/env python3
"""Validate gold.json of this held-out set (conflict-kg gold v1)."""
import json, os, re, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREDS = {"mediates", "guarantees", "signs", "partyTo", "withdrawsFrom", "deploysTo", "monitors",
         "supports", "opposes", "criticizes", "negotiatesWith", "memberOf", "leads", "hosts",
         "participatesIn", "attacks", "allyOf"}
TYPES = {"State", "Person", "Government", "ArmedGroup", "PoliticalOrganization",
         "InternationalOrganization", "NegotiationFormat", "Agreement", "Meeting", "Location", "Organization"}
SYM = {"negotiatesWith", "allyOf"}

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    s = re.sub(r"[^\w\s]|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def main():
    errors, warnings = [], []
    g = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    if g.get("format") != "conflict-kg gold v1":
        errors.append("bad format tag")
    ids = [a["id"] for a in g["actors"]]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup: errors.append(f"duplicate actor ids: {dup}")
    actors = {a["id"]: a for a in g["actors"]}
    owner = defaultdict(set)
    for a in g["actors"]:
        if a["type"] not in TYPES: errors.append(f"bad type {a['id']}: {a['type']}")
        for lab in [a["name"]] + a.get("aliases", []):
            owner[norm(lab)].add(a["id"])
    for lab, o in owner.items():
        if len(o) > 1: errors.append(f"alias collision {lab!r}: {sorted(o)}")
    files = [d["file"] for d in g["documents"]]
    if len(set(files)) != len(files): errors.append("duplicate document entries")
    txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    if sorted(files) != txts: errors.append(f"documents {sorted(files)} != txt files {txts}")
    totals = defaultdict(int)
    for d in g["documents"]:
        f = d["file"]
        text = open(os.path.join(HERE, f), encoding="utf-8").read()
        nw = len(text.split())
        if not 250 <= nw <= 600: errors.append(f"{f}: {nw} words")
        totals["words"] += nw
        req, opt = set(d["actors"]), set(d["optional_actors"])
        if req & opt: errors.append(f"{f}: actors both required and optional: {req & opt}")
        for i in req | opt:
            if i not in actors: errors.append(f"{f}: unknown actor {i}")
        # every required actor should be findable in text by some label
        for i in req | opt:
            if i in actors:
                labs = [actors[i]["name"]] + actors[i]["aliases"]
                if not any(norm(l) and re.search(r"(?<!\w)" + re.escape(norm(l)) + r"(?!\w)", norm(text)) for l in labs):
                    warnings.append(f"{f}: no surface form of {i} found in text")
        seen = {}
        for kind in ("relations", "acceptable", "forbidden"):
            for r in d[kind]:
                s, p, o = r["subject"], r["predicate"], r["object"]
                objs = o if isinstance(o, list) else [o]
                if p not in PREDS: errors.append(f"{f}: bad predicate {p}")
                for x in [s] + objs:
                    if x not in actors: errors.append(f"{f}: unknown id {x} in {kind}")
                    elif x not in req | opt: errors.append(f"{f}: {x} in {kind} but not listed in actors/optional_actors")
                if kind == "relations":
                    if s not in req: errors.append(f"{f}: required relation subject {s} not a required actor")
                    if not any(x in req for x in objs): errors.append(f"{f}: required relation object {objs} has no required actor")
                if r["evidence"] not in text: errors.append(f"{f}: evidence not verbatim: {r['evidence'][:80]!r}")
                keys = [(s, p, x) for x in objs]
                if p in SYM: keys += [(x, p, s) for x in objs]
                if p in ("criticizes", "opposes"):
                    keys = [(a, "OPP", b) for a, _, b in keys]
                for k in keys:
                    if k in seen and not (seen[k] == kind and kind != "forbidden" and False):
                        if seen[k] != kind and "forbidden" in (seen[k], kind):
                            errors.append(f"{f}: {k} both {seen[k]} and {kind}")
                        else:
                            errors.append(f"{f}: duplicate relation {k} in {seen[k]} and {kind}")
                    seen.setdefault(k, kind)
                totals[kind] += 1
        if not 12 <= len(d["relations"]) <= 30: warnings.append(f"{f}: {len(d['relations'])} required relations")
        if not d["forbidden"]: warnings.append(f"{f}: no forbidden relations")
    for w in warnings: print("WARN ", w)
    for e in errors: print("ERROR", e)
    print(f"documents={len(g['documents'])} words={totals['words']} actors={len(g['actors'])} "
          f"required={totals['relations']} acceptable={totals['acceptable']} forbidden={totals['forbidden']}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
