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

``--timeml DIR`` scores the TimeML gold instead (TimeBank + AQUAINT, see ``timeml.py``): gold
is each TIMEX3 of type DATE with a full calendar value; a prediction must overlap a gold date in
the text and resolve to its range exactly (a month is no match for a day of it). A prediction on
a TIMEX3 the gold leaves out but whose value agrees with it (a TIME "Thursday evening" valued
that day, a "last week" valued 1989-WXX), or on a DATE valued as a duration against the TimeML
guidelines ("last week" = P1W), is neither right nor wrong: the precision leaves it out, the
``strict`` row counts it false.
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
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import common
import timeml  # benchmarks/timeml.py: the TimeML gold; imports no newsindex
from dateutil import parser as dateutil_parser

# ---- newsindex internals: every import of the package is in this block (module paths move) ----
from newsindex.articles import DateSpan
from newsindex.nlp.dates import find_dates, locate_dates

# ---- end of the newsindex imports ----

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "dates_gold.jsonl"
REUTERS = ROOT / ".." / "shared" / "corpora" / "reuters21578"

Extractor = Callable[[str, dt.date], list[DateSpan]]

# The fuzzy baseline meets "EST", "LIN" ... as time zones; the warnings would bury the report.
warnings.filterwarnings("ignore", category=dateutil_parser.UnknownTimezoneWarning)
Passage = tuple[str, dt.date, list[tuple[dt.date, dt.date]]]


def load_gold(path: Path) -> list[Passage]:
    return common.read_jsonl(path, _passage)


def _passage(rec: dict[str, Any]) -> Passage:
    spans = [
        (dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"])) for d in rec["dates"]
    ]
    return rec["text"], dt.date.fromisoformat(rec["date"]), spans


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
    return common.prf(tp, predicted, gold_total)


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


# ------------------------------------------------------------------ TimeML (--timeml DIR)


def _over(start: int, end: int, para: timeml.Paragraph) -> list[timeml.Timex]:
    """The TIMEX3s overlapping ``start:end`` (offsets in the paragraph)."""
    return [t for t in para.timexes if t.start - para.start < end and start < t.end - para.start]


def _false_kind(start: int, end: int, para: timeml.Paragraph) -> str:
    """What the gold has where a false positive was found (offsets in the paragraph)."""
    over = _over(start, end, para)
    if not over:
        return "no TIMEX3 there"
    t = next((t for t in over if t.gold), over[0])
    if t.gold:
        return f"a gold {t.kind} with another value"
    if t.type == "DATE" and t.value.endswith("_REF"):
        return "a DATE valued PRESENT_REF / PAST_REF / FUTURE_REF"
    if t.type == "DATE" and "X" in t.value:
        return "a DATE with unknown parts (1955-XX, 1998-WXX)"
    if t.type == "DATE":
        return f"a DATE valued {t.value}"
    return f"a {t.type}, not a DATE"


def unjudged(start: int, end: int, span: DateSpan, para: timeml.Paragraph) -> bool:
    """Whether a prediction that matched no gold date falls on a TIMEX3 that the gold leaves
    out and whose value agrees with it: neither right nor wrong, so not counted. The gold keeps
    only DATEs with a full calendar value; annotators typed the same words TIME ("Thursday
    evening", 1998-02-12TEV), DURATION ("fourth-quarter", 1989-Q4) or left the value partly
    unknown ("last week", 1989-WXX) in some documents and not in others. A DATE valued as a
    duration ("said last week" = P1W) breaks the TimeML guidelines, whose DATE values are
    calendar points: it says nothing of the range either way."""
    for t in para.timexes:
        if t.gold or not (t.start - para.start < end and start < t.end - para.start):
            continue
        if t.type == "DATE" and re.match(r"PT?[\dX]", t.value):  # P1W, not PAST_REF
            return True
        exact = timeml.value_range(t.value)
        if exact and (exact[1], exact[2]) == (span.start, span.end):
            return True
        known = None if exact else timeml.known_range(t.value)
        if known and known[0] <= span.start and span.end <= known[1]:
            return True
    return False


def take_gold(
    unused: list[timeml.Timex], start: int, end: int, span: DateSpan, para: timeml.Paragraph
) -> bool:
    """Match a prediction at ``start:end`` of the paragraph with a gold date of ``unused`` it
    overlaps and resolves to exactly, and use that gold date up."""
    for t in unused:
        overlaps = t.start - para.start < end and start < t.end - para.start
        if overlaps and (t.first, t.last) == (span.start, span.end):
            unused.remove(t)
            return True
    return False


def timeml_eval(folder: Path) -> dict[str, Any]:
    """newsindex's find_dates on every paragraph of every document, against the TIMEX3 gold.

    A prediction is correct when its range equals that of a gold date it overlaps in the text
    (each gold date used once; a month is no match for a day of it). One on a TIMEX3 the gold
    leaves out but whose value agrees (:func:`unjudged`) counts neither way; the ``strict``
    figures count it as false. The two baselines run on the same paragraphs (same range in the
    same paragraph, as in the default mode: they give no offsets).
    """
    started = time.perf_counter()
    docs = timeml.read_folder(folder)
    read_s = time.perf_counter() - started
    paragraphs = [(doc, para) for doc in docs for para in doc.paragraphs]
    cpu = time.process_time()
    predicted: list[list[DateSpan]] = []
    previous: list[DateSpan | None] = []
    for i, (doc, para) in enumerate(paragraphs):
        # as the indexer's DatesStep: the passage before's last date, for its anaphora
        same_doc = i > 0 and paragraphs[i - 1][0] is doc and predicted[-1]
        previous.append(predicted[-1][-1] if same_doc else None)
        predicted.append(find_dates(para.text, doc.date, previous=previous[-1]))
    extract_cpu = time.process_time() - cpu
    per_corpus: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {k: [0, 0] for k in timeml.KINDS}
    false_kinds: Counter[str] = Counter()
    unjudged_values: Counter[str] = Counter()
    miss_kinds: Counter[str] = Counter()
    false: list[str] = []
    missed: list[str] = []
    for (doc, para), spans, before in zip(paragraphs, predicted, previous, strict=True):
        # correct, predicted, gold, unjudged
        counts = per_corpus.setdefault(doc.corpus, [0, 0, 0, 0])
        gold = para.gold
        located = locate_dates(para.text, doc.date, previous=before)
        assert [s for _, _, s in located] == spans  # find_dates is locate_dates without offsets
        unused = list(gold)
        for start, end, span in located:
            if take_gold(unused, start, end, span, para):
                counts[0] += 1
                continue
            if unjudged(start, end, span, para):
                counts[3] += 1
                unjudged_values[_false_kind(start, end, para)] += 1
                continue
            kind = _false_kind(start, end, para)
            false_kinds[kind] += 1
            where = f"{doc.corpus}/{doc.path.name} [{doc.date}]"
            context = para.text[max(0, start - 80) : end + 80]
            there = "".join(f"; gold {t.text!r} = {t.value}" for t in _over(start, end, para))
            false.append(
                f"{where} {kind}: {span.text!r} = {span.start}..{span.end}{there}"
                f"\n    ...{context}..."
            )
        counts[1] += len(spans)
        counts[2] += len(gold)
        for t in gold:
            hit = t not in unused
            by_kind[t.kind or ""][0] += hit
            by_kind[t.kind or ""][1] += 1
            if hit:
                continue
            a, b = t.start - para.start, t.end - para.start
            near = [s for x, y, s in located if x < b and a < y]
            why = "found with another range" if near else "not found"
            miss_kinds[f"{t.kind}, {why}"] += 1
            got = f"; newsindex {near[0].text!r} = {near[0].start}..{near[0].end}" if near else ""
            context = para.text[max(0, a - 80) : b + 80]
            missed.append(
                f"{doc.corpus}/{doc.path.name} [{doc.date}] {t.kind} {t.text!r} = {t.value} "
                f"({t.first}..{t.last}){got}\n    ...{context}..."
            )
    total = [sum(c[i] for c in per_corpus.values()) for i in range(4)]
    plain: list[Passage] = [
        (para.text, doc.date, [t.span for t in para.gold]) for doc, para in paragraphs
    ]
    baselines = {
        "naive_regex": score(naive_regex, plain),
        "dateutil_fuzzy": score(dateutil_fuzzy, plain),
    }
    return {
        "folder": str(folder),
        "documents": len(docs),
        "documents_by_corpus": dict(Counter(d.corpus for d in docs)),
        "paragraphs": len(paragraphs),
        "matching": "same paragraph, overlapping text, same resolved start and end, each gold "
        "used once; a prediction on a TIMEX3 left out of the gold whose value agrees with it "
        "(a TIME or DURATION valued that range, a DATE such as 1989-WXX around it) or that is a "
        "DATE valued as a duration (P1W) is unjudged",
        "gold": "TIMEX3 type=DATE with a calendar value (day, week, month, quarter/half/season, "
        "year, decade, century)",
        "newsindex": common.prf(total[0], total[1] - total[3], total[2]),
        "by_corpus": {
            name: common.prf(c[0], c[1] - c[3], c[2]) for name, c in sorted(per_corpus.items())
        },
        "strict": common.prf(*total[:3]),
        "unjudged": total[3],
        "unjudged_kinds": dict(unjudged_values.most_common()),
        "recall_by_kind": {
            kind: {"correct": c, "gold": n, "recall": round(c / n, 4) if n else None}
            for kind, (c, n) in by_kind.items()
        },
        "false_positive_kinds": dict(false_kinds.most_common()),
        "miss_kinds": dict(miss_kinds.most_common()),
        "baselines": baselines,
        "seconds": {
            "read_gold_wall": round(read_s, 2),
            "find_dates_cpu": round(extract_cpu, 3),
            "total_wall": round(time.perf_counter() - started, 2),
        },
        "false_positives": false,
        "misses": missed,
    }


def timeml_report(result: dict[str, Any], errors: int) -> None:
    r = result
    ours = r["newsindex"]
    print(
        f"TimeML {r['folder']}: {r['documents']} documents {r['documents_by_corpus']}, "
        f"{r['paragraphs']} paragraphs"
    )
    print(f"gold: {r['gold']}; matching: {r['matching']}")
    rows = {"newsindex (all)": ours, **{f"newsindex {k}": v for k, v in r["by_corpus"].items()}}
    rows["newsindex strict"] = r["strict"]
    rows |= {f"baseline {k}": v for k, v in r["baselines"].items()}
    for name, s in rows.items():
        print(
            f"  {name:26} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"({s['correct']} correct of {s['predicted']} predicted, {s['gold']} gold)"
        )
    print("newsindex recall by gold value kind:")
    for kind, v in r["recall_by_kind"].items():
        if v["gold"]:
            print(f"  {kind:22} {v['recall']:.3f} ({v['correct']}/{v['gold']})")
    print("newsindex false positives by what the gold has there:")
    for kind, n in r["false_positive_kinds"].items():
        print(f"  {n:5}  {kind}")
    print(f"newsindex unjudged ({r['unjudged']}; strict counts them false), what the gold has:")
    for kind, n in r["unjudged_kinds"].items():
        print(f"  {n:5}  {kind}")
    print("newsindex misses by kind:")
    for kind, n in r["miss_kinds"].items():
        print(f"  {n:5}  {kind}")
    sec = r["seconds"]
    print(
        f"time: {sec['total_wall']:.1f} s wall (reading the TimeML {sec['read_gold_wall']:.1f} s, "
        f"find_dates {sec['find_dates_cpu']:.2f} s CPU on {r['paragraphs']} paragraphs)"
    )
    print(
        "bars: "
        + ", ".join(
            f"{name} {'PASS' if ok else 'FAIL'}"
            for name, ok in (
                ("value recall>=0.92", ours["recall"] >= 0.92),
                ("precision>=0.95", ours["precision"] >= 0.95),
            )
        )
    )
    if errors:
        for title in ("false_positives", "misses"):
            items = r[title]
            count = len(items) if errors < 0 else min(errors, len(items))
            step = 1 if errors < 0 else max(1, len(items) // max(errors, 1))
            print(f"\n{count} of {len(items)} {title.replace('_', ' ')} (spread over the set):")
            for line in items[::step][:count]:
                print(f"- {line}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=GOLD)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument(
        "--errors",
        nargs="?",
        type=int,
        const=-1,
        default=0,
        metavar="N",
        help="list false and missed dates (N of each, spread over the set; all without N)",
    )
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per measure (median)")
    ap.add_argument("--files", type=int, default=2, help="Reuters files for the speed sample")
    ap.add_argument(
        "--timeml",
        type=Path,
        metavar="DIR",
        help="score on every .tml file under DIR instead (e.g. ../shared/corpora/tempeval3-train)",
    )
    args = ap.parse_args(argv)
    if args.timeml:
        if not any(args.timeml.rglob("*.tml")):
            ap.error(f"{args.timeml}: no .tml files")
        result = timeml_eval(args.timeml)
        if args.json:
            slim = {k: v for k, v in result.items() if k not in ("false_positives", "misses")}
            print(json.dumps(slim, indent=2))
        else:
            timeml_report(result, args.errors)
        return 0

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
        lines = errors(gold)
        print("\n".join(lines if args.errors < 0 else lines[: args.errors]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
