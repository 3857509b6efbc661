"""Problems met while reading input: reported, counted, never fatal unless asked.

Readers report a :class:`Problem` per bad record and go on; the indexer turns the log into the
run's summary and exit code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .errors import ArticleFormatError

__all__ = ["Problem", "ProblemLog", "Severity"]


class Severity(StrEnum):
    WARNING = "warning"
    """Something was fixed up (e.g. bytes decoded with a fallback); the record was kept."""
    SKIPPED = "skipped"
    """The record (or file) was not indexed."""


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int | None
    reason: str
    action: str
    severity: Severity = Severity.SKIPPED

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason} ({self.action})"


@dataclass
class ProblemLog:
    """Collects problems; with ``strict`` the first one is raised instead."""

    strict: bool = False
    listener: Callable[[Problem], None] | None = None
    problems: list[Problem] = field(default_factory=list)

    def warn(self, path: Path | str, line: int | None, reason: str, action: str) -> None:
        self.add(Problem(str(path), line, reason, action, Severity.WARNING))

    def skip(
        self, path: Path | str, line: int | None, reason: str, action: str = "skipped"
    ) -> None:
        self.add(Problem(str(path), line, reason, action, Severity.SKIPPED))

    def add(self, problem: Problem) -> None:
        """Record ``problem`` (raise it in a strict log): one a reader in another process met."""
        if self.strict:
            raise ArticleFormatError(problem.path, problem.line, problem.reason)
        self.problems.append(problem)
        if self.listener is not None:
            self.listener(problem)

    @property
    def skipped(self) -> int:
        return sum(p.severity is Severity.SKIPPED for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity is Severity.WARNING for p in self.problems)
