"""Send the graph to an external triple store over the SPARQL 1.1 Graph Store HTTP Protocol
(Fuseki, GraphDB, Virtuoso, Oxigraph server, ...).

By default each named graph of the build (one per document, the build graph, the ontology) is sent
to the graph of the same name (``?graph=IRI``), and the triples of the source's default graph (all
of a Turtle, N-Triples or JSON-LD file) to the endpoint's default graph (``?default``); with
``graph_iri`` the union of all of them is sent to that one graph. ``PUT`` replaces each target
graph; with ``merge=True`` ``POST`` adds to it. Nothing local is changed.

>>> _target("http://127.0.0.1:7878/store", DEFAULT_GRAPH)
'http://127.0.0.1:7878/store?default'
>>> _target("http://h/ds/data?x=1", "https://w3id.org/conflict-kg/resource/graph/build")
'http://h/ds/data?x=1&graph=https%3A%2F%2Fw3id.org%2Fconflict-kg%2Fresource%2Fgraph%2Fbuild'
"""

from __future__ import annotations

import ipaddress
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

#: Stands for the endpoint's default graph in :attr:`PushResult.graphs` (sent with ``?default``).
DEFAULT_GRAPH = "default graph"

from kg.errors import PushError


@dataclass
class PushResult:
    """What was sent."""

    graphs: list[str]
    triples: int
    method: str

    def summary(self, endpoint: str) -> str:
        verb = "merged into" if self.method == "POST" else "replaced"
        return f"{self.triples} triples in {len(self.graphs)} graph{'s' if len(self.graphs) != 1 else ''} {verb} at {endpoint}"


def _ntriples(g: Graph) -> bytes:
    from kg.store.sparql import _nt

    return "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in sorted(g)).encode("utf-8")


def _opener(endpoint: str) -> urllib.request.OpenerDirector:
    host = urlsplit(endpoint).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    # a proxy from the environment must not stand between us and a store on this machine
    return urllib.request.build_opener(urllib.request.ProxyHandler({})) if loopback else urllib.request.build_opener()


def _target(endpoint: str, graph: str) -> str:
    """The Graph Store Protocol URL of one graph: ``?default`` or ``?graph=IRI``."""
    sep = "&" if "?" in endpoint else "?"
    if graph == DEFAULT_GRAPH:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={quote(graph, safe='')}"


def _graph_name(g: Graph) -> str:
    """The graph's IRI, or :data:`DEFAULT_GRAPH` for the dataset's default graph (rdflib names it
    ``urn:x-rdflib:default``; that name must not reach the endpoint)."""
    return DEFAULT_GRAPH if g.identifier == DATASET_DEFAULT_GRAPH_ID else str(g.identifier)


def push_dataset(ds: Dataset, endpoint: str, *, graph_iri: str | None = None, merge: bool = False,
                 timeout: float = 60.0) -> PushResult:
    """Send a dataset's graphs to a Graph Store Protocol endpoint (e.g. ``http://host:7878/store``)."""
    from kg.graph.rdf import union_graph

    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint (e.g. http://127.0.0.1:7878/store)")
    if graph_iri is not None:
        payloads: Iterable[tuple[str, Graph]] = [(graph_iri, union_graph(ds))]
    else:
        payloads = sorted(((_graph_name(c), c) for c in ds.graphs() if len(c)),
                          key=lambda x: (x[0] != DEFAULT_GRAPH, x[0]))
    method = "POST" if merge else "PUT"
    opener = _opener(endpoint)
    sent: list[str] = []
    triples = 0
    for name, g in payloads:
        data = _ntriples(g)
        req = urllib.request.Request(_target(endpoint, name), data=data, method=method,
                                     headers={"Content-Type": "application/n-triples"})
        try:
            with opener.open(req, timeout=timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as e:
            detail = " ".join(e.read(300).decode("utf-8", "replace").split())
            done = f" ({len(sent)} graphs sent before it)" if sent else ""
            what = "the default graph" if name == DEFAULT_GRAPH else f"the graph <{name}>"
            raise PushError(f"{endpoint} refused {what}: HTTP {e.code} {e.reason}"
                            f"{': ' + detail if detail else ''}{done}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            reason = getattr(reason, "strerror", None) or reason
            raise PushError(f"{endpoint} is down or unreachable ({reason}); nothing was sent"
                            if not sent else f"{endpoint} stopped answering ({reason}) after {len(sent)} graphs") from None
        sent.append(name)
        triples += len(g)
    return PushResult(sent, triples, method)


def load_source(out_dir: Path | str = Path("exports"), graph_file: Path | str | None = None) -> Dataset:
    """The dataset to push: an RDF file when given, else the store of a build folder (read into
    memory), else its ``graph.trig``."""
    from kg.graph.rdf import parse_rdf
    from kg.store.store import default_store, open_store, store_exists

    if graph_file is not None:
        return parse_rdf(Path(graph_file))
    store = default_store(out_dir)
    if store_exists(store):
        with open_store(store) as st:
            return st.to_memory()
    return parse_rdf(Path(out_dir) / "graph.trig")
