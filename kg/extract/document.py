"""Per-document extraction: a pure function of one document and the gazetteer.

:func:`extract_document` runs mentions -> resolution -> anaphora -> relations and returns a
:class:`DocExtraction`; documents can be processed in any order, in parallel.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kg.extract.dates import PassageYears, find_dates
from kg.extract.lexicon import FORCE_NOUNS, GENERIC_MODIFIERS, MONTHS, TITLES
from kg.extract.mentions import SIGNATURE_BLOCK, GazetteerMatcher, discover, resolve_overlaps, unknown_name_persons, with_sentence
from kg.models import Actor, Claim, DocExtraction, Document, Mention, Sentence
from kg.extract.spans import ByStart, SpanSet
from kg.extract.governments import claims_of as government_claims
from kg.extract.governments import find_governments, government_key, without_replaced
from kg.extract.frames import ACTOR, ALL_TYPES, FrameSet, load_frames, match_sentence
from kg.extract.frames import Sentence as FrameSentence
from kg.extract.parse import Parsed, english_words, load_model, parse_text
from kg.extract.resolve import ROLE_TITLES, DocEntities, add_gazetteer_actor, resolve_document
from kg.text import alternation, finditer_near, searchable, slugify


AGREEMENT_HEADS = (r"agreements?|deal|ceasefire(?:\s+agreement)?|cease-fire|accords?|truce|memorandum|document|roadmap|"
                   r"declaration|communiqu[eé]|protocol|treaty|pact|armistice|(?:humanitarian\s+)?pause(?:\s+in\s+fighting)?|"
                   r"cessation\s+of\s+hostilities")
BROKERED = r"[A-Za-z]+-(?:brokered|mediated|backed|sponsored|led|facilitated)"
MEETING_ANCHOR = re.compile("talks|negotiation|consultations|dialogue|process|summit|conference|meeting|round", re.I)
DETERMINERS = frozenset("the a an this that these those its their our his her".split())
FORCES_RE = "|".join(sorted(FORCE_NOUNS, key=len, reverse=True))
REALISED = (r"(?:signed|signs?|initialled|initialed|reached|reach(?:es)?|concluded|conclude[sd]?|struck|strikes?|brokered|"
            r"brokers?|inked|inks?|agreed|agrees?|announced|announces?|adopted|adopts?|ratified|ratif(?:y|ies))")


#: Words that end what an agreement is said to be on ("an agreement on X was signed").
COMPLEMENT_STOPS = frozenset("was were is are has have had which that who between by signed reached after before "
                             "with and in at when while".split()) - {"in", "and"}

#: Counts that refer to rounds of the talks under discussion ("Finland hosted five rounds").
NUMBER_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"


def add_anaphors(doc: Document, sentences: list[Sentence], ents: DocEntities) -> list[Mention]:
    """Mentions for "the agreement", "it (was signed)", "the talks", "the region", "he/his" and role
    phrases ("Tripoli's defence minister"), resolved to the entity they refer to."""
    text = doc.text
    ftext = searchable(text)
    base = sorted(ents.mentions, key=lambda m: m.start)
    sentence_starts = [x.start for x in sentences]
    timeline = Timeline(base)
    nested = Timeline(ents.nested)
    new = timeline.added  # every mention made here joins the timeline (and the spans taken)
    taken = timeline.spans

    def free(a: int, b: int) -> bool:
        return not taken.overlaps(a, b)

    def rule_of(m: Mention) -> str:
        ent = ents.entities.get(m.key)
        return ent.rule if ent else m.rule

    head_now = {"h": ""}

    def accept(m: Mention) -> bool:
        if rule_of(m) in {"discover.resolution", "discover.occupied", "resolve.known-as-group"}:
            return False  # a group of states named as such ("the Troika") is no talks
        if m.type == "Agreement":
            label = (ents.entities[m.key].label if m.key in ents.entities else m.surface).lower()
            memo = "memorandum" in label or "memorandum" in m.surface.lower()
            return memo == (head_now["h"] == "memorandum")
        return True

    def last_of(types: set[str], pos: int, window: int = 100000) -> Mention | None:
        best = None
        for m in timeline.before(pos, window):
            if m.type in types and accept(m):
                best = m
                break
        if types == {"Location"}:
            for m in nested.before(pos, window):
                if m.type in types and accept(m) and (best is None or m.start > best.start):
                    best = m
                    break
        return best

    drop: set[tuple[int, int]] = set()
    counts = {"Agreement": 0, "Meeting": 0}
    merge_prefix = {"Agreement": "anon", "Meeting": "anon-meeting"}

    def anonymous(kind: str, head: str, phrase: str = "") -> str:
        """A new agreement or meeting the text describes but never names; labelled later. The
        phrase that describes it ("the new final agreement") is one of its names, without the article."""
        counts[kind] += 1
        head = " ".join(head.lower().split())
        key = f"{kind}:anonymous:{doc.id}:{counts[kind]}"
        names = {head}
        described = " ".join(re.sub(r"^(?:the|a|an|this|that|its|their)\s+", "", phrase.strip(), flags=re.I).split())
        if described and described.lower() != head:
            names.add(described)
        ents.entities[key] = Actor(key, head[0].upper() + head[1:], kind, names, None,
                                   rule=f"resolve.anonymous-{kind.lower()}", docs={doc.id})
        ents.merge_keys[key] = f"{merge_prefix[kind]}:{doc.id}:{counts[kind]}"
        return key

    referring = {"said", "aforementioned", "aforesaid", "present", "same"}  # "the said Agreement"
    generic = "|".join([BROKERED, r"[a-z]+-[a-z]+", r"\d{1,4}", alternation(GENERIC_MODIFIERS | set(MONTHS) | referring)])
    # agreements: definite generic NPs are anaphors; "signed a ceasefire agreement" introduces one
    for m in re.finditer(rf"\b(?P<det>the|this|that|its|their|a|an)\s+(?P<mods>(?:(?:{generic})\s+){{0,3}})(?P<head>{AGREEMENT_HEADS})\b", ftext, re.I):
        a, b = m.start(), m.end()
        if re.match(r"(?:the|this|that|its|their|a|an)\s", m.group("mods"), re.I):
            a = m.start("mods")  # "reminding that the said Agreement": "that" joins the clause, it is no determiner
        brokered = bool(re.search(BROKERED, m.group("mods"), re.I))
        if brokered:  # "a Qatari-brokered truce": the mediator's name stays its own mention
            a = m.start("head")
        if not free(a, b):
            continue
        head = m.group("head")
        head_now["h"] = head.lower()
        det = m.group("det").lower()
        named = text[m.start("mods") if m.group("mods") else m.start("head"):b]
        if m.group("mods") and all(w[:1].isupper() for w in named.split()) and not any(
                x.start == m.start("mods") for x in sentences):
            # "the Tripartite Accord": capitalised words make a name, not a reference to an earlier one
            key = f"Agreement:{' '.join(named.lower().split())}"
            if key not in ents.entities:
                ents.entities[key] = Actor(key, " ".join(named.split()), "Agreement", set(), None,
                                           rule="discover.name-head", docs={doc.id})
                ents.merge_keys[key] = key
            na = m.start("mods")
            new.append(Mention(na, b, text[na:b], key, "Agreement", "name", rule="discover.name-head"))
            taken.add(na, b)
            continue
        if re.search(r"\b(?:is|was|are|were|became|remains)\s+$", ftext[max(0, a - 12):a]):
            continue  # "X is the final peace agreement between ...": a description of X, not another agreement
        if det in {"a", "an"}:
            before = ftext[max(0, a - 30):a].lower()
            after = ftext[b:b + 30].lower()
            purpose = re.search(r"\b(?:for|towards?|seeking|seek|reach|reaching|on|about|over|propose[ds]?|proposing)\s+$", before)
            if not (brokered or (re.match(r"\s+between\b", ftext[b:b + 10]) and not purpose) or re.search(rf"{REALISED}\s+(?:on\s+\S+\s+)?$", before)
                    or re.search(r"(?i)\b(?:signed|concluded|initialled)\b[^.;:]{0,40}\b(?:has|have|had)\s+been\s+$", ftext[max(0, a - 70):a])
                    or re.match(rf"(?:\s+(?:on|of|for)\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?{REALISED}|\s+(?:\w+\s+){{0,3}}?(?:began|took\s+effect|came\s+into\s+force|held|collapsed|broke\s+down)", after)
                    or re.match(r",?\s+(?:signed|brokered|reached|concluded|mediated|initiall?ed|negotiated|agreed)\s+(?:in|on|at|by|between|last|earlier)\b", after)):
                continue
            if head.lower() == "document":
                continue
            # "an agreement on the principles of a settlement of the conflict in X": what it is on is
            # one of its names
            on = re.match(r"[ \t]+(?:on|for)[ \t]+[^,.;:()\n\"“”]{3,160}", ftext[b:])
            phrase = text[a:b]
            if on:
                words = on.group(0).split()
                stop = next((i for i, w in enumerate(words) if i and w.lower() in COMPLEMENT_STOPS), len(words))
                if 2 <= stop <= 24:
                    phrase = text[a:b] + " " + " ".join(words[:stop])
            key = anonymous("Agreement", head, phrase)
        else:
            if head.lower() == "document" and not re.search(r"\b(?:sign|signed|signing)\b", ftext[b:b + 120].lower()):
                continue
            ante = last_of({"Agreement"}, a)
            if re.search(r"\bpresent\b", m.group("mods"), re.I):
                # "the present Agreement": the document's own, which its heading names
                ante = own_agreement(doc, [x for x in base if accept(x)], a) or ante
            key = ante.key if ante else anonymous("Agreement", head, text[a:b])
        sur = text[a:b]
        new.append(Mention(a, b, sur, key, "Agreement", "anaphor", rule="resolve.anaphor"))
        taken.add(a, b)
    # a heading or a table's cell that starts with a described agreement: "Qatari-brokered agreement
    # on the border dispute" introduces one, as "a ... agreement" would
    for st in sentence_starts:
        m = re.match(rf"(?P<mods>{BROKERED}\s+)?(?P<head>agreement|accord|deal|ceasefire|truce)\b(?=\s+(?:on|between)\b)",
                     ftext[st:st + 80], re.I)
        if m is None or not m.group("mods") or not free(st + m.start("head"), st + m.end()):
            continue
        a, b = st + m.start("head"), st + m.end()
        head_now["h"] = m.group("head").lower()
        on = re.match(r"[ \t]+(?:on|between)[ \t]+[^,.;:()|\n\"“”]{3,80}", ftext[b:])
        phrase = text[a:b] + (" " + " ".join(on.group(0).split()) if on else "")
        key = anonymous("Agreement", m.group("head").lower(), phrase)
        new.append(Mention(a, b, text[a:b], key, "Agreement", "anaphor", rule="resolve.anaphor"))
        taken.add(a, b)
    # meetings and processes: "the talks", "Talks were convened by ...", "a new negotiation with the ELN"
    meeting_heads = (r"(?:(?:[a-z]+\s+){1,2}(?:days|rounds|weeks|months)\s+of\s+)?"
                     r"(?:talks|negotiations?|consultations|dialogue|peace\s+process|process|summit|conference|meeting|round\s+of\s+talks|rounds?)")
    plain = alternation(GENERIC_MODIFIERS - DETERMINERS)
    meetings = re.compile(rf"(?:\b(?P<det>the|these|those|this|that|a|an|each|every|several|{NUMBER_WORDS})\s+)?"
                          rf"(?P<mods>(?:(?:{plain}|[a-z]+-[a-z]+|(?-i:[A-Z]\w*\s+)?{BROKERED})\s+){{0,3}})(?P<head>{meeting_heads})\b", re.I)
    # (every match holds one of these words, at most ten runs of blanks into it)
    for m in finditer_near(meetings, ftext, MEETING_ANCHOR, 10):
        det = (m.group("det") or "").lower()
        a = m.start() if det else m.start("mods") if m.group("mods") else m.start("head")
        b = m.end()
        if re.search(BROKERED, m.group("mods")):  # "a UN-backed conference": the backer stays its own mention
            a = m.start("head")
        if not free(a, b):
            continue
        head = " ".join(m.group("head").lower().split())
        at_start = any(x.start == a for x in sentences)
        introduces = bool(re.match(r"\s+(?:between|with)\b|\s+(?:(?:are|were|was|is|had\s+been|have\s+been|has\s+been)\s+)?"
                                   r"(?:facilitated|mediated|brokered|hosted|convened|held|chaired)\s+by\b", ftext[b:b + 40]))
        if not det and not at_start and not introduces:
            continue
        head_now["h"] = head
        # "the talks" may be a standing format's; "five rounds", "this process" are of talks held
        ante = last_of({"Meeting"} if det not in {"the", "these", "those", "a", "an", ""} else {"Meeting", "NegotiationFormat"}, a, 3000)
        named_near = ante is not None and ante.type == "Meeting" and ":anonymous:" not in ante.key and a - ante.start <= 1500
        if not det and introduces and named_near:
            # "eight rounds of negotiations between the government and the UTO", soon after "the
            # inter-Tajik talks": the talks under discussion, described again, not new ones
            introduces = False
        if ante is None and det in {"the", "these", "those"} and head in {"rounds", "round", "round of talks"}:
            # "who had chaired the last rounds", before the report names the talks: their rounds
            ante = next((x for x in base if x.start >= b and x.start - b <= 3000 and x.type == "Meeting"
                         and ":anonymous:" not in x.key), None)
        if det in {"a", "an"} or (not det and introduces) or (ante is None and (det or at_start)):
            if det in {"a", "an"} and not re.match(r"\s+(?:between|with|on|in|at|to)\b", ftext[b:b + 10]) \
                    and not re.search(r"(?:held|launched|began|opened|hosted|convened|relaunched|started|resumed)\s+$", ftext[max(0, a - 25):a]):
                continue
            key = anonymous("Meeting", head, text[a:b])
        else:
            key = ante.key if ante else None
        if key:
            new.append(Mention(a, b, text[a:b], key, "Meeting", "anaphor", rule="resolve.anaphor"))
            taken.add(a, b)
    # "It was signed on November 9 by ..."
    for s in sentences:
        mt = re.match(r"It\s+(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+)?(?:signed|initialled|initialed|reached|concluded|brokered|mediated|negotiated|ratified|approved)", s.text)
        if mt:
            head_now["h"] = ""
            ante = last_of({"Agreement"}, s.start)
            if ante:
                new.append(Mention(s.start, s.start + 2, "It", ante.key, "Agreement", "anaphor", rule="resolve.anaphor"))
                taken.add(s.start, s.start + 2)
    # "the resolution": the last resolution named
    resolutions = Timeline([m for m in base if rule_of(m) == "discover.resolution"])
    for m in re.finditer(r"\b[Tt]he\s+(?:draft\s+|new\s+)?resolution\b(?!\s+\d)", ftext):
        if not free(m.start(), m.end()):
            continue
        named = [x for x in resolutions.before(m.start(), 100000) if x.end <= m.start()]
        # the one the text says was adopted is the one under discussion ("Adopting resolution 2699 ...,
        # the Council ... under resolution 2653 ... Russia criticized the resolution"); else the last named
        adopted = [x for x in named if re.search(r"(?i)\badopt(?:s|ed|ing)?\s+(?:unanimously\s+)?(?:its\s+)?$", ftext[max(0, x.start - 30):x.start])
                   or re.match(r"(?i)(?:\s*\(\d{4}\))?,?\s+(?:which\s+)?(?:was|is|were)\s+(?:unanimously\s+)?adopted", ftext[x.end:x.end + 50])]
        prev = (adopted or named)[:1]
        if prev:
            new.append(Mention(m.start(), m.end(), text[m.start():m.end()], prev[0].key, "Agreement", "anaphor",
                               rule="resolve.anaphor"))
            taken.add(m.start(), m.end())
    # meetings, places
    for rx, types, typ in (
        (r"\bthe\s+(?P<h>region|area|territory|enclave|province)\b(?!\s+of)", {"Location"}, "Location"),
        # "the country", "the city": the last state, the last city named nearby
        (rf"\b[Tt]he\s+(?P<h>country|nation)\b{PLACE_END}", {"State"}, "State"),
        (rf"\bthe\s+(?P<h>city|town|capital)\b{PLACE_END}", {"Location"}, "Location"),
    ):
        for m in re.finditer(rx, ftext):
            if not free(m.start(), m.end()):
                continue
            # "the country" is one named before its sentence, not the sentence's own subject
            pos = sentence_starts[max(0, bisect_right(sentence_starts, m.start()) - 1)] if typ == "State" else m.start()
            ante = last_of(types, pos, 1500)
            if ante:
                new.append(Mention(m.start(), m.end(), text[m.start():m.end()], ante.key, typ, "anaphor", rule="resolve.anaphor"))
                taken.add(m.start(), m.end())
    # "the alliance", "the group", "the coalition": the last organisation of that kind named nearby
    org_heads = r"alliance|coalition|group|movement|front|militia|mission|committee|commission|council|junta|force|rebels|organisation|organization|bloc|army|party|league|union"
    # ("The Council" after "the Security Council" too: the capitalised head alone is its short name)
    cap_heads = "|".join(x.capitalize() for x in org_heads.split("|"))
    for m in re.finditer(rf"\b[Tt]he\s+(?:(?!(?:{org_heads})\b)[a-z]+\s+)?(?P<h>{org_heads}|{cap_heads})\b(?!\s+of\b)", ftext):
        if not free(m.start(), m.end()):
            continue
        h = m.group("h").lower()
        if h == "party" and not re.match(r"['’]s\s", ftext[m.end():m.end() + 3]):
            continue  # "the party's Secretary-General" is a party's; "the other party" is a side
        pool = [x for x in timeline.before(m.start(), 1500)
                if x.type in {"ArmedGroup", "PoliticalOrganization", "InternationalOrganization", "NegotiationFormat", "Government"}][::-1]
        def label_of(x: Mention) -> str:
            return (ents.entities[x.key].label if x.key in ents.entities else x.surface).lower()

        named = [x for x in pool if label_of(x).rstrip("s").endswith(h.rstrip("s"))] or \
            [x for x in pool if h in label_of(x)]
        if not named and h == "group":
            named = [x for x in pool if x.type == "ArmedGroup"]
        if not named and h == "party":
            named = [x for x in pool if x.type in {"PoliticalOrganization", "ArmedGroup"}]
        if named:
            ante = named[-1]
            new.append(Mention(m.start(), m.end(), text[m.start():m.end()], ante.key, ante.type, "anaphor", rule="resolve.anaphor"))
            taken.add(m.start(), m.end())
    # pronouns: he / she / his / her -> the last person named within the last two sentences
    for m in re.finditer(rf"\b(?P<p>[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er)(?=\s+(?:own\s+)?(?:{FORCES_RE})\b))\b", text):
        if not free(m.start(), m.end()):
            continue
        ante = last_of({"Person"}, m.start(), 400)
        k = bisect_right(sentence_starts, m.start()) - 1
        if m.group("p") in {"He", "She"} and k >= 1 and sentence_starts[k] == m.start():
            # a sentence that starts with "He" goes on about the person the last one started with
            # ("X met Y. He later signed ..." is X), the first person it names
            persons = [x for x in timeline.before(m.start(), m.start() - sentence_starts[k - 1])
                       if x.type == "Person" and accept(x) and x.start >= sentence_starts[k - 1]]
            ante = persons[-1] if persons else ante  # nearest first: the last is the first in the text
        if ante:
            new.append(Mention(m.start(), m.end(), m.group(0), ante.key, "Person", "pronoun", rule="resolve.pronoun"))
    # role phrases: "Tripoli's defence minister", "the Tripoli-based defense minister"
    by_title: dict[str, set[str]] = {}
    for key, t in ents.titles.items():
        by_title.setdefault(t.replace("defence", "defense"), set()).add(key)
    roles = "|".join(re.escape(t) for t in ROLE_TITLES)
    for m in re.finditer(rf"\b(?:[A-Z][\w-]*(?:'s|-based)\s+|the\s+)(?:[\w-]+(?:'s|-based)\s+)?(?P<t>{roles})\b(?!\s+(?-i:[A-Z]))", ftext, re.I):
        t = m.group("t").lower().replace("defence", "defense")
        keys = by_title.get(t, set())
        inner = taken.within(m.start(), m.end())
        if len(keys) == 1 and inner == taken.overlapping(m.start(), m.end()):
            key = next(iter(keys))
            drop.update(inner)
            new.append(Mention(m.start(), m.end(), text[m.start():m.end()], key, "Person", "role", rule="resolve.role"))
            taken.add(m.start(), m.end())
    ents.mentions = [x for x in ents.mentions if (x.start, x.end) not in drop]
    return new


#: What may follow "the country" / "the city" when it refers back (not "the port town of ...").
PLACE_END = (r"(?=\s*[,.;:)]|\s+(?:was|is|has|had|and|which|where|in|on|after|before|to|for|from|with|by|were|are|"
             r"itself|remains|still|would|will|could|since|until|during|then|also|now|later|soon|again|never|"
             r"did|does|can|may|must|should|[a-z]{3,}ed)\b)")

#: Relations that name the parties of an agreement or of talks ("both sides" refers to them later).
PARTY_PREDICATES = frozenset({"signs", "partyTo", "negotiatesWith", "participatesIn"})


class Timeline:
    """Mentions in text order, growing as anaphors are added, looked up backwards from a position
    in time proportional to what is looked at (never a scan of the whole document)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.starts = [m.start for m in mentions]
        self.items = list(mentions)
        self.spans = SpanSet((m.start, m.end) for m in mentions)
        timeline = self

        class _Added(list):  # type: ignore[type-arg]
            def append(self, m: Mention) -> None:
                super().append(m)
                i = bisect_right(timeline.starts, m.start)
                timeline.starts.insert(i, m.start)
                timeline.items.insert(i, m)

        self.added: list[Mention] = _Added()

    def before(self, pos: int, window: int) -> Iterator[Mention]:
        """Mentions that start before ``pos`` and at most ``window`` characters before it, nearest first."""
        i = bisect_left(self.starts, pos)
        for j in range(i - 1, -1, -1):
            if pos - self.starts[j] > window:
                return
            yield self.items[j]


@dataclass
class Engine:
    """What extraction needs besides the document: the gazetteer and its matcher, the language
    pipeline, the relation frames. Built once per process (:class:`kg.extract.Extractor`)."""

    gazetteer: Any
    frames: FrameSet
    model: str | None = None
    _matcher: GazetteerMatcher | None = None

    @property
    def nlp(self) -> Any:
        return load_model(self.model)

    @property
    def matcher(self) -> GazetteerMatcher:
        if self._matcher is None:
            self._matcher = GazetteerMatcher(self.gazetteer, self.nlp)
        return self._matcher

    @functools.cached_property
    def offices(self) -> dict[str, tuple[str, str]]:
        """Offices the gazetteer knows as "<title> of <body>" ("Secretary-General of the United
        Nations"): office id -> (the relation its holder has, the body's id)."""
        out: dict[str, tuple[str, str]] = {}
        for eid, e in self.gazetteer.entries.items():
            m = re.fullmatch(r"(?P<t>.+?)\s+of\s+(?:the\s+)?(?P<b>.+)", e.name)
            pred = TITLES.get(m.group("t").lower()) if m else None
            if m is None or pred is None:
                continue
            body = [x for x, _ in self.gazetteer.lookup(m.group("b")) if x in self.gazetteer.entries and x != eid]
            if len(set(body)) == 1:
                out[eid] = (pred, body[0])
        return out


def reading_text(doc: Document) -> str:
    """The text extraction reads: the document's text with everything before its body (a Markdown
    file's front matter) blanked out, line breaks kept, so that every offset stays the same."""
    if not doc.body:
        return doc.text
    head = re.sub(r"[^\r\n]", " ", doc.text[:doc.body])
    return head + doc.text[doc.body:]


def kg_sentences(doc: Document, parsed: Parsed) -> tuple[list[Sentence], list[tuple[int, Any]]]:
    """The sentences of the parse as records (offsets into the document's text, the text itself
    exactly as it stands there), and the spaCy span of each."""
    out: list[Sentence] = []
    spans: list[tuple[int, Any]] = []
    for off, span in parsed.sents():
        toks = [t for t in span if not t.is_space]
        if not toks:
            continue
        a = off + toks[0].idx
        b = off + toks[-1].idx + len(toks[-1].text)
        out.append(Sentence(len(out), a, b, doc.text[a:b]))
        spans.append((off, span))
    return out, spans


#: Prepositions of place, and verbs whose object is a place: a name there is a place's.
PLACE_PREPOSITIONS = frozenset("in at near into around outside inside across towards toward".split())
PLACE_VERBS = frozenset("capture recapture seize retake take enter storm overrun besiege encircle surround shell bomb "
                        "liberate occupy evacuate".split())


def _in_place_position(t: Any) -> bool:
    """Whether a name's head token stands where a place does: "in X", "captured X" (or listed
    with one: "seized X and Y")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj":
        return t.head.lower_ in PLACE_PREPOSITIONS
    return t.dep_ == "dobj" and t.head.lemma_.lower() in PLACE_VERBS


def extract_document(doc: Document, gazetteer: Any, engine: Engine | None = None, parsed: Parsed | None = None) -> DocExtraction:
    """Find the actors of one document and the relations between them."""
    if engine is None:
        engine = Engine(gazetteer, load_frames())
    source = doc
    doc = replace(doc, text=reading_text(doc)) if doc.body else doc
    if parsed is None:
        parsed = parse_text(doc.text, engine.model)
    idx = engine.matcher.idx
    sentences, spans = kg_sentences(doc, parsed)
    gaz = engine.matcher.mentions(doc.text, parsed.pieces)
    # the pipeline's NER often calls a foreign place a person: in a place's position it is a place
    # ("captured Tora Bora", "protests in Sidi Bouzid")
    persons, others = [], []
    for off, d in parsed.pieces:
        for e in d.ents:
            if e.label_ == "PERSON":
                (others if _in_place_position(e.root) else persons).append((off + e.start_char, off + e.end_char, "GPE"))
            elif e.label_ in {"ORG", "GPE", "LOC", "FAC"}:
                others.append((off + e.start_char, off + e.end_char, e.label_))
    persons = [(a, b) for a, b, _ in persons]
    # names the NER misses or calls organisations, by their words and their place in the clause;
    # the longer of two overlapping candidates first ("Mahamat Idriss Déby", not "Idriss Déby")
    persons = sorted(set(persons + unknown_name_persons(parsed.pieces, english_words(engine.model))), key=lambda p: (p[0], -p[1]))
    others.sort()
    disc = discover(doc.text, sentences, gaz, idx, persons, others, english_words(engine.model))
    ents = resolve_document(doc.text, sentences, gaz, disc.mentions, disc.titles, idx, gazetteer, doc.id)
    govs = find_governments(doc.text, ents.mentions, ents.entities, ents.merge_keys, gazetteer, doc.id)
    ents.mentions = with_sentence(without_replaced(ents.mentions, govs), sentences)
    anaphors = with_sentence(add_anaphors(doc, sentences, ents), sentences)
    all_mentions = sorted(resolve_overlaps(ents.mentions + anaphors), key=lambda m: m.start)
    doc_year = int(doc.date[:4]) if doc.date else None

    def coerce(m: Mention, allowed: frozenset[str], as_object: bool = False) -> Mention | None:
        if m.type in allowed:
            return m
        if m.type == "Location" and m.key in idx.capitals and "State" in allowed and (
                not as_object or m.kind == "capital" or "Location" not in allowed):
            return replace(m, key=idx.capitals[m.key], type="State", kind="capital")
        return None

    events = [m for m in all_mentions if m.type in {"Meeting", "NegotiationFormat", "Agreement"}]
    event_line = Timeline(events)

    def context_events(s: Sentence) -> list[Mention]:
        """The processes, meetings and agreements a sentence may be about, most recent first:
        for each type the last one named before the sentence's end (named ones before
        anonymous ones of the same type)."""
        best: dict[str, Mention] = {}
        for m in event_line.before(s.end, 2500):  # nearest first: the first named one of a type wins
            cur = best.get(m.type)
            if cur is None or (":anonymous:" in cur.key and ":anonymous:" not in m.key
                               and not (m.key in ents.entities and ents.entities[m.key].rule == "discover.resolution")):
                best[m.type] = m  # (a resolution named before does not displace an agreement described since)
        return sorted(best.values(), key=lambda m: -m.start)

    claims: list[Claim] = (government_claims(govs, sentences, doc.id)
                           + field_claims(doc, sentences, all_mentions, engine.frames)
                           + signature_claims(doc, sentences, all_mentions))
    missions = [m for m in all_mentions if m.type in {"InternationalOrganization", "NegotiationFormat", "ArmedGroup"}
                and MISSION_WORDS.search(ents.entities[m.key].label if m.key in ents.entities else m.surface)]

    mission_line = Timeline(missions)
    # the body whose resolution or statement the text is: "Welcomes the agreement" is the Council's
    authors = Timeline([m for m in all_mentions if m.type in {"InternationalOrganization", "NegotiationFormat", "PoliticalOrganization"}
                        and m.kind in {"name", "alias", "acronym"} and AUTHOR_BODY.search(
                            ents.entities[m.key].label if m.key in ents.entities else m.surface)])

    def context_mission(s: Sentence) -> Mention | None:
        """The mission or force a sentence is about: the last one named before its end."""
        return next(mission_line.before(s.end, 2500), None)

    by_sentence: dict[int, list[Mention]] = {}
    for m in all_mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    keys_by_sentence = [{m.key for m in by_sentence.get(s.index, [])} for s in sentences]
    years = PassageYears(doc.text, sentences, doc_year)
    previous: Mention | None = None
    parties: list[Mention] = []
    parties_strong = False  # whether the parties in focus sign or negotiate (not only take part)
    holders: dict[str, dict[str, Mention]] = {}
    role_preds = set(engine.frames.role_nouns.values())
    datelines = SpanSet(m.span("d") for m in DATELINE.finditer(doc.text))
    for s, (off, span) in zip(sentences, spans):
        # a dateline's place is where the story was filed, no argument of the sentence it opens
        ms = [m for m in by_sentence.get(s.index, []) if not datelines.overlaps(m.start, m.end)]
        if not ms and previous is None:
            continue
        def index_of(m: Mention) -> int:
            """The mention's index in the sentence's list (mentions from elsewhere are added)."""
            if m not in ms:
                ms.append(m)
            return ms.index(m)

        ev_i = [index_of(ev) for ev in context_events(s)]
        mission = context_mission(s)
        mission_i = [index_of(mission)] if mission is not None else []
        prev_i = index_of(previous) if previous is not None else None
        party_i = [index_of(p) for p in parties]
        for m in by_sentence.get(s.index, []):  # persons by their title, for a later "the two Presidents"
            if m.type != "Person" or m.kind not in {"name", "alias", "surname"}:
                continue
            before = TITLE_BEFORE.search(doc.text, max(0, m.start - 40), m.start)
            t = before.group(1).lower() if before else ents.titles.get(m.key)
            if t:
                holders.setdefault(f"title:{t.split()[-1]}", {}).setdefault(m.key, m)
        role_i = {pred: [index_of(m) for m in held.values()] for pred, held in holders.items() if len(held) >= 2}
        author = next(authors.before(s.start, 100000), None)
        author_i = index_of(author) if author is not None else None
        fsent = FrameSentence(span, off, ms, engine.frames, ev_i, capitals=idx.capitals, missions=mission_i, author=author_i,
                              previous=prev_i, parties=party_i, roles=role_i)
        found = match_sentence(fsent)
        main = fsent.main_subject()
        previous = ms[main] if main is not None and ms[main].kind not in {"anaphor"} else None
        if not found:
            continue
        # the parties in focus, for a later "both sides": those this sentence has signing, negotiating
        # or taking part together
        # (those taking part without signing or negotiating, observers among them, only while no
        # signatories or negotiators are in focus)
        for strong in (True, False):
            together = [ms[x] for f in found if f.predicate in PARTY_PREDICATES and f.via[0] not in {"collective"}
                        and (f.predicate != "participatesIn") == strong
                        for x in ((f.subject, f.object) if f.predicate == "negotiatesWith" else (f.subject,))
                        if ms[x].type in ACTOR and ms[x].kind not in {"anaphor", "pronoun"}]
            distinct = list({m.key: m for m in together}.values())
            if len(distinct) >= 2 and (strong or not parties_strong):
                parties, parties_strong = distinct, strong
                break
        for f in found:  # those given a role, for a later "the guarantors"
            m = ms[f.subject]
            if f.predicate in role_preds and f.modality == "asserted" and f.via[0] != "collective" \
                    and m.type in ACTOR and m.kind not in {"anaphor", "pronoun"}:
                holders.setdefault(f.predicate, {}).setdefault(m.key, m)
        for f in found:
            sig = engine.frames.signatures.get(f.predicate)
            subj = coerce(ms[f.subject], f.frame.subject_types or (sig.subject if sig else ACTOR))
            obj = coerce(ms[f.object], f.frame.object_types or (sig.object if sig else ALL_TYPES), as_object=True)
            if subj is None or obj is None or subj.key == obj.key:
                continue
            for m in (subj, obj):  # a capital read as its state: the state is an actor of the document
                if m.key in gazetteer.entries:
                    add_gazetteer_actor(ents.entities, ents.merge_keys, gazetteer.entries[m.key], doc.id)
            conf = f.frame.confidence
            for m, via in ((subj, f.via[0]), (obj, f.via[1])):
                if m.kind in {"anaphor", "pronoun", "role", "capital"} or via in {"event", "relative"}:
                    conf -= 0.1
            if f.modality in {"reported", "planned"}:
                conf -= 0.05
            conf = round(min(0.99, max(0.05, conf)), 2)
            dates = find_dates(s.text, years.year(s.index, {subj.key, obj.key}, keys_by_sentence))
            claims.append(Claim(subj.key, f.predicate, obj.key, doc.id, s.text, s.start, s.end, conf, f.frame.id,
                                f.modality, dates[0].iso if dates else None, f.trigger.text))
    claims += office_holder_claims(doc, sentences, all_mentions, engine, ents)
    claims += focus_leader_claims(doc, sentences, all_mentions, engine, claims, govs)
    # a resolution is adopted by a council, not signed: a state that "accepted" or "approved" it
    # supports it
    claims = [replace(c, predicate="supports", rule=f"{c.rule}.resolution")
              if c.predicate == "signs" and c.rule == "signs.reach" and c.object in ents.entities
              and ents.entities[c.object].rule == "discover.resolution" else c for c in claims]
    # agreement dates and places from the sentence that signs or reaches them
    for c in claims:
        if c.predicate == "signs" and c.date:
            ent = ents.entities.get(c.object)
            if ent and not ent.date:
                ent.date = c.date
    set_dates_and_places(doc, sentences, all_mentions, ents, years, keys_by_sentence, spans)
    claims = [convener(c, ents.entities, gazetteer) for c in claims]
    for key, ent in ents.entities.items():
        if ent.rule in ANONYMOUS_RULES:
            name_described_event(ent, ents.entities[ent.place].label if ent.place in ents.entities else "", doc)
            ents.merge_keys[key] = described_merge_key(ent, doc)
    same = described_as_named(ents.entities)
    same.update({k: v for k, v in named_after(doc.text, all_mentions, ents.entities).items() if k not in same})
    if same:
        claims = [replace(c, subject=same.get(c.subject, c.subject), object=same.get(c.object, c.object)) for c in claims]
        claims = [c for c in claims if c.subject != c.object]
        all_mentions = [replace(m, key=same[m.key]) if m.key in same else m for m in all_mentions]
        for old_key, new_key in same.items():
            ents.entities[new_key].aliases |= {a for a in ents.entities[old_key].aliases if a[:1].isupper()}
            ents.entities[new_key].date = ents.entities[new_key].date or ents.entities[old_key].date
            del ents.entities[old_key]
            ents.merge_keys.pop(old_key, None)
    in_claims = {c.subject for c in claims} | {c.object for c in claims}

    def keep(key: str) -> bool:
        # anonymous meetings and sources (outlets, think tanks, platforms) only when a relation uses them
        ent = ents.entities.get(key)
        if key.startswith("Meeting:anonymous:") or (ent is not None and ent.type == "Organization"):
            return key in in_claims
        return True

    used = {m.key for m in all_mentions if keep(m.key)} | {k for k in in_claims if k in ents.entities and keep(k)}
    entities = {k: v for k, v in ents.entities.items() if k in used}
    return DocExtraction(source, entities, {k: ents.merge_keys.get(k, k) for k in entities}, all_mentions,
                         _dedupe(claims), sentences)


def office_holder_claims(doc: Document, sentences: list[Sentence], mentions: list[Mention], engine: Engine,
                         ents: DocEntities) -> list[Claim]:
    """"UN Secretary-General Kofi Annan": a person named right after an office the gazetteer knows
    as "<title> of <body>" holds the title in that body (leads for a leader's title), unless the
    title is past ("former UN Secretary-General ...")."""
    out: list[Claim] = []
    offices = engine.offices
    past = engine.frames.words("past_words")
    by_end = {m.end: m for m in mentions if m.key in offices and m.kind in {"name", "alias", "acronym"}}
    if not by_end:
        return out
    for p in mentions:
        if p.type != "Person" or p.kind not in {"name", "alias", "surname"}:
            continue
        gap = re.search(r"(?:,[ \t]|[ \t]{1,2})$", doc.text[max(0, p.start - 2):p.start])
        office = by_end.get(p.start - len(gap.group(0))) if gap else None
        if office is None:
            continue
        word = re.search(r"([\w-]+)\W*$", doc.text[max(0, office.start - 20):office.start])
        if word and (word.group(1).lower() in past or word.group(1).lower().startswith("ex-")):
            continue
        pred, body = offices[office.key]
        s = sentences[p.sentence]
        add_gazetteer_actor(ents.entities, ents.merge_keys, engine.gazetteer.entries[body], doc.id)
        out.append(Claim(p.key, pred, body, doc.id, s.text, s.start, s.end, 0.8, f"{pred}.office", "asserted", None,
                         doc.text[office.start:office.end]))
    return out


def focus_leader_claims(doc: Document, sentences: list[Sentence], mentions: list[Mention], engine: Engine,
                        claims: list[Claim], govs: Any) -> list[Claim]:
    """"President Omar al-Bashir", "X was sworn in as President", with no state beside the title:
    the head of state or government of the state the report is about.

    The state in focus is the one the report names most (its name, demonym, capital and government
    together), leaving out states it gives an outsider's part (:data:`OUTSIDER_PREDICATES`), and
    only when it is named at least twice as often as any other. Nothing is inferred for a person the
    report already ties to something they lead, for a title qualified by a word before it ("Council
    President", "Bougainville's President", "former President"), when the report ties another
    person to the state by the same title, or for a person whose bare title shares a sentence with
    another bare title or another leader of the state ("President Guelleh and President Isaias"), or
    when three or more persons bear the bare title (a speech that thanks the heads of several states)."""
    heads = engine.frames.words("head_titles")
    if not heads:
        return []
    skip = engine.frames.words("past_words") | engine.frames.words("deputy_words") | {"then", "acting", "interim"}
    state_of = {g: st for g, pred, st, *_ in govs.claims if pred == "governmentOf"}
    count: dict[str, int] = {}
    for m in mentions:
        key = m.key if m.type == "State" else state_of.get(m.key) if m.type == "Government" else None
        if key is None and m.type == "Location":  # the capital stands for its state
            key = engine.matcher.idx.capitals.get(m.key)
        if key:
            count[key] = count.get(key, 0) + 1
    outsiders = {c.subject for c in claims if c.predicate in OUTSIDER_PREDICATES and c.modality == "asserted"}
    count = {k: v for k, v in count.items() if k not in outsiders}
    if not count:
        return []
    ranked = sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))
    focus, n = ranked[0]
    if n < 3 or (len(ranked) > 1 and n < 2 * ranked[1][1]):
        return []
    leaders = {c.subject for c in claims if c.predicate == "leads"}
    focus_leads = [c for c in claims if c.predicate == "leads" and c.object in {focus, government_key(focus)}]
    led_by: dict[str, set[str]] = {}  # title -> persons the report ties to the focus state by it
    for c in focus_leads:
        led_by.setdefault(c.trigger.lower(), set()).add(c.subject)
    before_name = _head_title_before(heads)
    bare: dict[str, dict[str, list[Mention]]] = {}  # title -> person -> mentions with that bare title
    for m in mentions:
        if m.type != "Person" or m.kind not in {"name", "alias", "surname"} or m.key in leaders:
            continue
        title = before_name.search(doc.text, max(0, m.start - 60), m.start)
        if title is None:  # "X was sworn in as President", "elected X as president"
            sworn = HEAD_TITLE_AS.match(doc.text, m.end, m.end + 160)
            elected = re.search(r"\belected[ \t]+$", doc.text[max(0, m.start - 12):m.start])
            if sworn is None or (sworn.group("v") is None and elected is None):
                continue
            t = " ".join(sworn.group("t").lower().split())
            if t in heads:
                bare.setdefault(t, {}).setdefault(m.key, []).append(m)
            continue
        word = re.search(r"(\S+)[ \t]+$", doc.text[max(0, title.start() - 30):title.start()])
        if word and title.start() > sentences[m.sentence].start:  # the word before, in the same sentence
            w = word.group(1)
            lw = w.lower().strip("(\"'“‘")
            if (lw in skip or lw.startswith("ex-") or re.search(r"['’]s$", w)
                    or (w[:1].isupper() and lw not in {"the", "by", "of", "to", "and", "with", "from", "under"})):
                continue
        bare.setdefault(" ".join(title.group("t").lower().split()), {}).setdefault(m.key, []).append(m)
    # who is named, in each sentence (by its start), as a leader of the state or by a bare title
    named_in = {(c.start, c.subject) for c in focus_leads}
    named_in |= {(sentences[x.sentence].start, key) for persons in bare.values() for key, ms in persons.items() for x in ms}
    out: list[Claim] = []
    for title, persons in sorted(bare.items()):
        if len(persons) >= 3:
            continue  # "President Mkapa, our host; President Clinton; President Buyoya": heads of several states
        for key, ms in persons.items():
            if led_by.get(title, set()) - {key} or any(
                    start == sentences[x.sentence].start and who != key for x in ms for start, who in named_in):
                continue
            s = sentences[ms[0].sentence]
            out.append(Claim(key, "leads", focus, doc.id, s.text, s.start, s.end, 0.6, "leads.title-in-focus",
                             "asserted", None, title))
    return out


@functools.lru_cache(maxsize=8)
def _head_title_before(heads: frozenset[str]) -> re.Pattern[str]:
    """A head's title right before a name ("President Omar al-Bashir", "the prime minister Pedro
    ...", "President Mr X"), for the titles of the ``head_titles`` word list."""
    alt = "|".join(r"[ \t]+".join(map(re.escape, t.split())) for t in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?P<t>{alt})[ \t,]+(?:(?:mr|mrs|ms|dr|sir|sheikh|his[ \t]+excellency)\.?[ \t]+)?$")


#: After a name: "(of the X Party) was sworn in as President", or, after "elected NAME", "as president".
HEAD_TITLE_AS = re.compile(
    r"(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[^,.;\n]{1,60}?)?[ \t]+"
    r"(?:(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+(?P<v>sworn[ \t]+in|elected|re-elected|installed|inaugurated)[ \t]+)?"
    r"as[ \t]+(?:the[ \t]+)?(?:new[ \t]+|country's[ \t]+)?"
    r"(?P<t>president|prime[ \t]+minister|premier|king|queen|emir|chancellor|head[ \t]+of[ \t]+state)\b(?![\w-]|[ \t]+of\b)", re.I)

#: Predicates that give a state an outsider's part in a conflict: such a state is not the one the
#: report is about.
OUTSIDER_PREDICATES = frozenset({"mediates", "guarantees", "deploysTo", "monitors"})


#: A title right before a name ("President Isaias Afwerki").
TITLE_BEFORE = re.compile(r"(?i)\b(" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)
                                                if t.isalpha() or " " in t) + r")[ \t]+$")

#: A dateline at the start of a line: "MEXICO CITY, Jan 16 (Wire) -", "GENEVA, 3 May 2021 --",
#: "KHARTOUM (AP) —" (the place in capitals, then a date or an agency, then a dash).
DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<d>[A-Z][A-Z'’.-]{2,}(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+)?)?)"
    r"(?=(?:,?[ \t]+(?:\d{1,2}[ \t]+)?[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{1,2})?(?:,?[ \t]+\d{4})?)?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:-{1,2}|[–—])[ \t])")


PLACE_LINK = re.compile(
    r"^(?:\s+(?:[a-z]+\s+){0,3}?(?:talks|meeting|summit|conference|negotiations|consultations))?"
    r"\s*(?:(?:was|were|had|has|been|be|is|are|formally|officially|finally|eventually|later|then|also|first)\s+){0,3}"
    r"(?:(?:signed|reached|held|concluded|agreed|initiall?ed|brokered|negotiated|convened|hosted|opened)\s+)?"
    r"(?:on\s+(?:\d{1,2}\s+)?[A-Za-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+)?in\s+(?:the\s+)?$", re.I)


#: The rules of agreements and meetings the text describes but never names.
ANONYMOUS_RULES = frozenset({"resolve.anonymous-agreement", "resolve.anonymous-meeting"})

#: Verbs whose subject, a meeting or agreement, happens where and when their "in" and "on" say:
#: "talks between A and B opened in Juba on 14 July 2006".
EVENT_VERBS = frozenset({"open", "hold", "convene", "begin", "start", "resume", "reconvene", "take", "conclude",
                         "end", "close", "sign", "reach", "meet", "continue"})


def event_verb_place_date(m: Mention, spans: Sequence[tuple[int, Any]], places: ByStart) -> tuple[Mention | None, Any]:
    """The place and the verb of a meeting or agreement mention that is the subject of an event
    verb ("Direct talks between A and B opened in Juba"): the place the verb's "in" or "at" names,
    and the verb (its "on" gives the date). (None, None) when the parse says neither."""
    if not 0 <= m.sentence < len(spans):
        return None, None
    off, span = spans[m.sentence]
    inside = [t for t in span if m.start <= off + t.idx < m.end]
    head = next((t for t in inside if not (m.start <= off + t.head.idx < m.end) or t.head.i == t.i), None)
    if head is None or head.dep_ not in {"nsubj", "nsubjpass"} or head.head.lemma_.lower() not in EVENT_VERBS:
        return None, None
    verb = head.head
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
            for p in c.children:
                if p.dep_ == "pobj":
                    for loc in places.between(off + p.left_edge.idx, off + p.idx + len(p.text)):
                        return loc, verb
    return None, verb


#: Heads that name the same kind of event: "a deal signed in Doha" is the Doha Agreement.
SAME_HEADS = (frozenset({"agreement", "accord", "accords", "deal", "pact", "peace agreement", "peace accord", "peace deal"}),
              frozenset({"talks", "negotiations", "peace talks"}))


def described_as_named(entities: dict[str, Actor]) -> dict[str, str]:
    """Described meetings and agreements the document also names: "talks ... opened in Juba" and
    "the Juba talks" are one event, and "a deal signed in Doha" is "the Doha Agreement". Returns
    described key -> named key, for the one named event of the same type whose label is the
    described one's place and head, or a head of the same kind (:data:`SAME_HEADS`)."""
    named: dict[tuple[str, str], list[str]] = {}
    for key, ent in entities.items():
        if ent.type in {"Meeting", "Agreement"} and ent.rule not in ANONYMOUS_RULES:
            for name in {ent.label, *ent.aliases}:
                named.setdefault((ent.type, name.lower()), []).append(key)
    out: dict[str, str] = {}
    for key, ent in entities.items():
        if ent.rule in ANONYMOUS_RULES and ent.place in entities:
            place = entities[ent.place].label
            head = ent.label.split(" (")[0]
            if head.lower().startswith(place.lower() + " "):
                head = head[len(place) + 1:]
            heads = next((h for h in SAME_HEADS if head.lower() in h), {head.lower()})
            keys = sorted({k for h in heads for k in named.get((ent.type, f"{place} {h}".lower()), [])})
            if len(keys) == 1 and ent.date and entities[keys[0]].date and not (
                    ent.date.startswith(entities[keys[0]].date) or entities[keys[0]].date.startswith(ent.date)):
                continue  # "a ceasefire agreement in Lomé" of 18 May is not the Lomé Peace Agreement of 7 July
            if len(keys) == 1:
                out[key] = keys[0]
    return out


#: What names an event described just before it: "the deal, known as the Khartoum Agreement";
#: "signed an agreement on 6 February 2019, the Political Agreement for Peace ...".
NAMED_AFTER = re.compile(r"(?:[ \t]+(?:on|of|in|at)[ \t]+[^,;.()\n]{1,40}?)?,?[ \t]+(?:(?:also|later|now|since|formally|officially)[ \t]+)?"
                         r"(?:(?:known|referred[ \t]+to)[ \t]+as|dubbed|called|named|termed|titled|entitled)[ \t]+(?:the[ \t]+)?$"
                         r"|^(?:[ \t]+(?:on|of|in|at)[ \t]+[^,;.()\n]{1,40}?)?,[ \t]+(?:the[ \t]+)?$", re.I)


def named_after(text: str, mentions: list[Mention], entities: dict[str, Actor]) -> dict[str, str]:
    """Described agreements and meetings that a name follows in the same clause: "The deal, known
    as the Khartoum Agreement, ..."; "signed an agreement on 6 February 2019, the Political
    Agreement for Peace and Reconciliation". Returns described key -> named key."""
    events = sorted((m for m in mentions if m.type in {"Agreement", "Meeting"} and m.key in entities), key=lambda m: m.start)
    out: dict[str, str] = {}
    for a, b in zip(events, events[1:]):
        ea, eb = entities[a.key], entities[b.key]
        if ea.rule not in ANONYMOUS_RULES or eb.rule in ANONYMOUS_RULES or ea.type != eb.type or a.sentence != b.sentence \
                or b.kind == "anaphor" or b.start - a.end > 80 or a.key in out:
            continue
        if NAMED_AFTER.search(text[a.end:b.start]) and NAMED_AFTER.search(text[a.end:b.start]).end() == b.start - a.end:
            out[a.key] = b.key
    # "... signed a peace agreement on 7 July 1999. The Lomé Peace Agreement gave ...": the next
    # sentence opens with the name of an event of the same type the text has not named before
    first_named: dict[str, Mention] = {}
    for m in events:
        if entities[m.key].rule not in ANONYMOUS_RULES and m.kind != "anaphor":
            first_named.setdefault(m.key, m)
    for a in events:
        ea = entities[a.key]
        if ea.rule not in ANONYMOUS_RULES or a.key in out:
            continue
        nxt = [m for m in first_named.values() if m.sentence == a.sentence + 1 and entities[m.key].type == ea.type]
        if len(nxt) != 1 or any(m.start < a.start for m in first_named.values() if m.key == nxt[0].key):
            continue
        b, eb = nxt[0], entities[nxt[0].key]
        line = text[text.rfind(".", 0, b.start) + 1:b.start]
        if not re.fullmatch(r"\s*(?:The|the)?\s*", line):
            continue  # the name opens the sentence
        if ea.date and eb.date and not (ea.date.startswith(eb.date) or eb.date.startswith(ea.date)):
            continue
        if ea.place and ea.place in entities and entities[ea.place].label.lower() not in eb.label.lower():
            continue
        if any(m.sentence == a.sentence and m.key != a.key and entities[m.key].type == ea.type for m in events):
            continue  # another event of the type in the describing sentence: which one is named is unclear
        out[a.key] = b.key
    return out


def set_dates_and_places(doc: Document, sentences: list[Sentence], mentions: list[Mention], ents: DocEntities,
                         years: PassageYears, keys_by_sentence: list[set[str]],
                         spans: Sequence[tuple[int, Any]] = ()) -> None:
    """Agreements and meetings get the place the text gives ("signed in Geneva", "talks in Moscow",
    "talks between A and B opened in Juba") and the date of the sentence that reaches, signs or
    holds them."""
    ftext = searchable(doc.text)
    places = ByStart(m for m in mentions + ents.nested if m.type == "Location")
    # a wire story's dateline ("CRANS-MONTANA, Switzerland, July 7 (Reuters) -") is where the
    # event its first sentence describes took place, when that sentence says no other place
    dateline_place: dict[int, str] = {}
    for d in DATELINE.finditer(doc.text):
        loc = next(iter(places.between(d.start("d"), d.end("d"))), None)
        sent = next((x for x in sentences if x.start <= d.start("d") < x.end), None)
        if loc is not None and sent is not None and loc.type == "Location":
            dateline_place[sent.index] = loc.key
            if sent.index + 1 < len(sentences) and len(sent.text) < 100:  # the dateline read as a sentence of its own
                dateline_place[sent.index + 1] = loc.key
    for m in mentions:
        ent = ents.entities.get(m.key)
        if ent is None or ent.type not in {"Agreement", "Meeting"} or m.sentence < 0:
            continue
        sent = sentences[m.sentence]
        held_on = False  # the parse has the event's verb take an "on" (a date)
        if not ent.place or not ent.date:
            loc, event_verb = event_verb_place_date(m, spans, places)
            if loc is not None and not ent.place:
                ent.place = loc.key
            held_on = event_verb is not None and any(c.dep_ == "prep" and c.lower_ == "on" for c in event_verb.children)
        if not ent.place:
            for loc in places.between(m.start, m.end + 81):
                if loc.end > sent.end:
                    continue
                inside = m.start <= loc.start and loc.end <= m.end and ent.type == "Meeting"
                between = ftext[m.end:loc.start] if loc.start >= m.end else ""
                if inside or (loc.start >= m.end and PLACE_LINK.search(between)):
                    ent.place = loc.key
                    break
        if not ent.place and ent.rule in ANONYMOUS_RULES and m.sentence in dateline_place \
                and not any(x.type == "Location" and x.sentence == m.sentence and x.key != dateline_place[m.sentence] for x in mentions):
            ent.place = dateline_place[m.sentence]
        if not ent.date:
            after = ftext[m.end:sent.end]
            before = ftext[max(sent.start, m.start - 40):m.start]
            verb = re.search(rf"\b{REALISED}\s+(?:an?\s+|the\s+)?$", before) or re.match(rf"\s+(?:\w+\s+){{0,3}}?(?:was|were|had\s+been|has\s+been)?\s*(?:{REALISED}|held|opened|convened|took\s+place)\b", after)
            if held_on or verb:
                dates = find_dates(sent.text, years.year(m.sentence, {m.key}, keys_by_sentence))
                if dates:
                    ent.date = dates[0].iso


def _dedupe(claims: list[Claim]) -> list[Claim]:
    best: dict[tuple[str, str, str, int, str], Claim] = {}
    for c in claims:
        k = (c.subject, c.predicate, c.object, c.start, c.modality)
        if k not in best or c.confidence > best[k].confidence:
            best[k] = c
    return sorted(best.values(), key=lambda c: (c.start, c.subject, c.predicate, c.object, c.rule))


AUTHOR_BODY = re.compile(r"\b(?:Council|Assembly|Summit|Conference of Heads of State)\b")
MISSION_WORDS = re.compile(r"\b(?:mission|force|team|operation|contingent|monitoring group|observer group)\b", re.I)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def name_described_event(ent: Actor, place: str, doc: Document) -> None:
    """Label and aliases of an agreement or meeting the text describes but never names, from its
    head noun, place and date: "Geneva talks (2006-10-28)", also "talks in Geneva", "2006 talks",
    "agreement of 22 February 2002", so that a reader's name for it ("the Geneva talks") finds it.

    >>> a = Actor("k", "Talks", "Meeting")
    >>> name_described_event(a, "Geneva", Document("d", "", "T"))
    >>> a.label, sorted(a.aliases)
    ('Geneva talks', ['Geneva talks', 'talks', 'talks in Geneva'])
    """
    head = ent.label.split(" (")[0]
    low = head[0].lower() + head[1:]
    date = ent.date or ""
    ent.aliases.add(low)
    if place:
        ent.aliases |= {f"{place} {low}", f"{low} in {place}"}
    if date:
        year = date[:4]
        ent.aliases |= {f"{year} {low}", f"{low} of {year}"}
        if len(date) >= 7:
            month = MONTH_NAMES[int(date[5:7]) - 1]
            ent.aliases |= {f"{month} {year} {low}", f"{low} of {month} {year}"}
            if len(date) == 10:
                ent.aliases.add(f"{low} of {int(date[8:10])} {month} {year}")
    base = f"{place} {low}" if place else head
    if date:
        ent.label = f"{base} ({date})"
    elif place:
        ent.label = base
    else:
        ent.label = f"{head} ({(doc.title or doc.id)[:60].strip()})"


def described_merge_key(ent: Actor, doc: Document) -> str:
    """The key under which a described agreement or meeting merges across documents: the same
    head, place and date are the same event; without place or date, the same head in documents of
    the same title (copies of one report) are."""
    head = slugify(ent.label.split(" (")[0])
    if ent.place or ent.date:
        return f"described:{ent.type}:{head}:{ent.place or ''}:{ent.date or ''}"
    return f"described:{ent.type}:{head}:{slugify(doc.title or doc.id)}"


def convener(c: Claim, entities: dict[str, Actor], gaz: Any) -> Claim:
    """A state that convenes a meeting in its own capital hosts it ("Germany convened the Berlin
    conference"); one that convenes it elsewhere mediates it ("talks in Geneva, convened by the
    United States")."""
    if c.rule != "hosts.convene":
        return c
    ent = entities.get(c.object)
    entry = gaz.entries.get(c.subject)
    capital = (getattr(entry, "capital", None) or "") if entry is not None else ""
    if ent is None or not capital:
        return c
    names = {ent.label, *ent.aliases}
    place = entities.get(ent.place) if ent.place else None
    if place is not None:
        names.add(place.label)
    if any(capital.lower() in n.lower() for n in names):
        return c
    return replace(c, predicate="mediates", rule="mediates.convene")


def field_claims(doc: Document, sentences: list[Sentence], mentions: list[Mention], frames: FrameSet) -> list[Claim]:
    """Claims from labelled fields ("Mediators: A, B", an infobox flattened into text: "Signatories
    Government of Liberia; LURD; MODEL Location Accra"): each actor in a field's value relates by
    the field's predicate (``fields`` of the frames data) to the event the passage is about (the
    agreement, meeting or format named before the field in its paragraph, else the document's
    first)."""
    if not frames.fields:
        return []
    text = searchable(doc.text)
    labels = sorted(frames.fields, key=len, reverse=True)
    ends = sorted(set(labels) | set(frames.words("field_ends")), key=len, reverse=True)
    label_rx = re.compile(rf"(?<![\w-])(?P<l>{'|'.join(re.escape(x) for x in labels)})(?P<colon>\s*:)?[ \t]+", re.I)
    end_rx = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(x) for x in ends)})(?:\s*:)?[ \t]+(?=\S)|\n|(?<=[a-z)])\.\s", re.I)
    events = [m for m in mentions if m.type in {"Agreement", "Meeting", "NegotiationFormat"} and ":anonymous:" not in m.key]
    starts = {x.start for x in mentions}
    by_start = ByStart(events)
    all_by_start = ByStart(mentions)
    out: list[Claim] = []
    for m in label_rx.finditer(text):
        label = m.group("l")
        line_start = text.rfind("\n", 0, m.start()) + 1
        at_line_start = not text[line_start:m.start()].strip(" \t-*•")
        words_before = re.findall(r"[A-Za-z]+", text[line_start:m.start()])
        if not (m.group("colon") or (label[0].isupper() and (at_line_start or (
                len(words_before) >= 3 and words_before[-1].lower() not in {"the", "a", "an", "both", "two", "all"}
                and _capitalised_run(text, line_start, m.start()))))):
            continue
        first = next((x for x in all_by_start.between(m.end(), m.end() + 80)), None)
        if m.end() not in starts and (first is None or not _capitalised_run(text, m.end(), first.start)
                                      or re.search(r"[.;]", text[m.end():first.start])):
            continue  # a field's value starts with a name (an actor, or one the extraction missed)
        end_m = end_rx.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        # "Joaquim Chissano (President of Mozambique)": what a bracket says of an item is no item
        def bracketed(x: Mention) -> bool:  # "(RENAMO)" alone in its brackets is the item's short name
            if text.count("(", m.end(), x.start) <= text.count(")", m.end(), x.start):
                return False
            return not (text[:x.start].rstrip().endswith("(") and text[x.end:].lstrip().startswith(")"))

        inside = [x for x in all_by_start.between(m.end(), end) if x.end <= end and x.kind != "anaphor"
                  and x.type not in {"Agreement", "Meeting", "Location"} and not bracketed(x)
                  and x.kind != "demonym"]  # "Mozambican National Resistance" is no Mozambique
        if not inside:
            continue
        para = text.rfind("\n\n", 0, m.start()) + 1
        before = list(by_start.between(para, m.start()))
        target = before[0] if before else (events[0] if events else None)
        if target is None:
            continue
        pred = frames.fields[label.lower()]
        s = next((x for x in sentences if x.start <= m.start() < x.end), None)
        if s is None:
            continue
        # the evidence is the field, label and value, when the sentence is shorter ("Signatories:")
        a, b = (s.start, s.end) if s.end >= end else (min(s.start, m.start()), end)
        sig = frames.signatures.get(pred)
        for x in inside:
            if sig and (x.type not in sig.subject or target.type not in sig.object):
                continue
            out.append(Claim(x.key, pred, target.key, doc.id, doc.text[a:b], a, b, 0.75, f"{pred}.field",
                             "asserted", None, label))
    return out


#: "X and Y, hereinafter referred to as "the Parties"": the parties of the document's agreement.
HEREINAFTER = re.compile(r"(?i),?[ \t]*\(?hereinafter[ \t]+(?:jointly[ \t]+|collectively[ \t]+)?(?:referred[ \t]+to[ \t]+as|called|the)[ \t]+[\"'“‘]?(?:the[ \t]+)?(?:parties|signatories|contracting[ \t]+parties)")
SIDE_TYPES = frozenset({"State", "Government", "ArmedGroup", "PoliticalOrganization", "Organization"})


def own_agreement(doc: Document, mentions: list[Mention], before: int) -> Mention | None:
    """The agreement a document is the text of: the one its opening lines name, else the last one
    named before ``before``."""
    named = [m for m in mentions if m.type == "Agreement" and ":anonymous:" not in m.key and m.kind != "anaphor"]
    head = doc.text[:doc.text.find("\n\n", 40) if doc.text.find("\n\n", 40) > 0 else 300]
    title = next((m for m in named if m.end <= len(head)), None)
    if title is not None:
        return title
    return next((m for m in reversed(named) if m.end <= before), None)


def signature_claims(doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Claim]:
    """A treaty's own statements of its parties and signatories: "X and Y, hereinafter referred to as
    the Parties" are parties to the agreement; under "For the Government of X:" each named person signs
    it and X is a party (a body such as the United Nations that signs as witness is no party)."""
    text = searchable(doc.text)
    by_start = ByStart(mentions)
    out: list[Claim] = []
    for h in HEREINAFTER.finditer(text):
        s = next((x for x in sentences if x.start <= h.start() < x.end), None)
        target = own_agreement(doc, mentions, h.start())
        if s is None or target is None:
            continue
        for m in by_start.between(s.start, h.start()):
            if m.type in SIDE_TYPES and m.kind not in {"anaphor", "pronoun", "demonym"} and m.end <= h.start():
                out.append(Claim(m.key, "partyTo", target.key, doc.id, doc.text[s.start:h.end()], s.start, h.end(), 0.75,
                                 "partyTo.hereinafter", "asserted", None, "hereinafter"))
    for blk in SIGNATURE_BLOCK.finditer(text):
        target = own_agreement(doc, mentions, blk.start())
        if target is None:
            continue
        end = text.find("\n\n", blk.end())
        end = len(text) if end < 0 else end
        nxt = SIGNATURE_BLOCK.search(text, blk.end())
        end = min(end, nxt.start()) if nxt else end
        side = next((m for m in by_start.between(blk.start("side"), blk.end("side"))
                     if m.type in SIDE_TYPES | {"InternationalOrganization"} and m.kind != "demonym"), None)
        if side is not None and side.type in SIDE_TYPES:
            out.append(Claim(side.key, "partyTo", target.key, doc.id, doc.text[blk.start():end], blk.start(), end, 0.75,
                             "partyTo.signature-block", "asserted", None, "for"))
        for m in by_start.between(blk.end(), end):
            if m.type == "Person" and m.kind not in {"anaphor", "pronoun"}:
                line_start = text.rfind("\n", 0, m.start) + 1
                line_end = text.find("\n", m.end)
                e = end if line_end < 0 or line_end > end else line_end  # the evidence: the side's line to the name's
                out.append(Claim(m.key, "signs", target.key, doc.id, doc.text[blk.start():e], blk.start(), e, 0.75,
                                 "signs.signature-block", "asserted", None, text[line_start:m.end].strip()[:40]))
    return out


def _capitalised_run(text: str, a: int, b: int) -> bool:
    """Whether the line up to a field label reads like a flattened infobox (few lower-case words)
    rather than prose ("... the parties agreed")."""
    words = re.findall(r"[A-Za-z]+", text[a:b])
    if not words:
        return True
    lower = [w for w in words if w[0].islower() and w not in {"of", "and", "the", "for", "in", "on", "de", "du", "la"}]
    return len(lower) * 3 <= len(words)
