"""Did-you-mean for rare words, over a whole index's vocabulary: how many of the words a search
would be offered another word for are words of their own.

    .venv/bin/python benchmarks/spelling_eval.py INDEX_DIR [--sample 20] [--seed 0] [--json]
        [--before EARLIER.json]

Every text term of the index held by 1 to ``RARE_UP_TO`` passages (letters only, at least
``SHORTEST`` long) is searched for (``NewsIndex.search``) as the text usually writes it, the
word a user making the same slip would type (the term itself where searching it finds none of
its passages: a stem that stems again, "primros"). The offers are judged by a proxy, not by hand: an
offer for a word of NLTK's English word list (``words``, its 210,687 lower-case entries)
replaces a word of its own ("stuff" by "staff"): a false offer; an offer for another word is
likely a misspelling ("tarrifs", "recieve"), though it may be a word the list lacks. Figures per
band of passages held, beside the share of the band's words in the list (what offering a word
for every rare one would get), and a random sample of offers of each band to read.

A change that makes fewer false offers must not do it by making fewer offers: ``--before`` reads
the ``--json`` output of an earlier run (of another commit) and counts, per band, how many of
its likely misspellings (offers for words not in the list) are still offered the same word,
another word, or none, with a sample of those no longer offered.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import common
from whoosh import index as whoosh_index


def dictionary_words() -> set[str]:
    """NLTK's lower-case English words."""
    from nltk.corpus import words

    return {word for word in words.words() if word.islower()}


def compared(
    before: dict[str, Any], bands: list[dict[str, Any]], sample: int, rng: random.Random
) -> list[dict[str, Any]]:
    """Per band, what became of ``before``'s offers for words not in the list."""
    rows = []
    for old, new in zip(before["bands"], bands, strict=True):
        likely = set(old["likely_misspellings"])
        kept = {w: o for w, o in old["offers"].items() if w in likely}
        same = [w for w, o in kept.items() if new["offers"].get(w) == o]
        dropped = sorted(w for w in kept if w not in new["offers"])
        rows.append(
            {
                "passages": new["passages"],
                "offered_before": len(kept),
                "same": len(same),
                "other": len(kept) - len(same) - len(dropped),
                "none": len(dropped),
                "sample_dropped": [
                    f"{w}->{kept[w]}" for w in rng.sample(dropped, min(sample, len(dropped)))
                ],
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--sample", type=int, default=20, help="offers shown per band")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--before", type=Path, help="an earlier run's --json output to compare the offers with"
    )
    args = parser.parse_args()
    common.setup_nltk_data()

    from newsindex import open_index
    from newsindex.index.schema import TEXT_FIELD
    from newsindex.search.spelling import RARE_UP_TO, SHORTEST, usual_word, written_forms

    known = dictionary_words()
    with whoosh_index.open_dir(str(args.index_dir)).searcher() as searcher:
        held: Counter[str] = Counter()
        for leaf, _ in searcher.reader().leaf_readers():
            for term, info in leaf.iter_field(TEXT_FIELD):
                held[term.decode("utf-8")] += info.doc_frequency()
        analyzer = searcher.schema[TEXT_FIELD].analyzer
    with open_index(args.index_dir) as ix:
        rows = []
        for term, n in sorted(held.items()):
            if n <= RARE_UP_TO and len(term) >= SHORTEST and term.isalpha():
                hits = ix.search(term, limit=n, snippets=False, collapse=False).hits
                texts = (hit.passage.text for hit in hits)
                typed = usual_word(written_forms(texts, analyzer, term)) or term
                offers = ix.search(typed, limit=1, snippets=False, collapse=False).suggestions
                rows.append((typed, n, offers[0] if offers else None, typed in known))

    rng = random.Random(args.seed)
    bands = []
    for low, high in ((1, 1), (2, 2), (3, RARE_UP_TO)):
        band = [r for r in rows if low <= r[1] <= high]
        offered = [r for r in band if r[2]]
        bands.append(
            {
                "passages": f"{low}-{high}" if low != high else str(low),
                "terms": len(band),
                "dictionary_terms": sum(1 for r in band if r[3]),
                "offered": len(offered),
                "offered_for_dictionary_words": sum(1 for r in offered if r[3]),
                "sample": [
                    f"{w}->{o}{' (dictionary)' if d else ''}"
                    for w, _, o, d in rng.sample(offered, min(args.sample, len(offered)))
                ],
                "offers": {w: o for w, _, o, _ in offered},
                "likely_misspellings": sorted(w for w, _, _, d in band if not d),
            }
        )
    result = {"index": str(args.index_dir), "rare_up_to": RARE_UP_TO, "bands": bands}
    if args.before:
        result["before"] = compared(json.loads(args.before.read_text()), bands, args.sample, rng)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'passages':>8} {'terms':>6} {'in dict':>8} {'offered':>8} {'false (dict)':>13}")
    for b in bands:
        share = b["offered_for_dictionary_words"] / b["offered"] if b["offered"] else 0.0
        print(
            f"{b['passages']:>8} {b['terms']:6,} {b['dictionary_terms'] / b['terms']:8.1%} "
            f"{b['offered']:8,} {b['offered_for_dictionary_words']:6,} ({share:.1%})"
        )
    for b in bands:
        print(f"{b['passages']} passages: {', '.join(b['sample'])}")
    for c in result.get("before", []):
        print(
            f"{c['passages']} passages, {c['offered_before']:,} offers before for words not in the "
            f"list: {c['same']:,} the same, {c['other']:,} another word, {c['none']:,} none "
            f"({', '.join(c['sample_dropped'])})"
        )


if __name__ == "__main__":
    main()
