"""Alias tables: which names are one person, body or place across the archive, applied at query
time. Every index has the standard table (:data:`STANDARD_FILE`: "U.S." is the "United States",
"Fed" the "Federal Reserve"), under the index's own ``aliases.toml``."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from ..errors import AliasFileError
from ..nlp.names import name_key

__all__ = ["STANDARD_FILE", "AliasTable", "with_standard"]

STANDARD_FILE = Path(__file__).with_name("standard_aliases.toml")
"""Countries, cities and public bodies that news names several ways."""


def _toml_line(text: str, key: str) -> int | None:
    """The line where ``key`` (a key or a ``[table]``) is defined in TOML text, for messages."""
    name = re.escape(key)
    pattern = re.compile(rf"""^\s*(?:(?:"{name}"|'{name}'|{name})\s*=|\[\s*{name}\s*\])""")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


class AliasTable:
    """Which names are the same person, body or place across the archive, from a user-edited
    file.

    Each name belongs to one group with one canonical name. Lookups ignore case, dots and extra
    spaces. Used when a query names someone, so editing the file needs no re-index.
    """

    def __init__(self, groups: Mapping[str, Iterable[str]] | None = None) -> None:
        self._canonical: dict[tuple[str, ...], str] = {}
        self._members: dict[str, set[str]] = {}
        for canonical, variants in (groups or {}).items():
            self._add(canonical, canonical)
            for variant in variants:
                self._add(canonical, variant)

    def _add(self, canonical: str, variant: str) -> None:
        """Put ``variant`` in ``canonical``'s group; ValueError if it is in another group."""
        canonical, variant = canonical.strip(), variant.strip()
        if not canonical or not variant:
            raise ValueError("empty name")
        for name in (canonical, variant):
            owner = self._canonical.get(name_key(name))
            if owner is not None and name_key(owner) != name_key(canonical):
                raise ValueError(f"{name!r} is already an alias of {owner!r}")
        owner = self._canonical.setdefault(name_key(canonical), canonical)
        self._canonical[name_key(variant)] = owner
        self._members.setdefault(owner, {owner}).add(variant)

    @classmethod
    def empty(cls) -> AliasTable:
        """A table with no aliases: every name is only itself."""
        return cls()

    @classmethod
    def load(cls, path: Path) -> AliasTable:
        """Read a ``.toml`` or ``.csv`` alias file; bad content raises AliasFileError."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise AliasFileError(path, None, f"cannot read alias file ({exc})") from exc
        suffix = path.suffix.casefold()
        if suffix == ".toml":
            return cls._from_toml(path, text)
        if suffix == ".csv":
            return cls._from_csv(path, text)
        raise AliasFileError(
            path, None, f"unknown alias file type {path.suffix!r}; use .toml or .csv"
        )

    @classmethod
    def _from_toml(cls, path: Path, text: str) -> AliasTable:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"line (\d+)", str(exc))
            end = max(1, len(text.splitlines())) if "end of document" in str(exc) else None
            line = int(found.group(1)) if found else end
            raise AliasFileError(path, line, f"invalid TOML: {exc}") from exc
        for key in data:
            if key != "aliases":
                line = _toml_line(text, key)
                raise AliasFileError(path, line, f"unexpected key {key!r}; only [aliases] is read")
        aliases = data.get("aliases", {})
        if not isinstance(aliases, dict):
            raise AliasFileError(path, _toml_line(text, "aliases"), "aliases must be a table")
        table = cls()
        for canonical, value in aliases.items():
            variants = [value] if isinstance(value, str) else value
            if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
                raise AliasFileError(
                    path,
                    _toml_line(text, canonical),
                    f"the aliases of {canonical!r} must be a list of names",
                )
            try:
                table._add(canonical, canonical)
                for variant in variants:
                    table._add(canonical, variant)
            except ValueError as exc:
                raise AliasFileError(path, _toml_line(text, canonical), str(exc)) from exc
        return table

    @classmethod
    def _from_csv(cls, path: Path, text: str) -> AliasTable:
        table = cls()
        reader = csv.reader(io.StringIO(text))
        for row in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if line == 1 and [c.casefold() for c in cells] == ["canonical", "variant"]:
                continue
            if len(cells) != 2 or not all(cells):
                raise AliasFileError(
                    path, line, f"expected two names 'canonical,variant', got {len(cells)} field(s)"
                )
            try:
                table._add(cells[0], cells[1])
            except ValueError as exc:
                raise AliasFileError(path, line, str(exc)) from exc
        return table

    def canonical(self, name: str) -> str:
        """The group's canonical name for ``name``, or ``name`` itself when it has no alias."""
        return self._canonical.get(name_key(name), name)

    def variants(self, name: str) -> frozenset[str]:
        """Every name equivalent to ``name``, including ``name`` itself."""
        owner = self._canonical.get(name_key(name))
        if owner is None:
            return frozenset({name})
        return frozenset(self._members[owner] | {name})

    def __contains__(self, name: object) -> bool:
        """Whether ``name`` is in a group."""
        return isinstance(name, str) and name_key(name) in self._canonical

    def groups(self) -> dict[str, frozenset[str]]:
        """Each canonical name with its group's names."""
        return {owner: frozenset(members) for owner, members in self._members.items()}

    def __len__(self) -> int:
        """Number of groups (people, bodies or places) in the table."""
        return len(self._members)

    def __repr__(self) -> str:
        return f"AliasTable({len(self)} groups)"


@cache
def _standard() -> AliasTable:
    return AliasTable.load(STANDARD_FILE)


def with_standard(own: AliasTable | None) -> AliasTable:
    """``own`` (an index's or the user's table) with the standard groups none of whose names it
    holds: a name the user grouped is theirs to decide."""
    groups = own.groups() if own is not None else {}
    held = AliasTable(groups)
    standard = _standard().groups()
    return AliasTable(
        {
            **groups,
            **{c: names for c, names in standard.items() if not any(n in held for n in names)},
        }
    )
