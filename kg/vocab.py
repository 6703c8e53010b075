"""Names shared by every stage: namespaces, actor types, relation predicates, modalities.

The OWL ontology in ``ontology/conflict-kg.ttl`` defines these terms for RDF users; this module
holds the same names for the code. A test checks that the two agree.

>>> KGO["mediates"]
rdflib.term.URIRef('https://w3id.org/conflict-kg/ontology#mediates')
>>> "guarantees" in PREDICATES and PREDICATES["negotiatesWith"].symmetric
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Namespace

#: Ontology terms (classes, properties, modality concepts).
KGO = Namespace("https://w3id.org/conflict-kg/ontology#")
#: Instance data (actors, statements, documents, builds, named graphs).
KGR = Namespace("https://w3id.org/conflict-kg/resource/")
#: Wikidata entities, for ``owl:sameAs``.
WD = Namespace("http://www.wikidata.org/entity/")
#: The ontology document itself (also the name of its graph in TriG exports).
ONTOLOGY_IRI = "https://w3id.org/conflict-kg/ontology"

#: Prefixes of every export and every query (a query need not declare them), and of the IRIs that
#: tables show (:func:`compact_iri`). ``kga: kgd: kgg:
#: kgs:`` name the families of resources (actors, documents, named graphs, statements), so that
#: their IRIs have short names that are valid prefixed names (``kga:russia``; ``kgr:actor/russia``
#: is not one: a ``/`` may not stand unescaped in a local name).
PREFIXES: dict[str, str] = {
    "kgr": str(KGR),
    "kga": f"{KGR}actor/",
    "kgd": f"{KGR}document/",
    "kgg": f"{KGR}graph/",
    "kgs": f"{KGR}statement/",
    "kgo": str(KGO),
    "wd": str(WD),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}



#: A SPARQL 1.1 / Turtle local name (PN_LOCAL) in ASCII: no ``/``, ``#``, ``?``, and no final ``.``.
_PN_LOCAL = re.compile(r"[A-Za-z0-9_:](?:[A-Za-z0-9_.:-]*[A-Za-z0-9_:-])?")
#: Namespaces longest first, so ``kga:`` wins over ``kgr:`` for an actor.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def compact_iri(iri: str) -> str:
    """An IRI as a SPARQL term that pastes back into a query: a prefixed name of
    :data:`PREFIXES` where the rest is a valid local name, else the full ``<IRI>``.

    Examples
    --------
    >>> compact_iri("https://w3id.org/conflict-kg/resource/actor/russia")
    'kga:russia'
    >>> compact_iri("https://w3id.org/conflict-kg/resource/statement/0efb4f987c9f3e6cb04f")
    'kgs:0efb4f987c9f3e6cb04f'
    >>> compact_iri("http://www.wikidata.org/entity/Q159")
    'wd:Q159'
    >>> compact_iri("https://w3id.org/conflict-kg/resource/build/conflict-kg-0.1.0")
    '<https://w3id.org/conflict-kg/resource/build/conflict-kg-0.1.0>'
    >>> compact_iri("https://w3id.org/conflict-kg/resource/actor/x.")
    '<https://w3id.org/conflict-kg/resource/actor/x.>'
    >>> compact_iri("urn:other")
    '<urn:other>'
    """
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


#: Actor types (subclasses of kgo:Actor) and the other node types.
ACTOR_TYPES: tuple[str, ...] = (
    "State",
    "Person",
    "Government",
    "ArmedGroup",
    "PoliticalOrganization",
    "InternationalOrganization",
    "NegotiationFormat",
    "Organization",
)
OTHER_NODE_TYPES: tuple[str, ...] = ("Agreement", "Meeting", "Location")
NODE_TYPES: tuple[str, ...] = ACTOR_TYPES + OTHER_NODE_TYPES


@dataclass(frozen=True)
class PredicateInfo:
    """What the code needs to know about one relation predicate."""

    name: str
    symmetric: bool = False
    parent: str | None = None  # super-property (criticizes -> opposes)
    inverse: str | None = None  # name of the inverse property, if one is declared
    cameo: str | None = None


PREDICATES: dict[str, PredicateInfo] = {
    p.name: p
    for p in (
        PredicateInfo("mediates", inverse="mediatedBy", cameo="045"),
        PredicateInfo("guarantees", inverse="guaranteedBy"),
        PredicateInfo("signs", inverse="signedBy", cameo="057"),
        PredicateInfo("partyTo", inverse="hasParty"),
        PredicateInfo("withdrawsFrom", cameo="0874"),
        PredicateInfo("deploysTo", cameo="074"),
        PredicateInfo("monitors", inverse="monitoredBy"),
        PredicateInfo("supports", inverse="supportedBy", cameo="051"),
        PredicateInfo("opposes"),
        PredicateInfo("criticizes", parent="opposes", cameo="111"),
        PredicateInfo("negotiatesWith", symmetric=True, cameo="046"),
        PredicateInfo("memberOf", inverse="hasMember"),
        PredicateInfo("leads", inverse="ledBy"),
        PredicateInfo("hosts", inverse="hostedBy"),
        PredicateInfo("participatesIn", inverse="hasParticipant"),
        PredicateInfo("attacks", cameo="19"),
        PredicateInfo("allyOf", symmetric=True),
        PredicateInfo("governmentOf", inverse="hasGovernment"),
    )
}

#: Modality of a claim. Only claims whose modality is in ASSERTING get a direct triple.
MODALITIES: tuple[str, ...] = ("asserted", "reported", "planned", "hypothetical", "negated")
ASSERTING: frozenset[str] = frozenset({"asserted", "reported", "planned"})
