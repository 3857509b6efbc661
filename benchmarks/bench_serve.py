"""Many readers at once: ``newsindex serve`` under 32 concurrent clients (issue #16).

Starts ``newsindex serve`` on 127.0.0.1 (any free port) over ``--index`` (default: the repo's
``seeds/`` corpus indexed into a temp folder) and runs ``--clients`` threads, each on its own
keep-alive connection, in two phases after a warm-up of a few seconds:

1. *alone*: quick searches, filtered searches and facets, for ``--baseline-seconds``;
2. *mixed*: the same with one request in ten a pasted text of 1,000 words, for ``--seconds``.

Prints errors, long queries turned away (the server runs one, queues one and answers 503 to
more), requests per second and p50/p95/p99 per kind of request, and the quick searches' p95 in
the mixed phase over their p95 alone (issue #16's bar: ≤ 2×: long queries must not hold up
short ones).

    nice -n 10 python benchmarks/bench_serve.py --seconds 20
    python benchmarks/bench_serve.py --index ~/.local/share/newsindex/index --threads 8
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
QUICK = ("tariffs", "strike", "interest rate", "election", "port workers", "minority")
FILTERED = ({"person": "Okafor"}, {"org": "Bank of Canada"}, {"q": "tariffs", "since": "2025-03"})
LONG_WORDS = 1_000
BAR = 2.0
WARM_UP = 3.0
"""Seconds of requests not counted: the server opens its handles and fills its caches."""


@dataclass
class Tally:
    """Latencies (seconds) per kind of request, and failures, of one phase."""

    seconds: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    turned_away: int = 0
    """Long queries answered 503 at once because two were running and waiting (by design)."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, took: float, error: str | None) -> None:
        with self.lock:
            if error is None:
                self.seconds.setdefault(kind, []).append(took)
            else:
                self.errors.append(f"{kind}: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="index to serve (default: seeds/ indexed)")
    parser.add_argument("--seconds", type=float, default=60.0, help="mixed phase length")
    parser.add_argument("--baseline-seconds", type=float, help="default: a third of --seconds")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--threads", type=int, default=4, help="server threads")
    args = parser.parse_args()
    baseline = args.baseline_seconds or args.seconds / 3

    with contextlib.ExitStack() as stack:
        index = args.index or _seed_index(Path(stack.enter_context(tempfile.TemporaryDirectory())))
        host, port = stack.enter_context(_server(index, args.threads))
        words = _vocabulary()
        print(f"index {index}; {args.clients} clients, {args.threads} server threads")
        _phase(host, port, args.clients, WARM_UP, words, long_share=0.1)  # handles opened, caches
        alone = _phase(host, port, args.clients, baseline, words, long_share=0.0)
        _report("alone (no long queries)", alone, baseline)
        mixed = _phase(host, port, args.clients, args.seconds, words, long_share=0.1)
        _report(f"mixed (1 in 10 a {LONG_WORDS:,}-word text)", mixed, args.seconds)
    p95_alone = _percentile(alone.seconds.get("quick", []), 95)
    p95_mixed = _percentile(mixed.seconds.get("quick", []), 95)
    ratio = p95_mixed / p95_alone if p95_alone else float("nan")
    verdict = "met" if ratio <= BAR else "NOT met"
    print(
        f"\nquick search p95: {p95_mixed * 1000:.1f} ms beside long queries, "
        f"{p95_alone * 1000:.1f} ms without: {ratio:.2f}x (bar ≤ {BAR:g}x: {verdict})"
    )


def _seed_index(folder: Path) -> Path:
    index = folder / "index"
    subprocess.run(
        [*_newsindex(), "index", str(REPO / "seeds"), "--index", str(index)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return index


def _newsindex() -> list[str]:
    return [sys.executable, "-c", "from newsindex.cli import main; main()"]


@contextlib.contextmanager
def _server(index: Path, threads: int) -> Iterator[tuple[str, int]]:
    """``newsindex serve`` on a free port, stopped with Ctrl-C (SIGINT) at the end."""
    command = [*_newsindex(), "serve", "--index", str(index), "--port", "0"]
    process = subprocess.Popen(
        [*command, "--threads", str(threads)], stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    found = re.search(r"http://([\d.]+):(\d+)/", line)
    if not found:
        process.kill()
        raise SystemExit(f"newsindex serve did not start: {line}{process.stderr.read()}")
    # Keep reading its log (waitress warns when requests queue), so the pipe never fills.
    threading.Thread(target=process.stderr.read, daemon=True).start()
    try:
        yield found.group(1), int(found.group(2))
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _vocabulary() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt")))
    return re.findall(r"[A-Za-z]{3,}", text)


def _phase(
    host: str, port: int, clients: int, seconds: float, words: list[str], *, long_share: float
) -> Tally:
    tally = Tally()
    end = time.perf_counter() + seconds
    threads = [
        threading.Thread(
            target=_client, args=(host, port, end, words, long_share, tally, random.Random(n))
        )
        for n in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return tally


def _client(
    host: str,
    port: int,
    end: float,
    words: list[str],
    long_share: float,
    tally: Tally,
    rng: random.Random,
) -> None:
    connection = http.client.HTTPConnection(host, port, timeout=120)
    while time.perf_counter() < end:
        kind, path = _request(rng, words, long_share)
        started = time.perf_counter()
        error = None
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            if response.status == 503 and b"other long queries" in body:
                with tally.lock:
                    tally.turned_away += 1
                continue
            if response.status != 200:
                error = f"{response.status} {body[:200]!r}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=120)
        tally.add(kind, time.perf_counter() - started, error)
    connection.close()


def _request(rng: random.Random, words: list[str], long_share: float) -> tuple[str, str]:
    roll = rng.random()
    if roll < long_share:
        text = " ".join(rng.choices(words, k=LONG_WORDS))
        return "long", "/api/search?" + urlencode({"q": text})
    if roll < 0.8:
        return "quick", "/api/search?" + urlencode({"q": rng.choice(QUICK)})
    if roll < 0.9:
        return "filtered", "/api/search?" + urlencode(rng.choice(FILTERED))
    return "facets", "/api/facets?" + urlencode({"q": rng.choice(QUICK), "top": 12})


def _percentile(values: list[float], p: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def _report(title: str, tally: Tally, seconds: float) -> None:
    total = sum(len(v) for v in tally.seconds.values())
    print(f"\n{title}: {total:,} answered in {seconds:.0f} s = {total / seconds:,.1f} requests/s")
    print(
        f"  errors: {len(tally.errors)}; long queries turned away (503, busy): {tally.turned_away}"
    )
    for error in tally.errors[:5]:
        print(f"    {error}")
    print(f"  {'kind':<10}{'n':>8}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}")
    for kind, values in sorted(tally.seconds.items()):
        row = [_percentile(values, p) * 1000 for p in (50, 95, 99)]
        print(f"  {kind:<10}{len(values):>8,}" + "".join(f"{v:>10.1f}" for v in row))


if __name__ == "__main__":
    os.environ.setdefault("NLTK_DATA", str(REPO / ".venv" / "nltk_data"))
    main()
