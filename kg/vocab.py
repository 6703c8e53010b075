"""Names shared by every stage: namespaces, actor types, relation predicates, modalities.

The OWL ontology in ``ontology/conflict-kg.ttl`` defines these terms for RDF users; this module
holds the same names for the code. A test checks that the two agree.

>>> KGO["mediates"]
rdflib.term.URIRef('https://w3id.org/conflict-kg/ontology#mediates')
>>> "guarantees" in PREDICATES and PREDICATES["negotiatesWith"].symmetric
True
"""

from __future__ import annotations

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
