"""The OWL ontology and the SHACL shapes, and validation of a built graph against them.

The two files live in ``ontology/`` at the root of a checkout and in ``kg/ontology/`` inside an
installed wheel (``pyproject.toml`` force-includes the folder); :func:`ontology_path` and
:func:`shapes_path` find them in both places.

>>> from kg.vocab import KGO
>>> g = load_ontology()
>>> (KGO["mediates"], None, None) in g
True
>>> ontology_path().name, shapes_path().name
('conflict-kg.ttl', 'shapes.ttl')
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import rdflib
from rdflib.namespace import SH

from kg.errors import InputError
from kg.vocab import compact_iri

__all__ = [
    "ONTOLOGY_FILE",
    "SHAPES_FILE",
    "ValidationReport",
    "load_ontology",
    "load_shapes",
    "ontology_triples",
    "ontology_path",
    "shapes_path",
    "validate",
]

ONTOLOGY_FILE = "conflict-kg.ttl"
SHAPES_FILE = "shapes.ttl"


def _find(name: str) -> Path:
    """Path of one file of the ontology folder, in an installed wheel or in a checkout."""
    candidates: list[Path] = []
    try:
        installed = resources.files("kg") / "ontology" / name
        candidates.append(Path(str(installed)))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - kg is always importable here
        pass
    candidates.append(Path(__file__).resolve().parents[2] / "ontology" / name)
    for path in candidates:
        if path.is_file():
            return path
    raise InputError(
        f"{name}: not found (looked in {', '.join(str(p.parent) for p in candidates)})"
    )


def ontology_path() -> Path:
    """Path of the OWL ontology ``conflict-kg.ttl``.

    Returns
    -------
    pathlib.Path
        ``kg/ontology/conflict-kg.ttl`` in an installed wheel, else ``ontology/conflict-kg.ttl``
        at the root of the checkout.

    Raises
    ------
    kg.errors.InputError
        If the file is in neither place.

    Examples
    --------
    >>> ontology_path().is_file()
    True
    """
    return _find(ONTOLOGY_FILE)


def shapes_path() -> Path:
    """Path of the SHACL shapes ``shapes.ttl`` (found like :func:`ontology_path`).

    Examples
    --------
    >>> shapes_path().read_text(encoding="utf-8").count("sh:NodeShape") >= 3
    True
    """
    return _find(SHAPES_FILE)


@functools.lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(), format="turtle")


@functools.lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(shapes_path(), format="turtle")


@functools.lru_cache(maxsize=1)
def ontology_triples() -> tuple[Any, ...]:
    """The ontology as pyoxigraph triples, in the order of the file, parsed once and cached (what
    the build writes into the ontology graph).

    Examples
    --------
    >>> triples = ontology_triples()
    >>> any(t.predicate.value.endswith("#type") and t.subject.value.endswith("#mediates") for t in triples)
    True
    """
    import pyoxigraph as ox

    try:
        return tuple(q.triple for q in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    except SyntaxError as e:
        raise InputError(f"{ontology_path()}: not valid Turtle ({e})") from None


def load_ontology() -> rdflib.Graph:
    """The ontology as an :class:`rdflib.Graph`, parsed once and cached.

    The graph is shared between calls: copy it before changing it.

    Examples
    --------
    >>> from rdflib import OWL, RDF, URIRef
    >>> from kg.vocab import ONTOLOGY_IRI
    >>> (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in load_ontology()
    True
    >>> load_ontology() is load_ontology()
    True
    """
    return _ontology()


def load_shapes() -> rdflib.Graph:
    """The SHACL shapes as an :class:`rdflib.Graph`, parsed once and cached.

    Examples
    --------
    >>> from rdflib import RDF
    >>> from rdflib.namespace import SH
    >>> len(set(load_shapes().subjects(RDF.type, SH.NodeShape)))
    3
    """
    return _shapes()


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`.

    Attributes
    ----------
    conforms : bool
        True when the graph passes every shape.
    results : list of tuple
        One ``(focus node, path, message)`` per violation, sorted; ``path`` is ``None`` for a
        constraint on the node itself. Nodes and paths are rdflib terms.
    text : str
        pyshacl's plain-text report.
    """

    conforms: bool
    results: list[tuple[rdflib.term.Node, rdflib.term.Node | None, str]] = field(
        default_factory=list
    )
    text: str = ""

    def messages(self) -> list[str]:
        """One line per violation: ``<focus> <path>: message``.

        Examples
        --------
        >>> from rdflib import URIRef, RDFS
        >>> r = ValidationReport(False, [(URIRef("urn:x"), RDFS.label, "no label")])
        >>> r.messages()
        ['<urn:x> rdfs:label: no label']
        """
        def show(term: rdflib.term.Node) -> str:
            return compact_iri(str(term)) if isinstance(term, rdflib.URIRef) else term.n3()

        out = []
        for focus, path, message in self.results:
            where = show(focus)
            if path is not None:
                where += " " + show(path)
            out.append(f"{where}: {message}")
        return out


def validate(graph: rdflib.Graph) -> ValidationReport:
    """Validate a built graph against ``shapes.ttl``.

    Runs pyshacl with the ontology as the ontology graph and RDFS inference, so that shapes
    targeting ``kgo:Entity`` apply to every actor type. The graph itself is not changed.
    A :class:`rdflib.Dataset` or ``ConjunctiveGraph`` is validated as the union of all its
    graphs, whatever its ``default_union`` flag.

    Parameters
    ----------
    graph : rdflib.Graph
        The graph to check (for example the result of ``kg.graph.rdf.to_rdf``).

    Returns
    -------
    ValidationReport
        ``conforms``, one ``(focus node, path, message)`` per violation, and the text report.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ... @prefix kgo: <https://w3id.org/conflict-kg/ontology#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <https://w3id.org/conflict-kg/resource/actor/russia> a kgo:State ; rdfs:label "Russia" .
    ... <https://w3id.org/conflict-kg/resource/actor/turkey> a kgo:State .
    ... ''', format="turtle")
    >>> report = validate(g)
    >>> report.conforms
    False
    >>> print(report.messages()[0])  # doctest: +ELLIPSIS
    kga:turkey rdfs:label: An entity must have exactly one rdfs:label...
    """
    import pyshacl  # imported here: it is slow to import and only validation needs it

    data = graph
    if isinstance(graph, rdflib.ConjunctiveGraph):  # Dataset is a subclass
        # all graphs, whatever default_union says (a built dataset has an empty default graph)
        union = rdflib.Dataset(store=graph.store, default_union=True)
        data = rdflib.Graph()
        for triple in union.triples((None, None, None)):
            data.add(triple)
    conforms, report_graph, text = pyshacl.validate(
        data,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="rdfs",
        abort_on_first=False,
        allow_warnings=False,
    )
    results: list[tuple[rdflib.term.Node, rdflib.term.Node | None, str]] = []
    for res in report_graph.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report_graph.value(res, SH.focusNode)
        path = report_graph.value(res, SH.resultPath)
        message = report_graph.value(res, SH.resultMessage)
        if message is None:
            component = report_graph.value(res, SH.sourceConstraintComponent)
            message = f"violates {component}"
        results.append((focus, path, str(message)))
    results.sort(key=lambda r: (str(r[0]), str(r[1] or ""), r[2]))
    return ValidationReport(conforms=bool(conforms), results=results, text=str(text))
