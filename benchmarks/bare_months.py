"""Bare months and month-days in Reuters: how many resolve 7 to 11 months from the article date.

    .venv/bin/python benchmarks/bare_months.py [--sample N] [--limit ARTICLES] [--json]

A month or month-day written without a year ("in August", "on March 5", "last October") takes
the year :func:`~newsindex.nlp.dates.find_dates` chooses from the article date and the tense.
News mostly speaks of the weeks around its date, so a month placed 7 to 11 months away is often
the wrong year ("Volcker's term expires in August", dated June 1987, read as August 1986). The
count is a symptom, not gold: some of those are right ("the crop planted last August"), so read
the sample (``--sample N``, spread over the corpus) before judging a change by it.

Every paragraph of Reuters-21578 is read as the indexer reads it (``read_paths``, then
``segment``); each passage is scored with the article's date, alone (no context from the
passage before).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Sequence

import common

# ---- newsindex internals: every import of the package is in this block (module paths move) ----
from newsindex.nlp.dates import locate_dates
from newsindex.nlp.lexicon import MONTH_ABBREVIATIONS, MONTHS
from newsindex.nlp.segment import segment
from newsindex.problems import ProblemLog
from newsindex.readers import read_paths

# ---- end of the newsindex imports ----

_MONTH_WORD = re.compile(
    r"\b(?:" + "|".join(sorted({*MONTHS, *MONTH_ABBREVIATIONS}, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_YEAR_GIVEN = re.compile(r"\d{4}|\b(?:this|last|next)\s+year\b|\bnineteen\b|\btwenty\b", re.I)
_DAY_GIVEN = re.compile(r"\d|\b(?:first|second|third|[a-z]+th|one|two|three|four|five)\b", re.I)


def bare_kind(expression: str) -> str | None:
    """Whether an expression names a month ("month") or a month-day ("month-day") without a
    year; None if it names none or gives the year."""
    if not _MONTH_WORD.search(expression) or _YEAR_GIVEN.search(expression):
        return None
    return "month-day" if _DAY_GIVEN.search(expression) else "month"


def months_away(start_year: int, start_month: int, base_year: int, base_month: int) -> int:
    return abs((start_year - base_year) * 12 + start_month - base_month)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, metavar="N", help="show N far ones")
    ap.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    corpus = common.require_corpus()
    common.setup_nltk_data()

    counts: Counter[str] = Counter()
    far: Counter[str] = Counter()
    by_distance: Counter[int] = Counter()
    examples: list[str] = []
    started = time.process_time()
    for n, article in enumerate(read_paths([corpus], log=ProblemLog())):
        if args.limit and n >= args.limit:
            break
        base = article.date
        if base is None:
            continue
        for passage in segment(article):
            for start, end, span in locate_dates(passage.text, base):
                kind = bare_kind(span.text)
                if kind is None:
                    continue
                counts[kind] += 1
                away = months_away(span.start.year, span.start.month, base.year, base.month)
                by_distance[away] += 1
                if 7 <= away <= 11:
                    far[kind] += 1
                    context = passage.text[max(0, start - 90) : end + 50].replace("\n", " ")
                    examples.append(f"{base} {span.text!r} -> {span.start:%Y-%m}: ...{context}...")
    seconds = time.process_time() - started
    total, total_far = sum(counts.values()), sum(far.values())
    report = {
        "bare": dict(counts),
        "far_7_to_11_months": dict(far),
        "far_total": total_far,
        "bare_total": total,
        "months_away": {str(k): by_distance[k] for k in sorted(by_distance)},
        "cpu_seconds": round(seconds, 1),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{total_far} of {total} bare months and month-days resolve 7-11 months away")
        for kind in sorted(counts):
            print(f"  {kind:10} {far[kind]:5} of {counts[kind]}")
        print("months away:", ", ".join(f"{k}: {v}" for k, v in report["months_away"].items()))
        print(f"({seconds:.1f} CPU s)")
    if args.sample and examples:
        step = max(1, len(examples) // args.sample)
        print(f"\n{min(args.sample, len(examples))} of {len(examples)}, spread over the corpus:")
        for line in examples[::step][: args.sample]:
            print(f"- {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
