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

Hostile or careless input is bounded: YAML front matter is read with aliases refused, nesting and
size capped, and each value cut to a size with a warning; metadata (title, date, source, file
name) carries no control characters; folders are walked without following links to folders, and
what cannot be read as a regular file (a FIFO, a device, a socket, an unreadable folder, a link
that leads nowhere or in a loop) is skipped with a warning that names it, never waited on.
"""

from __future__ import annotations

import datetime as _dt
import errno
import hashlib
import os
import re
import stat
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
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
#: Front matter is looked for in the first this many characters only; a longer one is not read.
MAX_FRONT_MATTER = 64_000
#: Nesting of YAML collections read in front matter (title, date and source are scalars).
MAX_FRONT_MATTER_DEPTH = 20
#: Longest value kept for each metadata field (longer ones are cut, with a warning).
MAX_META = {"title": 500, "source": 2_000, "date": 100}


class FrontMatterError(ValueError):
    """Front matter kg does not read (aliases, deep nesting)."""


def _front_matter_loader() -> type:
    import yaml

    class Loader(yaml.SafeLoader):
        """YAML without aliases (no "billion laughs") and with bounded nesting."""

        depth = 0

        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                raise FrontMatterError("it uses YAML aliases (*name), which kg does not expand")
            self.depth += 1
            try:
                if self.depth > MAX_FRONT_MATTER_DEPTH:
                    raise FrontMatterError(f"it is nested more than {MAX_FRONT_MATTER_DEPTH} levels deep")
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return Loader


def clean_meta(value: str) -> str:
    r"""A metadata value as kg stores it: control characters (tab, line feed and carriage return
    included) as spaces, characters UTF-8 cannot hold (lone surrogates) as U+FFFD.

    >>> clean_meta("A\x01B\nC\ud800")
    'A B C\ufffd'
    """
    return _META_CONTROL.sub(" ", _SURROGATE.sub("\ufffd", value))


_META_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_front_matter(block: str) -> tuple[dict[str, Any], list[str]]:
    r"""The metadata of a front matter block (the YAML between its ``---`` lines) and the warnings
    it gives: aliases, deep nesting and YAML errors make it unread (``{}``); a non-scalar title,
    date or source is left out; a value longer than :data:`MAX_META` is cut.

    >>> read_front_matter("title: Talks\ndate: 2020-01-13\n")
    ({'title': 'Talks', 'date': '2020-01-13'}, [])
    >>> read_front_matter("a: &x [1]\nb: [*x, *x]\n")[1]
    ['front matter not read: it uses YAML aliases (*name), which kg does not expand']
    >>> read_front_matter("date: !!timestamp 99999-99-99\n")[1][0].startswith("front matter not read: not valid YAML")
    True
    """
    import yaml

    try:
        data = yaml.load(block, Loader=_front_matter_loader())  # noqa: S506 - a SafeLoader, aliases refused
    except FrontMatterError as e:
        return {}, [f"front matter not read: {e}"]
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError, AttributeError, KeyError,
            IndexError) as e:  # PyYAML's constructors fail in their own ways on values such as "!!timestamp 99999-99-99"
        detail = " ".join(str(e).split())[:120]
        return {}, [f"front matter not read: not valid YAML ({detail})"]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, ["front matter not read: it is not a mapping of keys to values"]
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    for key in ("title", "date", "source", "url"):
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if isinstance(value, (dict, list, set, tuple, bytes)):
            warnings.append(f"front matter {key!r} left out: not a single value")
            continue
        text = value.isoformat()[:10] if isinstance(value, (_dt.date, _dt.datetime)) else clean_meta(str(value))
        cap = MAX_META.get("source" if key == "url" else key, 500)
        if len(text) > cap:
            warnings.append(f"front matter {key!r} cut to {cap} characters (it had {len(text)})")
            text = text[:cap]
        meta[key] = text
    return meta, warnings


def parse_markdown(text: str) -> dict[str, Any]:
    """Markdown: YAML front matter (title, date, source/url) and the body. Warnings about the front
    matter come in ``warnings``."""
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    start = 0
    fm = FRONT_MATTER.match(text[:MAX_FRONT_MATTER]) if text.startswith("---") else None
    if fm:
        meta, warnings = read_front_matter(fm.group("yaml") or "")
        start = fm.end()
    elif text.startswith("---") and re.match(r"---[ \t]*\r?\n", text) and len(text) > MAX_FRONT_MATTER:
        warnings.append(f"front matter not read: no closing '---' line in its first {MAX_FRONT_MATTER} characters")
    body = text[start:]
    heading = re.search(r"^#\s+(.+)$", body, re.M)
    title = str(meta.get("title") or (clean_meta(heading.group(1).strip())[:MAX_META["title"]] if heading
                                      else parse_plain(body)["title"]))
    return {"text": text, "body": start, "title": title, "date": _iso_date(meta.get("date")),
            "source": str(meta.get("source") or meta.get("url") or "") or None, "warnings": warnings}


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
    title = clean_meta(p.meta.get("og:title") or p.title or "").strip()
    date = next((_iso_date(p.meta[k]) for k in p.DATE_META if k in p.meta), None)
    source = clean_meta(p.canonical or p.meta.get("og:url") or "").strip()[:MAX_META["source"]] or None
    # character references (&#1;) may bring control characters back: spaces, as in any text
    return {"text": normalise_text(body), "title": " ".join(title.split())[:MAX_META["title"]], "date": date,
            "source": source}


PARSERS: dict[str, Callable[[str], dict[str, Any]]] = {
    **{s: parse_plain for s in TEXT_SUFFIXES},
    **{s: parse_markdown for s in MARKDOWN_SUFFIXES},
    **{s: parse_html for s in HTML_SUFFIXES},
}


# --------------------------------------------------------------------------- files

def iter_files(paths: Iterable[Path | str], on_warning: Warn = _ignore) -> Iterator[Path]:
    """Files named, and documents found recursively in folders, in sorted order.

    In a folder, hidden entries (``.name``) and files of other kinds than :data:`SUFFIXES` are
    passed over; a link to a file is read, a link to a folder is not followed (give the folder
    itself), and an unreadable folder, a link that leads nowhere or in a loop, and anything that
    is not a regular file (a FIFO, a device, a socket) are skipped with a warning naming them.
    A path named that is none of these is skipped with a warning too; one that does not exist
    raises :class:`~kg.errors.InputError`.
    """
    for raw in paths:
        path = Path(raw)
        if not os.path.lexists(path):
            raise InputError(f"{path}: no such file or folder")
        problem = _not_readable(path)
        if problem:
            on_warning(f"{path}: skipped, {problem}")
        elif path.is_dir():
            found: list[Path] = []
            _walk(path, found, on_warning)
            yield from sorted(found)
        else:
            yield path


def _not_readable(path: Path) -> str | None:
    """Why ``path`` (followed if a link) cannot be read as a document or a folder, else None."""
    try:
        st = os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a link in a loop"
        if os.path.islink(path):
            return "a link that leads nowhere"
        return f"cannot be read ({e.strerror or e})"
    if stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
            else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a regular file")
    return f"{kind}, not a document"


def _walk(folder: Path, found: list[Path], on_warning: Warn) -> None:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        on_warning(f"{folder}: skipped, a folder that cannot be read ({e.strerror or e})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        p = Path(entry.path)
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as e:
            on_warning(f"{p}: skipped, cannot be read ({e.strerror or e})")
            continue
        if is_dir:
            _walk(p, found, on_warning)
            continue
        problem = _not_readable(p)
        if is_link and problem is None and p.is_dir():
            on_warning(f"{p}: a link to a folder, not followed (give the folder itself to read it)")
            continue
        if p.suffix.lower() not in SUFFIXES:
            if problem and is_link:  # a broken link with a document's name: say so
                pass
            else:
                continue
        if problem:
            on_warning(f"{p}: skipped, {problem}")
        else:
            found.append(p)


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
        data = _read_regular(path)
    except _NotRegular as e:
        on_warning(f"{name}: skipped, {e}")
        return None
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
    for w in fields.get("warnings", ()):
        on_warning(f"{name}: {w}")
    if not fields["text"][fields.get("body", 0):].strip():
        on_warning(f"{name}: skipped, no text in the document")
        return None
    return Document(
        id=doc_id,
        text=fields["text"],
        body=fields.get("body", 0),
        title=clean_meta(fields.get("title") or ""),
        date=fields.get("date"),
        source=clean_meta(fields["source"]) if fields.get("source") else None,
        path=clean_meta(path.name),
        sha256=hashlib.sha256(fields["text"].encode("utf-8")).hexdigest(),
    )


class _NotRegular(OSError):
    pass


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file, opened without blocking: a FIFO or a device given in its
    place is refused, never waited on or read for ever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegular("not a regular file, not a document")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


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
