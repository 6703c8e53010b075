"""Build benchmark: how the cost of a build grows with the corpus.

Synthetic corpora of N documents are made by recombining sentences of the bundled sample corpus
(seeded, so the same N gives the same corpus), written to a temporary folder, then built stage by
stage: read, extract, merge (graph), RDF dataset, and every export but html (each timed on its own),
and the write. Each size runs in a fresh interpreter so its peak RSS is its own.

    python benchmarks/bench_build.py                  # sizes 10,100,1000
    python benchmarks/bench_build.py --sizes 10,100 --no-exports
    python benchmarks/bench_build.py --tracemalloc    # also the Python-heap peak (slower: a second pass)
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

SEED = 20201109
SENTENCES_PER_DOC = (8, 40)


def make_corpus(n: int, folder: Path, seed: int = SEED) -> tuple[int, int]:
    """Write ``n`` documents of recombined sample sentences; return (sentences, bytes)."""
    from kg.extract.ingest import read_documents, sample_corpus
    from kg.text import split_sentences

    pool = [s.text for d in read_documents([sample_corpus()]) for s in split_sentences(d.text) if len(s.text) > 25]
    rng = random.Random(seed * 1000003 + n)
    folder.mkdir(parents=True, exist_ok=True)
    total_s = total_b = 0
    for i in range(n):
        k = rng.randint(*SENTENCES_PER_DOC)
        sents = rng.sample(pool, min(k, len(pool)))
        paras = [" ".join(sents[j:j + 4]) for j in range(0, len(sents), 4)]
        text = f"Synthetic report {i}\n\n" + "\n\n".join(paras) + "\n"
        (folder / f"doc_{i:05d}.txt").write_text(text, encoding="utf-8")
        total_s += len(sents)
        total_b += len(text.encode("utf-8"))
    return total_s, total_b


def run_stages(folder: Path, out: Path, exports: bool) -> dict:
    """One build, stage by stage; seconds per stage and what it produced."""
    from kg import pipeline
    from kg.graph.exports import EXPORTERS, write_files
    from kg.extract.ingest import read_documents
    from kg.graph.rdf import to_rdf

    t: dict[str, float] = {}
    c = time.perf_counter
    t0 = c()
    gaz = None
    t["gazetteer"] = c() - t0
    t0 = c()
    docs = read_documents([folder])
    t["read"] = c() - t0
    t0 = c()
    extractions = pipeline.extract_all(docs, gaz)
    t["extract"] = c() - t0
    t0 = c()
    G = pipeline.graph_from_extractions(extractions)
    t["graph"] = c() - t0
    stats = {"actors": G.number_of_nodes(),
             "relations": sum(1 for *_, d in G.edges(keys=True, data=True) if d["asserted"]),
             "statements": sum(len(d["evidence"]) for *_, d in G.edges(keys=True, data=True)),
             "sentences": sum(len(x.sentences) for x in extractions)}
    if exports:
        t0 = c()
        ds = to_rdf(G)
        t["rdf"] = c() - t0
        stats["triples"] = sum(len(g) for g in ds.graphs())
        files = {}
        for name, ex in EXPORTERS.items():
            if name == "html":
                continue
            t0 = c()
            files[ex.filename] = ex.render(G, ds)
            t[f"export:{name}"] = c() - t0
        t0 = c()
        write_files(out, files)
        t["write"] = c() - t0
        stats["export_bytes"] = sum(len(b) for b in files.values())
    return {"seconds": t, **stats}


def one_size(n: int, exports: bool, with_tracemalloc: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = Path(tmp) / "docs"
        sentences, size = make_corpus(n, folder)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        res = run_stages(folder, Path(tmp) / "out", exports)
        res.update(documents=n, written_sentences=sentences, bytes=size,
                   maxrss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   maxrss_before_mb=rss_before / 1024)
        if with_tracemalloc:
            tracemalloc.start()
            run_stages(folder, Path(tmp) / "out2", exports)
            res["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
    return res


def report(rows: list[dict]) -> None:
    print(f"{'docs':>6} {'sents':>7} {'MB':>6} {'total s':>8} {'docs/s':>8} {'sents/s':>8} {'MB/s':>6} "
          f"{'RSS MB':>7} {'heap MB':>8} {'actors':>7} {'rels':>6} {'stmts':>6} {'triples':>8}")
    for r in rows:
        total = sum(r["seconds"].values())
        mb = r["bytes"] / 2**20
        heap = f"{r['tracemalloc_peak_mb']:8.1f}" if "tracemalloc_peak_mb" in r else f"{'-':>8}"
        print(f"{r['documents']:>6} {r['sentences']:>7} {mb:>6.2f} {total:>8.2f} {r['documents'] / total:>8.1f} "
              f"{r['sentences'] / total:>8.0f} {mb / total:>6.3f} {r['maxrss_mb']:>7.0f} {heap} "
              f"{r['actors']:>7} {r['relations']:>6} {r['statements']:>6} {r.get('triples', '-'):>8}")
    print("\nseconds per stage")
    stages = list(dict.fromkeys(k for r in rows for k in r["seconds"]))
    print(f"{'stage':<18}" + "".join(f"{r['documents']:>10}" for r in rows) + "   ratio last/first per doc")
    for s in stages:
        vals = [r["seconds"].get(s, 0.0) for r in rows]
        ratio = ""
        if len(rows) > 1 and vals[0] > 0:
            ratio = f"{(vals[-1] / rows[-1]['documents']) / (vals[0] / rows[0]['documents']):>8.2f}"
        print(f"{s:<18}" + "".join(f"{v:>10.3f}" for v in vals) + f"   {ratio}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,100,1000", help="comma-separated corpus sizes (documents)")
    ap.add_argument("--no-exports", action="store_true", help="stop after the graph: no RDF, no exports")
    ap.add_argument("--tracemalloc", action="store_true", help="second pass under tracemalloc for the heap peak")
    ap.add_argument("--in-process", action="store_true", help="run every size in this process (RSS is cumulative)")
    ap.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    ap.add_argument("--_one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._one is not None:
        print(json.dumps(one_size(args._one, not args.no_exports, args.tracemalloc)))
        return
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    rows = []
    for n in sizes:
        if args.in_process:
            rows.append(one_size(n, not args.no_exports, args.tracemalloc))
        else:
            cmd = [sys.executable, str(Path(__file__).resolve()), "--_one", str(n)]
            cmd += ["--no-exports"] * args.no_exports + ["--tracemalloc"] * args.tracemalloc
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode:
                sys.exit(f"size {n} failed:\n{proc.stderr}")
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(f"# {n} documents done", file=sys.stderr)
    report(rows)
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
