"""Per-document extraction in this process, over a process pool, or on a Dask cluster.

Extraction of one document depends only on the document and the :class:`~kg.extract.ExtractorSpec`
(see :mod:`kg.extract`), so documents go out in batches, in any order, to workers that each build
their extractor once (:func:`kg.extract.get_extractor` caches it per process: a pool worker builds
it in its initializer, a Dask worker on its first batch); only the per-document results
(:class:`~kg.models.DocExtraction`) come back, as they are done, to be merged by the caller. A
bounded number of batches is in flight at a time, so results never pile up.

>>> from kg.models import Document
>>> docs = [Document("a", "Russia mediates between Armenia and Azerbaijan."), Document("b", "Turkey supports Azerbaijan.")]
>>> sorted(x.document.id for x in extract(docs, jobs=1))
['a', 'b']
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any

from kg.errors import ClusterError, KGError
from kg.extract import ExtractorSpec, get_extractor
from kg.models import DocExtraction, Document
from kg.processes import die_with_parent

__all__ = ["ClusterError", "available_cores", "batches", "extract", "extract_on_cluster"]

#: Text per batch: enough for the language pipeline to batch sentences (``nlp.pipe``), small
#: enough that the workers share the work evenly, and that a batch's parse (which the parser holds
#: whole: about 2 KB per character of text) stays small.
BATCH_CHARS = 32_000
#: Batches in flight per worker: the next one is queued while one runs, no more.
IN_FLIGHT = 2
#: Less text than this is extracted in this process whatever ``jobs`` says: starting a worker
#: (an interpreter, the extractor and its language pipeline) costs more than it would save.
MIN_POOL_CHARS = 100_000


def available_cores() -> int:
    """The cores this process may run on (the default of ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def batches(docs: Sequence[Document], max_chars: int = BATCH_CHARS) -> list[list[Document]]:
    """Consecutive runs of documents of at most ``max_chars`` characters of text (a longer
    document is a batch of its own).

    >>> [len(b) for b in batches([Document(str(i), "x" * 10) for i in range(5)], max_chars=25)]
    [2, 2, 1]
    """
    out: list[list[Document]] = []
    size = 0
    for d in docs:
        if out and size + len(d.text) <= max_chars:
            out[-1].append(d)
            size += len(d.text)
        else:
            out.append([d])
            size = len(d.text)
    return out


def _extract_batch(spec: ExtractorSpec, docs: list[Document]) -> list[DocExtraction]:
    """One batch on a worker (the extractor of ``spec`` is built on the worker's first batch)."""
    return list(get_extractor(spec).extract_many(docs))


_WORKER_SPEC: ExtractorSpec | None = None


def _init_worker(spec: ExtractorSpec, parent: int | None = None) -> None:
    global _WORKER_SPEC
    die_with_parent(parent)  # a killed build leaves no worker behind
    _WORKER_SPEC = spec
    get_extractor(spec)


def _pool_batch(docs: list[Document]) -> list[DocExtraction]:
    assert _WORKER_SPEC is not None
    return _extract_batch(_WORKER_SPEC, docs)


def _start_method() -> str:
    """``fork`` where it is safe (Linux, no other thread in this process): the workers start at
    once, with the extractor already loaded, and a script that calls the library needs no
    ``if __name__ == "__main__"`` guard; else ``spawn``."""
    if sys.platform == "linux" and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def extract(docs: Sequence[Document], spec: ExtractorSpec | None = None, *, jobs: int = 1,
            batch_chars: int = BATCH_CHARS, min_pool_chars: int | None = None) -> Iterator[DocExtraction]:
    """Extractions of ``docs``, as they are done (in input order with one job).

    With ``jobs`` > 1, more than one batch (see :func:`batches`) and at least ``min_pool_chars``
    characters of text (default :data:`MIN_POOL_CHARS`, or one batch when ``batch_chars`` is given)
    the batches go to a pool of ``jobs`` worker processes; otherwise everything runs here.
    """
    spec = spec or ExtractorSpec()
    work = batches(docs, batch_chars)
    jobs = min(jobs, len(work))
    if min_pool_chars is None:
        min_pool_chars = MIN_POOL_CHARS if batch_chars == BATCH_CHARS else batch_chars
    if jobs <= 1 or sum(len(d.text) for d in docs) < min_pool_chars:
        extractor = get_extractor(spec)
        for batch in work:  # batch by batch here too: the parser holds what it is given at once
            yield from extractor.extract_many(batch)
        return
    context = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(spec, os.getpid())) as pool:
        for fut in _drain(work, lambda batch: pool.submit(_pool_batch, batch), jobs * IN_FLIGHT):
            yield from fut.result()


def _drain(work: list[list[Document]], submit: Callable[[list[Document]], Any], window: int) -> Iterator[Any]:
    """Submit the batches to the pool keeping at most ``window`` in flight, and yield each future
    as it is done."""
    todo = iter(work)
    pending = {submit(batch) for batch in itertools.islice(todo, window)}
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for fut in done:
            batch = next(todo, None)
            if batch is not None:
                pending.add(submit(batch))
            yield fut


def extract_on_cluster(docs: Sequence[Document], address: str, spec: ExtractorSpec | None = None, *,
                       batch_chars: int = BATCH_CHARS, timeout: float = 30) -> Iterator[DocExtraction]:
    """Extractions of ``docs`` computed on the Dask distributed cluster whose scheduler is at
    ``address`` (``tcp://host:8786``), as they are done. Documents and the spec go out, the
    extractions come back; nothing else crosses the network.

    Raises
    ------
    ClusterError
        ``distributed`` is not installed, the scheduler cannot be reached, it has no workers,
        or the scheduler or a worker cannot load kg's tasks (the package must be installed on
        the scheduler and on every worker).
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ClusterError("--cluster needs Dask distributed: pip install 'conflict-kg[cluster]'") from None
    spec = spec or ExtractorSpec()
    work = batches(docs, batch_chars)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except Exception as e:  # noqa: BLE001 - refused, timed out, or something that is no Dask scheduler
        why = f"{type(e).__name__}: {' '.join(str(e).split())}"[:200]
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({why})") from None
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            raise ClusterError(f"the Dask scheduler at {address} has no workers (start some with `dask worker {address}`)") from None
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        [spec_future] = client.scatter([spec], broadcast=True, hash=False)
        def submit(batch: list[Document]) -> Any:
            return client.submit(_extract_batch, spec_future, batch, pure=False)

        todo = iter(work)
        queue = as_completed([submit(batch) for batch in itertools.islice(todo, n_workers * IN_FLIGHT)],
                             loop=client.loop)
        for fut in queue:
            batch = next(todo, None)
            if batch is not None:
                queue.add(submit(batch))
            try:
                result = fut.result()
            except KGError:
                raise
            except ImportError as e:
                raise ClusterError(f"a Dask worker cannot import {e.name!r}: install the same conflict-kg (and its "
                                   "model) on the scheduler and on every worker") from None
            except RuntimeError as e:
                if "deserializ" not in str(e):
                    raise
                raise ClusterError(f"the Dask cluster at {address} cannot load kg's tasks ({str(e).splitlines()[0]}): "
                                   "install the same conflict-kg (and its model) on the scheduler and on every "
                                   "worker") from None
            fut.release()
            yield from result
    finally:
        client.close()
