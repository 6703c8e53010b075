#!/usr/bin/env python3
"""Validate heldout10/gold.json (standard library only)."""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TYPES = {"State","Person","Government","ArmedGroup","PoliticalOrganization","InternationalOrganization",
         "NegotiationFormat","Agreement","Meeting","Location","Organization"}
PREDS = {"mediates","guarantees","signs","partyTo","withdrawsFrom","deploysTo","monitors","supports","opposes",
         "criticizes","negotiatesWith","memberOf","leads","hosts","participatesIn","attacks","allyOf"}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def ws(s): return re.sub(r'\s+', ' ', s).strip()
def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('`', "'").replace('\u201c','"').replace('\u201d','"')
    s = s.casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()

try:
    gold = json.load(open(os.path.join(DIR, 'gold.json'), encoding='utf-8'))
except Exception as e:
    print("INVALID JSON:", e); sys.exit(1)

if gold.get("format") != "conflict-kg gold v1": err("bad format string")
if set(gold) != {"format","actors","documents"}: err(f"unexpected top-level keys {set(gold)}")
actors = {}
alias_owner = defaultdict(set)
for a in gold["actors"]:
    if set(a) != {"id","name","type","aliases"}: err(f"actor keys {a}")
    i = a["id"]
    if i in actors: err(f"duplicate id {i}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", i): err(f"id not lower_snake_case: {i}")
    if a["type"] not in TYPES: err(f"{i}: bad type {a['type']}")
    if not isinstance(a["aliases"], list) or not all(isinstance(x,str) and x.strip() for x in a["aliases"]): err(f"{i}: bad aliases")
    actors[i] = a
    for f in [a["name"]] + a["aliases"]:
        alias_owner[norm(f)].add(i)
for k, owners in alias_owner.items():
    if len(owners) > 1: err(f"alias '{k}' shared by {sorted(owners)}")

REL_KEYS = {"subject","predicate","object","evidence"}
files_seen = set()
stats = []
used_ids = set()
for d in gold["documents"]:
    f = d.get("file")
    if set(d) != {"file","actors","optional_actors","relations","acceptable","forbidden"}: err(f"{f}: doc keys {set(d)}")
    if f in files_seen: err(f"duplicate doc {f}")
    files_seen.add(f)
    path = os.path.join(DIR, f)
    if not os.path.isfile(path): err(f"missing file {f}"); continue
    text = open(path, encoding='utf-8').read()
    wtext = ws(text); ntext = ' ' + norm(text) + ' '
    nwords = len(text.split())
    if not (250 <= nwords <= 700): err(f"{f}: {nwords} words")
    req, opt = d["actors"], d["optional_actors"]
    for i in req + opt:
        if i not in actors: err(f"{f}: unknown actor id {i}")
    if len(set(req)) != len(req) or len(set(opt)) != len(opt): err(f"{f}: duplicate ids in actor lists")
    if set(req) & set(opt): err(f"{f}: ids both required and optional {set(req)&set(opt)}")
    relevant = set(req) | set(opt)
    # every listed actor must have a surface form in the text
    for i in req + opt:
        if i not in actors: continue
        forms = [actors[i]["name"]] + actors[i]["aliases"]
        if not any(' ' + norm(x) + ' ' in ntext for x in forms if norm(x)):
            err(f"{f}: actor {i} has no name/alias occurring in text")
    triples = {}
    for part in ("relations","acceptable","forbidden"):
        for r in d[part]:
            if set(r) != REL_KEYS: err(f"{f}/{part}: keys {r}")
            s, p, o, ev = r["subject"], r["predicate"], r["object"], r["evidence"]
            if p not in PREDS: err(f"{f}/{part}: bad predicate {p}")
            objs = o if isinstance(o, list) else [o]
            if isinstance(o, list) and not o: err(f"{f}/{part}: empty object list")
            for x in [s] + objs:
                if x not in actors: err(f"{f}/{part}: unknown id {x} in {s} {p} {o}")
                elif x not in relevant: warn(f"{f}/{part}: {x} not in actors/optional_actors")
                used_ids.add(x)
            if not isinstance(s, str): err(f"{f}/{part}: subject must be a single id")
            if s in objs: err(f"{f}/{part}: self relation {s} {p}")
            if not ev or ws(ev) not in wtext: err(f"{f}/{part}: evidence not found verbatim: {ev!r}")
            for x in objs:
                key = (s, p, x)
                if p in ("negotiatesWith","allyOf"): key = (min(s,x), p, max(s,x))
                if part == "forbidden" and triples.get(key) in ("relations","acceptable"):
                    err(f"{f}: {key} both {triples[key]} and forbidden")
                if part != "forbidden" and triples.get(key) == "forbidden":
                    err(f"{f}: {key} both forbidden and {part}")
                if part == "relations" and triples.get(key) == "relations":
                    warn(f"{f}: duplicate required triple {key}")
                triples.setdefault(key, part)
    stats.append((f, nwords, len(req), len(opt), len(d["relations"]), len(d["acceptable"]), len(d["forbidden"])))

for fn in sorted(os.listdir(DIR)):
    if fn.endswith('.txt') and fn not in files_seen: err(f"text file without gold entry: {fn}")
unused = set(actors) - used_ids - {i for d in gold["documents"] for i in d["actors"] + d["optional_actors"]}
if unused: warn(f"catalogue actors never used: {sorted(unused)}")

print(f"{'file':50} words req opt rel acc forb")
for s in stats: print(f"{s[0]:50} {s[1]:5} {s[2]:3} {s[3]:3} {s[4]:3} {s[5]:3} {s[6]:4}")
print("totals: actors", len(actors), "docs", len(stats), "required relations", sum(s[4] for s in stats))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
