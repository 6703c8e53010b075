"""The actor gazetteer: known actors, their names, aliases, demonyms and capitals.

The package ships a gazetteer (``kg/data/gazetteer/*.json``) of states, international
organisations and the actors, formats, agreements and places of current and recent conflicts.
Users extend or correct it with their own file (JSON, CSV or Turtle, see ``docs/gazetteer.md``);
:meth:`Gazetteer.merge` puts the two together, the user's entries winning by id.

The extractor asks the gazetteer for surface forms (:meth:`Gazetteer.surface_forms`), for the
entries a surface can stand for (:meth:`Gazetteer.ids_for`), and whether a surface must be matched
with its exact case (:meth:`Gazetteer.case_sensitive`).

>>> g = Gazetteer.load_default()
>>> g.get("russia").capital, g.get("russia").wikidata
('Moscow', 'Q159')
>>> g.ids_for("Russians"), g.ids_for("Ankara")
(('russia',), ('ankara', 'turkey'))
>>> g.case_sensitive("Chad"), g.case_sensitive("Government of National Accord")
(True, False)
"""

from __future__ import annotations

import csv
import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from kg.errors import GazetteerError
from kg.vocab import KGO, NODE_TYPES, WD

__all__ = [
    "FORMAT",
    "KINDS",
    "READERS",
    "Gazetteer",
    "GazetteerEntry",
    "slugify",
]

#: Value of the ``format`` key of a gazetteer JSON file.
FORMAT = "conflict-kg gazetteer v1"
#: How a surface form refers to its entry, in order of preference.
KINDS: tuple[str, ...] = ("name", "alias", "demonym", "capital")

_ID_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
_QID_RE = re.compile(r"^Q[0-9]+$")
_ALLOWED_TYPES = ", ".join(NODE_TYPES)


def slugify(text: str) -> str:
    """Lowercase ASCII snake_case form of a name, used as an actor id.

    Accents are dropped, every run of other characters becomes one ``_``.

    >>> slugify("Recep Tayyip Erdoğan")
    'recep_tayyip_erdogan'
    >>> slugify("Washington, D.C."), slugify("5+5 Joint Military Commission")
    ('washington_d_c', '5_5_joint_military_commission')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def _dedupe(items: Iterable[str], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """Items in first-seen order, without blanks, repeats or the excluded strings."""
    seen = set(exclude)
    out = []
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return tuple(out)


@dataclass(frozen=True)
class GazetteerEntry:
    """One known actor, agreement, meeting or place.

    Parameters
    ----------
    id : str
        Lowercase ASCII snake_case slug of the canonical name (see :func:`slugify`).
    name : str
        Canonical name (the ``rdfs:label`` of the actor).
    type : str
        One of :data:`kg.vocab.NODE_TYPES`.
    aliases, demonyms : tuple of str
        Other names; demonyms (``Russian``, ``Russians``) only for states.
    capital, capital_wikidata : str or None
        A state's capital and its Wikidata id.
    wikidata : str or None
        Wikidata id (``Q159``) when known.
    iso3 : str or None
        ISO 3166-1 alpha-3 code of a state.

    Examples
    --------
    >>> e = GazetteerEntry("chad", "Chad", "State", demonyms=("Chadian", "Chadians"))
    >>> e.surfaces()[:2]
    [('Chad', 'name'), ('Chadian', 'demonym')]
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    capital_wikidata: str | None = None
    wikidata: str | None = None
    iso3: str | None = None

    def surfaces(self) -> list[tuple[str, str]]:
        """The entry's own surface forms as ``(surface, kind)``: name, aliases, demonyms.

        The capital is not among them: it is a surface of the state only through
        :meth:`Gazetteer.surface_forms`, which also knows the capital's aliases.
        """
        out = [(self.name, "name")]
        out += [(a, "alias") for a in self.aliases]
        out += [(d, "demonym") for d in self.demonyms]
        return out


_FIELD_NAMES = tuple(f.name for f in fields(GazetteerEntry))
_LIST_FIELDS = ("aliases", "demonyms")


def _check_entry(entry: GazetteerEntry, where: str) -> None:
    """Raise :class:`GazetteerError` (message starting with ``where``) if ``entry`` is invalid."""
    if not entry.name.strip():
        raise GazetteerError(f"{where}: empty name")
    if not _ID_RE.match(entry.id):
        raise GazetteerError(
            f"{where}: id {entry.id!r} is not lowercase ascii snake_case "
            f"(for example {slugify(entry.name) or 'my_actor'!r})"
        )
    if entry.type not in NODE_TYPES:
        raise GazetteerError(
            f"{where}: unknown type {entry.type!r} (allowed: {_ALLOWED_TYPES})"
        )
    for label, value in (("wikidata", entry.wikidata), ("capital_wikidata", entry.capital_wikidata)):
        if value is not None and not _QID_RE.match(value):
            raise GazetteerError(f"{where}: {label} {value!r} is not a Wikidata id like 'Q159'")
    if entry.iso3 is not None and not re.fullmatch(r"[A-Z]{3}", entry.iso3):
        raise GazetteerError(f"{where}: iso3 {entry.iso3!r} is not three capital letters")


def _combine(old: GazetteerEntry, new: GazetteerEntry) -> GazetteerEntry:
    """``new`` laid over ``old``: given fields override, aliases and demonyms are added.

    A changed name keeps the old name as an alias.
    """
    name = new.name or old.name
    aliases = _dedupe((old.name, *old.aliases, *new.aliases), exclude=(name,))
    return GazetteerEntry(
        id=old.id,
        name=name,
        type=new.type or old.type,
        aliases=aliases,
        demonyms=_dedupe((*old.demonyms, *new.demonyms)),
        capital=new.capital or old.capital,
        capital_wikidata=new.capital_wikidata or old.capital_wikidata,
        wikidata=new.wikidata or old.wikidata,
        iso3=new.iso3 or old.iso3,
    )


def _pycountry_names(iso3: str) -> list[str]:
    """pycountry's names of a country (name, official and common name), without inverted forms."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return []
    names = [getattr(country, key, None) for key in ("name", "official_name", "common_name")]
    names = [n[4:] if n and n.startswith("the ") else n for n in names]
    return [n for n in names if n and "," not in n and "(" not in n]


def _derive(base: Mapping[str, GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """Entries as used: pycountry names added to states, capitals added as Locations."""
    out: dict[str, GazetteerEntry] = {}
    for entry in base.values():
        if entry.type == "State" and entry.iso3:
            extra = _pycountry_names(entry.iso3)
            aliases = _dedupe((*entry.aliases, *extra), exclude=(entry.name,))
            if aliases != entry.aliases:
                entry = replace(entry, aliases=aliases)
        out[entry.id] = entry
    for entry in base.values():
        if entry.type == "State" and entry.capital:
            cid = slugify(entry.capital)
            if cid and cid not in out:
                out[cid] = GazetteerEntry(cid, entry.capital, "Location",
                                          wikidata=entry.capital_wikidata)
    return {k: out[k] for k in sorted(out)}


def case_sensitive(surface: str) -> bool:
    """Whether ``surface`` must be matched with its exact case.

    Single words (``Chad``, ``Turkey``, ``U.S.``, ``al-Shabaab``) and acronyms are matched
    case-sensitively, since many are ordinary words in lower case; multi-word names
    (``Government of National Accord``) may be matched ignoring case.

    >>> case_sensitive("Jordan"), case_sensitive("US"), case_sensitive("UN OCHA")
    (True, True, True)
    >>> case_sensitive("Trilateral Contact Group")
    False
    """
    words = surface.split()
    return len(words) <= 1 or all(w.isupper() for w in words)


class Gazetteer:
    """A set of :class:`GazetteerEntry`, looked up by id and by surface form.

    Build one with :meth:`load_default`, :meth:`load_file` or :meth:`from_entries`, and combine
    them with :meth:`merge`. A gazetteer does not change once made.

    Besides the entries it was built from, a gazetteer holds, for each state, pycountry's names
    of it as aliases (``Syrian Arab Republic``), and its capital as a Location entry (id: slug of
    the capital) unless an entry with that id exists.

    Examples
    --------
    >>> g = Gazetteer.from_entries([
    ...     GazetteerEntry("chad", "Chad", "State", demonyms=("Chadian",), capital="N'Djamena",
    ...                    iso3="TCD")])
    >>> list(g.entries)
    ['chad', 'n_djamena']
    >>> g.get("chad").aliases
    ('Republic of Chad',)
    >>> g.surface_forms()[:3]
    [('Chad', 'chad', 'name'), ('Chadian', 'chad', 'demonym'), ("N'Djamena", 'chad', 'capital')]
    """

    def __init__(self, base: Mapping[str, GazetteerEntry] | None = None) -> None:
        self._base: dict[str, GazetteerEntry] = dict(sorted((base or {}).items()))
        self._entries = _derive(self._base)
        self._forms = self._build_forms()
        self._exact: dict[str, list[tuple[str, str]]] = {}
        self._folded: dict[str, list[tuple[str, str]]] = {}
        for surface, eid, kind in self._forms:
            self._exact.setdefault(surface, []).append((eid, kind))
            if not case_sensitive(surface):
                self._folded.setdefault(surface.casefold(), []).append((eid, kind))

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def from_entries(cls, entries: Iterable[GazetteerEntry], source: str = "entries") -> Gazetteer:
        """A gazetteer of the given entries, checked.

        Parameters
        ----------
        entries : iterable of GazetteerEntry
            Ids must be unique.
        source : str
            Name used in error messages (usually a file name).

        Raises
        ------
        GazetteerError
            On an invalid entry or a repeated id.

        Examples
        --------
        >>> Gazetteer.from_entries([GazetteerEntry("x", "X", "Country")])
        Traceback (most recent call last):
        ...
        kg.errors.GazetteerError: entries: 'x': unknown type 'Country' (allowed: State, Person, \
Government, ArmedGroup, PoliticalOrganization, InternationalOrganization, NegotiationFormat, \
Organization, Agreement, Meeting, Location)
        """
        base: dict[str, GazetteerEntry] = {}
        for entry in entries:
            _check_entry(entry, f"{source}: {entry.id!r}")
            if entry.id in base:
                raise GazetteerError(f"{source}: duplicate id {entry.id!r}")
            base[entry.id] = entry
        return cls(base)

    @classmethod
    def load_default(cls) -> Gazetteer:
        """The gazetteer shipped with the package (``kg/data/gazetteer/*.json``), cached.

        >>> Gazetteer.load_default() is Gazetteer.load_default()
        True
        """
        return _load_default()

    @classmethod
    def load_file(cls, path: str | Path) -> Gazetteer:
        """Read a user gazetteer; the reader is chosen by suffix from :data:`READERS`.

        Parameters
        ----------
        path : str or Path
            A ``.json`` (the shipped format), ``.csv`` or ``.ttl`` file; see ``docs/gazetteer.md``.

        Raises
        ------
        GazetteerError
            If the file is missing, has an unknown suffix, or does not follow its format.

        Examples
        --------
        >>> Gazetteer.load_file("actors.xlsx")
        Traceback (most recent call last):
        ...
        kg.errors.GazetteerError: actors.xlsx: unknown gazetteer format '.xlsx' (allowed: .csv, .json, .ttl)
        """
        path = Path(path)
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            allowed = ", ".join(sorted(READERS))
            raise GazetteerError(
                f"{path}: unknown gazetteer format {path.suffix!r} (allowed: {allowed})"
            )
        if not path.is_file():
            raise GazetteerError(f"{path}: no such file")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise GazetteerError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
        return cls.load_text(str(path), text)

    @classmethod
    def load_text(cls, name: str, text: str) -> Gazetteer:
        """Read a user gazetteer from its text; ``name`` (a file name) chooses the reader by suffix
        and names the source in messages (workers of a cluster get the text, not the file)."""
        reader = READERS.get(Path(name).suffix.lower())
        if reader is None:
            allowed = ", ".join(sorted(READERS))
            raise GazetteerError(f"{name}: unknown gazetteer format {Path(name).suffix!r} (allowed: {allowed})")
        return cls.from_entries(reader(text, name), source=name)

    def merge(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer: this one extended and overridden by ``other``, by id.

        An entry of ``other`` with a new id is added. One with an existing id overrides the
        fields it gives (name, type, capital, Wikidata id, ...) and adds its aliases and demonyms;
        a replaced name is kept as an alias.

        >>> base = Gazetteer.from_entries([GazetteerEntry("gna", "GNA", "Government")])
        >>> user = Gazetteer.from_entries([GazetteerEntry(
        ...     "gna", "Government of National Accord", "Government", aliases=("Serraj government",))])
        >>> base.merge(user).get("gna").aliases
        ('GNA', 'Serraj government')
        """
        base = dict(self._base)
        for eid, entry in other._base.items():
            base[eid] = _combine(base[eid], entry) if eid in base else entry
        return Gazetteer(base)

    # -- access -------------------------------------------------------------------------------

    @property
    def entries(self) -> dict[str, GazetteerEntry]:
        """Every entry by id, in sorted id order (a copy)."""
        return dict(self._entries)

    def get(self, entry_id: str) -> GazetteerEntry | None:
        """The entry with this id, or ``None``."""
        return self._entries.get(entry_id)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __repr__(self) -> str:
        return f"<Gazetteer: {len(self)} entries>"

    def _build_forms(self) -> list[tuple[str, str, str]]:
        rank = {k: i for i, k in enumerate(KINDS)}
        best: dict[tuple[str, str], str] = {}

        def add(surface: str, eid: str, kind: str) -> None:
            key = (surface, eid)
            if key not in best or rank[kind] < rank[best[key]]:
                best[key] = kind

        for entry in self._entries.values():
            for surface, kind in entry.surfaces():
                add(surface, entry.id, kind)
            if entry.type == "State" and entry.capital:
                add(entry.capital, entry.id, "capital")
                place = self._entries.get(slugify(entry.capital))
                if place is not None and place.type == "Location" and place.name == entry.capital:
                    for alias in place.aliases:
                        add(alias, entry.id, "capital")
        return sorted((s, e, k) for (s, e), k in best.items())

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """Every ``(surface, entry_id, kind)``, sorted by surface, then id, then kind.

        ``kind`` is one of :data:`KINDS`. A state's capital (and the aliases of the capital's
        Location entry, e.g. ``Kiev``) are surfaces of the state with kind ``capital``; the
        capital is also the ``name`` of its own Location entry. When one surface reaches one entry
        in several ways, only the first kind in :data:`KINDS` is kept.

        >>> g = Gazetteer.load_default()
        >>> [f for f in g.surface_forms() if f[0] == "Kiev"]
        [('Kiev', 'kyiv', 'alias'), ('Kiev', 'ukraine', 'capital')]
        """
        return list(self._forms)

    def lookup(self, surface: str) -> tuple[tuple[str, str], ...]:
        """Every ``(entry_id, kind)`` the surface can refer to, sorted.

        The exact surface is looked up; surfaces that are not :func:`case_sensitive` also match
        ignoring case.

        >>> Gazetteer.load_default().lookup("trilateral contact group")
        (('trilateral_contact_group', 'name'),)
        >>> Gazetteer.load_default().lookup("georgia")
        ()
        """
        hits = set(self._exact.get(surface, ()))
        hits.update(self._folded.get(surface.casefold(), ()))
        return tuple(sorted(hits))

    def ids_for(self, surface: str) -> tuple[str, ...]:
        """Ids of the entries a surface can refer to, sorted; more than one when ambiguous.

        >>> g = Gazetteer.load_default()
        >>> g.ids_for("Congo")
        ('democratic_republic_of_the_congo', 'republic_of_the_congo')
        >>> g.ids_for("Haftar"), g.ids_for("Narnia")
        (('khalifa_haftar',), ())
        """
        return tuple(sorted({eid for eid, _ in self.lookup(surface)}))

    def ambiguous(self) -> dict[str, tuple[str, ...]]:
        """Surfaces that name (as name, alias or demonym) more than one entry, with their ids.

        A capital standing for its state (``Ankara`` -> ``ankara``, ``turkey``) is not counted:
        every capital is both a place and a metonym of its state.

        >>> Gazetteer.load_default().ambiguous()["Dominican"]
        ('dominica', 'dominican_republic')
        """
        ids: dict[str, set[str]] = {}
        for surface, eid, kind in self._forms:
            if kind != "capital":
                ids.setdefault(surface, set()).add(eid)
        return {s: tuple(sorted(v)) for s, v in sorted(ids.items()) if len(v) > 1}

    #: See :func:`case_sensitive`.
    case_sensitive = staticmethod(case_sensitive)


# -- readers ---------------------------------------------------------------------------------


def _clean(value: str) -> str:
    """A name from a user's file as kg keeps it: control characters as spaces, lone surrogates as
    U+FFFD (they cannot be written in any export)."""
    from kg.extract.ingest import clean_meta

    return clean_meta(value)


def _as_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GazetteerError(f"{where}: {key!r} must be a list of strings")
    return _dedupe(_clean(v) for v in value)


def _entry_from_mapping(raw: Mapping[str, Any], where: str) -> GazetteerEntry:
    unknown = sorted(set(raw) - set(_FIELD_NAMES))
    if unknown:
        raise GazetteerError(
            f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(_FIELD_NAMES)})"
        )
    for key in ("id", "name", "type"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise GazetteerError(f"{where}: missing or empty {key!r}")
    values: dict[str, Any] = {}
    for key in _FIELD_NAMES:
        if key in _LIST_FIELDS:
            values[key] = _as_list(raw.get(key), where, key)
        else:
            value = raw.get(key)
            if value is not None and not isinstance(value, str):
                raise GazetteerError(f"{where}: {key!r} must be a string")
            value = _clean(value) if value else value
            values[key] = value.strip() if value and value.strip() else None
    return GazetteerEntry(**values)


def read_json(text: str, source: str) -> list[GazetteerEntry]:
    """Entries of a gazetteer JSON document (``{"format": ..., "actors": [...]}``).

    >>> read_json('{"format": "conflict-kg gazetteer v1", "actors": '
    ...           '[{"id": "chad", "name": "Chad", "type": "State"}]}', "a.json")[0].name
    'Chad'
    >>> read_json('{"actors": []}', "a.json")
    Traceback (most recent call last):
    ...
    kg.errors.GazetteerError: a.json: 'format' must be 'conflict-kg gazetteer v1'
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"{source}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise GazetteerError(f"{source}: nested too deeply to be an actors file (it is a list of flat "
                             "entries, see docs/gazetteer.md)") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise GazetteerError(f"{source}: 'format' must be {FORMAT!r}")
    actors = doc.get("actors")
    if not isinstance(actors, list):
        raise GazetteerError(f"{source}: 'actors' must be a list")
    out = []
    for i, raw in enumerate(actors, start=1):
        where = f"{source}: actor {i}"
        if not isinstance(raw, dict):
            raise GazetteerError(f"{where}: must be an object")
        entry = _entry_from_mapping(raw, where)
        _check_entry(entry, f"{where} ({entry.id!r})")
        out.append(entry)
    return out


#: Columns of a user CSV gazetteer; the first three are required.
CSV_COLUMNS: tuple[str, ...] = (
    "id", "name", "type", "aliases", "wikidata", "demonyms", "capital", "capital_wikidata", "iso3",
)
_CSV_REQUIRED = ("id", "name", "type")


def read_csv(text: str, source: str) -> list[GazetteerEntry]:
    """Entries of a CSV gazetteer: header ``id,name,type,aliases,wikidata,demonyms,capital``.

    Only ``id``, ``name`` and ``type`` are required; lists are separated by ``;``. Rows are
    numbered as in a spreadsheet (the header is row 1).

    >>> rows = "id,name,type,aliases\\nkhalifa_haftar,Khalifa Haftar,Person,Haftar;Hifter\\n"
    >>> read_csv(rows, "u.csv")[0].aliases
    ('Haftar', 'Hifter')
    >>> read_csv("id,type\\nx,State\\n", "u.csv")
    Traceback (most recent call last):
    ...
    kg.errors.GazetteerError: u.csv: missing required column 'name'
    """
    try:
        return _read_csv(text, source)
    except csv.Error as exc:
        raise GazetteerError(f"{source}: not a CSV file kg can read ({exc})") from None


def _read_csv(text: str, source: str) -> list[GazetteerEntry]:
    reader = csv.DictReader(text.replace("\x00", " ").splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    for col in _CSV_REQUIRED:
        if col not in header:
            raise GazetteerError(f"{source}: missing required column {col!r}")
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise GazetteerError(
            f"{source}: unknown column {unknown[0]!r} (allowed: {', '.join(CSV_COLUMNS)})"
        )
    out = []
    for row in reader:
        where = f"{source}: row {reader.line_num}"
        if None in row or any(v is None for v in row.values()):
            raise GazetteerError(f"{where}: expected {len(header)} fields ({', '.join(header)})")
        raw: dict[str, Any] = {}
        for key, value in row.items():
            value = value.strip()
            if key in _LIST_FIELDS:
                raw[key] = [v for v in value.split(";") if v.strip()]
            elif value:
                raw[key] = value
        if not any(row.values()):
            continue  # blank line
        entry = _entry_from_mapping(raw, where)
        _check_entry(entry, where)
        out.append(entry)
    return out


def _local_id(iri: str) -> str:
    return slugify(re.split(r"[/#]", iri.rstrip("/#"))[-1])


def read_turtle(text: str, source: str) -> list[GazetteerEntry]:
    """Entries of a Turtle gazetteer: one per subject typed with a ``kgo:`` class.

    ``rdfs:label`` is the name, ``skos:altLabel`` the aliases, ``owl:sameAs wd:Q..`` the
    Wikidata id, ``kgo:demonym`` and ``kgo:capital`` literals; the id is the slug of the local
    name of the subject IRI.

    >>> ttl = '''@prefix kgo: <https://w3id.org/conflict-kg/ontology#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <https://example.org/actors/Khalifa_Haftar> a kgo:Person ; rdfs:label "Khalifa Haftar" .
    ... '''
    >>> [(e.id, e.type) for e in read_turtle(ttl, "u.ttl")]
    [('khalifa_haftar', 'Person')]
    """
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS, SKOS

    graph = Graph()
    try:
        graph.parse(data=text, format="turtle")
    except RecursionError:
        raise GazetteerError(f"{source}: nested too deeply to be an actors file (blank nodes or lists "
                             "inside each other)") from None
    except Exception as exc:  # rdflib raises several kinds of parser errors
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise GazetteerError(f"{source}: not valid Turtle ({detail})") from None

    def literals(s: URIRef, p: URIRef) -> list[str]:
        return sorted(_clean(str(o)) for o in graph.objects(s, p) if isinstance(o, Literal))

    out = []
    subjects = sorted({s for s, o in graph.subject_objects(RDF.type)
                       if isinstance(s, URIRef) and str(o).startswith(str(KGO))})
    for s in subjects:
        where = f"{source}: <{s}>"
        types = sorted(str(o)[len(str(KGO)):] for o in graph.objects(s, RDF.type)
                       if str(o).startswith(str(KGO)))
        if len(types) > 1:
            raise GazetteerError(f"{where}: more than one kgo: type ({', '.join(types)})")
        labels = literals(s, RDFS.label)
        if len(labels) != 1:
            raise GazetteerError(f"{where}: needs exactly one rdfs:label, found {len(labels)}")
        qids = []
        for o in sorted(graph.objects(s, OWL.sameAs)):
            if str(o).startswith(str(WD)):
                qids.append(str(o)[len(str(WD)):])
        if len(qids) > 1:
            raise GazetteerError(f"{where}: more than one owl:sameAs to Wikidata")
        capitals = literals(s, KGO.capital)
        if len(capitals) > 1:
            raise GazetteerError(f"{where}: more than one kgo:capital")
        entry = GazetteerEntry(
            id=_local_id(str(s)),
            name=labels[0].strip(),
            type=types[0],
            aliases=_dedupe(literals(s, SKOS.altLabel), exclude=(labels[0],)),
            demonyms=_dedupe(literals(s, KGO.demonym)),
            capital=capitals[0].strip() if capitals else None,
            wikidata=qids[0] if qids else None,
        )
        _check_entry(entry, where)
        out.append(entry)
    return out


#: Readers of user gazetteer files by suffix: ``reader(text, source) -> list[GazetteerEntry]``.
READERS: dict[str, Callable[[str, str], list[GazetteerEntry]]] = {
    ".json": read_json,
    ".csv": read_csv,
    ".ttl": read_turtle,
}


@functools.lru_cache(maxsize=1)
def _load_default() -> Gazetteer:
    folder = resources.files("kg").joinpath("data", "gazetteer")
    entries: list[GazetteerEntry] = []
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    if not names:
        raise GazetteerError(f"{folder}: no shipped gazetteer files (*.json)")
    for name in names:
        text = folder.joinpath(name).read_text(encoding="utf-8")
        entries.extend(read_json(text, name))
    return Gazetteer.from_entries(entries, source="kg/data/gazetteer")
