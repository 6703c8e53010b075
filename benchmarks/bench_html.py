"""Benchmark of the HTML view: time to write the page, its size, time from loading to usable.

Usage::

    python benchmarks/bench_html.py                 # 100, 1,000 and 5,000 nodes (4 edges per node)
    python benchmarks/bench_html.py --sizes 5000 --no-browser

For each size it builds a random graph in the :mod:`kg.graph.build` contract (fixed seed), times
:func:`kg.views.html.write_html` (which computes the layout), then opens the page in headless
Chromium (Debian's ``/usr/bin/chromium`` through playwright) and measures the time from the start
of navigation until the page is usable: the graph drawn with its labels (``kgView.stable``; the
page runs no physics, positions come with it), and checks that nodes do not move afterwards.
Goal: 5,000 nodes / 20,000 edges written in about 2 s and usable in under 2 s.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kg.graph.build import build_graph  # noqa: E402
from kg.views.html import write_html  # noqa: E402
from kg.models import Actor, Claim  # noqa: E402
from kg.vocab import NODE_TYPES, PREDICATES  # noqa: E402

WORDS = ("ceasefire talks mediation envoy withdrawal forces monitoring mission agreement summit "
         "delegation guarantee troops border corridor statement negotiations sanctions").split()


def random_graph(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of ``n_nodes`` actors and about ``n_edges`` distinct relations, with evidence."""
    rng = random.Random(seed)
    n_docs = max(5, n_nodes // 20)
    docs = {f"doc{i:05d}": {"title": f"Report {i}", "date": f"20{10 + i % 14:02d}-{1 + i % 12:02d}-15",
                            "path": f"doc{i:05d}.txt"} for i in range(n_docs)}
    actors = [
        Actor(f"a{i:05d}", f"Actor {i} {rng.choice(WORDS).title()}", rng.choice(NODE_TYPES),
              {f"A{i}", f"Alias {i}"}, f"Q{1000 + i}" if i % 3 == 0 else None)
        for i in range(n_nodes)
    ]
    predicates = list(PREDICATES)
    claims = []
    seen: set[tuple[int, int, str]] = set()
    # Preferential attachment-ish: a few hubs, many small actors (like real corpora).
    weights = [1.0 / (1 + i) ** 0.6 for i in range(n_nodes)]
    while len(seen) < n_edges:
        s = rng.choices(range(n_nodes), weights)[0]
        o = rng.randrange(n_nodes)
        p = rng.choice(predicates)
        if s == o or (s, o, p) in seen:
            continue
        seen.add((s, o, p))
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            doc = rng.choice(list(docs))
            sentence = f"Actor {s} {p} Actor {o} " + " ".join(rng.choice(WORDS) for _ in range(12)) + "."
            start = rng.randrange(100_000)
            claims.append(Claim(f"a{s:05d}", p, f"a{o:05d}", doc, sentence, start, start + len(sentence),
                                round(rng.uniform(0.4, 0.99), 2), "bench"))
    return build_graph(actors, claims, docs)


def measure_browser(html: Path, timeout_s: float = 120.0) -> dict[str, float]:
    """Open the page in headless Chromium; seconds to stable layout, iterations, movement after."""
    from screenshot import launch  # noqa: PLC0415 (benchmarks/screenshot.py)

    with launch() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t0 = time.perf_counter()
        page.goto(html.resolve().as_uri(), wait_until="load", timeout=int(timeout_s * 1000))
        t_load = time.perf_counter() - t0
        page.wait_for_function("window.kgView && window.kgView.stable === true", timeout=int(timeout_s * 1000),
                               polling=20)
        t_stable = time.perf_counter() - t0
        info = page.evaluate(
            "({inPage: kgView.stableAt / 1000, iterations: kgView.iterations, labels: kgView.labels().length,"
            " physics: kgView.network.physics.physicsEnabled})"
        )
        before = page.evaluate("JSON.stringify(kgView.network.getPositions())")
        page.wait_for_timeout(1000)
        moved = page.evaluate("JSON.stringify(kgView.network.getPositions())") != before
        page.close()
    return {
        "load_s": t_load,
        "stable_s": t_stable,
        "usable_s": info["inPage"],  # page clock: from the start of navigation to drawn with labels
        "labels": info["labels"],
        "iterations": info["iterations"],
        "physics_on_after": bool(info["physics"]),
        "moved_after": moved,
        "errors": len(errors),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures for each size."""
    ap = argparse.ArgumentParser(description="Benchmark the HTML view.")
    ap.add_argument("--sizes", default="100,1000,5000", help="node counts, comma-separated")
    ap.add_argument("--edges-per-node", type=float, default=4.0)
    ap.add_argument("--no-browser", action="store_true", help="only time writing the page")
    ap.add_argument("--json", action="store_true", help="print one JSON object per size")
    args = ap.parse_args(argv)
    print(f"{'nodes':>6} {'edges':>6} {'build_s':>7} {'write_s':>7} {'size_MB':>7} {'load_s':>6} "
          f"{'usable_s':>8} {'labels':>6} {'physics_after':>13} {'moved_after':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.sizes.split(",")]:
            m = int(n * args.edges_per_node)
            t0 = time.perf_counter()
            G = random_graph(n, m)
            t_build = time.perf_counter() - t0
            out = Path(tmp) / f"view-{n}.html"
            t0 = time.perf_counter()
            write_html(G, out, title=f"benchmark {n}")
            t_write = time.perf_counter() - t0
            row = {"nodes": n, "edges": G.number_of_edges(), "build_s": t_build, "write_s": t_write,
                   "size_mb": out.stat().st_size / 1e6}
            if not args.no_browser:
                row.update(measure_browser(out))
            if args.json:
                print(json.dumps(row))
            else:
                print(f"{n:>6} {row['edges']:>6} {t_build:>7.2f} {t_write:>7.2f} {row['size_mb']:>7.2f} "
                      + (f"{row['load_s']:>6.2f} {row['usable_s']:>8.2f} {row['labels']:>6} "
                         f"{str(row['physics_on_after']):>13} {str(row['moved_after']):>11}" if not args.no_browser else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
