"""The optional compiled build (issue 13), as mypy and black ship theirs: with
``NEWSINDEX_USE_MYPYC=1`` mypyc compiles the enrichment modules (``newsindex/nlp``) to C
extensions, which import in place of the ``.py`` files kept beside them in the wheel; full
enrichment runs about 1.4x faster. Every other build (``pip install .``, ``pip install -e .``,
``make install``, CI) is pure Python. The metadata is all in pyproject.toml.

    NEWSINDEX_USE_MYPYC=1 pip wheel --no-build-isolation --no-deps .   # needs mypy, setuptools>=77

``make compiled`` builds and installs it in a venv of its own and checks it (see the Makefile).
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

PURE = {
    # Package files that only re-export lazily.
    "newsindex/nlp/__init__.py",
    "newsindex/nlp/ner/__init__.py",
    # Its Step is a runtime-checkable Protocol, which mypyc cannot compile (the class it makes
    # is no Protocol to typing.runtime_checkable, and the import fails).
    "newsindex/nlp/pipeline.py",
    # Training only (make train-ner).
    "newsindex/nlp/ner/train.py",
    "newsindex/nlp/ner/sources.py",
}
"""Modules of ``newsindex/nlp`` left as Python in the compiled build, and why."""


def compiled_modules() -> list[str]:
    paths = (p.as_posix() for p in Path("newsindex/nlp").rglob("*.py"))
    return sorted(p for p in paths if p not in PURE)


if os.environ.get("NEWSINDEX_USE_MYPYC") == "1":
    from mypyc.build import mypycify

    # The rest of the package, which the compiled modules' imports reach (newsindex/__init__.py
    # names all of it), is type-checked without its libraries' stubs: `mypy newsindex` checks it.
    setup(ext_modules=mypycify(["--follow-imports=silent", *compiled_modules()]))
else:
    setup()
