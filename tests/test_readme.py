"""The README's Python example runs as written (on the bundled seeds, into a temporary index)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import ROOT


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(.*?)```", readme, re.S)
    assert example is not None, "README has no Python example"
    code = example.group(1)
    assert '"seeds/"' in code and '"my-index"' in code
    monkeypatch.chdir(ROOT)
    code = code.replace('"my-index"', repr(str(tmp_path / "my-index")))
    exec(compile(code, "README.md", "exec"), {})  # our own documentation
    assert (tmp_path / "my-index" / "newsindex.json").is_file()
