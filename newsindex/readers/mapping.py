"""Field-by-field checks shared by the record formats (JSON and CSV).

A record is a mapping of field names to values. Its fields are found under newsindex's own names,
the names other exports use (:data:`FIELD_NAMES`) or where a field mapping points (``{"date":
"meta.published"}``). Each field is checked on its own so one bad field costs only that field
when it is optional (a warning, the record is kept) and the record when it is the text (skipped).
Messages name the field and the expected type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path

from ..articles import Article, Paragraph
from ..errors import InvalidArgumentError
from ..kinds import RECORD_FIELDS
from ..problems import ProblemLog
from .datetext import EARLIEST_YEAR, NO_DATE, UNIX_TIME, date_problem, parse_date_text
from .html import (
    CHARACTER_REFERENCE,
    entity_name,
    first_listed,
    fragment_blocks,
    html_text,
    story_paragraphs,
)
from .text import is_markup, split_credit, title_from_text

__all__ = [
    "EARLIEST_YEAR",
    "FIELD_NAMES",
    "NO_DATE",
    "build_article",
    "check_fields",
    "checked_date",
    "date_problem",
    "missing_text",
    "parse_date_text",
    "type_name",
]

FIELD_NAMES: Mapping[str, tuple[str, ...]] = {
    "text": (
        "body",
        "content",
        "article",
        "story",
        "full_text",
        "fulltext",
        "articlebody",
        "maintext",
        "content_text",
        "content_html",
        "description",
        "summary",
    ),
    "title": ("headline", "heading", "name", "webtitle"),
    "date": (
        "published",
        "published_at",
        "publishedat",
        "webpublicationdate",
        "pubdate",
        "pub_date",
        "datepublished",
        "date_published",
        "date_publish",
        "publication_date",
        "created_at",
    ),
    "url": ("link", "permalink", "web_url", "weburl"),
    "byline": ("author", "authors", "by"),
    "source": ("publisher", "source_domain", "site_name", "sitename"),
}
"""Field names other exports use for newsindex's own (``body`` for ``text``, ``headline`` for
``title``, schema.org's ``articleBody``, ``datePublished`` and ``publisher``, news-please's
``maintext`` and ``source_domain``, NewsAPI's ``publishedAt``, the Guardian's ``webTitle``):
read when newsindex's name is absent, in this order. A summary (NewsAPI's and schema.org's
``description``, JSON Feed's ``summary``) is the text only where no fuller one is given (NewsAPI
gives ``"content": null`` for many articles), as a feed item's summary is.
Case does not matter. A list of strings under a text name is the paragraphs; a byline may be a
list of names or of ``{"name": ...}`` objects, a source one such object (NewsAPI's)."""

_BODY_FIELDS = ("text", "paragraphs")
_CUT_COUNT = re.compile(r"\s*\[\+\d+ chars\]\s*$")
"""The count of characters left out that ends the text NewsAPI gives ("… [+1834 chars]"): no
words of the story."""
_MISSING_ACTIONS = {
    "id": "used the derived id",
    "title": "title taken from the text",
    "date": NO_DATE,
}
"""What a mapped field missing from a record costs (the text: the record; others: the field)."""


def type_name(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _not_string(field: str, value: object) -> str:
    shown = f" {value!r}" if isinstance(value, int | float) and not isinstance(value, bool) else ""
    return f"{field} must be a string, not {type_name(value)}{shown}"


def _present(value: object) -> bool:
    """Null and empty strings count as absent: CSV cells and JSON exports write them freely."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def check_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    """A field mapping (newsindex field → the record's field name or dotted path), checked;
    raises :class:`InvalidArgumentError` naming the fields a mapping may set."""
    checked: dict[str, str] = {}
    for target, source in (fields or {}).items():
        if target not in RECORD_FIELDS:
            raise InvalidArgumentError(
                "fields",
                target,
                f"not a field newsindex reads; expected one of {', '.join(RECORD_FIELDS)}",
            )
        if not isinstance(source, str) or not all(part.strip() for part in source.split(".")):
            raise InvalidArgumentError(
                "fields",
                f"{target}={source}",
                "expected a field name or a dotted path "
                "into nested objects, such as meta.published",
            )
        checked[target] = source
    return checked


def _get(record: Mapping[str, object], key: str) -> tuple[bool, object]:
    """``record[key]``, matching the name case-insensitively when it is not there as written."""
    if key in record:
        return True, record[key]
    folded = key.casefold()
    for name, value in record.items():
        if str(name).casefold() == folded:
            return True, value
    return False, None


def _lookup(record: Mapping[str, object], source: str) -> tuple[bool, object]:
    """The value ``source`` names: a field, else a dotted path through nested objects (a number
    picks an array item: ``authors.0.name``). A field named with dots (a CSV column) wins."""
    found, value = _get(record, source)
    if found or "." not in source:
        return found, value
    value = record
    for part in source.split("."):
        if isinstance(value, Mapping):
            found, value = _get(value, part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            found, value = True, value[int(part)]
        else:
            found = False
        if not found:
            return False, None
    return True, value


def missing_text(
    record: Mapping[str, object], fields: Mapping[str, str], *, column: bool = False
) -> str | None:
    """Why ``record`` has no field to take the text from (its value aside), or None; with
    ``column`` the record is a CSV header."""
    name, holder = ("column", "the header") if column else ("field", "the record")
    mapped = [(target, fields[target]) for target in _BODY_FIELDS if target in fields]
    if mapped:
        if any(_lookup(record, source)[0] for _, source in mapped):
            return None
        target, source = mapped[0]
        return f"no {source!r} (field mapping {target}={source}; {holder} has {_keys(record)})"
    names = {str(key).casefold() for key in record}
    expected = (*_BODY_FIELDS, *FIELD_NAMES["text"])
    if names.intersection(expected):
        return None
    return (
        f"no text {name} (expected one of {', '.join(expected)}; {holder} has "
        f"{_keys(record)}); rename the {name} holding the article's text to text, or map it: "
        "--field text=NAME"
    )


def _keys(record: Mapping[str, object]) -> str:
    return ", ".join(sorted(map(str, record))) or "no fields"


def _named(value: object) -> object:
    """A source's name from NewsAPI's ``{"id": ..., "name": ...}`` object, or the first of a
    list of names or such objects (schema.org's ``publisher`` may be a list); else ``value``."""
    first = first_listed(value)
    name = entity_name(first)
    return name if name is not None else first


def _byline(value: object) -> object:
    """One byline from a name, a list of names or schema.org's ``{"name": ...}`` objects."""
    listed = value if isinstance(value, list) else [value]
    names = [name for name in map(entity_name, listed) if name is not None]
    return ", ".join(names) if names and len(names) == len(listed) else value


def _put(out: dict[str, object], own: str, value: object) -> None:
    if own == "text" and isinstance(value, list):
        out["paragraphs"] = value
    elif own == "byline":
        out[own] = _byline(value)
    else:
        out[own] = _named(value) if own == "source" else value


def _own_names(
    record: Mapping[str, object],
    fields: Mapping[str, str],
    *,
    path: Path,
    line: int,
    log: ProblemLog,
) -> Mapping[str, object] | None:
    """``record`` with newsindex's field names: where ``fields`` points, else under the
    :data:`FIELD_NAMES` aliases where newsindex's name is absent. None (reported) when the
    mapped text is missing; another mapped field that is missing is reported and left out."""
    out = dict(record)
    if "source" in out:
        out["source"] = _named(out["source"])
    folded = {str(k).casefold(): k for k in record}
    for own, others in FIELD_NAMES.items():
        if _present(out.get(own)) or own in fields:
            continue
        if own == "text" and _present(out.get("paragraphs")):
            continue
        for other in others:
            key = folded.get(other)
            if key is None or not _present(record[key]):
                continue
            if own == "source" and not isinstance(_named(record[key]), str):
                continue  # a publisher given by reference ({"@id": ...}): the next name
            _put(out, own, record[key])
            break
    if any(target in fields for target in _BODY_FIELDS):
        reason = missing_text(record, fields)
        if reason is not None:
            log.skip(path, line, reason)
            return None
        for target in _BODY_FIELDS:
            out.pop(target, None)
    for target, source in fields.items():
        found, value = _lookup(record, source)
        if found:
            _put(out, target, value)
        elif target not in _BODY_FIELDS:
            out.pop(target, None)
            log.warn(
                path,
                line,
                f"no {source!r} (field mapping {target}={source})",
                _MISSING_ACTIONS.get(target, "ignored"),
            )
    return out


def _paragraphs(
    record: Mapping[str, object],
    given: Mapping[str, object],
    *,
    path: Path,
    line: int,
    log: ProblemLog,
) -> tuple[tuple[Paragraph, ...], str | None] | None:
    """The body of ``record`` (under newsindex's names) and its closing credit line, or None
    after reporting why there is none (naming the fields of the ``given`` record)."""
    items = record.get("paragraphs")
    text = record.get("text")
    if isinstance(text, list) and not _present(items):  # a list under text, as under body
        items, text = text, None
    if _present(items):
        if not isinstance(items, list):
            log.skip(path, line, f"paragraphs must be an array of strings, not {type_name(items)}")
            return None
        for number, item in enumerate(items, start=1):
            if not isinstance(item, str):
                log.skip(
                    path,
                    line,
                    f"paragraphs must be an array of strings, item {number} is {type_name(item)}",
                )
                return None
        if _present(text):
            log.warn(path, line, "both text and paragraphs given", "used paragraphs")
        found = tuple(
            Paragraph(" ".join(block.split()), line=line)
            for item in items
            for block in fragment_blocks(item)
            if block.strip()
        )
        if not found:
            log.skip(path, line, "paragraphs has no text")
            return None
        return split_credit(found)
    if not _present(text):
        reason = None if isinstance(text, str) else missing_text(given, {})
        log.skip(path, line, reason or "text is empty")
        return None
    if not isinstance(text, str):
        log.skip(path, line, _not_string("text", text))
        return None
    # a CMS's body may be HTML as it stores it; NewsAPI's is cut, with a count of the rest
    return story_paragraphs(_CUT_COUNT.sub("", text), line=line)


def _optional_string(
    record: Mapping[str, object],
    field: str,
    *,
    path: Path,
    line: int,
    log: ProblemLog,
    action: str = "ignored",
) -> str | None:
    value = record.get(field)
    if not _present(value):
        return None
    if not isinstance(value, str):
        log.warn(path, line, _not_string(field, value), action)
        return None
    return " ".join(value.split())


def _article_id(
    record: Mapping[str, object], default_id: str, *, path: Path, line: int, log: ProblemLog
) -> str:
    value = record.get("id")
    if not _present(value):
        return default_id
    if isinstance(value, int) and not isinstance(value, bool):
        log.warn(path, line, _not_string("id", value), f"used '{value}'")
        return str(value)
    if not isinstance(value, str):
        log.warn(path, line, _not_string("id", value), f"used derived id '{default_id}'")
        return default_id
    return value.strip()


def _date(
    record: Mapping[str, object], *, path: Path, line: int, log: ProblemLog, today: dt.date | None
) -> dt.date | None:
    value = record.get("date")
    if not _present(value):
        return None
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number and UNIX_TIME.fullmatch(str(value)):
        value = str(value)
    if not isinstance(value, str):
        log.warn(path, line, _not_string("date", value), NO_DATE)
        return None
    return checked_date(value, path=path, line=line, log=log, today=today)


def checked_date(
    text: str, *, path: Path, line: int | None, log: ProblemLog, today: dt.date | None
) -> dt.date | None:
    """The article date ``text`` gives (:func:`parse_date_text`, :func:`date_problem`), or None
    after a warning saying why it is not one."""
    parsed = parse_date_text(text)
    if isinstance(parsed, str):
        log.warn(path, line, parsed, NO_DATE)
        return None
    problem = date_problem(parsed, today=today)
    if problem is not None:
        log.warn(path, line, problem, NO_DATE)
        return None
    return parsed


def build_article(
    record: Mapping[str, object],
    *,
    path: Path,
    line: int,
    default_id: str,
    log: ProblemLog,
    today: dt.date | None = None,
    fields: Mapping[str, str] | None = None,
) -> Article | None:
    """Check one record and turn it into an :class:`Article`; None (reported) when unusable.

    ``fields`` (checked by :func:`check_fields`) says where the record holds newsindex's fields.
    """
    own = _own_names(record, fields or {}, path=path, line=line, log=log)
    if own is None:
        return None
    body = _paragraphs(own, record, path=path, line=line, log=log)
    record = own
    if body is None:
        return None
    paragraphs, credit = body
    article_id = _article_id(record, default_id, path=path, line=line, log=log)
    title = _optional_string(
        record, "title", path=path, line=line, log=log, action="title taken from the text"
    )
    if title and (CHARACTER_REFERENCE.search(title) or is_markup(title)):  # a CMS's rendered title
        title = " ".join(html_text(title).split())
    date = _date(record, path=path, line=line, log=log, today=today)
    return Article(
        id=article_id,
        title=title or title_from_text(paragraphs[0].text),
        date=date,
        paragraphs=paragraphs,
        source=_optional_string(record, "source", path=path, line=line, log=log) or "",
        url=_optional_string(record, "url", path=path, line=line, log=log),
        byline=_optional_string(record, "byline", path=path, line=line, log=log),
        credit=_optional_string(record, "credit", path=path, line=line, log=log) or credit,
        dateline=_optional_string(record, "dateline", path=path, line=line, log=log),
        origin=f"{path}:{line}",
    )
