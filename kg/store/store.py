"""The persistent triple store: an embedded Oxigraph database on disk, kept up to date document by
document.

Layout of a store folder (``exports/store/`` after ``kg build``)::

    store/
      kg-store.json    {"format": "conflict-kg store", "version": 1, ...}
      oxigraph/        the Oxigraph (RocksDB) database

It holds the same quads as ``graph.trig``: one named graph per document (``kgr:graph/{doc_id}``),
``kgr:graph/build`` and the ontology graph; and its default graph holds the union of the named
graphs (each triple once), kept up to date by every change, so that a query sees the union as its
default graph with set semantics (Oxigraph's own "default graph as union" repeats a triple once per
graph that holds it). :func:`kg.store.sparql.run_query` runs on it with Oxigraph; through
:meth:`KGStore.dataset` it is also an :class:`rdflib.Dataset` (via ``oxrdflib``) for rdflib users.
:func:`memory_store` loads an RDF file into an in-memory store of the same shape.

Writes are atomic. ``kg build`` bulk-loads a whole new store next to the old one (``store.new``)
and swaps the folders, keeping the old one as ``store.old`` until the new one is in place (a build
killed in between is finished on the next open: see :func:`recover`);
:meth:`KGStore.put_documents` and :func:`remove_document` change the store in one SPARQL update,
which Oxigraph applies in one transaction: a process killed in the middle leaves the store as it
was. (``kg add``, which extracts documents and then puts them, is :func:`kg.pipeline.add_documents`.)

>>> import tempfile
>>> from kg.graph.build import build_graph
>>> from kg.models import Actor, Claim
>>> from kg.graph.rdf import GraphRDF
>>> G = build_graph([Actor("russia", "Russia", "State", docs={"d1"}), Actor("armenia", "Armenia", "State", docs={"d1"})],
...                 [Claim("russia", "supports", "armenia", "d1", "Russia backs Armenia.", 0, 21, 0.8, "r")],
...                 {"d1": {"title": "t", "sha256": "x"}})
>>> path = Path(tempfile.mkdtemp()) / "store"
>>> write_store(GraphRDF(G).store_quads(), path)
>>> with open_store(path) as st:
...     st.documents()
{'d1': 'x'}
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from kg import __version__
from kg.errors import InputError, StoreError
from kg.graph.rdf import from_ox
from kg.progress import Progress, report

STORE_FORMAT = "conflict-kg store"
STORE_VERSION = 1
META_FILE = "kg-store.json"
DATA_DIR = "oxigraph"
#: Name of the store folder that ``kg build`` writes inside its output folder.
STORE_DIRNAME = "store"


# --------------------------------------------------------------------------- opening

def _meta() -> dict[str, Any]:
    return {"format": STORE_FORMAT, "version": STORE_VERSION, "written_by": f"conflict-kg {__version__}",
            "pyoxigraph": ox.__version__}


def _check_meta(path: Path) -> None:
    meta_path = path / META_FILE
    if not path.is_dir():
        raise StoreError(f"{path}: no store there (build one with `kg build`)")
    if not meta_path.is_file() or not (path / DATA_DIR).is_dir():
        raise StoreError(f"{path}: not a conflict-kg store (no {META_FILE} and {DATA_DIR}/; build one with `kg build`)")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StoreError(f"{path}: unreadable {META_FILE} ({e})") from None
    if not isinstance(meta, dict) or meta.get("format") != STORE_FORMAT:
        raise StoreError(f"{path}: not a conflict-kg store ({META_FILE} does not say so)")
    if meta.get("version") != STORE_VERSION:
        raise StoreError(f"{path}: store format version {meta.get('version')!r} is not supported by this kg "
                         f"(it reads version {STORE_VERSION}): rebuild it with `kg build`")


def _open_ox(data: Path) -> ox.Store:
    try:
        return ox.Store(str(data))
    except (OSError, RuntimeError) as e:  # pyoxigraph: OSError for I/O, RuntimeError for corruption
        msg = " ".join(str(e).split())
        if "lock" in msg.lower():
            raise StoreError(f"{data.parent}: store is locked by another process (a running `kg serve` or "
                             "`kg add`?); stop it and try again") from None
        raise StoreError(f"{data.parent}: cannot open the store, incompatible or damaged ({msg[:200]}); "
                         "rebuild it with `kg build`") from None


class KGStore:
    """An open store. Use it as a context manager, or call :meth:`close`.

    Attributes
    ----------
    path : Path
        The store folder.
    ox : pyoxigraph.Store
        The Oxigraph store (for bulk paths and fast queries).
    """

    def __init__(self, path: Path, store: ox.Store) -> None:
        self.path = path
        self.ox: ox.Store | None = store
        self._ds: Dataset | None = None

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _store(self) -> ox.Store:
        if self.ox is None:
            raise StoreError(f"{self.path}: store is closed")
        return self.ox

    def close(self) -> None:
        """Release the store (and its lock on the folder)."""
        if self.ox is not None:
            self.ox.flush()
        self._ds = None
        self.ox = None
        gc.collect()  # rdflib graphs hold reference cycles: free the database now

    def dataset(self) -> Dataset:
        """The store as an :class:`rdflib.Dataset` (oxrdflib); its default graph is the union of the
        named graphs."""
        if self._ds is None:
            from oxrdflib import OxigraphStore

            self._ds = Dataset(store=OxigraphStore(store=self._store()), default_union=False)
        return self._ds

    def __len__(self) -> int:
        return len(self._store())

    def quads(self) -> set[tuple[Any, ...]]:
        """Every quad as a tuple of strings (N-Triples syntax), for comparisons."""
        return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in self._store()}

    def documents(self) -> dict[str, str]:
        """``{doc_id: sha256}`` of the documents in the store."""
        q = f"""SELECT ?id ?sha WHERE {{ GRAPH ?g {{ ?d a <{KGO_DOCUMENT}> ; <{DCT_IDENTIFIER}> ?id .
                 OPTIONAL {{ ?d <{KGO_SHA}> ?sha }} }} }}"""
        out = {}
        for sol in self._store().query(q):
            out[sol["id"].value] = sol["sha"].value if sol["sha"] is not None else ""
        return dict(sorted(out.items()))

    def to_memory(self) -> Dataset:
        """A copy of the store's named graphs in an in-memory rdflib Dataset."""
        ds = Dataset(default_union=True)
        graphs: dict[str, Any] = {}
        for q in self.named_quads():
            key = q.graph_name.value
            g = graphs.get(key) or graphs.setdefault(key, ds.graph(from_ox(q.graph_name)))
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return ds

    def named_quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs (the default graph, their union, left out)."""
        store = self._store()
        for g in sorted(store.named_graphs(), key=str):
            yield from store.quads_for_pattern(None, None, None, g)

    def graph(self):  # noqa: ANN201 - networkx graph
        """The networkx graph (the :mod:`kg.graph.build` contract) of the store's content."""
        from kg.graph.rdf import from_quads

        return from_quads(self.named_quads())

    def put_documents(self, graphs: Mapping[str, Iterable[ox.Triple]], build: Iterable[ox.Triple]) -> None:
        """Put the named graph of each document (``{doc_id: triples}``), replacing the graph a
        document already has, and add ``build`` to the build graph, all in one transaction; the
        default graph (the union) follows."""
        from kg.graph.rdf import BUILD_GRAPH, graph_iri

        store = self._store()
        ops = [op for doc_id in graphs for op in _drop_graph_ops(str(graph_iri(doc_id)))]
        body = []
        for doc_id, triples in list(graphs.items()) + [(None, build)]:
            g = BUILD_GRAPH if doc_id is None else graph_iri(doc_id)
            text = " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in dict.fromkeys(triples))
            body.append(f"GRAPH {g} {{\n{text} }}\n{text}")
        ops.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
        _test_pause("add")
        _commit(store, " ;\n".join(ops))


from kg.vocab import KGO as _KGO  # noqa: E402

KGO_DOCUMENT = str(_KGO.Document)
KGO_SHA = str(_KGO.sha256)
DCT_IDENTIFIER = "http://purl.org/dc/terms/identifier"


def open_store(path: Path | str) -> KGStore:
    """Open an existing store folder.

    Raises
    ------
    kg.errors.StoreError
        The folder is missing, is not a store, is locked by another process, or was written by an
        incompatible version.
    """
    path = Path(path)
    recover(path)
    _check_meta(path)
    return KGStore(path, _open_ox(path / DATA_DIR))


def store_exists(path: Path | str) -> bool:
    """Whether there is a store folder at ``path`` (after finishing a swap a killed ``kg build``
    left half done, see :func:`recover`)."""
    path = Path(path)
    if not path.exists() and (_sibling(path, "new").exists() or _sibling(path, "old").exists()):
        recover(path)
    return path.exists()


def default_store(out_dir: Path | str = Path("exports")) -> Path:
    """Where ``kg build`` writes the store of an output folder."""
    return Path(out_dir) / STORE_DIRNAME


# --------------------------------------------------------------------------- writing a whole store

def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(f"{path.name}.{suffix}")


def _complete(path: Path) -> bool:
    return (path / META_FILE).is_file() and (path / DATA_DIR).is_dir()


def recover(path: Path | str) -> None:
    """Finish or undo a store swap that ``kg build`` was killed in the middle of.

    :func:`write_store` writes the new store to ``STORE.new`` (its ``kg-store.json`` last), renames
    ``STORE`` to ``STORE.old``, ``STORE.new`` to ``STORE`` and then deletes ``STORE.old``. Killed
    between the two renames, there is no ``STORE``: the complete ``STORE.new`` is put in place, or
    else ``STORE.old`` is put back. A ``STORE.old`` left beside a ``STORE`` is deleted.
    """
    path = Path(path)
    new, old = _sibling(path, "new"), _sibling(path, "old")
    try:
        if not path.exists():
            if new.is_dir() and _complete(new):
                os.replace(new, path)
            elif old.is_dir() and _complete(old):
                os.replace(old, path)
        if path.exists() and old.exists():
            shutil.rmtree(old, ignore_errors=True)
    except OSError as e:
        raise StoreError(f"{path}: cannot recover the store from an interrupted build ({e.strerror or e})") from None


def write_store(quads: Iterable[ox.Quad], path: Path | str, *, progress: Progress | None = None) -> None:
    """Write a new store at ``path`` holding ``quads`` (bulk-loaded), replacing any store there.
    The quads are what the store holds: named graphs and their union as the default graph (see
    :meth:`kg.graph.rdf.GraphRDF.store_quads`).

    The store is loaded into ``PATH.new`` beside ``path``; only when it is complete is the old
    store renamed to ``PATH.old``, the new one to ``path``, and the old one deleted. A failed or
    interrupted write leaves the previous store in place, and a kill between the two renames is
    repaired by :func:`recover` (called by :func:`open_store` and here), so there is always a
    store to open. ``progress`` hears ``("store", quads loaded, None, "")`` as the load goes.
    """
    path = Path(path)
    parent = path.parent
    staging, old = _sibling(path, "new"), _sibling(path, "old")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        recover(path)
        shutil.rmtree(staging, ignore_errors=True)  # an unfinished earlier write
        staging.mkdir()
    except OSError as e:
        raise StoreError(f"{path}: cannot create the store folder ({e.strerror or e})") from None
    try:
        st = ox.Store(str(staging / DATA_DIR))
        stream = _counted(quads, progress)
        while chunk := list(itertools.islice(stream, BULK_CHUNK)):
            st.bulk_extend(chunk)
        st.flush()
        st.optimize()
        del st
        gc.collect()
        (staging / META_FILE).write_text(json.dumps(_meta(), indent=2) + "\n", encoding="utf-8")
        _test_pause("swap")
        if path.exists():
            os.replace(path, old)
            _test_pause("swapping")
        os.replace(staging, path)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as e:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(f"{path}: cannot write the store ({e.strerror or e})") from None


#: Quads handed to Oxigraph's bulk loader at a time: it holds what it is given in memory (about
#: 600 MB for 600,000 quads at once), so a store of any size loads in bounded memory.
BULK_CHUNK = 50_000


def _counted(quads: Iterable[ox.Quad], progress: Progress | None, every: int = BULK_CHUNK) -> Iterator[ox.Quad]:
    n = 0
    for n, q in enumerate(quads, 1):
        if n % every == 0:
            report(progress, "store", n)
        yield q
    report(progress, "store", n, n)


def memory_store(path: Path | str) -> ox.Store:
    """An RDF file loaded into an in-memory Oxigraph store shaped like a built store: the file's
    named graphs, and as default graph the file's default graph plus the union of its named graphs
    (each triple once), so that the queries of a built store run on it unchanged.

    Raises
    ------
    kg.errors.InputError
        The file is missing, of an unknown type or not valid RDF.
    """
    from kg.graph.rdf import rdf_format

    path = Path(path)
    fmt = rdf_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file (build one with `kg build`)")
    st = ox.Store()
    try:
        st.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError) as e:
        raise InputError(f"{path}: not valid RDF ({' '.join(str(e).split())[:200]})") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None
    st.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return st


# --------------------------------------------------------------------------- incremental changes

@dataclass
class StoreChange:
    """What :func:`add_documents` or :func:`remove_document` did."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    quads_before: int = 0
    quads_after: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        """One line."""
        parts = [f"{len(self.added)} added", f"{len(self.replaced)} replaced", f"{len(self.unchanged)} unchanged"]
        if self.removed:
            parts = [f"{len(self.removed)} removed"]
        skipped = sum(1 for w in self.warnings if "skipped" in w)
        if skipped:
            parts.append(f"{skipped} skipped")
        return (f"{', '.join(parts)}; {self.quads_after} quads in the store "
                f"({self.quads_after - self.quads_before:+d}) in {self.seconds:.2f} s")


def _drop_graph_ops(g: str) -> list[str]:
    """Update operations that drop a named graph and take out of the default graph (the union) the
    triples no other named graph holds."""
    return [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }}",
        f"DROP SILENT GRAPH {g}",
    ]


def _test_pause(stage: str) -> None:
    """Test hook: ``KG_TEST_STORE_PAUSE=seconds`` makes a store change wait before it commits,
    and write the file ``KG_TEST_STORE_MARK`` when it starts waiting (only at the stage
    ``KG_TEST_STORE_PAUSE_AT`` when that is set)."""
    pause = os.environ.get("KG_TEST_STORE_PAUSE")
    at = os.environ.get("KG_TEST_STORE_PAUSE_AT")
    if pause and (not at or at == stage):
        mark = os.environ.get("KG_TEST_STORE_MARK")
        if mark:
            Path(mark).write_text(stage, encoding="utf-8")
        time.sleep(float(pause))


def _commit(store: ox.Store, update: str) -> None:
    try:
        store.update(update)
    except (OSError, SyntaxError, ValueError) as e:
        raise StoreError(f"cannot update the store ({' '.join(str(e).split())[:200]})") from None


def remove_document(store_path: Path | str, doc_id: str) -> StoreChange:
    """Drop a document's named graph (and its mention in the build graph). An actor or a direct
    relation stays while another document's graph still holds it."""
    from kg.graph.rdf import BUILD_GRAPH, BUILD_IRI, USED, document_iri, graph_iri

    t0 = time.perf_counter()
    change = StoreChange()
    with open_store(store_path) as st:
        store = st._store()
        known = st.documents()
        if doc_id not in known:
            listed = ", ".join(list(known)[:10]) + (", ..." if len(known) > 10 else "")
            raise StoreError(f"no document {doc_id!r} in {st.path} (documents: {listed or 'none'})")
        change.quads_before = len(store)
        used = f"{BUILD_IRI} {USED} {document_iri(doc_id)}"
        bg = str(BUILD_GRAPH)
        update = " ;\n".join([
            *_drop_graph_ops(str(graph_iri(doc_id))),
            f"DELETE DATA {{ GRAPH {bg} {{ {used} }} }}",
            f"DELETE {{ {used} }} WHERE {{ FILTER NOT EXISTS {{ GRAPH ?h {{ {used} }} }} }}",
        ])
        _test_pause("remove")
        _commit(store, update)
        change.removed.append(doc_id)
        change.quads_after = len(store)
    change.seconds = time.perf_counter() - t0
    return change
