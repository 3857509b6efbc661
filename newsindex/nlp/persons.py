"""Person names: one canonical form per person, per article and across the archive.

Articles name a person in full once ("U.S. President Donald Trump") and then by surname or title
("Trump", "Mr. Trump"). Indexing the surname alone would split one person into several, so
:func:`canonical_names` maps every form an article uses to the longest full name the same article
gives for it. Across articles, a user-editable :class:`AliasTable` says which names are the same
person; it is applied at query time, so editing it needs no re-index.

Pure string work: no NLTK, no model. The entity tagger finds the mentions; this module only names
them.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from ..errors import NewsindexError

__all__ = [
    "AliasFileError",
    "AliasTable",
    "MentionLike",
    "article_persons",
    "canonical_mentions",
    "canonical_names",
    "name_key",
    "strip_title",
]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that head a title ("Prime Minister", "Secretary of State", "Conservative Leader"): a name
# that contains one is cut after its last occurrence, dropping the modifiers before it.
_TITLE_HEADS = _wordset(
    """
    president vice-president premier minister chancellor secretary senator governor chairman
    chairwoman chairperson ambassador leader representative congressman congresswoman mayor
    judge justice king queen prince princess pope sheikh emir sultan general admiral
    commissioner treasurer spokesman spokeswoman spokesperson clerk adviser advisor
    commander-in-chief chief-of-staff director deputy attorney-general lieutenant-governor
    councillor councilor counsel economist analyst executive officer governor-general
    ceo cfo coo chair
    """
)
# Honorifics and abbreviated ranks, stripped from the front of a name.
_HONORIFICS = _wordset(
    """
    mr mrs ms miss mx dr prof sen rep gov gen lt col capt cmdr adm sgt maj rev fr sir dame lord
    lady hon president premier minister senator governor judge pope king queen prince princess
    sheikh emir sultan ayatollah hojatoleslam imam rabbi cardinal archbishop bishop
    """
)
# Heads that are also common surnames ("Mike Judge", "Carole King"): never reduce a name to
# nothing because of them.
_SURNAME_LIKE = _wordset("judge justice king queen prince general bishop knight")
# Words between "Secretary of" / "ambassador to" and the name ("Secretary of State Marco Rubio").
_OFFICE_WORDS = _wordset(
    """
    state defense defence commerce finance treasury labor labour health energy agriculture
    transportation transport education interior justice homeland security foreign affairs trade
    industry economy environment immigration public safety housing veterans war navy army
    the canada britain china japan france germany russia mexico india
    """
)
_CONNECTORS = frozenset({"of", "to", "for", "at"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_EDGE_PUNCT = " \t\n,;:\"“”‘’'()[]"
_WORD = re.compile(r"[^\W\d_]+")
# Words English always capitalises ("may" and "march" are also common words).
_ALWAYS_CAPITALISED = _wordset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february april june july
    august september october november december
    """
)


def _word(token: str) -> str:
    """A token reduced for title lookup: lower case, no trailing dot."""
    return token.casefold().rstrip(".")


def _is_head(token: str) -> bool:
    word = _word(token)
    return word in _TITLE_HEADS or word.rsplit("-", 1)[-1] in _TITLE_HEADS


@lru_cache(maxsize=1 << 16)  # pure, and the same names recur across articles
def strip_title(name: str) -> str:
    """Drop titles, honorifics and a possessive: "Ontario Premier Doug Ford's" -> "Doug Ford".

    Returns "" when the text is only a title ("Prime Minister"), so callers can drop it.
    """
    tokens = name.strip(_EDGE_PUNCT).split()
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1]).rstrip(_EDGE_PUNCT)
        if not tokens[-1]:
            tokens.pop()
    heads = [i for i, tok in enumerate(tokens) if _is_head(tok)]
    for i in reversed(heads):
        rest = tokens[i + 1 :]
        if not rest:
            if _word(tokens[i]) in _SURNAME_LIKE and i > 0:
                continue  # "Mike Judge": a surname, not a title
            return ""
        if all(_word(t) in _SUFFIXES for t in rest):
            continue  # "Martin Luther King Jr."
        if _word(rest[0]) in _CONNECTORS:
            rest = rest[1:]
            while len(rest) > 1 and (
                rest[0][:1].islower() or _word(rest[0]) in _OFFICE_WORDS or "." in rest[0]
            ):
                rest = rest[1:]
        tokens = rest
        break
    while len(tokens) > 1 and _word(tokens[0]) in _HONORIFICS:
        tokens = tokens[1:]
    if len(tokens) == 1 and _word(tokens[0]) in _HONORIFICS | _TITLE_HEADS:
        return ""
    return " ".join(tokens)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """Comparison form of a name: case-folded tokens without dots ("J.D. Vance" == "JD Vance")."""
    tokens = name.replace("’", "'").replace(".", " ").split()
    # Initials written "J.D." become "J D"; glue single letters back so they equal "JD".
    out: list[str] = []
    run = ""
    for tok in tokens:
        if len(tok) == 1 and tok.isalpha():
            run += tok
            continue
        if run:
            out.append(run)
            run = ""
        out.append(tok)
    if run:
        out.append(run)
    return tuple(t.casefold() for t in out)


@lru_cache(maxsize=1 << 16)
def _split_suffix(key: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    core = tuple(t for t in key if t not in _SUFFIXES)
    return core, frozenset(t for t in key if t in _SUFFIXES)


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(any(tok == other for other in it) for tok in short)


@lru_cache(maxsize=1 << 16)
def _same_person(short: tuple[str, ...], long: tuple[str, ...], *, strict: bool = True) -> bool:
    """Whether ``short`` can be a shorter way of writing ``long`` (both name keys).

    "Jr." and the like make another person, so suffixes must agree; with ``strict=False`` a
    short form without any ("Trump") may still stand for a name with one ("Donald Trump Jr.").
    """
    s_core, s_suffix = _split_suffix(short)
    l_core, l_suffix = _split_suffix(long)
    if strict or s_suffix:
        if s_suffix != l_suffix:
            return False
    elif s_core == l_core:
        return False  # "Donald Trump" is not "Donald Trump Jr."
    if not s_core or not _is_subsequence(s_core, l_core):
        return False
    return s_core[-1] == l_core[-1] or len(s_core) == 1


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map each person name used in ONE article to the full name it stands for there.

    "Trump", "Mr. Trump" and "Donald Trump" all map to the longest full name the article uses
    that contains them ("Donald J. Trump" if it appears, else "Donald Trump"). A short form that
    fits two different people ("Ford" with "Doug Ford" and "Rob Ford") maps to itself, titles
    stripped. Matching ignores case; the result keeps the article's spelling. Names that are only
    a title map to "".
    """
    surfaces = list(dict.fromkeys(names))
    stripped = {s: strip_title(s) for s in surfaces}
    display: dict[tuple[str, ...], str] = {}
    for form in stripped.values():
        key = name_key(form)
        if not key:
            continue
        seen = display.get(key)
        if seen is None or (seen.isupper() and not form.isupper()):
            display[key] = form
    keys = list(display)
    resolved: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in keys:
        longer = [k for k in keys if len(k) > len(key) and _same_person(key, k, strict=False)]
        core = _split_suffix(key)[0]
        by_surname = [k for k in longer if _split_suffix(k)[0][-1] == core[-1]]
        candidates = by_surname or longer
        if not candidates:
            resolved[key] = key
            continue
        best = max(candidates, key=lambda k: (len(k), len(display[k])))
        consistent = all(k == best or _same_person(k, best) for k in candidates)
        resolved[key] = best if consistent else key
    result: dict[str, str] = {}
    for surface, form in stripped.items():
        key = name_key(form)
        result[surface] = display[resolved[key]] if key else ""
    return result


def canonical_mentions(
    paragraphs: Sequence[Sequence[tuple[str, int, int]]],
) -> list[list[tuple[str, int, int]]]:
    """Canonicalise one article's person mentions, paragraph by paragraph.

    ``paragraphs[i]`` holds ``(surface_text, start, end)`` for each person mention the tagger
    found in paragraph ``i``; the result has ``(canonical_name, start, end)`` in the same shape,
    without mentions that were only a title. This is the input :func:`find_speakers` expects.
    """
    mapping = canonical_names(text for mentions in paragraphs for text, _, _ in mentions)
    return [
        [(mapping[text], start, end) for text, start, end in mentions if mapping[text]]
        for mentions in paragraphs
    ]


class MentionLike(Protocol):
    """An entity mention as the tagger gives it (``newsindex.nlp.ner.tagger.Mention`` fits)."""

    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _joined_first_name(text: str, previous: MentionLike, person: MentionLike) -> int | None:
    """Start of a first name the tagger left at the end of the mention before a lone surname.

    "U.S. Kirsten" (ORG) + "Hillman" (PER) is "Kirsten Hillman": a capitalised plain word that is
    no title, directly before a one-word person name.
    """
    if previous.kind == "PER" or previous.end + 1 != person.start or " " in person.text.strip():
        return None
    if text[previous.end : person.start] != " ":
        return None
    word = previous.text.split()[-1]
    if not (word[:1].isupper() and word.isalpha()) or _is_head(word) or _word(word) in _HONORIFICS:
        return None
    return previous.end - len(word)


def article_persons(
    paragraphs: Sequence[str], mentions: Sequence[Sequence[MentionLike]]
) -> list[list[tuple[str, int, int]]]:
    """The person mentions of ONE article as ``(canonical_name, start, end)`` per paragraph.

    Takes every entity mention, not only persons, and uses the whole article to fix what a
    sentence-by-sentence tagger gets wrong about people (one sense per article):

    * a name split in two ("Mohammed Ali" + "Abal-Khail") is joined, and a first name swallowed
      by the mention before a lone surname is given back ("U.S. Kirsten" + "Hillman");
    * a name tagged as a person once is a person everywhere: "Carney" tagged ORG in "Carney's
      win", or not tagged at all, after "Mark Carney" was tagged PER;
    * a one-word "person" that starts an organisation's name in the same article is that
      organisation ("Peabody said" after "Peabody Holding Co Inc");
    * a one-word "person" at the start of a sentence that the article writes in lower case
      elsewhere, and never capitalises mid-sentence, is a common word capitalised only by its
      position ("Businessmen said ..." after "a businessmen's conference").

    Then :func:`canonical_names`, as in :func:`canonical_mentions`.
    """
    persons: list[list[tuple[str, int, int]]] = []
    others: list[list[tuple[str, int, int]]] = []
    for text, found in zip(paragraphs, mentions, strict=True):
        row, rest = _repair_spans(text, sorted(found, key=lambda m: m.start))
        persons.append(row)
        others.append(rest)
    known = canonical_names(name for row in persons for name, _, _ in row)
    people = {name_key(v): v for v in known.values() if v}
    extra = canonical_names([*known, *(name for row in others for name, _, _ in row)])
    surnames = _surname_pattern(people.values())
    for text, row, rest in zip(paragraphs, persons, others, strict=True):
        taken = [(start, end) for _, start, end in row + rest]
        for name, start, end in rest:
            canonical = extra.get(name, "")
            if canonical and name_key(canonical) in people and name_key(strip_title(name)):
                row.append((name, start, end))
        if surnames is not None:
            for found_name in surnames.finditer(text):
                a, b = found_name.span()
                if not any(a < end and start < b for start, end in taken):
                    row.append((found_name.group(), a, b))
        row.sort(key=lambda m: m[1])
    orgs = {name_key(m.text)[:1] for found in mentions for m in found if m.kind == "ORG"}
    rows = [
        [m for m in row if len(key := name_key(m[0])) > 1 or key not in orgs]
        for row in canonical_mentions(persons)
    ]
    initial = {
        word
        for text, row in zip(paragraphs, rows, strict=True)
        for name, start, end in row
        if len(name_key(name)) == 1
        and (word := _POSSESSIVE.sub("", text[start:end])).isalpha()
        and _starts_sentence(text, start)
    }
    common = _common_words(paragraphs, initial) if initial else set()
    if not common:
        return rows
    return [
        [m for m in row if _POSSESSIVE.sub("", text[m[1] : m[2]]) not in common]
        for text, row in zip(paragraphs, rows, strict=True)
    ]


def _starts_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` begins a sentence, where a capital letter proves nothing."""
    before = text[:start].rstrip().rstrip("\"'“‘([").rstrip()
    return not before or before.rstrip("\"'”’)]")[-1:] in (".", "!", "?")


def _common_words(paragraphs: Sequence[str], words: Iterable[str]) -> set[str]:
    """Those capitalised ``words`` that the article also writes in lower case and never
    capitalises mid-sentence: common words (Mikheev's document-centred capitalisation rule).

    An article that starts a paragraph, a weekday or a month in lower case has lost capitals
    ("mario galindas told reuters on monday"), so its lower-case words prove nothing.
    """
    starts = (next((c for c in text if c.isalpha()), "A") for text in paragraphs)
    if any(c.islower() for c in starts):
        return set()
    lower = {w for text in paragraphs for w in _WORD.findall(text) if w.islower()}
    if lower & _ALWAYS_CAPITALISED:
        return set()
    found = {w for w in words if w.lower() in lower}
    for text in paragraphs if found else ():
        for match in _WORD.finditer(text):
            if match.group() in found and not _starts_sentence(text, match.start()):
                found.discard(match.group())
    return found


def _repair_spans(
    text: str, ordered: Sequence[MentionLike]
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Person and other mentions of a paragraph, with split person names joined."""
    row: list[tuple[str, int, int]] = []
    rest: list[tuple[str, int, int]] = []
    previous: MentionLike | None = None
    for mention in ordered:
        if mention.kind != "PER":
            rest.append((mention.text, mention.start, mention.end))
        elif (
            row
            and previous is not None
            and previous.kind == "PER"
            and (text[row[-1][2] : mention.start] == " ")
        ):
            start = row[-1][1]
            row[-1] = (text[start : mention.end], start, mention.end)
        else:
            first = _joined_first_name(text, previous, mention) if previous else None
            if first is None:
                row.append((mention.text, mention.start, mention.end))
            else:
                row.append((text[first : mention.end], first, mention.end))
                if rest and rest[-1][2] == mention.start - 1:
                    rest.pop()
        previous = mention
    return row, rest


def _surname_pattern(people: Iterable[str]) -> re.Pattern[str] | None:
    """A regex for the surnames (and full names) of the article's people, where unambiguous."""
    owners: dict[str, set[str]] = {}
    for name in people:
        tokens = [t for t in name.split() if _word(t) not in _SUFFIXES]
        if len(tokens) < 2:
            continue
        owners.setdefault(name, set()).add(name)
        owners.setdefault(tokens[-1], set()).add(name)
    forms = sorted((f for f, who in owners.items() if len(who) == 1), key=len, reverse=True)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:['’]s)?(?![\w-])")


class AliasFileError(NewsindexError):
    """The alias file cannot be read or has a bad entry."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(
            f"{where}: {reason}. An alias file is TOML with an [aliases] table "
            '("Donald Trump" = ["Trump", "Donald J. Trump"]) or CSV rows "canonical,variant".'
        )


def _toml_line(text: str, key: str) -> int | None:
    """The line where ``key`` (a key or a ``[table]``) is defined in TOML text, for messages."""
    name = re.escape(key)
    pattern = re.compile(rf"""^\s*(?:(?:"{name}"|'{name}'|{name})\s*=|\[\s*{name}\s*\])""")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


class AliasTable:
    """Which person names are the same person across the archive, from a user-edited file.

    Each name belongs to one group with one canonical name. Lookups ignore case, dots and extra
    spaces. Used when a query names a person, so editing the file needs no re-index.
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

    def __len__(self) -> int:
        """Number of groups (people) in the table."""
        return len(self._members)

    def __repr__(self) -> str:
        return f"AliasTable({len(self)} people)"
