"""A scaled Reuters-21578 archive for the benchmarks at scale (bench_large.py).

    .venv/bin/python benchmarks/make_archive.py --times N --out DIR

Writes N copies of the corpus as Reuters SGML files newsindex reads as they are
(``DIR/copy-00/reut2-000.sgm``, ...). Copy 0 is the corpus unchanged; copy ``c`` moves every
story ``c`` years on (its ``<DATE>``), gives it a new id (``NEWID`` + ``c`` × 100,000) and
makes one small edit per body paragraph (a word swapped for a synonym, or a word dropped), so
the copies are near-duplicates of the originals, as wire copies in an archive are, and not
identical ones. Deterministic: the same N gives the same bytes.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

import common

ID_STEP = 100_000
"""New ids of copy ``c``: the story's NEWID + c × ID_STEP (Reuters ids stop at 21,578)."""
SYNONYMS = {
    "said": "stated",
    "rose": "climbed",
    "fell": "dropped",
    "company": "firm",
    "increase": "rise",
    "expected": "forecast",
    "agreed": "decided",
    "shares": "stock",
    "billion": "bln",
    "million": "mln",
    "also": "further",
    "announced": "said",
}
_NEWID = re.compile(r'NEWID="(\d+)"')
_DATE_YEAR = re.compile(r"(<DATE>\s*\d{1,2}-[A-Za-z]{3}-)(\d{4})")
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_WORD = re.compile(r"(?<= )[A-Za-z]{4,}(?= )")
"""A word an edit may change: four letters or more, between spaces (no "June/July", no "year.")."""


def edit_body(body: str, rng: random.Random) -> str:
    """One small edit per paragraph (a paragraph starts on an indented line); lines of wire
    tables (fewer than five plain words) are left as they are."""
    lines = body.split("\n")
    paragraphs: list[list[int]] = []
    for i, line in enumerate(lines):
        if not paragraphs or line[:1].isspace():
            paragraphs.append([])
        paragraphs[-1].append(i)
    for rows in paragraphs:
        prose = [i for i in rows if len(_WORD.findall(lines[i])) >= 5]
        if not prose:
            continue
        i = rng.choice(prose)
        words = list(_WORD.finditer(lines[i]))
        swappable = [w for w in words if w[0].lower() in SYNONYMS]
        if swappable:
            w = rng.choice(swappable)
            new = SYNONYMS[w[0].lower()]
            new = new.upper() if w[0].isupper() else new.capitalize() if w[0][0].isupper() else new
            lines[i] = lines[i][: w.start()] + new + lines[i][w.end() :]
        else:
            w = rng.choice(words)
            lines[i] = lines[i][: w.start()] + lines[i][w.end() + 1 :]
    return "\n".join(lines)


def copy_text(text: str, copy: int) -> str:
    """One SGML file's text as copy ``copy``: ids, years and bodies rewritten."""
    if copy == 0:
        return text
    out = []
    for story in re.split(r"(?=<REUTERS\b)", text):
        found = _NEWID.search(story)
        if found is None:  # the file's header (doctype)
            out.append(story)
            continue
        newid = int(found[1])
        rng = random.Random(copy * ID_STEP + newid)
        story = _NEWID.sub(f'NEWID="{newid + copy * ID_STEP}"', story, count=1)
        story = _DATE_YEAR.sub(lambda m: f"{m[1]}{int(m[2]) + copy}", story, count=1)
        body = _BODY.search(story)
        if body is not None:
            edited = edit_body(body[1], rng)
            story = story[: body.start(1)] + edited + story[body.end(1) :]
        out.append(story)
    return "".join(out)


def make_archive(corpus: Path, times: int, out: Path) -> list[Path]:
    """Write ``times`` copies of ``corpus`` into ``out`` (replacing what is there)."""
    shutil.rmtree(out, ignore_errors=True)
    files = sorted(corpus.glob("reut2-*.sgm"))
    written = []
    for copy in range(times):
        folder = out / f"copy-{copy:02d}"
        folder.mkdir(parents=True)
        for path in files:
            text = path.read_text(encoding="latin-1")
            target = folder / path.name
            target.write_text(copy_text(text, copy), encoding="latin-1")
            written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--times", type=int, default=10, help="copies of the corpus (default 10)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (replaced)")
    args = parser.parse_args()
    if args.times < 1:
        parser.error("--times must be at least 1")
    written = make_archive(common.require_corpus(), args.times, args.out)
    size = sum(p.stat().st_size for p in written)
    print(f"{len(written)} files, {size / 2**20:.0f} MiB in {args.out} ({args.times}× Reuters)")


if __name__ == "__main__":
    main()
