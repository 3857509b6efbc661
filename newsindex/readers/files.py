"""Which files to read: paths given by the user, folders walked recursively.

Folders are walked in sorted order so two runs read the same files in the same order (article ids
and messages come out identical). Hidden entries are skipped, symbolic links are followed but a
link back into a folder being walked (a loop) or to a folder already read is reported once and not
followed, and special files (FIFOs, sockets, devices) are never opened since reading one can block
for ever.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import ProblemLog

__all__ = ["EXTENSIONS", "find_files"]

EXTENSIONS: dict[str, str] = {
    ".txt": "seed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".sgm": "reuters",
    ".sgml": "reuters",
}
"""File extension (lower case) → format name."""


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


def _known() -> str:
    return ", ".join(EXTENSIONS)


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
        chosen = self.format or EXTENSIONS.get(path.suffix.lower())
        if chosen is None:
            self.log.skip(
                path,
                None,
                f"unknown file type {path.suffix or '(no extension)'!r}; expected one of "
                f"{_known()}, or name the format",
            )
            return
        if self._regular(path, info):
            yield path, chosen

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
        self.ancestors.append(real)
        try:
            for name in names:
                yield from self._entry(folder / name)
        finally:
            self.ancestors.pop()

    def _entry(self, path: Path) -> Iterator[tuple[Path, str]]:
        chosen = EXTENSIONS.get(path.suffix.lower())
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
            yield path, self.format or chosen
