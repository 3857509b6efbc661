"""Score the entity tagger on a CoNLL file and time it, against an NLTK baseline in the same run.

    python benchmarks/ner_eval.py ../shared/corpora/conll2003/dev.txt [--json]
    python benchmarks/ner_eval.py ../shared/corpora/ner-extra/wikigold/wikigold.conll
    python benchmarks/ner_eval.py ../shared/corpora/ner-extra/re3d
    python benchmarks/ner_eval.py ../shared/corpora/ner-extra/wikineural-en/val.conllu

``--format auto|conll|wikigold|wikineural|re3d`` says how to read the gold (``auto``, the
default, decides from the path; see ``shared/corpora/ner-extra/SOURCE.md``):

* ``conll``: ``token ... TAG`` lines, blank between sentences, ``-DOCSTART-`` skipped (CoNLL-2003,
  IOB2); ``wikigold`` is the same reader (its file is IOB1: ``I-`` starts a chunk unless it
  continues one of its kind, which the ``conlleval`` chunking below reads as intended).
* ``wikineural``: ``index<TAB>token<TAB>TAG`` lines (WikiNEuRal's ``.conllu``), IOB2.
* ``re3d``: a folder: every ``.conll`` file (``token<TAB>TAG``) under it (under the corpus root
  only its test part, ``CONLL-format/data/test/``: the entity model trains on ``data/train``,
  and ``data-by-source/`` holds both parts again). Its types map to newsindex's: Person ->
  PER, Organisation -> ORG, Location -> LOC, Nationality -> MISC; Temporal, Quantity, Money, Weapon,
  MilitaryPlatform, DocumentReference and the rest -> O. re3d's Person also covers descriptions
  ("the Iraqi Foreign Minister", "A Foreign Office spokesman"), which the tagger does not
  mark, so its PER recall there measures a different definition.

The gold tokens go through ``EntityTagger.tag_sents`` (what ``mentions`` uses per sentence), in
file order as one text: each sentence sees the kinds the tagger gave its words in the sentences
just before (these files do not mark where a story starts).
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

# ---- newsindex internals: every import of the package is in this block (module paths move) ----
from newsindex.nlp.ner.conll import read_conll, score_spans
from newsindex.nlp.ner.tagger import EntityTagger

# ---- end of the newsindex imports ----

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


# ------------------------------------------------------------------------------ gold readers

FORMATS = ("auto", "conll", "wikigold", "wikineural", "re3d")
_RE3D_KINDS = {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}


def read_wikineural(path: Path) -> list[Sentence]:
    """Sentences of a WikiNEuRal ``.conllu`` file: ``index<TAB>token<TAB>TAG`` lines."""
    sentences: list[Sentence] = []
    sentence: Sentence = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            parts = line.rstrip("\n").split("\t")
            if not line.strip():
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                continue
            if len(parts) != 3:
                raise ValueError(f"{path}:{number}: expected index, token and tag: {line!r}")
            sentence.append((parts[1], parts[2]))
    if sentence:
        sentences.append(sentence)
    return sentences


def re3d_files(folder: Path) -> list[Path]:
    """The re3d ``.conll`` files under ``folder``: at the corpus root, those of its test part."""
    test = folder / "CONLL-format" / "data" / "test"
    return sorted((test if test.is_dir() else folder).rglob("*.conll"))


def re3d_tag(tag: str) -> str:
    """A re3d tag in newsindex's kinds: ``B-Person`` -> ``B-PER``; other types -> ``O``."""
    if tag == "O":
        return tag
    prefix, _, kind = tag.partition("-")
    mapped = _RE3D_KINDS.get(kind)
    return f"{prefix}-{mapped}" if mapped else "O"


def read_re3d(folder: Path) -> list[Sentence]:
    return [
        [(word, re3d_tag(tag)) for word, tag in sentence]
        for path in re3d_files(folder)
        for sentence in read_conll(path)
    ]


def detect_format(path: Path) -> str:
    if path.is_dir():
        return "re3d"
    if path.suffix == ".conllu":
        return "wikineural"
    with path.open(encoding="utf-8") as fh:
        first = next((line for line in fh if line.strip()), "")
    parts = first.rstrip("\n").split("\t")
    return "wikineural" if len(parts) == 3 and parts[0].isdigit() else "conll"


def read_gold(path: Path, fmt: str) -> tuple[str, list[Sentence]]:
    """(format used, sentences of ``(token, tag)``) with tags in PER / ORG / LOC / MISC."""
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt == "re3d":
        if not path.is_dir():
            raise ValueError(f"{path}: re3d is read from its folder")
        return fmt, read_re3d(path)
    if fmt == "wikineural":
        return fmt, read_wikineural(path)
    return fmt, list(read_conll(path))


def run(args: argparse.Namespace) -> dict[str, Any]:
    tagger = EntityTagger.load(args.model)
    try:
        fmt, gold = read_gold(args.file, args.format)
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # a wrong file: say which, no trace
        raise SystemExit(f"ner_eval: {exc}") from None
    words = [[w for w, _ in s] for s in gold]
    tags = [[t for _, t in s] for s in gold]
    predicted = tagger.tag_sents(words)
    scores = score_spans(tags, predicted)
    speed = cpu_rate(
        lambda: tagger.tag_sents(words), len(words), args.repeats, tagger.model.clear_cache
    )
    result: dict[str, Any] = {
        "file": str(args.file),
        "format": fmt,
        "files": len(re3d_files(args.file)) if fmt == "re3d" else 1,
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
    files = f"{result['files']} files, " if result["files"] > 1 else ""
    print(
        f"{result['file']} ({result['format']}): {files}{result['sentences']} sentences, "
        f"{result['tokens']} tokens; micro over PER / ORG / LOC (MISC ignored on both sides)"
    )
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
    parser.add_argument(
        "file", type=Path, help="gold file (CoNLL, WikiNEuRal .conllu) or the re3d folder"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="auto", help="how to read the gold (default: auto)"
    )
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
