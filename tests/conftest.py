"""Shared fixtures: a small hand-made index (no NLP involved), built once per session and read
by many tests, a writable copy for the tests that change it, and the entity tagger.

Plain helpers and data (paths, article builders, ``ARTICLES``) are in support.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import ARTICLES

from newsindex import index_passages


def _fingerprint(folder: Path) -> list[tuple[str, int, int]]:
    """Each file of ``folder`` with its size and modification time: changes when anything in it
    is written, replaced, added or removed."""
    return sorted(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()
    )


@pytest.fixture(scope="session")
def shared_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index of ``support.ARTICLES``, built once per session (use ``index_dir``)."""
    path = tmp_path_factory.mktemp("shared") / "index"
    report = index_passages(ARTICLES, index=path)
    assert report.articles == 3 and report.passages == 6
    return path


@pytest.fixture
def index_dir(shared_index: Path) -> Iterator[Path]:
    """The hand-made index, shared by every test that only reads it. A test that writes to it
    (re-indexing, deleting, optimizing, damaging a file) fails here: use ``writable_index_dir``."""
    before = _fingerprint(shared_index)
    yield shared_index
    assert _fingerprint(shared_index) == before, (
        "a test changed the shared read-only index; use the writable_index_dir fixture"
    )


@pytest.fixture
def writable_index_dir(shared_index: Path, tmp_path: Path) -> Path:
    """A copy of the hand-made index of this test's own, to write to."""
    path = tmp_path / "index"
    shutil.copytree(shared_index, path)
    return path


@pytest.fixture(params=[0, 2000], ids=["columns", "stored-names"])
def facet_counting(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run a facet test both ways facets count: from whole-field columns (no match is "few"),
    and from the matches' stored names (every match of a test index is)."""
    import newsindex.search.handle

    for name in ("FEW_MATCHES", "ONE_SHOT_FEW"):  # whichever way the handle was opened
        monkeypatch.setattr(newsindex.search.handle, name, request.param)


@pytest.fixture(scope="session")
def tagger() -> Any:
    """The built-in entity tagger, loaded once; the test is skipped before the model is built."""
    from newsindex.nlp.ner import tagger as entities

    if not entities.DEFAULT_MODEL.exists():
        pytest.skip(f"entity model {entities.DEFAULT_MODEL} not built yet (make train-ner)")
    return entities.EntityTagger.load()
