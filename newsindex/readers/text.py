"""Bytes to text lines, and the small text helpers every reader shares.

Input files come from anywhere, so decoding never fails (a name ending in ``.gz`` is decompressed
first): UTF-16 where a byte-order mark says so, else UTF-8 first (BOM dropped), and a line
that is not UTF-8 is decoded as cp1252 (or latin-1, which accepts any byte) with one warning per
file naming the first bad line. Only UTF-32, which no newsroom tool writes, is refused by name.
Decoding per line keeps the valid UTF-8 lines of a mixed file intact. Lines are streamed, so a
large JSONL or CSV file is never held in memory twice.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import BinaryIO

from ..articles import Paragraph
from ..problems import ProblemLog

__all__ = [
    "ADVERT_LINES",
    "BINARY_SNIFF_BYTES",
    "CREDIT_PREFIXES",
    "HEADING_MAX_CHARS",
    "HEADING_MAX_WORDS",
    "LINK_PREFIXES",
    "TITLE_MAX_CHARS",
    "UNWRAPPED_LINE_CHARS",
    "TextLines",
    "body_paragraphs",
    "clip",
    "file_stem",
    "first_sentence",
    "is_boilerplate",
    "is_heading",
    "is_markup",
    "open_bytes",
    "split_blocks",
    "split_credit",
    "title_from_text",
]

BINARY_SNIFF_BYTES = 8192
"""A NUL byte in this many leading bytes marks a file as binary (as git and grep do)."""

TITLE_MAX_CHARS = 100

_FALLBACKS = ("cp1252", "latin-1")


class TextLines:
    """The lines of one file as ``(line_number, text)`` pairs, without line terminators.

    Problems (cannot open or read, binary content) are reported to ``log`` and end the
    iteration, and :attr:`failed` tells the reader not to add an "empty file" message of its
    own; lines already yielded stay valid. With ``encoding`` (``"latin-1"`` for Reuters) the
    bytes are decoded with it and no fallback warning is given.
    """

    def __init__(self, path: Path, *, log: ProblemLog, encoding: str | None = None) -> None:
        self.path = path
        self.log = log
        self.encoding = encoding
        self.failed = False

    def __iter__(self) -> Iterator[tuple[int, str]]:
        try:
            handle = open_bytes(self.path)
        except OSError as exc:
            self._fail(f"cannot read file: {_strerror(exc)}")
            return
        with handle:
            try:
                head = handle.read(BINARY_SNIFF_BYTES)
                handle.seek(0)
                declared = _declared_unicode(head)
                if declared == "UTF-16":
                    yield from _utf16_lines(handle)
                    return
                if declared is not None:
                    self._fail(f"{declared} text is not supported (save the file as UTF-8)")
                    return
                nul = head.find(b"\x00")
                if nul >= 0:
                    self._fail(_binary_reason(head, nul))
                    return
                yield from self._decode(handle)
            except (OSError, EOFError, zlib.error) as exc:
                self._fail(read_error(exc))

    def _decode(self, raw_lines: Iterable[bytes]) -> Iterator[tuple[int, str]]:
        warned = False
        for number, raw in enumerate(raw_lines, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            raw = raw.rstrip(b"\n").rstrip(b"\r")
            if self.encoding is not None:
                yield number, raw.decode(self.encoding, errors="replace")
                continue
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError:
                text, used = _decode_fallback(raw)
                if not warned:
                    self.log.warn(self.path, number, "not valid UTF-8", f"decoded as {used}")
                    warned = True
                yield number, text

    def _fail(self, reason: str) -> None:
        self.failed = True
        self.log.skip(self.path, None, reason, "skipped")


def _decode_fallback(raw: bytes) -> tuple[str, str]:
    for name in _FALLBACKS:
        try:
            return raw.decode(name), name
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


_UNICODE_MARKS = (
    ("UTF-32", (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)),
    ("UTF-16", (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)),
)
"""UTF-32 first: its little-endian mark starts with UTF-16's, so the other order would decode
UTF-32 as UTF-16, every other character a NUL."""


def _declared_unicode(head: bytes) -> str | None:
    """The encoding, "UTF-16" or "UTF-32", whose byte-order mark starts the bytes."""
    return next((name for name, marks in _UNICODE_MARKS if head.startswith(marks)), None)


def _binary_reason(head: bytes, nul: int) -> str:
    """Why bytes with a NUL are refused: markup in UTF-16 or UTF-32 (its entity check reads
    bytes as ASCII-compatible), or binary data."""
    declared = _declared_unicode(head)
    if declared is not None:
        return f"{declared} markup is not supported (save the file as UTF-8)"
    return f"binary file (NUL byte at offset {nul}), not text"


def _utf16_lines(handle: BinaryIO) -> Iterator[tuple[int, str]]:
    """The lines of a file that a byte-order mark declares UTF-16, as Windows tools write text
    (PowerShell's Out-File, Excel's "Unicode Text"), so that their exports need no re-saving.
    A character the bytes do not make is a replacement character."""
    text = io.TextIOWrapper(handle, encoding="utf-16", errors="replace", newline=None)
    for number, line in enumerate(text, start=1):
        yield number, line.rstrip("\n")


def _strerror(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def open_bytes(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in ``.gz`` (``.jsonl.gz``, ``.csv.gz``)."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def file_stem(path: Path) -> str:
    """The name that derived article ids start with: ``feed`` for ``feed.jsonl.gz`` too."""
    return Path(path.stem).stem if path.suffix.lower() == ".gz" else path.stem


def read_error(exc: OSError | EOFError | zlib.error) -> str:
    """What went wrong reading a file's bytes, plain or gzip-compressed, for messages."""
    if isinstance(exc, gzip.BadGzipFile):
        return "not gzip data, although the name ends in .gz"
    if isinstance(exc, EOFError):
        return "gzip data cut short (the file is truncated)"
    if isinstance(exc, zlib.error):
        return "damaged gzip data"
    return f"cannot read file: {_strerror(exc)}"


UNWRAPPED_LINE_CHARS = 100
"""Longer than any hand-wrapped line: a block of lines most of which are longer is one
paragraph per line (text copied from the web, or a JSON or feed body whose paragraphs are joined
by single newlines), not one paragraph wrapped over several lines."""


def split_blocks(lines: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    """Group lines into paragraphs: blank-line separated blocks ``(first_line_number,
    stripped_lines)``, each line a block of its own where the lines are not wrapped: at least
    half of them longer than :data:`UNWRAPPED_LINE_CHARS`, or every line ending a sentence
    before the next (a CMS export's or a feed's short paragraphs joined by single newlines; of
    Reuters-21578's 84,612 hand-wrapped paragraphs of several lines, 78 break only at sentence
    ends)."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[tuple[int, str]] = []

    def close() -> None:
        texts = [text for _, text in current]
        long = sum(len(text) > UNWRAPPED_LINE_CHARS for text in texts)
        if len(texts) > 1 and (
            2 * long >= len(texts)
            or all(_ends_sentence(line, after) for line, after in pairwise(texts))
        ):
            blocks.extend((number, [text]) for number, text in current)
        elif current:
            blocks.append((current[0][0], texts))
        current.clear()

    for number, text in lines:
        stripped = text.strip()
        if stripped:
            current.append((number, stripped))
        else:
            close()
    close()
    return blocks


HEADING_MAX_CHARS = 60
HEADING_MAX_WORDS = 8
CREDIT_PREFIXES = (
    "with files from",
    "with a file from",
    "reporting by",
    "additional reporting by",
    "compiled by",
    "written by",
)
"""A last paragraph starting with one of these (case-insensitive, "(" allowed) is the credit."""
_CONTRIBUTED = re.compile(
    r".{0,200}\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,100}", re.I
)
"""The credit as AP and others write it: "Associated Press writer ... contributed to this
report.", "Jane Roe contributed reporting from Moncton."."""
_FINAL_PUNCTUATION = tuple(".!?:;,”\"’')]…")
ADVERT_LINES = frozenset(
    {"advertisement", "story continues below advertisement", "continue reading the main story"}
)
LINK_PREFIXES = ("read more:", "related:", "see also:", "also read:")
"""Lines a web page's story carries that are no part of it: an advert's place (case-insensitive,
whole line) and a link to another story ("Read more: Ferry fares to rise"), without final
punctuation."""


def body_paragraphs(
    lines: list[tuple[int, str]], *, line: int | None = None
) -> tuple[tuple[Paragraph, ...], str | None]:
    """A plain-text body's paragraphs (:func:`split_blocks`) and its credit line.

    A short line without final punctuation between paragraphs is the section heading of those
    after it, not a paragraph; a closing "With files from ..." or "(Reporting by ...; Editing
    by ...)" is the credit, not a passage naming the reporters. ``line`` numbers every
    paragraph (a record's line) instead of its own first line.
    """
    blocks = [(number, " ".join(block)) for number, block in split_blocks(lines)]
    blocks = [(number, text) for number, text in blocks if not is_boilerplate(text)]
    credit = None
    if len(blocks) > 1 and _is_credit(blocks[-1][1]):
        credit = blocks.pop()[1]
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    for index, (number, text) in enumerate(blocks):
        if 0 < index < len(blocks) - 1 and is_heading(text):
            heading = text
            continue
        paragraphs.append(Paragraph(text, heading=heading, line=number if line is None else line))
    return tuple(paragraphs), credit


def split_credit(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Paragraph, ...], str | None]:
    """``paragraphs`` without a closing credit line (as :func:`body_paragraphs`), and the
    credit."""
    if len(paragraphs) > 1 and _is_credit(paragraphs[-1].text):
        return paragraphs[:-1], paragraphs[-1].text
    return paragraphs, None


def is_heading(text: str) -> bool:
    """Does ``text`` read as a heading: short, capitalised, without final punctuation?"""
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith(_FINAL_PUNCTUATION)
    )


def is_boilerplate(text: str) -> bool:
    """Is ``text`` an advert's marker or a link line (:data:`ADVERT_LINES`,
    :data:`LINK_PREFIXES`), no part of the story?"""
    lowered = text.lower()
    return lowered in ADVERT_LINES or (
        lowered.startswith(LINK_PREFIXES) and not text.endswith(_FINAL_PUNCTUATION)
    )


def _is_credit(text: str) -> bool:
    return (
        text.lstrip("(").lower().startswith(CREDIT_PREFIXES)
        or _CONTRIBUTED.fullmatch(text) is not None
    )


_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|"
    r"table|tr|td)\b[^<>]*>",
    re.I,
)


def is_markup(text: str) -> bool:
    """Is ``text`` HTML (a CMS export's body, a feed's description), not text that merely
    holds "<" ("x<5 and y>3")? Told by the tags stories are written with."""
    return _MARKUP.search(text) is not None


_SPACES = re.compile(r"\s+")

_ABBREVIATION_WORDS = (
    "mr mrs ms dr st jr sr gen gov sen rep prof rev inc corp co ltd vs lt col capt sgt cmdr "
    "adm mt ft jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# A sentence may end at . ! ? (followed by closing quotes/brackets) before a capital or digit.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_LINE_END = re.compile(r"[.!?][\"”’')\]]*$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, not cut at abbreviations such as "U.S." or "Mr."."""
    text = _SPACES.sub(" ", text).strip()
    for match in _SENTENCE_END.finditer(text):
        if not _is_abbreviation(text[: match.start() + 1]):
            return text[: match.end()]
    return text


def _ends_sentence(line: str, after: str) -> bool:
    """Does a sentence end where ``line`` breaks before ``after`` (not "... Sen." / "Paul")?"""
    end = _LINE_END.search(line)
    return (
        end is not None
        and _SENTENCE_END.match(f"{line} {after}", end.start()) is not None
        and not _is_abbreviation(line)
    )


def _is_abbreviation(text: str) -> bool:
    """Is the word ending ``text`` (before any closing quote) initials or an abbreviation?"""
    words = text.rstrip("\"”’')]").split()
    last = words[-1] if words else ""
    return last.endswith(".") and (
        _INITIALS.fullmatch(last) is not None or last[:-1].lower().lstrip('("“') in _ABBREVIATIONS
    )


def clip(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, marked with "…"."""
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def title_from_text(text: str) -> str:
    """A title for an article that has none: its first sentence, clipped."""
    return clip(first_sentence(text))
