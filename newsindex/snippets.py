"""Highlighted snippets: one markup (escaped HTML with ``<mark>``) rendered three ways.

The same snippet string goes into JSON and HTML as is, to a terminal as bold colour, and to a
pipe as plain text, so the highlighting logic exists once.
"""

from __future__ import annotations

import html
import re
from typing import Any

from whoosh.highlight import ContextFragmenter, Formatter, get_text

__all__ = ["MARK_CLOSE", "MARK_OPEN", "fragmenter", "lead", "mark_formatter", "to_ansi", "to_plain"]

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
ELLIPSIS = " … "
SNIPPET_CHARS = 240
_MARK = re.compile(r"</?mark>")
_ADJACENT = re.compile(r"</mark>(\s*)<mark>")


class _MarkFormatter(Formatter):  # type: ignore[misc]
    between = ELLIPSIS

    def _text(self, text: str) -> str:
        return html.escape(text, quote=False)

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_OPEN + html.escape(get_text(text, token, replace), quote=False) + MARK_CLOSE

    def format(self, fragments: Any, replace: bool = False) -> str:
        # Consecutive matched words ("trade deal") read as one highlighted phrase.
        return _ADJACENT.sub(r"\1", str(super().format(fragments, replace)))


def mark_formatter() -> Any:
    return _MarkFormatter()


def fragmenter() -> Any:
    return ContextFragmenter(maxchars=SNIPPET_CHARS, surround=90)


def lead(text: str, chars: int = SNIPPET_CHARS) -> str:
    """The opening of ``text`` as a snippet, for hits matched only by filters or title."""
    if len(text) > chars:
        cut = text.rfind(" ", 0, chars)
        text = text[: cut if cut > chars // 2 else chars] + "…"
    return html.escape(text, quote=False)


def to_plain(snippet: str) -> str:
    return html.unescape(_MARK.sub("", snippet))


def to_ansi(snippet: str) -> str:
    """Bold yellow matches for a colour terminal."""
    coloured = snippet.replace(MARK_OPEN, "\x1b[1;33m").replace(MARK_CLOSE, "\x1b[0m")
    return html.unescape(coloured)
