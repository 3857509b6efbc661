"""Speaker attribution against hand-annotated Reuters passages.

Runs the real pipeline on each gold item (the indexer's ``entities`` and ``persons`` steps ->
find_speakers) and prints micro precision and recall over (passage, speaker) pairs, next to a
baseline measured in the same run (the nearest person before "said"/"says"/"told"), plus the
speed of the attribution step alone in paragraphs per CPU second (median of several runs).

    python benchmarks/speaker_eval.py [tests/data/speakers_gold.jsonl] [--json] [--gold-persons]
        [--repeats N] [--corpus-stories N]

``--gold-persons`` uses the person offsets annotated in the gold file instead of the tagger, to
separate attribution errors from tagging errors. The bar (precision >= 0.9, recall >= 0.8) is
for the tagger run.

    python benchmarks/speaker_eval.py --polnear ../shared/corpora/polnear [--split train]
        [--errors N] [--json]

scores the same pipeline on every article of a PolNeAR split instead (all of it, never a
sample): each article's lines are its paragraphs (headline first), tagged, resolved and
attributed as the indexer does, and compared with the gold speakers that
``benchmarks/polnear.py`` reads from the brat attributions (its docstring has the rules: which
Sources are named persons, how pronouns and descriptions are resolved, what counts as an
organisation, what is excluded; the first annotator's file where an article has several). The
bar concerns named-person speakers: micro precision, recall and F1 over (paragraph, surname)
pairs, where a predicted speaker matches a gold one of the same paragraph when their last words
agree (case-insensitive, possessive dropped, "Jr." kept) or either's last word is a word of the
other's full name but a first name ("Mr. Lou", "Lou Jiwei"): ``polnear.same_person``.
Organisation speakers are scored apart: the indexer's ``speakers`` step (``find_attributions``
given the organisation mentions the ``entities`` step settled) names them, and they are matched
with the gold organisation Sources of the paragraph by last word the same way ("the New York
Times" and "New York Times" agree; a gold "the campaign" matches only "... campaign"). Also
printed: recall by how the gold speaker is written (name, pronoun, description, relative
pronoun) and by the attribution's cue (a saying verb, or thinking / wanting / showing, which
PolNeAR annotates too), false positives and misses by kind (for organisations too: whether the
gold is a name or a description such as "the company", which a prediction resolved to the
company's name cannot match), the same-run baseline on the same persons, and run times.
``--errors N`` prints N false positives and N misses, spread over the set, with their paragraph.
``--polnear`` takes the corpus folder (``--split`` picks the split, dev unless told) or a split's.
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

import common  # noqa: E402
import polnear  # noqa: E402  (benchmarks/polnear.py: the PolNeAR gold; imports no newsindex)

# ---- newsindex internals: every import of the package is in this block (module paths move) ----
from newsindex.articles import Article  # noqa: E402
from newsindex.nlp.names import name_key  # noqa: E402
from newsindex.nlp.pipeline import Document, EntitiesStep, PersonsStep, SpeakersStep  # noqa: E402
from newsindex.nlp.segment import Segment  # noqa: E402
from newsindex.nlp.speakers import Person, find_speakers  # noqa: E402
from newsindex.problems import ProblemLog  # noqa: E402
from newsindex.readers.reuters import read_reuters  # noqa: E402

# ---- end of the newsindex imports ----

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
    return common.read_jsonl(path, _gold_item)


def _gold_item(record: dict[str, Any]) -> dict[str, Any]:
    """A gold passage with the fields the scorer reads: its story's paragraphs (texts), the
    passage's place among them, and its speakers."""
    missing = sorted({"newid", "paragraphs", "target", "speakers"} - record.keys())
    if missing:
        raise KeyError(", ".join(missing))
    if not all(isinstance(text, str) for text in record["paragraphs"]):
        raise TypeError("paragraphs must be texts")
    if record["target"] not in range(len(record["paragraphs"])):
        raise ValueError(f"target {record['target']!r} is no paragraph")
    return record


def tagged(paragraphs: Sequence[str], entities: EntitiesStep) -> Document:
    """The paragraphs as one article, one passage each, through the indexer's own ``entities``
    and ``persons`` steps: the tagger's mentions alone miss what the entities step settles
    across the article ("Verizon", a person to the tagger, is the company "the telecom giant")."""
    article = Article(id="", title="", date=None, paragraphs=())
    doc = Document(article, [Segment(i, None, text) for i, text in enumerate(paragraphs)])
    entities(doc)
    PersonsStep()(doc)
    return doc


def tagger_persons(items: Sequence[dict[str, Any]]) -> list[list[list[Person]]]:
    entities = EntitiesStep()
    return [tagged(item["paragraphs"], entities).persons for item in items]


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
    return {
        **common.prf(correct, pred_n, gold_n, empty=1.0),
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
    path = ROOT.parent / "shared" / "corpora" / "reuters21578" / "reut2-000.sgm"
    entities = EntitiesStep()
    items: list[dict[str, Any]] = []
    persons = []
    for article in read_reuters(path, log=ProblemLog()):
        if len(items) == stories:
            break
        paragraphs = [p.text for p in article.paragraphs if p.text.strip()]
        items.append({"paragraphs": paragraphs})
        persons.append(tagged(paragraphs, entities).persons)
    ours = speed(items, persons, find_speakers, repeats=repeats)
    base = speed(items, persons, baseline, repeats=repeats)
    return {
        "stories": len(items),
        "paragraphs": sum(len(item["paragraphs"]) for item in items),
        "paragraphs_per_s": round(ours),
        "baseline_paragraphs_per_s": round(base),
        "speed_ratio": round(ours / base, 3),
    }


# ------------------------------------------------------------------ PolNeAR (--polnear DIR)


def polnear_run(folder: Path) -> dict[str, Any]:
    """Tag and attribute every article of a PolNeAR split, score against its gold speakers.

    The pipeline is the one newsindex's ``Enricher`` runs at index time, one passage per
    paragraph: its ``entities``, ``persons`` and ``speakers`` steps; the baseline reads the
    same persons. Gold and matching rules: ``benchmarks/polnear.py`` and
    this module's docstring.
    """
    started, cpu = time.perf_counter(), time.process_time()
    articles = polnear.read_split(folder)
    read_s = time.perf_counter() - started
    entities = EntitiesStep()
    t0 = time.process_time()
    docs = [tagged([p.text for p in a.paragraphs], entities) for a in articles]
    tag_cpu = time.process_time() - t0
    t0 = time.process_time()
    speakers = SpeakersStep()
    for doc in docs:
        speakers(doc)
    attribute_cpu = time.process_time() - t0
    persons = [doc.persons for doc in docs]
    ours = [doc.speakers for doc in docs]
    base = [baseline(doc.texts, people) for doc, people in zip(docs, persons, strict=True)]
    several = sum(
        1
        for txt, _ in polnear.article_files(folder)
        if len(list((folder / "attributions").glob(f"{txt.stem}_*.ann"))) > 1
    )
    return {
        "folder": str(folder),
        "articles": articles,
        "persons": persons,
        "several_annotators": several,
        "find_speakers": polnear_score(articles, persons, ours),
        "baseline": polnear_score(articles, persons, base),
        "organisations": org_score(articles, [doc.org_speakers for doc in docs]),
        "seconds": {
            "read_gold_wall": round(read_s, 2),
            "tag_cpu": round(tag_cpu, 2),
            "attribute_cpu": round(attribute_cpu, 3),
            "total_cpu": round(time.process_time() - cpu, 2),
            "total_wall": round(time.perf_counter() - started, 2),
        },
    }


def polnear_score(
    articles: Sequence[polnear.GoldArticle],
    persons: Sequence[Sequence[Sequence[Person]]],
    predicted: Sequence[Sequence[Sequence[str]]],
) -> dict[str, Any]:
    """Micro P / R / F1 over (paragraph, surname) pairs for named-person speakers.

    Also: recall by how the gold speaker is written, organisation speakers found, and each
    false positive and miss with its kind (for ``--errors``).
    """
    gold_n = pred_n = correct = 0
    org_n = org_found = 0
    by_how: dict[str, list[int]] = {}
    by_cue: dict[str, list[int]] = {}
    false_kinds: dict[str, int] = {}
    miss_kinds: dict[str, int] = {}
    false: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []
    for article, people_rows, rows in zip(articles, persons, predicted, strict=True):
        for index, (para, people, said) in enumerate(
            zip(article.paragraphs, people_rows, rows, strict=True)
        ):
            pred = {polnear.surname(n): n for n in said if polnear.surname(n)}
            gold = para.persons
            gold_n += len(gold)
            pred_n += len(pred)
            pairs = polnear.matched(gold, pred)
            hits = {g for g, _ in pairs}
            found = {p for _, p in pairs}
            correct += len(hits)
            org_n += len(para.orgs)
            org_found += len(para.orgs.keys() & pred.keys())
            for key, how in para.how.items():
                cue = "saying cue" if para.speech.get(key) else "other cue"
                for counts in (by_how.setdefault(how, [0, 0]), by_cue.setdefault(cue, [0, 0])):
                    counts[0] += key in hits
                    counts[1] += 1
            where = {"article": article.name, "paragraph": index, "text": para.text}
            for key in pred.keys() - found:
                if gold:
                    kind = "another person is the gold speaker"
                elif para.orgs:
                    kind = "gold speaker is an organisation"
                elif para.excluded:
                    kind = "gold source is anonymous, a group, a document or unresolved"
                else:
                    kind = "no attribution in the paragraph"
                false_kinds[kind] = false_kinds.get(kind, 0) + 1
                false.append(
                    where
                    | {"kind": kind, "predicted": pred[key], "gold": sorted(gold.values())}
                    | {"gold_other": [*para.orgs.values(), *para.excluded]}
                )
            for key in gold.keys() - hits:
                if not any(polnear.same_person(gold[key], name) for name, _, _ in people):
                    kind = "speaker not among the paragraph's persons"
                elif pred:
                    kind = "another person predicted"
                else:
                    kind = "person found, not attributed"
                cue = "saying cue" if para.speech.get(key) else "other cue"
                kind += f" ({para.how[key]}, {cue})"
                miss_kinds[kind] = miss_kinds.get(kind, 0) + 1
                missed.append(
                    where
                    | {"kind": kind, "gold": gold[key], "predicted": sorted(pred.values())}
                    | {"persons": sorted({name for name, _, _ in people})}
                )
    return {
        **common.prf(correct, pred_n, gold_n, empty=1.0),
        "recall_by_how": {
            how: {"correct": c, "gold": n, "recall": round(c / n, 4)}
            for how, (c, n) in sorted(by_how.items(), key=lambda kv: -kv[1][1])
        },
        "recall_by_cue": {
            cue: {"correct": c, "gold": n, "recall": round(c / n, 4)}
            for cue, (c, n) in sorted(by_cue.items(), key=lambda kv: -kv[1][1])
        },
        "organisation_speakers": {"gold": org_n, "found": org_found},
        "false_positive_kinds": dict(sorted(false_kinds.items(), key=lambda kv: -kv[1])),
        "miss_kinds": dict(sorted(miss_kinds.items(), key=lambda kv: -kv[1])),
        "false_positives": false,
        "misses": missed,
    }


# A gold organisation written as a description ("the agency", "The Clinton campaign"): its last
# word is lower case, so only a predicted name with that head noun matches it.
_DESCRIPTION = re.compile(r".*\s[a-z][\w'’-]*\W*$|[a-z].*")


def org_score(
    articles: Sequence[polnear.GoldArticle], predicted: Sequence[Sequence[Sequence[str]]]
) -> dict[str, Any]:
    """Micro P / R / F1 of organisation speakers over (paragraph, last word) pairs, the mistakes
    (for ``--errors``) and their kinds: a gold description ("the company said") is matched only
    by a name with its head noun, so a prediction that resolved it to the body's name ("the
    company" -> "Exxon") counts as a false positive and a miss."""
    gold_n = pred_n = correct = 0
    false: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []
    false_kinds: dict[str, int] = {}
    miss_kinds: dict[str, int] = {}
    for article, rows in zip(articles, predicted, strict=True):
        for index, (para, said) in enumerate(zip(article.paragraphs, rows, strict=True)):
            pred = {polnear.surname(n): n for n in said if polnear.surname(n)}
            gold_n += len(para.orgs)
            pred_n += len(pred)
            correct += len(para.orgs.keys() & pred.keys())
            where = {"article": article.name, "paragraph": index, "text": para.text}
            left = [para.orgs[k] for k in para.orgs.keys() - pred.keys()]
            for k in pred.keys() - para.orgs.keys():
                if any(_DESCRIPTION.fullmatch(g) for g in left):
                    kind = "the paragraph's gold is a description (perhaps of this name)"
                elif left:
                    kind = "another organisation is the gold speaker"
                elif para.persons:
                    kind = "a person is the gold speaker"
                elif para.orgs:
                    kind = "the gold organisations were all found"
                else:
                    kind = "no gold speaker in the paragraph"
                false_kinds[kind] = false_kinds.get(kind, 0) + 1
                false.append(
                    where | {"kind": kind, "predicted": pred[k], "gold": sorted(para.orgs.values())}
                )
            for k in para.orgs.keys() - pred.keys():
                written = "a description" if _DESCRIPTION.fullmatch(para.orgs[k]) else "a name"
                found = "another organisation predicted" if pred else "none predicted"
                kind = f"gold is {written}, {found}"
                miss_kinds[kind] = miss_kinds.get(kind, 0) + 1
                missed.append(
                    where | {"kind": kind, "gold": para.orgs[k], "predicted": sorted(pred.values())}
                )
    return {
        **common.prf(correct, pred_n, gold_n, empty=1.0),
        "false_positive_kinds": dict(sorted(false_kinds.items(), key=lambda kv: -kv[1])),
        "miss_kinds": dict(sorted(miss_kinds.items(), key=lambda kv: -kv[1])),
        "false_positives": false,
        "misses": missed,
    }


def polnear_report(run: dict[str, Any], *, errors: int, as_json: bool) -> None:
    articles: Sequence[polnear.GoldArticle] = run["articles"]
    paragraphs = sum(len(a.paragraphs) for a in articles)
    sources = [s for a in articles for s in a.sources]
    kinds: dict[str, int] = {}
    for source in sources:
        key = source.kind if source.kind != "person" else f"person ({source.how})"
        kinds[key] = kinds.get(key, 0) + 1
    ours, base, orgs = run["find_speakers"], run["baseline"], run["organisations"]
    if as_json:
        slim = {
            k: v
            for k, v in run.items()
            if k not in ("articles", "persons", "find_speakers", "baseline", "organisations")
        }
        out = slim | {
            "articles": len(articles),
            "paragraphs": paragraphs,
            "sources": kinds,
            "find_speakers": {
                k: v for k, v in ours.items() if k not in ("false_positives", "misses")
            },
            "baseline": {k: v for k, v in base.items() if k not in ("false_positives", "misses")},
            "organisations": {
                k: v for k, v in orgs.items() if k not in ("false_positives", "misses")
            },
        }
        print(json.dumps(out, indent=2))
        return
    print(
        f"PolNeAR {run['folder']}: {len(articles)} articles, {paragraphs} paragraphs, persons "
        f"from the tagger; {run['several_annotators']} articles have several annotators' "
        "files: the first by file name is used"
    )
    print(
        f"attribution Sources: {len(sources)} "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
    )
    print(
        f"gold: {ours['gold']} named-person speakers and "
        f"{ours['organisation_speakers']['gold']} organisation speakers over (paragraph, "
        "surname) pairs; a prediction matches a gold speaker of its paragraph by surname "
        "or a word of the full name"
    )
    for label, result in (("find_speakers", ours), ("baseline (nearest before said)", base)):
        print(
            f"{label:32} precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
            f"F1 {result['f1']:.3f}  ({result['correct']} correct / {result['predicted']} "
            f"predicted / {result['gold']} gold)"
        )
    print(
        "find_speakers recall by how the gold speaker is written: "
        + ", ".join(
            f"{how} {v['recall']:.3f} ({v['correct']}/{v['gold']})"
            for how, v in ours["recall_by_how"].items()
        )
    )
    print(
        "find_speakers recall by the attribution's cue (saying verb, or thinking / wanting / "
        "showing ...): "
        + ", ".join(
            f"{cue} {v['recall']:.3f} ({v['correct']}/{v['gold']})"
            for cue, v in ours["recall_by_cue"].items()
        )
    )
    print(
        f"organisation speakers (find_attributions orgs): precision {orgs['precision']:.3f}  "
        f"recall {orgs['recall']:.3f}  F1 {orgs['f1']:.3f}  ({orgs['correct']} correct / "
        f"{orgs['predicted']} predicted / {orgs['gold']} gold); named persons above that are "
        f"gold organisations: {ours['organisation_speakers']['found']}"
    )
    for title, kinds_of in (
        ("organisation false positives by kind:", orgs["false_positive_kinds"]),
        ("organisation misses by kind:", orgs["miss_kinds"]),
    ):
        print(title)
        for kind, n in kinds_of.items():
            print(f"  {n:5}  {kind}")
    print("find_speakers false positives by kind:")
    for kind, n in ours["false_positive_kinds"].items():
        print(f"  {n:5}  {kind}")
    print("find_speakers misses by kind (how the gold speaker is written, the cue):")
    for kind, n in ours["miss_kinds"].items():
        print(f"  {n:5}  {kind}")
    sec = run["seconds"]
    print(
        f"time: {sec['total_wall']:.1f} s wall ({sec['total_cpu']:.1f} s CPU: reading the gold "
        f"{sec['read_gold_wall']:.1f} s wall, entities + persons steps {sec['tag_cpu']:.1f} s, "
        f"speakers step {sec['attribute_cpu']:.2f} s)"
    )
    if errors:
        for title, items in (
            ("false positives", ours["false_positives"]),
            ("misses", ours["misses"]),
            ("organisation false positives", orgs["false_positives"]),
            ("organisation misses", orgs["misses"]),
        ):
            print(f"\n{min(errors, len(items))} of {len(items)} {title} (spread over the set):")
            step = max(1, len(items) // errors)
            for item in items[::step][:errors]:
                detail = f"gold {item['gold']!r}; predicted {item['predicted']!r}"
                if "gold_other" in item:
                    detail += f"; other gold sources {item['gold_other']}"
                if "persons" in item:
                    detail += f"; persons {item['persons']}"
                text = item["text"] if len(item["text"]) <= 400 else item["text"][:400] + " ..."
                kind = item["kind"]
                print(f"- {item['article']}[{item['paragraph']}] {kind}: {detail}")
                print(f"    {text}")


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
    parser.add_argument(
        "--polnear",
        type=Path,
        metavar="DIR",
        help="score on a PolNeAR split instead (e.g. ../shared/corpora/polnear/dev)",
    )
    parser.add_argument(
        "--split",
        default="dev",
        help="with --polnear on the corpus folder: which split to score (default dev)",
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="with --polnear: print N false positives and N misses with their paragraphs",
    )
    args = parser.parse_args(argv)
    if args.polnear:
        folder = args.polnear
        if not (folder / "text").is_dir():
            folder = folder / args.split  # the corpus folder: one of its splits
        if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
            parser.error(f"{folder}: not a PolNeAR split (no text/ and attributions/)")
        polnear_report(polnear_run(folder), errors=args.errors, as_json=args.json)
        return 0

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
