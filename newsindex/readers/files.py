"""Which files to read: paths given by the user, folders walked recursively.

Folders are walked in sorted order so two runs read the same files in the same order (article ids
and messages come out identical). Hidden entries are skipped, symbolic links are followed but a
link back into a folder being walked (a loop) or to a folder already read is reported once and not
followed, and special files (FIFOs, sockets, devices) are never opened since reading one can block
for ever.

The extension names the format, but ``.xml`` is the name of many formats: there the root element
decides (:data:`ROOT_ELEMENTS`).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import ProblemLog

__all__ = [
    "COMPRESSED",
    "EXTENSIONS",
    "ROOT_ELEMENTS",
    "XML",
    "find_files",
    "format_of",
    "root_element",
]

XML = "xml"
"""The format of ``.xml`` files in :data:`EXTENSIONS`: the root element names the reader."""

EXTENSIONS: dict[str, str] = {
    ".txt": "seed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".sgm": "reuters",
    ".sgml": "reuters",
    ".xml": XML,
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".warc": "warc",
}
"""File extension (lower case) → format name."""

COMPRESSED: tuple[str, ...] = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".warc")
"""Extensions also read gzip-compressed (``.jsonl.gz``)."""

ROOT_ELEMENTS: dict[str, str] = {
    "newsMessage": "newsml",
    "newsItem": "newsml",
    "packageItem": "newsml",
    "nitf": "nitf",
    "rss": "feed",
    "RDF": "feed",
    "feed": "feed",
    "html": "html",
}
"""XML root element (local name) → format name, for ``.xml`` files and for ``.html`` ones (a
feed saved from a browser)."""

_SNIFF_BYTES = 65536
_PROLOGUE = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>)", re.S)
_ROOT = re.compile(rb"\s*<(?:[\w.-]+:)?([\w.-]+)")


def format_of(path: Path) -> str | None:
    """The format a file's name says, or None: its extension's (``.jsonl.gz``: the inner one's)."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        inner = Path(path.stem).suffix.lower()
        return EXTENSIONS[inner] if inner in COMPRESSED else None
    return EXTENSIONS.get(suffix)


def root_element(path: Path) -> str | None:
    """The local name of an XML file's root element (``newsMessage``), read from the file's
    start; None when there is none there (or the file cannot be read: its reader says why)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode()
    head = head.removeprefix(codecs.BOM_UTF8)
    at = 0
    while prologue := _PROLOGUE.match(head, at):
        at = prologue.end()
    root = _ROOT.match(head, at)
    return root[1].decode("ascii", errors="replace") if root else None


def find_files(
    paths: Iterable[Path | str], *, format: str | None, log: ProblemLog
) -> Iterator[tuple[Path, str]]:
    """Yield ``(file, format)`` for every file to read, reporting paths that cannot be read.

    Inside folders only files with a known extension are read (``format``, when given, overrides
    the reader chosen for them); a file named explicitly is read with ``format`` whatever its
    extension, and without ``format`` an unknown extension is reported.
    """
    walk = _Walk(format=format, log=log)
    for given in paths:
        yield from walk.top(Path(given))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


_DOCUMENTATION = re.compile(r"(?i)(readme|licen[cs]e|notice|changelog|source)(\.\w+)?")
"""Files that describe a folder of articles rather than hold one: not read, not reported."""


_ASSETS = "_files"
"""A browser saves a page "complete" as ``PAGE.html`` and its assets in ``PAGE_files``."""


def _known() -> str:
    compressed = ", ".join(f"{suffix}.gz" for suffix in COMPRESSED)
    return f"{', '.join(EXTENSIONS)} (and {compressed})"


@dataclass
class _Walk:
    format: str | None
    log: ProblemLog
    seen_files: dict[str, Path] = field(default_factory=dict)
    seen_dirs: dict[str, Path] = field(default_factory=dict)
    ancestors: list[str] = field(default_factory=list)

    def top(self, path: Path) -> Iterator[tuple[Path, str]]:
        info = self._stat(path)
        if info is None:
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self._folder(path)
            return
        chosen = self.format or format_of(path)
        if chosen is None:
            self.log.skip(
                path,
                None,
                f"unknown file type {path.suffix or '(no extension)'!r}; expected one of "
                f"{_known()}, or name the format",
            )
            return
        if self._regular(path, info):
            yield from self._sniffed(path, chosen)

    def _stat(self, path: Path) -> os.stat_result | None:
        """Follow links; report a path that leads nowhere."""
        try:
            return path.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                reason = "symbolic link loop"
            elif path.is_symlink():
                reason = f"broken symbolic link to {os.readlink(path)}"
            elif exc.errno == errno.ENOENT:
                reason = "no such file or folder"
            else:
                reason = f"cannot read: {exc.strerror or exc.__class__.__name__}"
            self.log.skip(path, None, reason, "skipped")
            return None

    def _regular(self, path: Path, info: os.stat_result) -> bool:
        if not stat.S_ISREG(info.st_mode):
            self.log.skip(path, None, f"{_kind(info.st_mode)}, not a regular file", "skipped")
            return False
        real = os.path.realpath(path)
        first = self.seen_files.get(real)
        if first is not None:
            self.log.skip(path, None, f"same file as {first}", "not read twice")
            return False
        self.seen_files[real] = path
        return True

    def _folder(self, folder: Path) -> Iterator[tuple[Path, str]]:
        real = os.path.realpath(folder)
        if real in self.ancestors:
            self.log.skip(folder, None, f"symbolic link loop: leads back to {real}", "not followed")
            return
        first = self.seen_dirs.get(real)
        if first is not None:
            self.log.skip(folder, None, f"same folder as {first}", "not read twice")
            return
        self.seen_dirs[real] = folder
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.name for entry in entries if not entry.name.startswith("."))
        except OSError as exc:
            reason = f"cannot read folder: {exc.strerror or exc.__class__.__name__}"
            self.log.skip(folder, None, reason, "skipped")
            return
        pages = {Path(name).stem for name in names if format_of(Path(name)) == "html"}
        self.ancestors.append(real)
        try:
            for name in names:
                if name.endswith(_ASSETS) and name.removesuffix(_ASSETS) in pages:
                    continue  # a saved page's images, scripts and frames: part of the page
                yield from self._entry(folder / name)
        finally:
            self.ancestors.pop()

    def _sniffed(self, path: Path, chosen: str) -> Iterator[tuple[Path, str]]:
        """``(path, format)``, the format of an ``.xml`` file (or of an ``.html`` one that holds a
        feed) named by its root element."""
        if chosen == "html" and self.format is None:
            # A feed saved from a browser keeps its root element under an .html name.
            yield path, ROOT_ELEMENTS.get(root_element(path) or "", chosen)
            return
        if chosen != XML:
            yield path, chosen
            return
        root = root_element(path)
        found = ROOT_ELEMENTS.get(root or "")
        if found is not None:
            yield path, found
            return
        known = ", ".join(f"<{name}>" for name in ROOT_ELEMENTS)
        what = f"the root element <{root}>" if root else "no root element at its start"
        self.log.skip(path, None, f"XML with {what}; newsindex reads XML rooted at {known}")

    def _entry(self, path: Path) -> Iterator[tuple[Path, str]]:
        chosen = format_of(path)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        if not is_dir and chosen is None and not path.is_symlink():
            if not _DOCUMENTATION.match(path.name):
                self.log.warn(
                    path,
                    None,
                    f"{path.suffix or 'a file without extension'!r} is not a format newsindex "
                    f"reads (it reads {_known()}); convert it to JSON Lines with text, title and "
                    "date fields",
                    "not read",
                )
            return
        info = self._stat(path)
        if info is None:
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self._folder(path)
        elif chosen is not None and self._regular(path, info):
            yield from self._sniffed(path, self.format or chosen)
