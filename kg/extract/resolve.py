"""Resolution: which mentions name the same actor, within a document and across documents.

Within a document (:func:`resolve_document`): gazetteer ids; discovered names grouped by a core
key (no leading demonym, no numeric tag); persons by a phonetic key of their surname (Serraj /
Sarraj), surnames alone linked to the full name met in the document; acronyms defined in the
text; capitals that stand for their government ("Ankara said"); role phrases ("Tripoli's defence
minister") linked to the one person holding that title.

Across documents (:func:`merge_extractions`): the same gazetteer id, or the same merge key, is
one node. This step sees all documents once and is linear in their number.

>>> phonetic_key("Fayez al-Sarraj") == phonetic_key("Faiez Serraj")
True
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import jellyfish

from kg.extract.lexicon import FORCE_NOUNS, MONTHS, TITLES
from kg.extract.mentions import PARTICLE, GazetteerIndex, resolve_overlaps
from kg.models import Actor, Claim, Mention, Sentence
from kg.text import alternation, fold, norm_label, searchable, slugify, strip_accents

_PARTICLES = set(PARTICLE.strip("(?:)").split("|"))
_PARTICLES_LOWER = frozenset(p.lower() for p in _PARTICLES)
CAPITAL_GOV_NEXT = set("""said says say has have had is was were are will would wants wanted insists insisted
agreed agrees refused refuses rejected rejects announced announces accused accuses signed denied denies hopes
believes considers claims stated warned warns urged urges demanded demands sees saw supports supported backs
backed needs must should can could may might did does also responded condemned condemns welcomed welcomes
recognised recognized threatened threatens sent sends deployed proposed offered seeks sought
fears feared called calls blamed blames criticised criticized criticises criticizes accused accuses denies
remains remained continues continued insists maintains became plans planned ruled announced argued argues
responded replied rejected ordered launched hosted mediated brokered backed supports""".split())
CAPITAL_GOV_PREV = {"with", "between", "forcing", "forced", "urging", "urged", "pressing", "pressed", "assuring",
                    "allowing", "convince", "convinced", "persuade", "persuaded", "against"}
PLACE_PREV = {"in", "to", "from", "at", "near", "around", "of", "outskirts", "into", "via", "toward", "towards",
              "across", "through", "inside", "outside", "within", "between"}
ROLE_TITLES = sorted((t for t in TITLES if " " in t or t in {"president", "premier", "chancellor", "speaker"}),
                     key=len, reverse=True)


@functools.lru_cache(maxsize=1 << 16)
def phonetic_key(name: str) -> str:
    """A key that two spellings of one person's name share: Metaphone of the first name's initial
    and of the surname, without particles such as al-, el-, bin."""
    words = [w for w in re.split(r"[\s-]+", strip_accents(fold(name))) if w]
    core = [w for w in words if w.lower().strip(".") not in _PARTICLES_LOWER] or words
    if not core:
        return ""
    last = jellyfish.metaphone(core[-1])
    first = core[0][0].upper() if len(core) > 1 else ""
    return f"{first}|{last}"


def surname_key(name: str) -> str:
    """Metaphone of the surname alone."""
    return phonetic_key(name).split("|")[-1]


def core_key(name: str, demonyms: set[str]) -> str:
    """Key that variants of an organisation's name share: no leading demonym or article, no
    numeric tag, British/American spellings and plurals folded."""
    s = norm_label(name)
    s = re.sub(r"\bunited nations\b", "un", s)
    s = re.sub(r"\b\d\s*(?:plus|\+|-)?\s*\d\b", " ", s)
    words = s.split()
    # a leading demonym goes only when a name of two words or more remains ("Libyan Joint Military
    # Commission" ~ "Joint Military Commission"; "Turkish Parliament" stays apart from "Armenian parliament")
    while words and (words[0] in {"the", "a", "an", "joint"} or (words[0] in demonyms and len(words) > 3)):
        words = words[1:]
    subs = {"centre": "center", "defence": "defense", "organisation": "organization", "areas": "territories",
            "regions": "territories", "observatory": "monitoring center", "ceasefire": "", "of": "", "for": "",
            "the": "", "and": "", "on": "", "in": "", "to": ""}
    words = [subs.get(w, w) for w in words]
    return " ".join(w for w in " ".join(words).split() if w)


@dataclass
class DocEntities:
    """Resolved entities of one document and the mentions that point at them."""

    entities: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # person key -> title (lowercase)
    nested: list[Mention] = field(default_factory=list)  # places named inside a longer name (for anaphora)
    merge_keys: dict[str, str] = field(default_factory=dict)  # local key -> cross-document merge key


def _context_words(text: str, start: int, end: int) -> tuple[str, str, str]:
    before = re.findall(r"[\w']+", fold(text[max(0, start - 30):start]).lower())
    after_text = fold(text[end:end + 40])
    after = re.findall(r"[\w']+", after_text.lower())
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    if nxt == "s" and after_text.startswith("'s"):
        nxt = "'s " + (after[1] if len(after) > 1 else "")
    return prev, nxt, after_text


def capital_stands_for_state(text: str, m: Mention) -> bool:
    """Whether a capital's name stands for its government here ("Ankara said", "with Moscow")."""
    prev, nxt, after = _context_words(text, m.start, m.end)
    if prev in PLACE_PREV and prev not in {"with", "between"}:
        return False
    if nxt in CAPITAL_GOV_NEXT or prev in CAPITAL_GOV_PREV:
        return True
    if nxt.startswith("'s "):
        noun = nxt[3:]
        return noun in FORCE_NOUNS or noun in {"position", "role", "policy", "patience", "support", "relations",
                                               "interests", "demands", "failure", "decision", "response", "view",
                                               "stance", "intervention", "participation", "ally", "allies"}
    if re.match(r"\s+and\s+[A-Z]", after) and prev not in PLACE_PREV:
        return True
    return False


_CORES: dict[int, tuple[Any, dict[tuple[str, str], str]]] = {}


def gazetteer_cores(gaz: Any, demonyms: set[str]) -> dict[tuple[str, str], str]:
    """(type, core key) of every non-person gazetteer name and alias -> entry id, so that a discovered
    variant ("Libyan Joint Military Commission") resolves to the known actor."""
    cached = _CORES.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    out: dict[tuple[str, str], str] = {}
    for eid, e in gaz.entries.items():
        if e.type in {"Person", "State", "Location"}:
            continue
        for form in (e.name, *e.aliases):
            ck = core_key(form, demonyms)
            if ck and len(ck.split()) >= 2:
                out.setdefault((e.type, ck), eid)
    _CORES[id(gaz)] = (gaz, out)
    return out


_PARTS: dict[int, tuple[Any, dict[str, tuple[str, str]]]] = {}


def gazetteer_parts(gaz: Any, demonyms: set[str]) -> dict[str, tuple[str, str]]:
    """Core key of a body's name without its parent's ("Security Council" of "United Nations Security
    Council", "Peace and Security Council" of "African Union Peace and Security Council") -> (entry id,
    parent id): a report that has named the parent calls the body by the rest of its name."""
    cached = _PARTS.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    parents: dict[str, str] = {}
    for eid, e in gaz.entries.items():
        if e.type == "InternationalOrganization":
            for form in (e.name, *e.aliases):
                parents.setdefault(form + " ", eid)
    out: dict[str, tuple[str, str]] = {}
    for eid, e in gaz.entries.items():
        if e.type in {"Person", "State", "Location"}:
            continue
        for form in (e.name, *e.aliases):
            for prefix, parent in parents.items():
                if parent != eid and form.startswith(prefix):
                    ck = core_key(form[len(prefix):], demonyms)
                    if len(ck.split()) >= 2:
                        out.setdefault(ck, (eid, parent))
    _PARTS[id(gaz)] = (gaz, out)
    return out


def _acronym_fits(acr: str, surface: str) -> bool:
    """Whether an acronym can stand for a name: same first letter, or its letters among the name's
    capitals and word initials in order ("UNSMIL" / "UN Support Mission in Libya")."""
    letters = [c for c in acr.upper() if c.isalpha()]
    words = [w for w in re.split(r"[\s-]+", fold(surface)) if w]
    if not letters or not words:
        return False
    if words[0][0].upper() == letters[0] and (len(words) == 1 or letters[0] == words[0][0].upper()):
        return True
    pool = "".join(c for w in words for c in (w if w.isupper() else w[0]) if c.isalpha()).upper()
    it = iter(pool)
    return all(ch in it for ch in letters)


def _find_all(text: str, names: dict[str, list[str]], before: str, after: str, flags: int = 0
              ) -> list[tuple[re.Match[str], list[str]]]:
    """Every occurrence of any of ``names`` in one pass (the longest name wins at a position), with
    the keys that name stands for."""
    if not names:
        return []
    rx = re.compile(f"{before}{alternation(names)}{after}", flags)
    lookup = {(n.lower() if flags & re.I else n): keys for n, keys in names.items()}
    out = []
    for a in rx.finditer(text):
        keys = lookup.get(a.group(0).lower() if flags & re.I else a.group(0))
        if keys:
            out.append((a, keys))
    return out


def add_gazetteer_actor(entities: dict[str, Actor], merge_keys: dict[str, str], entry: Any, doc_id: str) -> Actor:
    """The document's actor for a gazetteer entry, made (with its merge key) when it has none yet:
    a state a government is of, a state a capital stood for."""
    if entry.id not in entities:
        entities[entry.id] = Actor(entry.id, entry.name, entry.type, set(), entry.wikidata, rule="gazetteer",
                                   docs={doc_id})
        merge_keys[entry.id] = "gaz:" + entry.id
    return entities[entry.id]


#: Words an initialism skips: "Organization of American States" is OAS.
INITIAL_SKIP = frozenset({"of", "the", "for", "and", "in", "on", "to", "de", "du", "des", "la", "le", "et", "y", "del"})


def listed_before(mentions: Sequence[Mention], start: int, text: str) -> Mention | None:
    """The mention listed just before the one at ``start`` ("A, B and C": B before C), if any."""
    best = max((m for m in mentions if m.end <= start and start - m.end <= 12), key=lambda m: m.end, default=None)
    if best is not None and re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", text[best.end:start]):
        return best
    return None


def resolve_document(text: str, sentences: Sequence[Sentence], gaz_mentions: list[Mention],
                     discovered: list[Mention], titles_by_idx: dict[int, str], idx: GazetteerIndex,
                     gaz: Any, doc_id: str) -> DocEntities:
    """Group the mentions of one document into entities (see the module docstring)."""
    out = DocEntities()
    demonyms = set(idx.demonyms)
    title_of: dict[tuple[int, int], str] = {(discovered[i].start, discovered[i].end): t for i, t in titles_by_idx.items()}
    mentions = resolve_overlaps(gaz_mentions + discovered)

    # gazetteer persons present, by surname key, to absorb discovered spellings of the same person
    gaz_person_keys: dict[str, str] = {}
    for m in mentions:
        if m.type == "Person" and not m.rule.startswith("discover"):
            entry = gaz.entries[m.key]
            for form in (entry.name, *entry.aliases):
                gaz_person_keys.setdefault(phonetic_key(form), m.key)
                gaz_person_keys.setdefault("|" + surname_key(form), m.key)

    gaz_cores = gazetteer_cores(gaz, demonyms)
    parts = gazetteer_parts(gaz, demonyms)
    named = {m.key for m in mentions if m.rule.startswith("gazetteer")}
    resolved: list[Mention] = []
    labels: dict[str, Counter[str]] = {}
    first_rule: dict[str, str] = {}
    for m in mentions:
        key, kind = m.key, m.kind
        if m.rule.startswith("gazetteer"):
            if m.type == "Location" and m.key in idx.capitals and capital_stands_for_state(text, m):
                key, kind = idx.capitals[m.key], "capital"
                m = replace(m, type="State")
            elif m.kind == "capital":
                key, kind = m.key, "capital"
        elif m.type == "Person":
            pk = phonetic_key(m.name)
            key = gaz_person_keys.get(pk) or "person:" + pk
            t = title_of.get((m.start, m.end))
            if t:
                out.titles[key] = t
        else:
            ck = core_key(m.name, demonyms)
            gaz_id = gaz_cores.get((m.type, ck)) if ck and len(ck.split()) >= 2 else None
            if gaz_id is None and ck in parts and parts[ck][1] in named:
                gaz_id = parts[ck][0]  # "the Security Council" in a report that has named the United Nations
                m = replace(m, type=gaz.entries[gaz_id].type)
            key = gaz_id or f"{m.type}:{ck}"
        resolved.append(replace(m, key=key, kind=kind))
        first_rule.setdefault(key, m.rule)
        if not m.rule.startswith("gazetteer"):
            labels.setdefault(key, Counter())[m.name] += 1

    # "Mohamed Hamdan Dagalo, widely known as Hemedti", "the Pretoria Agreement, also known as the CoHA":
    # the second name is another name of the first
    by_start = {m.start: m for m in resolved}
    by_end = {m.end: m for m in resolved}
    same: dict[str, str] = {}
    for kn in re.finditer(r"(?<![\s,]),?\s++(?:(?:widely|better|also|commonly|popularly|locally|sometimes|officially)\s+)?known\s+as\s+(?:the\s+)?", ftext_all := searchable(text)):
        first = by_end.get(kn.start())
        if first is None:
            continue
        second = by_start.get(kn.end())
        before = listed_before(resolved, first.start, ftext_all)
        listed = before is not None and before.type == first.type and first.type in {"State", "InternationalOrganization"}
        if second is not None:
            if second.key != first.key and second.type == first.type and not listed:
                same[second.key] = first.key
            continue
        name = re.match(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,3}", ftext_all[kn.end():kn.end() + 60])
        if name and listed:
            # "the United States, Britain and Norway, known as the Troika": the name is the list's, a group
            resolved.append(Mention(kn.end(), kn.end() + len(name.group(0)), text[kn.end():kn.end() + len(name.group(0))],
                                    f"NegotiationFormat:{core_key(name.group(0), demonyms)}", "NegotiationFormat", "name",
                                    rule="resolve.known-as-group", name=name.group(0)))
        elif name:
            resolved.append(Mention(kn.end(), kn.end() + len(name.group(0)), text[kn.end():kn.end() + len(name.group(0))],
                                    first.key, first.type, "alias", rule="resolve.known-as", name=name.group(0)))
    if same:
        resolved = [replace(m, key=same.get(m.key, m.key)) for m in resolved]
    # persons: merge discovered surname-only keys into full names with the same surname
    full_by_surname: dict[str, str] = {}
    for m in resolved:
        if m.type == "Person" and m.key.startswith("person:") and not m.key.startswith("person:|"):
            full_by_surname.setdefault(m.key.split("|")[-1], m.key)
    resolved = [replace(m, key=full_by_surname.get(m.key.split("|")[-1], m.key))
                if m.key.startswith("person:|") else m for m in resolved]

    # acronyms defined right after a mention: "Libyan National Army (LNA)", "Commission's (JMC)"
    acr_to_key: dict[str, str] = {}
    ftext = searchable(text)
    ordered = sorted(resolved, key=lambda x: x.start)
    for i, m in enumerate(ordered):
        a = re.match(r"(?:'s)?\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z0-9+&./-]{0,10}|[A-Z]{2,}|\d[A-Z]{1,5})\s*\)", ftext[m.end:m.end + 20])
        if not a or m.type == "Person":
            continue
        acr = a.group(1)
        # the acronym names the mention before it only if it can: "SADC Mission in the DRC (SAMIDRC)"
        # belongs to the mission, not to the DRC
        target = m
        if not _acronym_fits(acr, m.surface):
            earlier = [x for x in ordered[max(0, i - 3):i] if m.start - x.start <= 80 and x.type != "Person"
                       and _acronym_fits(acr, ftext[x.start:m.end])]
            if not earlier:
                continue
            target = earlier[-1]
        acr_to_key.setdefault(acr, target.key)
    # "the Revitalised Agreement on ... of South Sudan (R-ARCSS)": a discovered long name followed by
    # an acronym the gazetteer knows is that known actor's long name
    known_after = {m.start: m for m in resolved if m.rule.startswith("gazetteer")}
    joined: dict[str, str] = {}
    for m in ordered:
        if m.rule.startswith("gazetteer") or m.type == "Person":
            continue
        a = re.match(r"\s*\(\s*", ftext[m.end:m.end + 6])
        k = known_after.get(m.end + a.end()) if a else None
        if k is not None and k.type == m.type and ftext[k.end:k.end + 3].lstrip().startswith(")") \
                and _acronym_fits(k.surface.replace("-", ""), m.surface):
            joined[m.key] = k.key
    if joined:
        resolved = [replace(m, key=joined.get(m.key, m.key)) for m in resolved]
        acr_to_key = {acr: joined.get(key, key) for acr, key in acr_to_key.items()}
        for old_key in joined:
            labels.pop(old_key, None)
    # an acronym nothing defined whose letters are the initials of one name of the document ("the
    # United Tajik Opposition ... signed for the UTO"): that name's actor
    by_initials: dict[str, set[str]] = {}
    for m in resolved:
        if m.type != "Person" and m.kind in {"name", "alias"} and not re.fullmatch(r"[A-Z0-9&-]+", m.surface):
            words = [w for w in re.split(r"[\s-]+", fold(m.surface)) if w and w.lower() not in INITIAL_SKIP]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(m.key)
    undefined: dict[str, str] = {}
    for m in resolved:
        if re.fullmatch(r"[A-Z]{2,6}", m.surface) and m.surface not in acr_to_key and not m.rule.startswith("gazetteer"):
            keys = by_initials.get(m.surface, set()) - {m.key}
            if len(keys) == 1:
                undefined[m.key] = next(iter(keys))
    # a mission's short name, the long one without its "to/in PLACE" ("Regional Assistance Mission"
    # beside "Regional Assistance Mission to Solomon Islands"): the long one's actor
    names_by_key: dict[str, set[str]] = {}
    for m in resolved:
        if m.type in {"InternationalOrganization", "NegotiationFormat", "ArmedGroup"} and m.kind in {"name", "alias"} \
                and not m.rule.startswith("gazetteer"):
            names_by_key.setdefault(m.key, set()).add(" ".join(fold(m.surface).split()))
    for key, names in sorted(names_by_key.items()):
        if key in undefined:
            continue
        longer = {k for k, others in names_by_key.items() if k != key and any(
            re.fullmatch(rf"{re.escape(n)} (?:to|in|for) (?:the )?[A-Z][\w' -]+", o) for n in names for o in others)}
        if len(longer) == 1 and all(re.search(r"\b(?:Mission|Force|Operation|Team|Group)$", n) for n in names):
            undefined[key] = next(iter(longer))
    if undefined:
        first_type: dict[str, str] = {}
        for m in resolved:
            first_type.setdefault(m.key, m.type)
        resolved = [replace(m, key=undefined[m.key], type=first_type[undefined[m.key]])
                    if m.key in undefined else m for m in resolved]
        for old_key in undefined:
            labels.pop(old_key, None)
    extra: list[Mention] = []
    # each list of names is found in one pass over the text (longest name first at a position)
    type_of = {m.key: m.type for m in resolved}
    for a, found in _find_all(text, {acr: [key] for acr, key in acr_to_key.items()}, r"(?<![\w-])", r"(?![\w])"):
        for key in found:
            extra.append(Mention(a.start(), a.end(), a.group(0), key, type_of[key], "acronym", rule="resolve.acronym"))
    # surnames alone, and other-case occurrences of discovered names
    names_of: dict[str, list[str]] = {}
    single: set[str] = set()  # one-word names a title vouches for ("President Kabbah")
    for m in resolved:
        if m.type == "Person":
            name = m.name or m.surface
            names_of.setdefault(m.key, []).append(name)
            if m.rule == "discover.title" and len(name.split()) == 1 and len(name) >= 4 and name[:1].isupper() \
                    and name[1:].islower():
                single.add(name)
    by_surname: dict[str, list[str]] = {}
    for key in sorted(names_of):
        names = names_of[key] + ([gaz.entries[key].name, *gaz.entries[key].aliases] if key in gaz.entries else [])
        for sname in sorted({re.split(r"[\s]+", n)[-1] for n in names if len(n.split()) > 1 or n in single}):
            if len(sname) >= 3 and sname.lower() not in MONTHS:
                by_surname.setdefault(sname, []).append(key)
    for a, found in _find_all(text, by_surname, r"(?<![\w-])", r"(?![\w-])"):
        for key in found:
            extra.append(Mention(a.start(), a.end(), a.group(0), key, "Person", "surname", rule="resolve.surname"))
    by_name: dict[str, list[str]] = {}
    for key, cnt in sorted(labels.items()):
        if key.split(":", 1)[0] == "Person" or key.startswith("person:"):
            continue
        for name in sorted(cnt):
            if len(name.split()) >= 2:
                by_name.setdefault(name.lower(), []).append(key)
    for a, found in _find_all(text, by_name, "", "", re.I):
        for key in found:
            typ = gaz.entries[key].type if key in gaz.entries else key.split(":", 1)[0]
            extra.append(Mention(a.start(), a.end(), text[a.start():a.end()], key, typ, "name", rule="resolve.repeat"))
    out.mentions = resolve_overlaps(resolved + extra)
    kept = {(m.start, m.end) for m in out.mentions}
    out.nested = [m for m in gaz_mentions if m.type == "Location" and (m.start, m.end) not in kept]

    # entities
    for m in out.mentions:
        ent = out.entities.get(m.key)
        if ent is None:
            if m.key in gaz.entries:
                e = gaz.entries[m.key]
                ent = Actor(e.id, e.name, e.type, set(), e.wikidata, rule="gazetteer")
                out.merge_keys[m.key] = "gaz:" + e.id
            else:
                cnt = labels.get(m.key) or Counter([m.name or m.surface])
                label = sorted(cnt.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
                ent = Actor(m.key, label, m.type, set(), None, rule=first_rule.get(m.key, m.rule))
                out.merge_keys[m.key] = m.key if not m.key.startswith("person:") else "person:" + phonetic_key(label)
            ent.docs.add(doc_id)
            out.entities[m.key] = ent
        surface = " ".join(m.surface.split())
        if m.kind != "anaphor" and surface != ent.label:
            ent.aliases.add(surface)
    return out


# --------------------------------------------------------------------------- across documents

@dataclass
class Merged:
    """Actors and claims of all documents, with global ids."""

    actors: list[Actor]
    claims: list[Claim]
    aliases_by_doc: dict[str, dict[str, list[str]]]


def known_merge_keys(actors: Sequence[Actor]) -> dict[str, Actor]:
    """The merge keys under which per-document entities would join these actors (the actors of a
    store): persons by the phonetic key of their name and of each alias, other discovered actors by
    their type and core name, gazetteer actors by their id. ``kg add`` merges a new document's
    spelling variants into what the store holds with them, as a full build would.

    >>> keys = known_merge_keys([Actor("fayez_al_sarraj", "Fayez al-Sarraj", "Person")])
    >>> keys["person:" + phonetic_key("Faiez Serraj")].id
    'fayez_al_sarraj'
    """
    out: dict[str, Actor] = {}
    for a in sorted(actors, key=lambda a: a.id):
        out.setdefault("gaz:" + a.id, a)
        names = [a.label, *sorted(a.aliases)]
        for n in names:
            if a.type == "Person":
                if len(n.split()) > 1:
                    out.setdefault("person:" + phonetic_key(n), a)
            else:
                ck = core_key(n, set())
                if ck:
                    out.setdefault(f"{a.type}:{ck}", a)
    return out


def merge_extractions(extractions: Sequence[Any], known: dict[str, Actor] | None = None) -> Merged:
    """Merge per-document entities into one set of actors with deterministic global ids; an entity
    whose merge key is in ``known`` (see :func:`known_merge_keys`) takes that actor's id and label."""
    known = known or {}
    groups: dict[str, list[tuple[str, str, Actor]]] = {}
    for x in sorted(extractions, key=lambda x: x.document.id):
        for key, ent in sorted(x.entities.items()):
            mk = x.merge_keys.get(key, key)
            groups.setdefault(mk, []).append((x.document.id, key, ent))
    global_of: dict[tuple[str, str], str] = {}
    actors: dict[str, Actor] = {}
    aliases_by_doc: dict[str, dict[str, list[str]]] = {}
    taken: set[str] = set()
    for mk in sorted(groups):
        members = groups[mk]
        first = members[0][2]
        if mk in known:
            gid, label = known[mk].id, known[mk].label
        elif mk.startswith("gaz:"):
            gid, label = first.id, first.label
        else:
            counts = Counter(ent.label for _, _, ent in members)
            label = sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            gid = slugify(label)
        if gid in taken and not mk.startswith("gaz:") and mk not in known:
            gid = f"{gid}_{slugify(first.type)}"
            n = 2
            while gid in taken:
                gid = f"{slugify(label)}_{n}"
                n += 1
        taken.add(gid)
        actor = Actor(gid, label, first.type, set(), first.wikidata, rule=first.rule)
        for doc_id, key, ent in members:
            global_of[(doc_id, key)] = gid
            actor.aliases |= ent.aliases | ({ent.label} - {label})
            actor.docs |= ent.docs
            actor.date = actor.date or ent.date
            actor.wikidata = actor.wikidata or ent.wikidata
            seen = sorted((ent.aliases | {ent.label}) - {label})
            aliases_by_doc.setdefault(gid, {})[doc_id] = seen
        actors[gid] = actor
    # places of agreements/meetings point at local keys: map them too
    for x in extractions:
        for key, ent in x.entities.items():
            if ent.place:
                gid = global_of.get((x.document.id, key))
                place = global_of.get((x.document.id, ent.place))
                if gid and place and not actors[gid].place:
                    actors[gid].place = place
    claims = []
    for x in sorted(extractions, key=lambda x: x.document.id):
        for c in x.claims:
            s = global_of.get((x.document.id, c.subject))
            o = global_of.get((x.document.id, c.object))
            if s and o and s != o:
                claims.append(replace(c, subject=s, object=o))
    return Merged(sorted(actors.values(), key=lambda a: a.id), claims, aliases_by_doc)
