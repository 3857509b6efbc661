"""Saved web pages (``.html``, ``.htm``, ``.xhtml``): the article's main text and its metadata.

trafilatura finds the main text (menus, adverts, comments, "related stories" and cookie banners
left out) and the metadata (title, date via htmldate, byline, canonical URL and site name from
JSON-LD, OpenGraph and the page itself). Its XML body keeps the structure: each ``<p>``, list
item and table becomes a paragraph, and each ``<head>`` the section heading of the paragraphs
under it. The feed and web-archive readers use the same extraction (:func:`extract_page`,
:func:`extract_fragment`) and the same ids (:func:`web_id`), so one story reached through a feed
and through a saved page is one article.

A page counts as an article when some paragraph reads as prose (a sentence of several words):
what trafilatura pulls out of a section front or an error page is a list of link texts.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import lxml.html
import trafilatura
from lxml import etree
from lxml.html.defs import block_tags
from trafilatura.settings import Document

from ..articles import Article, Paragraph
from ..problems import ProblemLog
from .datetext import NO_DATE, date_problem, parse_date_text, path_date, url_date
from .text import (
    BINARY_SNIFF_BYTES,
    _binary_reason,
    _decode_fallback,
    body_paragraphs,
    is_boilerplate,
    is_markup,
    split_blocks,
    split_credit,
    title_from_text,
)

__all__ = [
    "CHARACTER_REFERENCE",
    "MAX_PAGE_BYTES",
    "Page",
    "check_markup",
    "decode_page",
    "entity_name",
    "extract_fragment",
    "extract_page",
    "first_listed",
    "fragment_blocks",
    "html_text",
    "is_web_address",
    "normalise_url",
    "page_article",
    "page_date",
    "read_html",
    "read_markup",
    "story_paragraphs",
    "web_id",
]

CHARACTER_REFERENCE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]{2,8});")
"""An HTML character reference, as CMS exports and feeds write text ("Ferry&#8217;s return")."""
_FEED_FOOTER = re.compile(r"The post .+ appeared first on .+", re.S)
"""The line WordPress feeds (Yoast SEO's default) close every item with: no part of the story."""
_BLOCK_TAGS = tuple(
    block_tags | {"br", "article", "aside", "figcaption", "footer", "header", "section"}
)
"""The HTML elements that end a block of text (lxml's, HTML5's sections and line breaks)."""

MAX_PAGE_BYTES = 20 * 1024 * 1024
"""A page larger than this is refused: news pages weigh a few MB at most, and parsing a huge one
holds the whole run (trafilatura silently gives up above 20 MB too)."""

PROSE_MIN_WORDS = 8
"""A paragraph of at least this many words ending like a sentence makes a page an article."""

_Report = Callable[[int | None, str, str], None]
"""Where a fix-up made while decoding is reported: ``(line, reason, action)``."""

# Tracking parameters: the same story shared from a feed, a newsletter or social media.
_TRACKING = re.compile(r"utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|cmpid", re.I)
_SLUG = re.compile(r"[^a-z0-9]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.I)
_PROSE_END = re.compile(r"[.!?…][\"”’')\]]*$")
_CONTAINERS = frozenset({"body", "div", "list", "quote", "article", "main", "section"})
"""Elements of trafilatura's output whose children are the paragraphs (anything else is one)."""


@dataclass(frozen=True, slots=True)
class Page:
    """What extraction found in one web page (values as the page gives them)."""

    paragraphs: tuple[Paragraph, ...]
    credit: str | None
    title: str | None
    date: str | None
    byline: str | None
    url: str | None
    site: str | None


def read_html(path: Path, *, log: ProblemLog, today: dt.date | None = None) -> Iterator[Article]:
    """Read one saved page: yields its article, or nothing after reporting why."""
    raw = read_markup(path, limit=MAX_PAGE_BYTES, what="page", log=log)
    if raw is None:
        return
    text = decode_page(
        raw, report=lambda line, reason, action: log.warn(path, line, reason, action)
    )
    page = extract_page(text)
    if page is None:
        log.skip(path, None, "no article text found in the page (a section front or empty page?)")
        return
    date = page_date(page.date, today=today)
    if isinstance(date, str):
        log.warn(path, None, date, NO_DATE)
        date = None
    elif date is None:  # a page that gives no date: the day its address or file name gives
        date = url_date(page.url, today=today) or path_date(path, today=today)
    yield page_article(page, url=page.url, default_id=path.stem, date=date, origin=f"{path}:1")


def read_markup(path: Path, *, limit: int, what: str, log: ProblemLog) -> bytes | None:
    """The file's bytes; None (reported) when it is over ``limit``, unreadable, empty, or
    markup refused unread (:func:`check_markup`)."""
    try:
        size = path.stat().st_size
        if size > limit:
            log.skip(
                path, None, f"{what} is {_megabytes(size)}, over the {_megabytes(limit)} limit"
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        log.skip(path, None, f"cannot read file: {exc.strerror or exc.__class__.__name__}")
        return None
    if not raw.strip():
        log.skip(path, None, "empty file")
        return None
    problem = check_markup(raw)
    if problem is not None:
        log.skip(path, None, problem)
        return None
    return raw


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def page_article(
    page: Page, *, url: str | None, default_id: str, date: dt.date | None, origin: str
) -> Article:
    """The article of an extracted page; ``url`` (the page's, or its archive record's) gives
    the id."""
    return Article(
        id=web_id(url) if url else default_id,
        title=page.title or title_from_text(page.paragraphs[0].text),
        date=date,
        paragraphs=page.paragraphs,
        source=page.site or "",
        url=url,
        byline=page.byline,
        credit=page.credit,
        origin=origin,
    )


# --- bytes to text ----------------------------------------------------------------------------


def check_markup(raw: bytes) -> str | None:
    """Why these HTML or XML bytes are refused unread (binary, entity declarations), or None.

    A DOCTYPE that declares entities is how "billion laughs" bombs expand a few KB into GBs;
    news markup never needs one, so it is refused before any parser sees it.
    """
    head = raw[:BINARY_SNIFF_BYTES]
    nul = head.find(b"\x00")
    if nul >= 0:
        return _binary_reason(head, nul)
    doctype = _DOCTYPE_SUBSET.search(raw)
    if doctype is not None:
        end = raw.find(b"]", doctype.end())
        if b"<!ENTITY" in raw[doctype.end() : end if end >= 0 else len(raw)]:
            return "the DOCTYPE declares XML entities (a possible entity-expansion bomb)"
    return None


def decode_page(raw: bytes, *, charset: str | None = None, report: _Report) -> str:
    """Page bytes to text; never fails.

    The encoding is the byte-order mark's, else ``charset`` (an HTTP header's), else the page's
    ``<meta charset>``, else UTF-8. Bytes not valid in a declared encoding are replaced; UTF-8
    that is not valid is decoded line by line with the cp1252 fallback of the text formats.
    Either fix-up is reported once, at the first bad line.
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw, charset = raw[len(codecs.BOM_UTF8) :], "utf-8"
    declared = charset
    if declared is None:
        match = _META_CHARSET.search(raw, 0, 4096)
        declared = match[1].decode("ascii") if match else None
    name = "utf-8"
    if declared is not None:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            report(None, f"unknown charset {declared!r}", "read as UTF-8")
    try:
        return raw.decode(name)
    except UnicodeDecodeError as exc:
        first_bad = raw.count(b"\n", 0, exc.start) + 1
    if name != "utf-8":
        report(first_bad, f"not valid {name}", "bad bytes replaced")
        return raw.decode(name, errors="replace")
    lines: list[str] = []
    used: list[str] = []
    for line in raw.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            text, fallback = _decode_fallback(line)
            lines.append(text)
            used.append(fallback)
    report(first_bad, "not valid UTF-8", f"decoded as {used[0]}")
    return "\n".join(lines)


# --- extraction -------------------------------------------------------------------------------


def extract_page(html: str, *, url: str | None = None) -> Page | None:
    """The main text and metadata of a whole page; None when it holds no article.

    ``url`` (a web archive's target URI) stands in when the page names no canonical URL.
    """
    for fast in (True, False):  # the fallback extractors only for a page the fast path misses
        document = _extract(html, url=url, with_metadata=True, fast=fast)
        if document is None:
            continue
        title = _clean(document.title)
        paragraphs, credit = split_credit(_paragraphs(document.body, title=title))
        if any(_is_prose(p.text) for p in paragraphs):
            return Page(
                paragraphs=paragraphs,
                credit=credit,
                title=title,
                date=document.date,
                byline=_clean(document.author),
                url=_absolute(document.url) or _absolute(url),
                site=_clean(document.sitename),
            )
    return _linked_data_page(html, url=url)


def _linked_data_page(html: str, *, url: str | None) -> Page | None:
    """The story a page holds only in its JSON-LD (``articleBody`` of a schema.org article,
    with its headline, date, authors and publisher): a page its scripts fill in has no text
    until they run."""
    try:
        scripts = lxml.html.fromstring(html).xpath('//script[@type="application/ld+json"]')
    except (etree.ParserError, ValueError):
        return None
    for script in scripts:
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _linked_items(data):
            body = item.get("articleBody")
            if not isinstance(body, str) or not body.strip():
                continue
            paragraphs, credit = story_paragraphs(body)
            if any(_is_prose(p.text) for p in paragraphs):
                return Page(
                    paragraphs=paragraphs,
                    credit=credit,
                    title=_clean(_string(item.get("headline"))),
                    date=_string(item.get("datePublished")) or _string(item.get("dateCreated")),
                    byline=_clean(
                        ", ".join(filter(None, map(entity_name, _listed(item.get("author")))))
                    ),
                    url=_absolute(_string(item.get("url"))) or _absolute(url),
                    site=_clean(entity_name(first_listed(item.get("publisher")))),
                )
    return None


def _linked_items(data: object) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, its list's items, its ``@graph``'s."""
    for item in _listed(data):
        if isinstance(item, dict):
            yield item
            yield from (node for node in _listed(item.get("@graph")) if isinstance(node, dict))


def _listed(value: object) -> list[object]:
    return value if isinstance(value, list) else [] if value is None else [value]


def first_listed(value: object) -> object:
    """The first of a list, or the value itself: schema.org allows a list wherever one value
    is expected (``"publisher": [{...}]``)."""
    return value[0] if isinstance(value, list) and value else value


def entity_name(value: object) -> str | None:
    """A person's or an organisation's name as JSON-LD and news exports give it: a string or a
    ``{"name": ...}`` object."""
    return _string(value.get("name")) if isinstance(value, dict) else _string(value)


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None


def story_paragraphs(
    body: str, *, line: int | None = None
) -> tuple[tuple[Paragraph, ...], str | None]:
    """A story's body that may be HTML (a record's text, a JSON-LD ``articleBody``, a feed
    item's content) as its paragraphs, each at ``line``, and its closing credit line.

    Markup goes through the main-text extraction (:func:`extract_fragment`), WordPress's feed
    footer left out; markup it keeps nothing of (a story in an ``<aside>``) is read as the
    text of its blocks. Text is split at blank lines (:func:`body_paragraphs`), its character
    references read as the characters ("AT&amp;T": text a CMS or a feed escaped).
    """
    if is_markup(body):
        found = extract_fragment(body)
        if found and _FEED_FOOTER.fullmatch(found[-1].text):
            found = found[:-1]
        if found:
            paragraphs, credit = split_credit(found)
            return tuple(replace(p, line=line) for p in paragraphs), credit
        body = _block_text(body)
    elif CHARACTER_REFERENCE.search(body):
        body = unescape(body)
    paragraphs, credit = body_paragraphs(list(enumerate(body.split("\n"), start=1)))
    return tuple(replace(p, line=line) for p in paragraphs), credit


def fragment_blocks(text: str) -> list[str]:
    """The blocks of a short piece of text that may be HTML (an item of a record's list of
    paragraphs), its tags dropped and its character references read; no extraction (a
    paragraph holds no page furniture)."""
    if is_markup(text):
        return _block_text(text).split("\n\n")
    return [unescape(text) if CHARACTER_REFERENCE.search(text) else text]


def _block_text(fragment: str) -> str:
    """The text of an HTML fragment with a blank line after each block (:func:`html_text`
    runs blocks together: "<p>A.</p><p>B.</p>" is "A.B.")."""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())


def extract_fragment(html: str) -> tuple[Paragraph, ...]:
    """The paragraphs of an HTML fragment (a feed item's content), boilerplate left out.

    The fragment is wrapped as a page's one article: trafilatura ignores bare fragments shorter
    than a page. No prose test: a feed item is an article even when its text is one line.
    """
    document = _extract(f"<html><body><article>{html}</article></body></html>", with_metadata=False)
    return () if document is None else _paragraphs(document.body, title=None)


def _extract(
    html: str, *, with_metadata: bool, url: str | None = None, fast: bool = False
) -> Document | None:
    """trafilatura's extraction; ``fast`` skips its fallback extractors (readability, jusText),
    which most pages do not need and which cost ~40% of the time."""
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            fast=fast,
            with_metadata=with_metadata,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
    except ValueError:  # trafilatura's way of saying the markup holds nothing
        return None
    return document if isinstance(document, Document) and document.body is not None else None


def _paragraphs(body: etree._Element, *, title: str | None) -> tuple[Paragraph, ...]:
    """Paragraphs with their headings; a heading repeating the title or heading nothing is
    dropped."""
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    for kind, text in _blocks(body):
        if is_boilerplate(text):
            continue
        if kind == "head":
            heading = None if text.casefold() == (title or "").casefold() else text
        else:
            paragraphs.append(Paragraph(text, heading=heading))
    return tuple(paragraphs)


def _blocks(element: etree._Element) -> Iterator[tuple[str, str]]:
    """``("head" | "p", text)`` for each block of trafilatura's output, in reading order."""
    tag = element.tag
    if tag == "table":
        rows = (" | ".join(_text(cell) for cell in row.iter("cell")) for row in element.iter("row"))
        text = "\n".join(row for row in rows if row.strip(" |"))
        if text:
            yield "p", text
        return
    if tag == "head":
        text = _text(element)
        if text:
            yield "head", text
        return
    if tag not in _CONTAINERS:
        for _, block in split_blocks(list(enumerate(_lines(element)))):
            yield "p", " ".join(block)
        return
    if element.text and element.text.strip():
        yield "p", " ".join(element.text.split())
    for child in element:
        yield from _blocks(child)
        if child.tail and child.tail.strip():
            yield "p", " ".join(child.tail.split())


def _text(element: etree._Element) -> str:
    """An element's words; a line break (``<lb/>``) separates words."""
    return " ".join(_lines(element))


def _lines(element: etree._Element) -> list[str]:
    """An element's lines, broken at its line breaks (``<lb/>``), spaces normalised: paragraphs
    written as lines between ``<br>`` tags are told from a wrapped one by
    :func:`~newsindex.readers.text.split_blocks`."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _is_prose(text: str) -> bool:
    return len(text.split()) >= PROSE_MIN_WORDS and _PROSE_END.search(text) is not None


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _absolute(url: str | None) -> str | None:
    """``url`` when it is an absolute web address (a saved page's relative link is not)."""
    return url.strip() if url and is_web_address(url) else None


def is_web_address(text: str) -> bool:
    """Is ``text`` an absolute http(s) URL (not a relative link, not a ``tag:`` GUID)?"""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def html_text(fragment: str) -> str:
    """The text of a bit of HTML (a feed's ``type="html"`` title), tags dropped."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    return str(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content())


def page_date(value: str | None, *, today: dt.date | None = None) -> dt.date | str | None:
    """A date as a page or feed writes it: the date, None when absent, or why it is unusable.

    A date-time with a time zone gives its calendar date in that zone (the source's own day).
    """
    if not value:
        return None
    parsed = parse_date_text(value)
    if isinstance(parsed, str):
        return parsed
    return date_problem(parsed, today=today) or parsed


# --- identity ---------------------------------------------------------------------------------


def normalise_url(url: str) -> str:
    """The part of a URL that names the story: no scheme, ``www.``, default port, fragment,
    trailing slash or tracking parameters; other parameters sorted."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").rstrip(".").removeprefix("www.")
    if parts.port not in (None, 80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/") or ""
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING.fullmatch(k)
    )
    return host + path + (f"?{urlencode(query)}" if query else "")


def web_id(key: str) -> str:
    """A stable article id for a URL or feed GUID: a readable slug of its last path segment and
    a hash of the normalised address, so re-reading the story (from a page, a feed or an
    archive) replaces it."""
    normal = normalise_url(key) if is_web_address(key) else key.strip()
    path = normal.split("?", 1)[0]
    tail = path.rsplit("/", 1)[-1] if "/" in path else path
    slug = _SLUG.sub("-", tail.lower()).strip("-")[:60].strip("-") or "page"
    digest = hashlib.sha1(normal.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}"
