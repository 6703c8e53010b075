"""Relation frames matched on the dependency parse.

A *frame* (data, ``kg/data/frames/*.json``, documented in ``docs/frames.md``) names a trigger (the
lemmas of a verb, a noun, a hyphenated compound such as "Turkish-backed", or a title), the predicate
it expresses, the *slots* that fill its subject and object, the types allowed there and a confidence.
The engine here does the syntax once for every frame:

* the logical subject and object of a verb, through passive agents, reduced and full relative
  clauses, infinitive and participle clauses, and verbs conjoined with one another ("brokered and
  hosted by X" shares X, "signed and ratified the treaty" shares the treaty);
* the arguments of a noun: possessor ("Russia's mediation"), modifiers ("the Turkish mediation"),
  prepositions, the subject of a copula or an "as" phrase ("Norway acted as facilitator"), an
  appositive ("Qatar, the mediator"), and the subject of a light verb ("held talks with");
* what an argument stands for: the actors of a coordinated list, of a noun such as "forces",
  "delegation", "government of", of an appositive, of a relative pronoun;
* negation, refusal, failure and conditions read from the tree and scoped to the clause
  (:func:`modality_of`).

Slots (see ``docs/frames.md``): ``subj``, ``obj``, ``prep:IN|ON`` (a preposition of the trigger or,
for a verb, of its object), ``poss``, ``mod``, ``agent`` (any of a noun's subject positions:
possessor, modifier, copula or "as" subject, appositive, light-verb subject), ``head`` (the noun a
compound or title modifies), ``person`` (the person a title names), ``attr`` (the complement of a
copula whose subject is the trigger), ``event`` (the agreement, meeting or process the clause or
the passage is about).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.vocab import ACTOR_TYPES, MODALITIES, PREDICATES

FORMAT = "conflict-kg frames v1"
KINDS = ("verb", "noun", "compound", "title")
SLOTS = frozenset({"subj", "obj", "poss", "mod", "agent", "head", "person", "attr", "event", "iobj", "by", "self", "cop",
                   "appos", "light", "theme", "clause", "mission", "host", "under", "xobj", "recipient"})
#: Verbs whose subject gets what their object noun names: "the mission receives support from X".
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "enjoy", "accept", "secure", "win", "gain"})
ACTOR = frozenset(ACTOR_TYPES)
ALL_TYPES = ACTOR | {"Agreement", "Meeting", "Location"}
EVENT_TYPES = frozenset({"Agreement", "Meeting", "NegotiationFormat"})


class FramesError(InputError):
    """A frames file that does not follow the format (``docs/frames.md``)."""


@dataclass(frozen=True)
class Frame:
    """One relation frame (see the module docstring and ``docs/frames.md``)."""

    id: str
    predicate: str
    kind: str
    lemmas: frozenset[str]
    subject: tuple[str, ...]
    object: tuple[str, ...]
    confidence: float
    subject_types: frozenset[str] | None = None
    object_types: frozenset[str] | None = None
    particle: str | None = None  # a verb particle the trigger needs ("pull out")
    noun: frozenset[str] | None = None  # the object noun of a light-verb trigger ("take part", "hold talks")
    prep: frozenset[str] | None = None  # a preposition the trigger needs ("fight alongside")
    not_prep: frozenset[str] | None = None  # a preposition that rules the frame out ("joined as observers")
    object_not: frozenset[str] | None = None  # types of a verb's own object that rule it out ("sent him as envoy")
    negatable: bool = True
    modality: str | None = None  # force this modality ("planned" for "agreed to")
    symmetric_list: bool = False  # "talks between A and B": the members of one list relate to each other
    min_subjects: int = 1  # "the Three Brotherhood Alliance - A, B and C": a list, not a second name
    max_subjects: int | None = None  # "A and B met": two who meet negotiate; a meeting of four is a format
    named_object: bool = False  # the object must be named, not an event the text only describes
    pairwise: bool = False  # "A for India and B for Pakistan": the n-th subject goes with the n-th object
    subject_via: frozenset[str] | None = None  # how the subject may be reached (see VIAS); None: any way
    object_via: frozenset[str] | None = None
    object_heads: frozenset[str] | None = None  # the object's name must end in one of these words ("talks")


@dataclass(frozen=True)
class Signature:
    subject: frozenset[str]
    object: frozenset[str]


@dataclass
class FrameSet:
    """Frames by kind and lemma, and the type signature of each predicate."""

    frames: dict[str, Frame] = field(default_factory=dict)
    signatures: dict[str, Signature] = field(default_factory=dict)
    lexicon: dict[str, frozenset[str]] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)  # a field label ("Mediators") -> its predicate
    role_nouns: dict[str, str] = field(default_factory=dict)  # "guarantor" -> guarantees ("the guarantors")
    title_ends: frozenset[str] = frozenset()
    title_ids: frozenset[str] = frozenset()  # ids of the title frames
    title_lemmas: frozenset[str] = frozenset()  # the triggers of the title frames
    _index: dict[tuple[str, str], list[Frame]] = field(default_factory=dict)

    def index(self) -> None:
        self._index = {}
        for f in sorted(self.frames.values(), key=lambda f: f.id):
            for lem in f.lemmas:
                self._index.setdefault((f.kind, lem), []).append(f)
        # the last word of every multi-word title, to skip most tokens at once
        self.title_ends = frozenset(lem.split()[-1].split("-")[-1] for (kind, lem) in self._index if kind == "title")
        self.title_ids = frozenset(f.id for f in self.frames.values() if f.kind == "title")
        self.title_lemmas = frozenset(w for f in self.frames.values() if f.kind == "title" for w in f.lemmas)

    def lookup(self, kind: str, lemma: str) -> list[Frame]:
        return self._index.get((kind, lemma), [])

    def words(self, name: str) -> frozenset[str]:
        """A word list of the frames data (``lexicon`` section): refusal verbs, light verbs, ..."""
        return self.lexicon.get(name, frozenset())

    def merge(self, other: FrameSet) -> FrameSet:
        """A new set: this one with ``other``'s frames added or overriding by id, its signatures
        and word lists added or replacing by name."""
        out = FrameSet(dict(self.frames), dict(self.signatures), dict(self.lexicon), dict(self.fields),
                       dict(self.role_nouns))
        for fid, f in other.frames.items():
            out.frames[fid] = f
        out.signatures.update(other.signatures)
        out.lexicon.update(other.lexicon)
        out.fields.update(other.fields)
        out.role_nouns.update(other.role_nouns)
        out.index()
        return out


def _types(value: Any, where: str) -> frozenset[str] | None:
    if value is None:
        return None
    names = [value] if isinstance(value, str) else value
    out = set()
    for n in names:
        if n == "Actor":
            out |= ACTOR
        elif n == "Any":
            out |= ALL_TYPES
        elif n in ALL_TYPES:
            out.add(n)
        else:
            raise FramesError(f"{where}: unknown type {n!r} (allowed: Actor, Any, {', '.join(sorted(ALL_TYPES))})")
    return frozenset(out)


def _words(value: Any, where: str) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise FramesError(f"{where}: expected a word or a non-empty list of words")
    return frozenset(v.strip().lower() for v in value)


#: How an argument is reached: ``direct`` (the token is the mention), ``transparent`` (through a
#: noun such as "forces of", "diplomats from"), ``relative`` (a relative pronoun), ``appositive``,
#: ``title`` (a title and the name after it), ``event`` / ``clause-event`` (the event in focus),
#: ``self`` (the trigger's own mention).
VIAS = frozenset({"direct", "transparent", "relative", "appositive", "title", "event", "clause-event", "self", "pronoun",
                  "collective"})


def _vias(value: Any, where: str) -> frozenset[str] | None:
    if value is None:
        return None
    out = _words(value, where)
    bad = {v for v in out if v.split(":")[0] not in VIAS}
    if bad:
        raise FramesError(f"{where}: unknown way to reach an argument {sorted(bad)[0]!r} (allowed: {', '.join(sorted(VIAS))})")
    return out


def _slots(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FramesError(f"{where}: expected a slot name or a list of them")
    for v in value:
        for part in v.split("+"):  # "obj+prep:with": both positions together
            if part not in SLOTS and not part.startswith("prep:"):
                raise FramesError(f"{where}: unknown slot {part!r} (allowed: {', '.join(sorted(SLOTS))}, prep:WORD, "
                                  "and SLOT+SLOT for both)")
    return tuple(value)


def parse_frames(data: Any, source: str) -> FrameSet:
    """Read the JSON value of one frames file (see ``docs/frames.md``)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FramesError(f"{source}: not a frames file (expected an object with \"format\": \"{FORMAT}\")")
    fs = FrameSet()
    for name, sig in (data.get("signatures") or {}).items():
        if name not in PREDICATES:
            raise FramesError(f"{source}: signature of unknown predicate {name!r}")
        if not isinstance(sig, dict):
            raise FramesError(f"{source}: signature of {name!r} must be an object with subject and object")
        fs.signatures[name] = Signature(_types(sig.get("subject", "Actor"), f"{source}: {name}") or ACTOR,
                                        _types(sig.get("object", "Any"), f"{source}: {name}") or ALL_TYPES)
    for name, words in (data.get("lexicon") or {}).items():
        fs.lexicon[name] = _words(words, f"{source}: lexicon {name!r}")
    for label, pred in (data.get("fields") or {}).items():
        if pred not in PREDICATES:
            raise FramesError(f"{source}: field {label!r}: unknown predicate {pred!r}")
        fs.fields[label.lower()] = pred
    for noun, pred in (data.get("role_nouns") or {}).items():
        if pred not in PREDICATES:
            raise FramesError(f"{source}: role noun {noun!r}: unknown predicate {pred!r}")
        fs.role_nouns[noun.lower()] = pred
    frames = data.get("frames", [])
    if not isinstance(frames, list):
        raise FramesError(f"{source}: \"frames\" must be a list")
    for i, f in enumerate(frames):
        where = f"{source}: frame {i + 1}"
        if not isinstance(f, dict):
            raise FramesError(f"{where}: expected an object")
        fid = f.get("id")
        if not isinstance(fid, str) or not fid:
            raise FramesError(f"{where}: missing \"id\"")
        where = f"{source}: frame {fid!r}"
        pred = f.get("predicate")
        if pred not in PREDICATES:
            raise FramesError(f"{where}: unknown predicate {pred!r} (allowed: {', '.join(sorted(PREDICATES))})")
        kinds = [k for k in KINDS if k in f]
        if len(kinds) != 1:
            raise FramesError(f"{where}: give exactly one trigger: {', '.join(KINDS)}")
        conf = f.get("confidence", 0.7)
        if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
            raise FramesError(f"{where}: confidence must be a number in (0, 1]")
        mod = f.get("modality")
        if mod is not None and mod not in MODALITIES:
            raise FramesError(f"{where}: unknown modality {mod!r} (allowed: {', '.join(MODALITIES)})")
        for key in ("min_subjects", "max_subjects"):
            if key in f and (not isinstance(f[key], int) or isinstance(f[key], bool) or f[key] < 1):
                raise FramesError(f"{where}: {key} must be a whole number of at least 1")
        fs.frames[fid] = Frame(
            id=fid, predicate=pred, kind=kinds[0], lemmas=_words(f[kinds[0]], where),
            subject=_slots(f.get("subject", ["subj"]), where), object=_slots(f.get("object", ["obj"]), where),
            confidence=float(conf), subject_types=_types(f.get("subject_types"), where),
            object_types=_types(f.get("object_types"), where),
            particle=f.get("particle"), noun=_words(f["with_noun"], where) if "with_noun" in f else None,
            prep=_words(f["prep"], where) if "prep" in f else None,
            not_prep=_words(f["not_prep"], where) if "not_prep" in f else None,
            object_not=_types(f.get("object_not"), where),
            negatable=bool(f.get("negatable", True)), modality=mod,
            symmetric_list=bool(f.get("symmetric_list", False)),
            subject_via=_vias(f.get("subject_via"), where), object_via=_vias(f.get("object_via"), where),
            min_subjects=int(f.get("min_subjects", 1)), named_object=bool(f.get("named_object", False)),
            max_subjects=int(f["max_subjects"]) if "max_subjects" in f else None,
            pairwise=bool(f.get("pairwise", False)),
            object_heads=_words(f["object_heads"], where) if "object_heads" in f else None)
    fs.index()
    return fs


def load_frames_text(name: str, text: str) -> FrameSet:
    """Frames from the text of a file (``name`` for messages)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FramesError(f"{name}: not valid JSON ({e.msg} at line {e.lineno})") from None
    except RecursionError:
        raise FramesError(f"{name}: nested too deeply to be a frames file") from None
    return parse_frames(data, name)


def default_frames() -> FrameSet:
    """The frames shipped with the package (``kg/data/frames/*.json``, merged in name order)."""
    folder = resources.files("kg").joinpath("data", "frames")
    out = FrameSet()
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".json"):
            out = out.merge(load_frames_text(f"kg/data/frames/{entry.name}", entry.read_text("utf-8")))
    return out


def load_frames(files: Iterable[tuple[str, str]] = ()) -> FrameSet:
    """The shipped frames extended or overridden by the user's ``(name, text)`` files."""
    fs = default_frames()
    for name, text in files:
        fs = fs.merge(load_frames_text(name, text))
    return fs


def frames_file(path: Path | str) -> FrameSet:
    """Frames of one file on disk."""
    p = Path(path)
    try:
        return load_frames_text(str(p), p.read_text("utf-8-sig"))
    except OSError as e:
        raise FramesError(f"{p}: cannot be read ({e.strerror})") from None


# --------------------------------------------------------------------------- arguments on the tree

@dataclass(frozen=True)
class Arg:
    """An argument found for a slot: the mention index and how it was reached."""

    mention: int
    via: str = ""  # "" direct; "transparent", "relative", "appositive", "event" ...


class Sentence:
    """One parsed sentence with the mentions laid over its tokens."""

    def __init__(self, span: Any, offset: int, mentions: Sequence[Any], frames: FrameSet,
                 events: Sequence[int] = (), capitals: Mapping[str, str] | None = None,
                 missions: Sequence[int] = (), previous: int | None = None, parties: Sequence[int] = (),
                 roles: Mapping[str, Sequence[int]] | None = None, author: int | None = None) -> None:
        self.span = span
        self.author = author  # mention index of the body whose decisions the text lists ("Welcomes ...")
        self.parties = list(parties)  # mention indices of the parties in focus ("both sides")
        # predicate -> mention indices of those the document gave that role so far ("the guarantors")
        self.roles = {k: list(v) for k, v in (roles or {}).items()}
        self.previous = previous  # mention index of the previous sentence's subject
        self._failed: bool | None = None
        self.missions = list(missions)
        self.events = list(events)  # mention indices of the events in focus, most recent first
        self.capitals = capitals or {}
        self.offset = offset
        self.mentions = mentions
        self.frames = frames
        self.tok_mention: dict[int, int] = {}
        starts = [offset + t.idx for t in span]
        for mi, m in enumerate(mentions):
            j = max(0, bisect_right(starts, m.start) - 1)
            while j < len(starts) and starts[j] < m.end:
                t = span[j]
                a = starts[j]
                b = a + len(t.text)
                if a >= m.start and b <= m.end or (a < m.end and b > m.start and (min(b, m.end) - max(a, m.start)) * 2 >= b - a):
                    self.tok_mention.setdefault(t.i, mi)
                j += 1
        self.extent: dict[int, tuple[int, int]] = {}  # mention index -> (first, last) token index
        for ti in sorted(self.tok_mention):
            mi = self.tok_mention[ti]
            self.extent[mi] = (self.extent[mi][0], ti) if mi in self.extent else (ti, ti)
        self.heads: dict[int, int] = {}  # mention index -> head token index (its head lies outside the mention)
        for ti in sorted(self.tok_mention):
            mi = self.tok_mention[ti]
            t = span.doc[ti]
            if mi not in self.heads and (self.tok_mention.get(t.head.i) != mi or t.head.i == ti):
                self.heads[mi] = ti
        self.transparent = frames.words("transparent")
        self.action_nouns = frames.words("action_nouns")  # "Russia's invasion": the doer, not what "of" names
        self.place_transparent = frames.words("place_transparent")
        self.light = frames.words("light_verbs")
        self.copulas = frames.words("copulas")
        self.titles = frames.words("title_words")
        self.collective_nouns = frames.words("collective_nouns")
        groups = ACTOR - {"Person"}
        self.pronouns: dict[str, frozenset[str]] = {
            "its": groups | {"Agreement"}, "it": groups | {"Agreement"}, "their": groups, "they": groups, "them": groups,
            "his": frozenset({"Person"}), "her": frozenset({"Person"}), "he": frozenset({"Person"}), "she": frozenset({"Person"}),
            "him": frozenset({"Person"})}
        self.titles_leading = frames.title_lemmas
        # what a token's subject, object, actors and voice are does not change within the sentence:
        # each is worked out once, whichever frames ask (token index -> result)
        self._memo: dict[tuple[Any, ...], Any] = {}
        self.compound_heads = frames.words("compound_heads")
        self.honorifics = frames.words("honorifics")

    # -- mentions and what tokens stand for

    def _once(self, key: tuple[Any, ...], make: Any) -> Any:
        """``make()``, worked out once per sentence for ``key``."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def mention_of(self, t: Any) -> int | None:
        return self.tok_mention.get(t.i)

    def actors(self, t: Any, seen: set[int] | None = None, via: str = "") -> list[Arg]:
        """The actors a dependent token stands for (its coordination included)."""
        if seen is None and not via:
            return list(self._once(("actors", t.i), lambda: self._actors(t, set(), "")))
        return self._actors(t, seen if seen is not None else set(), via)

    def _actors(self, t: Any, seen: set[int], via: str) -> list[Arg]:
        out: list[Arg] = []
        group = [t] if t.dep_ == "conj" and self.mention_of(t) is None and False else [t, *self._conjuncts(t)]
        for c in group:
            if c.i in seen:
                continue
            seen.add(c.i)
            out.extend(self._one(c, seen, via))
        uniq: dict[int, Arg] = {}
        for a in out:
            uniq.setdefault(a.mention, a)
        return list(uniq.values())

    def _conjuncts(self, t: Any) -> list[Any]:
        out = []
        stack = [c for c in t.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            if c.pos_ in {"VERB", "ADJ"} and c.tag_ in {"VBN", "JJ"} and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children):
                # "the Turkish-backed Brotherhood and internationally recognized Government of National
                # Accord": the parser made the participle a conjunct; its "object" is the second noun
                objs = [x for x in c.children if x.dep_ == "dobj" and self.mention_of(x) is not None]
                if objs:
                    out.extend(objs)
                    continue
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        for c in t.children:  # "Qatar together with Egypt and the United States"
            if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in {"together", "along"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += [p, *p.conjuncts]
        if not out:
            out.extend(self._surface_conjunct(t))
        return out

    def _agent_list(self, first: Any) -> list[Any]:
        """"signed by A for Egypt, B for Israel and C for the United States": the persons after
        the first, each followed by the side they signed for, read from the surface when the
        parser lost the list."""
        mi = self.mention_of(first)
        if mi is None or self.mentions[mi].type != "Person":
            return []
        doc = first.doc
        end = self.span.end
        j = max(i for i, m in self.tok_mention.items() if m == mi) + 1
        out = []
        while j < end:
            if doc[j].lower_ not in {"for", "representing"}:
                break
            j += 1
            while j < end and doc[j].pos_ == "DET":
                j += 1
            side = self.mention_of(doc[j]) if j < end else None
            if side is None:
                break
            while j < end and self.mention_of(doc[j]) == side:
                j += 1
            while j < end and doc[j].lower_ in {",", "and"}:
                j += 1
            nxt = self.mention_of(doc[j]) if j < end else None
            if nxt is None or self.mentions[nxt].type != "Person":
                break
            out.append(doc[self.heads.get(nxt, j)])
            while j < end and self.mention_of(doc[j]) == nxt:
                j += 1
        return out

    def _surface_conjunct(self, t: Any) -> list[Any]:
        """"the Turkish-backed Brotherhood and internationally recognized Government of National
        Accord": a second noun phrase after "and" with only modifiers before its name, which the
        parser attached elsewhere; read as coordinated with ``t`` when both name actors."""
        mi = self.mention_of(t)
        doc = t.doc
        end = self.span.end
        if mi is None and t.lemma_.lower() in PARTY_NOUNS:
            # "by the Georgian side, the Abkhaz side, Russia and UNHCR": a side named by its modifier
            mi = next((self.mention_of(c) for c in t.children if c.dep_ in {"amod", "compound"} and c.i < t.i
                       and self.mention_of(c) is not None), None)
            last = t.i
        elif mi is not None:
            last = max(i for i, m in self.tok_mention.items() if m == mi)
        if mi is None or self.mentions[mi].type not in ACTOR:
            return []
        found: list[Any] = []
        j = last + 1
        while j < end and doc[j].lower_ in {",", "and", "or"}:
            closing = doc[j].lower_ in {"and", "or"} or (j + 1 < end and doc[j + 1].lower_ in {"and", "or"})
            while j < end and doc[j].lower_ in {",", "and", "or"}:
                j += 1
            k = j
            while k < end and k < j + 4 and self.mention_of(doc[k]) is None and doc[k].tag_ in {"RB", "JJ", "VBN", "VBD", "DT"}:
                k += 1
            nj = self.mention_of(doc[k]) if k < end else None
            if nj is None or nj == mi or self.mentions[nj].type not in ACTOR:
                break
            found.append(doc[self.heads.get(nj, k)])
            j = max(i for i, m in self.tok_mention.items() if m == nj) + 1
            if j < end and doc[j].lemma_.lower() in PARTY_NOUNS and self.mention_of(doc[j]) is None:
                j += 1  # "the Abkhaz side"
            if closing:
                return found  # "A, B and C": the list ends with its "and"
        return []  # a comma run without a closing "and" is not a list

    def _one(self, c: Any, seen: set[int], via: str) -> list[Arg]:
        mi = self.mention_of(c)
        if mi is not None:
            if not via:
                # "The Government of Uganda's delegation was led by": the parser made the name the
                # subject and hung the possessed noun inside it; the delegation is what is meant
                for t in c.subtree:
                    if t.dep_ == "poss" and t.i > c.i and self.mention_of(t) == mi and t.head.i != c.i \
                            and t.head.lemma_.lower() in self.transparent and self.mention_of(t.head) is None:
                        via = f"transparent:{t.head.lemma_.lower()}"
                        break
            out = [Arg(mi, via)]
            # "Mali, Burkina Faso and Niger sign": a list the parser read as an appositive
            for d in c.children:
                if d.dep_ == "appos" and d.i not in seen and not (d.i > 0 and d.doc[d.i - 1].text == "("):
                    dm = self.mention_of(d)
                    if dm is not None and dm != mi and _same_kind(self.mentions[dm].type, self.mentions[mi].type):
                        seen.add(d.i)
                        out.append(Arg(dm, via))
                        for x in self._conjuncts(d):
                            if x.i not in seen:
                                seen.add(x.i)
                                out.extend(self._one(x, seen, via))
            return out
        low = c.lower_
        lem = c.lemma_.lower()
        if c.dep_ == "conj" and any(d.dep_ == "amod" and d.lower_ == "other" for d in c.children) \
                and self.mention_of(c.head) is not None:
            # "Al-Shabaab and other armed groups which reject the agreement": the named ones are among them
            first = c.head
            return [Arg(m, via) for x in [first, *first.conjuncts] if x.i < c.i and (m := self.mention_of(x)) is not None]
        for d in c.children:  # "a mechanism that included the UN mission and the Church", "a team comprising A and B"
            if (d.dep_ == "relcl" and d.lemma_.lower() in MEMBER_VERBS and any(
                    x.dep_ == "nsubj" and (x.tag_ in {"WDT", "WP"} or x.lower_ == "that") for x in d.children)) \
                    or (d.dep_ == "acl" and d.tag_ == "VBG" and d.lemma_.lower() in MEMBER_VERBS):
                found = [a for x in d.children if x.dep_ == "dobj" for a in self.actors(x, seen, via)]
                if found:
                    return found
        for d in c.children:  # "armed groups such as the FPRC and the UPC": the examples named
            if d.dep_ == "prep" and d.lower_ == "as" and d.i > c.i and d.doc[d.i - 1].lower_ == "such":
                found = [a for p in d.children if p.dep_ == "pobj" for a in self.actors(p, seen, via)]
                if found:
                    return found
        named = self.named_by_title(c)
        if named is not None:
            return [Arg(named, via or "title")]
        listed = self.plural_title_list(c)[1]
        if listed:
            return [Arg(x, via or "title") for x in listed]
        if c.pos_ in {"NOUN", "PROPN"} and (lem in self.titles or lem in self.titles_leading or low in self.titles):
            # "Their envoy, the Algerian diplomat Lakhdar Brahimi, shuttled": the person the role
            # noun's appositive names, not its possessor (also a capitalised title, "the Minister of
            # Internal Affairs, X")
            x, person = c, None
            for _ in range(3):
                nxt = next((d for d in x.children if d.dep_ == "appos"), None)
                if nxt is None:
                    break
                pm = self.mention_of(nxt)
                if pm is not None:
                    person = pm if self.mentions[pm].type == "Person" else None
                    break
                x = nxt
            if person is None and not any(d.dep_ == "appos" for d in c.children):
                person = self._person_after_phrase(c)
                if person is not None and (h := self.heads.get(person)) is not None:
                    # "..., Field Marshal Birhanu Jula, and Tigrayan commander General Tadesse Werede":
                    # persons coordinated with the one named
                    more = [m for x in c.doc[h].conjuncts if (m := self.mention_of(x)) is not None
                            and self.mentions[m].type == "Person" and m != person]
                    return [Arg(person, via or "appositive"), *(Arg(m, via or "appositive") for m in more)]
            if person is not None:
                return [Arg(person, via or "appositive")]
        role = self._role_collective(c)
        if self.parties and self._collective(c):
            # "the two governments" are states or governments, "the two leaders" persons
            want = {"governments": {"State", "Government"}, "countries": {"State"}, "states": {"State"},
                    "leaders": {"Person"}, "presidents": {"Person"}}.get(low, ACTOR)
            fit = [p for p in self.parties if self.mentions[p].type in want]
            if len(fit) >= 2 or not role:
                return [Arg(p, "collective") for p in fit] if len(fit) >= 2 else []
        if role:
            return [Arg(p, "collective") for p in role]
        if c.pos_ == "PRON" and low in self.pronouns:
            ante = self.antecedent(c)
            return [Arg(ante, via or "pronoun")] if ante is not None else []
        if c.tag_ in {"WDT", "WP", "WP$"} or (low == "that" and c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
            rel = c.head
            if c.dep_ == "pobj" and (rel.dep_ == "prep" or rel.dep_ == "dep" and rel.pos_ == "ADP"):  # "of which SADR is a member"
                up = rel.head
                for _ in range(3):
                    if up.dep_ == "relcl" or up.head.i == up.i:
                        break
                    up = up.head
                rel = up
            if c.tag_ == "WP$" and rel.dep_ != "relcl" and rel.head.dep_ == "relcl":
                rel = rel.head  # "Vietnam, whose army had withdrawn": the clause of the possessed noun
            if rel.dep_ == "relcl":
                head = rel.head
                if c.i > 0 and c.doc[c.i - 1].text == ",":
                    # "a Committee, chaired by a representative of the UN, which will watch over": the
                    # relative after a participle set off by commas is said of the participle's noun
                    x, passed = head, False
                    for _ in range(5):
                        if x.dep_ not in {"pobj", "agent", "prep", "acl"} or x.head.i == x.i:
                            break
                        passed = passed or x.dep_ == "acl" and x.i > 0 and x.doc[x.i - 1].text == ","
                        x = x.head
                    if passed and self.mention_of(x) is not None:
                        head = x
                    # "a mission to Haiti, which is to provide support": the mission, not where it goes
                    hm = self.mention_of(head)
                    if head.dep_ == "pobj" and head.head.lower_ in {"to", "in", "into"} and hm is not None \
                            and self.mentions[hm].type in {"State", "Location"}:
                        sent = head.head.head  # the mission's noun, or the verb that sends it ("deploy a mission to X")
                        sent = next((o for o in sent.children if o.dep_ == "dobj"), sent) if sent.pos_ == "VERB" else sent
                        up = self.mention_of(sent)
                        if up is not None and self.mentions[up].type in {"InternationalOrganization", "ArmedGroup", "NegotiationFormat"}:
                            head = sent
                if low == "which" and (mi := self.mention_of(head)) is not None and self.mentions[mi].type == "Person":
                    # "which" is never a person: "a faction led by X which had emerged" is the faction
                    head = self._described_by_person_phrase(mi)
                    if head is None:
                        return []
                own = self.mention_of(head)
                plural = rel.tag_ == "VBP" or any(x.lower_ in {"were", "are", "have"} for x in (rel, *rel.children))
                if head.dep_ == "conj" and own is not None and not plural:
                    # "A, B and C, who had been X's chief of staff": the last of a list, not the list
                    return [Arg(own, via or "relative")]
                # "Saad Hariri, who leads X, and Nabih Berri": a name listed after the relative is no antecedent
                return [a for a in self.actors(head, seen, via or "relative")
                        if self.heads.get(a.mention, -1) < c.i or self.heads.get(a.mention) is None]
            return []
        owner: tuple[Any, str] | None = None
        agentive = lem in self.action_nouns or low in self.action_nouns
        if lem in self.transparent or low in self.transparent or lem in self.place_transparent or agentive:
            d = self.apposed_name(c)
            if d is not None and d.i not in seen and self.mentions[self.mention_of(d)].type in {
                    "InternationalOrganization", "ArmedGroup", "NegotiationFormat", "Organization"}:
                return self.actors(d, seen, via)  # "an ECOWAS vanguard force, ECOMIL, deployed": not its sender
            found: list[Arg] = []
            for d in c.children:
                if d.i in seen:
                    continue
                if d.dep_ == "poss" and (d.pos_ == "PRON" or d.tag_ == "WP$") and self.mention_of(d) is None:
                    owner = (d, via or f"transparent:{lem}")  # "his fighters": unless the phrase names them
                elif d.dep_ in {"poss", "compound", "amod", "nmod", "npadvmod", "nummod"} and self.mention_of(d) is not None:
                    found.extend(self.actors(d, seen, via or f"transparent:{lem}"))
                elif d.dep_ == "amod" and d.lower_ == "led" and d.i > 0 and d.doc[d.i - 1].text == "-":
                    # "an ECOWAS-led force deployed": the leader's force
                    found.extend(a for x in d.children if x.dep_ in {"npadvmod", "compound", "nmod", "amod"}
                                 and self.mention_of(x) is not None for a in self.actors(x, seen, via or f"transparent:{lem}"))
                elif d.dep_ in {"prep", "agent"} and (d.lower_ in ({"by"} if agentive else {"of", "from", "by"}) or (
                        lem in self.place_transparent and d.lower_ in {"in", "near", "around", "outside", "at"})):
                    for p in d.children:
                        if p.dep_ == "pobj":
                            found.extend(self.actors(p, seen, via or f"transparent:{lem}"))
                elif d.dep_ == "acl" and d.tag_ == "VBN" and lem in self.transparent and d.lemma_.lower() in DOING_VERBS:
                    # "the attacks perpetrated by elements of 3R": the doer
                    found.extend(a for ag in d.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                                 for a in self.actors(p, seen, via or f"transparent:{lem}"))
                elif d.dep_ == "acl" and lem in self.place_transparent and d.lemma_.lower() in {"hold", "control", "occupy", "man"}:
                    # "positions held by JEM": the holder, before the place the positions are in
                    holders = [a for ag in d.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                               for a in self.actors(p, seen, via or f"transparent:{lem}")]
                    if holders:
                        return holders
            if found:
                return found
        # "LURD, an armed group led by ...": the name right before the description, whatever the
        # parser attached the description to (it comes before an appositive the parser hung on it)
        named = self._surface_appositive(c)
        if named is not None:
            return [Arg(named, via or "appositive")]
        for d in c.children:
            if d.dep_ == "appos" and d.i not in seen:
                res = self.actors(d, seen, via or "appositive")
                if res:
                    return res
        if c.dep_ == "appos" and c.head.i not in seen and self.mention_of(c.head) is not None and c.pos_ in {"NOUN", "PROPN"}:
            return self.actors(c.head, seen, via or "appositive")  # "the CMA, an alliance that ...": the alliance is the CMA
        if owner is not None:
            return self.actors(owner[0], seen, owner[1])
        if c.tag_ == "NNS":
            return self._listed_members(c, seen, via)
        return []

    def _listed_members(self, c: Any, seen: set[int], via: str) -> list[Arg]:
        """The actors a plural noun lists: "eighteen states, including A and B"; "the parties, such as
        A"; as a subject, "eighteen states signed, among them A, B and C" or "..., including A"."""
        def pobjs(prep: Any) -> list[Arg]:
            return [a for p in prep.children if p.dep_ == "pobj" and p.i not in seen
                    for a in self.actors(p, seen, via or "listed")]

        def listing(prep: Any) -> bool:
            return prep.dep_ == "prep" and (prep.lower_ in {"including", "like"} or (
                prep.lower_ == "as" and any(x.lower_ == "such" for x in prep.children))
                or prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")

        for d in c.children:
            if listing(d):
                found = pobjs(d)
                if found:
                    return found
        v = c.head
        if c.dep_ in {"nsubj", "nsubjpass"} and v.pos_ in {"VERB", "AUX"}:
            for d in v.children:
                if d.i < c.i or d.i in seen:
                    continue
                if listing(d):
                    k = d.i - 1
                    while k > v.i and c.doc[k].is_punct:
                        k -= 1
                    x = c.doc[k]
                    while x.tag_ not in {"NNS", "NNPS"} and x.dep_ in {"pobj", "prep"} and x.head.i > v.i:
                        x = x.head
                    if k > v.i and x.tag_ in {"NNS", "NNPS"} and x.dep_ == "pobj":
                        continue  # "signed in front of several heads of state, including A": the list is theirs
                    found = pobjs(d)
                    if found:
                        return found
                # "..., among them the five permanent members, Vietnam and Thailand"
                if d.dep_ in {"appos", "npadvmod", "conj"} and any(x.dep_ == "prep" and x.lower_ == "among" and any(
                        p.lower_ in {"them", "whom", "these", "those"} for p in x.children) for x in d.children):
                    seen.add(d.i)
                    found = [a for x in [d, *self._conjuncts(d)] for a in self._one(x, seen, via or "listed")]
                    if found:
                        return found
        return []

    def _described_by_person_phrase(self, mi: int) -> Any:
        """The noun the phrase of the person mention ``mi`` hangs from ("a faction led by X":
        faction), or None."""
        ti = self.heads.get(mi)
        t = self.span.doc[ti] if ti is not None else None
        if t is None or t.dep_ not in {"pobj", "dobj", "appos", "conj"}:
            return None
        h = t.head
        for _ in range(4):
            if h.pos_ == "NOUN" and self.mention_of(h) is None:
                return h
            if h.dep_ not in {"prep", "agent", "acl", "relcl"} or h.head.i == h.i:
                break
            h = h.head
        return None

    def _surface_appositive(self, c: Any) -> int | None:
        """"... Democracy (LURD), an armed group led by ...": a noun phrase with an article right
        after a name and a comma describes that name, whatever the parser attached it to."""
        if c.pos_ != "NOUN" or not any(x.dep_ == "det" and x.lower_ in {"a", "an", "the"} for x in c.children):
            return None
        doc = c.doc
        left = min(x.i for x in c.subtree if x.i <= c.i)
        j = left - 1
        if j <= self.span.start or doc[j].text != ",":
            return None
        j -= 1
        if doc[j].text == ")":
            k = j - 1
            while k > self.span.start and doc[k].text != "(" and j - k < 8:
                k -= 1
            j = k - 1
        mi = self.mention_of(doc[j]) if j >= self.span.start else None
        if mi is None or self.mentions[mi].type not in ACTOR - {"Person"}:
            return None
        return mi

    def apposed_name(self, n: Any) -> Any | None:
        """The named appositive after a comma that a noun without a name of its own has ("a vanguard
        force, ECOMIL,"), or None; a bracket holds another name, no appositive."""
        return next((d for d in n.children if d.dep_ == "appos" and d.i > n.i and self.mention_of(d) is not None
                     and d.doc[d.i - 1].text == ","), None)

    def is_operation(self, mi: int | None) -> bool:
        """Whether mention ``mi`` names a military operation ("Operation Lightning Thunder"): what its
        launchers do, no doer of its own."""
        return mi is not None and self.mentions[mi].surface.startswith("Operation ")

    def _person_after_phrase(self, c: Any) -> int | None:
        """"the head of its parliamentary bloc, Mohammad Raad": the person named right after a role
        noun's phrase and a comma, whatever the parser hung the name on. The phrase holds no verb
        and no other name of a person; the name ends the clause or is followed by a comma."""
        doc = c.doc
        j = c.i + 1
        end = self.span.end
        while j < end and j - c.i <= 10 and doc[j].text != ",":
            t = doc[j]
            if t.text == "(":  # "the leader of the Liberation Tigers of Tamil Eelam (LTTE), X": a short name in brackets
                close = next((k for k in range(j + 1, min(j + 5, end)) if doc[k].text == ")"), None)
                if close is not None:
                    j = close + 1
                    continue
            if t.pos_ in {"VERB", "AUX", "PUNCT", "CCONJ"} or (
                    (mj := self.mention_of(t)) is not None and self.mentions[mj].type == "Person"):
                return None
            j += 1
        if j + 1 >= end or doc[j].text != ",":
            return None
        while j + 2 < end and j - c.i <= 14 and self.mention_of(doc[j + 1]) is None \
                and doc[j + 1].lower_.strip(".") in self.honorifics | self.titles:
            j += 1  # "the chief of staff of the ENDF, Field Marshal Birhanu Jula"
        mi = self.mention_of(doc[j + 1])
        if mi is None or self.mentions[mi].type != "Person":
            return None
        k = j + 1
        while k < end and self.mention_of(doc[k]) == mi:
            k += 1
        if k < end and doc[k].text not in {",", ".", ";", ")"}:
            return None
        return mi

    def failed_plan(self) -> bool:
        """Whether the sentence says a plan came to nothing ("the deployment never materialised",
        "the plan was shelved", "it did not happen")."""
        if self._failed is None:
            self._failed = False
            collapse = self.frames.words("collapse_verbs")
            for t in self.span:
                if t.lemma_.lower() not in collapse:
                    continue
                negated = any(c.dep_ == "neg" for c in t.children)
                subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if subj and (negated or t.lemma_.lower() not in self.frames.words("occurrence_verbs")) \
                        and subj[0].pos_ in {"NOUN", "PRON"} and self.mention_of(subj[0]) is None:
                    self._failed = True
        return self._failed

    def main_subject(self) -> int | None:
        """The actor the sentence is about: the subject of its main verb."""
        root = self.span.root
        if root.pos_ not in {"VERB", "AUX"}:
            return None
        for x in self.verb_subject(root):
            for a in self.actors(x):
                return a.mention
        for x in root.children:  # "The Truce Monitoring Group was set up in 1997. It was led by ..."
            if x.dep_ == "nsubjpass":
                for a in self.actors(x):
                    return a.mention
        if any(x.dep_ == "nsubj" and x.lower_ in {"we", "i", "you"} for x in root.children):
            # "we assembled the Truce Monitoring Group. It was led by ...": a speaker's own deed is about its object
            for x in root.children:
                if x.dep_ == "dobj":
                    for a in self.actors(x):
                        return a.mention
        return None

    def _role_collective(self, c: Any) -> list[int]:
        """"the guarantors", "the guarantor countries", "the two mediators", "the signatories":
        those the document has given that role so far (at least two of them)."""
        if not self.roles or c.tag_ not in {"NNS", "NNPS"} or self.mention_of(c) is not None:
            return []
        kids = [x for x in c.children if x.dep_ in {"det", "predet", "nummod", "compound", "amod", "poss"}]
        if not any(x.lower_ in {"the", "these", "both", "all", "two", "three", "four"} for x in kids):
            return []
        count = next((int(x.text) if x.text.isdigit() else {"two": 2, "three": 3, "four": 4, "both": 2}.get(x.lower_)
                      for x in kids if x.lower_ in {"two", "three", "four", "both"} or x.text.isdigit()), None)
        titled = self.roles.get(f"title:{c.lemma_.lower()}", [])
        if titled and (len(titled) == count or count is None and len(titled) >= 2):
            return titled  # "the two Presidents": the persons the document has titled so
        nouns = self.frames.role_nouns
        pred = nouns.get(c.lemma_.lower()) or (
            c.lower_ in self.collective_nouns | {"powers", "nations"}
            and next((nouns[x.lemma_.lower()] for x in kids if x.lemma_.lower() in nouns), None))
        holders = self.roles.get(pred, []) if pred else []
        return holders if len(holders) >= 2 else []

    def _collective(self, c: Any) -> bool:
        """"both sides", "the two parties", "the two leaders", "both": the parties in focus."""
        low = c.lower_
        kids = {x.lower_ for x in c.children if x.dep_ in {"det", "predet", "nummod", "quantmod", "amod"}}
        if low in self.collective_nouns and ("both" in kids or "two" in kids or "all" in kids and low == "parties"):
            return True
        return low == "both" and c.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}

    def antecedent(self, c: Any) -> int | None:
        """What a pronoun of the sentence refers to: the nearest actor named before it in the
        sentence whose kind fits ("its" and "it" an organisation, a state, an agreement; "his" and
        "her" a person; "their" a group or a list), outside the pronoun's own phrase."""
        low = c.lower_
        want = self.pronouns.get(low)
        if want is None:
            return None  # not a pronoun that refers to an actor ("which", "who")
        best = None
        # an object pronoun is not its own clause's subject: "US General X was named to lead it"
        own_subjects: set[int] = set()
        if c.dep_ in {"dobj", "pobj", "dative"} and low == "it":
            want = want - {"State"}  # "approved it", "endorsed it": a text or a body; "it" for a state is its subject
        if c.dep_ in {"dobj", "pobj"}:
            for v in c.ancestors:
                for x in v.children:
                    if x.dep_ in {"nsubj", "nsubjpass"}:
                        own_subjects |= {y.i for y in x.subtree}
                if v.dep_ not in {"xcomp", "prep", "pcomp", "advcl", "conj", "dobj", "acl"}:
                    break
        if c.dep_ == "poss" and c.head.dep_ == "pobj" and c.head.head.lower_ == "as" and c.head.head.head.pos_ in {"VERB", "AUX"}:
            # "The Protocol named A and B as its guarantors": the possessive of an "as" complement
            # is the subject's, not the object's
            for x in self.verb_subject(c.head.head.head):
                mi = self.mention_of(x) if x.pos_ != "PRON" else self.antecedent(x) if x.i < c.i and x.lower_ in self.pronouns else None
                if mi is not None and self.mentions[mi].type in want:
                    return mi
        if c.dep_ in {"nsubj", "nsubjpass"} and c.head.dep_ in {"ccomp", "acl"}:
            # "X gave Y notice that it was pulling out", "X told Y that it would withdraw": the
            # subject of a reported clause is the reporter's, not the addressee's
            g = c.head.head
            if g.pos_ in {"NOUN"} and g.dep_ in {"dobj", "pobj"}:
                g = g.head
            for x in g.children if g.pos_ in {"VERB", "AUX"} else ():
                mi = self.mention_of(x) if x.dep_ == "nsubj" else None
                if mi is not None and x.i < c.i and (self.mentions[mi].type in want or (
                        "State" in want and self.mentions[mi].type == "Location" and self.mentions[mi].key in self.capitals)):
                    return mi  # "Pyongyang declared it would never again take part": the capital's state
        for ti in range(c.i - 1, self.span.start - 1, -1):
            mi = self.tok_mention.get(ti)
            if mi is None or ti in own_subjects:
                continue
            m = self.mentions[mi]
            if m.type in want and self.heads.get(mi) == ti:
                best = mi
                break
        if best is None and self.previous is not None and self.mentions[self.previous].type in want:
            best = self.previous  # "It also renewed its condemnation": the last sentence's subject
        return best

    def named_by_title(self, c: Any) -> int | None:
        """The person a title token names when the name follows it ("President Recep Tayyip
        Erdogan", "Foreign Minister Lavrov"), whatever the parser made of the phrase."""
        if c.lemma_.lower() not in self.titles and c.lower_ not in self.titles:
            return None
        j = c.i + 1
        doc = c.doc
        end = self.span.end
        if j < end and doc[j].lower_ == "of":  # "the President of Georgia Mr. Mikheil Saakashvili"
            k = j + 1
            while k < end and doc[k].pos_ == "DET":
                k += 1
            of = self.mention_of(doc[k]) if k < end else None
            if of is not None and self.mentions[of].type != "Person":
                while k < end and self.mention_of(doc[k]) == of:
                    k += 1
                j = k
        while j < end and j < c.i + 12 and doc[j].lower_.strip(".") in self.honorifics | {",", "."}:
            j += 1
        if j < len(doc):
            mi = self.mention_of(doc[j])
            if mi is not None and self.mentions[mi].type == "Person":
                return mi
        return None

    def plural_title_list(self, c: Any) -> tuple[list[int], list[int]]:
        """"the Presidents of Russia and Moldova, Boris Yeltsin and Mircea Snegur": the bodies after a
        plural title's "of" and the persons listed after them, read off the words."""
        if c.tag_ not in {"NNS", "NNPS"} or c.lemma_.lower() not in self.titles:
            return [], []
        doc, end = c.doc, self.span.end
        j = c.i + 1
        bodies: list[int] = []
        first = self.mention_of(doc[j]) if j < end else None
        if first is not None and self.mentions[first].type == "Person":
            # "Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru": pairs, each person of a body
            persons: list[int] = []
            while j < end:
                pm = self.mention_of(doc[j])
                if pm is None or self.mentions[pm].type != "Person":
                    break
                k = self.extent[pm][1] + 1
                bm = self.mention_of(doc[k + 1]) if k + 1 < end and doc[k].lower_ == "of" else None
                if bm is None or self.mentions[bm].type == "Person":
                    break
                persons.append(pm)
                bodies.append(bm)
                j = self.extent[bm][1] + 1
                if j < end and doc[j].lower_ in {",", "and"}:
                    j += 1
                    if j < end and doc[j].lower_ == "and":
                        j += 1
                else:
                    break
            return (bodies, persons) if len(persons) >= 2 else ([], [])
        if j < end and doc[j].lower_ == "of":
            j += 1
            while j < end:
                m = self.mention_of(doc[j])
                if m is not None and self.mentions[m].type != "Person":
                    bodies.append(m)
                    j = self.extent[m][1] + 1
                elif doc[j].lower_ in {"the", "and", ","} and not (doc[j].text == "," and j + 1 < end and (
                        (pm := self.mention_of(doc[j + 1])) is not None and self.mentions[pm].type == "Person")):
                    j += 1
                else:
                    break
        if j >= end or doc[j].text != ",":
            return bodies, []
        persons: list[int] = []
        j += 1
        while j < end:
            m = self.mention_of(doc[j])
            if m is not None and self.mentions[m].type == "Person":
                persons.append(m)
                j = self.extent[m][1] + 1
            elif doc[j].lower_ in {"and", ","} and persons:
                j += 1
            else:
                break
        closed = len(persons) >= 2 and doc[self.extent[persons[-1]][0] - 1].lower_ == "and"
        return bodies, persons if closed else []

    def operative(self, v: Any) -> bool:
        """Whether a verb opens a resolution's or statement's paragraph with no subject of its own
        ("Welcomes the agreement", "Strongly condemns the attacks", "Commending the efforts of X"):
        its subject is the body that adopts the text."""
        x = v
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        if x.dep_ != "ROOT" or x.tag_ not in {"VBZ", "VBG"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in x.children):
            return False
        # the paragraph opens with the verb, or with adverbs before it ("Strongly condemns"), after a number
        first = next((t for t in self.span if not (t.is_punct or t.like_num or t.is_space or t.tag_ == "LS")), None)
        return first is not None and first.i <= x.i and first.text[:1].isupper() and all(
            t.pos_ == "ADV" for t in self.span.doc[first.i:x.i])

    def is_passive(self, v: Any) -> bool:
        return self._once(("passive", v.i), lambda: self._is_passive(v))

    def _is_passive(self, v: Any) -> bool:
        if any(c.dep_ in {"nsubjpass", "auxpass", "csubjpass", "agent"} for c in v.children):
            return True  # a "by" agent makes it passive whatever the tagger said ("led by X and backed by Y")
        if self.main_verb_of_list(v) is not None:
            return False
        if v.tag_ == "VBD" and v.dep_ == "acl" and v.i > 0 and v.doc[v.i - 1].lower_ == "," \
                and not any(c.dep_ in {"nsubj", "aux", "dobj"} for c in v.children) and not self.verb_read_as_relative(v):
            return True  # "The Commission, made up of ...": a participle the tagger read as a past tense
        return v.tag_ == "VBN" and v.dep_ in {"acl", "amod", "advcl", "relcl", "conj"} and not any(
            c.dep_ in {"nsubj", "aux"} for c in v.children)

    def main_verb_of_list(self, v: Any) -> Any | None:
        """"Schafik Handal, Joaquin Villalobos and three other commanders signed for the FMLN": the
        parser made the list the sentence's root and the verb a reduced relative of its last item.
        A sentence with no verb at its root has no reduced relative: the verb is the main one and
        the list (the root) its subject. Returns that root, else None."""
        root = v.sent.root
        if v.dep_ != "acl" or v.tag_ not in {"VBD", "VBN"} or root.pos_ not in {"NOUN", "PROPN"} or root.i > v.i:
            return None
        if any(c.dep_ in {"agent", "auxpass", "nsubj", "nsubjpass"} for c in v.children):
            return None
        h = v.head
        while h.dep_ in {"conj", "appos"} and h.head.i != h.i:
            h = h.head
        # "The Rio Protocol of 1942 named A and B as its guarantors": with an object of its own, the
        # verb hung on the root itself is the main one too
        return root if h.i == root.i and (h.i != v.head.i or any(c.dep_ in {"dobj", "oprd"} for c in v.children)) else None

    def verb_read_as_relative(self, v: Any) -> bool:
        """"Nuri, the leader of the UTO, signed for the UTO" (and "..., and Nuri, the leader of the
        UTO, signed for the UTO"): the parser made the name the root (or a conjunct of the main
        verb) and the verb after the comma its reduced relative. A past tense after a comma is the
        name's verb; a participle is only when an appositive stands between them (a headline's
        "Ceasefire, signed in Doha" stays a participle). No agent, no subject of its own."""
        if v.dep_ != "acl" or v.tag_ not in {"VBD", "VBN"} or v.i == 0 or v.doc[v.i - 1].lower_ != ",":
            return False
        h = v.head
        if h.pos_ not in {"PROPN", "NOUN"} or any(c.dep_ in {"agent", "nsubj", "nsubjpass", "auxpass"} for c in v.children):
            return False
        if not (h.dep_ == "ROOT" or h.dep_ == "conj" and h.head.pos_ in {"VERB", "AUX"}):
            return False
        return v.tag_ == "VBD" or any(c.dep_ == "appos" and c.i < v.i for c in h.children)

    # -- a verb's logical subject and object

    def verb_subject(self, v: Any, depth: int = 0) -> list[Any]:
        if depth:
            return self._verb_subject(v, depth)
        return list(self._once(("subject", v.i), lambda: self._with_together(v, self._verb_subject(v, 0))))

    def _with_together(self, v: Any, subjects: list[Any]) -> list[Any]:
        """"ECCAS, which, together with the AU, act as guarantors": the verb's "together with" (or
        "along with") joins its subject."""
        if not subjects:
            return subjects
        more = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > v.sent.start
                and (c.doc[c.i - 1].lower_ in {"together", "along"} or any(x.lower_ in {"together", "along"} for x in c.children))
                for p in c.children if p.dep_ == "pobj"]
        return subjects + [p for p in more if p not in subjects]

    def _verb_subject(self, v: Any, depth: int) -> list[Any]:
        if depth > 6:
            return []
        passive = self.is_passive(v)
        own = []
        for c in v.children:
            if c.dep_ == "agent" or (c.dep_ == "conj" and c.lower_ == "by" and c.pos_ == "ADP" and passive):
                # "by A and by B": the second "by" hangs on the first, or on the verb
                # "by A in Colombo and by B in the Vanni": the second "by" hangs on A's "in"
                inner = [x for x in c.subtree if x.i > c.i and x.lower_ == "by" and x.dep_ == "conj" and x.head.dep_ == "prep"
                         and x.head.head.dep_ == "pobj" and x.head.head.head.i == c.i]
                for by in (c, *[x for x in c.conjuncts if x.dep_ in {"conj", "agent", "prep"} and x.lower_ == "by"], *inner):
                    own += [p for p in by.children if p.dep_ == "pobj"]
            elif c.dep_ in {"nsubj", "csubj"} and not passive:
                own.append(c)
            elif c.dep_ == "nsubj" and passive:
                own.append(c)
            elif c.dep_ == "prep" and passive:
                # "signed by A on 15 August and by B on 16 August": the second "by" hangs on the date's "on"
                own += [p for x in c.conjuncts if x.lower_ == "by" and x.i > c.i for p in x.children if p.dep_ == "pobj"]
                if c.lower_ == "by" and c.i < v.i:  # "By the two presidents the document was signed"
                    own += [p for p in c.children if p.dep_ == "pobj"]
        if not own:  # "X is committed to": the parser hung the subject on the auxiliary
            own = [x for c in v.children if c.dep_ in {"aux", "auxpass"} for x in c.children if x.dep_ in {"nsubj", "nsubjpass"}]
        if not own and (root := self.main_verb_of_list(v)) is not None:
            own = [root]
        if not own and v.dep_ == "amod" and v.tag_ == "VBD":
            # "Turkey hosted talks between ...", read by the parser as a noun phrase ("Turkey-hosted
            # talks"): a past-tense verb is a verb, its "modifier" the subject
            own = [c for c in v.children if c.dep_ in {"npadvmod", "nsubj", "compound"}]
        if not own and _root_noun_as_verb(v):
            own = [c for c in v.children if c.dep_ in {"nmod", "compound"} and c.i < v.i]
        if not own and self.verb_read_as_relative(v):
            # "Nuri, the leader of the UTO, signed for the UTO", read as a noun with a relative: the
            # clause has no verb but this one, whose subject is the noun
            own = [v.head]
        if not own and not passive and v.dep_ == "ROOT" and v.tag_ in {"VBD", "VBZ", "VBP"} and v.i > self.span.start:
            # "On 11 December Turkey brokered ...": the parser hung the subject on the date's
            # preposition; the name just before a finite main verb is its subject
            prev = v.doc[v.i - 1]
            pm = self.mention_of(prev)
            if pm is not None and prev.dep_ in {"pobj", "compound", "npadvmod", "appos", "conj"} and prev.head.i != v.i:
                x = v.doc[self.heads.get(pm, prev.i)]
                while x.dep_ == "conj" and x.head.i != x.i and self.mention_of(x.head) is not None:
                    x = x.head  # "..., the Government of Sudan and the SPLM/A sign": the whole list
                own = [x]
        if own and passive:
            for c in v.children:  # "brokered by Qatar together with Egypt and the United States"
                if c.dep_ == "prep" and c.lower_ == "with" and any(x.lower_ in {"together", "along"} for x in c.children) \
                        or c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in {"together", "along"}:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            own += [p, *p.conjuncts]
            own += [x for x in self._agent_list(own[0]) if x not in own]
            # "signed by A for India and B for Pakistan": B, which the parser hung on India
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    for p in c.children:
                        for x in (p.conjuncts if p.dep_ == "pobj" else ()):
                            xm = self.mention_of(x)
                            if xm is not None and self.mentions[xm].type == "Person" and x not in own:
                                own.append(x)
        if own:
            return own
        if passive:
            # "brokered and hosted by Moscow": the agent of a later conjunct
            for c in v.children:
                if c.dep_ == "conj" and self.is_passive(c):
                    ag = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                    if ag:
                        return ag
            if v.dep_ == "conj" and self.is_passive(v.head):
                return [p for a in v.head.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            return []
        h = v.head
        if v.dep_ in {"xcomp", "ccomp"} and v.dep_ == "xcomp" or (v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            # control: "Russia agreed to deploy" (subject), "urged Russia to withdraw" (object)
            objs = [c for c in h.children if c.dep_ in {"dobj"}]
            if objs and h.lemma_.lower() in self.frames.words("object_control"):
                return objs
            if h.pos_ in {"VERB", "AUX"} and self.is_passive(h) and h.lemma_.lower() in self.frames.words("object_control"):
                # "MINUSMA was mandated to support the accord": the one mandated
                return [c for c in h.children if c.dep_ == "nsubjpass"] or self.verb_object(h, depth + 1)
            if h.pos_ in {"VERB", "AUX"}:
                return self.verb_subject(h, depth + 1)
            if h.pos_ == "ADJ" and h.dep_ in {"acomp", "amod", "advcl"} and h.head.lemma_.lower() in self.copulas | {"feel", "seem"}:
                # "Qatar is proud to have been a mediator", "Ghana is ready to send troops": the
                # subject of the adjective's copula
                return self.verb_subject(h.head, depth + 1)
            if h.pos_ in {"NOUN", "PROPN"}:  # "Russia's decision to withdraw", "the deployment of X to defend"
                return [c for c in h.children if c.dep_ == "poss"] or [
                    p for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if v.dep_ == "conj" and h.pos_ in {"VERB", "AUX"}:
            if self.is_passive(h) and not passive:
                # "which is led by Malaysia and has included contingents from ...": the shared surface
                # subject, not the first verb's agent
                surface = [c for c in h.children if c.dep_ == "nsubjpass"]
                if surface:
                    return surface
                return self.verb_object(h, depth + 1)
            return self.verb_subject(h, depth + 1)
        if v.dep_ == "relcl":
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
                return []
            return []
        if v.dep_ in {"acl", "advcl"} and v.tag_ == "VBG":
            # "Qatar, mediating between ...": the noun; "..., accusing Turkey": the main clause's subject
            if v.dep_ == "acl":
                # "a Group of Friends of the peace process consisting of A, B": up the "of" chain to a name
                x = h
                def named(y: Any) -> bool:
                    my = self.mention_of(y)
                    return my is not None and self.mentions[my].kind != "anaphor"

                for _ in range(3):
                    if named(x) or not (x.dep_ == "pobj" and x.head.lower_ == "of"):
                        break
                    x = x.head.head
                return [x if named(x) else h]
            if h.pos_ in {"VERB", "AUX"}:
                return self.verb_subject(h, depth + 1)
        if v.dep_ == "pcomp" and h.dep_ == "prep" and h.lower_ in {"in", "for"}:
            # "the efforts of X in facilitating the process", "commending X's role in brokering": the doer
            # of the effort, whether the parser hung "in" on the noun or on the verb
            n = h.head if h.head.pos_ == "NOUN" else next((c for c in h.head.children if c.dep_ == "dobj"), None)
            if n is not None and n.lemma_.lower() in EFFORT_NOUNS:
                doers = [c for c in n.children if c.dep_ == "poss"] or [
                    p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for x in (c, *c.conjuncts) for p in x.children if p.dep_ == "pobj"]
                if doers:
                    return doers
        if v.dep_ == "pcomp" and h.dep_ == "prep" and h.lower_ == "for" and (
                h.head.lemma_.lower() in GRATITUDE_NOUNS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in GRATITUDE_NOUNS for c in h.head.children)):
            # "expressing its appreciation to Djibouti for hosting", "pays tribute to X for facilitating":
            # the one thanked, whether "to" hangs on the noun or on the verb
            g = h.head
            for x in (g, *(c for c in g.children if c.dep_ == "dobj")):
                to = [p for c in x.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
                if to:
                    return to
        if v.dep_ == "pcomp" and h.dep_ == "prep":
            objs = [c for c in h.head.children if c.dep_ == "dobj"]
            if h.head.pos_ in {"VERB", "AUX"}:
                if objs and h.lower_ in {"for", "of"}:
                    return objs  # "thanked Egypt for hosting", "accused Kinshasa of working with"
                return self.verb_subject(h.head, depth + 1)  # "by signing the deal", "after withdrawing from"
            # the verb read as a noun ("The Council thanks Kenya for hosting"): its object if it names an actor
            objs = [c for c in objs if c.i < h.i and self.actors(c)]
            if objs and h.lower_ in {"for", "of"}:
                return objs
        return []

    def verb_object(self, v: Any, depth: int = 0) -> list[Any]:
        if depth:
            return self._verb_object(v, depth)
        return list(self._once(("object", v.i), lambda: self._verb_object(v, 0)))

    def _verb_object(self, v: Any, depth: int) -> list[Any]:
        if depth > 6:
            return []
        passive = self.is_passive(v)
        own = [c for c in v.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"})]
        if passive and not own and v.dep_ in {"acl", "amod"}:
            own = [v.head]  # "an agreement signed by A": the noun
            later = [c for c in v.head.conjuncts if v.head.i < c.i < v.i]
            if v.dep_ == "acl" and later and v.doc[v.i - 1].lower_ not in {",", ";"}:
                # "between ZANU-PF and the Movement for Democratic Change led by X": the parser hung
                # the participle on the list; with no comma before it, it is the nearest item's
                return [max(later, key=lambda c: c.i)]
            here, near = self.mention_of(v.head), self.mention_of(v.doc[v.i - 1]) if v.i > 0 else None
            if here is not None and near is not None and near != here and self.mentions[here].type == "Location" \
                    and self.mentions[near].type != "Location" and v.head.is_ancestor(v.doc[v.i - 1]):
                # "talks in Lusaka between the government and the Front led by X": the parser hung the
                # participle on the place; it describes the actor it follows
                return [v.doc[self.heads.get(near, v.i - 1)]]
            if here is not None and self.mentions[here].type == "Location" and v.doc[v.i - 1].text == "," \
                    and v.head.dep_ == "pobj" and v.head.head.lower_ in {"in", "at", "near"}:
                # "the Protocol was signed in Lusaka, brokered by Zambia": a participle after the
                # place where something happened describes what happened there
                host = v.head.head.head
                if host.pos_ in {"NOUN", "PROPN"}:
                    return [host]
                if host.pos_ in {"VERB", "AUX"}:
                    what = [c for c in host.children if c.dep_ == ("nsubjpass" if self.is_passive(host) else "dobj")]
                    if what:
                        return what
        if not own and v.dep_ == "amod" and v.tag_ == "VBD":
            own = [v.head]  # "Turkey hosted talks" misread as a noun phrase: the head noun is the object
        if passive and not own and v.dep_ == "conj" and v.head.pos_ in {"VERB", "AUX"} and not self.is_passive(v.head):
            own = self.verb_subject(v.head, depth + 1)  # "the talks opened in X and were moved to Y"
        if passive and not own and v.dep_ == "conj" and v.head.pos_ == "ADJ" and v.head.dep_ == "acomp" \
                and v.head.head.lemma_.lower() in self.copulas:
            own = self.verb_subject(v.head.head, depth + 1)  # "The RUF was armed and financed by X": "armed" read as an adjective
        bare_participle = v.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "aux"} for c in v.children)
        near = self.mention_of(v.doc[v.i - 1]) if v.i > v.sent.start else None
        if (passive or bare_participle) and not own and v.dep_ == "advcl" and near is not None \
                and self.mentions[near].type in ACTOR and v.doc[v.i - 1].pos_ == "PROPN" \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in v.children):
            # "the talks were between A and the Front led by X": a participle right after a name,
            # with no comma, describes the name, not the clause the parser hung it on
            return [v.doc[self.heads.get(near, v.i - 1)]]
        before = v.i - 2 if v.i >= 2 and v.doc[v.i - 2].text != ")" else v.i - 3  # "... (IICD), chaired by"
        if (passive or bare_participle) and not own and v.dep_ == "advcl" and v.i > v.head.i and before >= v.sent.start \
                and v.doc[v.i - 1].text == "," and (named := self.mention_of(v.doc[before])) is not None \
                and (self.mentions[named].type in EVENT_TYPES or v.lemma_.lower() in LEAD_VERBS
                     and self.mentions[named].type in ACTOR - {"Person"}) \
                and not any(self.mention_of(x) == named for x in self.verb_subject(v.head, depth + 1)):
            # "X builds on the Quadripartite Agreement on ..., signed in 1994 by A and B": a participle
            # after the main clause describes the agreement or meeting named just before its comma
            # (and "for the Commission (IICD), chaired by X, to confirm": the body it leads)
            return [v.doc[self.heads.get(named, before)]]
        if (passive or bare_participle) and not own and v.dep_ == "advcl":
            # "Signed in Bangui, the agreement ...", "A commission was set up, made up of ...": what the
            # main clause is about
            own = [c for c in v.head.children if c.dep_ == "nsubjpass"] or self.verb_subject(v.head, depth + 1)
        if passive and not own and v.dep_ == "xcomp" and v.head.pos_ in {"VERB", "AUX"}:
            # "a Russian force was to be deployed", "troops are expected to be sent": the controller
            h = v.head
            objs = [c for c in h.children if c.dep_ == "dobj"]
            own = objs if objs and h.lemma_.lower() in self.frames.words("object_control") else self.verb_subject(h, depth + 1)
        if v.dep_ == "relcl" and not own:
            rel = [c for c in v.children if c.tag_ in {"WDT", "WP"} or c.lower_ == "that"]
            if rel and rel[0].dep_ in {"dobj", "nsubjpass"} or (not rel and any(c.dep_ == "nsubj" for c in v.children)):
                own = [v.head]  # "the deal (that) Russia brokered", "the deal which was brokered by"
        if own:
            return own
        if v.dep_ == "conj" and v.head.pos_ in {"VERB", "AUX"} and self.is_passive(v.head) == passive:
            return self.verb_object(v.head, depth + 1)
        for c in v.children:  # "signed and ratified the treaty": the object of a later conjunct
            if c.dep_ == "conj" and self.is_passive(c) == passive:
                later = [x for x in c.children if x.dep_ in ({"nsubjpass"} if passive else {"dobj"})]
                if later:
                    return later
        return []

    def preps(self, t: Any, words: frozenset[str], with_object: bool = True) -> list[Any]:
        """Objects of the trigger's prepositions ``words`` (and, for a verb, of its object's)."""
        hosts = [t]
        if t.dep_ in {"compound", "nmod", "amod"} and t.head.lemma_.lower() in self.compound_heads:
            hosts.append(t.head)
        if t.dep_ in {"attr", "acomp"} and t.head.lemma_.lower() in self.copulas and t.pos_ in {"NOUN", "ADJ"}:
            hosts.append(t.head)  # "of which Morocco is a member": the parser hangs "of" on the copula
        if with_object and t.pos_ in {"VERB", "AUX"}:
            objs = [c for c in t.children if c.dep_ in {"dobj", "attr", "oprd"}]
            # "brought together A and B with C": the parser hangs "with" on the last conjunct
            hosts += objs + [x for o in objs for x in o.conjuncts if x.i > o.i]
        late = set()  # a light verb's prepositions after its noun are the noun's: "provided support to X"
        if with_object and t.pos_ == "NOUN" and t.dep_ == "dobj" and (
                t.head.lemma_.lower() in self.light or t.head.lemma_.lower() in RECEIVING_VERBS):
            hosts.append(t.head)
            late.add(t.head.i)
        out = []
        for h in hosts:
            for c in h.children:
                if h.i in late and c.i < t.i:
                    continue
                if (c.dep_ in {"prep", "agent", "dative"} or c.dep_ in {"dep", "conj"} and c.pos_ == "ADP") \
                        and (c.lower_ in words or self._two_word(c) in words):
                    out += [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
                    # "withdraw from the outskirts of Tripoli": prep of a place noun
                elif c.dep_ == "prep" and c.pos_ == "ADP" and any(f"{c.lower_} {x.lower_}" in words for x in c.children):
                    # "pulling out of X" with "out" read as a preposition: "of" hangs on it
                    out += [p for x in c.children if x.dep_ == "prep" and f"{c.lower_} {x.lower_}" in words
                            for p in x.children if p.dep_ == "pobj"]
                elif c.dep_ == "prt" and c.lower_ in words:  # "pulled out of": "of" hangs on the particle
                    out += [p for x in c.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pobj"]
                elif c.dep_ in {"prt", "advmod"} and c.lower_ in {"away", "back", "off", "out"}:
                    # "broke away from the MILF": the preposition hangs on the particle
                    out += [p for x in c.children if x.dep_ == "prep" and x.lower_ in words for p in x.children if p.dep_ == "pobj"]
        return out

    def principals(self, t: Any, subj: Sequence[Arg]) -> list[Arg]:
        """Those a trigger's doers act for: "on behalf of X" (or "on X's behalf") on the trigger,
        or on a participle after a doer ("Thabo Mbeki, acting on behalf of SADC")."""
        hosts = [t] + [c for a in subj if (h := self.heads.get(a.mention)) is not None
                       for c in self.span.doc[h].children if c.dep_ in {"acl", "relcl", "advcl"}]
        hosts += [x for x in self.span if x.i > t.i and x.dep_ in {"advcl", "acl", "conj"} and x.tag_ == "VBG"
                  and x.lemma_.lower() in {"act", "work", "speak"}]  # ", acting on behalf of X" hung on the root
        out: list[Arg] = []
        for h in hosts:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ != "on":
                    continue
                for b in p.children:
                    if b.dep_ != "pobj" or b.lower_ != "behalf":
                        continue
                    for x in b.children:
                        if x.dep_ == "poss":
                            out += self.actors(x)
                        elif x.dep_ == "prep" and x.lower_ == "of":
                            out += [a for o in x.children if o.dep_ == "pobj" for a in self.actors(o)]
        return out

    @staticmethod
    def _two_word(prep: Any) -> str:
        """"out of", "on behalf of", "in support of": the preposition with its companion word."""
        prev = prep.doc[prep.i - 1] if prep.i > 0 else None
        return f"{prev.lower_} {prep.lower_}" if prev is not None else prep.lower_

    # -- a noun's subject positions

    def noun_agent(self, n: Any) -> list[Arg]:
        """Who does what a noun names: possessor, modifier, copula or "as" subject, appositive,
        light-verb subject; the first position that yields an actor. Who leads it does it too
        ("the joint AU-UN mediation headed by X")."""
        heads = [n, n.head] if n.dep_ == "compound" and n.head.pos_ == "NOUN" else [n]  # "the mediation team, headed by X"
        led = [a for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LEAD_VERBS
               for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in self.actors(p)]
        for slot in ("poss", "mod", "cop", "appos", "light"):
            res = self.noun_slot(n, slot)
            if slot == "poss":  # "its guarantors" of an agreement: the possessive is what they guarantee
                res = [a for a in res if self.mentions[a.mention].type not in {"Agreement", "Meeting"}]
            if res:
                return res + [a for a in led if a.mention not in {r.mention for r in res}]
        return led

    def noun_slot(self, n: Any, slot: str) -> list[Arg]:
        if n.dep_ in {"compound", "nmod", "amod"} and n.head.lemma_.lower() in self.compound_heads and slot in {"cop", "appos", "light", "poss"}:
            n = n.head  # "returned as guarantor countries", "Norway's mediator role": the phrase's head
        if slot == "poss":
            out = []
            for c in n.children:
                if c.dep_ != "poss":
                    continue
                if c.lower_ == "their" and n.dep_ == "dobj" and n.head.pos_ in {"VERB", "AUX"}:
                    # "A and B expressed their support": the clause's own subjects, all of them
                    subj = [a for x in self.verb_subject(n.head) for a in self.actors(x)]
                    if len(subj) >= 2:
                        out += subj + [a for a in self.actors(c) if a.mention not in {b.mention for b in subj}]
                        continue
                out += self.actors(c)
            return out
        if slot == "mod":
            out: list[Arg] = []
            for c in n.children:
                if c.dep_ in {"compound", "amod", "nmod", "npadvmod"} and self.mention_of(c) is not None \
                        and self.mention_of(c) != self.mention_of(n) and (c.i < n.i or c.dep_ != "npadvmod"):
                    out += self.actors(c)  # a modifier before the noun; "the Special Envoy, Amman" is an address
                    # "the joint AU-UN mediation": each name joined to it by a hyphen or a slash
                    out += [a for d in c.children if d.dep_ in {"compound", "amod", "nmod"} and d.i < c.i
                            and self.mention_of(d) not in {None, self.mention_of(c)}
                            and any(x.text in {"-", "–", "/"} for x in c.doc[d.i + 1:c.i]) for a in self.actors(d)]
                elif c.dep_ == "amod" and c.lower_ == "led" and c.i > 0 and c.doc[c.i - 1].text == "-":
                    # "the Hamas-led attack", "a Qatari-led mediation": who leads the action does it
                    out += [a for d in c.children if d.dep_ in {"npadvmod", "compound", "nmod", "amod"}
                            and self.mention_of(d) is not None for a in self.actors(d)]
            if not out and n.dep_ == "compound" and self.mention_of(n) is None and not self._inside_longer_title(n):
                # "AU Commission Chairperson Moussa Faki": the parser hung every word on the name;
                # the name just before the title (and the title's own words) modifies it
                j = n.i - 1
                while j >= n.sent.start and n.doc[j].dep_ in {"compound", "amod"} and self.mention_of(n.doc[j]) is None \
                        and n.doc[j].head.i in {n.i, n.head.i} and n.doc[j].text[:1].isupper():
                    j -= 1
                if j >= n.sent.start and n.doc[j].dep_ in {"compound", "amod"} and n.doc[j].head.i == n.head.i \
                        and self.mention_of(n.doc[j]) not in {None, self.mention_of(n.head)}:
                    out += self.actors(n.doc[j])
            return out
        if slot == "cop":
            h = n.head
            if n.dep_ in {"attr", "acomp", "oprd"} and h.lemma_.lower() in self.copulas:
                return [a for s in self.verb_subject(h) for a in self.actors(s)]
            if n.dep_ == "pobj" and h.lower_ == "as":
                host = h.head
                if host.lemma_.lower() in self.frames.words("perception_verbs"):
                    return []  # "perceived as a biased mediator": a view of the actor, not its role
                if host.pos_ in {"VERB", "AUX"}:
                    if self.is_passive(host):
                        return [a for s in self.verb_object(host) for a in self.actors(s)]
                    objs = [c for c in host.children if c.dep_ in {"dobj", "oprd"}]
                    if objs and host.lemma_.lower() in self.frames.words("appoint_verbs"):
                        return [a for s in objs for a in self.actors(s)]
                    return [a for s in self.verb_subject(host) for a in self.actors(s)]
                if host.pos_ in {"NOUN", "PROPN"}:  # "Turkey's role as guarantor"
                    return self.noun_slot(host, "poss") or self.noun_slot(host, "mod") or self.actors(host)
            if n.dep_ == "nsubj" and h.lemma_.lower() in self.copulas:  # "The mediators were A and B"
                return [a for c in h.children if c.dep_ in {"attr"} for a in self.actors(c)]
            return []
        if slot == "appos":
            if n.dep_ == "appos":
                # "A, the alliance" is A's; "the Alliance - the B Army, ...": a listed name is not its list's;
                # "launched Operation X, a joint offensive": an operation is what its launchers do
                hm = self.mention_of(n.head)
                if self.is_operation(hm):
                    return []
                if hm is not None and n.i > 0 and n.doc[n.i - 1].text == "(" and self.mentions[hm].type in ACTOR:
                    return [Arg(hm)]  # "Qatar (mediator); A; B": the bracket is Qatar's alone, not its list's
                return self.actors(n.head) if n.pos_ != "PROPN" else []
            doc = n.doc
            # an acronym in brackets is another name, not an appositive: "the SADC Mission (SAMIDRC)"
            found = [a for c in n.children if c.dep_ == "appos" and not (c.i > 0 and doc[c.i - 1].text == "(")
                     for a in self.actors(c)]
            if not found and n.pos_ == "NOUN" and not any(c.dep_ == "appos" for c in n.children):
                # "The chief negotiator for the LTTE, Anton Balasingham": the parser hung the name on
                # the LTTE
                person = self._person_after_phrase(n)
                found = [Arg(person, "")] if person is not None else []
            return found
        if slot == "light":
            h = n.head
            if n.dep_ in {"dobj", "nsubjpass"} and h.lemma_.lower() in self.light:
                return [a for s in (self.verb_subject(h)) for a in self.actors(s)]
            if n.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in {"in", "into"} and h.head.lemma_.lower() in self.light:
                return [a for s in self.verb_subject(h.head) for a in self.actors(s)]
            return []
        return []

    def under_host(self, n: Any) -> list[Arg]:
        """What "under the leadership of X" is said of: the noun the phrase hangs on ("a mission under
        the command of X"); on a verb, its object when the phrase follows it ("established UNMIN under
        the leadership of X"), else its subject ("the rebels, under the command of X, attacked")."""
        u = n.head
        if n.dep_ != "pobj" or u.lower_ != "under":
            return []
        h = u.head
        if h.pos_ in {"NOUN", "PROPN"}:
            return self.actors(h)
        if h.pos_ in {"VERB", "AUX"}:
            objs = [o for o in self.verb_object(h) if o.i < u.i] if not self.is_passive(h) else []
            return [a for o in objs for a in self.actors(o)] or [a for x in self.verb_subject(h) for a in self.actors(x)]
        return []

    # -- slots

    def fill(self, t: Any, frame: Frame, slots: Sequence[str], role: str, exclude: frozenset[int] = frozenset(),
             types: frozenset[str] | None = None, capitals: bool = False) -> list[Arg]:
        """The arguments of the first slot that yields any of an allowed type (a slot ``A+B`` yields
        what both positions do; other than
        ``exclude``: an object is never the subject itself, "the mediation of IGAD" leaves the
        object to the next slot)."""
        for slot in slots:
            found = [a for part in slot.split("+") for a in self.slot(t, frame, part, role)]
            res = [a for a in found if a.mention not in exclude
                   and (types is None or _type_ok(self.mentions[a.mention], types, self.capitals if capitals else {}))]
            if res:
                if "+" in slot:  # each actor once, at its first position
                    seen: set[int] = set()
                    res = [a for a in res if not (a.mention in seen or seen.add(a.mention))]
                return res
        return []

    def slot(self, t: Any, frame: Frame, slot: str, role: str) -> list[Arg]:
        return list(self._once(("slot", t.i, frame, slot, role), lambda: self._slot(t, frame, slot, role)))

    def _slot(self, t: Any, frame: Frame, slot: str, role: str) -> list[Arg]:
        if slot.startswith("prep:"):
            words = frozenset(w.replace("_", " ") for w in slot[5:].split("|"))
            out = []
            targets = self.preps(t, words)
            if frame.kind == "title" and self._title_on_name(t):
                targets += self.preps(t.head, words)  # "King Fahd of Saudi Arabia": "of" hangs on the name
            if frame.kind == "title" and not targets and t.dep_ == "conj" and t.i + 2 < self.span.end \
                    and t.doc[t.i + 1].lower_ in words:
                # "... and Chairperson of ECOWAS" with "of ECOWAS" hung elsewhere: the words after the title
                j = t.i + 2
                while j < self.span.end and t.doc[j].pos_ == "DET":
                    j += 1
                if j < self.span.end and self.mention_of(t.doc[j]) is not None:
                    targets = [t.doc[j]]
            if frame.kind == "title":
                # "the Head of State of Georgia": the title's own words end at "State", whose "of" it is;
                # "Minister of Internal Affairs of Uganda": the portfolio's "of" names the state
                targets += [q for p in targets if p.i > t.i and self.mention_of(p) is None
                            and ((span := _title_span(self.frames, p)) is not None and span[1] == t.i
                                 or p.text[:1].isupper() and p.pos_ == "PROPN")
                            for q in self.preps(p, words)]
            for p in targets:
                pm = self.mention_of(p)
                if frame.kind == "title" and pm is not None and self.mentions[pm].type == "Person":
                    # "the President of Georgia Mr. Mikheil Saakashvili": the parser made the state a
                    # modifier of the name; the title is of the state
                    out += [a for c in p.children if c.dep_ in {"compound", "nmod"} and self.mention_of(c) not in {None, pm}
                            for a in self.actors(c)]
                    continue
                out += self.actors(p)
            return out
        if frame.kind == "verb":
            if slot == "subj":
                found = [a for s in self.verb_subject(t) for a in self.actors(s)]
                if not found and self.author is not None and self.operative(t):
                    return [Arg(self.author, "author")]
                return found
            if slot == "obj":
                return [a for s in self.verb_object(t) for a in self.actors(s)]
            if slot == "iobj":
                return [a for c in t.children if c.dep_ == "dative" for a in self.actors(c)]
            if slot == "attr":
                return [a for c in t.children if c.dep_ in {"attr", "oprd"} for a in self.actors(c)]
            if slot == "by":
                return self.slot(t, frame, "prep:by", role)
            if slot == "xobj":  # "authorized Member States to form and deploy the mission": what the infinitive acts on
                return [a for c in t.children if c.dep_ in {"xcomp", "ccomp"} for v in (c, *c.conjuncts)
                        if v.pos_ in {"VERB", "AUX"} for x in self.verb_object(v) for a in self.actors(x)]
        if frame.kind in {"noun", "title"}:
            if slot in {"agent", "subj"}:
                return self.noun_agent(t)
            if slot in {"poss", "mod", "cop", "appos", "light"}:
                if slot == "poss" and frame.kind == "title" and t.i >= 2 and t.doc[t.i - 1].lower_ in {"'s", "’s"} \
                        and (pm := self.mention_of(t.doc[t.i - 2])) is not None:
                    return [Arg(pm)]  # "and Swaziland's King Mswati III": the possessive right before the title
                res = self.noun_slot(t, slot)
                if not res and slot == "poss" and frame.kind == "title" and self._title_on_name(t):
                    res = self.noun_slot(t.head, "poss")  # "Kenya's President Mwai Kibaki": the name has the possessive
                return res
            if slot == "attr":
                n = t
                if n.dep_ == "compound" and n.head.lemma_.lower() in {"team", "panel", "group", "troika", "trio"}:
                    n = n.head  # "the mediation team comprised A and B"
                if n.dep_ == "nsubj" and n.head.lemma_.lower() in self.copulas:
                    return [a for c in n.head.children if c.dep_ == "attr" for a in self.actors(c)]
                if n.dep_ == "nsubj" and n.head.lemma_.lower() in {"include", "comprise", "consist", "number"}:
                    # "the mediators included A and B", "the team consisted of A and B": its members
                    h = n.head
                    return [a for c in h.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of")
                            for x in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])
                            for a in self.actors(x)]
                return []
            if slot == "person":
                return self.title_person(t)
            if slot == "under":
                return self.under_host(t)
            if slot == "head":
                return self.actors(t.head) if t.dep_ in {"compound", "amod", "nmod"} else []
        if frame.kind == "compound":
            if slot == "mod":
                left = t.doc[t.i - 2] if t.i >= 2 else None
                return self.actors(left) if left is not None else []
            if slot == "head":
                h = t.head if t.dep_ in {"amod", "compound", "acl", "nmod"} else None
                if h is None and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in {"NOUN", "PROPN"}:
                    h = t.doc[t.i + 1]
                while h is not None and h.dep_ in {"compound", "amod"} and h.head.i > h.i and h.head.pos_ in {"NOUN", "PROPN"}:
                    h = h.head  # "a Nigerian-led ECOWAS vanguard force": the phrase's head, the force
                if h is not None and self.mention_of(h) is None and (d := self.apposed_name(h)) is not None:
                    return self.actors(d)  # "..., ECOMIL": the force's own name, not the body that sent it
                return self.actors(h) if h is not None else []
        if slot == "event":
            sig = self.frames.signatures.get(frame.predicate)
            wanted = frame.object_types or (sig.object if sig else None)
            if frame.kind == "verb" and not frame.noun and any(
                    self.mention_of(c) is None and c.lower_ not in {"us", "them"}
                    and c.lemma_.lower() not in PARTY_NOUNS  # "brought the parties together"
                    and (t.tag_ == "VBG" or c.lemma_.lower() not in self.frames.words("event_nouns"))
                    and not any(wanted is None or self.mentions[a.mention].type in wanted for a in self.actors(c))
                    for c in self.verb_object(t)):  # "New Zealand hosted us": the talks of the speaker's side
                # "facilitated the travel of ...", "those signed by", "hosts the refugee camps near X":
                # the verb has an object, and it is no event
                return []
            return self.event_of(t, wanted, frame.predicate)
        if slot == "mission":
            return self.missions_of()
        if slot == "host":
            # "a mission with troops from A and B", "a panel including A": what the phrase hangs on
            x = t
            if x.dep_ == "pobj" and x.head.lower_ in {"with", "including", "among"}:
                h = x.head.head
                if h.pos_ in {"VERB", "AUX"}:  # "the mission was deployed with troops from A"
                    return [a for y in (self.verb_object(h) if self.is_passive(h) else self.verb_subject(h))
                            for a in self.actors(y)]
                return self.actors(h)
            if x.dep_ in {"appos", "acl"}:
                return self.actors(x.head)
            return []
        if slot == "self":
            own = self.mention_of(t)
            if own is None and t.dep_ == "attr" and t.head.lemma_.lower() in self.copulas:
                # "The CPA is an agreement between A and B": the noun describes the subject
                subj = [a for x in t.head.children if x.dep_ == "nsubj" for a in self.actors(x)]
                if len(subj) == 1 and self.mentions[subj[0].mention].type in EVENT_TYPES:
                    return [Arg(subj[0].mention, "self")]
            m = self.mentions[own] if own is not None else None
            if m is None or (":anonymous:" in str(m.key) and m.type == "Meeting" and not re.match(r"(?i)the\s", m.surface)):
                # a meeting the trigger alone makes up ("a similar meeting with X", "ongoing negotiations
                # between A and B") is not worth a node; "the direct dialogue between A and B" is one
                return []
            return [Arg(own, "self")]
        if slot == "theme":
            # "reinforced by Turkish support, pro-GNA forces ...": who the agent's action is for;
            # "led by the AU with the support of ECCAS": what the clause is about
            if t.dep_ == "pobj" and t.head.dep_ == "agent":
                return [a for x in self.verb_object(t.head.head) for a in self.actors(x)]
            if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ in {"VERB", "AUX"}:
                v = t.head.head
                return [a for x in (self.verb_object(v) if self.is_passive(v) else self.verb_object(v) or self.verb_subject(v)) for a in self.actors(x)]
            return []
        if slot == "recipient":
            # "the mission receives logistical support from the United States": who gets it
            if t.dep_ == "dobj" and t.head.lemma_.lower() in RECEIVING_VERBS:
                return [a for x in self.verb_subject(t.head) for a in self.actors(x)]
            return []
        if slot == "clause":
            # "walked out in protest at Iran's role": who does what the clause's verb says
            x = t
            while x.dep_ in {"pobj", "prep", "pcomp"} and x.head.i != x.i:
                x = x.head
            if x is t and t.dep_ == "appos" and t.head.dep_ == "dobj" and self.is_operation(self.mention_of(t.head)):
                x = t.head.head  # "launched Operation X, a joint offensive against Y": the launchers'
            if x.pos_ in {"VERB", "AUX"} and x is not t:
                return [a for y in self.verb_subject(x) for a in self.actors(y)]
            return []
        return []

    def _inside_longer_title(self, n: Any) -> bool:
        """Whether ``n`` is a word inside a longer title that goes on after it ("Secretary" of
        "NATO Secretary General")."""
        doc = n.doc
        j = n.i + 1
        if j + 1 < len(doc) and doc[j].text in {"-", "–"} and doc[j].idx == n.idx + len(n.text) \
                and doc[j + 1].idx == doc[j].idx + 1:  # "secretary-general", split by the tokenizer
            j += 1
        nxt = doc[j] if j < len(doc) else None
        phrase = _title_phrase(self.frames, nxt) if nxt is not None and self.mention_of(nxt) is None else None
        if phrase is not None and len(phrase.replace("-", " ").split()) > 1:
            return True
        # "chief of staff", "head of state": a title of several words that takes "of" inside it
        return any((span := _title_span(self.frames, doc[k])) is not None and span[1] <= n.i
                   for k in range(n.i + 2, min(len(doc), n.i + 4)) if self.mention_of(doc[k]) is None)

    def _title_on_name(self, t: Any) -> bool:
        """Whether the title ``t`` is a compound of a person's name outside it ("President Mwai
        Kibaki"), so that what the parser hung on the name belongs to the title."""
        hm = self.mention_of(t.head)
        return t.dep_ in {"compound", "amod"} and hm is not None and hm != self.mention_of(t) and self.mentions[hm].type == "Person"

    def title_person(self, t: Any) -> list[Arg]:
        """The person a title names: "President Putin" (compound), "the president, X" (appositive),
        "X, the president of" (the title is X's appositive)."""
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"} and (
                t.head.head.lemma_.lower() in self.titles or t.head.head.lower_ in self.titles) and self.mention_of(t.head.head) is None:
            return []  # "the Personal Representative of the President of X, Y": Y holds the outer title
        named = self.named_by_title(t)
        if named is not None:
            return [Arg(named, "title")]
        if t.dep_ == "compound" and self.mention_of(t.head) is not None:
            return [Arg(self.mention_of(t.head))]
        if t.dep_ == "amod" and self._title_on_name(t):  # "secretary-general" parsed as an adjective
            return [Arg(self.mention_of(t.head))]
        if t.dep_ == "appos":
            # "A (President of X); B (President of Y)": the title is A's alone, not A's list's
            own = self.mention_of(t.head)
            if own is not None and self.mentions[own].type == "Person":
                return [Arg(own)]
            return self.actors(t.head)
        if t.dep_ == "conj" and t.head.pos_ in {"NOUN", "PROPN"} and self.mention_of(t.head) is None:
            return self.title_person(t.head)  # "the Special Representative and Head of MINUSCA, Mankeur Ndiaye"
        if t.dep_ == "conj" and self.mention_of(t.head) is not None:
            # "X, President of the Republic of Liberia and Chairperson of ECOWAS": the parser hung the
            # second title on the first one's state; it is the first title's holder's
            x = t.head
            for _ in range(6):
                if x.head.i == x.i:
                    break
                x = x.head
                if x.pos_ in {"NOUN", "PROPN"} and (x.lemma_.lower() in self.titles or x.lower_ in self.titles) \
                        and self.mention_of(x) is None:
                    return self.title_person(x)
                if x.dep_ not in {"pobj", "prep"} and x.lower_ != "of":
                    break
        for c in t.children:
            if c.dep_ == "appos":
                return self.actors(c)
        if t.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "ROOT"} and (after := self._person_after_phrase(t)) is not None:
            return [Arg(after)]  # "The chief negotiator for the LTTE, Anton Balasingham, left"
        if t.dep_ in {"attr"} and t.head.lemma_.lower() in self.copulas:
            return [a for s in self.verb_subject(t.head) for a in self.actors(s)]
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in self.copulas:  # "Its head was Pieter Feith"
            return [a for c in t.head.children if c.dep_ == "attr" for a in self.actors(c)]
        if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in {"VERB", "AUX"}:
            host = t.head.head
            src = self.verb_object(host) if self.is_passive(host) or host.lemma_.lower() in self.frames.words("appoint_verbs") else self.verb_subject(host)
            return [a for s in src for a in self.actors(s)]
        return []

    def event_of(self, t: Any, allowed: frozenset[str] | None = None, pred: str = "") -> list[Arg]:
        """The agreement, meeting or process a trigger is about: one named in its clause (the
        governing verb's object or subject), else the one the passage is about."""
        v = t
        while v.pos_ not in {"VERB", "AUX"} and v.dep_ != "ROOT" and v.head.i != v.i:
            v = v.head
        clauses = [v] if v.pos_ in {"VERB", "AUX"} else []
        if clauses and v.dep_ in {"pcomp", "advcl", "conj"}:
            # "signed in Helsinki, with Ahtisaari looking on": the clause it hangs on
            h = v.head.head if v.head.dep_ == "prep" else v.head
            if h.pos_ in {"VERB", "AUX"}:
                clauses.append(h)
        for n, v in enumerate(clauses):
            # the trigger's own subject is who acts, not what the act is about ("JOMIC will oversee its execution")
            subjects = self.verb_subject(v) if n or v.i != t.i else []
            for s in (*self.verb_object(v), *subjects, *[p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]):
                for a in self.actors(s):
                    if self.mentions[a.mention].type in EVENT_TYPES & (allowed or EVENT_TYPES):
                        return [Arg(a.mention, "clause-event")]
        order = self.frames.words(f"events_{pred}") if pred else frozenset()
        ranked = sorted(self.events, key=lambda ev: (self._rank(order, self.mentions[ev].type), self.events.index(ev)))
        for ev in ranked:
            if self.mentions[ev].type in EVENT_TYPES & (allowed or EVENT_TYPES):
                return [Arg(ev, "event")]
        return []

    def product_of(self, mi: int) -> int | None:
        """"The GPA was the product of talks facilitated by X": the agreement that talks the text
        only describes produced (X mediated it)."""
        if not str(self.mentions[mi].key).startswith("Meeting:anonymous") or (h := self.heads.get(mi)) is None:
            return None
        talks = self.span.doc[h]
        of = talks.head
        if talks.dep_ == "pobj" and of.lower_ in {"in", "during", "through", "at"} and of.head.pos_ in {"VERB", "AUX"} \
                and of.head.lemma_.lower() in REACHING_VERBS:
            # "The Brussels Agreement was reached in talks facilitated by X": what the talks made
            v = of.head
            for x in (self.verb_object(v) if not self.is_passive(v) else [c for c in v.children if c.dep_ == "nsubjpass"]):
                mi = self.mention_of(x)
                if mi is not None and self.mentions[mi].type == "Agreement":
                    return mi
            return None
        if talks.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in PRODUCT_NOUNS:
            return None
        noun = of.head
        if noun.dep_ != "attr" or noun.head.lemma_.lower() not in self.copulas:
            return None
        for subj in self.verb_subject(noun.head):
            mi = self.mention_of(subj)
            if mi is not None and self.mentions[mi].type == "Agreement":
                return mi
        return None

    def _rank(self, order: frozenset[str], typ: str) -> int:
        """Events of the types a predicate prefers first ("attended" a meeting rather than the
        agreement it produced): ``events_PREDICATE`` of the lexicon lists them."""
        return 0 if typ.lower() in order else 1

    def missions_of(self) -> list[Arg]:
        """The mission or force the passage is about (troops "pledged" to it)."""
        return [Arg(self.missions[0], "event")] if self.missions else []


# --------------------------------------------------------------------------- modality

#: Nouns whose doer does what an "in"/"for" clause after them says ("the efforts of X in facilitating").
EFFORT_NOUNS = frozenset({"effort", "role", "work", "contribution", "leadership", "commitment", "endeavour", "endeavor"})

#: Nouns of thanks: "expresses its gratitude to X for hosting" names the doer after "to".
GRATITUDE_NOUNS = frozenset({"appreciation", "gratitude", "thanks", "tribute", "praise", "congratulation",
                             "congratulations", "recognition"})

#: Kinds of group a discovered name of unknown kind ("Organization") may turn out to be.
GROUP_TYPES = frozenset({"Organization", "PoliticalOrganization", "ArmedGroup"})


def _same_kind(a: str, b: str) -> bool:
    """Whether two names can be items of one list: the same type, or two kinds of group."""
    return a == b or a in GROUP_TYPES and b in GROUP_TYPES


def modality_of(s: Sentence, t: Any, frame: Frame) -> str:
    """The modality of a claim triggered by ``t``, read from the tree (see ``docs/frames.md``).

    From the trigger (a noun first climbs to the verb whose object or complement it is), the
    verbs of its own clause are read: a ``neg`` child, "no"/"without", a governing refusal or
    failure verb ("refused to sign", "failed to withdraw") give ``negated``; a condition ("if",
    "unless"), a wish, attempt or proposal ("sought to mediate"), a modal of possibility give
    ``hypothetical``; a future or an undertaking ("agreed to withdraw", "will", "were to") gives
    ``planned``; a clause under "said" or "according to" gives ``reported``. The climb goes
    through control verbs (xcomp) and verbs that share the trigger's subject and auxiliary, and
    stops at the edge of the clause: what a main clause says does not change a subordinate
    clause ("after X withdrew, Y did not ...") nor a relative one.
    """
    if frame.modality:
        return frame.modality
    fw = s.frames.words
    if frame.kind == "compound" or frame.id in DESCRIPTIVE:
        # inside a noun phrase ("Turkish-backed forces", "the FNL of Agathon Rwasa"): the clause
        # does not undo what the phrase says
        return "reported" if _reported(s, t) else "asserted"
    result = "asserted"
    x = t
    steps = 0
    while x.pos_ not in {"VERB", "AUX"} and x.head.i != x.i and steps < 10:
        steps += 1
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in {"no", "neither"}) for c in x.children):
            return "negated"
        if x.dep_ == "pobj" and x.head.lower_ in {"without"}:
            return "negated"
        if x is not t and x.lemma_.lower() in fw("irrealis_nouns"):
            result = "hypothetical"
        if x.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            h = x.head
            hl = h.lemma_.lower()
            held = x.lemma_.lower() in MEETING_NOUNS and hl in HELD_THOUGH_FAILED and not any(c.dep_ == "neg" for c in h.children)
            if not held and (hl in fw("collapse_verbs") | fw("failure_verbs") and (hl not in fw("occurrence_verbs") or any(
                    c.dep_ == "neg" for c in h.children)) or (hl in fw("occurrence_verbs") and any(c.dep_ == "neg" for c in h.children))):
                # "the deployment never materialised", "the plan was shelved", "the meeting never took
                # place"; talks that collapsed or failed were held all the same
                return "negated"
            return result if result != "asserted" else ("reported" if _reported(s, t) else "asserted")
        if x is t and x.dep_ in {"amod", "compound", "nmod", "poss", "npadvmod"}:
            return "reported" if _reported(s, t) else "asserted"
        if x.dep_ in {"relcl", "acl", "advcl", "ROOT"}:
            break
        x = x.head
    if x.pos_ not in {"VERB", "AUX"}:
        return result if result != "asserted" or not _reported(s, t) else "reported"
    return _clause_modality(s, x, result, x is t)


def _clause_modality(s: Sentence, v: Any, result: str, is_trigger: bool) -> str:
    fw = s.frames.words
    refusal, failure, irrealis, planned = fw("refusal_verbs"), fw("failure_verbs"), fw("irrealis_verbs"), fw("planned_verbs")
    report = fw("report_verbs")
    reported = False
    first = is_trigger  # the trigger's own verb, or one it is coordinated with: its lemma governs nothing
    for _ in range(12):
        kids = list(v.children)
        lem = v.lemma_.lower()
        if any(c.dep_ == "neg" for c in kids) or any(
                c.dep_ in {"nsubj", "nsubjpass"} and any(x.lower_ in {"neither", "nor"} for x in c.subtree) for c in kids):
            return "negated"  # "did not sign", "Neither Guinea nor Côte d'Ivoire was a signatory"
        prt = next((c.lower_ for c in kids if c.dep_ == "prt"), "")
        if not first and (lem in refusal or lem in failure or f"{lem} {prt}" in refusal):
            return "negated"  # "refused to sign", "failed to withdraw", "ruled out sending troops"
        if any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in kids):
            return "negated"  # "no British troops will be sent"
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether", "lest"} for c in kids) or any(
                c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in {"if", "unless"} for x in c.children) for c in kids):
            result = "hypothetical"  # "if the Council asks", or "would send troops if the Council asked"
        auxes = {c.lower_ for c in kids if c.dep_ in {"aux", "auxpass"}}
        if auxes & fw("hypothetical_aux") and result == "asserted":
            result = "hypothetical"
        if auxes & fw("planned_aux") and result == "asserted":
            result = "planned"
        if not first and lem in irrealis and result in {"asserted", "planned"}:
            result = "hypothetical"
        elif not first and lem in planned and result == "asserted":
            result = "planned"
        first = False
        dep, h = v.dep_, v.head
        if h.i == v.i:
            break
        if dep == "xcomp" or (dep == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)):
            v = h  # "refuse to allow UNAMSIL troops to deploy": an infinitive is governed by its verb
            if h.pos_ == "ADJ" and h.head.i != h.i:
                # "unwilling to send troops", "ready to sign", "happy to sign": the adjective governs,
                # then the clause of its copula ("was not ready to sign"); a perfect infinitive
                # says what was done ("proud to have been a mediator")
                hl = h.lemma_.lower()
                if hl in fw("refusal_adjectives") or any(c.dep_ == "advmod" and c.lower_ == "too" for c in h.children):
                    return "negated"
                perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)
                if hl in fw("planned_adjectives") and result == "asserted":
                    result = "planned"
                elif not perfect and result in {"asserted", "planned"}:
                    result = "hypothetical"
                v, first = h.head, True
            continue
        if dep in {"advcl", "ccomp", "csubj"} and h.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            # "it has not proved possible for the UN to deploy", "it is impossible for X to withdraw":
            # a for-to clause is governed by the verb and the adjective it completes
            pred = {c.lower_ for c in h.children if c.dep_ in {"acomp", "oprd"}}
            if pred & {"impossible", "unable", "unlikely"}:
                return "negated"
            if pred & {"possible", "likely", "necessary", "difficult", "hard", "essential", "important", "vital",
                       "crucial", "urgent"} and result in {"asserted", "planned"}:
                result = "hypothetical"
            v = h
            continue
        if dep == "conj" and h.pos_ in {"VERB", "AUX"} and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in kids) \
                and not (v.tag_ in {"VBZ", "VBD", "VBP"} and v.tag_ != h.tag_ and any(c.dep_ in {"aux", "auxpass"} for c in h.children)):
            # "did not sign or ratify": the coordinated verb shares the negation, not the governor;
            # a verb of its own tense after an auxiliary's ("does not withdraw ... and rejects") does not
            v = h
            first = True
            continue
        if dep == "pcomp" and h.lower_ in {"without", "instead"}:
            return "negated"
        if dep == "pcomp" and h.lower_ == "of" and h.head.lemma_.lower() in report:
            reported = True  # "accused Rwanda of backing the M23": what the accuser says
            break
        if dep in {"acl", "relcl"} and h.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            # "no plans to deploy", "a proposal to withdraw", "the decision to send": the noun governs
            if any(c.dep_ == "det" and c.lower_ in {"no", "neither"} or c.dep_ == "neg" for c in h.children):
                return "negated"
            hl = h.lemma_.lower()
            if hl in fw("irrealis_nouns") and result in {"asserted", "planned"}:
                result = "hypothetical"
            elif hl in fw("planned_nouns") and result == "asserted":
                result = "planned"
            break
        if dep in {"ccomp", "parataxis"}:
            hl = h.lemma_.lower()
            if hl in {"deny", "reject", "dismiss", "refute"} and dep == "ccomp":
                return "negated"
            if hl in irrealis and dep == "ccomp" and result == "asserted":
                result = "hypothetical"  # "demanded that Russia withdraw"
            if hl in report:
                reported = True
        break
    if result == "planned" and s.span[-1].text == "?":
        result = "hypothetical"  # "Will the Minister confirm that troops will be sent?"
    if result in {"planned", "hypothetical"} and s.failed_plan():
        return "negated"  # "Angola said it would deploy troops, but the deployment never materialised"
    if result == "asserted" and (reported or _reported(s, v)):
        return "reported"
    return result


def _reported(s: Sentence, t: Any) -> bool:
    """Whether the sentence attributes what it says to someone ("according to", "reportedly",
    a clause under "said")."""
    toks = [w.lower_ for w in s.span]
    if "according" in toks or set(toks) & s.frames.words("report_adverbs"):
        return True
    x, steps = t, 0
    report = s.frames.words("report_verbs")
    while x.head.i != x.i and steps < 16:
        if x.dep_ in {"ccomp", "parataxis"} and x.head.lemma_.lower() in report:
            return True
        x = x.head
        steps += 1
    return False


# --------------------------------------------------------------------------- matching

@dataclass(frozen=True)
class Found:
    """A claim found in a sentence, with mention indices for its arguments."""

    subject: int
    predicate: str
    object: int
    frame: Frame
    modality: str
    trigger: Any
    via: tuple[str, str]


def _root_noun_as_verb(t: Any) -> bool:
    """"Both Djibouti and Eritrea side with Saudi Arabia": a sentence without a verb whose root
    noun has the names before it as modifiers and a preposition after it is a verb the tagger
    read as a noun."""
    return t.dep_ in {"ROOT", "ccomp", "parataxis"} and t.pos_ == "NOUN" and t.tag_ in {"NN", "NNS"} \
        and any(c.dep_ in {"nmod", "compound"} and c.i < t.i and c.pos_ == "PROPN" for c in t.children) \
        and any(c.dep_ == "prep" and c.i > t.i for c in t.children) and not any(c.dep_ == "det" for c in t.children)


def _kinds(t: Any) -> Iterator[tuple[str, str]]:
    lem = t.lemma_.lower()
    low = t.lower_
    if t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB") or (
            t.pos_ in {"ADV", "ADJ", "NOUN"} and any(c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "dobj" for c in t.children)) \
            or _root_noun_as_verb(t):
        # a word with a subject and an object is a verb, whatever the tagger said ("Moscow and Tehran back ...")
        yield "verb", lem
        if low != lem:
            yield "verb", low
    if t.pos_ in {"NOUN", "PROPN", "ADJ"} or t.tag_.startswith("NN"):
        yield "noun", lem
        if low != lem:
            yield "noun", low
        yield "title", lem
        if low != lem:
            yield "title", low
    if t.i >= 2 and t.doc[t.i - 1].text in {"-", "–"} and t.doc[t.i - 1].idx + 1 == t.idx \
            and t.doc[t.i - 2].idx + len(t.doc[t.i - 2].text) == t.doc[t.i - 1].idx:
        yield "compound", lem
        if low != lem:
            yield "compound", low


def _trigger_ok(s: Sentence, t: Any, f: Frame) -> bool:
    if f.particle and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == f.particle for c in t.children) \
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == f.particle):
        return False
    if f.noun and not any(c.dep_ in {"dobj", "attr", "nsubjpass"} and (c.lemma_.lower() in f.noun or c.lower_ in f.noun)
                          for c in t.children):
        return False
    if f.prep and not any(c.dep_ in {"prep", "agent"} and c.lower_ in f.prep for c in t.children) and not (
            f.noun and any(c.dep_ == "prep" and c.lower_ in f.prep for o in t.children if o.dep_ == "dobj"
                           for c in o.children)):  # "carried messages between A and B"
        return False
    if f.not_prep and any(c.dep_ == "prep" and c.lower_ in f.not_prep for c in t.children):
        return False
    return True


def _title_phrase(fs: FrameSet, t: Any) -> str | None:
    """The longest title ending at ``t`` that has frames ("deputy prime minister", "prime
    minister", "minister")."""
    found = _title_span(fs, t)
    return found[0] if found else None


def _title_span(fs: FrameSet, t: Any) -> tuple[str, int] | None:
    """The longest title of several tokens ending at ``t`` that has frames, and the index of its
    first token."""
    if t.lower_ not in fs.title_ends:
        return None
    doc = t.doc
    for k in (4, 3, 2):
        if t.i - k + 1 < 0:
            continue
        words = [doc[j].lower_ for j in range(t.i - k + 1, t.i + 1)]
        phrase = " ".join(words).replace(" - ", "-").replace(" -", "-")
        if fs.lookup("title", phrase):
            return phrase, t.i - k + 1
    return None


def _title_anchor(t: Any, first: int) -> Any:
    """The token of a title that the parse attaches to the rest of the sentence: the last word
    usually, the first when the tokenizer split a hyphenated title ("secretary - general",
    with "general" hung on "secretary")."""
    a = t
    while first <= a.head.i <= t.i and a.head.i != a.i:
        a = a.head
    return a


def _title_frames(s: Sentence, t: Any, phrase: str, first: int | None = None) -> list[Frame]:
    """The frames of a title, unless the title is past ("former president", "ex-leader", "the
    late king"); a deputy's title ("deputy president", "vice-chairman", "Under-Secretary-General")
    is a member's. ``first`` is the index of the title's first token."""
    fs = s.frames
    doc = t.doc
    if first is None:
        first = t.i - len(phrase.split()) + 1
    before = [doc[j].lower_ for j in range(max(0, first - 4), first) if doc[j].text not in {"-", "–"}][-3:]
    mods = {c.lower_ for c in t.children if c.dep_ in {"amod", "advmod", "compound"}}
    past = fs.words("past_words")
    if (set(before[-2:]) | mods) & past or any(w.startswith("ex-") for w in before[-1:]):
        return []
    frames = fs.lookup("title", phrase)
    if (set(before[-1:]) | mods) & fs.words("deputy_words") and not phrase.split()[0] in fs.words("deputy_words"):
        frames = [f for f in fs.frames.values() if f.kind == "title" and f.predicate == "memberOf"][:1]
    return frames


#: The frame of a person named with the body they belong to ("Mohammed Alloush of Jaysh
#: al-Islam", "Gyude Bryant, a businessman from the Liberia Action Party").
PERSON_OF = Frame("memberOf.person-of", "memberOf", "noun", frozenset(), ("person",), ("prep:of|from",), 0.65,
                  subject_types=frozenset({"Person"}),
                  object_types=frozenset({"ArmedGroup", "PoliticalOrganization", "Government", "InternationalOrganization",
                                          "NegotiationFormat", "Organization"}))


def _person_of(s: Sentence) -> list[Found]:
    out: list[Found] = []
    for mi, ti in s.heads.items():
        m = s.mentions[mi]
        if m.type != "Person" or m.kind in {"role", "anaphor", "pronoun"}:
            continue
        h = s.span.doc[ti]
        hosts = [h] + [c for c in h.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                       and c.lemma_.lower() not in s.titles_leading and c.lemma_.lower() not in s.titles]
        first = h
        while first.dep_ == "conj" and first.head.i != first.i and s.mention_of(first.head) is not None:
            first = first.head  # "two members of X, A and B": B is listed with A
        role = first.head if first.dep_ == "appos" and first.head.pos_ == "NOUN" \
            and first.head.lemma_.lower() in s.frames.words("delegate_nouns") else None
        if role is not None:
            hosts.append(role)  # "the chief negotiators X for the government": the role's "for" is X's
        for host in hosts:
            for c in host.children:
                if c.dep_ == "prep" and (c.lower_ in {"of", "from"} or c.lower_ == "for" and host is role and c.i > ti and not any(
                        s.mentions[s.tok_mention[j]].type == "Person" and s.tok_mention[j] != mi
                        for j in range(ti + 1, c.i) if j in s.tok_mention)):
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        for a in s.actors(p):
                            o = s.mentions[a.mention]
                            if o.type in PERSON_OF.object_types and o.key != m.key and a.via in {"", "appositive"}:
                                out.append(Found(mi, "memberOf", a.mention, PERSON_OF, modality_of(s, h, PERSON_OF), h, ("", a.via)))
    return out


#: Nouns for a part of a group that is still the group ("the MNLF faction of Nur Misuari").
FACTION_NOUNS = frozenset({"faction", "wing", "branch", "splinter", "breakaway", "offshoot"})

#: "the RSF of Mohamed Hamdan Dagalo", "Charles Taylor's NPFL": a group named with its leader.
PART_OF = Frame("memberOf.leads-part-of", "memberOf", "title", frozenset(), ("person",), ("prep:of",), 0.65,
                subject_types=frozenset({"Person"}))
GROUP_OF = Frame("leads.group-of", "leads", "noun", frozenset(), ("person",), ("self",), 0.65,
                 subject_types=frozenset({"Person"}), object_types=frozenset({"ArmedGroup", "PoliticalOrganization", "Organization"}))


def _group_of(s: Sentence) -> list[Found]:
    out: list[Found] = []
    for mi, ti in s.heads.items():
        m = s.mentions[mi]
        if m.type not in GROUP_OF.object_types:
            continue
        h = s.span.doc[ti]
        cands = [c for c in h.children if c.dep_ == "poss"]
        hosts = [h]
        if h.dep_ in {"compound", "nmod", "poss"} and h.head.lemma_.lower() in FACTION_NOUNS and s.mention_of(h.head) is None:
            hosts.append(h.head)  # "the MNLF faction of Nur Misuari", "Hamas's political wing under X"
        cands += [p for x in hosts for c in x.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            for a in s.actors(c):
                # "Harold Keke and his Guadalcanal Liberation Front": the possessive pronoun is his
                if s.mentions[a.mention].type == "Person" and (a.via in {"", "title"} or a.via == "pronoun" and c.lower_ in {"his", "her"}):
                    out.append(Found(a.mention, "leads", mi, GROUP_OF, modality_of(s, h, GROUP_OF), h, (a.via, "")))
        # "The Justice and Equality Movement (JEM) of Dr. Khalil Ibrahim", however the parser hung the name
        doc = s.span.doc
        j = _after_brackets(doc, s.extent[mi][1] + 1, s.span.end)
        if j + 1 < s.span.end and doc[j].lower_ == "of":
            k = j + 1
            while k < s.span.end and doc[k].text.lower().strip(".") in {"dr", "mr", "mrs", "ms", "general", "gen", "colonel", "col", "sheikh"}:
                k += 1
            pm = s.mention_of(doc[k]) if k < s.span.end else None
            if pm is not None and s.mentions[pm].type == "Person" and not any(f.subject == pm and f.object == mi for f in out):
                out.append(Found(pm, "leads", mi, GROUP_OF, modality_of(s, h, GROUP_OF), h, ("", "")))
    return out


def _after_brackets(doc: Any, k: int, end: int) -> int:
    """The token after a bracketed aside that opens at ``k`` ("the JEM (Justice ...) of"), else ``k``."""
    if k < end and doc[k].text == "(":
        while k < end and doc[k].text != ")":
            k += 1
        k += 1
    return k


def _title_prefix(s: Sentence) -> list[Found]:
    """"IGAD Special Envoy Lazaro Sumbeiywo", "ECOWAS Executive Secretary X": a name, a title and a
    person side by side, read from the words alone, for when the parser hung them on each other
    wrongly (a capitalised acronym that starts a sentence is often taken for a verb)."""
    out: list[Found] = []
    doc = s.span.doc
    for mi, m in enumerate(s.mentions):
        if m.type != "Person" or m.kind in {"role", "anaphor", "pronoun"}:
            continue
        if mi not in s.extent or s.extent[mi][0] - 1 < s.span.start:
            continue
        first = s.extent[mi][0]
        t = doc[first - 1]  # the title's last word, just before the name
        phrase = _title_phrase(s.frames, t) or (t.lower_ if s.frames.lookup("title", t.lower_) else None)
        if not phrase or s.mention_of(t) is not None:
            continue
        start = first - len(phrase.replace("-", " - ").split())
        if start - 1 < s.span.start:
            continue
        org = s.mention_of(doc[start - 1])
        if org is None or org == mi or doc[start - 1].whitespace_ == "" and doc[start].text != "-":
            continue
        for f in _title_frames(s, t, phrase):
            otypes = f.object_types or (s.frames.signatures[f.predicate].object if f.predicate in s.frames.signatures else ACTOR)
            if _type_ok(s.mentions[org], otypes, s.capitals) and s.mentions[org].key != m.key:
                out.append(Found(mi, f.predicate, org, f, modality_of(s, t, f), t, ("title", "")))
    return out


#: The sides a person may act for in a "PERSON for SIDE" list.
SIDE_TYPES = frozenset({"State", "Government", "ArmedGroup", "PoliticalOrganization", "InternationalOrganization",
                        "Organization"})
#: Words between "for" and the side's name ("for the State of Cambodia").
SIDE_WORDS = frozenset({"the", "state", "government", "people", "republic", "of"})
#: What a list of persons and sides does together: each person and each side does it.
SIDE_PREDICATES = frozenset({"signs", "partyTo", "participatesIn"})
#: Words that make each person of a "PERSON for SIDE" list a member of the side ("the chief
#: negotiators A for X and B for Y", "A negotiated for X and B for Y"); a signatory may lead it.
ENVOY_CUES = frozenset({"negotiator", "negotiate", "representative", "delegate", "envoy", "plenipotentiary",
                        "emissary", "spokesman", "spokesperson", "spokeswoman"})
#: Frames of a noun phrase's own description, whatever its clause says of it.
DESCRIPTIVE = frozenset({PERSON_OF.id, GROUP_OF.id})

ENVOY_FOR = Frame("memberOf.envoy-for", "memberOf", "noun", frozenset(), ("person",), ("side",), 0.65,
                  subject_types=frozenset({"Person"}), object_types=SIDE_TYPES)


def _for_list(s: Sentence, found: list[Found]) -> list[Found]:
    """Lists of two or more "PERSON for SIDE" pairs ("signed by A for X, B for Y and C for Z"; "A
    signed for X; B for Y"), read off the words, since the parser seldom gets their gaps right: what the
    sentence has any of them sign or take part in, all of them and their sides do. Without such a
    claim, a sentence that speaks of signing has them sign the agreement in focus. A body the parse
    made a listed person a member of is dropped unless it is the side that person acts for; the list
    itself makes no one a member (a head of state who signs for his country leads it, a negotiator
    is a member of it: the list does not say which)."""
    doc = s.span.doc
    pairs: list[tuple[int, int | None, int, int]] = []  # person, side (None: not an actor), first, last token
    for mi, (a, b) in sorted(s.extent.items(), key=lambda kv: kv[1]):
        if s.mentions[mi].type != "Person" or s.mentions[mi].kind in {"anaphor", "pronoun", "role"}:
            continue
        k = b + 1
        if k + 1 < s.span.end and doc[k].pos_ == "VERB" and doc[k + 1].lower_ == "for" and not pairs:
            k += 1  # the first pair may have the verb the others leave out: "A negotiated for X and B for Y"
        if k >= s.span.end or doc[k].lower_ != "for":
            continue
        k += 1
        while k < s.span.end and s.mention_of(doc[k]) is None and doc[k].lower_ in SIDE_WORDS:
            k += 1  # "for the State of Cambodia", "for the Government of X"
        side = s.mention_of(doc[k]) if k < s.span.end else None
        last = k
        while last + 1 < s.span.end and doc[last + 1].text[:1].isupper():
            last += 1
        if side is not None:
            last = max(last, s.extent[side][1])
            nxt = s.extent[side][1] + 1
            if s.mentions[side].type not in SIDE_TYPES or s.extent[side][0] != k or (
                    s.mentions[side].kind == "demonym" and nxt < s.span.end and doc[nxt].text[:1].isupper()
                    and s.mention_of(doc[nxt]) is None):
                side = None  # "for the Khmer Rouge": a name that starts with a demonym, not the state
        pairs.append((mi, side, a, last))
    glue = {",", ";", "and"} | s.honorifics | s.titles
    groups: list[list[tuple[int, int | None, int, int]]] = []
    for p in pairs:
        if groups and all(doc[i].lower_.strip(".") in glue for i in range(groups[-1][-1][3] + 1, p[2])):
            groups[-1].append(p)
        else:
            groups.append([p])
    out: list[Found] = []
    drop: set[int] = set()
    have = {(f.subject, f.predicate, f.object) for f in found}
    for g in (g for g in groups if len(g) >= 2):
        persons = {p[0] for p in g}
        members = persons | {p[1] for p in g if p[1] is not None}
        own = {(p[0], p[1]) for p in g}
        drop |= {id(f) for f in found if f.predicate == "memberOf" and f.subject in members and (f.subject, f.object) not in own}
        shared = {(f.predicate, f.object): f for f in found if f.subject in members and f.predicate in SIDE_PREDICATES}
        if not shared:
            sign = next((t for t in s.span if t.lemma_.lower() in {"sign", "signature", "initial"}), None)
            agreement = next((e for e in s.events if s.mentions[e].type == "Agreement"), None)
            if sign is not None and agreement is not None:
                frame = next((f for f in s.frames.lookup("verb", "sign") if f.predicate == "signs"), None)
                if frame is not None:
                    shared = {("signs", agreement): Found(g[0][0], "signs", agreement, frame,
                                                          modality_of(s, sign, frame), sign, ("", "event"))}
        for (pred, obj), f in shared.items():
            for x in members:
                if x != obj and (x, pred, obj) not in have:
                    have.add((x, pred, obj))
                    out.append(Found(x, pred, obj, f.frame, f.modality, f.trigger, ("", f.via[1])))
        cue = next((t for t in s.span if t.i < g[-1][2] and t.lemma_.lower() in ENVOY_CUES), None)
        for person, side, _, _ in g if cue is not None else ():
            if side is not None and (person, "memberOf", side) not in have:
                have.add((person, "memberOf", side))
                out.append(Found(person, "memberOf", side, ENVOY_FOR, modality_of(s, cue, ENVOY_FOR), cue, ("", "")))
    return [f for f in found if id(f) not in drop] + out


def _dash_list(s: Sentence, found: list[Found]) -> list[Found]:
    """"The Three Brotherhood Alliance - the A (X), the B and the C - launched ...", "the coalition: A,
    B and C": a group noun's members listed between dashes or after a colon, read off the words, since
    the parser breaks such lists into subjects of the verb. Each listed actor is a member of the group,
    and what the parse made of one listed actor against another is dropped."""
    doc = s.span.doc
    end = s.span.end
    out: list[Found] = []
    drop: set[int] = set()
    for mi, (a, b) in sorted(s.extent.items(), key=lambda kv: kv[1]):
        head = doc[s.heads.get(mi, b)]
        frame = next((f for f in s.frames.lookup("noun", head.lemma_.lower()) if f.id == "memberOf.alliance-list"), None)
        if frame is None or s.mentions[mi].type not in (frame.object_types or ACTOR):
            continue
        k = _after_brackets(doc, b + 1, end)  # past the group's own acronym
        if k >= end or doc[k].text not in {"-", "--", ":"}:
            continue
        opener = doc[k].text
        k += 1
        members: list[int] = []
        closed = False
        while k < end:
            t = doc[k]
            m = s.mention_of(t)
            if m is not None and m != mi:
                if s.extent[m][0] != k:
                    break
                members.append(m)
                k = _after_brackets(doc, s.extent[m][1] + 1, end)
                continue
            if t.lower_ in {"the", ",", "and", "as", "well"}:
                k += 1
                continue
            closed = t.text == opener or opener == ":" and t.is_punct and t.text in {".", ";"}
            break
        else:
            closed = opener == ":"
        stypes = frame.subject_types or ACTOR
        members = [m for m in dict.fromkeys(members) if s.mentions[m].type in stypes and s.mentions[m].key != s.mentions[mi].key]
        if not closed or len(members) < 2:
            continue
        group = set(members) | {mi}
        drop |= {id(f) for f in found if f.subject in group and f.object in group}
        mod = modality_of(s, head, frame)
        out += [Found(m, "memberOf", mi, frame, mod, head, ("", "")) for m in members]
    return [f for f in found if id(f) not in drop] + out


#: "A, B and C, known as the Troika": the named group of the listed actors.
KNOWN_AS = Frame("memberOf.known-as", "memberOf", "noun", frozenset(), ("list",), ("self",), 0.65,
                 subject_types=frozenset({"State", "InternationalOrganization"}),
                 object_types=frozenset({"NegotiationFormat", "InternationalOrganization"}))


def _known_as_list(s: Sentence) -> list[Found]:
    """"observers from A, B and C, known as the Troika": each listed actor is a member of the group the
    list is then named as (the resolver made the name a group's, not another name of C)."""
    doc = s.span.doc
    out: list[Found] = []
    for mi, (a, _b) in s.extent.items():
        if s.mentions[mi].type not in KNOWN_AS.object_types | {"Organization"}:
            continue
        k = a - 1
        if k > s.span.start and doc[k].lower_ == "the":
            k -= 1
        if k - 1 < s.span.start or doc[k].lower_ != "as" or doc[k - 1].lower_ != "known":
            continue
        k -= 2
        while k >= s.span.start and (doc[k].lower_ in {"also", "widely", "better", "commonly", "collectively", "jointly"} or doc[k].text == ","):
            k -= 1
        members: list[int] = []
        while k >= s.span.start:
            m = s.mention_of(doc[k])
            if m is not None and m != mi:
                members.append(m)
                k = s.extent[m][0] - 1
            elif doc[k].lower_ in {",", "and", "the"}:
                k -= 1
            else:
                break
        members = [m for m in dict.fromkeys(members) if s.mentions[m].type in KNOWN_AS.subject_types]
        if len(members) >= 2:
            out += [Found(m, "memberOf", mi, KNOWN_AS, modality_of(s, doc[s.heads.get(mi, a)], KNOWN_AS), doc[s.heads.get(mi, a)], ("", ""))
                    for m in members]
    return out


def _plural_titles(s: Sentence) -> list[Found]:
    """"the Presidents of Russia and Moldova, Boris Yeltsin and Mircea Snegur": as many persons as
    bodies, the n-th person holds the title in the n-th body."""
    out: list[Found] = []
    for t in s.span:
        bodies, persons = s.plural_title_list(t)
        if not persons or len(bodies) != len(persons):
            continue
        frame = next((f for f in s.frames.lookup("title", t.lemma_.lower()) if f.predicate == "leads"), None)
        if frame is None:
            continue
        for p, b in zip(persons, bodies):
            if s.mentions[b].type in (frame.object_types or ACTOR):
                out.append(Found(p, "leads", b, frame, modality_of(s, t, frame), t, ("title", "")))
    return out


def match_sentence(s: Sentence) -> list[Found]:
    """Every frame that fires in the sentence, with its arguments."""
    named = _known_as_list(s)
    pairs = {(f.subject, f.object) for f in named}
    # "observers from A, B and C, known as the Troika": they make up the group, they do not take part in it
    out = [f for f in _matches(s) if not (f.predicate == "participatesIn" and (f.subject, f.object) in pairs)] + named
    plural = _plural_titles(s)
    if plural:  # the pairs replace what the title frames made of the list
        titled = {f.subject for f in plural}
        out = [f for f in out if not (f.predicate == "leads" and f.subject in titled)] + plural
    return _gapped_agents(s, _dash_list(s, _for_list(s, out)))


def _gapped_agents(s: Sentence, found: list[Found]) -> list[Found]:
    """"Mali is led by X; Burkina Faso by Y; and Niger by Z": a passive whose verb the later items
    leave out. An object listed with "by" and a name of its own right after it has that name as
    its doer, not the first clause's."""
    doc = s.span.doc

    def agent_after(mi: int, after: int) -> int | None:
        """The name after "MENTION by (title)" when the mention comes after the verb, if any."""
        if mi not in s.extent:
            return None
        j = s.extent[mi][1] + 1
        if j >= s.span.end or doc[j].lower_ != "by" or j <= after:
            return None
        k = j + 1
        while k < s.span.end and s.mention_of(doc[k]) is None and k - j <= 4 and (
                doc[k].lower_.strip(".") in s.titles | s.honorifics or doc[k].pos_ in {"DET", "PROPN", "ADJ", "PUNCT"}):
            k += 1
        return s.mention_of(doc[k]) if k < s.span.end else None

    out: list[Found] = []
    have = {(f.subject, f.predicate, f.object) for f in found}
    for f in found:
        t = f.trigger
        before = f
        if t.pos_ in {"VERB", "AUX"} and s.is_passive(t) and f.object != f.subject:
            own = agent_after(f.object, t.i)
            coordinated = own is not None and len(_coordinated_groups(s, [Arg(own), Arg(f.subject)])) == 1
            if coordinated:
                pass  # "for the FMLN by A and B": B is listed with A, the doer already
            elif own is not None and own != f.subject and s.mentions[own].type == s.mentions[f.subject].type:
                f = replace(f, subject=own)
            else:
                # the parser made the later item a doer: "Burkina Faso" of "...; Burkina Faso by Y"
                own = agent_after(f.subject, t.i)
                if own is not None and own != f.object and s.mentions[own].type in {"Person"} | {s.mentions[f.object].type}:
                    f = replace(f, subject=own, object=f.subject)
        if f is not before:
            if (f.subject, f.predicate, f.object) in have:
                continue  # the item's own reading is there already
            have.add((f.subject, f.predicate, f.object))
        out.append(f)
    return out


def _matches(s: Sentence) -> list[Found]:
    out: list[Found] = _person_of(s) + _group_of(s) + _title_prefix(s)
    fs = s.frames
    for t in s.span:
        seen_frames: set[str] = set()
        span = _title_span(fs, t)
        phrase = span[0] if span else (t.lemma_.lower() if fs.lookup("title", t.lemma_.lower()) else None) \
            or (t.lower_ if fs.lookup("title", t.lower_) else None)
        if phrase:
            # "secretary" of "secretary-general": the longer title speaks for it
            if span or not s._inside_longer_title(t):
                anchor = _title_anchor(t, span[1]) if span else t
                for f in _title_frames(s, t, phrase, span[1] if span else None):
                    out.extend(_apply(s, anchor, f))
            seen_frames |= fs.title_ids
        for kind, lem in _kinds(t):
            for f in fs.lookup(kind, lem):
                if f.id in seen_frames or not _trigger_ok(s, t, f):
                    continue
                seen_frames.add(f.id)
                out.extend(_apply(s, t, f))
    return out


def _apply(s: Sentence, t: Any, f: Frame) -> list[Found]:
    if f.kind == "noun" and t.text[:1].isupper() and not t.is_sent_start and s.mention_of(t) is None \
            and t.i > s.span.start:
        return []  # a capitalised noun inside a sentence is a label ("Mediators Abdulsalami Abubakar") or a name
    sig = s.frames.signatures.get(f.predicate)
    stypes = f.subject_types or (sig.subject if sig else ACTOR)
    otypes = f.object_types or (sig.object if sig else ALL_TYPES)
    own = s.mention_of(t)
    def ok_via(a: Arg, allowed: frozenset[str] | None) -> bool:
        via = a.via or "direct"
        return allowed is None or via in allowed or via.split(":")[0] in allowed

    if not f.symmetric_list and not s.fill(t, f, f.object, "object", types=otypes, capitals="Location" not in otypes):
        return []  # no object even with the subject not yet left out: cheaper to know first
    subj = [a for a in s.fill(t, f, f.subject, "subject", types=stypes, capitals=True)
            if (a.mention != own or a.via == "self") and ok_via(a, f.subject_via)]
    if not subj or len(subj) < f.min_subjects or (f.max_subjects is not None and len({a.mention for a in subj}) > f.max_subjects):
        return []
    if f.predicate in BEHALF_PREDICATES:
        # "brokered by Thabo Mbeki on behalf of SADC": the body the doer acts for does it too
        have = {a.mention for a in subj}
        subj += [a for a in s.principals(t, subj) if a.mention not in have and a.mention != own
                 and _type_ok(s.mentions[a.mention], stypes, s.capitals)]
    skeys = frozenset(mi for mi, m in enumerate(s.mentions) if m.key in {s.mentions[a.mention].key for a in subj})
    obj = [a for a in s.fill(t, f, f.object, "object", skeys, types=otypes, capitals="Location" not in otypes)
           if (a.mention != own or a.via == "self") and ok_via(a, f.object_via)]
    for i, a in enumerate(obj):
        made = s.product_of(a.mention)
        if made is not None and _type_ok(s.mentions[made], otypes, {}):
            obj[i] = Arg(made, a.via or "clause-event")
    if f.symmetric_list and not obj and len(subj) > 1:
        pairs = [(a, b) for i, a in enumerate(subj) for b in subj[i + 1:]]
    elif f.pairwise and len(subj) == len(obj) > 1:
        order = lambda a: s.heads.get(a.mention, 10 ** 9)  # noqa: E731
        pairs = list(zip(sorted(subj, key=order), sorted(obj, key=order)))
    elif f.pairwise and len(subj) > len(obj) >= 1 and len(groups := _coordinated_groups(s, subj)) > 1:
        # "signed by A as President of X, by B ... and by C for Y": each object is the nearest doers'
        # before it (doers coordinated in one phrase, "A and B signed for Y", share it)
        order = lambda a: s.heads.get(a.mention, 10 ** 9)  # noqa: E731
        if min(order(b) for b in obj) < order(groups[0][0]):
            # "signed for X by A and for Y by B": each object is the nearest doers' after it
            ends = sorted(order(b) for b in obj) + [10 ** 9]
            pairs = [(a, b) for b in obj
                     if (after := [g for g in groups if order(b) < order(g[0]) < min(e for e in ends if e > order(b))])
                     for a in min(after, key=lambda g: order(g[0]))]
        else:
            starts = [-1] + sorted(order(b) for b in obj)
            pairs = [(a, b) for b in obj
                     if (before := [g for g in groups if max(e for e in starts if e < order(b)) < order(g[0]) < order(b)])
                     for a in max(before, key=lambda g: order(g[0]))]
    else:
        pairs = [(a, b) for a in subj for b in obj]
    if not pairs:
        return []
    if f.object_not and f.kind == "verb" and any(
            s.mentions[a.mention].type in f.object_not for x in s.verb_object(t) for a in s.actors(x)):
        return []
    mod = modality_of(s, t, f) if f.negatable else (f.modality or "asserted")
    if f.kind == "title" and mod != "negated":
        mod = "asserted"  # a title says who holds it whatever the clause plans ("at the request of the Prime Minister of X")
    found = []
    for a, b in pairs:
        ma, mb = s.mentions[a.mention], s.mentions[b.mention]
        if ma.key == mb.key or (f.named_object and ":anonymous:" in str(mb.key)):
            continue
        if f.object_heads is not None and _last_word(mb.surface) not in f.object_heads:
            continue  # "chaired the Geneva International Discussions": talks, not a body
        # a capital stands for its state as a subject; as an object only where a place is no answer
        # ("accused Colombo of", not "attacked Tripoli")
        if not (_type_ok(ma, stypes, s.capitals) and _type_ok(mb, otypes, {} if "Location" in otypes else s.capitals)):
            continue
        if f.predicate == "attacks" and t.lemma_.lower() in VERBAL_ATTACKS and ma.type == "Person" and mb.type == "Person" \
                and a.via in {"", "appositive", "title"}:
            # "Kulikov has attacked Mr Lebed openly": one person attacking another does it in words
            found.append(Found(a.mention, "criticizes", b.mention, f, mod, t, (a.via, b.via)))
            continue
        if f.predicate == "leads" and ma.type == "Person" and (b.via.split(":")[-1] in PART_NOUNS or f.kind == "title" and any(
                c.dep_ == "compound" and c.i < t.i and c.lemma_.lower() in AGENCY_NOUNS and s.mention_of(c) is None for c in t.children)):
            # "Egypt's intelligence chief": who heads a part of the state is a member of it
            # "the head of its parliamentary bloc": who leads a part of X is a member of X
            found.append(Found(a.mention, "memberOf", b.mention, PART_OF, mod, t, (a.via, b.via)))
            continue
        found.append(Found(a.mention, f.predicate, b.mention, f, mod, t, (a.via, b.via)))
    return found


def _coordinated_groups(s: Sentence, args: list[Arg]) -> list[list[Arg]]:
    """Arguments grouped by the coordination they stand in ("A and B" one group, "by A, by B" two),
    each group in text order."""
    doc = s.span.doc
    groups: list[list[Arg]] = []
    def linked(x: Any, y: Any) -> bool:  # coordinated, or a list the parser read as appositives
        return x in y.conjuncts or y in x.conjuncts or (x.dep_ == "appos" and x.head == y) or (y.dep_ == "appos" and y.head == x)

    for a in sorted(args, key=lambda a: s.heads.get(a.mention, 10 ** 9)):
        h = s.heads.get(a.mention)
        for g in groups:
            heads = [doc[gh] for m in g if (gh := s.heads.get(m.mention)) is not None]
            if h is not None and any(linked(doc[h], x) for x in heads):
                g.append(a)
                break
        else:
            groups.append([a])
    return groups


def _last_word(name: str) -> str:
    words = re.findall(r"[\w'’-]+", name.lower())
    return words[-1] if words else ""


#: Nouns of talks, and the verbs of an end that talks held come to ("the talks in Geneva collapsed").
MEETING_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "meeting", "summit", "conference", "round",
                           "dialogue", "consultation", "consultations", "discussion", "discussions"})
HELD_THOUGH_FAILED = frozenset({"collapse", "fail", "stall", "founder", "break"})

#: Verbs of doing an act ("the attacks perpetrated by X" are X's).
DOING_VERBS = frozenset({"perpetrate", "commit", "carry", "launch", "conduct", "stage", "mount", "take", "make"})

#: Verbs by which a body described, not named, lists its members ("a mechanism that included A and B").
MEMBER_VERBS = frozenset({"include", "comprise", "involve", "gather", "unite"})

#: Verbs of leading: "the mediation headed by X" is X's.
LEAD_VERBS = frozenset({"head", "lead", "chair", "co-chair"})

#: Verbs by which talks make an agreement ("reached in talks facilitated by X").
REACHING_VERBS = frozenset({"reach", "conclude", "negotiate", "agree", "hammer", "sign", "initial", "ink", "seal", "broker", "draft",
                            "finalise", "finalize"})

#: What an agreement is of the talks that made it ("the product of talks facilitated by X").
PRODUCT_NOUNS = frozenset({"product", "result", "outcome", "fruit", "culmination", "fruition"})

#: Predicates whose doer's principal ("on behalf of X") is a doer too.
BEHALF_PREDICATES = frozenset({"mediates", "participatesIn", "monitors", "signs"})

#: Nouns for the sides of a conflict or of talks ("brought the parties together").
PARTY_NOUNS = frozenset({"party", "side", "delegation", "belligerent", "rival", "foe", "adversary"})

#: Attack verbs that, between two persons, are words ("X attacked Y openly").
VERBAL_ATTACKS = frozenset({"attack", "assail", "hit", "target"})

#: Parts of a body: who leads one is a member of the body ("the head of its parliamentary bloc").
#: A title's modifiers that name a part of a state or body ("intelligence chief", "army commander").
AGENCY_NOUNS = frozenset({"intelligence", "army", "military", "security", "police", "spy", "defence", "defense",
                          "navy", "air", "border", "customs", "election", "electoral", "cabinet", "youth"})

PART_NOUNS = frozenset({"bloc", "branch", "caucus", "delegation", "office", "unit", "department",
                        "section", "division", "cell", "bureau", "brigade", "battalion", "youth"})


def _type_ok(m: Any, allowed: frozenset[str], capitals: Mapping[str, str]) -> bool:
    if m.type in allowed:
        return True
    return m.type == "Location" and (m.kind == "capital" or m.key in capitals) and "State" in allowed
