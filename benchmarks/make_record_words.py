"""Build newsindex/models/record_words.json: the words that prime the compression of records.

    .venv/bin/python benchmarks/make_record_words.py DIR... [--out FILE]

(``make record-words`` runs it on the unlabelled news the entity model's clusters learn from.)
A passage's record (newsindex/index/records.py) is deflated against a preset dictionary: the
commonest words of that news that fit deflate's 32 KiB window, the commonest last (deflate
codes near references in fewer bits). Words alone, no text: a list of word frequencies copies
no article. Counting is deterministic (ties broken by the word), so the same corpora give the
same file.

The dictionary is part of the index format: an index written with one list reads only with the
same list, so a changed file needs a new index format (tests/test_indexing.py pins its checksum).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsindex.index.records import RECORD_WORDS_FORMAT, WINDOW
from newsindex.nlp.ner.sources import news_sentences

_WORD = re.compile(r"[A-Za-z]+")


def commonest_words(paths: list[Path]) -> list[str]:
    """The commonest words of the news under ``paths`` that fit the window (joined by spaces),
    rarest first."""
    counts: Counter[str] = Counter()
    for path in paths:
        for sentence in news_sentences(path):
            counts.update(w for w in sentence if _WORD.fullmatch(w))
    words, size = [], -1
    for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        size += len(word) + 1
        if size > WINDOW:
            break
        words.append(word)
    return words[::-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("newsindex/models/record_words.json"))
    args = parser.parse_args()
    words = commonest_words(args.paths)
    data = {
        "format": RECORD_WORDS_FORMAT,
        "from": [str(path).rpartition("corpora/")[2] for path in args.paths],
        "words": words,
    }
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(words)} words")


if __name__ == "__main__":
    main()
