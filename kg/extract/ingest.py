"""Read documents: plain text, Markdown (with YAML front matter) and HTML, from files or folders.

A bad file is reported through ``on_warning`` and skipped; the run goes on. A path that does not
exist, or input with no readable document at all, raises :class:`kg.errors.InputError`.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.md").write_text("---\\ntitle: Talks\\ndate: 2020-01-13\\n---\\nRussia hosted talks.\\n")
>>> [(x.id, x.title, x.date, x.text[x.body:]) for x in read_documents([d])]
[('a', 'Talks', '2020-01-13', 'Russia hosted talks.\\n')]

A document's ``text`` is the file's text exactly as decoded: UTF-8 (a leading byte-order mark is
not part of it; UTF-16 with its mark is read too), line endings as they are in the file (CRLF
stays CRLF), control characters other than tab, line feed and carriage return as spaces (one for
one, so no offset moves). Evidence offsets count characters (code points) of that text. A
Markdown file's front matter is part of the text; ``body`` is the offset where its body begins,
and nothing before it is read for actors. An HTML file's text is the text extracted from its
markup (written beside the graph as ``texts/DOC.txt`` by a build), and its offsets count in that.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.models import Document

#: Suffixes read when a folder is walked, and the reader for each.
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES

Warn = Callable[[str], None]


def _ignore(_: str) -> None:
    return None


# --------------------------------------------------------------------------- decoding

def decode(data: bytes, name: str, on_warning: Warn = _ignore) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), else a warned fallback; None for binary data."""
    if b"\x00" in data[:8192]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        on_warning(f"{name}: skipped, not a text document (binary data)")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        on_warning(f"{name}: not valid UTF-8 (byte {e.start}); decoded as Windows-1252, check the text")
        return data.decode("cp1252", errors="replace")


def normalise_text(text: str) -> str:
    """Control characters other than tab, line feed and carriage return become spaces, one for
    one: the text keeps its length, so offsets into it are offsets into the file's text."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)


# --------------------------------------------------------------------------- formats

def _iso_date(value: Any) -> str | None:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if value is None:
        return None
    m = re.search(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}", str(value))
    return m.group(0) if m else None


def parse_plain(text: str) -> dict[str, Any]:
    """A plain text document: the title is its first non-empty line when that line is short."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return {"text": text, "title": first if 0 < len(first) <= 120 else ""}


#: YAML front matter: a first line "---", the metadata, a closing "---" (or "...") line.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def parse_markdown(text: str) -> dict[str, Any]:
    """Markdown: YAML front matter (title, date, source/url) and the body."""
    import frontmatter

    meta: dict[str, Any] = {}
    start = 0
    fm = FRONT_MATTER.match(text)
    if fm:
        try:
            meta = dict(frontmatter.loads(text[:fm.end()]).metadata)
            start = fm.end()
        except Exception:  # malformed front matter: keep the text as it is
            meta, start = {}, 0
    body = text[start:]
    heading = re.search(r"^#\s+(.+)$", body, re.M)
    title = str(meta.get("title") or (heading.group(1).strip() if heading else parse_plain(body)["title"]))
    return {"text": text, "body": start, "title": title, "date": _iso_date(meta.get("date")),
            "source": str(meta.get("source") or meta.get("url") or "") or None}


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "blockquote", "header", "footer", "ul", "ol", "table", "pre", "hr", "dd", "dt", "figcaption"}
    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav"}
    DATE_META = ("article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "publish-date",
                 "citation_publication_date", "og:published_time")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title = ""
        self.in_title = False
        self.title_done = False
        self.meta: dict[str, str] = {}
        self.canonical = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            # only the document's own <title>: not a second one, nor an <svg> <title> (an icon's name)
            self.in_title = not self.skip and not self.title_done
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower():
            self.canonical = a.get("href", "")
        if tag in self.SKIP and tag != "head":
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.title_done = self.title_done or self.in_title
            self.in_title = False
        if tag in self.SKIP and tag != "head" and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def parse_html(text: str) -> dict[str, Any]:
    """HTML reduced to its text; title, date and source URL from its metadata when present."""
    p = _HTMLText()
    p.feed(text)
    p.close()
    raw = "".join(p.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    title = (p.meta.get("og:title") or p.title or "").strip()
    date = next((_iso_date(p.meta[k]) for k in p.DATE_META if k in p.meta), None)
    source = p.canonical or p.meta.get("og:url") or None
    return {"text": body, "title": " ".join(title.split()), "date": date, "source": source}


PARSERS: dict[str, Callable[[str], dict[str, Any]]] = {
    **{s: parse_plain for s in TEXT_SUFFIXES},
    **{s: parse_markdown for s in MARKDOWN_SUFFIXES},
    **{s: parse_html for s in HTML_SUFFIXES},
}


# --------------------------------------------------------------------------- files

def iter_files(paths: Iterable[Path | str], on_warning: Warn = _ignore) -> Iterator[Path]:
    """Files named, and documents found recursively in folders, in sorted order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            yield from found
        else:
            yield path


def document_id(path: Path, taken: set[str], key: str | None = None) -> str:
    """A stable id from the file name, unique within one run.

    When the stem is taken, a hash of ``key`` (the path relative to the folder given, so that the id
    does not depend on where the corpus lives or how its folder was written) is appended.
    """
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", path.stem).strip("_.") or "document"
    if stem not in taken:
        return stem
    return f"{stem}-{hashlib.sha1((key or str(path)).encode()).hexdigest()[:8]}"


def _relative_key(path: Path, roots: list[Path]) -> str:
    for root in roots:
        if root.is_dir():
            try:
                return path.relative_to(root).as_posix()
            except ValueError:
                continue
    return path.name


def read_document(path: Path, doc_id: str, on_warning: Warn = _ignore) -> Document | None:
    """Read one file into a Document, or warn and return None when it cannot be used."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        on_warning(f"{name}: skipped, cannot be read ({e.strerror or e})")
        return None
    raw = decode(data, name, on_warning)
    if raw is None:
        return None
    text = normalise_text(raw)
    if not text.strip():
        on_warning(f"{name}: skipped, empty document")
        return None
    parser = PARSERS.get(path.suffix.lower(), parse_plain)
    if parser is parse_plain and path.suffix.lower() not in TEXT_SUFFIXES and text.lstrip().startswith("<"):
        parser = parse_html
    fields = parser(text)
    if not fields["text"][fields.get("body", 0):].strip():
        on_warning(f"{name}: skipped, no text in the document")
        return None
    return Document(
        id=doc_id,
        text=fields["text"],
        body=fields.get("body", 0),
        title=fields.get("title") or "",
        date=fields.get("date"),
        source=fields.get("source"),
        path=path.name,
        sha256=hashlib.sha256(fields["text"].encode("utf-8")).hexdigest(),
    )


def read_documents(paths: Iterable[Path | str], on_warning: Warn = _ignore) -> list[Document]:
    """Read every document under ``paths``; raise InputError when none can be read."""
    paths = list(paths)
    docs: list[Document] = []
    taken: set[str] = set()
    files = list(iter_files(paths, on_warning))
    roots = [Path(p) for p in paths]
    for f in files:
        doc = read_document(f, document_id(f, taken, _relative_key(f, roots)), on_warning)
        if doc is not None:
            taken.add(doc.id)
            docs.append(doc)
    if not docs:
        where = ", ".join(str(p) for p in paths)
        if not files:
            raise InputError(f"{where}: no documents found (readable: {', '.join(SUFFIXES)})")
        raise InputError(f"{where}: no readable document (all {len(files)} skipped, see warnings)")
    return docs


def sample_corpus() -> Path:
    """The folder of the bundled sample corpus (five reports on Libya, Nagorno-Karabakh, Donbas)."""
    from importlib.resources import files

    return Path(str(files("kg") / "data" / "samples"))
