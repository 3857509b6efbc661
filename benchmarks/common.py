"""Shared helpers for the benchmark scripts: paths, timing, percentiles, memory, machine facts.

Benchmarks are scripts, not tests: pytest never collects this folder. Every script prints its
figures and can write them as JSON (``--json FILE``) for ``run_all.py``, which renders
``RESULTS.md``. Timings are wall-clock (``time.perf_counter``) and summarised by medians.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SHARED = REPO / ".." / "shared"
REUTERS = SHARED / "corpora" / "reuters21578"
DEFAULT_OUT = BENCH_DIR / "out"
"""Where built indexes live between scripts (git-ignored): ``newsindex/``, ``whoosh/``."""
QUERIES = BENCH_DIR / "queries.json"
BUILD_INFO = "bench-build.json"
"""Written into the output folder by bench_index: which corpus slice the indexes hold."""


def newsindex_dir(out: Path) -> Path:
    return out / "newsindex"


def baseline_dir(out: Path) -> Path:
    return out / "whoosh"


def require_corpus() -> Path:
    """The Reuters-21578 folder from ../shared, or exit with the reason."""
    if not REUTERS.is_dir():
        sys.exit(f"benchmarks need the Reuters-21578 corpus at {REUTERS.resolve()} (../shared)")
    return REUTERS.resolve()


def setup_nltk_data() -> None:
    """Point NLTK at the venv's data folder, as the Makefile does, unless already set."""
    os.environ.setdefault("NLTK_DATA", str(REPO / ".venv" / "nltk_data"))


# ----------------------------------------------------------------------------------- statistics


def read_jsonl(path: Path, read: Callable[[dict[str, Any]], Any]) -> list[Any]:
    """``read(record)`` for each JSON line of a hand-made gold file, or exit naming the file and
    line that is no such record (a wrong path, a line of another format, a field missing)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        sys.exit(f"{path}: {exc}")
    out = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(read(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                sys.exit(f"{path}:{number}: not a gold record ({type(exc).__name__}: {exc})")
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation between order statistics."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")


def prf(correct: int, predicted: int, gold: int, *, empty: float = 0.0) -> dict[str, Any]:
    """Precision, recall and F1 (to four places) with the counts they come from; ``empty`` is
    the precision of predicting nothing and the recall of finding nothing to find."""
    precision = correct / predicted if predicted else empty
    recall = correct / gold if gold else empty
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
    }


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds one call of ``fn`` took, and what it returned."""
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


# --------------------------------------------------------------------------------------- memory


def _children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields follow the last ")".
        fields = stat[stat.rfind(")") + 2 :].split()
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def process_tree(root: int) -> list[int]:
    """``root`` and all its descendants that are alive now."""
    tree = _children_of()
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(tree.get(pid, ()))
    return out


def _kib(path: str, key: str) -> int:
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class MemoryPeak:
    """Peaks over a sampled run, in MiB.

    ``rss_sum`` adds the resident sets of the process and all its descendants at each sample
    (pages shared after fork count once per process, so it overstates); ``pss_sum`` splits
    shared pages between their processes (the honest total); ``rss_max`` is the largest single
    process seen.
    """

    rss_sum: float = 0.0
    pss_sum: float = 0.0
    rss_max: float = 0.0
    samples: int = 0


class MemorySampler:
    """Polls /proc for the memory of a process tree in a background thread (no psutil)."""

    def __init__(self, root: int, *, interval: float = 0.2) -> None:
        self.root = root
        self.interval = interval
        self.peak = MemoryPeak()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        rss = pss = 0
        biggest = 0
        for pid in process_tree(self.root):
            one = _kib(f"/proc/{pid}/status", "VmRSS:")
            rss += one
            biggest = max(biggest, one)
            pss += _kib(f"/proc/{pid}/smaps_rollup", "Pss:") or one
        peak = self.peak
        peak.rss_sum = max(peak.rss_sum, rss / 1024)
        peak.pss_sum = max(peak.pss_sum, pss / 1024)
        peak.rss_max = max(peak.rss_max, biggest / 1024)
        peak.samples += 1

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> MemorySampler:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def rusage_peaks() -> dict[str, float]:
    """Kernel-recorded peak RSS (MiB) of this process and of its largest waited-for child."""
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self": self_kib / 1024, "largest_child": child_kib / 1024}


# ------------------------------------------------------------------------------------ processes


def run_child(
    args: Sequence[str], *, sample_memory: bool = False, env: dict[str, str] | None = None
) -> tuple[float, dict[str, Any], MemoryPeak | None]:
    """Run a Python child that prints one JSON object as its last stdout line.

    Returns the wall time of the whole child, that object, and (optionally) the memory peak of
    the child's process tree, sampled from here.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    peak = None
    if sample_memory:
        with MemorySampler(proc.pid) as sampler:
            stdout, _ = proc.communicate()
        peak = sampler.peak
    else:
        stdout, _ = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"benchmark child {' '.join(args)} failed with exit code {proc.returncode}")
    lines = [line for line in stdout.splitlines() if line.strip()]
    return seconds, json.loads(lines[-1]), peak


# ------------------------------------------------------------------------------- machine facts


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _version(module: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module)
    except PackageNotFoundError:
        return "not installed"


def _package_dir() -> Path | None:
    """Where ``newsindex`` is imported from (``PYTHONPATH`` may point at another checkout)."""
    import importlib.util

    spec = importlib.util.find_spec("newsindex")
    return Path(spec.origin).resolve().parent if spec and spec.origin else None


def _commit(package: Path | None, in_repo: bool) -> str:
    """The repository's HEAD, or for an exported tree (``git archive``) the commit its
    ``COMMIT`` file names, so figures name the code that ran."""
    if not in_repo and package is not None and (package.parent / "COMMIT").is_file():
        return (package.parent / "COMMIT").read_text(encoding="utf-8").strip()
    return _git("rev-parse", "--short", "HEAD")


def machine_info() -> dict[str, Any]:
    """What the figures depend on: when, where, which code."""
    package = _package_dir()
    in_repo = package is not None and package == (REPO / "newsindex").resolve()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    mem_kib = _kib("/proc/meminfo", "MemTotal:")
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": usable,
        "cpu": _cpu_model(),
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "whoosh": _version("Whoosh"),
        "nltk": _version("nltk"),
        "commit": _commit(package, in_repo),
        "dirty": in_repo
        and bool(_git("status", "--porcelain", "--untracked-files=no", "newsindex")),
        "package": "" if in_repo else str(package),
        "loadavg": list(os.getloadavg()),
    }


def print_machine(info: dict[str, Any]) -> None:
    print(
        f"# {info['date']}  nproc={info['nproc']}  cpu={info['cpu']}  python={info['python']}  "
        f"whoosh={info['whoosh']}  commit={info['commit']}{' (dirty)' if info['dirty'] else ''}"
        f"{'  newsindex from ' + info['package'] if info['package'] else ''}  "
        f"load={' '.join(f'{x:.2f}' for x in info['loadavg'])}"
    )


def write_json(path: Path | None, data: dict[str, Any]) -> None:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")


@contextmanager
def cprofile_to(path: Path | None, *, top: int = 40) -> Iterator[None]:
    """Profile the block with cProfile and write the top functions (by cumulative time)."""
    if path is None:
        yield
        return
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        for sort in ("cumulative", "tottime"):
            buf = io.StringIO()
            pstats.Stats(profiler, stream=buf).sort_stats(sort).print_stats(top)
            text = buf.getvalue().replace(str(REPO) + "/", "")
            target = path.with_name(f"{path.stem}-{sort}{path.suffix or '.txt'}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"profile ({sort}) written to {target}")
