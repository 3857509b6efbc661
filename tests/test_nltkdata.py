from __future__ import annotations

from click.testing import CliRunner

from newsindex import nltkdata
from newsindex.cli import cli


def test_check_lists_every_resource_and_where_it_is() -> None:
    result = CliRunner().invoke(cli, ["nltk-data", "--check"])
    statuses = nltkdata.status()
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(nltkdata.RESOURCES)
    for line, status in zip(lines, statuses, strict=True):
        assert line.split()[1] == (status.location or "MISSING")
    assert result.exit_code == (0 if all(s.found for s in statuses) else 1)


def test_missing_resource_is_reported_by_name(monkeypatch) -> None:
    import nltk

    monkeypatch.setattr(nltk.data, "path", ["/nonexistent"])
    result = CliRunner().invoke(cli, ["nltk-data", "--check"])
    assert result.exit_code == 1
    assert "corpora/names" in result.stdout and "MISSING" in result.stdout
