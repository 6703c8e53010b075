"""Find the spans of a document that name actors: gazetteer look-up, then discovery of actors the
gazetteer does not know (acronym definitions, titled persons, appositives, organisation-shaped
names, coordinated lists, demonym groups, occupied areas, place-named meetings and agreements).

Every function here is a pure function of the text and the gazetteer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from kg.extract.lexicon import (FACILITY_HEADS, GENERIC_MODIFIERS, GROUP_NOUNS, MONTHS, ORG_HEADS, SOURCE_HEADS, STOP_CAPS,
                        TITLES, WEEKDAYS)
from kg.extract.spans import ByStart, SpanSet
from kg.models import Mention, Sentence
from kg.text import alternation, finditer_near, fold, searchable, strip_accents

HONORIFICS = frozenset("sheikh shaikh sayyed seyyed sir dame dr mr mrs ms lord lady his her excellency hon honourable honorable prince princess emir king general".split())
TITLE_WORDS = frozenset(w for t in TITLES for w in t.split() if len(w) > 2) - {"the", "and", "of"}
#: Words that head a title, not a body: "Minister of Internal Affairs", "Commissioner for Peace".
OFFICE_HEADS = frozenset("minister president vice-president secretary secretary-general envoy chairman chairperson "
                         "chairwoman commissioner ambassador prime deputy governor mediator representative "
                         "under-secretary-general head".split())
ORDINALS = frozenset("first second third fourth fifth sixth".split())
ACTOR_TYPES_FOR_LISTS = {"ArmedGroup", "PoliticalOrganization", "Government", "InternationalOrganization",
                         "NegotiationFormat"}


def lookup_key(s: str) -> str:
    """Key under which a surface form is looked up: quotes folded, accents stripped, spaces collapsed."""
    return " ".join(strip_accents(fold(s)).split())


# --------------------------------------------------------------------------- gazetteer index

@dataclass
class GazetteerIndex:
    """Surface forms of a gazetteer, ready for matching."""

    exact: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    folded: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # lowercased demonym -> state id
    capitals: dict[str, str] = field(default_factory=dict)  # capital id -> state id
    _demonym_patterns: Any = None

    def demonym_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int] | None:
        """The patterns of groups, occupied areas and joint bodies named by demonyms, and the
        most spaces a demonym has; built once (the demonyms are hundreds)."""
        if self._demonym_patterns is None and self.demonyms:
            dem = "(?i:" + alternation(self.demonyms) + ")"
            body = (r"(?:(?:ceasefire\s+)?(?:monitoring|observation|coordination|control)\s+(?:cent(?:er|re)|mission|group|commission)"
                    r"|observatory|commission|working\s+group|patrols?)")
            self._demonym_patterns = (
                re.compile(rf"\b(?P<dem>{dem})\s+(?:armed\s+|rebel\s+)?(?P<noun>{'|'.join(GROUP_NOUNS)})\b", re.I),
                re.compile(rf"\b(?P<dem>{dem})-occupied\s+(?P<noun>territories|areas|regions|lands|zones|districts|parts)"
                           rf"(?:\s+(?:around|of|in)\s+(?:the\s+)?(?P<place>{NAMEWORD}(?:\s+{NAMEWORD})?))?"),
                re.compile(rf"\b(?:(?P<joint>[Jj]oint)\s+)?(?P<a>{dem})-(?P<b>{dem})\s+(?:[Jj]oint\s+)?(?P<body>{body})\b", re.I),
                max(x.count(" ") for x in self.demonyms))
        return self._demonym_patterns


#: Words without which the demonym patterns cannot match (see :func:`kg.text.finditer_near`).
GROUP_ANCHOR = re.compile(alternation(GROUP_NOUNS), re.I)
OCCUPIED_ANCHOR = re.compile("-occupied")
JOINT_ANCHOR = re.compile("monitoring|observation|coordination|control|observatory|commission|working|patrol", re.I)

_INDEX_CACHE: dict[int, tuple[Any, GazetteerIndex]] = {}


def gazetteer_index(gaz: Any) -> GazetteerIndex:
    """Build (once per gazetteer object) the index used by :class:`GazetteerMatcher`."""
    cached = _INDEX_CACHE.get(id(gaz))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    idx = GazetteerIndex()
    for eid, e in gaz.entries.items():
        idx.types[eid] = e.type
        idx.names[eid] = e.name
    for surface, eid, kind in gaz.surface_forms():
        key = lookup_key(surface)
        if not key:
            continue
        if gaz.case_sensitive(surface):
            idx.exact.setdefault(key, []).append((eid, kind))
        else:
            idx.folded.setdefault(key.casefold(), []).append((eid, kind))
        if kind == "demonym":
            idx.demonyms[key.casefold()] = eid
    for eid, e in gaz.entries.items():
        if e.type == "State" and getattr(e, "capital", None):
            for cid, kind in idx.exact.get(lookup_key(e.capital), []) + idx.folded.get(lookup_key(e.capital).casefold(), []):
                if kind != "capital" and idx.types.get(cid) == "Location":
                    idx.capitals[cid] = eid
    _INDEX_CACHE[id(gaz)] = (gaz, idx)
    return idx


def _choose(cands: list[tuple[str, str]], idx: GazetteerIndex) -> tuple[str, str]:
    order = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}
    return sorted(cands, key=lambda c: (order.get(c[1], 9), c[0]))[0]


class GazetteerMatcher:
    """The gazetteer as two spaCy ``PhraseMatcher``: surfaces matched with their exact case
    (single words and acronyms) and surfaces matched ignoring case (longer names). Patterns are
    read as the parser reads the text (:func:`kg.extract.parse.normalise`)."""

    def __init__(self, gaz: Any, nlp: Any) -> None:
        from spacy.matcher import PhraseMatcher

        from kg.extract.parse import normalise

        self.idx = gazetteer_index(gaz)
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[Any]] = {}
        folded: dict[str, list[Any]] = {}
        for key in self.idx.exact:
            exact.setdefault(key, []).append(nlp.make_doc(normalise(key)))
        for key in self.idx.folded:
            folded.setdefault(key, []).append(nlp.make_doc(normalise(key)))
        for key, docs in exact.items():
            self.exact.add(key, docs)
        for key, docs in folded.items():
            self.folded.add(key, docs)
        self.strings = nlp.vocab.strings

    def mentions(self, text: str, pieces: Iterable[tuple[int, Any]]) -> list[Mention]:
        """Longest gazetteer matches, left to right, never overlapping; offsets into ``text``."""
        idx = self.idx
        out: list[Mention] = []
        for off, doc in pieces:
            found: dict[int, tuple[int, bool, str]] = {}  # start token -> (end token, exact, key)
            for matcher, is_exact in ((self.exact, True), (self.folded, False)):
                for mid, a, b in matcher(doc):
                    cur = found.get(a)
                    if cur is None or b > cur[0] or (b == cur[0] and is_exact and not cur[1]):
                        found[a] = (b, is_exact, self.strings[mid])
            pos = 0
            for a in sorted(found):
                if a < pos:
                    continue
                b, is_exact, key = found[a]
                cands = list(idx.exact.get(key, [])) if is_exact else list(idx.folded.get(key, []))
                if not cands:
                    continue
                start, end = off + doc[a].idx, off + doc[b - 1].idx + len(doc[b - 1].text)
                caps = [c for c in cands if c[1] == "capital"]
                eid, kind = _choose(cands, idx)
                if caps:
                    # a capital: keep the place, and note the state it may stand for
                    place = [c for c in cands if c[1] != "capital"]
                    eid, kind = (_choose(place, idx) if place else caps[0])
                out.append(Mention(start, end, text[start:end], eid, idx.types.get(eid, "Location"), kind,
                                   rule="gazetteer." + kind))
                pos = b
        return out


# --------------------------------------------------------------------------- discovery

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
LETTER = r"[^\W\d_]"
NAMEWORD = (rf"(?:[{UPPER}]{{2,}}(?:-[{UPPER}]{LETTER}*)?(?![a-z])"
            rf"|(?:People|Women|Children)['’]s(?=[ \t]+[{UPPER}])"  # "Sierra Leone People's Party"
            rf"|[{UPPER}](?:{LETTER}|['’`](?=[a-z])(?!s\b))*(?:-{LETTER}(?:{LETTER}|['’`](?=[a-z])(?!s\b))*)*(?:['’](?=\s))?)")
PARTICLE = r"(?:al|el|ad|as|ash|bin|ibn|bint|abu|de|da|di|del|van|von|der|le|la|du|dos|das|ben|arap|wa|Al|El|Abu|Bin|Ibn|De|Van|Von)"
PERSON_NAME = (rf"{NAMEWORD}(?:[ \t]+[{UPPER}]\.(?=[ \t]+[{UPPER}][a-z])|[ \t]+(?:{PARTICLE}[- \t])?{NAMEWORD}"
               rf"|(?:[ \t]+{PARTICLE})?-{NAMEWORD}){{0,4}}")  # a name keeps to its line; "Thomas F. McLarty III"
CONNECT = r"(?:(?:of|for|on|de|du|des|del)(?:[ \t]+the)?|on[ \t]+a|and|la|le|da|do|dos|das|di|el|al)"
#: Heads a name may continue after with "on" ("Agreement on ...", "Conference on ...").
ON_HEADS = frozenset("agreement accord accords treaty convention declaration protocol memorandum understanding conference "
                     "commission charter covenant framework arrangement statement resolution act plan programme program "
                     "dialogue talks consultations negotiations".split())


#: Plural titles before a list of named holders ("Presidents X of A and Y of B").
PLURAL_HEADS = r"Presidents|Prime\s+Ministers|Foreign\s+Ministers|Kings|Emirs|Premiers|Chancellors"


def _title_regex() -> re.Pattern[str]:
    alt = alternation(TITLES, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?P<title>(?i:(?:(?:former|acting|interim|deputy|then-?)\s+)?(?:{alt}|{PLURAL_HEADS})))\s+(?P<name>{PERSON_NAME})")


TITLE_RE = _title_regex()
ACRONYM_RE = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9+&./-]{0,10}|[A-Z]{2,}|[2-5][A-Z])\s*\)")
NUM_TAG = re.compile(r"^\s*\(?\s*(\d)\s*[+-]\s*(\d)\s*\)?")


def _is_caps_word(w: str) -> bool:
    return bool(w) and (w[0].isupper() or w[0].isdigit())


def _stop(w: str) -> bool:
    lw = w.lower().strip(".")
    return lw in STOP_CAPS or lw in MONTHS or lw in WEEKDAYS


def _clean_name(s: str) -> str:
    s = fold(s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    return " ".join(s.split()).strip(" ,;:'\"")


def _head_type(words: list[str]) -> tuple[str | None, int]:
    """Type of an organisation-shaped run of words and the index of its head (last head wins)."""
    best: tuple[str | None, int] = (None, -1)
    for i, w in enumerate(words):
        t = ORG_HEADS.get(w.lower())
        if t:
            best = (t, i)
    return best


@dataclass
class Discovery:
    """Discovered mentions plus relations implied by how they were written (titles, appositives)."""

    mentions: list[Mention] = field(default_factory=list)
    implied: list[tuple[int, str, int, str]] = field(default_factory=list)  # (mention idx, pred, mention idx, rule)
    titles: dict[int, str] = field(default_factory=dict)  # mention idx -> title (persons)


#: A place's name and its kind after it, in lower case ("Akhalgori district", "Cenepa valley").
PLACE_KIND = re.compile(rf"(?<![\w-])(?P<name>{NAMEWORD}(?:[ \t]+{NAMEWORD})?)[ \t]+(?:district|prefecture|valley|province|"
                        rf"governorate|oblast|county|corridor|enclave|mine|crossing|region|area|gorge|peninsula|basin)\b(?![ \t]+of\b)")

#: An organisation's last word, "of" and two to four name words (2d of :func:`discover`).
ORG_OF_NAME = re.compile(rf"(?<![\w-])(?P<head>[{UPPER}][\w'’-]*)[ \t]+of(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>{NAMEWORD}(?:[ \t]+{NAMEWORD}){{1,3}})(?![ \t]+(?:{NAMEWORD}|of\b))")


def _in_dictionary(w: str, words: frozenset[str]) -> bool:
    """Whether a word, or each part of a hyphenated one, is an English word (or an inflection of
    one: "Forces", "Governing", "United")."""
    def known(p: str) -> bool:
        return p in words or any(p.endswith(end) and (p[:-len(end)] in words or p[:-len(end)] + "e" in words)
                                 for end in ("s", "es", "ing", "ed", "d"))
    low = w.lower().strip("'’")
    return known(low) or all(known(p) for p in low.split("-") if p)


#: Words of organisation names in other languages that no English dictionary has ("Ansar Dine",
#: "Jabhat al-Nusra", "Lashkar-e-Taiba"): a name with one of them is no person's.
FOREIGN_ORG_WORDS = frozenset("ansar jabhat jamaat jama'at jamaat jamiat harakat harakah hizb hezb jaish jeish liwa katibat kataib "
                              "ahrar jund tahrir tanzim tanzeem lashkar tehrik tehreek sipah saraya asaib hashd quwat ittihad "
                              "tahaluf fatah fateh nusra nusrat shabaab shabab mujahideen mujahidin frente partido movimiento "
                              "ejército ejercito fuerzas parti mouvement armée conseil rassemblement congrès alliance".split())
#: Name particles that a dictionary may know ("Bilal Ag Acherif", "Omar al-Bashir", "Ould").
NAME_PARTICLES = frozenset("ag al el ad as ash bin ibn bint abu de da di del van von der le la du dos das ben arap wa ould".split())
#: Labels of the pipeline's NER that make a name no person's.
NOT_PERSON_LABELS = frozenset("GPE LOC FAC NORP DATE TIME MONEY PERCENT QUANTITY ORDINAL EVENT LAW LANGUAGE".split())
#: Verbs whose object is a person more often than a place.
PERSON_OBJECT_VERBS = frozenset("meet receive invite host appoint name elect nominate replace succeed welcome thank accuse "
                                "arrest kill assassinate oust overthrow depose defeat urge tell ask sack dismiss swear".split())
#: Prepositions whose object, when a bare name, is an actor, not a place.
ACTOR_PREPOSITIONS = frozenset("by with between under against".split())


def unknown_name_persons(pieces: Iterable[tuple[int, Any]], dictionary: frozenset[str] | None) -> list[tuple[int, int]]:
    """Persons the pipeline's NER misses or calls organisations: a proper name of two to four
    words, in a person's place in the clause (the subject, "by X", "with X", a conjunct or an
    appositive), whose words no English dictionary has ("Faure Gnassingbé hosted", "Bilal Ag
    Acherif signed", "Moussa Faki Mahamat welcomed"). Names of places, of organisations in other
    languages and names with a dictionary word are left to the other rules."""
    if dictionary is None:
        return []
    out: list[tuple[int, int]] = []
    for off, doc in pieces:
        for t in doc:
            if t.pos_ != "PROPN" or t.dep_ in {"compound", "nmod", "flat"} and t.head.pos_ == "PROPN":
                continue
            if t.dep_ == "pobj":
                if t.head.lower_ not in ACTOR_PREPOSITIONS and t.head.dep_ != "agent":
                    continue
            elif t.dep_ == "dobj":
                if t.head.lemma_.lower() not in PERSON_OBJECT_VERBS:
                    continue  # "captured Bani Walid": a place; "received Faure Gnassingbé": a person
            elif t.dep_ not in {"nsubj", "nsubjpass", "conj", "appos"}:
                continue
            words = [t]
            for x in reversed(list(t.lefts)):
                if x.i != words[0].i - 1 or x.dep_ not in {"compound", "nmod", "flat"} or x.pos_ != "PROPN":
                    break
                words.insert(0, x)
            before = doc[words[0].i - 1] if words[0].i > 0 else None
            if before is not None and (before.text == "(" or before.text[:1].isupper() and before.pos_ == "PROPN"
                                       or before.lower_ in NAME_PARTICLES):
                continue  # part of a longer name, or a constituency in brackets: "Ms X (Glan Teifi)"
            if not 2 <= len(words) <= 4 or any(not w.text[:1].isupper() or w.text.isupper() or not w.text[1:2].isalpha()
                                                  or w.ent_type_ in NOT_PERSON_LABELS for w in words):
                continue
            lows = [w.lower_ for w in words]
            if any(p in FOREIGN_ORG_WORDS or p in ORG_HEADS or p in TITLE_WORDS or p in HONORIFICS or _stop(p)
                   for w in lows for p in w.split("-")):
                continue
            # the surname and every other word but the first (a given name a dictionary may have)
            # are unknown; a particle is neither
            if _in_dictionary(lows[-1], dictionary) or any(
                    _in_dictionary(w, dictionary) and w not in NAME_PARTICLES for w in lows[1:-1]):
                continue
            if _in_dictionary(lows[0], dictionary) and words[0].ent_type_ != "PERSON" and not any(
                    w.ent_type_ == "PERSON" for w in words[1:]):
                continue
            out.append((off + words[0].idx, off + words[-1].idx + len(words[-1].text)))
    return out


def discover(text: str, sentences: list[Sentence], gaz_mentions: list[Mention], idx: GazetteerIndex,
             persons: Iterable[tuple[int, int]] = (), entities: Iterable[tuple[int, int, str]] = (),
             dictionary: frozenset[str] | None = None) -> Discovery:
    """Actors the gazetteer does not know, found by the shape of the text (``dictionary``: the
    language pipeline's dictionary of English words, lower-case, when it has one)."""
    d = Discovery()
    ftext = searchable(text)
    sent_starts = {s.start for s in sentences}

    gaz_spans = SpanSet((g.start, g.end) for g in gaz_mentions)
    gaz_by = ByStart(gaz_mentions)
    gaz_longest = max((g.end - g.start for g in gaz_mentions), default=0)
    found = SpanSet()

    def add(start: int, end: int, name: str, typ: str, rule: str, kind: str = "name") -> int:
        if typ == "Person":
            # a title or honorific is not part of the name: "President John Kufuor" is John Kufuor
            while True:
                w = re.match(r"[\w.'-]+\s+", ftext[start:end])
                if not w or len(ftext[start:end].split()) < 3:
                    break
                word = w.group(0).strip().lower().strip(".")
                if word not in TITLE_WORDS and word not in HONORIFICS:
                    break
                start += w.end()
                name = name.split(None, 1)[1] if len(name.split()) > 1 else name
            if re.search(r"\w['’]s$", ftext[start:end]):  # "Khudoiberdiyev's men": the name, not the possessive
                end -= 2
                name = re.sub(r"['’]s$", "", name)
        surface = text[start:end]
        d.mentions.append(Mention(start, end, surface, "", typ, kind, rule=rule, name=_clean_name(name)))
        found.add(start, end)
        return len(d.mentions) - 1

    # 1. titled persons: "Prime Minister Faiez Serraj", "Russian President Vladimir Putin"
    for m in TITLE_RE.finditer(ftext):
        name = m.group("name")
        words = name.split()
        honorifics = 0
        while words and words[0].lower().strip(".") in HONORIFICS:
            words.pop(0)
            honorifics += 1
        # "General Peace Accords", "General Framework Agreement": the name of a document or event
        if any(ORG_HEADS.get(w.lower()) in {"Agreement", "Meeting"} for w in words[1:]):
            continue
        # drop trailing words that are not part of a name (a following capitalised word of a new clause)
        while words and (_stop(words[-1]) or words[-1].lower() in ORG_HEADS):
            words.pop()
        if not words or all(_stop(w) for w in words):
            continue
        if any(w.lower() in ORG_HEADS or w.lower().strip(".") in TITLES for w in words):
            continue
        title = " ".join(m.group("title").lower().split())
        if not title[0].isalpha():
            continue
        start = m.start("name")
        if honorifics:
            start = ftext.find(words[0], start)
        end = start + _span_len(ftext[start:], words)
        # a gazetteer non-person here means the "name" is an organisation ("General Assembly")
        clash = gaz_by.overlapping(start, end, gaz_longest)
        if clash and all(g.type != "Person" for g in clash) and any(g.start <= start and g.end >= end for g in clash):
            continue
        i = add(start, end, " ".join(words), "Person", "discover.title")
        d.titles[i] = title
    # 1b. "the president of Moldova Mircea Snegur": a title, "of" a known state, then the name
    for m in re.finditer(rf"(?i:\b(?:president|prime\s+minister|premier|king|leader|chairman|foreign\s+minister|minister))\s+of\s+(?:the\s+)?(?P<name>{PERSON_NAME})", ftext):
        words = m.group("name").split()
        state = next((g for g in gaz_by.overlapping(m.start("name"), m.end("name"), gaz_longest)
                      if g.start == m.start("name") and g.type == "State"), None)
        if state is None or not ftext[state.end:state.end + 1].isspace():
            continue
        rest = ftext[state.end:m.end("name")].split()
        if not (2 <= len(rest) <= 4) or any(_stop(w) or w.lower() in ORG_HEADS or w.lower() in TITLE_WORDS
                                             or not w[:1].isupper() for w in rest):
            continue
        start = ftext.find(rest[0], state.end)
        end = start + _span_len(ftext[start:], rest)
        if found.overlaps(start, end) or gaz_spans.overlaps(start, end):
            continue
        add(start, end, " ".join(rest), "Person", "discover.title-of")
    # 2. appositives: "Fayez al-Sarraj, the leader of ..."; "The President of X, Arayik Harutyunyan"
    role = r"(?:leader|head|chief|president|chairman|chair|commander|founder|prime\s+minister|premier|speaker|spokesman|spokesperson|envoy|minister|secretary-general|adviser|advisor|negotiator|director|representative|ambassador|commissioner|guerrilla|member|official)"
    for m in re.finditer(rf"(?P<name>{PERSON_NAME}),\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){{0,3}}?{role}\s+(?:of|to)\b", ftext):
        words = m.group("name").split()
        while words and _stop(words[0]):
            words.pop(0)
        if len(words) < 2 or any(w.lower() in ORG_HEADS for w in words):
            continue
        start = m.start("name") + m.group("name").find(words[0])
        add(start, start + _span_len(ftext[start:], words), " ".join(words), "Person", "discover.appositive")
    for m in re.finditer(rf"\b(?:the\s+)?(?P<role>(?:special\s+)?{role})\s+of\s+[^,.;]{{2,80}}?,\s+(?P<name>{PERSON_NAME})(?=\s*[,.;]|\s+(?:said|says|has|had|was|is|also|who))", ftext, re.I):
        words = m.group("name").split()
        if len(words) < 2 or any(w.lower() in ORG_HEADS or _stop(w) or not w[:1].isupper() for w in words):
            continue  # (the pattern ignores case for the role; a name is capitalised)
        start = m.start("name")
        i = add(start, start + _span_len(ftext[start:], words), " ".join(words), "Person", "discover.appositive")
        d.titles[i] = " ".join(m.group("role").lower().split())
    # 2b. persons by context: two to four name words after "by", "under", "according to", or before
    # ", a former ...", ", who", " said", " for the ..." -- when nothing else claims the words
    ctx_before = r"(?:(?<!authored )(?<!written )(?<!edited )(?<!reported )(?<!submitted )(?<!compiled )(?<!photo )(?<!posted )\bby|\bunder|\baccording\s+to|\bwith|\bnegotiator|,)\s+"
    ctx_after = (r"(?=\s*,\s+(?:a|an|the)\s+(?:former\s+|veteran\s+|retired\s+)?[a-z]|\s*,\s+who\b"
                 r"|\s+(?:said|says|told|added|became|was\s+appointed|was\s+elected|was\s+named|was\s+sworn)\b"
                 r"|\s+for\s+the\s|\s+on\s+behalf\s+of\b)")
    for m in re.finditer(rf"(?:{ctx_before})(?P<name>{PERSON_NAME})|(?<![\w-])(?P<name2>{PERSON_NAME}){ctx_after}", ftext):
        g = "name" if m.group("name") else "name2"
        words = m.group(g).split()
        while words and (_stop(words[0]) or words[0].lower().strip(".") in HONORIFICS
                         or words[0].lower().endswith("s") and words[0].lower()[:-1] in TITLE_WORDS):
            words.pop(0)  # "Mr Maskhadov as chief of staff", "Presidents Jamil Mahuad of": the name
        if not (2 <= len(words) <= 5) or any(w.lower() in ORG_HEADS or w.lower() in TITLE_WORDS or _stop(w)
                                              or (w.isupper() and not re.fullmatch(r"[IVX]+", w)) for w in words):
            continue
        start = m.start(g) + m.group(g).find(words[0])
        end = start + _span_len(ftext[start:], words)
        if gaz_spans.overlaps(start, end) or words[-1].lower() in FACILITY_HEADS or LEADER_AFTER.match(ftext, end):
            continue
        add(start, end, " ".join(words), "Person", "discover.context-person")
    # 2c. persons the language pipeline's NER finds: "Richard Holbrooke", "Ratko Mladic" -- two to
    # four name words that neither the gazetteer nor the lexicon knows as something else
    for a, b in persons:
        # the pipeline sometimes stops a name a word short: "Ahmad Tejan" of "Ahmad Tejan Kabbah of ..."
        while len(ftext[a:b].split()) < 4 and ftext[a:b][-1:].isalpha() \
                and (more := _last_name_word(ftext, b, idx, gaz_spans)) is not None:
            b = more
        words = ftext[a:b].split()
        while words and (_stop(words[0]) or words[0].lower().strip(".") in HONORIFICS or words[0].lower() in TITLE_WORDS):
            words.pop(0)
        while words and (words[-1] in {"'s", "'"} or _stop(words[-1])):
            words.pop()
        if not (2 <= len(words) <= 4) or lookup_key(words[0]) in idx.folded or words[0].lower() in idx.demonyms \
                or any(w.lower() in ORG_HEADS or w.lower() in TITLE_WORDS or w.lower() in idx.demonyms
                       or w.lower() in FOREIGN_ORG_WORDS or (_stop(w) and not re.fullmatch(r"[A-Z]\.", w))  # "Vassily A. Nebenzia": an initial
                       or not w[:1].isupper() or (w.isupper() and len(w) > 1 and not re.fullmatch(r"[IVX]+|[A-Z]\.", w)) for w in words):
            continue
        start = a + ftext[a:b].find(words[0])
        end = start + _span_len(ftext[start:], words)
        if gaz_spans.overlaps(start, end) or found.overlaps(start, end):
            continue
        if words[-1].lower() in FACILITY_HEADS:  # "Chapultepec Castle", "Lancaster House": a venue
            add(start, end, " ".join(words), "Location", "discover.venue")
            continue
        if LEADER_AFTER.match(ftext, end):  # "Sinn Féin leader Gerry Adams": the body the person leads
            add(start, end, " ".join(words), "Organization", "discover.led-body")
            continue
        add(start, end, " ".join(words), "Person", "discover.ner-person")
    # 2d. a person named after an organisation and "of": "the Nepali Congress of Girija Prasad
    # Koirala", "the CNDD-FDD of Jean-Bosco Ndayikengurukiye" -- the language pipeline reads the
    # whole as one organisation; name words that no English dictionary has, or a surname the text
    # gives a person, make the end a person (who leads the organisation)
    if dictionary is not None:
        surnames = {x.surface.split()[-1] for x in d.mentions if x.type == "Person"}
        for m in ORG_OF_NAME.finditer(ftext):
            head, name = m.group("head"), m.group("name").split()
            if not (head.lower() in ORG_HEADS or re.fullmatch(rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})*", head)):
                continue
            if any(_stop(w) or w.lower() in ORG_HEADS or w.lower() in TITLE_WORDS or w.lower() in idx.demonyms
                   or w.lower() in GENERIC_MODIFIERS or lookup_key(w).casefold() in idx.folded or w.isupper() for w in name):
                continue
            unknown = [not _in_dictionary(w, dictionary) for w in name]
            if not (all(unknown) or name[-1] in surnames and unknown[-1]):
                continue
            start, end = m.start("name"), m.end("name")
            if not (gaz_spans.overlaps(start, end) or found.overlaps(start, end)):
                add(start, end, " ".join(name), "Person", "discover.org-of-person")
    # 3. organisation-shaped names: runs of capitalised words ending in a head noun
    gaz_starts = {g.start for g in gaz_mentions}
    gaz_ends = {g.start: g.end for g in gaz_mentions}
    for m in re.finditer(rf"(?<![\w-])(?:\d{{4}}[ \t]+)?{NAMEWORD}(?:[ \t]+(?:{CONNECT}[ \t]+)*{NAMEWORD}|-{NAMEWORD})*", ftext):
        _org_run(ftext, m, d, sent_starts, idx, add, gaz_starts, gaz_ends)
    # 3b. a group named by its number alone: "the Troika", "the Quartet" (capitalised, so a name)
    for m in re.finditer(r"(?<![\w-])[Tt]he[ \t]+(?P<x>(?:Troika|Quartet|Quintet|Quint|Quad|Sextet))\b(?![ \t]+(?:of|on|for)\b)", ftext):
        start, end = m.start("x"), m.end("x")
        if not (gaz_spans.overlaps(start, end) or found.overlaps(start, end)):
            add(start, end, m.group("x"), "NegotiationFormat", "discover.number-group")
    # organisation names that list words: "AU Monitoring, Verification and Compliance Mission"
    caps_heads = "Mission|Committee|Commission|Council|Centre|Center|Group|Team|Forum|Mechanism|Front|Alliance|Movement|Party|Authority|Agency|Office|Organization|Organisation|Union|League|Board|Directorate|Unit"
    for m in re.finditer(rf"(?<![\w-])(?:[A-Z]{{2,}}[ \t]+)?{NAMEWORD}(?:,[ \t]+{NAMEWORD})+,?[ \t]+and[ \t]+(?:{NAMEWORD}[ \t]+){{0,2}}(?:{caps_heads})\b", ftext):
        inner = [g for g in gaz_by.between(m.start() + 1, m.end()) if g.type in {"State", "Location", "Person"}]
        if inner or any(_stop(w) for w in m.group(0).split()[1:2]):
            continue
        typ, _ = _head_type(m.group(0).replace(",", " ").split())
        add(m.start(), m.end(), m.group(0), typ or "Organization", "discover.org-name")
    # lowercase heads after a capitalised modifier: "Berlin conference", "Armenian parliament"
    low_heads = ("conference|summit|talks|process|format|parliament|government|agreements?|accords?|ceasefire|memorandum|"
                 "declaration|treaty|senate|opposition|party|alliance|coalition|movement|army|front|militia|mission|"
                 "meeting|dialogue|round|arrangement|truce|consensus")
    for m in re.finditer(rf"\b(?P<mod>(?:{NAMEWORD}\s+){{1,3}})(?:(?:ceasefire|peace|security|cooperation|interim|final|framework|political)\s+)?(?P<head>{low_heads})\b", ftext):
        mods = m.group("mod").split()
        while mods and (_stop(mods[0]) or re.search(r"-(?:[a-z]+ed|based|run)$", mods[0])):
            mods.pop(0)
        if mods and re.search(r"-(?:[a-z]+ed|led|run|based)$", mods[-1]):
            continue  # "a United Nations-backed conference": a described one, its backer named before the hyphen
        if not mods or any(w.lower() in MONTHS or w.lower() in ORG_HEADS for w in mods):
            continue  # a head noun is no modifier: "Agreement Type Peace agreement" is two fields of an infobox
        if all(w.lower() in GENERIC_MODIFIERS for w in mods):
            continue  # "Type: Comprehensive peace agreement": a description that starts a line, no name
        head = m.group("head")
        typ = ORG_HEADS.get(head, "Agreement")
        start = m.start("mod") + m.group("mod").find(mods[0])
        if start == m.start("mod") and (pre := re.search(r"(?<![\w-])(?:inter|intra|pan|all)-$", ftext[max(0, start - 7):start], re.I)):
            start -= len(pre.group(0))  # "the inter-Tajik talks": the prefix is part of the name
        mod_text = " ".join(mods)
        # "Russian government" stands for the state; a place/demonym + head names an event or body
        if head in {"government", "army", "military", "forces"} and mod_text.lower() in idx.demonyms:
            continue  # "the Congolese army" stands for the state
        if head == "opposition":
            if mod_text.lower() not in idx.demonyms:
                continue
            typ = "ArmedGroup"
        add(start, m.end(), " ".join(ftext[start:m.end()].split()), typ, "discover.modifier-head")
    # 4. acronym definitions not attached to a known mention: "Joint Centre for Control and Coordination (JCCC)"
    for m in ACRONYM_RE.finditer(ftext):
        acr = m.group("acr")
        before = ftext[max(0, m.start() - 160):m.start()].rstrip()
        words = re.findall(r"[\w'’-]+", before)[-16:]
        long = _acronym_long_form(acr, words)
        loose = long is None and (long := _acronym_long_form(acr, words, loose=True)) is not None
        if long:
            start = m.start() - (len(ftext[:m.start()]) - len(ftext[:m.start()].rstrip())) - len(long)
            if ftext[start:start + len(long)] == long:
                heads = [ORG_HEADS[w.lower()] for w in long.split() if w.lower() in ORG_HEADS]
                if loose and not heads:
                    continue
                # a long official name keeps the kind of its first head: "Agreement on the Resolution of
                # the Conflict in the Republic of South Sudan" is an agreement, not a republic
                typ = heads[0] if loose else _head_type(long.split())[0]
                add(start, start + len(long), long, typ or "Organization", "discover.acronym")
    # 5. demonym groups: "the Chadian opposition", "Syrian rebels"
    patterns = idx.demonym_patterns()
    if patterns:
        # (these patterns are tried only a few words before the word each match needs)
        groups, occupied, joint, spaces = patterns
        for m in finditer_near(groups, ftext, GROUP_ANCHOR, spaces + 2):
            if not m.group("dem")[0].isupper():
                continue
            if re.match(rf"\s+(?:of|from|under)\s+(?:the\s+)?{NAMEWORD}", ftext[m.end():m.end() + 60]):
                continue  # "Russian paramilitaries of the Wagner Group": the group named after them
            add(m.start(), m.end(), f"{m.group('dem')} {m.group('noun')}", GROUP_NOUNS[m.group("noun").lower()],
                "discover.demonym-group")
        # 6. occupied areas: "Armenian-occupied territories around Nagorno-Karabakh"
        for m in finditer_near(occupied, ftext, OCCUPIED_ANCHOR, spaces):
            name = m.group(0)
            add(m.start(), m.end(), name, "Location", "discover.occupied")
        # 7. joint bodies of two states: "joint Russian-Turkish observatory / ceasefire monitoring center"
        for m in finditer_near(joint, ftext, JOINT_ANCHOR, 2 * spaces + 4):
            add(m.start(), m.end(), m.group(0), "NegotiationFormat", "discover.joint-body")
    # 8. resolutions: "UN Security Council Resolution 2510"
    for m in re.finditer(r"\b(?:(?:UN|United Nations)\s+Security\s+Council\s+|UNSC\s+|Security\s+Council\s+)?(?:Resolution|resolution)\s+\d{2,5}(?:\s+\(\d{4}\))?|\bUNSCR\s+\d{2,5}\b|\bS/RES/\d{2,5}\s+\(\d{4}\)", ftext):
        add(m.start(), m.end(), m.group(0), "Agreement", "discover.resolution")
    # 9. meetings named by their place: "talks last night in Moscow", "meeting held in Moscow"
    for m in re.finditer(r"\b(?:[a-z]+-)?(?P<head>talks|meeting|summit|conference|negotiations|(?<![^.!?\n]\s)(?:Talks|Negotiations))\s+(?:(?:last|this|next)\s+(?:night|week|month|year)\s+)?(?:(?:held|hosted|convened|organi[sz]ed)\s+)?in\s+(?P<place>[A-Z][\w-]+)", ftext):
        place = [g for g in gaz_by.at(m.start("place")) if g.type == "Location"]
        if place:
            add(m.start(), m.end(), f"{m.group('place')} {m.group('head').lower()}", "Meeting", "discover.place-meeting")
    # 9a. forces named after a region or people the gazetteer has no state for: "Tigrayan forces"
    for m in re.finditer(rf"(?<![\w-])(?P<adj>[{UPPER}][a-z]+(?:an|ian|ese|i|ish))\s+(?P<noun>forces|fighters|militias?|rebels|troops)\b", ftext):
        if m.group("adj").lower() in idx.demonyms or _stop(m.group("adj")):
            continue
        add(m.start(), m.end(), m.group(0), "ArmedGroup", "discover.regional-forces")
    for g in gaz_mentions:
        if g.type == "Location" and re.match(r"\s+(?:forces|fighters|militias?)\b", ftext[g.end:g.end + 12]):
            tail = re.match(r"\s+(?:forces|fighters|militias?)\b", ftext[g.end:g.end + 12])
            add(g.start, g.end + tail.end(), ftext[g.start:g.end + tail.end()], "ArmedGroup", "discover.regional-forces")
    # 9c. "Zamboanga City", "Gaza City": a name and "City"
    for m in re.finditer(rf"(?<![\w-]){NAMEWORD}(?:[ \t]+{NAMEWORD})?[ \t]+City\b", ftext):
        if not _stop(m.group(0).split()[0]):
            add(m.start(), m.end(), m.group(0), "Location", "discover.place")
    # 9b. places introduced as such: "the southwestern city of Ghadames", "a military base in Puerto Jordan"
    for m in re.finditer(rf"\b(?:(?:city|town|village|port|region|province|district|governorate|oblast|enclave|department)\s+of|(?:base|camp|airport|town|village|city|port)\s+(?:in|near))\s+(?P<name>{NAMEWORD}(?:[ \t]+(?:(?:da|de|do|del|al|el)[ \t]+)?{NAMEWORD})?)", ftext):
        if not _stop(m.group("name").split()[0]):
            add(m.start("name"), m.end("name"), m.group("name"), "Location", "discover.place")
    # 9e. places named with their kind after them: "the Akhalgori district", "the Ouham-Pende
    # prefecture", "the Bekaa valley", "the Panguna mine" (the name and its kind together)
    for m in PLACE_KIND.finditer(ftext):
        name = m.group("name")
        first = name.split()[0]
        if _stop(first) or first.lower() in idx.demonyms or first.lower() in GENERIC_MODIFIERS or first.lower() in ORG_HEADS \
                or first.lower() in MONTHS or first.lower() in TITLE_WORDS:
            continue
        start, end = m.start("name"), m.end()
        if gaz_spans.overlaps(start, m.end("name")) or found.overlaps(start, end):
            continue
        add(start, end, " ".join(ftext[start:end].split()), "Location", "discover.place-kind")
    # 9d. organisations and places the language pipeline's NER finds and nothing else claimed:
    # typed by their head noun ("... Liberation Front"), else an organisation of unknown kind (kept
    # only when a relation uses it); GPE, LOC and FAC entities are places, unless the name is a
    # person's found before ("President Kabbah": "Kabbah" is no place elsewhere in the text)
    person_names = {w for x in d.mentions if x.type == "Person" for w in (x.surface, x.surface.split()[-1])}
    for a, b, label in entities:
        words = ftext[a:b].split()
        while words and (_stop(words[0]) or words[0].lower() in {"the", "a", "an"}):
            words.pop(0)
        while words and (words[-1] in {"'s", "'"} or _stop(words[-1])):
            words.pop()
        if not words or not words[0][:1].isupper() or all(w.lower() in ORG_HEADS for w in words):
            continue
        start = a + ftext[a:b].find(words[0])
        end = start + _span_len(ftext[start:], words)
        if gaz_spans.overlaps(start, end) or found.overlaps(start, end):
            continue
        name = " ".join(words)
        if " and " in f" {name} " and any(w in person_names for w in words):
            continue  # "Mahuad and Fujimori": two persons, no organisation
        if label == "ORG":
            if len(name) < 2 or name.isdigit() or lookup_key(name).casefold() in idx.folded \
                    or (len(words) == 1 and not (name.isupper() and 2 <= len(name) <= 8)):
                continue  # one capitalised word ("Defense", "State") is too often a fragment
            role = [w.lower() for w in words]
            while len(role) > 2 and role[0] in {"special", "personal", "high", "chief", "senior", "first", "executive"}:
                role.pop(0)
            if " ".join(role) in TITLES or \
                    len(role) > 1 and role[0] in OFFICE_HEADS and (role[1] in {"of", "for"} or role[1] in OFFICE_HEADS):
                continue  # "the Minister of Internal Affairs, X", "Deputy Minister", "Personal Representative of": a title
            typ, _ = _head_type(words)
            add(start, end, name, typ or acronym_type(name) or "Organization", "discover.ner-org")
        elif label in {"GPE", "LOC", "FAC"} and not name.isupper() and name.lower() not in idx.demonyms \
                and name not in person_names:
            add(start, end, name, "Location", "discover.ner-place")
    # 10. coordinated lists: an unknown name listed with known actors of one type ("the DNR and NRL")
    known = ByStart(gaz_mentions + d.mentions)
    known_spans = SpanSet((k.start, k.end) for k in known.items)
    for m in re.finditer(r"(?<![\w-])(?P<x>[A-Z]{2,6}|[A-Z][a-z]{3,})(?![\w-])(?![ \t]+[A-Z])", ftext):
        if known_spans.overlaps(m.start(), m.end()) or _stop(m.group("x")) or m.group("x").lower() in ORG_HEADS:
            continue  # "the Government and the Houthis": a bare head noun refers, it names nothing new
        if m.start() in sent_starts:
            continue
        neigh = _list_neighbours(ftext, m.start(), m.end(), known.between(m.start() - 200, m.end() + 41))
        types = {k.type for k in neigh}
        if neigh and len(types) == 1 and types <= ACTOR_TYPES_FOR_LISTS:
            add(m.start(), m.end(), m.group("x"), types.pop(), "discover.list")
    # 10b. a full name listed with persons ("Julius Nyerere and Nelson Mandela") is a person too,
    # whatever the pipeline's NER made of it
    people = [k for k in known.items if k.type == "Person"]
    if people:
        person_known = ByStart(people)
        for m in re.finditer(r"(?<![\w-])(?P<x>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})(?![\w-])(?![ \t]+[A-Z])", ftext):
            words = m.group("x").split()
            if known_spans.overlaps(m.start(), m.end()) or m.start() in sent_starts or lookup_key(words[0]) in idx.folded \
                    or any(_stop(w) or w.lower() in ORG_HEADS or w.lower() in TITLE_WORDS or w.lower() in idx.demonyms
                           or w.lower() in FACILITY_HEADS or lookup_key(w) in idx.folded for w in words):
                continue
            neigh = _list_neighbours(ftext, m.start(), m.end(), person_known.between(m.start() - 200, m.end() + 41))
            if neigh:
                add(m.start(), m.end(), m.group("x"), "Person", "discover.list-person")
    # 11. appositive group names: "operations room, Volcano of Anger,"
    for m in re.finditer(rf"\b(?P<noun>operations\s+room|militia|armed\s+group|rebel\s+group|coalition|faction|brigade|movement|party|force|mission|operation|contingent),\s+(?P<name>{NAMEWORD}(?:\s+(?:of|the|al|for)\s+{NAMEWORD}|\s+{NAMEWORD}){{0,4}})\s*[,.;]", ftext):
        noun = m.group("noun").lower()
        typ = {"party": "PoliticalOrganization", "movement": "PoliticalOrganization", "mission": "InternationalOrganization",
               "operation": "ArmedGroup"}.get(noun, "ArmedGroup")
        if _stop(m.group("name").split()[0]):
            continue
        add(m.start("name"), m.end("name"), m.group("name"), typ, "discover.appositive-group")
    # 11b. signature blocks: the names under "For the Government of X:" are persons who sign
    for blk in SIGNATURE_BLOCK.finditer(ftext):
        pos = blk.end()
        for line in re.finditer(r"[^\n]*\n?", ftext[blk.end():]):
            body = line.group(0)
            if not body.strip() or SIGNATURE_BLOCK.match(ftext, pos) or pos >= len(ftext):
                break
            a = pos + len(body) - len(body.lstrip())
            pos += len(body)
            name = signature_name(ftext[a:pos].rstrip())
            if name is not None:
                b = a + name[1]
                a += name[0]
                if gaz_by.between(a, b):
                    continue
                clash = [i for i, x in enumerate(d.mentions) if x.start < b and a < x.end]
                if not clash:
                    add(a, b, ftext[a:b], "Person", "discover.signature")
                elif all(d.mentions[i].type != "Person" or d.mentions[i].start < a for i in clash):
                    # the line names a person, whatever the recogniser made of it ("Comandante X", an "ORG")
                    i = clash[0]
                    d.mentions[i] = Mention(a, b, text[a:b], "", "Person", "name", rule="discover.signature",
                                            name=_clean_name(ftext[a:b]))
                    for j in clash[1:]:
                        d.mentions[j] = replace(d.mentions[j], start=a, end=b, type="Person", rule="discover.signature",
                                                surface=text[a:b], name=_clean_name(ftext[a:b]))
                    found.add(a, b)
    # 12. a short name in capitals that nothing defined ("RENAMO signed", "the CNDD-FDD leader"): an
    # organisation of unknown kind, kept only when a relation uses it. Not in a line written in
    # capitals (headings, datelines), not a speaker's label ("FERRIS:"), not a roman numeral.
    taken = SpanSet((k.start, k.end) for k in gaz_mentions + d.mentions)
    in_capitals: dict[int, bool] = {}  # line start -> whether the line is written in capitals (once a line)
    breaks = [x.start() for x in re.finditer("\n", ftext)]
    for m in re.finditer(r"(?<![\w'’/-])[A-Z][A-Z0-9]{2,9}(?:[-/][A-Z0-9]{1,8})?(?![\w/-])(?!['’]?\s*:)", ftext):
        word = m.group(0)
        if taken.overlaps(m.start(), m.end()) or _stop(word) or ROMAN.fullmatch(word) or sum(c.isalpha() for c in word) < 3:
            continue
        k = bisect_left(breaks, m.start())
        line_a = breaks[k - 1] + 1 if k else 0
        if line_a not in in_capitals:
            line = ftext[line_a:breaks[k] if k < len(breaks) else len(ftext)]
            in_capitals[line_a] = sum(c.islower() for c in line) < 0.4 * sum(c.isalpha() for c in line)
        if in_capitals[line_a] or lookup_key(word).casefold() in idx.folded:
            continue
        if not ftext[line_a:m.start()].strip() and re.match(r",[ \t]*[A-Z][a-z]{2,}|[ \t]+\([A-Z][^)\n]{1,30}\)[ \t]*[-–—]",
                                                            ftext[m.end():m.end() + 40]):
            # "CRANS-MONTANA, Switzerland, July 7 (Reuters) -": a dateline's place
            add(m.start(), m.end(), word.title(), "Location", "discover.dateline-place")
            continue
        add(m.start(), m.end(), word, acronym_type(word) or "Organization", "discover.caps-name")
    return d


#: The line that opens a signature block: "For the Government of the Republic of X:", "On behalf of
#: the URNG:", "Signed for the United Nations:".
SIGNATURE_BLOCK = re.compile(r"(?im)^[ \t]*(?:signed[ \t]+)?(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?P<side>[^\n:]{2,120}?)[ \t]*:[ \t]*\n")
#: A signatory's line: titles before the name, a comma and an office after it.
_SIGNATORY = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:(?:de|del|la|van|von|bin|ibn|al|el|da|dos|y)[ \t]+)?[A-ZÀ-Þ][\w'’.-]+){1,4})[ \t]*(?:,.*|\(.*\))?$")


def signature_name(line: str) -> tuple[int, int] | None:
    """Where the person's name lies in a signatory's line ("General Otto Pérez Molina", "Boutros
    Boutros-Ghali, Secretary-General"), or None when the line is no name."""
    words = line.split()
    skip = 0
    while words and (words[0].lower().strip(".") in HONORIFICS or words[0].lower() in TITLE_WORDS
                     or words[0].lower() in {"comandante", "commander", "ambassador", "minister", "colonel", "h.e."}):
        skip = line.index(words[0], skip) + len(words[0])
        words.pop(0)
    rest = line[skip:]
    lead = len(rest) - len(rest.lstrip())
    m = _SIGNATORY.fullmatch(rest.strip())
    if m is None or len(line) > 90 or any(w.lower() in ORG_HEADS for w in m.group("name").split()):
        return None
    return skip + lead, skip + lead + m.end("name")


#: Acronyms of United Nations and European Union missions ("UNMIN", "UNAMID", "MINUSMA", "MONUSCO",
#: "EULEX", "EUFOR"): the English and French forms the UN and the EU give their operations.
MISSION_ACRONYM = re.compile(r"(?:UN(?!IT)[A-Z]{3,6}|MINU[A-Z]{2,5}|MONU[A-Z]{1,4}|EU[A-Z]{2,5})")


def acronym_type(word: str) -> str | None:
    """The kind of body an unknown acronym names when its shape says so, else None."""
    return "InternationalOrganization" if MISSION_ACRONYM.fullmatch(word) else None


#: A leader's title and a name after a name: that name is the body led ("Sinn Féin leader Gerry
#: Adams", "Hamas chief Ismail Haniyeh").
LEADER_AFTER = re.compile(rf"[ \t]+(?:leader|chairman|chairwoman|chief|founder|commander|secretary-general)[ \t]+{NAMEWORD}")

ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _last_name_word(ftext: str, end: int, idx: GazetteerIndex, gaz_spans: SpanSet) -> int | None:
    """Where a person's name ends if the word after ``end`` is its last word (a name word that is
    no stop word, title, organisation head, demonym, acronym or known name, with neither a
    possessive nor another name word after it), else None."""
    nxt = re.match(rf"[ \t]+({NAMEWORD})(?![\w'’-])", ftext[end:end + 40])
    if nxt is None:
        return None
    word, low = nxt.group(1), nxt.group(1).lower()
    if _stop(word) or word.isupper() or low in ORG_HEADS or low in TITLE_WORDS or low in idx.demonyms \
            or lookup_key(word) in idx.folded or gaz_spans.overlaps(end + nxt.start(1), end + nxt.end(1)):
        return None
    if re.match(rf"['’]s\b|[ \t]+{NAMEWORD}", ftext[end + nxt.end(1):end + nxt.end(1) + 40]):
        return None
    return end + nxt.end(1)


def _span_len(s: str, words: list[str]) -> int:
    pos = 0
    for w in words:
        j = s.find(w, pos)
        if j < 0:
            break
        pos = j + len(w)
    return pos


@dataclass(frozen=True)
class _Run:
    """A piece of a run of capitalised words, shaped like the regex match :func:`_org_run` takes."""

    text: str
    at: int

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.text)


def _org_run(ftext: str, m: re.Match[str], d: Discovery, sent_starts: set[int], idx: GazetteerIndex, add: Any,
             gaz_starts: set[int] = frozenset(), gaz_ends: dict[int, int] | None = None) -> None:
    gaz_ends = gaz_ends or {}
    # persons found before are not part of an organisation's name: "Franjo Tudjman for Croatia and
    # Slobodan Milosevic for the Federal Republic of Yugoslavia" leaves the pieces between them
    persons = sorted((x for x in d.mentions if x.type == "Person" and m.start() <= x.start < m.end()),
                     key=lambda x: x.start)
    if persons:
        pos = m.start()
        for x in [*persons, None]:
            end = x.start if x is not None else m.end()
            piece = ftext[pos:end]
            if x is not None:  # "the Government of President X": the title belongs to X
                while (w := re.search(r"(?:^|\s+)(\S+)\s*$", piece)) and (
                        w.group(1).lower() in TITLE_WORDS or w.group(1).lower().strip(".") in HONORIFICS
                        or w.group(1).lower() in {"of", "the", "for"}):
                    piece = piece[:w.start()]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                _org_run(ftext, _Run(piece.strip(), pos + lead), d, sent_starts, idx, add, gaz_starts, gaz_ends)
            if x is not None:
                pos = max(pos, x.end)
        return
    run = m.group(0)
    # "on" joins a name only after a head that takes it ("Agreement on the Cessation of
    # Hostilities", "Conference on Libya"): "the High Council of the State on the Ceasefire
    # Agreement" is two names
    for a in re.finditer(r"(\S+)[ \t]+on[ \t]+", run):
        if a.group(1).lower() not in ON_HEADS:
            run = run[:a.start(1) + len(a.group(1))]
            break
    for a in re.finditer(r"[ \t]+and[ \t]+", run):
        after = run[a.end():].split(None, 1)[0].lower() if run[a.end():].strip() else ""
        if m.start() + a.end() in gaz_starts or after in OFFICE_HEADS:
            run = run[:a.start()]  # "the Republic of Ghana and Chairman of the African Union": two phrases
            break
    # "and of", "and for": two phrases coordinated, not one name ("the High-Level Committee and of
    # the Joint Security Committee"); the first name ends before the "and"
    joint = re.search(r"[ \t]+and[ \t]+(?:of|for|on|to)[ \t]+", run)
    if joint:
        rest, rest_at = run[joint.end():], m.start() + joint.end()
        if (the := re.match(r"the[ \t]+", rest)) is not None:
            rest, rest_at = rest[the.end():], rest_at + the.end()
        run = run[:joint.start()]
        if rest[:1].isupper():
            _org_run(ftext, _Run(rest, rest_at), d, sent_starts, idx, add, gaz_starts, gaz_ends)
    words = run.split()
    offset = m.start()
    # split at "of (the)" before a second head ("Ministry of Defense of the Government of National Unity")
    pieces: list[tuple[int, str]] = [(offset, run)]
    parts = re.split(r"\s+of\s+(?:the\s+)?(?=(?:[A-Z]\w+\s+){0,2}(?:Government|Ministry|Council|Republic|Commission|Union)\b)", run)
    if len(parts) > 1:
        pieces, pos = [], offset
        for p in parts:
            j = ftext.find(p, pos)
            pieces.append((j, p))
            pos = j + len(p)
    for start, text_ in pieces:
        words = text_.split()
        while words and ((_stop(words[0]) and (words[0].lower() not in ORDINALS or start in sent_starts))
                         or words[0].lower() in {"of", "for", "and", "on", "the", "de"}
                         or re.search(r"-(?:[a-z]+ed|based|run|style)$", words[0])):
            start = ftext.find(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if not words:
            continue
        # a role before "of": "Co-Chair of the OSCE Minsk Group" names the group, not the role
        lw = [w.lower() for w in words]
        if "of" in lw[1:3] and (" ".join(lw[: lw.index("of")]) in TITLES or lw[0] in TITLES):
            cut = lw.index("of") + 1 + (1 if lw[lw.index("of") + 1:lw.index("of") + 2] == ["the"] else 0)
            start = ftext.find(words[cut], start) if cut < len(words) else start
            words = words[cut:]
        if not words:
            continue
        typ, h = _head_type(words)
        if typ is None:
            continue
        # "Government of X": the head first; "X Y Commission": the head last. Trailing non-head words
        # after the last head are dropped unless joined by "of/for" ("Centre for Control and Coordination").
        tail = words[h + 1:]
        french = h == 0 and 1 <= len(tail) <= 2 and all(w[:1].isupper() and not _stop(w) and w.lower() not in TITLE_WORDS
                                                       and lookup_key(w).casefold() not in idx.folded for w in tail)
        if tail and not (tail[0].lower() in {"of", "for", "on"}) and not french:
            words = words[: h + 1]  # ("Forces Nouvelles", "Front Populaire": the head first, in French order)
        while words and words[-1].lower() in {"of", "for", "and", "the", "on", "de"}:
            words.pop()
        low_words = [w.lower() for w in words]
        if "on" in low_words[1:] and (low_words[-1] in idx.demonyms or " ".join(low_words[-2:]) in idx.demonyms):
            # "Six-Party Talks on the North Korean [nuclear issue]": a name cut at an adjective is the name before "on"
            words = words[:low_words.index("on", 1)]
        if len(words) < 2:
            continue
        if typ == "Government" and re.fullmatch(r"(?:Ministry|Department|Office)\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+Affairs)?", " ".join(words)):
            continue  # "Ministry of Defense" alone: whose?
        name = " ".join(words)
        end = start + _span_len(ftext[start:], words)
        low = [w.lower() for w in words]
        if typ in {"Agreement", "Meeting"} and all(w in GENERIC_MODIFIERS or w in MONTHS or w.isdigit() or ORG_HEADS.get(w) == typ for w in low):
            continue  # generic: "the Ceasefire Agreement" is an anaphor, handled later
        if any(w in {"media", "press", "news", "information", "studies", "research", "publishing"} for w in low):
            typ = "Organization"  # an outlet or a think tank: a source, not a conflict actor
        if typ in {"Government", "PoliticalOrganization"} and len(words) == 2 and low[0] in idx.demonyms and low[1] in {"government", "authorities", "administration", "state"}:
            continue
        # missions named by where they are: "SADC Mission in the DRC", "UN Support Mission in Libya"
        where = re.match(rf"[ \t]+(?:in|to)[ \t]+(?:the[ \t]+)?{NAMEWORD}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?{NAMEWORD}){{0,3}}", ftext[end:end + 80])
        if where and where.group(0).split()[0] == "to" and low[-1] not in {"mission", "office", "presence"}:
            where = None  # "the Mission to Solomon Islands"; not "the Commission to Geneva"
        if where and low[-1] in {"mission", "office", "force", "operation", "presence", "conflict", "crisis", "war"}:
            end += where.end()
            name = " ".join(ftext[start:end].split())
        elif where and (acr := re.match(r"\s*\(([A-Z][A-Za-z-]{1,11})\)", ftext[end + where.end():end + where.end() + 16])):
            # "the Movement for Democracy in Liberia (MODEL)": the acronym spells the place too
            longer = ftext[start:end + where.end()].split()
            if _spells_place(acr.group(1), words, longer[len(words):]):
                end += where.end()
                name = " ".join(longer)
        # numeric format tag after the name: "Joint Military Commission 5-5"
        tag = NUM_TAG.match(ftext[end:end + 8])
        if tag and typ == "NegotiationFormat":
            end += tag.end()
            name = f"{name} {tag.group(1)}+{tag.group(2)}"
        before = re.search(r"(\d)\s*[+-]\s*(\d)\s+$", ftext[max(0, start - 8):start])
        if before and typ == "NegotiationFormat":
            start -= len(before.group(0))
            name = f"{name} {before.group(1)}+{before.group(2)}"
        known_end = gaz_ends.get(start)
        if known_end is not None and end > known_end and re.match(r"\s+(?:of|for)\s", ftext[known_end:end]):
            continue  # "the Rapid Support Forces of Mohamed Hamdan Dagalo": the known name, then its leader
        rule = "discover.org-name"
        if typ == "Organization" or low[-1] in SOURCE_HEADS:
            rule = "discover.source-name"
        add(start, end, name, typ, rule)


#: Words an acronym skips ("Movement for Democracy in Liberia" is MODEL, not MFDIL).
ACRONYM_MINOR = frozenset({"of", "for", "and", "the", "in", "on", "de", "du", "des", "to",
                           "pour", "la", "le", "les", "en", "et", "au", "aux", "sur"})  # French names: "Union pour la paix en Centrafrique"


def _acronym_long_form(acr: str, words: list[str], loose: bool = False) -> str | None:
    """The shortest run of words before "(ACR)" whose initials spell the acronym; ``loose``: whose
    initials hold the acronym's letters in order, starting with its first, with at most three words
    to spare ("Union for Peace in the Central African Republic (UPC)")."""
    letters = [c for c in acr.upper() if c.isalpha()]
    if re.fullmatch(r"[2-5][A-Z]", acr):  # "Return, Reclamation and Rehabilitation (3R)": three R-words
        letters = [acr[1]] * int(acr[0])
    if len(letters) < 2:
        return None
    for n in range(1, min(len(words), 16 if loose else 12) + 1):
        cand = words[-n:]
        if cand[0].lower() in ACRONYM_MINOR or not cand[0][0].isupper():
            continue
        major = [w for w in cand if w.lower() not in ACRONYM_MINOR]
        initials = [w[0].upper() for w in major]
        if not all(w[0].isupper() for w in major):
            # "Front populaire pour la renaissance de la Centrafrique (FPRC)": a name in French
            # capitalises its first word only; every word spells the acronym, the last a name
            if not loose and initials == letters and len(major) >= 3 and major[-1][0].isupper():
                return " ".join(cand)
            continue
        if initials == letters:
            return " ".join(cand)
        if loose and initials[0] == letters[0] and len(initials) <= len(letters) + 3:
            it = iter(initials[1:])
            if all(ch in it for ch in letters[1:]):
                return " ".join(cand)
    return None


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


def _spells_place(acr: str, words: list[str], place: list[str]) -> bool:
    """Whether an acronym spells a name together with the place after it ("Movement for Democracy"
    + "in Liberia" = MODEL; "Union for Peace" + "in the Central African Republic" = UPC): it begins
    with the name's initial, ends with the place's, and its letters and the initials of the major
    words run in the same order (one holding the other)."""
    letters = [c for c in acr.upper() if c.isalpha()]
    major = [w[0].upper() for w in words + place if w.lower() not in ACRONYM_MINOR and w[:1].isalpha()]
    spot = [w[0].upper() for w in place if w.lower() not in ACRONYM_MINOR and w[:1].isalpha()]
    if len(letters) < 3 or not spot or not major or major[0] != letters[0] or letters[-1] != spot[0]:
        return False
    return _subsequence(letters, major) or _subsequence(major, letters)


def _list_neighbours(ftext: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """Known mentions coordinated with the span: "A, B and C", "the A and the B"."""
    out = []
    for k in known:
        if k.end <= start and k.end >= start - 40:
            gap = ftext[k.end:start]
            if re.fullmatch(r"(?:'s)?\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", gap):
                out.append(k)
        elif k.start >= end and k.start <= end + 40:
            gap = ftext[end:k.start]
            if re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", gap):
                out.append(k)
    return out


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (earliest first on ties); discovery of a longer name
    wins over gazetteer words inside it ("Libyan Joint Military Commission")."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), m.rule.startswith("discover"), m.start))
    kept: list[Mention] = []
    taken = SpanSet()
    for m in ranked:
        if not taken.overlaps(m.start, m.end):
            kept.append(m)
            taken.add(m.start, m.end)
    return sorted(kept, key=lambda m: m.start)


def with_sentence(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """Attach each mention to its sentence index (mentions outside any sentence are dropped)."""
    out, j = [], 0
    for m in sorted(mentions, key=lambda x: x.start):
        while j < len(sentences) and sentences[j].end <= m.start:
            j += 1
        if j < len(sentences) and sentences[j].start <= m.start and m.end <= sentences[j].end:
            out.append(replace(m, sentence=j))
    return out
