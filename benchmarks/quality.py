"""Issue #13's quality figures in one run: each beside its bar and the baseline its scorer
measures in the same run (``make quality``).

    .venv/bin/python benchmarks/quality.py [--shared ../shared] [--results FILE]

Runs, one after another (never two at once), ``ner_eval.py`` on CoNLL-2003 dev, wikigold,
WikiNEuRal val and re3d (baseline: NLTK's ``ne_chunk`` on the same sentences),
``speaker_eval.py --polnear`` on PolNeAR dev and train (baseline: the nearest person before
"said"), ``date_eval.py --timeml`` on TimeBank + AQUAINT (baseline: a plain date regex) and
``indexed_eval.py`` (the same speakers and dates read back through an index, against the
pipeline's own figures) and ``bench_enrich.py`` (baseline: NLTK's ``word_tokenize`` on the same
passages; a timing, so run it on a quiet machine), each with ``--json``, and prints one Markdown
table: every set is scored whole, never a sample. About 3 minutes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import common


@dataclass(frozen=True)
class Measure:
    """One figure: the scorer's arguments, where its JSON holds ours and the baseline's, and
    the bar (None: reported only)."""

    name: str
    script: str
    args: tuple[str, ...]
    ours: Callable[[dict[str, Any]], float]
    baseline: Callable[[dict[str, Any]], float] | None
    bar: float | None
    digits: int = 4
    counts: Callable[[dict[str, Any]], dict[str, int]] | None = None
    """Where the JSON holds the score's correct / predicted / gold counts, shown beside it."""


def _ner(set_name: str, path: str, kind: str = "micro", bar: float | None = None) -> Measure:
    return Measure(
        f"{set_name} entity F1 ({kind})",
        "ner_eval.py",
        (path,),
        lambda r: r["scores"][kind]["f1"],
        lambda r: r["baseline"]["scores"][kind]["f1"],
        bar,
        counts=lambda r: r["scores"][kind],
    )


def measures(shared: Path) -> list[Measure]:
    corpora = shared / "corpora"
    conll = str(corpora / "conll2003" / "dev.txt")
    polnear = str(corpora / "polnear")
    timeml = str(corpora / "tempeval3-train")

    def speakers(split: str, key: str, bar_p: float | None, bar_r: float | None) -> list[Measure]:
        args = ("--polnear", polnear, "--split", split)
        label = "person" if key == "find_speakers" else "organisation"
        return [
            Measure(
                f"PolNeAR {split} {label} speakers {what}",
                "speaker_eval.py",
                args,
                lambda r, w=what: r[key][w],
                (lambda r, w=what: r["baseline"][w]) if key == "find_speakers" else None,
                bar,
                counts=lambda r: r[key],
            )
            for what, bar in (("precision", bar_p), ("recall", bar_r))
        ]

    def dates(what: str, bar: float) -> Measure:
        return Measure(
            f"TimeBank + AQUAINT dates {what}",
            "date_eval.py",
            ("--timeml", timeml),
            lambda r: r["newsindex"][what],
            lambda r: r["baselines"]["naive_regex"][what],
            bar,
            counts=lambda r: r["newsindex"],
        )

    return [
        _ner("CoNLL-2003 dev", conll, bar=0.93),
        _ner("CoNLL-2003 dev", conll, "ORG", bar=0.85),
        _ner("wikigold", str(corpora / "ner-extra" / "wikigold" / "wikigold.conll"), bar=0.75),
        _ner("WikiNEuRal val", str(corpora / "ner-extra" / "wikineural-en" / "val.conllu")),
        _ner("re3d", str(corpora / "ner-extra" / "re3d")),
        *speakers("dev", "find_speakers", 0.90, 0.85),
        *speakers("train", "find_speakers", None, None),
        *speakers("dev", "organisations", None, None),
        dates("precision", 0.95),
        dates("recall", 0.92),
        Measure(
            "Enrichment, Reuters passages per CPU-second",
            "bench_enrich.py",
            (),
            lambda r: r["stages"][-1]["passages_per_cpu_s"],
            lambda r: r["stages"][0]["passages_per_cpu_s"],  # NLTK's word_tokenize
            5000,
            digits=0,
        ),
    ]


def run_json(script: str, args: Sequence[str]) -> dict[str, Any]:
    argv = [sys.executable, str(common.BENCH_DIR / script), *args, "--json"]
    print(f"$ {' '.join(argv)}", file=sys.stderr, flush=True)
    done = subprocess.run(argv, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def table(shared: Path) -> str:
    runs: dict[tuple[str, tuple[str, ...]], dict[str, Any]] = {}
    rows = [
        "| measure | newsindex (correct/predicted/gold) | baseline (same run) | bar | met |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for m in measures(shared):
        key = (m.script, m.args)
        if key not in runs:
            runs[key] = run_json(m.script, m.args)
        result = runs[key]
        ours = m.ours(result)
        base = f"{m.baseline(result):,.{m.digits}f}" if m.baseline else "—"
        bar = f"≥ {m.bar:,.{min(m.digits, 2)}f}" if m.bar is not None else "reported"
        met = "—" if m.bar is None else ("yes" if ours >= m.bar else "**no**")
        shown = f"{ours:,.{m.digits}f}"
        if m.counts is not None:
            c = m.counts(result)
            shown += f" ({c['correct']}/{c['predicted']}/{c['gold']})"
        rows.append(f"| {m.name} | {shown} | {base} | {bar} | {met} |")
    indexed = run_json("indexed_eval.py", ())
    for name, figures in indexed.items():
        if isinstance(figures, dict) and {"indexed", "direct"} <= figures.keys():
            rows.append(
                f"| {name} through the index (F1) | {figures['indexed']['f1']:.4f} | "
                f"{figures['direct']['f1']:.4f} (direct) | reported | — |"
            )
    return "\n".join(rows) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=common.SHARED)
    parser.add_argument("--results", type=Path, default=None, help="also write the table here")
    args = parser.parse_args(argv)
    text = table(args.shared)
    print(text)
    if args.results is not None:
        args.results.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
