"""Speaker attribution against hand-annotated Reuters passages.

Runs the real pipeline on each gold item (tagger mentions -> article_persons -> find_speakers)
and prints micro precision and recall over (passage, speaker) pairs, next to a baseline measured
in the same run (the nearest person before "said"/"says"/"told"), plus the speed of the
attribution step alone in paragraphs per CPU second (median of several runs).

    python benchmarks/speaker_eval.py [tests/data/speakers_gold.jsonl] [--json] [--gold-persons]
        [--repeats N] [--corpus-stories N]

``--gold-persons`` uses the person offsets annotated in the gold file instead of the tagger, to
separate attribution errors from tagging errors. The bar (precision >= 0.9, recall >= 0.8) is
for the tagger run.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsindex.aliases import article_persons, name_key  # noqa: E402
from newsindex.speakers import Person, find_speakers  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "data" / "speakers_gold.jsonl"
Attributor = Callable[[Sequence[str], Sequence[Sequence[Person]]], list[tuple[str, ...]]]

_SAID = re.compile(r"\b(?:said|says|told)\b")


def baseline(
    paragraphs: Sequence[str], persons: Sequence[Sequence[Person]]
) -> list[tuple[str, ...]]:
    """The nearest person mention before each "said"/"says"/"told" in the paragraph."""
    out: list[tuple[str, ...]] = []
    for text, people in zip(paragraphs, persons, strict=True):
        names: list[str] = []
        for cue in _SAID.finditer(text):
            before = [p for p in people if p[2] <= cue.start()]
            if before and before[-1][0] not in names:
                names.append(before[-1][0])
        out.append(tuple(names))
    return out


def load_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def tagger_persons(items: Sequence[dict[str, Any]]) -> list[list[list[Person]]]:
    from newsindex.entities import EntityTagger

    tagger = EntityTagger.load()
    out = []
    for item in items:
        paragraphs = item["paragraphs"]
        out.append(article_persons(paragraphs, [tagger.mentions(p) for p in paragraphs]))
    return out


def gold_persons(items: Sequence[dict[str, Any]]) -> list[list[list[Person]]]:
    return [[[tuple(p) for p in para] for para in item["persons"]] for item in items]


def score(
    items: Sequence[dict[str, Any]], persons: Sequence[Sequence[Sequence[Person]]], run: Attributor
) -> dict[str, Any]:
    """Micro precision / recall over (passage, speaker) pairs, and the mistakes."""
    gold_n = pred_n = correct = 0
    mistakes = []
    for item, people in zip(items, persons, strict=True):
        target = item["target"]
        predicted = run(item["paragraphs"], people)[target]
        gold = {name_key(n): n for n in item["speakers"]}
        pred = {name_key(n): n for n in predicted}
        gold_n += len(gold)
        pred_n += len(pred)
        hits = gold.keys() & pred.keys()
        correct += len(hits)
        if hits != gold.keys() or hits != pred.keys():
            mistakes.append(
                {
                    "newid": item["newid"],
                    "target": target,
                    "gold": sorted(gold.values()),
                    "predicted": sorted(pred.values()),
                    "persons": sorted({p[0] for p in people[target]}),
                }
            )
    precision = correct / pred_n if pred_n else 1.0
    recall = correct / gold_n if gold_n else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": gold_n,
        "predicted": pred_n,
        "correct": correct,
        "mistakes": mistakes,
    }


def speed(
    items: Sequence[dict[str, Any]],
    persons: Sequence[Sequence[Sequence[Person]]],
    run: Attributor,
    *,
    repeats: int,
) -> float:
    """Median paragraphs per CPU second of the attribution step alone over ``repeats`` runs.

    CPU time (``process_time``), not wall time: the machine is shared, and other processes
    would otherwise decide the figure.
    """
    paragraphs = sum(len(item["paragraphs"]) for item in items)
    rates = []
    for _ in range(repeats):
        rounds = 0
        started = time.process_time()
        while True:
            for item, people in zip(items, persons, strict=True):
                run(item["paragraphs"], people)
            rounds += 1
            elapsed = time.process_time() - started
            if elapsed >= 0.2:
                break
        rates.append(rounds * paragraphs / elapsed)
    return statistics.median(rates)


def corpus_speed(stories: int, *, repeats: int) -> dict[str, Any]:
    """Attribution speed on the first ``stories`` Reuters stories (tagged once, not timed)."""
    from newsindex.entities import EntityTagger
    from newsindex.problems import ProblemLog
    from newsindex.readers.reuters import read_reuters

    path = ROOT.parent / "shared" / "corpora" / "reuters21578" / "reut2-000.sgm"
    tagger = EntityTagger.load()
    items: list[dict[str, Any]] = []
    persons = []
    for article in read_reuters(path, log=ProblemLog()):
        if len(items) == stories:
            break
        paragraphs = [p.text for p in article.paragraphs if p.text.strip()]
        items.append({"paragraphs": paragraphs})
        persons.append(article_persons(paragraphs, [tagger.mentions(p) for p in paragraphs]))
    ours = speed(items, persons, find_speakers, repeats=repeats)
    base = speed(items, persons, baseline, repeats=repeats)
    return {
        "stories": len(items),
        "paragraphs": sum(len(item["paragraphs"]) for item in items),
        "paragraphs_per_s": round(ours),
        "baseline_paragraphs_per_s": round(base),
        "speed_ratio": round(ours / base, 3),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--gold-persons", action="store_true", help="use annotated person offsets, not the tagger"
    )
    parser.add_argument("--repeats", type=int, default=5, help="timing runs (median reported)")
    parser.add_argument(
        "--corpus-stories",
        type=int,
        default=0,
        metavar="N",
        help="also time attribution on the first N stories of ../shared Reuters reut2-000.sgm",
    )
    args = parser.parse_args(argv)

    items = load_gold(args.gold)
    mode = "gold-persons" if args.gold_persons else "tagger"
    persons = gold_persons(items) if args.gold_persons else tagger_persons(items)
    ours = score(items, persons, find_speakers)
    base = score(items, persons, baseline)
    ours_rate = speed(items, persons, find_speakers, repeats=args.repeats)
    base_rate = speed(items, persons, baseline, repeats=args.repeats)
    report: dict[str, Any] = {
        "gold": str(args.gold),
        "items": len(items),
        "paragraphs": sum(len(item["paragraphs"]) for item in items),
        "persons": mode,
        "find_speakers": ours,
        "baseline": base,
        "f1_ratio": round(ours["f1"] / base["f1"], 3) if base["f1"] else None,
        "paragraphs_per_s": round(ours_rate),
        "baseline_paragraphs_per_s": round(base_rate),
        "speed_ratio": round(ours_rate / base_rate, 3),
        "corpus": corpus_speed(args.corpus_stories, repeats=args.repeats)
        if args.corpus_stories
        else None,
        "bars": {
            "precision>=0.9": ours["precision"] >= 0.9,
            "recall>=0.8": ours["recall"] >= 0.8,
            "paragraphs_per_s>=20000": ours_rate >= 20_000,
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{len(items)} gold passages, {report['paragraphs']} paragraphs, persons from {mode}")
    for label, result in (("find_speakers", ours), ("baseline (nearest before said)", base)):
        print(
            f"{label:32} precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
            f"F1 {result['f1']:.3f}  ({result['correct']} correct / {result['predicted']} "
            f"predicted / {result['gold']} gold)"
        )
    print(f"F1 ratio find_speakers / baseline: {report['f1_ratio']}")
    print(
        f"attribution speed: {ours_rate:,.0f} paragraphs per CPU s (baseline {base_rate:,.0f}; "
        f"ratio {report['speed_ratio']}), median of {args.repeats}"
    )
    if report["corpus"]:
        c = report["corpus"]
        print(
            f"attribution speed on {c['stories']} Reuters stories ({c['paragraphs']} paragraphs): "
            f"{c['paragraphs_per_s']:,} paragraphs per CPU s "
            f"(baseline {c['baseline_paragraphs_per_s']:,}; "
            f"ratio {c['speed_ratio']})"
        )
    print("bars:", ", ".join(f"{k} {'PASS' if v else 'FAIL'}" for k, v in report["bars"].items()))
    if ours["mistakes"]:
        print("\nfind_speakers mistakes:")
        for m in ours["mistakes"]:
            print(
                f"  {m['newid']}[{m['target']}] gold {m['gold']} predicted {m['predicted']} "
                f"(persons {m['persons']})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
