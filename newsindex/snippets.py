"""Rendering snippets (escaped HTML with ``<mark>`` around matches) as plain or coloured text."""

from __future__ import annotations

from .search.snippets import to_ansi, to_plain

__all__ = ["to_ansi", "to_plain"]
