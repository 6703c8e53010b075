"""Render the graph view in headless Chromium and save a screenshot (for docs/graph-view.png).

Usage::

    python benchmarks/screenshot.py --html exports/graph.html   # the page `kg build` wrote (docs/graph-view.png)
    python benchmarks/screenshot.py                             # built-in sample-like graph
    python benchmarks/screenshot.py --graph exports/graph.trig --actor Russia -o /tmp/russia.png

Needs Debian's ``chromium`` (``/usr/bin/chromium``) and the ``playwright`` Python package; it never
downloads a browser. ``tests/test_browser.py`` imports :func:`sample_graph`, :func:`launch` and
:func:`open_view` from this file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx

from kg.graph.build import build_graph
from kg.views.html import write_html
from kg.models import Actor, Claim

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_chromium() -> str | None:
    """Path of a system Chromium, or None. ``KG_CHROMIUM`` overrides the search."""
    for candidate in (os.environ.get("KG_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                      shutil.which("chromium"), shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def sample_graph() -> nx.MultiDiGraph:
    """A small graph shaped like the sample corpus (Nagorno-Karabakh, Donbas, Libya)."""
    docs = {
        "000_nk": {"title": "The Ceasefire Agreement", "date": "2020-11-10", "path": "000_nk.txt"},
        "001_donbas": {"title": "Trilateral Contact Group", "date": "2020-07-23", "path": "001_donbas.txt"},
        "002_libya": {"title": "Berlin Process on Libya", "date": "2020-01-19", "path": "002_libya.txt"},
    }
    A = Actor
    actors = [
        A("russia", "Russia", "State", {"Russian Federation", "Moscow", "Russian"}, "Q159"),
        A("turkey", "Turkey", "State", {"Türkiye", "Ankara", "Turkish"}, "Q43"),
        A("armenia", "Armenia", "State", {"Yerevan"}, "Q399"),
        A("azerbaijan", "Azerbaijan", "State", {"Baku", "Azerbaijani"}, "Q227"),
        A("ukraine", "Ukraine", "State", {"Kyiv"}, "Q212"),
        A("germany", "Germany", "State", {"Berlin"}, "Q183"),
        A("putin", "Vladimir Putin", "Person", {"Putin"}, "Q7747"),
        A("haftar", "Khalifa Haftar", "Person", {"General Khalifa Haftar", "Haftar"}, ""),
        A("serraj", "Fayez al-Sarraj", "Person", {"Serraj", "Sarraj", "Faiez Serraj"}, ""),
        A("gna", "Government of National Accord", "Government", {"GNA"}, ""),
        A("lna", "Libyan National Army", "ArmedGroup", {"LNA"}, ""),
        A("dnr", "Donetsk People's Republic", "ArmedGroup", {"DNR", "DPR"}, ""),
        A("osce", "OSCE", "InternationalOrganization", {"Organization for Security and Co-operation in Europe"}, "Q81299"),
        A("un", "United Nations", "InternationalOrganization", {"UN"}, "Q1065"),
        A("tcg", "Trilateral Contact Group", "NegotiationFormat", {"TCG"}, ""),
        A("minsk-group", "OSCE Minsk Group", "NegotiationFormat", {"Minsk Group"}, ""),
        A("jccc", "Joint Centre for Control and Coordination", "Organization", {"JCCC"}, ""),
        A("nk-ceasefire", "Nagorno-Karabakh ceasefire agreement", "Agreement", {"ceasefire statement"}, "", "2020-11-10"),
        A("berlin-conf", "Berlin Conference", "Meeting", {"Berlin summit"}, "", "2020-01-19"),
        A("nagorno-karabakh", "Nagorno-Karabakh", "Location", {"Karabakh", "Artsakh"}, ""),
        A("tripoli", "Tripoli", "Location", set(), "Q3579"),
        A("ar-party", "Republican Party of Armenia", "PoliticalOrganization", {"RPA"}, ""),
    ]

    def C(s: str, p: str, o: str, doc: str, sent: str, start: int, conf: float, mod: str = "asserted") -> Claim:
        return Claim(s, p, o, doc, sent, start, start + len(sent), conf, "pattern", mod, docs[doc]["date"])

    nk, db, ly = "000_nk", "001_donbas", "002_libya"
    claims = [
        C("russia", "mediates", "nk-ceasefire", nk, "Russia brokered the ceasefire between Armenia and Azerbaijan.", 0, 0.9),
        C("russia", "guarantees", "nk-ceasefire", nk, "Moscow acts as guarantor of the ceasefire statement.", 70, 0.8),
        C("armenia", "signs", "nk-ceasefire", nk, "Armenia signed the agreement on 10 November.", 130, 0.95),
        C("azerbaijan", "signs", "nk-ceasefire", nk, "Azerbaijan signed the agreement on 10 November.", 180, 0.95),
        C("russia", "deploysTo", "nagorno-karabakh", nk, "Russian peacekeeping forces were sent to Nagorno-Karabakh.", 230, 0.85),
        C("turkey", "deploysTo", "nagorno-karabakh", nk, "Turkish peacekeeping forces would not go to Nagorno-Karabakh.", 300, 0.8, "negated"),
        C("turkey", "supports", "azerbaijan", nk, "Ankara backed Baku throughout the war.", 360, 0.7),
        C("armenia", "withdrawsFrom", "nagorno-karabakh", nk, "Armenian forces withdrew from the districts around Karabakh.", 400, 0.75),
        C("turkey", "monitors", "nk-ceasefire", nk, "A joint Russian-Turkish observatory monitors the ceasefire.", 460, 0.7),
        C("russia", "monitors", "nk-ceasefire", nk, "A joint Russian-Turkish observatory monitors the ceasefire.", 460, 0.7),
        C("minsk-group", "mediates", "armenia", nk, "The Minsk Group had mediated between the parties for decades.", 520, 0.6),
        C("ar-party", "criticizes", "nk-ceasefire", nk, "The Republican Party of Armenia criticised the deal.", 600, 0.65),
        C("putin", "leads", "russia", nk, "President Vladimir Putin announced the deal.", 650, 0.7),
        C("armenia", "opposes", "azerbaijan", nk, "Armenia and Azerbaijan fought over Karabakh.", 700, 0.6),
        C("osce", "monitors", "ukraine", db, "The OSCE Special Monitoring Mission reports ceasefire violations in Ukraine.", 0, 0.85),
        C("ukraine", "participatesIn", "tcg", db, "Ukraine takes part in the Trilateral Contact Group.", 80, 0.9),
        C("russia", "participatesIn", "tcg", db, "Russia takes part in the Trilateral Contact Group.", 140, 0.9),
        C("osce", "participatesIn", "tcg", db, "The OSCE chairs the TCG.", 200, 0.8),
        C("russia", "supports", "dnr", db, "The Russian-led armed formations of the DNR.", 240, 0.7),
        C("dnr", "attacks", "ukraine", db, "DNR formations shelled Ukrainian positions.", 300, 0.75),
        C("jccc", "memberOf", "tcg", db, "The JCCC reports to the TCG.", 360, 0.6),
        C("russia", "negotiatesWith", "ukraine", db, "Russia and Ukraine negotiated within the TCG.", 400, 0.7),
        C("germany", "hosts", "berlin-conf", ly, "Germany hosted the Berlin Conference on Libya.", 0, 0.95),
        C("un", "mediates", "gna", ly, "The UN mediated between the GNA and the LNA.", 60, 0.85),
        C("un", "mediates", "lna", ly, "The UN mediated between the GNA and the LNA.", 60, 0.85),
        C("serraj", "leads", "gna", ly, "Prime Minister Faiez Serraj leads the Government of National Accord.", 120, 0.9),
        C("haftar", "leads", "lna", ly, "General Khalifa Haftar commands the LNA.", 200, 0.9),
        C("lna", "attacks", "tripoli", ly, "Haftar's forces attacked Tripoli in April.", 260, 0.85),
        C("turkey", "supports", "gna", ly, "Turkey supports the GNA militarily.", 320, 0.8),
        C("russia", "supports", "lna", ly, "Russian mercenaries backed the LNA.", 370, 0.65),
        C("turkey", "participatesIn", "berlin-conf", ly, "Turkey attended the Berlin Conference.", 420, 0.8),
        C("russia", "participatesIn", "berlin-conf", ly, "Russia attended the Berlin Conference.", 470, 0.8),
        C("gna", "opposes", "lna", ly, "The GNA opposes Haftar's LNA.", 520, 0.7),
        C("russia", "supports", "armenia", nk, "Russia is Armenia's ally in the CSTO.", 800, 0.6),
        C("russia", "supports", "armenia", db, "Moscow backs Yerevan.", 500, 0.6),
        C("russia", "allyOf", "armenia", nk, "Russia and Armenia are allies.", 850, 0.6),
    ]
    for a in actors:
        a.docs.update({c.doc for c in claims if a.id in (c.subject, c.object)})
    return build_graph(actors, claims, docs)


@contextmanager
def launch(chromium: str | None = None) -> Iterator[Any]:
    """A headless Chromium browser (playwright), from the system's Chromium."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    path = chromium or find_chromium()
    if path is None:
        raise RuntimeError("no Chromium found (apt-get install chromium, or set KG_CHROMIUM)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def open_view(browser: Any, html: Path, *, width: int = 1400, height: int = 860, timeout_ms: int = 60_000) -> Any:
    """Open a written view in a new page and wait until its layout is stable."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(html.resolve().as_uri())
    page.wait_for_function("window.kgView && window.kgView.stable === true", timeout=timeout_ms)
    return page


def shoot_page(html: Path, png: Path, *, select: str | None = None) -> Path:
    """Open a written page as a reader does and save a PNG of it (optionally with an actor's panel open)."""
    png.parent.mkdir(parents=True, exist_ok=True)
    with launch() as browser:
        page = open_view(browser, html)
        if select:
            page.evaluate(
                "(label) => { const r = kgView.search(label); if (r.length) { kgView.selectNode(r[0].id); } }",
                select,
            )
            page.wait_for_timeout(400)
            page.evaluate("kgView.fitShown()")
            page.wait_for_timeout(400)
        page.screenshot(path=str(png))
        page.close()
    return png


def screenshot(G: nx.MultiDiGraph, png: Path, *, title: str = "conflict-kg graph", select: str | None = None) -> Path:
    """Write the view of ``G`` and save a PNG of it as Chromium draws it."""
    with tempfile.TemporaryDirectory() as tmp:
        html = write_html(G, Path(tmp) / "view.html", title=title)
        return shoot_page(html, png, select=select)


def main(argv: list[str] | None = None) -> int:
    """Command line of this script."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--html", type=Path, help="a page already written (e.g. exports/graph.html): shoot it as it is")
    ap.add_argument("--graph", type=Path, help="graph to show (read with kg.graph.rdf.load_graph); default: built-in sample")
    ap.add_argument("--actor", action="append", default=[], help="centre on this actor (repeatable)")
    ap.add_argument("--depth", type=int, default=1)
    ap.add_argument("--select", default="Russia", help="actor whose panel is open in the picture ('' for none)")
    ap.add_argument("-o", "--output", type=Path, default=Path("docs/graph-view.png"))
    args = ap.parse_args(argv)
    if args.html:
        print(f"wrote {shoot_page(args.html, args.output, select=args.select or None)}")
        return 0
    if args.graph:
        from kg.graph.rdf import load_graph  # noqa: PLC0415

        G = load_graph(args.graph)
    else:
        G = sample_graph()
    if args.actor:
        from kg.views.select import select_view  # noqa: PLC0415

        G = select_view(G, args.actor, depth=args.depth)
    out = screenshot(G, args.output, title="conflict-kg: sample graph", select=args.select or None)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
