"""Wire-service XML: IPTC NewsML-G2 and NITF, the formats AP, Reuters and AFP deliver stories in.

NewsML-G2: a ``newsMessage`` (or a lone ``newsItem``) holds news items. A text item's metadata
sits in ``itemMeta`` (``firstCreated``, ``versionCreated``, ``provider``) and ``contentMeta``
(``headline``, ``dateline``, ``by``, ``creator``, ``creditline``), its body in ``contentSet``:
NITF or XHTML inside ``inlineXML``, or plain text in ``inlineData``. Picture and video items
without text are passed over in silence. NITF: one ``nitf`` document per story, ``head``
(``docdata``: id and issue date) and ``body`` (``body.head``: headline, byline, dateline;
``body.content``: paragraphs under ``hl2`` subheadings). Elements are matched by local name, so
NITF inside NewsML-G2, in a namespace or in none, reads the same.

The article id is the item's ``guid`` (NITF: ``doc-id``), so a new version of a story replaces
the old one; a date with a time zone gives the calendar date in that zone. XML is parsed with
defusedxml: a file declaring entities (a "billion laughs" bomb) or an external one is refused
whole, never expanded or fetched. The HTML entities NITF's DTD defines (``&mdash;``) are known
without reading the DTD.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html.entities
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from ..articles import Article, Paragraph
from ..problems import ProblemLog
from .mapping import checked_date
from .text import file_stem, read_error, split_blocks, title_from_text

__all__ = ["read_newsml", "read_nitf"]

_HEADINGS = frozenset({"hl2", "h2", "h3", "h4", "h5", "h6"})
_MEDIA = ("picture", "graphic", "video", "audio")
"""Item classes (``ninat:picture``) whose items carry no text of their own."""


def _local(element: Element) -> str:
    return element.tag.rpartition("}")[2]


def _first(parent: Element, name: str) -> Element | None:
    """The first element called ``name`` in ``parent`` (itself included), at any depth."""
    return next((element for element in parent.iter() if _local(element) == name), None)


def _child(parent: Element | None, *names: str) -> Element | None:
    """The first descendant along ``names``, one child element per name."""
    for name in names:
        if parent is None:
            return None
        parent = next((child for child in parent if _local(child) == name), None)
    return parent


def _all(parent: Element, name: str) -> list[Element]:
    return [element for element in parent.iter() if _local(element) == name]


def _children(parent: Element | None, name: str) -> list[Element]:
    return [] if parent is None else [child for child in parent if _local(child) == name]


def _text(element: Element | None) -> str | None:
    """An element's text with its whitespace collapsed; None when it has none."""
    if element is None:
        return None
    return " ".join("".join(element.itertext()).split()) or None


def _parts_text(element: Element | None) -> str | None:
    """A byline's or dateline's text, its parts (person and title, place and date) set apart
    where the markup glues them (``<person>Ana Kowalczyk</person><byttl>Farm Writer``)."""
    if element is None:
        return None
    text = ""
    for piece in element.itertext():
        if text and (text[-1].isalnum() or text[-1] in ".,;:)") and piece[:1].isalnum():
            text += " "
        text += piece
    return " ".join(text.split()) or None


class _LineBuilder(TreeBuilder):
    """Notes the line each element starts on, which ElementTree does not keep (for messages)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Element, int] = {}
        self.where: Callable[[], int] = lambda: 0

    def start(self, tag: str, attrs: dict[str, str], /) -> Element:
        element = super().start(tag, attrs)
        self.lines[element] = self.where()
        return element


@dataclass(frozen=True, slots=True)
class _Tree:
    root: Element
    lines: dict[Element, int]


class _Refused(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason


def _parse(data: bytes) -> _Tree:
    """Parse without expanding or fetching entities; raises ParseError or :class:`_Refused`."""
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder)
    expat = parser.parser
    builder.where = lambda: expat.CurrentLineNumber
    parser.entity.update(html.entities.entitydefs)
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException as exc:
        raise _Refused(expat.CurrentLineNumber, _refusal(exc)) from None
    return _Tree(root, builder.lines)


def _refusal(exc: DefusedXmlException) -> str:
    if isinstance(exc, EntitiesForbidden) and exc.sysid is None:
        return (
            f"the XML declares the entity {exc.name!r}; newsindex does not expand declared "
            "entities (a 'billion laughs' file takes all memory)"
        )
    if isinstance(exc, EntitiesForbidden | ExternalReferenceForbidden):
        return (
            f"the XML refers to the external entity {exc.sysid!r}; newsindex never reads "
            "external entities"
        )
    return f"the XML was refused: {exc}"  # pragma: no cover - DTDs are allowed


def _tree(path: Path, log: ProblemLog) -> _Tree | None:
    """The file's element tree, or None after reporting why it has none."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.skip(path, None, read_error(exc))
        return None
    if not data.strip():
        log.skip(path, None, "empty file")
        return None
    try:
        return _parse(_utf8(data, path, log))
    except _Refused as exc:
        log.skip(path, exc.line, exc.reason)
    except ParseError as exc:
        log.skip(path, exc.position[0], f"not well-formed XML: {str(exc).partition(':')[0]}")
    return None


def _utf8(data: bytes, path: Path, log: ProblemLog) -> bytes:
    """A file that should be UTF-8 (it says so, or names no encoding) but is not is decoded as
    cp1252 after a warning, the way text files are (:mod:`.text`), rather than refused."""
    head = data[:200].lower()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        b"encoding=" in head and b"utf-8" not in head and b"utf8" not in head
    ):
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        log.warn(path, data.count(b"\n", 0, exc.start) + 1, "not valid UTF-8", "decoded as cp1252")
        return data.decode("cp1252", errors="replace").encode("utf-8")
    return data


def _date(
    text: str | None, *, path: Path, line: int, log: ProblemLog, today: dt.date | None
) -> dt.date | None:
    if not text:
        return None
    return checked_date(text, path=path, line=line, log=log, today=today)


def _paragraphs(container: Element, tree: _Tree) -> tuple[Paragraph, ...]:
    """The paragraphs of a NITF ``body.content`` or an XHTML ``body`` (or of ``container``
    itself), each under the subheading before it."""
    body = _first(container, "body.content")
    if body is None:
        body = _first(container, "body")
    if body is None:
        body = container
    found: list[Paragraph] = []
    heading: str | None = None
    for element in body.iter():
        name = _local(element)
        if name in _HEADINGS:
            heading = _text(element)
        elif name == "p":
            text = _text(element)
            if text:
                found.append(Paragraph(text, heading, tree.lines.get(element)))
    return tuple(found)


def _plain_paragraphs(element: Element, tree: _Tree) -> tuple[Paragraph, ...]:
    """Paragraphs of plain text (NewsML-G2 ``inlineData``): blocks between blank lines."""
    first = tree.lines.get(element, 1)
    lines = list(enumerate((element.text or "").split("\n"), start=first))
    return tuple(Paragraph(" ".join(block), line=start) for start, block in split_blocks(lines))


# --- NewsML-G2 --------------------------------------------------------------------------------


def read_newsml(path: Path, *, log: ProblemLog, today: dt.date | None = None) -> Iterator[Article]:
    """Read a NewsML-G2 file: yields each text ``newsItem`` in it."""
    return _each(path, "newsItem", _news_item, _no_news_item, log=log, today=today)


def _no_news_item(root: str) -> str:
    if root == "packageItem":
        return "no newsItem in the file: a packageItem only refers to items held elsewhere"
    return f"no newsItem in the file (the root element is <{root}>)"


def _news_item(
    item: Element,
    number: int,
    count: int,
    *,
    tree: _Tree,
    path: Path,
    log: ProblemLog,
    today: dt.date | None,
) -> Article | None:
    line = tree.lines.get(item, 1)
    guid = (item.get("guid") or "").strip()
    item_meta, content_meta = _child(item, "itemMeta"), _child(item, "contentMeta")
    paragraphs = _item_body(item, tree)
    if not paragraphs:
        item_class = _child(item_meta, "itemClass")
        kind = "" if item_class is None else item_class.get("qcode") or item_class.get("uri") or ""
        if not kind.endswith(_MEDIA):
            log.skip(path, line, f"newsItem {guid or number} has no text")
        return None
    article_id = guid
    if not article_id:
        article_id = _derived_id(path, number, count)
        log.warn(path, line, "newsItem has no guid", f"used derived id '{article_id}'")
    created = _text(_child(item_meta, "firstCreated")) or _text(_child(item_meta, "versionCreated"))
    creators = [_text(_child(c, "name")) for c in _children(content_meta, "creator")]
    return Article(
        id=article_id,
        title=_text(_child(content_meta, "headline")) or title_from_text(paragraphs[0].text),
        date=_date(created, path=path, line=line, log=log, today=today),
        paragraphs=paragraphs,
        source=_provider(_child(item_meta, "provider")),
        byline=_text(_child(content_meta, "by")) or ", ".join(filter(None, creators)) or None,
        dateline=_text(_child(content_meta, "dateline")),
        credit=_text(_child(content_meta, "creditline")),
        origin=f"{path}:{line}",
        labels=_subjects(
            s.get("qcode") or s.get("uri") for s in _children(content_meta, "subject")
        ),
    )


def _subjects(codes: Iterable[str | None]) -> dict[str, tuple[str, ...]]:
    """The source's subject codes as the article's ``subject`` label, as written."""
    kept = tuple(dict.fromkeys(c.strip() for c in codes if c and c.strip()))
    return {"subject": kept} if kept else {}


def _item_body(item: Element, tree: _Tree) -> tuple[Paragraph, ...]:
    """The first text rendition in the item's ``contentSet`` that has paragraphs."""
    content_set = _child(item, "contentSet")
    for content in () if content_set is None else content_set:
        if _local(content) == "inlineXML":
            found = _paragraphs(content, tree)
        elif _local(content) == "inlineData":
            found = _plain_paragraphs(content, tree)
        else:
            continue
        if found:
            return found
    return ()


def _provider(provider: Element | None) -> str:
    """The provider's name, else its code (``nprov:REUTERS`` gives ``REUTERS``)."""
    if provider is None:
        return ""
    code = provider.get("literal") or provider.get("qcode") or ""
    return _text(_child(provider, "name")) or code.rpartition(":")[2]


# --- NITF -------------------------------------------------------------------------------------


def read_nitf(path: Path, *, log: ProblemLog, today: dt.date | None = None) -> Iterator[Article]:
    """Read a NITF file: yields the story of each ``nitf`` document in it (usually one)."""
    return _each(path, "nitf", _nitf, _no_nitf, log=log, today=today)


def _no_nitf(root: str) -> str:
    return f"no nitf document in the file (the root element is <{root}>)"


_Convert = Callable[..., "Article | None"]
"""``(element, number, count, *, tree, path, log, today)``: one story of a file, or None."""


def _each(
    path: Path,
    name: str,
    convert: _Convert,
    missing: Callable[[str], str],
    *,
    log: ProblemLog,
    today: dt.date | None,
) -> Iterator[Article]:
    """The articles of every ``name`` element of the file, each converted by ``convert``; a
    file holding none is reported with ``missing(root element's name)``."""
    tree = _tree(path, log)
    if tree is None:
        return
    found = _all(tree.root, name)
    if not found:
        log.skip(path, tree.lines.get(tree.root), missing(_local(tree.root)))
        return
    for number, element in enumerate(found, start=1):
        article = convert(element, number, len(found), tree=tree, path=path, log=log, today=today)
        if article is not None:
            yield article


def _derived_id(path: Path, number: int, count: int) -> str:
    """The id of a story that names none: the file's, numbered when the file holds several."""
    return file_stem(path) if count == 1 else f"{file_stem(path)}-{number}"


def _nitf(
    doc: Element,
    number: int,
    count: int,
    *,
    tree: _Tree,
    path: Path,
    log: ProblemLog,
    today: dt.date | None,
) -> Article | None:
    line = tree.lines.get(doc, 1)
    body = _child(doc, "body")
    paragraphs = () if body is None else _paragraphs(body, tree)
    doc_id = _child(doc, "head", "docdata", "doc-id")
    article_id = _attribute(doc_id, "id-string") or ""
    if not paragraphs:
        log.skip(path, line, f"NITF document {article_id or number} has no text")
        return None
    if not article_id:
        article_id = _derived_id(path, number, count)
    issued = _attribute(_child(doc, "head", "docdata", "date.issue"), "norm")
    published = _child(doc, "head", "pubdata")
    head = _child(body, "body.head")
    title = _text(_child(head, "hedline", "hl1")) or _text(_child(doc, "head", "title"))
    return Article(
        id=article_id,
        title=title or title_from_text(paragraphs[0].text),
        date=_date(
            issued or _attribute(published, "date.publication"),
            path=path,
            line=line,
            log=log,
            today=today,
        ),
        paragraphs=paragraphs,
        source=_attribute(doc_id, "regsrc") or _attribute(published, "name") or "",
        byline=_parts_text(_child(head, "byline")),
        dateline=_parts_text(_child(head, "dateline")),
        credit=_text(_child(head, "distributor")),
        origin=f"{path}:{line}",
        labels=_subjects(s.get("tobject.subject.refnum") for s in _all(doc, "tobject.subject")),
    )


def _attribute(element: Element | None, name: str) -> str | None:
    value = None if element is None else element.get(name)
    return value.strip() or None if value else None
