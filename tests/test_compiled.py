"""The compiled build (``make compiled``: mypyc, issue 13) enriches as the pure Python does.

Skipped unless the ``newsindex`` imported is the compiled build; then a few invented articles
and the seed articles are enriched here and, in a subprocess, by this checkout's Python sources,
and every passage (names, speakers, dates, labels) must be the same."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from support import article

import newsindex.nlp.tokens

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    str(newsindex.nlp.tokens.__file__).endswith(".py"),
    reason="newsindex is pure Python here; `make compiled` builds and tests the compiled one",
)

ARTICLES = [
    article(
        "c1",
        dt.date(1998, 6, 3),
        "HARWELL, Tessel (Reuters) - Pellmark Corp said on Tuesday it would close two plants "
        "by March 1999, its chairman Dudley Korvel told reporters.",
        "“We have no choice,” Korvel said. The Tessel Post news agency said prices would rise. "
        "Beer will cost more, Tessel Post said.",
        "Mr. Korvel, 54, joined Pellmark in 1987. The company said last month that sales fell "
        "12 pct in the first quarter, according to the Harwell Ledger.",
    ),
    article(
        "c2",
        dt.date(2025, 5, 6),
        "Finance Minister Het Vorsk met Anna Lindqvist of the Tessel Rivet Association in "
        "Harwell on Monday; she said the talks would resume next week.",
        "Lindqvist, who heads the association, said it expected a deal before June 30.",
    ),
]


def enriched() -> list[str]:
    """Every passage of :data:`ARTICLES` and of the seed articles, enriched, as its repr."""
    from newsindex.nlp.pipeline import Enricher
    from newsindex.problems import ProblemLog
    from newsindex.readers import read_paths

    articles = [*ARTICLES, *read_paths([ROOT / "seeds"], log=ProblemLog())]
    enricher = Enricher.default()
    return [repr(p) for a in articles for p in enricher.enrich(a)]


def test_the_compiled_build_enriches_as_pure_python() -> None:
    pure = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path[:0] = sys.argv[1:]; import newsindex.nlp.tokens as t; "
            "assert t.__file__.endswith('.py'), t.__file__; "
            "import test_compiled; print('\\n'.join(test_compiled.enriched()))",
            str(ROOT),
            str(ROOT / "tests"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    compiled = enriched()
    assert len(compiled) > 30
    assert compiled == pure
