"""Export: JSON Lines, CSV and the OpenSearch/Elasticsearch bulk format, checked line by line."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support import D, article

from newsindex import DateSpan, Passage, index_passages, open_index
from newsindex.errors import IndexNotFoundError, InvalidArgumentError
from newsindex.exporting import (
    COLUMNS,
    export,
    mapping_path,
    opensearch_mapping,
)

ALL_IDS = ["a1#0", "a1#1", "a1#2", "a2#0", "a2#1", "a3#0"]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_has_every_passage_with_its_article_fields(index_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "passages.jsonl"
    report = export(index_dir, out, format="jsonl")
    assert (report.articles, report.passages, report.paths) == (3, 6, (out,))
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ALL_IDS
    said = rows[1]
    assert said == {
        "id": "a1#1",
        "article_id": "a1",
        "position": 1,
        "date": "2025-05-06",
        "source": "Test Wire",
        "title": "Carney meets Trump",
        "section": "Talks",
        "text": "“We want a deal,” Trump said of the running talks.",
        "persons": ["Donald Trump"],
        "orgs": [],
        "places": [],
        "speakers": ["Donald Trump"],
        "org_speakers": [],
        "mentions": [{"start": "2025-05-05", "end": "2025-05-05", "text": "Monday"}],
        "labels": {},
        "url": None,
        "byline": None,
        "credit": None,
        "dateline": None,
    }
    assert list(said) == list(COLUMNS)


def test_csv_header_lists_and_periods(index_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "passages.csv"
    assert export(index_dir, out, format="csv").passages == 6
    with out.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    assert tuple(header) == COLUMNS
    assert [r["id"] for r in rows] == ALL_IDS
    assert rows[0]["persons"] == "Mark Carney; Donald Trump"
    assert rows[1]["mentions"] == "2025-05-05"
    assert rows[1]["text"] == "“We want a deal,” Trump said of the running talks."
    assert rows[0]["section"] == "" and rows[5]["date"] == "1987-03-02"


def test_csv_writes_a_range_as_an_iso_interval(tmp_path: Path) -> None:
    may = Passage(
        "m", 0, "Talks run through May.", mentions=(DateSpan(D(2025, 5, 1), D(2025, 5, 31), "May"),)
    )
    index_passages([(article("m", dt.date(2025, 4, 1), ""), [may])], index=tmp_path / "ix")
    out = tmp_path / "m.csv"
    export(tmp_path / "ix", out, format="csv")
    row = next(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert row["mentions"] == "2025-05-01/2025-05-31"


# ---------------------------------------------------------------------------------- opensearch

MAPPING_TYPES = {"keyword", "text", "integer", "date", "date_range", "object"}


def check_value(name: str, value: Any, spec: dict[str, Any]) -> None:
    """``value`` is what a field of type ``spec`` accepts (a list of them, or null)."""
    values = value if isinstance(value, list) else [value]
    for v in values:
        if v is None:
            continue
        kind = spec["type"]
        if kind in ("keyword", "text"):
            assert isinstance(v, str), name
        elif kind == "integer":
            assert isinstance(v, int) and not isinstance(v, bool), name
        elif kind == "date":
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v), name
        elif kind == "date_range":
            assert set(v) == {"gte", "lte"}, name
            assert v["gte"] <= v["lte"], name
            for day in v.values():
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day), name
        elif kind == "object":  # labels: lists of keywords by name (a dynamic template)
            assert all(isinstance(x, str) for xs in v.values() for x in xs), name
        else:
            raise AssertionError(f"{name}: unexpected type {kind}")


def test_opensearch_bulk_file_line_by_line(index_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "news.ndjson"
    report = export(index_dir, out, format="opensearch", index_name="news-archive")
    mapping_file = tmp_path / "news.mapping.json"
    assert report.paths == (out, mapping_file) and report.passages == 6

    raw = out.read_bytes()
    assert raw.endswith(b"\n"), "the bulk API needs a final newline"
    lines = raw.decode("utf-8").split("\n")[:-1]
    assert len(lines) == 2 * 6
    properties = json.loads(mapping_file.read_text())["mappings"]["properties"]
    assert json.loads(mapping_file.read_text()) == opensearch_mapping()
    seen: list[str] = []
    for n in range(0, len(lines), 2):
        action, doc = json.loads(lines[n]), json.loads(lines[n + 1])
        assert list(action) == ["index"], f"line {n + 1}: one action"
        meta = action["index"]
        assert set(meta) == {"_index", "_id"}
        assert meta["_index"] == "news-archive"
        assert meta["_id"] == doc["id"]
        assert isinstance(doc, dict) and "index" not in doc
        assert set(doc) == set(properties), f"line {n + 2}: fields match the strict mapping"
        for name, value in doc.items():
            check_value(name, value, properties[name])
        seen.append(meta["_id"])
    assert seen == ALL_IDS

    said = json.loads(lines[3])
    assert said["mentions"] == [{"gte": "2025-05-05", "lte": "2025-05-05"}]
    assert said["mention_texts"] == ["Monday"]
    assert said["speakers"] == ["Donald Trump"]


def test_mapping_declares_the_field_kinds() -> None:
    props = opensearch_mapping()["mappings"]
    assert isinstance(props, dict) and props["dynamic"] == "strict"
    fields = props["properties"]
    for name in ("persons", "orgs", "places", "speakers", "source", "article_id", "id"):
        assert fields[name]["type"] == "keyword"
    assert fields["date"] == {"type": "date", "format": "strict_date"}
    assert fields["mentions"]["type"] == "date_range"
    assert fields["text"]["type"] == "text"
    assert {f["type"] for f in fields.values()} <= MAPPING_TYPES


@pytest.mark.parametrize("name", ["", "News", "a b", "-x", "_x", "+x", ".", "..", "a/b", "a#b"])
def test_bad_index_names_are_refused_before_writing(
    index_dir: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "bulk.ndjson"
    with pytest.raises(InvalidArgumentError, match="index_name"):
        export(index_dir, out, format="opensearch", index_name=name)
    assert not out.exists()


# ------------------------------------------------------------------------ streams and failures


def test_export_to_a_stream_from_an_open_index(index_dir: Path, tmp_path: Path) -> None:
    buffer = io.StringIO()
    with open_index(index_dir) as ix:
        report = export(ix, buffer, format="jsonl")
        assert ix.search("oil").total == 2  # the handle stays open
    assert report.paths == () and report.passages == 6
    assert [json.loads(line)["id"] for line in buffer.getvalue().splitlines()] == ALL_IDS

    with pytest.raises(InvalidArgumentError, match="mapping"):
        export(index_dir, io.StringIO(), format="opensearch")
    bulk = io.StringIO()
    mapping = tmp_path / "m.json"
    report = export(index_dir, bulk, format="opensearch", mapping=mapping)
    assert report.paths == (mapping,)
    assert len(bulk.getvalue().splitlines()) == 12


def test_the_file_name_picks_the_format_in_python_too(index_dir: Path, tmp_path: Path) -> None:
    """'newsindex export p.csv' wrote CSV, but export(ix, "p.csv") in Python JSON Lines: the
    rule lived in the command line only."""
    assert export(index_dir, tmp_path / "p.CSV").format == "csv"
    assert next(csv.reader((tmp_path / "p.CSV").open(encoding="utf-8")))[0] == "id"
    assert export(index_dir, tmp_path / "p.txt").format == "jsonl"
    assert export(index_dir, io.StringIO()).format == "jsonl"
    with pytest.raises(InvalidArgumentError, match=r"name the file \.jsonl, or give the format"):
        export(index_dir, tmp_path / "p.json")
    assert not (tmp_path / "p.json").exists()
    assert export(index_dir, tmp_path / "p.json", format="jsonl").passages == 6


def test_bad_format_missing_folder_and_missing_index(index_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="format='xml'"):
        export(index_dir, tmp_path / "x", format="xml")
    with pytest.raises(InvalidArgumentError, match="does not exist"):
        export(index_dir, tmp_path / "nope" / "x.jsonl")
    with pytest.raises(IndexNotFoundError):
        export(tmp_path / "no-index", tmp_path / "x.jsonl")
    assert mapping_path(Path("out/news.ndjson")) == Path("out/news.mapping.json")


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    index_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "passages.jsonl"
    out.write_text("previous export\n")
    from newsindex.search.handle import NewsIndex

    real = NewsIndex.iter_articles

    def failing(self: NewsIndex) -> Any:
        for n, view in enumerate(real(self)):
            if n == 1:
                raise OSError("disk full")
            yield view

    monkeypatch.setattr(NewsIndex, "iter_articles", failing)
    with pytest.raises(OSError, match="disk full"):
        export(index_dir, out, format="jsonl")
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["passages.jsonl"]


# --------------------------------------------------------------------------------- round trip

NAMES = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij ", min_size=1, max_size=12).map(
    lambda s: " ".join(s.split()) or "X"
)
TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00")
    | st.sampled_from(['"', ",", ";", "\n", "\r", "<", "&"]),
    min_size=1,
    max_size=80,
).filter(lambda t: t.strip())


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(TEXTS, min_size=1, max_size=3),
    persons=st.lists(NAMES, max_size=3, unique_by=str.lower),
)
@example(texts=["a bare\r carriage return"], persons=[])  # unquoted, it split the CSV row
def test_jsonl_and_csv_round_trip_any_text(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str], persons: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    passages = [Passage("r", i, t, persons=tuple(persons)) for i, t in enumerate(texts)]
    index_passages([(article("r", dt.date(2025, 1, 2), ""), passages)], index=folder / "ix")
    export(folder / "ix", folder / "out.jsonl", format="jsonl")
    export(folder / "ix", folder / "out.csv", format="csv")
    rows = read_jsonl(folder / "out.jsonl")
    with (folder / "out.csv").open(newline="", encoding="utf-8") as f:
        csv_rows = list(csv.DictReader(f))
    assert [r["text"] for r in rows] == [r["text"] for r in csv_rows] == texts
    assert all(r["persons"] == persons for r in rows)
    assert all(r["persons"] == "; ".join(persons) for r in csv_rows)


def test_exported_files_get_the_usual_permissions(index_dir: Path, tmp_path: Path) -> None:
    """Not ``mkstemp``'s 0600: 0666 less the umask for a new file, a replaced file's own mode."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        export(index_dir, tmp_path / "new.jsonl")
        (tmp_path / "kept.csv").write_text("")
        (tmp_path / "kept.csv").chmod(0o664)
        export(index_dir, tmp_path / "kept.csv", format="csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "kept.csv").stat().st_mode) == 0o664
