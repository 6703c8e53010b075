"""Evidence is anchored in the source the way annotation tools expect: offsets into the text
exactly as decoded from the file, and a W3C Web Annotation target (quote and position selectors)
on every statement."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.pipeline import build

OA = "http://www.w3.org/ns/oa#"
KGO = "https://w3id.org/conflict-kg/ontology#"


def _write(folder: Path) -> dict[str, str]:
    """Three files: a UTF-8 text with a byte-order mark and CRLF line ends, Markdown with front
    matter, an HTML page. Returns the text each file decodes to."""
    folder.mkdir()
    txt = "Ceasefire in Abyei\r\n\r\nSudan and South Sudan signed the Abyei Agreement in Addis Ababa.\r\nKenya mediated the talks.\r\n"
    (folder / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + txt.encode("utf-8"))
    md = "---\ntitle: Doha\ndate: 2022-08-08\n---\n# Chad\n\nQatar mediated the Doha Peace Agreement between Chad and FACT.\n"
    (folder / "doha.md").write_text(md, "utf-8")
    (folder / "page.html").write_text("<html><body><h1>Talks</h1><p>Norway facilitated the Oslo talks "
                                      "between Colombia and the ELN.</p></body></html>", "utf-8")
    return {"crlf": txt, "doha": md}


def test_the_text_at_the_offsets_is_the_evidence(tmp_path: Path) -> None:
    sources = _write(tmp_path / "docs")
    result = build([tmp_path / "docs"], tmp_path / "out", formats=["trig"])
    texts = {d.id: d.text for d in result.documents}
    assert texts["crlf"] == sources["crlf"] and texts["doha"] == sources["doha"]  # as decoded, BOM dropped
    seen = set()
    for *_, d in result.graph.edges(keys=True, data=True):
        for e in d["evidence"]:
            assert texts[e["doc"]][e["start"]:e["end"]] == e["sentence"]
            seen.add(e["doc"])
    assert seen == {"crlf", "doha", "page"}
    # nothing is read from the front matter
    assert not any(e["start"] < 35 for *_, d in result.graph.edges(keys=True, data=True) for e in d["evidence"]
                   if e["doc"] == "doha")


def test_every_statement_has_a_web_annotation_target(tmp_path: Path) -> None:
    _write(tmp_path / "docs")
    result = build([tmp_path / "docs"], tmp_path / "out", formats=["trig"])
    texts = {d.id: d.text for d in result.documents}
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "graph.trig"), format=ox.RdfFormat.TRIG)
    rows = list(store.query(f"""
        PREFIX oa: <{OA}> PREFIX kgo: <{KGO}> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT DISTINCT ?st ?doc ?exact ?prefix ?suffix ?start ?end WHERE {{ GRAPH ?g {{
          ?st a kgo:Statement ; prov:wasDerivedFrom ?doc ; oa:hasTarget ?t .
          ?t a oa:SpecificResource ; oa:hasSource ?doc ; oa:hasSelector ?q, ?p .
          ?q a oa:TextQuoteSelector ; oa:exact ?exact . OPTIONAL {{ ?q oa:prefix ?prefix }} OPTIONAL {{ ?q oa:suffix ?suffix }}
          ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end . }} }}"""))
    statements = list(store.query(f"PREFIX kgo: <{KGO}> SELECT DISTINCT ?st WHERE {{ GRAPH ?g {{ ?st a kgo:Statement }} }}"))
    assert len(rows) == len(statements) > 0
    for r in rows:
        doc = r["doc"].value.rsplit("/", 1)[1]
        text, start, end = texts[doc], int(r["start"].value), int(r["end"].value)
        assert text[start:end] == r["exact"].value
        # the quote finds the passage even where offsets drift: prefix + exact + suffix occur in the text
        quote = (r["prefix"].value if r["prefix"] else "") + r["exact"].value + (r["suffix"].value if r["suffix"] else "")
        assert quote in text


def test_an_html_documents_text_is_exported_beside_the_graph(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    _write(docs)
    (docs / "accents.htm").write_text("<html><head><title>Talks</title><style>p {}</style></head><body>"
                                      "<p>Türkiye &amp; Qatar mediated&nbsp;the talks.</p><p>Norway facilitated "
                                      "the Oslo talks between Colombia and the ELN.</p></body></html>", "utf-8")
    out = tmp_path / "out"
    result = build([docs], out, formats=["trig"])
    texts = out / "texts"
    assert sorted(p.name for p in texts.iterdir()) == ["accents.txt", "kg-texts.json", "page.txt"]
    exported = {p.stem: p.read_bytes().decode("utf-8") for p in texts.glob("*.txt")}
    assert exported == {d.id: d.text for d in result.documents if d.id in exported}
    checked = 0
    for *_, d in result.graph.edges(keys=True, data=True):
        for e in d["evidence"]:
            if e["doc"] in exported:
                assert exported[e["doc"]][e["start"]:e["end"]] == e["sentence"]
                checked += 1
    assert checked >= 2
    # a rebuild without HTML documents empties the folder kg made (no stale text stays)
    for name in ("page.html", "accents.htm"):
        (docs / name).unlink()
    build([docs], out, formats=["trig"])
    assert [p.name for p in texts.iterdir()] == ["kg-texts.json"]


def test_a_texts_folder_kg_did_not_make_is_left_as_it_was(tmp_path: Path) -> None:
    import pytest

    from kg.errors import KGError

    _write(tmp_path / "docs")
    out = tmp_path / "out"
    (out / "texts").mkdir(parents=True)
    (out / "texts" / "notes.txt").write_text("mine")
    with pytest.raises(KGError, match="not a folder kg made"):
        build([tmp_path / "docs"], out, formats=["trig"])
    assert [p.name for p in (out / "texts").iterdir()] == ["notes.txt"]
    assert not (out / "graph.trig").exists()
    # without HTML documents that folder is not kg's business: the build goes on and leaves it alone
    (tmp_path / "docs" / "page.html").unlink()
    build([tmp_path / "docs"], out, formats=["trig"])
    assert [p.name for p in (out / "texts").iterdir()] == ["notes.txt"] and (out / "graph.trig").exists()
