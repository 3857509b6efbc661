"""Score the entity tagger on a CoNLL file and time it, against an NLTK baseline in the same run.

    python benchmarks/ner_eval.py ../shared/corpora/conll2003/dev.txt [--json]

The gold tokens go through ``EntityTagger.tag_sents`` (what ``mentions`` uses per sentence).
Scores are entity-level, exact span and type (``conlleval``), per kind and micro-averaged over
PER / ORG / LOC; MISC is ignored on both sides.  Speed is sentences per second of CPU time with
the per-word caches emptied before each run (median of ``--repeats``).  The baseline is NLTK's
stock pipeline: ``PerceptronTagger`` POS tags + the binary ``ne_chunk`` model (both loaded once),
typed naively (first word a known first name -> PER, a gazetteer place -> LOC, else ORG), on all
sentences unless ``--baseline-sample N`` limits it.  ``--passages`` also times ``mentions()`` on
Reuters-21578 paragraphs against NLTK's sent/word tokenize + tag + chunk pipeline (on the first
``--baseline-passages`` paragraphs, since it is slow).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsindex.entities import EntityTagger, read_conll, score_spans

Sentence = list[tuple[str, str]]


def cpu_rate(
    run: Callable[[], object], count: int, repeats: int, reset: Callable[[], None]
) -> float:
    """Median items per CPU second over ``repeats`` runs (CPU time: the machine may be shared)."""
    rates = []
    for _ in range(repeats):
        reset()
        started = time.process_time()
        run()
        rates.append(count / max(time.process_time() - started, 1e-9))
    return statistics.median(rates)


class NltkBaseline:
    """NLTK's POS tagger + binary NE chunker, loaded once, with gazetteer typing."""

    def __init__(self) -> None:
        from nltk.chunk.named_entity import Maxent_NE_Chunker
        from nltk.corpus import gazetteers, names
        from nltk.tag.perceptron import PerceptronTagger

        self.pos = PerceptronTagger()
        self.chunker = Maxent_NE_Chunker("binary")
        self.first_names = set(names.words())
        self.places = {w for f in gazetteers.fileids() for w in gazetteers.words(f)}

    def tag(self, words: Sequence[str]) -> list[str]:
        tree = self.chunker.parse(self.pos.tag(list(words)))
        tags: list[str] = []
        for node in tree:
            if isinstance(node, tuple):
                tags.append("O")
                continue
            leaves = [w for w, _ in node.leaves()]
            kind = self.kind(leaves)
            tags.extend(["B-" + kind] + ["I-" + kind] * (len(leaves) - 1))
        return tags

    def kind(self, leaves: list[str]) -> str:
        if leaves[0] in self.first_names and len(leaves) > 1:
            return "PER"
        if " ".join(leaves) in self.places:
            return "LOC"
        return "ORG"

    def mentions(self, text: str) -> int:
        from nltk.tokenize import sent_tokenize, word_tokenize

        found = 0
        for sent in sent_tokenize(text):
            found += sum(t.startswith("B-") for t in self.tag(word_tokenize(sent)))
        return found


def reuters_paragraphs(folder: Path, limit: int) -> list[str]:
    """Body paragraphs of Reuters-21578 stories (a new paragraph starts on an indented line)."""
    paras: list[str] = []
    for path in sorted(folder.glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for body in re.findall(r"<BODY>(.*?)</BODY>", raw, re.S):
            body = html.unescape(body).replace("\x03", "")
            body = re.sub(r"\s*Reuter\s*$", "", body)
            for para in re.split(r"\n(?= )", body):
                para = " ".join(para.split())
                if para:
                    paras.append(para)
                    if len(paras) >= limit:
                        return paras
    return paras


def run(args: argparse.Namespace) -> dict[str, Any]:
    tagger = EntityTagger.load(args.model)
    gold: list[Sentence] = list(read_conll(args.file))
    words = [[w for w, _ in s] for s in gold]
    tags = [[t for _, t in s] for s in gold]
    predicted = tagger.tag_sents(words)
    scores = score_spans(tags, predicted)
    speed = cpu_rate(
        lambda: tagger.tag_sents(words), len(words), args.repeats, tagger.model.clear_cache
    )
    result: dict[str, Any] = {
        "file": str(args.file),
        "sentences": len(words),
        "tokens": sum(map(len, words)),
        "scores": scores,
        "sentences_per_s": speed,
    }
    base = None if args.no_baseline else NltkBaseline()
    if base is not None:
        sample = words[: args.baseline_sample or len(words)]
        base_pred = [base.tag(w) for w in sample]
        ours_on_sample = score_spans(tags[: len(sample)], predicted[: len(sample)])
        base_scores = score_spans(tags[: len(sample)], base_pred)
        base_speed = cpu_rate(lambda: [base.tag(w) for w in sample], len(sample), 1, lambda: None)
        result["baseline"] = {
            "name": "nltk PerceptronTagger + ne_chunk(binary) + gazetteer typing",
            "sentences": len(sample),
            "scores": base_scores,
            "ours_on_same_sentences": ours_on_sample,
            "sentences_per_s": base_speed,
            "f1_ratio": ours_on_sample["micro"]["f1"] / max(base_scores["micro"]["f1"], 1e-9),
            "speed_ratio": speed / base_speed,
        }
    if args.passages:
        paras = reuters_paragraphs(args.passages, args.passage_limit)
        chars = sum(map(len, paras))
        rate = cpu_rate(
            lambda: [tagger.mentions(p) for p in paras],
            len(paras),
            args.repeats,
            tagger.model.clear_cache,
        )
        passages: dict[str, Any] = {
            "paragraphs": len(paras),
            "mean_chars": chars / max(len(paras), 1),
            "paragraphs_per_s": rate,
        }
        if base is not None:
            sample_paras = paras[: args.baseline_passages]
            base_rate = cpu_rate(
                lambda: [base.mentions(p) for p in sample_paras], len(sample_paras), 1, lambda: None
            )
            passages["baseline_paragraphs_per_s"] = base_rate
            passages["speed_ratio"] = rate / base_rate
        result["passages"] = passages
    return result


def report(result: dict[str, Any]) -> None:
    scores = result["scores"]
    print(f"{result['file']}: {result['sentences']} sentences, {result['tokens']} tokens")
    print(f"{'':8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}")
    for kind in ("PER", "ORG", "LOC", "micro"):
        s = scores[kind]
        print(
            f"{kind:8} {s['precision']:7.4f} {s['recall']:7.4f} {s['f1']:7.4f} "
            f"{s['gold']:6d} {s['predicted']:6d}"
        )
    print(f"tag_sents: {result['sentences_per_s']:,.0f} sentences/s (CPU, cold cache, median)")
    base = result.get("baseline")
    if base:
        print(
            f"baseline ({base['name']}), {base['sentences']} sentences: "
            f"micro F1 {base['scores']['micro']['f1']:.4f} vs ours "
            f"{base['ours_on_same_sentences']['micro']['f1']:.4f} "
            f"(ratio {base['f1_ratio']:.2f}); {base['sentences_per_s']:,.0f} sentences/s "
            f"(ours {base['speed_ratio']:.0f}x faster)"
        )
    passages = result.get("passages")
    if passages:
        line = (
            f"mentions(): {passages['paragraphs_per_s']:,.0f} Reuters paragraphs/s "
            f"({passages['paragraphs']} paragraphs, {passages['mean_chars']:.0f} chars mean)"
        )
        if "speed_ratio" in passages:
            line += (
                f"; NLTK pipeline {passages['baseline_paragraphs_per_s']:,.0f}/s "
                f"(ours {passages['speed_ratio']:.0f}x faster)"
            )
        print(line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="CoNLL file: `token TAG` lines, IOB2")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--model", type=Path, default=None, help="model file (default: shipped)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline-sample", type=int, default=0, help="baseline on N sentences")
    parser.add_argument("--baseline-passages", type=int, default=1000)
    parser.add_argument("--no-baseline", action="store_true", help="skip the NLTK baseline")
    parser.add_argument("--passages", type=Path, default=None, help="Reuters-21578 folder")
    parser.add_argument("--passage-limit", type=int, default=20_000)
    args = parser.parse_args(argv)
    result = run(args)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
