"""Reading documents: formats, folders, bad inputs, ids (kg/ingest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.ingest import decode, document_id, iter_files, parse_html, parse_markdown, read_documents, sample_corpus

DOCS = Path(__file__).parent / "data" / "docs"


def collect(paths: list[Path | str]) -> tuple[list, list[str]]:
    warnings: list[str] = []
    return read_documents(paths, on_warning=warnings.append), warnings


# --------------------------------------------------------------------------- formats

def test_plain_text_title_is_first_short_line() -> None:
    [doc], warnings = collect([DOCS / "karabakh.txt"])
    assert warnings == []
    assert doc.id == "karabakh"
    assert doc.title == "Ceasefire in Nagorno-Karabakh"
    assert doc.date is None and doc.source is None
    assert doc.path == "karabakh.txt"
    assert doc.text.startswith("Ceasefire in Nagorno-Karabakh\n\nRussia mediated talks")
    assert len(doc.sha256) == 64


def test_plain_text_long_first_line_is_no_title(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text("Russia " * 40 + "\nArmenia.\n", encoding="utf-8")
    assert read_documents([p])[0].title == ""


def test_markdown_front_matter() -> None:
    [doc], _ = collect([DOCS / "libya" / "berlin.md"])
    assert doc.title == "Berlin Conference on Libya"
    assert doc.date == "2020-01-19"
    assert doc.source == "https://example.org/reports/berlin-libya"
    # the text is the file's text; the front matter is before the body, which extraction reads
    assert doc.text == (DOCS / "libya" / "berlin.md").read_text("utf-8")
    assert doc.text.startswith("---") and "---" not in doc.text[doc.body:] and "title:" not in doc.text[doc.body:]
    assert "Germany hosted the Berlin Conference on Libya in January 2020." in doc.text[doc.body:]


@pytest.mark.parametrize(
    ("front", "title", "date", "source"),
    [
        ("title: T\ndate: 2021-03-04T10:00:00Z\nurl: https://x.org/a", "T", "2021-03-04", "https://x.org/a"),
        ("title: T\ndate: March 2021", "T", "2021", None),
        ("date: 2019-07", "Heading", "2019-07", None),
        ("source: Reuters", "Heading", None, "Reuters"),
    ],
)
def test_markdown_front_matter_variants(front: str, title: str, date: str | None, source: str | None) -> None:
    text = f"---\n{front}\n---\n# Heading\n\nRussia met Turkey.\n"
    fields = parse_markdown(text)
    assert (fields["title"], fields["date"], fields["source"]) == (title, date, source)
    assert fields["text"] == text and fields["text"][fields["body"]:] == "# Heading\n\nRussia met Turkey.\n"


def test_markdown_without_front_matter_title_from_heading() -> None:
    fields = parse_markdown("Intro line\n\n# The real heading\n\nText.\n")
    assert fields["title"] == "The real heading"
    assert fields["date"] is None


def test_markdown_broken_front_matter_is_kept_as_text() -> None:
    fields = parse_markdown("---\ntitle: [unclosed\n---\nRussia met Turkey.\n")
    assert "Russia met Turkey." in fields["text"]


def test_html_text_only() -> None:
    [doc], warnings = collect([DOCS / "donbas.html"])
    assert warnings == []
    assert doc.title == "Fighting in the Donbas"  # og:title wins over <title>
    assert doc.date == "2022-02-21"  # article:published_time
    assert doc.source == "https://example.org/news/donbas"  # canonical link
    assert "Ukraine attacked the Donetsk People's Republic." in doc.text  # &#39; decoded
    for dropped in ("font-family", "var actors", "France", "document.write", "Germany", "Home", "World", "<"):
        assert dropped not in doc.text, dropped


@pytest.mark.parametrize(
    ("head", "title", "date", "source"),
    [
        ("<title> Plain\n  title </title>", "Plain title", None, None),
        ('<meta name="date" content="2020-10-23">', "", "2020-10-23", None),
        ('<meta name="dc.date" content="2020">', "", "2020", None),
        ('<meta property="og:url" content="https://x.org/og">', "", None, "https://x.org/og"),
        ('<link rel="canonical" href="https://x.org/c"><meta property="og:url" content="https://x.org/og">',
         "", None, "https://x.org/c"),
        ('<title>Page</title><meta property="og:title" content="Story">', "Story", None, None),
    ],
)
def test_html_metadata(head: str, title: str, date: str | None, source: str | None) -> None:
    fields = parse_html(f"<html><head>{head}</head><body><p>Russia met Turkey.</p></body></html>")
    assert (fields["title"], fields["date"], fields["source"]) == (title, date, source)
    assert fields["text"] == "Russia met Turkey.\n"


def test_html_svg_title_is_not_the_page_title() -> None:
    html = ("<html><head><title>Real title</title></head><body>"
            "<svg><title>Search icon</title></svg><p>Russia met Turkey.</p></body></html>")
    fields = parse_html(html)
    assert fields["title"] == "Real title"
    assert "Search icon" not in fields["text"]


def test_html_blocks_become_lines() -> None:
    fields = parse_html("<div>Russia met Turkey.</div><ul><li>One.</li><li>Two.</li></ul>Tail&nbsp;text")
    assert fields["text"].split("\n") == ["Russia met Turkey.", "", "One.", "", "Two.", "", "Tail text", ""]


def test_markup_in_a_txt_file_stays_text_but_unknown_suffix_sniffs_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("<b>Russia</b> met Turkey.\n", encoding="utf-8")
    (tmp_path / "b.page").write_text("<p>Russia met Turkey.</p>", encoding="utf-8")
    assert read_documents([tmp_path / "a.txt"])[0].text.startswith("<b>Russia</b>")
    assert read_documents([tmp_path / "b.page"])[0].text == "Russia met Turkey.\n"


def test_crlf_kept_and_control_characters_spaced_one_for_one(tmp_path: Path) -> None:
    p = tmp_path / "win.txt"
    p.write_bytes(b"Title\r\nRussia\x07 met Turkey.\r\n")
    assert read_documents([p])[0].text == "Title\r\nRussia  met Turkey.\r\n"


def test_utf8_bom_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfErdo\xc4\x9fan met Putin.\n")
    (tmp_path / "u16.txt").write_bytes("Erdoğan met Putin.\n".encode("utf-16"))
    docs, warnings = collect([tmp_path])
    assert [d.text for d in docs] == ["Erdoğan met Putin.\n"] * 2
    assert warnings == []


# --------------------------------------------------------------------------- folders

def test_folder_recursive_sorted_hidden_skipped(write_docs) -> None:
    root = write_docs({
        "b.txt": "Bravo.", "a.md": "Alpha.", "sub/c.html": "<p>Charlie.</p>", "sub/deeper/d.htm": "<p>Delta.</p>",
        ".hidden.txt": "Hidden.", ".git/e.txt": "Hidden folder.", "sub/.cache/f.txt": "Hidden too.",
        "notes.pdf": b"%PDF-1.4", "data.json": "{}", "README": "no suffix",
    })
    files = [p.relative_to(root).as_posix() for p in iter_files([root])]
    assert files == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.htm"]
    docs, warnings = collect([root])
    assert [d.id for d in docs] == ["a", "b", "c", "d"]
    assert warnings == []


def test_bundled_test_documents_folder() -> None:
    docs, warnings = collect([DOCS])
    assert [d.id for d in docs] == ["donbas", "karabakh", "berlin"]  # sorted paths: libya/ after karabakh.txt
    assert warnings == []


def test_named_file_is_read_whatever_its_name(tmp_path: Path) -> None:
    p = tmp_path / ".notes"
    p.write_text("Russia met Turkey.\n", encoding="utf-8")
    assert read_documents([p])[0].text == "Russia met Turkey.\n"


def test_sample_corpus() -> None:
    docs = read_documents([sample_corpus()])
    assert len(docs) == 5
    assert [d.id for d in docs] == sorted(d.id for d in docs)


# --------------------------------------------------------------------------- bad inputs

def test_missing_path_is_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(InputError, match="no such file or folder") as e:
        read_documents([missing])
    assert str(missing) in str(e.value)


def test_folder_without_documents_names_it(write_docs) -> None:
    root = write_docs({"notes.pdf": b"%PDF", "x.json": "{}", ".hidden.txt": "Hidden."})
    with pytest.raises(InputError, match="no documents found") as e:
        read_documents([root])
    assert str(root) in str(e.value)
    assert ".txt" in str(e.value)  # says what is readable


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=str(tmp_path)):
        read_documents([tmp_path])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.txt", b"GIF89a\x00\x01\x02\x00\xff" * 10, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n\t \n", "empty"),
        ("scripts.html", b"<script>var x = 1;</script><style>p{}</style>", "no text"),
        ("frontonly.md", b"---\ntitle: Only meta\n---\n", "no text"),
    ],
)
def test_bad_file_warned_and_skipped(write_docs, name: str, content: bytes, message: str) -> None:
    root = write_docs({name: content, "good.txt": "Russia met Turkey."})
    docs, warnings = collect([root])
    assert [d.id for d in docs] == ["good"]
    assert len(warnings) == 1
    assert name in warnings[0] and "skipped" in warnings[0] and message in warnings[0]


def test_non_utf8_is_warned_and_decoded(write_docs) -> None:
    root = write_docs({"cp.txt": "Caf\u00e9 talks \u2013 \u201cRussia\u201d met Turkey.".encode("cp1252")})
    docs, warnings = collect([root])
    assert len(docs) == 1
    assert docs[0].text == "Café talks – “Russia” met Turkey."
    assert len(warnings) == 1 and "cp.txt" in warnings[0] and "UTF-8" in warnings[0]


def test_decode_directly() -> None:
    seen: list[str] = []
    assert decode(b"abc", "x", seen.append) == "abc"
    assert decode(b"\x00\x01", "x", seen.append) is None
    assert decode(b"\xe9", "x", seen.append) == "é"
    assert len(seen) == 2


def test_all_files_bad_is_input_error(write_docs) -> None:
    root = write_docs({"a.txt": b"", "b.txt": b"\x00\x00\x00", "c.md": b"   "})
    warnings: list[str] = []
    with pytest.raises(InputError, match="no readable document") as e:
        read_documents([root], on_warning=warnings.append)
    assert "3 skipped" in str(e.value)
    assert len(warnings) == 3


def test_one_missing_path_among_good_ones_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_documents([DOCS, tmp_path / "missing.txt"])


# --------------------------------------------------------------------------- ids

def test_ids_unique_and_stable(write_docs) -> None:
    root = write_docs({"a.txt": "One.", "a.md": "Two.", "x/a.txt": "Three.", "y/a.html": "<p>Four.</p>",
                       "weird name (1).txt": "Five.", "@@.txt": "Six."})
    first = [d.id for d in read_documents([root])]
    second = [d.id for d in read_documents([root])]
    assert first == second
    assert len(set(first)) == len(first) == 6
    assert "a" in first and "weird_name_1" in first and "document" in first


def test_ids_do_not_depend_on_where_the_folder_is(write_docs, tmp_path: Path, monkeypatch) -> None:
    files = {"a.txt": "One.", "x/a.txt": "Two.", "y/a.md": "Three."}
    one = write_docs(files, tmp_path / "one")
    two = write_docs(files, tmp_path / "elsewhere" / "two")
    ids = [d.id for d in read_documents([one])]
    assert ids == [d.id for d in read_documents([two])]
    monkeypatch.chdir(tmp_path)
    assert ids == [d.id for d in read_documents([Path("one")])] == [d.id for d in read_documents(["./one/"])]


def test_id_of_a_skipped_file_is_not_taken(write_docs) -> None:
    root = write_docs({"a.md": b"", "a.txt": "Text."})
    docs = read_documents([root])
    assert [d.id for d in docs] == ["a"]


def test_document_id_function() -> None:
    taken: set[str] = set()
    assert document_id(Path("r/Report 2020.txt"), taken) == "Report_2020"
    taken.add("Report_2020")
    other = document_id(Path("s/Report 2020.txt"), taken)
    assert other.startswith("Report_2020-") and len(other) == len("Report_2020-") + 8
    assert other == document_id(Path("s/Report 2020.txt"), taken)
