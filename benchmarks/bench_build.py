"""Build benchmark: what a whole ``kg build`` costs by corpus size, with --jobs 1 and 2, and the
time of each stage; optionally beside another installed version of kg.

Corpora are made by recombining sentences of the bundled sample corpus (seeded, so the same size
gives the same corpus): ``1MB`` is about a megabyte of text in documents of 8 to 40 sentences,
``5MB`` five times that, ``1MBx1`` the text of ``1MB`` as one long document and ``1MBx30`` the same
text in 30 documents (their ratio is the price of a long document: at most 2 is the goal). Each
build runs in a fresh interpreter (``kg.pipeline.build`` with every export and the store), so its
peak RSS is its own; CPU seconds count the worker processes too. On a shared machine wall time is
noisy: read the CPU column.

    python benchmarks/bench_build.py                                  # 1MB,5MB,1MBx1,1MBx30; jobs 1,2
    python benchmarks/bench_build.py --corpora 1MB --jobs 1,2,4
    python benchmarks/bench_build.py --baseline /tmp/rel/.venv/bin/python   # beside an older kg
    python benchmarks/bench_build.py --json                           # the raw figures too

``--baseline PYTHON`` runs the same builds with another interpreter (a virtual environment where an
older kg is installed) on the same corpora; an older kg that has no ``jobs`` runs with one process,
and its stages are what its progress callback shows (reading and extraction, then the rest).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20201109
SENTENCES_PER_DOC = (8, 40)
MB = 1 << 20

#: Runs in the interpreter being measured (this kg or an older one): one build, as JSON on stdout.
RUNNER = r'''
import inspect, json, resource, sys, time
import kg.pipeline as P

folder, out, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
new = "jobs" in inspect.signature(P.build).parameters
marks = {}
files = {}
writing = [None, 0.0]  # the export file being written, since when

def progress(*a):
    now = time.perf_counter()
    if new:
        stage, done, total, detail = a
        if stage == "export":
            if writing[0]:
                files[writing[0]] = now - writing[1]
            writing[:] = [detail, now]
    else:
        marks["extracted"] = now

t0 = time.perf_counter()
kw = {"jobs": jobs} if new else {}
r = P.build([folder], out, progress=progress, **kw)
wall = time.perf_counter() - t0
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
if new:
    stages = dict(r.stages)
    sentences = r.sentences
    try:  # this kg: how extraction divides between the parse and the rules
        from kg.extract import SECONDS
        if jobs == 1:
            stages["  of which parse"] = SECONDS["parse"]
            stages["  of which rules"] = SECONDS["rules"]
    except ImportError:
        pass
else:
    stages = {"read+extract": marks["extracted"] - t0, "merge+exports+store": t0 + wall - marks["extracted"]}
    sentences = sum(len(x.sentences) for x in r.extractions)
print(json.dumps({
    "wall": wall, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
    "rss_mb": me.ru_maxrss / 1024, "child_rss_mb": kids.ru_maxrss / 1024, "stages": stages, "files": files,
    "documents": len(r.documents), "sentences": sentences, "actors": r.graph.number_of_nodes(),
    "relations": r.n_relations, "jobs": jobs if new else 1,
}))
'''


def _pool() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from kg.extract.ingest import read_documents, sample_corpus
    from kg.text import split_sentences

    return [s.text for d in read_documents([sample_corpus()]) for s in split_sentences(d.text) if len(s.text) > 25]


def _documents(nbytes: int, seed: int) -> list[str]:
    """Texts of documents of recombined sample sentences, about ``nbytes`` in all."""
    pool = _pool()
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < nbytes:
        k = rng.randint(*SENTENCES_PER_DOC)
        sents = rng.sample(pool, min(k, len(pool)))
        paras = [" ".join(sents[j:j + 4]) for j in range(0, len(sents), 4)]
        text = f"Synthetic report {len(out)}\n\n" + "\n\n".join(paras) + "\n"
        out.append(text)
        total += len(text.encode("utf-8"))
    return out


def make_corpus(name: str, folder: Path) -> int:
    """Write the corpus ``name`` (``5MB``, ``1MBx1``, ``1MBx30``) into ``folder``; return its bytes."""
    size, _, split = name.upper().partition("X")
    nbytes = int(float(size.removesuffix("MB")) * MB)
    texts = _documents(nbytes, SEED + nbytes)
    if split:  # the same text in N documents (one: a single long document)
        n = int(split)
        paras = "\n\n".join(texts).split("\n\n")
        per = -(-len(paras) // n)
        texts = ["\n\n".join(paras[i * per:(i + 1) * per]) + "\n" for i in range(n)]
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"doc_{i:05d}.txt").write_text(text, encoding="utf-8")
    return sum(len(t.encode("utf-8")) for t in texts)


def run_one(python: str, folder: Path, out: Path, jobs: int, timeout: float) -> dict | None:
    try:
        proc = subprocess.run([python, "-c", RUNNER, str(folder), str(out), str(jobs)], capture_output=True,
                              text=True, timeout=timeout, cwd=str(out.parent))
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode:
        sys.exit(f"{python}: build of {folder} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(rows: list[dict]) -> None:
    head = (f"{'corpus':<8} {'kg':<9} {'jobs':>4} {'docs':>5} {'sents':>6} {'MB':>5} {'wall s':>7} {'CPU s':>7} "
            f"{'docs/s':>7} {'sents/s':>7} {'MB/s':>6} {'RSS MB':>7}")
    print(head)
    print("-" * len(head))
    for r in rows:
        mb = r["bytes"] / MB
        if r.get("timeout"):
            print(f"{r['corpus']:<8} {r['kg']:<9} {r['jobs']:>4} {'':>5} {'':>6} {mb:>5.2f} "
                  f"{'>' + format(r['timeout'], 'g'):>7}  not done")
            continue
        rss = max(r["rss_mb"], r["child_rss_mb"])
        print(f"{r['corpus']:<8} {r['kg']:<9} {r['jobs']:>4} {r['documents']:>5} {r['sentences']:>6} {mb:>5.2f} "
              f"{r['wall']:>7.1f} {r['cpu']:>7.1f} {r['documents'] / r['wall']:>7.1f} "
              f"{r['sentences'] / r['wall']:>7.0f} {mb / r['wall']:>6.3f} {rss:>7.0f}")
    print("\nseconds per stage (wall)")
    done = [r for r in rows if not r.get("timeout")]
    stages = list(dict.fromkeys(k for r in done for k in r["stages"]))
    names = [f"{r['corpus']}/{r['kg'][:4]}/j{r['jobs']}" for r in done]
    width = max([14, *(len(n) + 1 for n in names)])
    print(f"{'stage':<20}" + "".join(f"{n:>{width}}" for n in names))
    for s in stages:
        print(f"{s:<20}" + "".join(f"{r['stages'][s]:>{width}.2f}" if s in r["stages"] else f"{'':>{width}}"
                                   for r in done))
    files = list(dict.fromkeys(k for r in done for k in r.get("files", {})))
    for f in files:
        print(f"{'  ' + f:<20}" + "".join(f"{r['files'][f]:>{width}.2f}" if f in r.get("files", {}) else f"{'':>{width}}"
                                          for r in done))
    print("\nsentences per second: extraction alone (the old kg: reading and extraction), the whole build;"
          "\nthe share of extraction the rules take beyond the parse (one process)")
    for n, r in zip(names, done):
        ext = r["stages"].get("extract") or r["stages"].get("read+extract")
        rules, parse = r["stages"].get("  of which rules"), r["stages"].get("  of which parse")
        share = (f"   parse {1000 * parse / r['sentences']:.2f} ms/sentence, rules {1000 * rules / r['sentences']:.2f} "
                 f"ms/sentence ({100 * rules / (rules + parse):.0f}% of extraction)") if rules and parse else ""
        print(f"{n:<20}{r['sentences'] / ext:>8.0f} {r['sentences'] / r['wall']:>8.0f}{share}")
    ratio = {(r["kg"], r["jobs"]): r for r in done if r["corpus"] == "1MBx1"}
    for key, long in ratio.items():
        split = next((r for r in done if r["corpus"] == "1MBx30" and (r["kg"], r["jobs"]) == key), None)
        if split:
            print(f"\none 1 MB document / the same text in 30 documents ({key[0]}, jobs {key[1]}): "
                  f"{long['cpu'] / split['cpu']:.2f}x CPU, {long['wall'] / split['wall']:.2f}x wall")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", default="1MB,5MB,1MBx1,1MBx30", help="comma-separated corpora (see above)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--baseline", help="interpreter of a virtual environment with another kg installed")
    ap.add_argument("--timeout", type=float, default=900, help="seconds a build may take before it is given up")
    ap.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    args = ap.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    builds = [("this", sys.executable, jobs)]
    if args.baseline:
        builds.insert(0, ("baseline", args.baseline, [1]))
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for corpus in [c.strip() for c in args.corpora.split(",") if c.strip()]:
            folder = Path(tmp) / corpus / "docs"
            size = make_corpus(corpus, folder)
            for label, python, job_list in builds:
                for j in job_list:
                    out = Path(tmp) / corpus / f"out-{label}-{j}"
                    out.mkdir(parents=True)
                    t = time.perf_counter()
                    res = run_one(python, folder, out, j, args.timeout)
                    row = {"corpus": corpus, "kg": label, "bytes": size, "jobs": j}
                    row.update(res if res is not None else {"timeout": args.timeout})
                    rows.append(row)
                    print(f"# {corpus} {label} jobs {j}: {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    report(rows)
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
