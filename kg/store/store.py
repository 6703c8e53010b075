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

Writes are atomic, and kg changes only what it made. ``kg build`` loads a whole new store into its
staging folder and switches it in together with the exports (:class:`kg.staging.Staging`): a store
folder is replaced only when it carries ``kg-store.json``; a build killed at any moment leaves the
previous store (and exports) as they were. :meth:`KGStore.put_documents` and
:func:`remove_document` change the store in one SPARQL update, which Oxigraph applies in one
transaction: a process killed in the middle leaves the store as it was. (``kg add``, which
extracts documents and then puts them, is :func:`kg.pipeline.add_documents`.)

Readers open the store read-only under a shared lock of its folder (:func:`kg.staging.lock_folder`),
so any number of them (a running ``kg serve``, ``kg query``) read it at once, also from a read-only
mount; a writer (``kg add``, ``kg remove``) opens it under an exclusive lock, and is refused with a
message while a reader holds it.

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
from kg.staging import LOCK_WAIT, FolderLock, Staging, lock_folder, read_marker, recover

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
        hint = ""
        for legacy in ("store.old", "store.new"):
            if _complete(path.with_name(f"{path.name}.{legacy[6:]}")):
                hint = (f"; {path.name}.{legacy[6:]}/ beside it was left by an interrupted build of an earlier kg: "
                        f"rename it to {path.name}/ to use it")
                break
        raise StoreError(f"{path}: no store there (build one with `kg build`){hint}")
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


def check_store_folder(path: Path) -> None:
    """Raise :class:`kg.errors.StoreError` unless ``path`` is a store folder kg made (its
    ``kg-store.json`` says so): only such a folder is ever replaced or removed."""
    if read_marker(path / META_FILE, STORE_FORMAT) is None:
        raise StoreError(f"{path}: not a conflict-kg store (no {META_FILE} marker): kg will not replace or "
                         "remove it; move it away or write to another folder")


def _open_ox(data: Path, *, read_only: bool) -> ox.Store:
    try:
        return ox.Store.read_only(str(data)) if read_only else ox.Store(str(data))
    except (OSError, RuntimeError) as e:  # pyoxigraph: OSError for I/O, RuntimeError for corruption
        msg = " ".join(str(e).split())
        low = msg.lower()
        if "lock" in low:
            raise StoreError(f"{data.parent}: store is locked by another process (a running `kg serve` or "
                             "`kg add`?); stop it and try again") from None
        if "read-only file system" in low or "permission denied" in low:
            raise StoreError(f"{data.parent}: the store cannot be changed here (read-only file system or no "
                             "permission); it can still be read (kg query, kg serve)") from None
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

    def __init__(self, path: Path, store: ox.Store, lock: FolderLock | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.ox: ox.Store | None = store
        self.read_only = read_only
        self._lock = lock
        self._ds: Dataset | None = None

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _store(self) -> ox.Store:
        if self.ox is None:
            raise StoreError(f"{self.path}: store is closed")
        return self.ox

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"{self.path}: store is open for reading only (open it with write=True)")
        return self._store()

    def close(self) -> None:
        """Release the store (and its lock on the folder)."""
        if self.ox is not None and not self.read_only:
            self.ox.flush()
        self._ds = None
        self.ox = None
        gc.collect()  # rdflib graphs hold reference cycles: free the database now
        if self._lock is not None:
            self._lock.release()
            self._lock = None

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

        store = self._writable()
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


def open_store(path: Path | str, *, write: bool = False, wait: float | None = None) -> KGStore:
    """Open an existing store folder: read-only under a shared lock of its folder (any number of
    readers at once), or with ``write`` under an exclusive one.

    An interrupted build's switch left in the folder is rolled back first (renames only, nothing
    is deleted); a writer also removes the staging folders of finished builds.

    Raises
    ------
    kg.errors.StoreError
        The folder is missing, is not a store, is in use (``write`` while a server or a query reads
        it, or a reader while ``kg add`` writes it, for longer than ``wait`` seconds), or was
        written by an incompatible version.
    """
    path = Path(path)
    recover(path.parent, remove=write)
    lock = lock_folder(path.parent, exclusive=write, wait=(WRITE_WAIT if write else LOCK_WAIT) if wait is None else wait,
                       what=f"holds the store {path.name}/, which cannot be {'changed' if write else 'read'}: it")
    try:
        _check_meta(path)
        return KGStore(path, _open_ox(path / DATA_DIR, read_only=not write), lock, read_only=not write)
    except BaseException:
        lock.release()
        raise


def open_reader(path: Path | str) -> KGStore:
    """Open a store read-only without locking its folder: for the query workers of a server, which
    holds the lock for them."""
    path = Path(path)
    _check_meta(path)
    return KGStore(path, _open_ox(path / DATA_DIR, read_only=True), None, read_only=True)


#: Seconds a writer (``kg add``, ``kg remove``) waits for the readers of a store to let go.
WRITE_WAIT = 2.0


def store_exists(path: Path | str) -> bool:
    """Whether there is a store folder at ``path`` (after rolling back a switch a killed
    ``kg build`` left half done)."""
    path = Path(path)
    recover(path.parent)
    return path.is_dir()


def default_store(out_dir: Path | str = Path("exports")) -> Path:
    """Where ``kg build`` writes the store of an output folder."""
    return Path(out_dir) / STORE_DIRNAME


# --------------------------------------------------------------------------- writing a whole store

def _complete(path: Path) -> bool:
    return (path / META_FILE).is_file() and (path / DATA_DIR).is_dir()


def load_store(quads: Iterable[ox.Quad], path: Path | str, *, progress: Progress | None = None,
               shown: Path | str | None = None) -> None:
    """Write a new store into the folder ``path``, which must not exist (a staging folder's
    ``new/store``): the quads are bulk-loaded, ``kg-store.json`` is written last.
    ``progress`` hears ``("store", quads loaded, None, "")`` as the load goes.

    Raises
    ------
    kg.errors.StoreError
        The store cannot be written (no space left, ...); the message names ``shown`` (where the
        store is going) rather than the staging folder.
    """
    path = Path(path)
    try:
        path.mkdir()
        st = ox.Store(str(path / DATA_DIR))
        stream = _counted(quads, progress)
        while chunk := list(itertools.islice(stream, BULK_CHUNK)):
            st.bulk_extend(chunk)
        st.flush()
        st.optimize()
        del st
        gc.collect()
        (path / META_FILE).write_text(json.dumps(_meta(), indent=2) + "\n", encoding="utf-8")
    except OSError as e:
        raise StoreError(f"{shown or path}: cannot write the store ({' '.join((e.strerror or str(e)).split())[:200]})"
                         ) from None


def write_store(quads: Iterable[ox.Quad], path: Path | str, *, progress: Progress | None = None) -> None:
    """Write a new store at ``path`` holding ``quads`` (bulk-loaded), replacing the store there.
    The quads are what the store holds: named graphs and their union as the default graph (see
    :meth:`kg.graph.rdf.GraphRDF.store_quads`).

    The store is loaded into a staging folder beside ``path`` and switched in when it is complete
    (:class:`kg.staging.Staging`): a failed or interrupted write leaves the previous store as it
    was. A folder at ``path`` that is not a kg store is refused, never replaced.
    """
    path = Path(path)
    if path.exists():
        check_store_folder(path)
    recover(path.parent, remove=True)
    with Staging(path.parent) as staging:
        staging.replace_folder(path.name, check_store_folder)
        load_store(quads, staging.new(path.name), progress=progress, shown=path)
        staging.commit()


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
    """Test hook: ``KG_TEST_STORE_PAUSE=seconds`` makes a store change wait before it commits
    (see :func:`kg.staging._test_pause`)."""
    from kg.staging import _test_pause as pause

    pause(stage)


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
    with open_store(store_path, write=True) as st:
        store = st._writable()
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
