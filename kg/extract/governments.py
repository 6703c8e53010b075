"""National governments as actors of their own.

"The Ethiopian government", "the Government of Yemen", "Liberia's government", "the Kabul
government", "the Malian authorities", "the government of President Bashar al-Assad": each becomes
(or joins) one Government node per state, labelled "Government of <State>", linked to its state by
``governmentOf``. A government named after its president ("the government of President X") belongs
to the state the document is about when the text does not say which, and so does one named after
its leader's possessive ("Prime Minister Julius Chan's government"). A later bare "the
government" / "the authorities" / "Government forces" refers to the last government named.

A government the gazetteer knows under a name of its own (the Government of National Accord) is
not touched: these rules only build the generic "government of a state".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from kg.extract.resolve import add_gazetteer_actor
from kg.extract.spans import ByStart, SpanSet
from kg.models import Actor, Claim, Mention, Sentence
from kg.text import searchable

#: Nouns that name a state's government.
GOV_HEADS = r"(?:government|authorities|administration|cabinet|regime|executive)"
#: Words that may stand between the state and the head ("the Ethiopian federal government").
GOV_MODS = r"(?:(?:federal|central|national|transitional|interim|provisional|new|current|former|military|civilian|elected|legitimate|internationally[ -]recognized|internationally[ -]recognised|de[ -]facto|caretaker|incoming|outgoing|then|union)\s+){0,2}"
TITLES = r"(?:President|Prime\s+Minister|Premier|King|Emir|Chancellor|General|Colonel)"


def government_key(state_id: str) -> str:
    """The document key of a state's government.

    >>> government_key("mali")
    'Government:gov:mali'
    """
    return f"Government:gov:{state_id}"


@dataclass
class GovernmentFinds:
    """Mentions of governments, the mentions they replace, and the claims they imply."""

    mentions: list[Mention]
    replaced: set[tuple[int, int]]
    claims: list[tuple[str, str, str, int, str]]  # (subject key, predicate, object key, offset, rule)


def find_governments(text: str, mentions: Sequence[Mention], entities: dict[str, Actor], merge_keys: dict[str, str],
                     gaz: Any, doc_id: str) -> GovernmentFinds:
    """Government mentions of one document (see the module docstring); ``entities`` and
    ``merge_keys`` get the new Government actors."""
    ftext = searchable(text)
    states = sorted((m for m in mentions if m.type == "State" or (m.kind == "capital")), key=lambda m: m.start)
    state_at = ByStart(states)
    person_starts = {m.start: m for m in mentions if m.type == "Person"}
    focus = Counter(m.key for m in mentions if m.type == "State" and m.kind in {"name", "alias", "demonym"})
    # a state's name or demonym inside longer names counts too ("the United Tajik Opposition",
    # "the inter-Tajik talks" are about Tajikistan)
    names = [m for m in mentions if m.type not in {"State", "Location", "Person"} and m.kind in {"name", "alias"}]
    for key in list(focus):
        entry = gaz.entries.get(key)
        if entry is not None:
            forms = sorted({f for f, _ in entry.surfaces() if len(f) > 3})
            pattern = re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w])")
            focus[key] += sum(1 for m in names if pattern.search(ftext, m.start, m.end))

    found: list[Mention] = []
    replaced: set[tuple[int, int]] = set()
    claims: list[tuple[str, str, str, int, str]] = []
    taken = SpanSet()

    def free(a: int, b: int) -> bool:
        return not taken.overlaps(a, b)

    def gov(state: str, a: int, b: int, rule: str) -> str:
        key = government_key(state)
        if key not in entities:
            name = gaz.entries[state].name if state in gaz.entries else state
            label = f"Government of {_the(name)}"
            entities[key] = Actor(key, label, "Government", set(), None, rule="discover.government", docs={doc_id})
            merge_keys[key] = f"gov:{state}"
            if state in gaz.entries:  # the state itself, which the government is of
                add_gazetteer_actor(entities, merge_keys, gaz.entries[state], doc_id)
            claims.append((key, "governmentOf", state, a, "governmentOf.name"))
        surface = " ".join(text[a:b].split())
        surface = re.sub(r"^(?:the|The)\s+", "", surface)
        if surface != entities[key].label:
            entities[key].aliases.add(surface)
        found.append(Mention(a, b, text[a:b], key, "Government", "name", rule=rule))
        taken.add(a, b)
        return key

    for m in states:
        if m.type != "State":
            continue
        # "the Ethiopian (federal) government", "Liberia's government", "the Kabul government"
        after = re.match(rf"(?:'s)?\s+{GOV_MODS}{GOV_HEADS}\b", ftext[m.end:m.end + 60], re.I)
        if after:
            a, b = m.start, m.end + after.end()
            if free(a, b):
                replaced.add((m.start, m.end))
                key = gov(m.key, a, b, "discover.government")
                _president(ftext, text, b, key, person_starts, claims)
    # "the Government of (the) Central African Republic", "the federal government of Somalia"
    for g in re.finditer(rf"\b{GOV_MODS}{GOV_HEADS}\s+of\s+(?:the\s+)?", ftext, re.I):
        st = next((m for m in state_at.at(g.end()) if m.type == "State"), None)
        if st is None:
            continue
        a, b = g.start(), st.end
        if not free(a, b):
            continue
        replaced.add((st.start, st.end))
        key = gov(st.key, a, b, "discover.government")
        _president(ftext, text, b, key, person_starts, claims)
    # "the government of President Bashar al-Assad": the state the document is about
    for g in re.finditer(rf"\b(?:the\s+)?{GOV_MODS}(?P<h>{GOV_HEADS})\s+of\s+(?P<t>{TITLES})\s+", ftext, re.I):
        p = person_starts.get(g.end())
        if p is None or not free(g.start(), p.end) or not focus:
            continue
        state = focus.most_common(1)[0][0]
        lo = max(ftext.rfind(". ", 0, g.start()), ftext.rfind("\n", 0, g.start())) + 1
        hi = min(x for x in (ftext.find(". ", p.end), ftext.find("\n", p.end), len(ftext)) if x >= 0)
        if any(m.key == state and lo <= m.start < hi and not g.start() <= m.start < p.end for m in states):
            # "the administration of President X recognised Moroccan sovereignty": a sentence that
            # names the state in focus apart from the government is about another state's government
            continue
        a = g.start() + (4 if ftext[g.start():g.start() + 4].lower() == "the " else 0)
        key = gov(state, a, p.end, "discover.government-of-president")
        claims.append((p.key, "leads", key, g.start(), "leads.government-of"))
    # "Prime Minister Julius Chan's government": the state the document is about, as above
    persons_by_end = {m.end: m for m in mentions if m.type == "Person"}
    for g in re.finditer(rf"['’]s\s+{GOV_MODS}(?:[A-Z][\w-]*\s+){{0,3}}?(?P<h>{GOV_HEADS})\b(?!\s+of\b)", ftext):
        p = persons_by_end.get(g.start())
        top = focus.most_common(2)
        if p is None or not free(g.start(), g.end()) or not top or top[0][1] < 2 \
                or (len(top) > 1 and 2 * top[0][1] < 3 * top[1][1]):
            continue  # only in a report about one state
        state = top[0][0]
        a, b = g.start() + 2, g.end()
        while ftext[a] == " ":
            a += 1
        key = gov(state, a, b, "discover.government-of-person")
        claims.append((p.key, "leads", key, g.start(), "leads.government-of"))
    # a government the discovery named already ("Government of Liberia" as an organisation name)
    for m in mentions:
        if m.type != "Government" or m.rule.startswith("gazetteer") or not free(m.start, m.end):
            continue
        g = re.fullmatch(rf"(?:the\s+)?{GOV_MODS}{GOV_HEADS}\s+of\s+(?:the\s+)?(?P<s>.+)|(?P<d>.+?)(?:'s)?\s+{GOV_MODS}{GOV_HEADS}",
                         ftext[m.start:m.end], re.I)
        if not g:
            continue
        name = (g.group("s") or g.group("d")).strip()
        hits = [eid for eid, _ in gaz.lookup(name) if eid in gaz.entries and gaz.entries[eid].type == "State"]
        if hits:
            gov(hits[0], m.start, m.end, "discover.government")
            replaced.add((m.start, m.end))
    non_places = SpanSet((m.start, m.end) for m in mentions if m.type != "Location")
    # "the government", "the authorities", "Government forces": the last government named
    govs = ByStart(found)
    for g in re.finditer(rf"\b(?:[Tt]he\s+(?:{GOV_MODS})(?P<h>(?i:{GOV_HEADS}))\b(?!\s+of\b)|(?P<G>Government)(?=\s+(?:forces|troops|delegation|side|army|soldiers)\b))", ftext):
        a, b = g.start(), g.end()
        if not free(a, b) or non_places.overlaps(a, b):
            continue
        prev = [x for x in reversed(govs.between(0, a)) if x.end <= a][:50][::-1]
        if not prev:
            top = focus.most_common(2)
            if top and top[0][1] >= 2 and (len(top) == 1 or 2 * top[0][1] >= 3 * top[1][1]) and top[0][0] in gaz.entries:
                # no government named yet: "the Government" of a report about one state is that state's
                gov(top[0][0], a, b, "resolve.government")
                found[-1] = replace(found[-1], kind="anaphor")
            continue
        # the government the document is about, if it has been named, else the last one named
        home = [x for x in prev if focus and x.key == government_key(focus.most_common(1)[0][0])]
        ante = home[-1] if home else prev[-1]
        found.append(Mention(a, b, text[a:b], ante.key, "Government", "anaphor", rule="resolve.government"))
        taken.add(a, b)
    return GovernmentFinds(found, replaced, claims)


def _the(name: str) -> str:
    """"the" before state names that take it ("Government of the Central African Republic")."""
    low = name.lower()
    if low.startswith(("united ", "republic ", "democratic republic", "central african", "netherlands", "philippines",
                       "gambia", "bahamas", "maldives", "comoros", "seychelles", "marshall", "solomon", "czech",
                       "dominican", "holy see")):
        return "the " + name
    return name


def _president(ftext: str, text: str, end: int, key: str, person_starts: dict[int, Mention],
               claims: list[tuple[str, str, str, int, str]]) -> None:
    """"... government of President X": X leads the government."""
    m = re.match(rf"\s+of\s+(?:{TITLES}\s+)?", ftext[end:end + 30])  # "the Ethiopian government of Abiy Ahmed"
    if m:
        p = person_starts.get(end + m.end())
        if p is not None:
            claims.append((p.key, "leads", key, end, "leads.government-of"))


def claims_of(finds: GovernmentFinds, sentences: Sequence[Sentence], doc_id: str) -> list[Claim]:
    """The claims the government mentions imply (the government of its state, its leader), each
    with the sentence it was read from."""
    out = []
    for s_key, pred, o_key, pos, rule in finds.claims:
        s = next((x for x in sentences if x.start <= pos < x.end), None)
        if s is None:
            continue
        out.append(Claim(s_key, pred, o_key, doc_id, s.text, s.start, s.end, 0.9 if pred == "governmentOf" else 0.8,
                         rule, "asserted", None, "government"))
    return out


def without_replaced(mentions: Sequence[Mention], finds: GovernmentFinds) -> list[Mention]:
    """The mentions a government mention took over are dropped ("Ethiopian" in "the Ethiopian
    government"); the rest are kept."""
    spans = [(m.start, m.end) for m in finds.mentions if m.kind != "anaphor"]
    return [m for m in mentions if (m.start, m.end) not in finds.replaced
            and not any(a <= m.start and m.end <= b and m.type in {"State", "Government", "Location"} for a, b in spans)
            ] + list(finds.mentions)
