"""Instructions executed by warm enrichment, counted by valgrind's callgrind: a figure that does
not move with the machine's load, for comparing two versions of the enrichment code on a shared
machine (``bench_enrich.py`` times CPU seconds, which move by 10-20% between runs there).

The first ``--stories`` stories of ``bench_enrich.py``'s sample are enriched once (to fill the
caches, as the bench's warm-up does), then again inside ``functools.reduce``, and only that call
is counted (``--toggle-collect``), with the garbage collector off; ``PYTHONHASHSEED=0`` makes the
count repeat exactly. Run it from the checkout to measure (its ``newsindex`` is imported)::

    python benchmarks/enrich_instructions.py [--stories 100]

About 5 minutes for 100 stories (valgrind runs Python some fifty times slower).
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def enrich_counted(stories: int) -> None:
    """The measured run (inside valgrind): enrich, then enrich again inside reduce."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_enrich import sample_articles

    from newsindex.nlp.ner.tagger import EntityTagger
    from newsindex.nlp.pipeline import Enricher

    articles = sample_articles()[:stories]
    enricher = Enricher.default(EntityTagger.load())
    for article in articles:
        enricher.enrich(article)
    # A change in what the code allocates moves the collector's full passes, several million
    # instructions either way: the counted pass runs without them.
    gc.collect()
    gc.disable()
    functools.reduce(lambda _, article: enricher.enrich(article), articles, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        enrich_counted(args.stories)
        return
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("enrich_instructions: valgrind is not installed (apt install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            [
                valgrind,
                "--tool=callgrind",
                f"--callgrind-out-file={Path(tmp) / 'callgrind.out'}",
                "--toggle-collect=functools_reduce",
                sys.executable,
                __file__,
                "--inner",
                f"--stories={args.stories}",
            ],
            env={**os.environ, "PYTHONHASHSEED": "0"},
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or found is None:
        sys.exit(f"enrich_instructions: valgrind failed:\n{run.stderr[-2000:]}")
    count = int(found.group(1))
    print(f"warm enrichment of {args.stories} sample stories: {count:,} instructions")


if __name__ == "__main__":
    main()
