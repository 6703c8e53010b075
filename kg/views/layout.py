"""Node positions for the HTML view, computed when the page is written (the page runs no physics).

:func:`layout` places every node of a graph, deterministically (fixed seed, sorted input, output
rounded to whole units), in time roughly linear in the graph's size:

* each connected component is laid out on its own with networkx's Fruchterman-Reingold
  :func:`networkx.spring_layout` (seed 7); a component larger than :data:`CORE_SIZE` lays out its
  :data:`CORE_SIZE` best-connected nodes that way and places the others breadth-first around
  the neighbour that reached them, on an arc turned away from the centre (so a 5,000-node graph
  takes well under a second);
* each component is scaled so that its median edge is :data:`EDGE_LENGTH` long;
* components are packed in rows, the largest first, centred on the origin;
* nodes without any edge are put on a grid below everything else, apart from the graph (the
  page hides them until asked).

>>> pos = layout(["a", "b", "c", "z"], [("a", "b", 1.0), ("b", "c", 1.0)])
>>> sorted(pos) == ["a", "b", "c", "z"]
True
>>> pos == layout(["z", "c", "b", "a"], [("b", "c", 1.0), ("a", "b", 1.0)])  # input order does not matter
True
>>> pos["z"][1] > max(pos[n][1] for n in "abc")  # the isolated node is below the graph
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import networkx as nx

__all__ = ["CORE_SIZE", "EDGE_LENGTH", "layout"]

#: A component with more nodes is laid out by force on its best-connected CORE_SIZE nodes only.
CORE_SIZE = 300
#: Median length of an edge, in the page's canvas units (a node is 12 to 30 units wide).
EDGE_LENGTH = 130.0
#: Force-directed iterations (networkx's default is 50; more gives a calmer picture of small graphs).
ITERATIONS = 300
#: networkx's optimal distance ``k`` is SPREAD / sqrt(n) (its default is 1 / sqrt(n)): more room
#: between the nodes of a hub, where the labels are.
SPREAD = 1.6
#: Gap between packed components and between isolated nodes, in canvas units.
GAP = 90.0
SEED = 7

Point = tuple[float, float]
GridPoint = tuple[int, int]


def _components(adjacency: dict[str, dict[str, float]]) -> list[list[str]]:
    """Connected components (of nodes with at least one edge), largest first, each sorted."""
    seen: set[str] = set()
    out: list[list[str]] = []
    for root in sorted(adjacency):
        if root in seen or not adjacency[root]:
            continue
        seen.add(root)
        stack, comp = [root], []
        while stack:
            n = stack.pop()
            comp.append(n)
            for m in adjacency[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        out.append(sorted(comp))
    return sorted(out, key=lambda c: (-len(c), c[0]))


def _force(nodes: Sequence[str], adjacency: dict[str, dict[str, float]]) -> dict[str, Point]:
    """Fruchterman-Reingold positions of ``nodes`` (edges among them only), seed :data:`SEED`."""
    H = nx.Graph()
    H.add_nodes_from(nodes)
    inside = set(nodes)
    H.add_edges_from((a, b) for a in nodes for b in sorted(adjacency[a]) if b in inside and a < b)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    raw = nx.spring_layout(H, k=SPREAD / math.sqrt(len(nodes)), seed=SEED, iterations=ITERATIONS,
                           method="force", weight=None)
    return _landscape({n: (float(raw[n][0]), float(raw[n][1])) for n in nodes})


def _landscape(pos: dict[str, Point]) -> dict[str, Point]:
    """``pos`` turned so that its longest axis (the principal axis) is horizontal: screens are wide."""
    n = len(pos)
    mx = sum(p[0] for p in pos.values()) / n
    my = sum(p[1] for p in pos.values()) / n
    sxx = sum((p[0] - mx) ** 2 for p in pos.values())
    syy = sum((p[1] - my) ** 2 for p in pos.values())
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pos.values())
    theta = 0.5 * math.atan2(2 * sxy, sxx - syy)  # angle of the principal axis
    c, s = math.cos(-theta), math.sin(-theta)
    return {k: ((x - mx) * c - (y - my) * s, (x - mx) * s + (y - my) * c) for k, (x, y) in pos.items()}


def _grow(comp: Sequence[str], core: dict[str, Point], adjacency: dict[str, dict[str, float]],
          degree: dict[str, int], step: float) -> dict[str, Point]:
    """Place the nodes of ``comp`` that are not in ``core``: breadth-first from the core, each
    node's new neighbours on an arc around it, turned away from the core's centre."""
    pos = dict(core)
    cx = sum(p[0] for p in core.values()) / len(core)
    cy = sum(p[1] for p in core.values()) / len(core)
    frontier = sorted(core, key=lambda n: (-degree[n], n))
    while frontier:
        nxt: list[str] = []
        for n in frontier:
            children = sorted((m for m in adjacency[n] if m not in pos), key=lambda m: (-degree[m], m))
            if not children:
                continue
            x, y = pos[n]
            base = math.atan2(y - cy, x - cx) if (x, y) != (cx, cy) else 0.0
            spread = min(math.pi * 1.6, 0.5 + 0.35 * len(children))
            radius = step * (0.6 + 0.12 * math.sqrt(len(children)))
            for i, m in enumerate(children):
                t = 0.5 if len(children) == 1 else i / (len(children) - 1)
                angle = base + spread * (t - 0.5)
                r = radius * (1.0 + 0.25 * (i % 3))
                pos[m] = (x + r * math.cos(angle), y + r * math.sin(angle))
                nxt.append(m)
        frontier = nxt
    return pos


def _scaled(pos: dict[str, Point], adjacency: dict[str, dict[str, float]]) -> dict[str, Point]:
    """``pos`` centred on its bounding box and scaled so that the median edge is EDGE_LENGTH."""
    lengths = sorted(
        math.dist(pos[a], pos[b]) for a in pos for b in adjacency[a] if a < b and b in pos
    )
    median = lengths[len(lengths) // 2] if lengths else 1.0
    factor = EDGE_LENGTH / median if median > 1e-9 else 1.0
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {n: ((x - mx) * factor, (y - my) * factor) for n, (x, y) in pos.items()}


def _component_layout(comp: Sequence[str], adjacency: dict[str, dict[str, float]],
                      degree: dict[str, int]) -> dict[str, Point]:
    if len(comp) <= CORE_SIZE:
        return _scaled(_force(comp, adjacency), adjacency)
    core_nodes = sorted(sorted(comp, key=lambda n: (-degree[n], n))[:CORE_SIZE])
    core = _scaled(_force(core_nodes, adjacency), adjacency)
    return _grow(comp, core, adjacency, degree, EDGE_LENGTH)


def _pack(blocks: list[dict[str, Point]]) -> dict[str, Point]:
    """Blocks (each centred on the origin) in rows, left to right, the first row holding the
    largest; the whole centred on the origin."""
    sizes = []
    for b in blocks:
        xs = [p[0] for p in b.values()]
        ys = [p[1] for p in b.values()]
        sizes.append((max(xs) - min(xs), max(ys) - min(ys)))
    total = sum((w + GAP) * (h + GAP) for w, h in sizes)
    row_width = max([sizes[0][0] if sizes else 0.0, math.sqrt(total) * 1.3])
    out: dict[str, Point] = {}
    x = y = row_height = 0.0
    rows: list[list[int]] = [[]]
    offsets: list[Point] = []
    for i, (w, h) in enumerate(sizes):
        if rows[-1] and x + w > row_width:
            rows.append([])
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        rows[-1].append(i)
        offsets.append((x + w / 2, y + h / 2))
        x += w + GAP
        row_height = max(row_height, h)
    # centre each row on x = 0
    for row in rows:
        left = offsets[row[0]][0] - sizes[row[0]][0] / 2
        right = offsets[row[-1]][0] + sizes[row[-1]][0] / 2
        shift = (left + right) / 2
        for i in row:
            offsets[i] = (offsets[i][0] - shift, offsets[i][1])
    height = y + row_height
    for b, (ox, oy) in zip(blocks, offsets):
        for n, (px, py) in b.items():
            out[n] = (px + ox, py + oy - height / 2)
    return out


def layout(nodes: Iterable[str], edges: Iterable[tuple[str, str, float]]) -> dict[str, GridPoint]:
    """Positions of ``nodes`` (whole canvas units), linked by weighted ``edges``.

    Parameters
    ----------
    nodes : iterable of str
        Node ids. Isolated nodes are put on a grid below the rest, in the order given.
    edges : iterable of (str, str, float)
        Undirected links with a weight (parallel links add up; self-loops are ignored).

    Returns
    -------
    dict
        ``{node: (x, y)}``; the same graph always gives the same positions.
    """
    order = list(dict.fromkeys(nodes))
    adjacency: dict[str, dict[str, float]] = {n: {} for n in order}
    for a, b, w in edges:
        if a == b or a not in adjacency or b not in adjacency:
            continue
        adjacency[a][b] = adjacency[a].get(b, 0.0) + float(w)
        adjacency[b][a] = adjacency[b].get(a, 0.0) + float(w)
    degree = {n: len(adjacency[n]) for n in order}
    blocks = [_component_layout(c, adjacency, degree) for c in _components(adjacency)]
    pos = _pack(blocks) if blocks else {}
    lonely = [n for n in order if not adjacency[n]]
    if lonely:
        bottom = max((p[1] for p in pos.values()), default=-GAP) + 2 * GAP
        width = max((p[0] for p in pos.values()), default=0.0) - min((p[0] for p in pos.values()), default=0.0)
        per_row = max(int(width // (GAP * 1.6)) + 1, math.ceil(math.sqrt(len(lonely))))
        for i, n in enumerate(lonely):
            row, col = divmod(i, per_row)
            pos[n] = ((col - (min(per_row, len(lonely)) - 1) / 2) * GAP * 1.6, bottom + row * GAP)
    return {n: (int(round(pos[n][0])), int(round(pos[n][1]))) for n in order}
