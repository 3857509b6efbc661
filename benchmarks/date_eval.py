"""Date extraction against hand-annotated Reuters passages: accuracy, then speed.

    .venv/bin/python benchmarks/date_eval.py [tests/data/dates_gold.jsonl] [--json] [--errors]

Matching rule: within one passage, a predicted expression is correct when its resolved
(start, end) equals that of a gold expression not already matched (a multiset match); the
expression text is not compared, so "in February" and "February" agree, while the right words
resolved to the wrong year count once as a false positive and once as a miss.

Annotation conventions of the gold file (decided by reading each passage, see
``newsindex/dates.py`` for the same rules from the extractor's side): days, months, years with a
time preposition, decades and relative expressions are annotated; bare years used as labels
("1986 net"), fiscal and crop years ("1986/87"), quarters, halves, seasons, durations ("the next
week"), contract months ("May delivery", "the June summit") and names ("USA Today", "May
Petroleum", "Internal Revenue Code of 1986") are not. Gold values follow what the passage means,
even where no rule-based extractor can know it ("in May 1989, 1990 and 1991").

Two baselines run on the same passages in the same process: a naive regular expression for
"Month Day[, Year]" and "Month Year" (year missing: the article's year), and
``dateutil.parser.parse(fuzzy=True)`` (one date per passage, as a day). Speed is measured on the
gold passages and, when ``../shared`` is present, on every paragraph of a few Reuters files
("typical" paragraphs, most of them without a date); figures are medians of ``--repeat`` runs
and count this process's CPU time (``time.process_time``), so other jobs on a shared machine do
not slow the figures down; the ratios compare with baselines timed the same way in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from dateutil import parser as dateutil_parser

from newsindex.articles import DateSpan
from newsindex.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "dates_gold.jsonl"
REUTERS = ROOT / ".." / "shared" / "corpora" / "reuters21578"

Extractor = Callable[[str, dt.date], list[DateSpan]]
Passage = tuple[str, dt.date, list[tuple[dt.date, dt.date]]]


def load_gold(path: Path) -> list[Passage]:
    passages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            spans = [
                (dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"]))
                for d in rec["dates"]
            ]
            passages.append((rec["text"], dt.date.fromisoformat(rec["date"]), spans))
    return passages


def reuters_paragraphs(limit_files: int) -> list[tuple[str, dt.date]]:
    """Every body paragraph of the first ``limit_files`` Reuters files, with its story date."""
    out: list[tuple[str, dt.date]] = []
    for path in sorted(REUTERS.glob("reut2-*.sgm"))[:limit_files]:
        raw = path.read_text(encoding="latin-1")
        for story in re.findall(r"<REUTERS.*?</REUTERS>", raw, re.S):
            date = re.search(r"<DATE>\s*(\d+-[A-Z]{3}-\d{4})", story)
            body = re.search(r"<BODY>(.*?)</BODY>", story, re.S)
            if not date or not body:
                continue
            day = dt.datetime.strptime(date.group(1).title(), "%d-%b-%Y").date()
            text = html.unescape(re.sub(r"&#\d+;", "", body.group(1)))
            for para in re.split(r"\n(?=\s)", text):
                para = " ".join(para.split())
                if para and para.lower() != "reuter":
                    out.append((para, day))
    return out


# ------------------------------------------------------------------------------- baselines

_MONTH_NAMES = r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
_MONTH_NAMES += r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
_NAIVE = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(?:(\d{{1,2}})(?:,?\s+(\d{{4}}))?|(\d{{4}}))\b")


def naive_regex(text: str, base: dt.date) -> list[DateSpan]:
    spans = []
    for m in _NAIVE.finditer(text):
        month = dt.datetime.strptime(m.group(1)[:3], "%b").month
        try:
            if m.group(4):
                year = int(m.group(4))
                first = dt.date(year, month, 1)
                last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                spans.append(DateSpan(first, last - dt.timedelta(days=1), m.group()))
            else:
                day = dt.date(int(m.group(3) or base.year), month, int(m.group(2)))
                spans.append(DateSpan(day, day, m.group()))
        except ValueError:
            continue
    return spans


def dateutil_fuzzy(text: str, base: dt.date) -> list[DateSpan]:
    default = dt.datetime(base.year, base.month, base.day)
    try:
        found = dateutil_parser.parse(text, fuzzy=True, default=default).date()
    except (ValueError, OverflowError):
        return []
    return [DateSpan(found, found, "")]


# ------------------------------------------------------------------------------- measures


def score(extract: Extractor, passages: Sequence[Passage]) -> dict[str, float]:
    tp = predicted = gold_total = 0
    for text, base, gold in passages:
        remaining = Counter(gold)
        spans = extract(text, base)
        predicted += len(spans)
        gold_total += len(gold)
        for span in spans:
            key = (span.start, span.end)
            if remaining[key] > 0:
                remaining[key] -= 1
                tp += 1
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "predicted": predicted,
        "gold": gold_total,
        "correct": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def errors(passages: Sequence[Passage]) -> list[str]:
    lines = []
    for text, base, gold in passages:
        spans = find_dates(text, base)
        remaining = Counter(gold)
        wrong = []
        for span in spans:
            key = (span.start, span.end)
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                wrong.append(f"{span.text!r}={span.start}..{span.end}")
        missed = [f"{a}..{b}" for (a, b), n in remaining.items() for _ in range(n)]
        if wrong or missed:
            lines.append(f"[{base}] {text[:160]}\n    false: {wrong}\n    missed: {missed}")
    return lines


def rate(extract: Extractor, passages: Sequence[tuple[str, dt.date]], repeat: int) -> float:
    """Median passages per CPU second over ``repeat`` timed runs."""
    runs = []
    for _ in range(repeat):
        t0 = time.process_time()
        for text, base in passages:
            extract(text, base)
        runs.append(len(passages) / max(time.process_time() - t0, 1e-9))
    return statistics.median(runs)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=GOLD)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--errors", action="store_true", help="list false and missed dates")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per measure (median)")
    ap.add_argument("--files", type=int, default=2, help="Reuters files for the speed sample")
    args = ap.parse_args(argv)

    gold = load_gold(args.gold)
    plain = [(text, base) for text, base, _ in gold]
    extractors: dict[str, Extractor] = {
        "newsindex": find_dates,
        "naive_regex": naive_regex,
        "dateutil_fuzzy": dateutil_fuzzy,
    }
    report: dict[str, object] = {
        "gold": str(args.gold),
        "passages": len(gold),
        "passages_without_dates": sum(1 for *_, g in gold if not g),
        "matching": "same passage, same resolved start and end, each gold used once",
        "accuracy": {name: score(fn, gold) for name, fn in extractors.items()},
    }
    speed: dict[str, object] = {}
    samples = {"gold_passages": plain}
    if REUTERS.is_dir() and args.files > 0:
        samples["reuters_paragraphs"] = reuters_paragraphs(args.files)
    for sample_name, sample in samples.items():
        if not sample:
            continue
        rates = {name: rate(fn, sample, args.repeat) for name, fn in extractors.items()}
        expressions = sum(len(find_dates(t, b)) for t, b in sample)
        ours = rates["newsindex"]
        speed[sample_name] = {
            "passages": len(sample),
            "expressions_found": expressions,
            "passages_per_s": round(ours),
            "expressions_per_s": round(ours * expressions / len(sample)),
            "baseline_passages_per_s": {k: round(v) for k, v in rates.items() if k != "newsindex"},
            "ratio_to_naive_regex": round(ours / rates["naive_regex"], 3),
            "ratio_to_dateutil_fuzzy": round(ours / rates["dateutil_fuzzy"], 2),
        }
    report["speed_median_of_runs"] = args.repeat
    report["speed"] = speed

    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            f"{len(gold)} passages ({report['passages_without_dates']} without dates), "
            f"matching: {report['matching']}"
        )
        for name, s in report["accuracy"].items():  # type: ignore[attr-defined]
            print(
                f"  {name:15} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
                f"({s['correct']} correct of {s['predicted']} predicted, {s['gold']} gold)"
            )
        for sample_name, s in speed.items():
            assert isinstance(s, dict)
            print(
                f"speed on {sample_name} ({s['passages']} passages, "
                f"{s['expressions_found']} expressions found), median of {args.repeat}:"
            )
            print(
                f"  newsindex {s['passages_per_s']:,} passages/s, "
                f"{s['expressions_per_s']:,} expressions/s; baselines "
                f"{s['baseline_passages_per_s']} passages/s; ratio to naive regex "
                f"{s['ratio_to_naive_regex']}, to dateutil fuzzy {s['ratio_to_dateutil_fuzzy']}"
            )
    if args.errors:
        print("\n".join(errors(gold)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
