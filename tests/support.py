"""Plain helpers the test modules share (``from support import ...``): paths, article builders
and the hand-made articles of the shared index. Fixtures live in conftest.py; no test module
imports conftest or another test module."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsindex import Article, DateSpan, Paragraph, Passage
from newsindex.problems import ProblemLog
from newsindex.readers import read_paths

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the ../shared data folder is not beside the repo)")
    return path


def write_file(path: Path, data: str | bytes) -> Path:
    """``data`` written to ``path`` (text as UTF-8), its folder made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def read_articles(*paths: Path, **options: Any) -> tuple[list[Article], list[str]]:
    """The articles ``read_paths`` yields for ``paths`` (``options``: its keyword arguments)
    and the problems it reported, as printed."""
    log = ProblemLog()
    articles = list(read_paths(paths, log=log, **options))
    return articles, [str(problem) for problem in log.problems]


def article(aid: str, date: dt.date | None, *texts: str, title: str = "") -> Article:
    return Article(
        id=aid,
        title=title or f"Title of {aid}",
        date=date,
        paragraphs=tuple(Paragraph(t) for t in texts),
        source="Test Wire",
        origin=f"{aid}.txt",
    )


def index_texts(path: Path, texts: list[str]) -> Path:
    """An index at ``path`` of one one-passage article per text (``a0``, ``a1``, ...)."""
    from newsindex import index_passages

    index_passages(
        [
            (article(f"a{i}", dt.date(2025, 5, 6)), [Passage(f"a{i}", 0, t)])
            for i, t in enumerate(texts)
        ],
        index=path,
    )
    return path


D = dt.date

ARTICLES = [
    (
        article("a1", D(2025, 5, 6), "", "", title="Carney meets Trump"),
        [
            Passage(
                "a1",
                0,
                "Tariffs on Canadian steel dominate the meeting.",
                None,
                persons=("Mark Carney", "Donald Trump"),
                places=("Canada",),
            ),
            Passage(
                "a1",
                1,
                "“We want a deal,” Trump said of the running talks.",
                "Talks",
                persons=("Donald Trump",),
                speakers=("Donald Trump",),
                mentions=(DateSpan(D(2025, 5, 5), D(2025, 5, 5), "Monday"),),
            ),
            Passage(
                "a1",
                2,
                "Poilievre wished Carney well on Parliament Hill.",
                "Talks",
                persons=("Pierre Poilievre", "Mark Carney"),
                orgs=("Parliament",),
            ),
        ],
    ),
    (
        article("a2", D(2025, 3, 14), "", title="Bank cuts rates"),
        [
            Passage(
                "a2",
                0,
                "The Bank of Canada cut its rate as tariffs weigh on trade.",
                None,
                orgs=("Bank of Canada",),
            ),
            Passage(
                "a2",
                1,
                "Economists expect oil prices to fall, Maria Lindqvist said.",
                None,
                persons=("Maria Lindqvist",),
                speakers=("Maria Lindqvist",),
            ),
        ],
    ),
    (
        article("a3", D(1987, 3, 2), "", title="Oil prices rise"),
        [
            Passage(
                "a3",
                0,
                "Oil prices rose sharply in March trading in New York.",
                None,
                places=("New York",),
            ),
        ],
    ),
]
"""Three hand-made articles, six passages (no NLP involved): the shared ``index_dir``."""


def start_lock_holder(index: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that holds newsindex's writer lock on ``index`` for ``seconds``; returns
    once it holds it."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from newsindex.index.lock import writer_lock\n"
        "with writer_lock(Path(sys.argv[1])):\n"
        "    print('locked', flush=True)\n"
        "    time.sleep(float(sys.argv[2]))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(index), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def seed_paragraphs() -> list[str]:
    """The seed article's passage texts, as the reader and segmenter produce them."""
    from newsindex.nlp.segment import segment
    from newsindex.problems import ProblemLog
    from newsindex.readers.seed import read_seed

    folder = shared_path("seeds")
    files = sorted(folder.glob("*.txt"))
    if not files:
        pytest.skip(f"no seed article in {folder}")
    (first,) = read_seed(files[0], log=ProblemLog(strict=True))
    return [s.text for s in segment(first)]


def rules_applied(sentence: str, tags: str, lexicon: Any) -> set[tuple[str, str]]:
    """The entities after :func:`newsindex.nlp.ner.rules.repair_tags`, for a sentence and its
    model tags (both space-separated) and the word lists (a ``WordClasses``) the rules read."""
    from newsindex.nlp.ner.iob import spans
    from newsindex.nlp.ner.rules import repair_tags

    words, labels = sentence.split(" "), tags.split(" ")
    assert len(words) == len(labels)
    repair_tags(words, labels, spans(labels), lexicon)
    return {(k, " ".join(words[a:b])) for k, a, b in spans(labels)}
