"""What `kg query` prints can be pasted back: ids are SPARQL terms, inline queries are told from
files by the file existing, and tables fit the terminal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import build
from kg.store.sparql import compact_iri, format_result, load_query, run_query
from kg.store.store import open_store

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("query-output")
    build(None, out, formats=["trig"])
    return out


def _iris(out: Path) -> list[str]:
    with open_store(out / "store") as st:
        r = run_query(st, "SELECT DISTINCT ?x WHERE { { ?x ?p ?o } UNION { ?s ?x ?o } UNION { ?s ?p ?x }"
                          " UNION { GRAPH ?x { ?a ?b ?c } } FILTER(isIRI(?x)) } ORDER BY ?x")
    return [str(row[0]) for row in r.rows]


def test_every_iri_of_a_build_compacts_to_a_term_both_engines_read_back(built: Path) -> None:
    iris = _iris(built)
    assert len(iris) > 300
    terms = [compact_iri(i) for i in iris]
    families = {t.split(":", 1)[0] for t in terms if not t.startswith("<")}
    assert {"kga", "kgd", "kgg", "kgs", "kgo", "wd", "rdf", "rdfs"} <= families
    assert sum(t.startswith("<") for t in terms) < 10  # only the few IRIs without a family
    query = "SELECT ?x WHERE { VALUES ?x { " + " ".join(terms) + " } }"
    on_rdflib = run_query(rdflib.Graph(), query)
    with open_store(built / "store") as st:
        on_oxigraph = run_query(st, query)
    assert [str(r[0]) for r in on_rdflib.rows] == iris
    assert [str(r[0]) for r in on_oxigraph.rows] == iris


def _ids_in(table: str) -> set[str]:
    return set(re.findall(r"(?<!\S)(?:<[^>\s]+>|(?:kg[a-z]|wd|rdfs?|owl|skos|prov|dcterms|xsd):[\w.:-]+)(?!\S)", table))


@pytest.mark.parametrize("name", ["relations", "evidence", "denied", "actors"])
def test_ids_printed_by_kg_query_paste_back(built: Path, name: str) -> None:
    r = runner.invoke(app, ["query", name, "-o", str(built)], env={"COLUMNS": "400"})
    assert r.exit_code == 0, r.output
    ids = sorted(_ids_in(r.stdout))
    assert ids and not any("/" in i for i in ids if not i.startswith("<"))
    for term in ids[:40]:
        ask = runner.invoke(app, ["query", f"ASK {{ {{ {term} ?p ?o }} UNION {{ ?s ?p {term} }} UNION "
                                           f"{{ ?s {term} ?o }} UNION {{ GRAPH {term} {{ ?a ?b ?c }} }} }}",
                                  "-o", str(built)])
        assert ask.exit_code == 0, (term, ask.output)
        assert ask.stdout == "true\n", term


def test_graph_of_one_document_by_its_printed_name(built: Path) -> None:
    r = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH kgg:004_5df7de5c9557c8ee { ?s ?p ?o } }",
                            "-o", str(built), "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert int(r.stdout.split()[1]) > 50


@pytest.mark.parametrize("text", [
    "DESCRIBE kga:russia",
    r"DESCRIBE kgr:actor\/russia",  # a local-name escape: SPARQL, not a path
    r'SELECT ?a WHERE { ?a rdfs:label "Russia\u0020" }',
    "ASK { ?s a kgo:State }",
])
def test_inline_queries_with_escapes_and_slashes_are_queries(built: Path, text: str) -> None:
    assert load_query(text) == text
    r = runner.invoke(app, ["query", text, "-o", str(built)])
    assert r.exit_code == 0, r.output


def test_an_existing_file_is_a_file_whatever_its_name(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("who signed {it}").write_text("ASK { ?s kgo:signs ?o }\n", "utf-8")
    assert load_query("who signed {it}").text == "ASK { ?s kgo:signs ?o }\n"
    r = runner.invoke(app, ["query", "who signed {it}", "-o", str(built)])
    assert r.exit_code == 0 and r.stdout == "true\n"
    r = runner.invoke(app, ["query", "nothing/here.rq", "-o", str(built)])
    assert r.exit_code == 1 and "no such query file: nothing/here.rq" in r.stderr


@pytest.mark.parametrize(("query", "columns"), [("evidence", 100), ("evidence", 160), ("evidence", 400),
                                                ("relations", 80), ("relations", 120)])
def test_table_fits_the_terminal_and_keeps_ids_whole(built: Path, query: str, columns: int) -> None:
    r = runner.invoke(app, ["query", query, "-o", str(built), "-p", "limit=30"] if query == "evidence"
                      else ["query", query, "-o", str(built)], env={"COLUMNS": str(columns)})
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    with open_store(built / "store") as st:
        result = run_query(st, load_query(query), {"limit": "30"} if query == "evidence" else None)
    assert lines[-1] == f"({len(result.rows)} rows)"
    ids = {compact_iri(str(t)) for row in result.rows for t in row if isinstance(t, rdflib.URIRef)}
    assert ids <= _ids_in(r.stdout)  # every id printed whole, wherever the layout put it
    if lines[0].startswith("-[ row 1 ]"):  # too wide for columns: one block per row
        assert columns < 200 and sum(line.startswith("-[ row ") for line in lines) == len(result.rows)
    else:
        assert lines[0].split() == result.vars


def test_table_without_a_terminal_cuts_cells_at_80(built: Path) -> None:
    with open_store(built / "store") as st:
        result = run_query(st, load_query("evidence"), {"limit": "5"})
    text = format_result(result, "table")
    sentence = str(result.dicts()[0]["sentence"])
    assert len(sentence) > 80 and sentence[:79] + "…" in text and sentence not in text
