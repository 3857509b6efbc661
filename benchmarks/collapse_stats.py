"""How many passages of an index are wire copies of each other, at several similarity thresholds.

Groups every passage with the candidates its MinHash band keys share (newsindex.index.copykeys),
keeps a pair when the exact Jaccard similarity of their 4-word shingles reaches the threshold, and
joins pairs into groups. As a baseline in the same run it counts exact copies (identical text after
lowercasing and folding white space). Prints groups drawn at random (fixed seed) for checking by
eye.

    python benchmarks/collapse_stats.py INDEX_DIR [--sample 30] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import defaultdict
from pathlib import Path

from whoosh import index as whoosh_index

from newsindex.index.copykeys import DUPLICATE_THRESHOLD, band_keys, jaccard, shingles
from newsindex.index.records import Records

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def load(index_dir: Path) -> list[tuple[str, str, str]]:
    """(passage id, article date, text) of every live passage."""
    ix = whoosh_index.open_dir(str(index_dir))
    with ix.searcher() as searcher:
        return [
            (f["passage_id"], f.get("date") or "", f.get("text") or "")
            for f in Records(searcher.reader())
        ]


def groups_at(pairs: list[tuple[int, int, float]], n: int, threshold: float) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, sim in pairs:
        if sim >= threshold:
            parent[find(a)] = find(b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[find(i)].append(i)
    return [g for g in members.values() if len(g) > 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    passages = load(args.index_dir)
    started = time.perf_counter()
    grams = [shingles(text) for _, _, text in passages]
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, text) in enumerate(passages):
        for key in band_keys(text):
            buckets[key].append(i)
    pairs: dict[tuple[int, int], float] = {}
    for members in buckets.values():
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if (a, b) not in pairs:
                    pairs[(a, b)] = jaccard(grams[a], grams[b])
    seconds = time.perf_counter() - started
    pair_list = [(a, b, s) for (a, b), s in pairs.items()]

    exact: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, text) in enumerate(passages):
        exact[" ".join(re.findall(r"\w+", text.lower()))].append(i)
    exact_groups = [g for g in exact.values() if len(g) > 1]

    sweep = []
    for t in THRESHOLDS:
        gs = groups_at(pair_list, len(passages), t)
        sweep.append(
            {
                "threshold": t,
                "groups": len(gs),
                "passages_in_groups": sum(len(g) for g in gs),
                "hidden_by_collapse": sum(len(g) - 1 for g in gs),
            }
        )
    chosen = groups_at(pair_list, len(passages), DUPLICATE_THRESHOLD)
    rng = random.Random(1987)
    sample = rng.sample(chosen, min(args.sample, len(chosen)))
    result = {
        "passages": len(passages),
        "candidate_pairs": len(pair_list),
        "seconds": round(seconds, 2),
        "threshold": DUPLICATE_THRESHOLD,
        "sweep": sweep,
        "baseline_exact_copies": {
            "groups": len(exact_groups),
            "passages_in_groups": sum(len(g) for g in exact_groups),
        },
        "sample": [
            [
                {"id": passages[i][0], "date": passages[i][1], "text": passages[i][2][:160]}
                for i in sorted(g)[:4]
            ]
            + ([{"more": len(g) - 4}] if len(g) > 4 else [])
            for g in sample
        ],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{result['passages']:,} passages, {len(pair_list):,} candidate pairs "
        f"checked in {seconds:.1f}s"
    )
    print("threshold  groups  passages in groups  hidden by collapse")
    for row in sweep:
        mark = "  <- default" if row["threshold"] == DUPLICATE_THRESHOLD else ""
        print(
            f"{row['threshold']:>9}  {row['groups']:>6,}  {row['passages_in_groups']:>18,}"
            f"  {row['hidden_by_collapse']:>18,}{mark}"
        )
    base = result["baseline_exact_copies"]
    at = next(r for r in sweep if r["threshold"] == DUPLICATE_THRESHOLD)
    ratio = at["passages_in_groups"] / max(1, base["passages_in_groups"])
    print(
        f"baseline, exact copies only: {base['groups']:,} groups, "
        f"{base['passages_in_groups']:,} passages; near-duplicates find {ratio:.2f}x as many"
    )
    print(f"\n{len(sample)} groups at {DUPLICATE_THRESHOLD} drawn at random:")
    for n, group in enumerate(result["sample"], 1):
        print(f"\n[{n}]")
        for item in group:
            if "more" in item:
                print(f"    … and {item['more']} more")
            else:
                print(f"    {item['id']} {item['date']}: {item['text']}")


if __name__ == "__main__":
    main()
