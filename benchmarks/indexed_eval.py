"""Speakers and mentioned dates as a user gets them: through the index, against the pipeline.

    .venv/bin/python benchmarks/indexed_eval.py [--polnear DIR] [--split dev] [--timeml DIR]
        [--json]

``speaker_eval.py --polnear`` and ``date_eval.py --timeml`` score the language code on the gold
paragraphs. A user (and a held-out scorer) gets what the indexer stored instead: files read by
a reader, segmented into passages, enriched, written, and read back with ``open_index``. This
script does that and scores the passages with the same scorers, beside the direct figures of the
same run (the baseline), so a reader, the segmenter or a pipeline step that loses what the
language code finds shows as a gap:

* **Speakers:** ``newsindex.index_paths`` on the PolNeAR split's text files (one article per
  file, as a user indexes them), each article read back with ``open_index(...).article``.
* **Dates:** each TimeML document as an ``Article`` with its date and paragraphs
  (``newsindex.index_articles``), since the ``.tml`` markup is no format newsindex reads.

A gold paragraph gets what the passages holding its text hold (a long paragraph may be split
into several passages, short lines joined into one); a date mention is placed at its text's
next occurrence in the paragraph for the overlap rule of ``date_eval.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import common
import date_eval
import polnear
import speaker_eval
import timeml

import newsindex
from newsindex.problems import ProblemLog

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def holding(paragraphs: Sequence[str], passages: Sequence[newsindex.Passage]) -> list[list[int]]:
    """For each paragraph, the passages (indexes) whose text holds part of it, found in order
    in the passages' joined text; none for a paragraph the index does not hold as text (a
    heading)."""
    joined, spans = "", []
    for passage in passages:
        text = _norm(passage.text)
        spans.append((len(joined), len(joined) + len(text)))
        joined += text + " "
    found: list[list[int]] = []
    at = 0
    for paragraph in paragraphs:
        text = _norm(paragraph)
        where = joined.find(text, at)
        if not text or where < 0:
            found.append([])
            continue
        at = where + len(text)
        found.append([i for i, (a, b) in enumerate(spans) if a < at and where < b])
    return found


def speakers(folder: Path, work: Path) -> dict[str, Any]:
    articles = polnear.read_split(folder)
    newsindex.index_paths([folder / "text"], index=work / "polnear", workers=1)
    predicted, orgs, persons = [], [], []
    with newsindex.open_index(work / "polnear") as ix:
        for article in articles:
            passages = ix.article(article.name).passages
            rows = holding([p.text for p in article.paragraphs], passages)
            predicted.append([[n for i in row for n in passages[i].speakers] for row in rows])
            orgs.append([[n for i in row for n in passages[i].org_speakers] for row in rows])
            persons.append([[(n, 0, 0) for i in row for n in passages[i].persons] for row in rows])
    direct = speaker_eval.polnear_run(folder)
    return {
        "persons": _compare(
            direct["find_speakers"], speaker_eval.polnear_score(articles, persons, predicted)
        ),
        "organisations": _compare(direct["organisations"], speaker_eval.org_score(articles, orgs)),
    }


def dates(folder: Path, work: Path) -> dict[str, Any]:
    docs = timeml.read_folder(folder)
    items = [
        newsindex.Article(
            id=f"d{n}",
            title="",
            date=doc.date,
            paragraphs=tuple(newsindex.Paragraph(p.text) for p in doc.paragraphs),
        )
        for n, doc in enumerate(docs)
    ]
    newsindex.index_articles(items, index=work / "timeml", log=ProblemLog(), workers=1)
    correct = predicted = gold = 0
    with newsindex.open_index(work / "timeml") as ix:
        for item, doc in zip(items, docs, strict=True):
            passages = ix.article(item.id).passages
            rows = holding([p.text for p in doc.paragraphs], passages)
            for para, row in zip(doc.paragraphs, rows, strict=True):
                unused, at = list(para.gold), 0
                gold += len(unused)
                for span in (m for i in row for m in passages[i].mentions):
                    start = para.text.find(span.text, at)
                    start = start if start >= 0 else para.text.find(span.text)
                    end = start + len(span.text)
                    at = max(at, end)
                    if date_eval.take_gold(unused, start, end, span, para):
                        correct += 1
                        predicted += 1
                    elif not date_eval.unjudged(start, end, span, para):
                        predicted += 1
    direct = date_eval.timeml_eval(folder)["newsindex"]
    return _compare(direct, common.prf(correct, predicted, gold))


def _compare(direct: dict[str, Any], indexed: dict[str, Any]) -> dict[str, Any]:
    keys = ("precision", "recall", "f1", "correct", "predicted", "gold")
    return {
        "direct": {k: direct[k] for k in keys},
        "indexed": {k: indexed[k] for k in keys},
        "f1_ratio": common.ratio(indexed["f1"], direct["f1"]),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=SHARED / "polnear")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--timeml", type=Path, default=SHARED / "tempeval3-train")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="indexed-eval-") as tmp:
        said = speakers(args.polnear / args.split, Path(tmp))
        results = {
            f"person speakers, PolNeAR {args.split}": said["persons"],
            f"organisation speakers, PolNeAR {args.split}": said["organisations"],
            "dates, TimeBank + AQUAINT": dates(args.timeml, Path(tmp)),
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, r in results.items():
        d, i = r["direct"], r["indexed"]
        print(f"{name}")
        for label, f in (("pipeline on gold paragraphs", d), ("through the index", i)):
            print(
                f"  {label:28} P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f} "
                f"({f['correct']}/{f['predicted']}/{f['gold']})"
            )
        print(f"  F1 ratio (index / pipeline): {r['f1_ratio']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
